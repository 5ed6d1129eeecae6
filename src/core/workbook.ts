/**
 * Host-independent snapshot of a workbook: what budget-check reads, whether the data came
 * from an .xlsx file (Node or browser) or from the workbook open in Excel.
 * Plain data only (no classes), so a snapshot can cross a worker boundary or be saved as JSON.
 */
import { formatRange, parseA1, rangeContains, toA1, type RangeRef } from './address';
import { formatNumber } from './numfmt';

export type CellValue = number | string | boolean | null;
export type CellType = 'number' | 'string' | 'boolean' | 'date' | 'error';
export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface Cell {
  row: number;
  col: number;
  address: string;
  type: CellType;
  /**
   * The stored value; for a formula its cached result. Dates are Excel serial numbers.
   * Error cells have value null and `error` set — an error is never a number.
   */
  value: CellValue;
  /** What the cell displays, as the user sees it (number format applied). */
  text: string;
  numFmt?: string;
  /** Formula without the leading '=', when the cell holds one. */
  formula?: string;
  /** Excel error value such as '#REF!' or '#VALUE!'. */
  error?: string;
}

export interface MergedRange extends RangeRef {
  ref: string;
}

export interface Sheet {
  name: string;
  /** 0-based position in the workbook. */
  index: number;
  visibility: SheetVisibility;
  /** Extent of the used cells, counted from A1 (0 × 0 for an empty sheet). */
  rowCount: number;
  colCount: number;
  /** rows[r - 1][c - 1]; null where the cell is empty. */
  rows: (Cell | null)[][];
  merges: MergedRange[];
  /** False when the host could not tell the merged ranges (old Excel API). */
  mergesKnown: boolean;
}

export interface Workbook {
  /** File name or 'Excel' for the open workbook. */
  source: string;
  sheets: Sheet[];
}

export const EXCEL_ERRORS = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
] as const;

export function isExcelError(text: string): boolean {
  return (EXCEL_ERRORS as readonly string[]).includes(text.trim().toUpperCase());
}

export interface CellInit {
  row: number;
  col: number;
  value: CellValue | Date;
  numFmt?: string;
  formula?: string;
  /** Displayed text when the host knows it (Excel does); computed otherwise. */
  text?: string;
  error?: string;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function dateText(d: Date): string {
  const base = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const hasTime = d.getUTCHours() || d.getUTCMinutes() || d.getUTCSeconds();
  return hasTime ? `${base} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : base;
}

/** Build a cell from what a host read; computes the displayed text when not given. */
export function makeCell(init: CellInit): Cell {
  const { row, col, formula } = init;
  // 'General' is Excel's default: stored as no format, the same from every host
  const numFmt = init.numFmt && !/^general$/i.test(init.numFmt) ? init.numFmt : undefined;
  const base = { row, col, address: toA1(row, col), ...(numFmt ? { numFmt } : {}), ...(formula ? { formula } : {}) };
  if (init.error) {
    return { ...base, type: 'error', value: null, text: init.text ?? init.error, error: init.error };
  }
  const v = init.value;
  if (v instanceof Date) {
    const serial = (v.getTime() - EXCEL_EPOCH_MS) / 86400000;
    return { ...base, type: 'date', value: serial, text: init.text ?? dateText(v) };
  }
  if (typeof v === 'number') {
    return { ...base, type: 'number', value: v, text: init.text ?? formatNumber(v, numFmt) };
  }
  if (typeof v === 'boolean') {
    return { ...base, type: 'boolean', value: v, text: init.text ?? (v ? 'TRUE' : 'FALSE') };
  }
  const s = v ?? '';
  return { ...base, type: 'string', value: s, text: init.text ?? s };
}

export function createSheet(name: string, index: number, visibility: SheetVisibility = 'visible'): Sheet {
  return { name, index, visibility, rowCount: 0, colCount: 0, rows: [], merges: [], mergesKnown: true };
}

/** Put a cell into a sheet (empty strings and nulls are not stored). */
export function putCell(sheet: Sheet, cell: Cell): void {
  if (cell.type === 'string' && cell.value === '' && !cell.formula) return;
  const { row, col } = cell;
  while (sheet.rows.length < row) sheet.rows.push([]);
  const r = sheet.rows[row - 1];
  while (r.length < col) r.push(null);
  r[col - 1] = cell;
  if (row > sheet.rowCount) sheet.rowCount = row;
  if (col > sheet.colCount) sheet.colCount = col;
}

export function addMerge(sheet: Sheet, ref: string, range: RangeRef): void {
  sheet.merges.push({ ...range, ref });
}

export function cellAt(sheet: Sheet, row: number, col: number): Cell | undefined {
  return sheet.rows[row - 1]?.[col - 1] ?? undefined;
}

export function getCell(sheet: Sheet, address: string): Cell | undefined {
  const { row, col } = parseA1(address);
  return cellAt(sheet, row, col);
}

/** The sheet with this name: exact first, then ignoring surrounding spaces. */
export function findSheet(wb: Workbook, name: string): Sheet | undefined {
  return wb.sheets.find((s) => s.name === name) ?? wb.sheets.find((s) => s.name.trim() === name.trim());
}

/** Used range as A1 text ("A1:H30"), or null for an empty sheet. */
export function usedRange(sheet: Sheet): string | null {
  if (sheet.rowCount === 0 || sheet.colCount === 0) return null;
  return formatRange({ top: 1, left: 1, bottom: sheet.rowCount, right: sheet.colCount });
}

/** Merges by row, built once per sheet (and again when merges were added): lookups stay cheap with many merges. */
interface MergeIndex {
  list: MergedRange[];
  count: number;
  byRow: Map<number, MergedRange[]>;
  /** Merges taller than TALL rows, searched one by one (there are few). */
  tall: MergedRange[];
}
const TALL = 64;
const mergeIndexes = new WeakMap<Sheet, MergeIndex>();

function mergeIndex(sheet: Sheet): MergeIndex {
  const cached = mergeIndexes.get(sheet);
  if (cached && cached.list === sheet.merges && cached.count === sheet.merges.length) return cached;
  const byRow = new Map<number, MergedRange[]>();
  const tall: MergedRange[] = [];
  for (const m of sheet.merges) {
    if (m.bottom - m.top >= TALL) {
      tall.push(m);
      continue;
    }
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(m);
      else byRow.set(r, [m]);
    }
  }
  const index = { list: sheet.merges, count: sheet.merges.length, byRow, tall };
  mergeIndexes.set(sheet, index);
  return index;
}

/** The merged range covering a cell, if any (the first one listed, when a broken file overlaps them). */
export function mergeAt(sheet: Sheet, row: number, col: number): MergedRange | undefined {
  if (sheet.merges.length < 8) return sheet.merges.find((m) => rangeContains(m, row, col));
  const index = mergeIndex(sheet);
  const a = index.byRow.get(row)?.find((m) => rangeContains(m, row, col));
  const b = index.tall.find((m) => rangeContains(m, row, col));
  if (!a || !b) return a ?? b;
  return sheet.merges.indexOf(a) < sheet.merges.indexOf(b) ? a : b;
}

/** Every non-empty cell, row by row. */
export function* cells(sheet: Sheet): Generator<Cell> {
  for (const r of sheet.rows) for (const c of r) if (c) yield c;
}

export function cellCount(sheet: Sheet): number {
  let n = 0;
  for (const r of sheet.rows) for (const c of r) if (c) n++;
  return n;
}

export function isEmptyWorkbook(wb: Workbook): boolean {
  return wb.sheets.every((s) => s.rowCount === 0);
}
