/**
 * Autofix of the narrative in the pane: the proposals of each checked file, applying them (to the
 * pasted text, to the workbook in Excel, or to the page's copy of the file), undoing them, and the
 * panel that shows them (collapsed in the file card, or a table beside the list on a wide page).
 */
import * as React from 'react';
import type { FixProposal, NarrativeFix } from '../../src/core/narrative/autofix';
import { toCheckConfig } from '../../src/core/review/settings';
import { loadedEngine, loadEngine } from '../engine';
import { applyFixesInExcel, undoFixesInExcel } from '../excel-lazy';
import { Later, lazyNamed } from '../lazy';
import { pastedNarrative } from '../narrative';
import { recheck, type CheckedFile } from '../session';
import { fixedText, mergeEdits } from './helpers';
import type { ActionContext } from './actions';
import type { FixUndo, Selection } from './types';

const FixPanel = lazyNamed(() => import('../components/FixPanel').then((m) => m.FixPanel));
const FixSummary = lazyNamed(() => import('../components/FixPanel').then((m) => m.FixSummary));

export interface AutofixContext extends ActionContext {
  excel: boolean;
  reviewer: boolean;
  working: boolean;
  /** ≥ 1000 px: the proposals open as a table beside the list. */
  wideWork: boolean;
  narrativeText: string;
  setNarrativeText: (text: string) => void;
  setCheckedNarrative: (text: string) => void;
  setSelected: (s: Selection | null) => void;
  /** Read and check the open workbook again (Excel), with this pasted narrative. */
  checkExcelNow: (text: string) => Promise<CheckedFile>;
  updateFile: (index: number, next: CheckedFile) => void;
}

export function useAutofix({ files, run, setStatus, excel, reviewer, working, wideWork, narrativeText, setNarrativeText, setCheckedNarrative, setSelected, checkExcelNow, updateFile }: AutofixContext) {
  const [fixUndo, setFixUndo] = React.useState<FixUndo | null>(null);
  /** Wide pages: the file whose autofix proposals are open beside the list. */
  const [fixOpen, setFixOpen] = React.useState<number | null>(null);
  /** Excel: the workbook holds the original texts of an earlier autofix. */
  const [canUndoExcel, setCanUndoExcel] = React.useState(false);
  const proposalCache = React.useRef(new WeakMap<object, FixProposal>());
  /** Autofix proposals of a checked file (computed once per report). */
  const proposals = (file: CheckedFile): FixProposal => {
    let p = proposalCache.current.get(file.report);
    const engine = loadedEngine();
    if (!engine) return { fixes: [], unfixable: [] }; // not loaded yet: nothing to propose (every check loads it)
    if (!p) {
      p = file.workbook ? engine.proposeFixes(file.report, file.workbook, { narrative: file.narrative, config: toCheckConfig(file.settings, file.narrative) }) : { fixes: [], unfixable: [] };
      proposalCache.current.set(file.report, p);
    }
    return p;
  };


  const applyFixes = (index: number) => (fixes: NarrativeFix[]) =>
    run('正在改正情况说明…', async () => {
      const file = files[index];
      if (file.narrative) {
        // pasted text: correct the text in the paste area, then check again
        const r = (await loadEngine()).applyFixesToPastedText(narrativeText, fixes);
        setFixUndo({ kind: 'text', text: narrativeText, file: index });
        setNarrativeText(r.text);
        let after: CheckedFile;
        if (excel) after = await checkExcelNow(r.text);
        else updateFile(index, (after = await recheck({ ...file, narrative: pastedNarrative(r.text) })));
        setCheckedNarrative(r.text);
        setStatus({ intent: 'success', text: fixedText(r.applied.length, r.skipped.length, '粘贴的文字', file.report, after.report) });
      } else if (excel) {
        const r = await applyFixesInExcel(fixes);
        const after = await checkExcelNow(narrativeText);
        setStatus({ intent: 'success', text: fixedText(r.applied.length, r.skipped.length, '情况说明单元格（原文已保存在工作簿中）', file.report, after.report) });
      } else if (file.workbook) {
        const engine = await loadEngine();
        const r = engine.applyFixesToWorkbook(file.workbook, fixes);
        setFixUndo({ kind: 'workbook', workbook: file.workbook, edits: file.edits, file: index });
        const after = await recheck({ ...file, workbook: r.workbook, edits: mergeEdits(file.edits, r.workbook, r.applied, engine.getCell) });
        updateFile(index, after);
        setStatus({ intent: 'success', text: fixedText(r.applied.length, r.skipped.length, '网页中的情况说明（原文件不变，可下载改正后的副本）', file.report, after.report) });
      }
    });

  const undoFixes = (index: number) =>
    run('正在撤销改正…', async () => {
      const file = files[index];
      if (fixUndo?.kind === 'text' && fixUndo.file === index) {
        setNarrativeText(fixUndo.text);
        if (excel) await checkExcelNow(fixUndo.text);
        else updateFile(index, await recheck({ ...file, narrative: pastedNarrative(fixUndo.text) }));
        setCheckedNarrative(fixUndo.text);
        setFixUndo(null);
        setStatus({ intent: 'success', text: '已撤销改正，粘贴的文字已还原。' });
      } else if (fixUndo?.kind === 'workbook' && fixUndo.file === index) {
        updateFile(index, await recheck({ ...file, workbook: fixUndo.workbook, edits: fixUndo.edits }));
        setFixUndo(null);
        setStatus({ intent: 'success', text: '已撤销改正。' });
      } else if (excel) {
        const r = await undoFixesInExcel();
        await checkExcelNow(narrativeText);
        setStatus({
          intent: r.skipped.length ? 'warning' : 'success',
          text: `已还原 ${r.restored.length} 个单元格的原文。${r.skipped.length ? `${r.skipped.length} 个单元格改正后又被修改过，未还原：${r.skipped.map((x) => x.cell).join('、')}` : ''}`,
        });
      }
    });

  /** The autofix props of a file, or null when it has nothing to propose or undo. */
  const fixProps = (index: number) => {
    const file = files[index];
    if (!file.workbook || !file.report.findings.some((f) => f.category === 'narrative')) return null;
    const undoable = fixUndo?.file === index || (excel && !file.narrative && canUndoExcel);
    return {
      proposal: proposals(file),
      onApply: applyFixes(index),
      onUndo: undoable ? () => void undoFixes(index) : undefined,
      disabled: working,
      note: excel && reviewer && !file.narrative ? '审阅模式下不改动工作簿。' : undefined,
    };
  };

  /** In the file card: the collapsed proposals (narrow), or one line opening the table beside the list (≥ 1000 px). */
  const fixPanel = (index: number): React.ReactNode => {
    const props = fixProps(index);
    if (!props) return null;
    if (wideWork) {
      return (
        <Later>
          <FixSummary proposal={props.proposal} open={fixOpen === index} onOpen={() => (setFixOpen(fixOpen === index ? null : index), setSelected(null))} onUndo={props.onUndo} disabled={working} />
        </Later>
      );
    }
    return (
      <Later>
        <FixPanel {...props} />
      </Later>
    );
  };

  return { fixOpen, setFixOpen, setFixUndo, setCanUndoExcel, fixProps, fixPanel };
}
