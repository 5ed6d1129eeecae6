/**
 * What the draft view (生成说明) may do in this host: write the draft into the workbook (Excel, asking
 * before it covers cells that are not empty), download it as .docx, copy it, keep the reasons a user
 * typed (in the workbook, or in this browser per file), and read the prior year's workbook.
 */
import * as React from 'react';
import type { DraftHost, DraftOutput } from '../components/DraftPanel';
import { insertNarrativeInExcel, loadReasonsFromExcel, storeReasonsInExcel } from '../excel-lazy';
import { readWorkbookBlob } from '../reader';
import { copyText, download, loadReasons, saveReasons } from '../session';

/** The pending question "覆盖已有内容？": the draft, the cells it would cover, and the answer's resolver. */
export interface OverwriteQuestion {
  draft: DraftOutput;
  cells: string[];
  resolve: (ok: boolean) => void;
}

export function useDraftHost(excel: boolean, reviewer: boolean, fileName: string, ask: (q: OverwriteQuestion) => void): DraftHost {
  // `ask` is a state setter (stable): the host changes only with the mode and the file
  return React.useMemo(
    () => ({
      insert:
        excel && !reviewer
          ? async (d, where) => {
              let r = await insertNarrativeInExcel(d, where);
              if (r.status === 'occupied') {
                const cells = r.cells;
                const ok = await new Promise<boolean>((resolve) => ask({ draft: d, cells, resolve }));
                if (!ok) return '未写入：所选位置已有内容。';
                r = await insertNarrativeInExcel(d, where, true);
              }
              return r.status === 'written' ? `已写入工作表“${r.sheet}”的 ${r.range}。` : '未写入。';
            }
          : undefined,
      downloadDocx: async (d) => {
        const { writeDocx } = await import('../../src/hosts/narrative/docx-write');
        download(await writeDocx(d), `${d.title || '情况说明'}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      },
      copy: copyText,
      loadReasons: async () => (excel ? loadReasonsFromExcel() : loadReasons(fileName)),
      saveReasons: excel ? (reviewer ? undefined : storeReasonsInExcel) : async (r) => saveReasons(fileName, r),
      readPrior: (f) => readWorkbookBlob(f, f.name),
    }),
    [excel, reviewer, fileName],
  );
}
