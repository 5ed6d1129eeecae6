/**
 * Narrative (情况说明) writes into the open workbook (Office.js; only types from the global
 * `Excel` namespace, so it runs against a mock context in tests):
 *
 * - applyNarrativeFixes: autofix corrections into the narrative cells' values, keeping each
 *   cell's original text in Workbook.settings so undoNarrativeFixes restores it exactly.
 *   Syncs: one read, one write (a second read only when a sheet has gone since the check).
 * - undoNarrativeFixes: the original texts back (cells edited since are left alone unless
 *   forced). Syncs: the record, the cells, the write.
 * - insertNarrative: a drafted narrative into a new sheet 情况说明 (or 情况说明 (2) …) or a
 *   chosen range, one paragraph per row in one column, never over non-empty cells unless
 *   told to. Syncs: one read, one write.
 */
import { columnLetter, parseA1, toA1 } from '../../core/address';
import { applyFixesDetailed, groupByTarget, type SkippedFix } from '../../core/narrative/autofix-apply';
import type { NarrativeFix } from '../../core/narrative/autofix';
import { loadSetting, SETTING_KEYS, writeSetting } from './store';

/** One cell changed by autofix: its text before the first fix, and what was last written. */
export interface NarrativeUndoCell {
  sheet: string;
  cell: string;
  original: string;
  written: string;
}

export interface NarrativeUndoRecord {
  version: 1;
  cells: NarrativeUndoCell[];
}

export interface ApplyNarrativeResult {
  applied: NarrativeFix[];
  skipped: SkippedFix[];
}

export interface UndoNarrativeResult {
  /** "sheet!A1" of the cells given back their original text. */
  restored: string[];
  /** Cells left as they are (kept in the record for a later, forced undo). */
  skipped: { cell: string; reason: string }[];
}

const KEY = SETTING_KEYS.narrativeUndo;
const SHEET_GONE = '找不到工作表（检查之后被删除或改名），未改正';
const FORMULA = '单元格是公式，不改写';
const NOT_TEXT = '单元格不是文字，未改正';
const WOULD_CONVERT = '改正后的文字会被 Excel 当作数字或公式，未改正';

const label = (sheet: string, cell: string) => `${sheet}!${cell}`;

interface CellTarget {
  sheet: string;
  cell: string;
  fixes: NarrativeFix[];
  range?: Excel.Range;
}

/** Queue the read of each target cell; sheets not in `present` (when given) are left out. */
function queueCells(context: Excel.RequestContext, targets: CellTarget[], present?: Set<string>): void {
  for (const t of targets) {
    t.range = undefined;
    if (present && !present.has(t.sheet)) continue;
    t.range = context.workbook.worksheets.getItem(t.sheet).getRange(t.cell);
    t.range.load('values,formulas');
  }
}

/**
 * Queue the reads and sync; when that fails (a sheet deleted or renamed since the check, which
 * fails the whole batch), read the sheet names and try again with the sheets that exist.
 */
async function readCells<T>(context: Excel.RequestContext, targets: CellTarget[], queueMore: () => T): Promise<T> {
  queueCells(context, targets);
  let more = queueMore();
  try {
    await context.sync();
    return more;
  } catch {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    queueCells(context, targets, new Set(sheets.items.map((s) => s.name)));
    more = queueMore();
    await context.sync();
    return more;
  }
}

/** Would Excel turn this text into a number, date or formula when written as a value? */
function wouldConvert(text: string): boolean {
  return /^\s*[=+@-]/.test(text) || /^\s*[\d.,]+\s*%?\s*$/.test(text);
}

function cellTargets(fixes: NarrativeFix[], skipped: SkippedFix[]): CellTarget[] {
  const out: CellTarget[] = [];
  for (const list of groupByTarget(fixes).values()) {
    const l = list[0].location;
    if (l.file !== undefined || !l.sheet || !l.cell) skipped.push(...list.map((fix) => ({ fix, reason: '不是工作簿中的情况说明' })));
    else out.push({ sheet: l.sheet, cell: l.cell, fixes: list });
  }
  return out;
}

/**
 * Write autofix corrections into the narrative cells. A fix is skipped (with the reason) when
 * its cell holds a formula or no text, or its figure is no longer where the check found it.
 */
export async function applyNarrativeFixes(context: Excel.RequestContext, fixes: NarrativeFix[]): Promise<ApplyNarrativeResult> {
  const applied: NarrativeFix[] = [];
  const skipped: SkippedFix[] = [];
  const targets = cellTargets(fixes, skipped);
  if (targets.length === 0) return { applied, skipped };
  const record = await readCells(context, targets, () => loadSetting<NarrativeUndoRecord>(context, KEY));
  const undo: NarrativeUndoRecord = { version: 1, cells: [...(record()?.cells ?? [])] };
  let writes = 0;
  for (const t of targets) {
    const skip = (reason: string) => skipped.push(...t.fixes.map((fix) => ({ fix, reason })));
    if (!t.range) {
      skip(SHEET_GONE);
      continue;
    }
    const value = t.range.values[0][0];
    const formula = t.range.formulas[0][0];
    if (typeof formula === 'string' && formula.startsWith('=')) skip(FORMULA);
    else if (typeof value !== 'string') skip(NOT_TEXT);
    else {
      const r = applyFixesDetailed(value, t.fixes);
      skipped.push(...r.skipped);
      if (r.applied.length === 0) continue;
      if (wouldConvert(r.text)) {
        skipped.push(...r.applied.map((fix) => ({ fix, reason: WOULD_CONVERT })));
        continue;
      }
      t.range.values = [[r.text]];
      writes++;
      applied.push(...r.applied);
      // the first original stays: undo goes back to the text before any autofix
      const known = undo.cells.find((c) => c.sheet === t.sheet && c.cell === t.cell);
      if (known) known.written = r.text;
      else undo.cells.push({ sheet: t.sheet, cell: t.cell, original: value, written: r.text });
    }
  }
  if (writes === 0) return { applied, skipped };
  writeSetting(context, KEY, undo);
  await context.sync();
  return { applied, skipped };
}

/** Is there anything autofix can undo in this workbook? (One sync.) */
export async function hasNarrativeUndo(context: Excel.RequestContext): Promise<boolean> {
  const record = loadSetting<NarrativeUndoRecord>(context, KEY);
  await context.sync();
  return (record()?.cells.length ?? 0) > 0;
}

/**
 * Give the narrative cells changed by autofix their original text back and drop the record.
 * A cell edited since autofix wrote it is left alone (and kept in the record) unless `force`.
 */
export async function undoNarrativeFixes(context: Excel.RequestContext, options: { force?: boolean } = {}): Promise<UndoNarrativeResult> {
  const getRecord = loadSetting<NarrativeUndoRecord>(context, KEY);
  await context.sync();
  const cells = getRecord()?.cells ?? [];
  const restored: string[] = [];
  const skipped: UndoNarrativeResult['skipped'] = [];
  if (cells.length === 0) return { restored, skipped };
  const targets: (CellTarget & { undo: NarrativeUndoCell })[] = cells.map((undo) => ({ sheet: undo.sheet, cell: undo.cell, fixes: [], undo }));
  await readCells(context, targets, () => null);
  const keep: NarrativeUndoCell[] = [];
  for (const t of targets) {
    const where = label(t.sheet, t.cell);
    if (!t.range) {
      skipped.push({ cell: where, reason: '找不到工作表，未还原' });
      continue;
    }
    const now = t.range.values[0][0];
    const formula = t.range.formulas[0][0];
    const edited = now !== t.undo.written || (typeof formula === 'string' && formula.startsWith('='));
    if (edited && !options.force) {
      skipped.push({ cell: where, reason: '改正之后单元格又被修改过，未还原' });
      keep.push(t.undo);
      continue;
    }
    t.range.values = [[t.undo.original]];
    restored.push(where);
  }
  writeSetting(context, KEY, keep.length ? { version: 1, cells: keep } : null);
  await context.sync();
  return { restored, skipped };
}

// ---------------------------------------------------------------- inserting a narrative

export interface NarrativeText {
  title: string;
  sections: { title: string; paragraphs: string[] }[];
}

export type NarrativeTarget = { kind: 'new-sheet'; name?: string } | { kind: 'range'; sheet: string; cell: string };

export type InsertResult = { status: 'written'; sheet: string; range: string } | { status: 'occupied'; cells: string[] };

export const NARRATIVE_SHEET = '情况说明';
/** Column width in points: about 40 Chinese characters of 11 pt, a printed page's width. */
export const NARRATIVE_COLUMN_WIDTH = 460;

/** The rows: the title, then each section's title and paragraphs; line breaks split paragraphs, blank ones go. */
export function narrativeRows(text: NarrativeText): { text: string; heading: boolean }[] {
  const lines = (s: string) => s.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  const rows = lines(text.title).map((t) => ({ text: t, heading: true }));
  for (const s of text.sections) {
    rows.push(...lines(s.title).map((t) => ({ text: t, heading: true })));
    for (const p of s.paragraphs) rows.push(...lines(p).map((t) => ({ text: t, heading: false })));
  }
  return rows;
}

/** A valid sheet name: no []:*?/\, at most 31 characters, not empty. */
export function cleanSheetName(name: string | undefined): string {
  const s = (name ?? '').replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31);
  return s || NARRATIVE_SHEET;
}

/** The name, or "name (2)", "name (3)" … when taken (sheet names compare case-insensitively). */
export function freeSheetName(name: string, taken: string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = name.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Queue the values and formats of the narrative rows from (row, col) down. */
function queueRows(sheet: Excel.Worksheet, rows: { text: string; heading: boolean }[], row: number, col: number): string {
  const address = `${toA1(row, col)}:${toA1(row + rows.length - 1, col)}`;
  const range = sheet.getRange(address);
  // text number format first, so that a paragraph like "2025" or "=…" stays text
  range.numberFormat = rows.map(() => ['@']);
  range.values = rows.map((r) => [r.text]);
  range.format.wrapText = true;
  range.format.verticalAlignment = 'Top';
  rows.forEach((r, i) => {
    if (!r.heading) return;
    const font = sheet.getRange(toA1(row + i, col)).format.font;
    font.bold = true;
    if (i === 0) font.size = 14;
  });
  return address;
}

/**
 * Write a narrative into the workbook. Into a chosen range, non-empty cells are never
 * overwritten unless `overwrite`: then the occupied cells are returned for the UI to ask.
 */
export async function insertNarrative(context: Excel.RequestContext, text: NarrativeText, target: NarrativeTarget, options: { overwrite?: boolean } = {}): Promise<InsertResult> {
  const rows = narrativeRows(text);
  if (rows.length === 0) throw new Error('情况说明没有文字');
  if (target.kind === 'new-sheet') {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const name = freeSheetName(cleanSheetName(target.name), sheets.items.map((s) => s.name));
    const sheet = sheets.add(name);
    const range = queueRows(sheet, rows, 1, 1);
    sheet.getRange('A:A').format.columnWidth = NARRATIVE_COLUMN_WIDTH;
    sheet.activate();
    await context.sync();
    return { status: 'written', sheet: name, range };
  }
  const { row, col } = parseA1(target.cell);
  const address = `${toA1(row, col)}:${toA1(row + rows.length - 1, col)}`;
  const sheet = context.workbook.worksheets.getItem(target.sheet);
  const block = sheet.getRange(address);
  block.load('values,formulas');
  const column = sheet.getRange(`${columnLetter(col)}:${columnLetter(col)}`);
  column.format.load('columnWidth');
  try {
    await context.sync();
  } catch (e) {
    throw new Error(`找不到工作表“${target.sheet}”：${e instanceof Error ? e.message : String(e)}`);
  }
  const occupied = rows
    .map((_, i) => i)
    .filter((i) => block.values[i][0] !== '' || block.formulas[i][0] !== '')
    .map((i) => toA1(row + i, col));
  if (occupied.length && !options.overwrite) return { status: 'occupied', cells: occupied };
  const range = queueRows(sheet, rows, row, col);
  if (column.format.columnWidth < NARRATIVE_COLUMN_WIDTH) column.format.columnWidth = NARRATIVE_COLUMN_WIDTH;
  await context.sync();
  return { status: 'written', sheet: target.sheet, range };
}
