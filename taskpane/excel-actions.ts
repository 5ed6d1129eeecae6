/**
 * Everything the task pane does inside Excel, each in one Excel.run with a bounded number of
 * syncs (the adapters in src/hosts/excel/ do the batching). Nothing here writes cell values.
 */
import { userMessage } from '../src/core/errors';
import type { NarrativeInput } from '../src/core/narrative/source';
import { failedFile, type Finding, type Location } from '../src/core/report-base';
import { loadEngine } from './engine';
import type { AcceptedException } from '../src/core/review/accepted';
import { cellMarks } from '../src/core/review/marks';
import type { FindingRow } from '../src/core/review/rows';
import { DEFAULT_SETTINGS, toCheckConfig, type ReviewSettings } from '../src/core/review/settings';
import { writeFindingsSheet } from '../src/hosts/excel/findings-sheet';
import { clearMarks, markCells, splitAddress } from '../src/hosts/excel/marks';
import { selectLocations } from '../src/hosts/excel/navigate';
import { readOpenWorkbook } from '../src/hosts/excel/read';
import { loadReviewState, saveAccepted, saveSettings } from '../src/hosts/excel/review-state';
import type { NarrativeFix } from '../src/core/narrative/autofix';
import {
  applyNarrativeFixes,
  hasNarrativeUndo,
  insertNarrative,
  undoNarrativeFixes,
  type ApplyNarrativeResult,
  type InsertResult,
  type NarrativeText,
  type UndoNarrativeResult,
} from '../src/hosts/excel/narrative-write';
import { loadSetting, SETTING_KEYS, writeSetting } from '../src/hosts/excel/store';
import type { CheckedFile } from './session';

export const CURRENT_WORKBOOK = '当前工作簿';

/** Read the open workbook and its stored review state, then check it. */
export async function checkOpenWorkbook(
  onProgress?: (done: number, total: number) => void,
  narrative?: NarrativeInput,
  settingsOverride?: ReviewSettings,
): Promise<CheckedFile & { marked: number }> {
  let accepted: AcceptedException[] = [];
  let settings = settingsOverride ?? DEFAULT_SETTINGS;
  let marked = 0;
  try {
    const { state, workbook } = await Excel.run(async (context) => ({
      state: await loadReviewState(context),
      workbook: await readOpenWorkbook(context, { onProgress }),
    }));
    accepted = state.accepted;
    marked = state.marked;
    if (!settingsOverride && state.settings) settings = state.settings;
    const { analyseWorkbook } = await loadEngine();
    const report = analyseWorkbook(CURRENT_WORKBOOK, workbook, undefined, toCheckConfig(settings, narrative));
    return { name: CURRENT_WORKBOOK, report, workbook, bytes: null, accepted, settings, narrative, marked };
  } catch (e) {
    return { name: CURRENT_WORKBOOK, report: failedFile(CURRENT_WORKBOOK, userMessage(e)), workbook: null, bytes: null, accepted, settings, marked };
  }
}

/** Fill and annotate the cells of these findings; returns how many cells were marked. */
export async function markInExcel(findings: Finding[]): Promise<number> {
  const marks = cellMarks(findings);
  const result = await Excel.run((context) => markCells(context, marks));
  return result.cells;
}

/** Restore every marked cell's original fill and note; returns how many cells were restored. */
export async function clearInExcel(): Promise<number> {
  const result = await Excel.run((context) => clearMarks(context));
  return result.cells;
}

export async function exportFindingsSheet(rows: FindingRow[]): Promise<string> {
  const result = await Excel.run((context) => writeFindingsSheet(context, rows));
  return result.sheet;
}

/** Activate the sheet and select the finding's cells; false when they are not in the workbook. */
export async function selectInExcel(locations: Location[]): Promise<boolean> {
  return Excel.run((context) => selectLocations(context, locations));
}

export async function storeAccepted(list: AcceptedException[]): Promise<void> {
  await Excel.run(async (context) => {
    saveAccepted(context, list);
    await context.sync();
  });
}

export async function storeSettings(settings: ReviewSettings): Promise<void> {
  await Excel.run(async (context) => {
    saveSettings(context, settings);
    await context.sync();
  });
}

// ---- the narrative: autofix, generated text, reasons ----

/** Write corrected numbers into the narrative cells (originals kept for undo). */
export async function applyFixesInExcel(fixes: NarrativeFix[]): Promise<ApplyNarrativeResult> {
  return Excel.run((context) => applyNarrativeFixes(context, fixes));
}

/** Restore the narrative cells changed by autofix. */
export async function undoFixesInExcel(): Promise<UndoNarrativeResult> {
  return Excel.run((context) => undoNarrativeFixes(context));
}

export async function canUndoFixesInExcel(): Promise<boolean> {
  return Excel.run((context) => hasNarrativeUndo(context));
}

/** Insert a drafted narrative: a new sheet, or at the selected cell (asks before overwriting). */
export async function insertNarrativeInExcel(text: NarrativeText, where: 'new-sheet' | 'selection', overwrite = false): Promise<InsertResult> {
  return Excel.run(async (context) => {
    if (where === 'new-sheet') return insertNarrative(context, text, { kind: 'new-sheet' }, { overwrite });
    const range = context.workbook.getSelectedRange();
    range.load('address');
    await context.sync();
    const at = splitAddress(range.address);
    if (!at) throw new Error(`无法识别所选位置：${range.address}`);
    return insertNarrative(context, text, { kind: 'range', sheet: at.sheet, cell: at.cell }, { overwrite });
  });
}

export async function loadReasonsFromExcel(): Promise<Record<string, string>> {
  return Excel.run(async (context) => {
    const get = loadSetting<Record<string, string>>(context, SETTING_KEYS.reasons);
    await context.sync();
    return get() ?? {};
  });
}

export async function storeReasonsInExcel(reasons: Record<string, string>): Promise<void> {
  await Excel.run(async (context) => {
    writeSetting(context, SETTING_KEYS.reasons, reasons);
    await context.sync();
  });
}
