/**
 * "导出审核结果": a new sheet listing every finding (FINDING_COLUMNS), with links to the cells.
 *
 * The sheet we created is remembered by id and name in Workbook.settings
 * (SETTING_KEYS.findingsSheet): re-export replaces it. A user's own sheet that happens to have
 * the name is never touched (we use "审核结果 (2)" etc. instead), nor is our sheet once the
 * user renamed it (a renamed sheet is kept as the user's).
 *
 * Syncs: 1 to load the record and the sheet names; 1 to create the sheet (header, widths,
 * frozen header row) with the first block of rows; then one per further block of rows, the
 * record written in the first of them (at least one: the new sheet's id is known only after
 * the sync that created it). 2,000 findings: 3 syncs.
 *
 * 位置 is a =HYPERLINK("#'Sheet'!B5", "…") formula: works from ExcelApi 1.1 and is written with
 * the other values as one block (Range.hyperlink would need one range per cell).
 */
import { quoteSheetName } from '../../core/address';
import { FINDING_COLUMNS, type FindingRow } from '../../core/review/rows';
import { detectCapabilities, type ExcelCapabilities } from './capabilities';
import { loadSetting, SETTING_KEYS, writeSetting } from './store';

export const FINDINGS_SHEET_NAME = '审核结果';
/** Most cells written per sync. */
export const FINDINGS_CELLS_PER_SYNC = 50_000;

export interface FindingsSheetOptions {
  sheetName?: string;
  caps?: ExcelCapabilities;
}

interface FindingsSheetRecord {
  id: string;
  name: string;
}

const HEADER_FILL = '#D9E1F2';
const LINK_COLUMN = FINDING_COLUMNS.indexOf('位置');
const NUMBER_COLUMN = FINDING_COLUMNS.indexOf('序号');
const WRAP_COLUMN = FINDING_COLUMNS.indexOf('问题说明');
/** Column widths in points (Excel's default column is 48 pt). */
const WIDTHS: Record<string, number> = {
  序号: 36,
  级别: 40,
  类别: 64,
  表格: 120,
  位置: 150,
  问题说明: 360,
  应为: 72,
  实为: 72,
  差额: 64,
  规则: 170,
  状态: 52,
  接受理由: 160,
  接受人: 60,
  接受时间: 100,
};
/** Excel refuses string literals longer than this in a formula. */
const MAX_FORMULA_STRING = 255;
const MAX_SHEET_NAME = 31;

/** A valid sheet name: no []:*?/\, no leading/trailing apostrophe, at most 31 characters. */
export function sanitizeSheetName(name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, MAX_SHEET_NAME).trim();
  return clean || FINDINGS_SHEET_NAME;
}

/** `base`, else "base (2)", "base (3)"… — the first name not taken (case-insensitive, as Excel compares). */
export function freeSheetName(base: string, taken: string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** =HYPERLINK("#'Sheet'!B5","label"), or the plain label when the finding has no cell. */
export function linkFormula(row: FindingRow): string {
  const label = row.values[LINK_COLUMN];
  if (!row.link) return label;
  const text = label.length > MAX_FORMULA_STRING ? `${label.slice(0, MAX_FORMULA_STRING - 1)}…` : label;
  const target = `#${quoteSheetName(row.link.sheet)}!${row.link.cell}`;
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${q(target)},${q(text || row.link.cell)})`;
}

/** One sheet row: 序号 as a number, 位置 as a link formula, everything else as text. */
function rowCells(row: FindingRow): (string | number)[] {
  return row.values.map((v, c) => (c === NUMBER_COLUMN && /^\d+$/.test(v) ? Number(v) : c === LINK_COLUMN ? linkFormula(row) : v));
}

/** Text format except for 序号 and the link formulas, so "70.00" stays "70.00". */
const ROW_FORMATS = FINDING_COLUMNS.map((_, c) => (c === NUMBER_COLUMN || c === LINK_COLUMN ? 'General' : '@'));

/** Write the findings to a new sheet (replacing the one we created before) and activate it. */
export async function writeFindingsSheet(
  context: Excel.RequestContext,
  rows: FindingRow[],
  options: FindingsSheetOptions = {},
): Promise<{ sheet: string; rows: number }> {
  const caps = options.caps ?? detectCapabilities();
  const cols = FINDING_COLUMNS.length;

  // Sync 1: the record and the sheet names.
  const getRecord = caps.settings ? loadSetting<FindingsSheetRecord>(context, SETTING_KEYS.findingsSheet) : () => null;
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id');
  await context.sync();
  const record = getRecord();
  // Ours: same id and still the name we gave it (a sheet the user renamed is theirs to keep).
  const ours = record ? worksheets.items.find((ws) => ws.id === record.id && ws.name === record.name) : undefined;
  const others = worksheets.items.filter((ws) => ws !== ours).map((ws) => ws.name);
  const name = freeSheetName(sanitizeSheetName(options.sheetName ?? FINDINGS_SHEET_NAME), others);

  // Sync 2: the new sheet (under a temporary name while ours still exists), header, first rows.
  const sheet = worksheets.add(ours ? freeSheetName(`${name.slice(0, 24)} 新`, [...others, ours.name]) : name);
  if (ours) {
    ours.delete();
    sheet.name = name;
  }
  sheet.load('id');
  const header = sheet.getRangeByIndexes(0, 0, 1, cols);
  header.values = [[...FINDING_COLUMNS]];
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  FINDING_COLUMNS.forEach((title, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = WIDTHS[title] ?? 80));
  sheet.freezePanes.freezeRows(1);

  const perSync = Math.max(1, Math.floor(FINDINGS_CELLS_PER_SYNC / cols));
  const blocks = Math.max(1, Math.ceil(rows.length / perSync));
  for (let b = 0; b < blocks; b++) {
    const block = rows.slice(b * perSync, (b + 1) * perSync);
    if (block.length > 0) {
      const range = sheet.getRangeByIndexes(1 + b * perSync, 0, block.length, cols);
      range.numberFormat = block.map(() => ROW_FORMATS);
      range.formulas = block.map(rowCells);
      sheet.getRangeByIndexes(1 + b * perSync, WRAP_COLUMN, block.length, 1).format.wrapText = true;
    }
    if (b === 0) sheet.activate();
    if (b === 1 && caps.settings) writeSetting(context, SETTING_KEYS.findingsSheet, { id: sheet.id, name });
    await context.sync();
  }
  if (blocks === 1 && caps.settings) {
    writeSetting(context, SETTING_KEYS.findingsSheet, { id: sheet.id, name });
    await context.sync();
  }
  return { sheet: name, rows: rows.length };
}
