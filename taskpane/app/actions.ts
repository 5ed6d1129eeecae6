/**
 * The pane's commands that only read the checked files and write something out: the Excel commands
 * (mark, clear the marks, export the findings to a sheet) and the page's downloads (findings list,
 * review workbook, 检查表, 审核意见, marked and corrected copies). Each runs inside `run` (busy state,
 * errors as a Chinese message) and reports what it did in the status bar.
 */
import { acceptanceLookup, partitionFindings } from '../../src/core/review/accepted';
import { reportWithAccepted } from '../../src/core/checklist';
import { cellMarks } from '../../src/core/review/marks';
import { findingRows } from '../../src/core/review/rows';
import type { Finding } from '../../src/core/report';
import { clearInExcel, exportFindingsSheet, markInExcel } from '../excel-lazy';
import { download, type CheckedFile } from '../session';
import type { Status } from './types';

export interface ActionContext {
  files: CheckedFile[];
  /** Runs an action with the busy state; a failure becomes the status message. */
  run: (label: string, action: () => Promise<void>) => Promise<void>;
  setStatus: (s: Status | null) => void;
}

/** The findings of a file not yet accepted (出错说明): what is marked and exported. */
export const openFindings = (file: CheckedFile): Finding[] => partitionFindings(file.report.findings, file.accepted).open;

/** A file's report with the 检查表 counting its accepted findings (出错说明) as cleared. */
export const reviewedReport = (f: CheckedFile) => reportWithAccepted(f.report, partitionFindings(f.report.findings, f.accepted).accepted.map((p) => p.finding));

/** Excel: mark the open findings' cells, clear the marks, export the findings to a new sheet. */
export function excelCommands({ files, run, setStatus }: ActionContext, setMarked: (n: number) => void) {
  return {
    mark: () =>
      run('正在标记单元格…', async () => {
        const file = files[0];
        const n = await markInExcel(openFindings(file));
        setMarked(n);
        setStatus({ intent: 'success', text: `已标记 ${n} 个单元格（填充颜色和批注）。点击“清除标记”可恢复原样。` });
      }),

    clear: () =>
      run('正在清除标记…', async () => {
        const n = await clearInExcel();
        setMarked(0);
        setStatus({ intent: 'success', text: n ? `已清除 ${n} 个单元格的标记，原有填充和批注已恢复。` : '工作簿中没有本加载项的标记。' });
      }),

    exportSheet: () =>
      run('正在导出审核结果…', async () => {
        const file = files[0];
        const p = partitionFindings(file.report.findings, file.accepted);
        const rows = findingRows(file.report, file.report.findings, acceptanceLookup(p));
        const sheet = await exportFindingsSheet(rows);
        setStatus({ intent: 'success', text: `已把 ${rows.length} 条问题导出到工作表“${sheet}”（位置可点击跳转）。再次导出会替换该表。` });
      }),
  };
}

/** The standalone page's downloads. */
export function downloadActions({ files, run, setStatus }: ActionContext) {
  return {
    exportFiles: (ext: 'csv' | 'xlsx') =>
      run('正在导出…', async () => {
        const { exportFileName, findingsCsv, findingsXlsx } = await import('../../src/hosts/xlsx/export');
        const readable = files.filter((f) => !f.report.error);
        const payload = readable.map((f) => ({ report: f.report, rows: findingRows(f.report, f.report.findings, acceptanceLookup(partitionFindings(f.report.findings, f.accepted))) }));
        const name = exportFileName(readable.map((f) => f.name), ext);
        if (ext === 'csv') download(findingsCsv(payload), name, 'text/csv;charset=utf-8');
        else download(await findingsXlsx(payload), name, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        setStatus({ intent: 'success', text: `已导出 ${name}。` });
      }),

    downloadReviewReport: () =>
      run('正在生成审核结果…', async () => {
        const { reviewReportXlsx } = await import('../../src/hosts/xlsx/review-report');
        const name = files.length > 1 ? `审核结果-${files.length}个文件.xlsx` : `${files[0].name.replace(/\.[^.]+$/, '')}-审核结果.xlsx`;
        download(await reviewReportXlsx(files.map(reviewedReport)), name, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        setStatus({ intent: 'success', text: `已下载 ${name}。` });
      }),

    downloadChecklist: () =>
      run('正在生成检查表…', async () => {
        const { checklistXlsx } = await import('../../src/hosts/xlsx/review-report');
        const readable = files.filter((f) => !f.report.error);
        const name = readable.length > 1 ? `检查表-${readable.length}个文件.xlsx` : `${(readable[0] ?? files[0]).name.replace(/\.[^.]+$/, '')}-检查表.xlsx`;
        const byReport = new Map(files.map((f) => [f.report, f.name]));
        download(await checklistXlsx(files.map(reviewedReport), (r) => byReport.get(r) ?? r.path), name, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        setStatus({ intent: 'success', text: `已下载 ${name}。` });
      }),

    downloadOpinions: () =>
      run('正在生成审核意见…', async () => {
        const { opinionDocuments, opinionsZip } = await import('../../src/hosts/narrative/opinions');
        const reports = files.map(reviewedReport); // the 审核清单 part counts accepted findings as cleared, as the review workbook does
        if (reports.length > 1) {
          const name = `审核意见-${reports.length}个文件.zip`;
          download(await opinionsZip(reports), name, 'application/zip');
          setStatus({ intent: 'success', text: `已下载 ${name}（${reports.length} 份审核意见）。` });
        } else {
          const [doc] = await opinionDocuments(reports);
          download(doc.bytes, doc.name, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
          setStatus({ intent: 'success', text: `已下载 ${doc.name}。` });
        }
      }),

    downloadMarked: (index: number) =>
      run('正在生成标记副本…', async () => {
        const file = files[index];
        if (!file.bytes) return;
        const { markedCopy, markedFileName } = await import('../../src/hosts/xlsx/export');
        const marks = cellMarks(openFindings(file));
        const name = markedFileName(file.name);
        download(await markedCopy(file.bytes, marks), name, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        setStatus({ intent: 'success', text: `已生成 ${name}：${marks.length} 个单元格已标记，原文件未改动。` });
      }),

    downloadCorrected: (index: number) =>
      run('正在生成改正后的副本…', async () => {
        const file = files[index];
        if (!file.bytes || !file.edits?.length) return;
        const { correctedCopy, correctedFileName } = await import('../../src/hosts/xlsx/export');
        const r = await correctedCopy(file.bytes, file.edits);
        const name = correctedFileName(file.name);
        download(r.bytes, name, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        setStatus({
          intent: r.skipped.length ? 'warning' : 'success',
          text: `已生成 ${name}：改正了 ${file.edits.length - r.skipped.length} 个情况说明单元格，原文件未改动。${r.skipped.length ? `${r.skipped.length} 个单元格不是纯文字，未改写。` : ''}`,
        });
      }),
  };
}
