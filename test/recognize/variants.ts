/**
 * Layout variants of a workbook, for recognition robustness tests: each variant shows the same
 * tables (same semantic content) laid out the way other systems or preparers lay them out.
 * A table recogniser should build the same model from the original and from every variant.
 *
 * Every variant is a pure function `(wb: Workbook) => Workbook`: the input is never mutated, and
 * the output shares no object with it. Cells are rebuilt with `makeCell` when their value
 * changes, and moved by copying with the new row/col/address otherwise, so `text` always
 * matches `value`. Sheets are rebuilt with `putCell`, so rowCount/colCount are the extent of the
 * cells (as the .xlsx reader computes them) and merges are sorted by ref (as the reader sorts
 * them): a variant written with `writeWorkbook` and read back is deep-equal to itself.
 *
 * Variants (see each function for its exact rules):
 *   splitCodeColumns   科目编码 column → 类 | 款 | 项 columns (经济分类: 类 | 款)
 *   stackOnOneSheet    all table sheets on one sheet 'Sheet1', two blank rows apart
 *   genericSheetNames  sheets renamed Sheet1, Sheet2, …
 *   amountsInYuan      amounts × 10,000 with '#,##0.00', 单位：万元 → 单位：元
 *   numbersAsText      amounts stored as text with thousands separators, zero amounts blank
 *   remergeHeaders     merges replaced by repeated or single un-merged texts
 *   writeWorkbook      model → .xlsx file (values, numFmt, formulas, merges, visibility)
 */
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { formatRange, rangeContains, toA1, type RangeRef } from '../../src/core/address';
import { decimalsOfFormat, formatGeneral, formatNumber } from '../../src/core/numfmt';
import {
  cellAt,
  cells,
  createSheet,
  makeCell,
  mergeAt,
  putCell,
  type Cell,
  type MergedRange,
  type Sheet,
  type Workbook,
} from '../../src/core/workbook';

// ---------------------------------------------------------------------------------------------
// Shared helpers

/** Name of the narrative sheet, which stays untouched by the table variants. */
export const NARRATIVE_SHEET = '情况说明';

export function isNarrativeSheet(sheet: Sheet): boolean {
  return sheet.name.trim() === NARRATIVE_SHEET;
}

/** A copy of a cell at another position (value, type, text, format unchanged). */
function moveCell(cell: Cell, row: number, col: number): Cell {
  return { ...cell, row, col, address: toA1(row, col) };
}

function textCell(row: number, col: number, text: string): Cell {
  return makeCell({ row, col, value: text });
}

/** Add a merge given by its range (the ref is computed). */
function pushMerge(sheet: Sheet, range: RangeRef): void {
  const { top, left, bottom, right } = range;
  sheet.merges.push({ top, left, bottom, right, ref: formatRange(range) });
}

/** An empty copy of a sheet's identity (name, index, visibility, mergesKnown). */
function emptyLike(sheet: Sheet, name = sheet.name, index = sheet.index): Sheet {
  const out = createSheet(name, index, sheet.visibility);
  out.mergesKnown = sheet.mergesKnown;
  return out;
}

/** Sort merges by ref, the order the .xlsx reader produces. */
function sortMerges(sheet: Sheet): Sheet {
  sheet.merges.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  return sheet;
}

/** Deep copy of a sheet, every cell passed through `map` (return null to drop the cell). */
function mapCells(sheet: Sheet, map: (cell: Cell) => Cell | null): Sheet {
  const out = emptyLike(sheet);
  for (const cell of cells(sheet)) {
    const next = map(cell);
    if (next) putCell(out, next);
  }
  for (const m of sheet.merges) pushMerge(out, m);
  return sortMerges(out);
}

function mapSheets(wb: Workbook, map: (sheet: Sheet) => Sheet): Workbook {
  return { source: wb.source, sheets: wb.sheets.map(map) };
}

const compact = (s: string): string => s.replace(/\s+/g, '');

/** Text of a string cell at a position, looking through merges to their top-left cell. */
function stringAt(sheet: Sheet, row: number, col: number): string | null {
  const direct = cellAt(sheet, row, col);
  const cell = direct ?? anchorOf(sheet, row, col);
  if (!cell || cell.type !== 'string') return null;
  const t = compact(String(cell.value));
  return t === '' ? null : t;
}

function anchorOf(sheet: Sheet, row: number, col: number): Cell | undefined {
  const m = mergeAt(sheet, row, col);
  return m ? cellAt(sheet, m.top, m.left) : undefined;
}

// ---------------------------------------------------------------------------------------------
// What counts as an amount

/** Column header of a non-amount column: index, ratio, count, code or score. */
const NON_AMOUNT_COLUMN = [
  /^(行次|栏次|行|栏|行号|序号|编号)$/,
  /率|占比|比例|比重|%|％/,
  /数量|人数|个数|次数|户数|编制数|笔数/,
  /编码|代码/,
  /分值|得分|评分|权重|分数/,
];
/** Row label of a non-amount row: 栏次 rows and vertical-form count fields ('资产数量 | 2'). */
const NON_AMOUNT_ROW = [/^(行次|栏次|行|栏|行号|序号)$/, /(数量|人数|个数|次数|户数|编制数)$/];
/** Label of a year field ('起始年度 | 2023'). */
const YEAR_LABEL = /(年度|年份|年)$/;

/** A 合计 row label merged across several columns is a row label, not a column header. */
function isTotalRowLabel(sheet: Sheet, row: number, col: number, text: string): boolean {
  const m = mergeAt(sheet, row, col);
  return !!m && m.right > m.left && /^(合计|小计|总计)$/.test(text);
}

/**
 * Nearest non-empty text above a cell in its column (through merges), e.g. its column header;
 * 合计 labels merged across columns are skipped.
 */
export function labelAbove(sheet: Sheet, row: number, col: number): string | null {
  for (let r = row - 1; r >= 1; r--) {
    const t = stringAt(sheet, r, col);
    // '**' numbering rows of the older templates are no labels
    if (t && !/^[*＊]+$/.test(t.trim()) && !isTotalRowLabel(sheet, r, col, t)) return t;
  }
  return null;
}

/** Nearest non-empty text left of a cell in its row (through merges), e.g. its row label. */
export function labelLeft(sheet: Sheet, row: number, col: number): string | null {
  for (let c = col - 1; c >= 1; c--) {
    const t = stringAt(sheet, row, c);
    if (t) return t;
  }
  return null;
}

function isYear(value: number, labels: (string | null)[]): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100 && labels.some((l) => !!l && YEAR_LABEL.test(l));
}

/**
 * Whether a cell holds a money amount. An amount is a number cell (not a date, boolean, error
 * or text) that is none of:
 * - percent-formatted (numFmt containing '%'), or formatted '0' (行次/栏次 numbers);
 * - in a column whose header names an index (行次, 栏次, 行, 栏, 序号), a ratio (…率, 占比,
 *   比例), a count (…数量, 人数, 次数, 编制数), a code (…编码, …代码) or a score (分值, 得分, 评分);
 * - an integer in a row whose label is 行次/栏次/行/栏 or a count field (ending in 数量/人数/…);
 * - an integer 1900–2100 labelled as a year (label ending in 年度/年份/年, e.g. 起始年度).
 * The column header is the nearest text above (through merges, skipping a 合计 row label merged
 * across columns); the row label is the nearest text to the left.
 */
export function isAmountCell(sheet: Sheet, cell: Cell): boolean {
  if (cell.type !== 'number' || typeof cell.value !== 'number') return false;
  if (cell.numFmt && (cell.numFmt.includes('%') || cell.numFmt.trim() === '0')) return false;
  const above = labelAbove(sheet, cell.row, cell.col);
  const left = labelLeft(sheet, cell.row, cell.col);
  if (above && NON_AMOUNT_COLUMN.some((re) => re.test(above))) return false;
  if (Number.isInteger(cell.value) && left && NON_AMOUNT_ROW.some((re) => re.test(left))) return false;
  return !isYear(cell.value, [above, left]);
}

// ---------------------------------------------------------------------------------------------
// 1. splitCodeColumns

type CodeKind = 'function' | 'economic';

/** 支出功能分类 codes: 类 208, 款 20805, 项 2080505. */
const FUNCTION_CODE = /^2\d{2}(?:\d{2}){0,2}$/;
/** 部门预算支出经济分类 codes: 类 301, 款 30101 (政府预算经济分类 5xx likewise). */
const ECONOMIC_CODE = /^[35]\d{2}(?:\d{2})?$/;

interface CodeColumn {
  kind: CodeKind;
  /** Rows of the 科目编码 header cell (bottom > top when it is merged vertically). */
  top: number;
  bottom: number;
  /** Number of columns inserted: 2 for 类 | 款 | 项, 1 for 类 | 款. */
  added: number;
  /** True when the header is one row high and a row is inserted below it for 类/款/项. */
  insertRow: boolean;
}

/** 科目编码, 功能分类科目编码, 经济科目编码, 科目代码, and the bare 经济科目 / 功能科目 of older templates. */
function isCodeHeader(text: string): boolean {
  return (text.includes('科目') && /(编码|代码)$/.test(text)) || /^(经济|功能)(分类)?科目$/.test(text);
}

function codeText(cell: Cell): string | null {
  if (cell.type !== 'string' && cell.type !== 'number') return null;
  return String(cell.value).trim();
}

/** Text of column A above a row (group headers such as 部门预算支出经济分类科目). */
function columnATextsAbove(sheet: Sheet, row: number): string[] {
  const out: string[] = [];
  for (let r = 1; r < row; r++) {
    const t = stringAt(sheet, r, 1);
    if (t) out.push(t);
  }
  return out;
}

function codeKind(sheet: Sheet, headerRow: number, headerBottom: number, header: string): CodeKind {
  const groups = columnATextsAbove(sheet, headerRow).slice(-1);
  if ([header, ...groups].some((t) => t.includes('经济'))) return 'economic';
  const codes: string[] = [];
  for (let r = headerBottom + 1; r <= sheet.rowCount; r++) {
    const c = cellAt(sheet, r, 1);
    const t = c && codeText(c);
    if (t && /^\d+$/.test(t)) codes.push(t);
  }
  return codes.length > 0 && codes.every((t) => ECONOMIC_CODE.test(t)) ? 'economic' : 'function';
}

/**
 * The 科目编码 header of column A, or null when the sheet has none or when the header already
 * spans several columns (a table already printed with 类 | 款 | 项 columns, like 决算 公开02表).
 */
function findCodeColumn(sheet: Sheet): CodeColumn | null {
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cell = cellAt(sheet, r, 1);
    if (!cell || cell.type !== 'string' || !isCodeHeader(compact(cell.value as string))) continue;
    const merge = mergeAt(sheet, r, 1);
    if (merge && merge.right > 1) return null;
    const bottom = merge ? merge.bottom : r;
    const kind = codeKind(sheet, r, bottom, compact(cell.value as string));
    return { kind, top: r, bottom, added: kind === 'function' ? 2 : 1, insertRow: bottom === r };
  }
  return null;
}

/** 2080505 → ['208', '05', '05']; 20805 → ['208', '05', '']; 30101 → ['301', '01']. */
export function splitCode(code: string, kind: CodeKind): string[] {
  const parts = [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)];
  return kind === 'function' ? parts : parts.slice(0, 2);
}

function isCodeOfKind(text: string, kind: CodeKind): boolean {
  return (kind === 'function' ? FUNCTION_CODE : ECONOMIC_CODE).test(text);
}

/** Row of an original row in the variant (one row is inserted below a one-row code header). */
function rowMapper(code: CodeColumn): (row: number) => number {
  return (row) => (code.insertRow && row > code.top ? row + 1 : row);
}

function placeColumnACell(out: Sheet, cell: Cell, code: CodeColumn, newRow: number): void {
  const text = codeText(cell);
  if (cell.row > code.bottom && text !== null && isCodeOfKind(text, code.kind)) {
    splitCode(text, code.kind).forEach((part, i) => {
      if (part) putCell(out, textCell(newRow, 1 + i, part));
    });
  } else {
    putCell(out, moveCell(cell, newRow, 1));
  }
}

function shiftMerge(m: MergedRange, code: CodeColumn, mapRow: (row: number) => number): RangeRef {
  const top = mapRow(m.top);
  let bottom = mapRow(m.bottom);
  // a header merge ending on the header row grows over the inserted 类/款/项 row
  if (code.insertRow && m.bottom === code.top) bottom += 1;
  if (m.left === 1) return { top, bottom, left: 1, right: m.right > 1 ? m.right + code.added : 1 };
  return { top, bottom, left: m.left + code.added, right: m.right + code.added };
}

function addSplitHeader(out: Sheet, source: Sheet, code: CodeColumn): void {
  const header = cellAt(source, code.top, 1) as Cell;
  const labelsRow = code.insertRow ? code.top + 1 : code.bottom;
  const width = code.added + 1;
  putCell(out, moveCell(header, code.top, 1));
  pushMerge(out, { top: code.top, bottom: labelsRow - 1, left: 1, right: width });
  ['类', '款', '项'].slice(0, width).forEach((label, i) => putCell(out, textCell(labelsRow, 1 + i, label)));
}

/** With an inserted row, one-row header cells right of 科目编码 are merged over both rows. */
function mergeHeaderCellsDown(out: Sheet, source: Sheet, code: CodeColumn): void {
  if (!code.insertRow) return;
  const row = source.rows[code.top - 1] ?? [];
  row.forEach((cell, i) => {
    const col = i + 1;
    if (!cell || col === 1 || mergeAt(source, code.top, col)) return;
    const c = col + code.added;
    pushMerge(out, { top: code.top, bottom: code.top + 1, left: c, right: c });
  });
}

function splitCodeColumnsOfSheet(sheet: Sheet): Sheet {
  const code = findCodeColumn(sheet);
  if (!code) return mapCells(sheet, (c) => ({ ...c }));
  const mapRow = rowMapper(code);
  const out = emptyLike(sheet);
  for (const cell of cells(sheet)) {
    if (cell.col === 1 && cell.row === code.top) continue; // the header, rebuilt below
    if (cell.col === 1) placeColumnACell(out, cell, code, mapRow(cell.row));
    else putCell(out, moveCell(cell, mapRow(cell.row), cell.col + code.added));
  }
  addSplitHeader(out, sheet, code);
  for (const m of sheet.merges) {
    if (m.top === code.top && m.left === 1) continue; // the old vertical 科目编码 merge
    pushMerge(out, shiftMerge(m, code, mapRow));
  }
  mergeHeaderCellsDown(out, sheet, code);
  return sortMerges(out);
}

/**
 * Replace the single 科目编码 column of every table sheet by separate code columns, the way
 * 部门决算 tables print them.
 *
 * - A sheet qualifies when a column-A cell is a code header (text containing 科目 and ending in
 *   编码/代码: 科目编码, 功能分类科目编码, 经济科目编码; or the bare 经济科目 / 功能科目) that is
 *   not already merged across columns (公开02表-style tables are left alone). The first such
 *   header of the sheet is used (one table per sheet, as in the fixtures).
 * - Kind: 经济分类 when the header or the group header above it mentions 经济, or every code
 *   below is a 3/5-digit code starting with 3 or 5; otherwise 功能分类.
 * - 功能分类 → 类 | 款 | 项 (2 columns inserted); 经济分类 → 类 | 款 (1 column inserted).
 * - Header: the original header text stays in A, merged across the code columns; 类/款/项 go in
 *   the header's last row. A vertically merged header (A3:A4) becomes A3:C3 + 类/款/项 in row 4.
 *   A one-row header gets a row inserted below it (all rows below move down by one); the other
 *   header cells of that row are merged down over the inserted row (or their merge extended).
 * - Data rows: a code cell (leading spaces ignored) is split: 208 → '208','',''; 20805 →
 *   '208','05',''; 2080505 → '208','05','05' (empty parts left blank); always text cells.
 *   Other column-A cells (unit codes, 合计, notes) stay in column A.
 * - Every other cell moves right by the inserted columns; merges starting in column A and
 *   spanning several columns (titles, notes, group headers) are widened, others shifted.
 */
export function splitCodeColumns(wb: Workbook): Workbook {
  return mapSheets(wb, splitCodeColumnsOfSheet);
}

// ---------------------------------------------------------------------------------------------
// 2. stackOnOneSheet

/** Blank rows between two stacked tables. */
export const STACK_GAP = 2;

function appendSheet(target: Sheet, sheet: Sheet, rowOffset: number): void {
  for (const cell of cells(sheet)) putCell(target, moveCell(cell, cell.row + rowOffset, cell.col));
  for (const m of sheet.merges) {
    pushMerge(target, { top: m.top + rowOffset, bottom: m.bottom + rowOffset, left: m.left, right: m.right });
  }
}

/** Last row used by a sheet's cells or merges. */
function lastRow(sheet: Sheet): number {
  return Math.max(sheet.rowCount, ...sheet.merges.map((m) => m.bottom));
}

/**
 * All table sheets (every sheet but 情况说明) on one visible sheet 'Sheet1', in workbook order,
 * each starting two blank rows below the previous one's last row (its cells or merges), columns
 * unchanged; empty table sheets add nothing. The narrative sheet stays a sheet of its own, in
 * its place relative to the tables (Sheet1 takes the place of the first table sheet).
 */
export function stackOnOneSheet(wb: Workbook): Workbook {
  const tables = wb.sheets.filter((s) => !isNarrativeSheet(s));
  if (tables.length === 0) return mapSheets(wb, (s) => mapCells(s, (c) => ({ ...c })));
  const stacked = createSheet('Sheet1', 0);
  stacked.mergesKnown = tables.every((s) => s.mergesKnown);
  let next = 1;
  for (const sheet of tables) {
    if (lastRow(sheet) === 0) continue;
    appendSheet(stacked, sheet, next - 1);
    next += lastRow(sheet) + STACK_GAP;
  }
  sortMerges(stacked);
  const sheets: Sheet[] = [];
  for (const s of wb.sheets) {
    if (isNarrativeSheet(s)) sheets.push(mapCells(s, (c) => ({ ...c })));
    else if (s === tables[0]) sheets.push(stacked);
  }
  sheets.forEach((s, i) => (s.index = i));
  return { source: wb.source, sheets };
}

// ---------------------------------------------------------------------------------------------
// 3. genericSheetNames

/** Sheets renamed Sheet1, Sheet2, … in workbook order (the narrative included). */
export function genericSheetNames(wb: Workbook): Workbook {
  return {
    source: wb.source,
    sheets: wb.sheets.map((s, i) => {
      const copy = mapCells(s, (c) => ({ ...c }));
      copy.name = `Sheet${i + 1}`;
      return copy;
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// 4. amountsInYuan

const WAN_UNIT = /单位\s*[:：]\s*万元/g;
const WAN_IN_PARENS = /([(（])\s*万元\s*([)）])/g;
/** A unit mark that says the table is in 元 (not 万元 / 亿元). */
const YUAN_UNIT = /单位\s*[:：]\s*元/;
const ANY_UNIT = /单位\s*[:：]\s*(万元|亿元|元)/;

export const YUAN_FORMAT = '#,##0.00';

function yuanText(text: string): string {
  return text.replace(WAN_UNIT, '单位：元').replace(WAN_IN_PARENS, '$1元$2');
}

/**
 * Rows of a sheet that are in 元 already: every row from a unit mark saying 单位：元 down to the
 * next unit mark (so stacked tables each follow their own unit line).
 */
function rowsInYuan(sheet: Sheet): Set<number> {
  const out = new Set<number>();
  let inYuan = false;
  sheet.rows.forEach((row, i) => {
    const marks = row.filter((c): c is Cell => !!c && c.type === 'string' && ANY_UNIT.test(String(c.value)));
    if (marks.length > 0) inYuan = marks.some((c) => YUAN_UNIT.test(String(c.value)));
    if (inYuan) out.add(i + 1);
  });
  return out;
}

function withYuanText(cell: Cell): Cell {
  const text = yuanText(String(cell.value));
  if (text === cell.value) return { ...cell };
  return makeCell({ row: cell.row, col: cell.col, value: text, numFmt: cell.numFmt });
}

function toYuan(cell: Cell): Cell {
  const value = new Decimal(cell.value as number).times(10000).toNumber();
  return makeCell({ row: cell.row, col: cell.col, value, numFmt: YUAN_FORMAT, ...(cell.formula ? { formula: cell.formula } : {}) });
}

function amountsInYuanOfSheet(sheet: Sheet): Sheet {
  if (isNarrativeSheet(sheet)) return mapCells(sheet, (c) => ({ ...c }));
  const yuanRows = rowsInYuan(sheet);
  return mapCells(sheet, (cell) => {
    if (cell.type === 'string') return withYuanText(cell);
    if (!yuanRows.has(cell.row) && isAmountCell(sheet, cell)) return toYuan(cell);
    return { ...cell };
  });
}

/**
 * The workbook as a system that reports in 元 would print it.
 * - Every amount cell (see `isAmountCell`) is multiplied by 10,000 (decimal.js, no float noise)
 *   and formatted '#,##0.00' (1157.86 → 11578600, '11,578,600.00').
 * - Texts: '单位：万元' / '单位:万元' / '单位: 万元' → '单位：元', also inside longer cells
 *   ('部门/单位：xxx   单位：万元', '资金单位：万元'); '(万元)' / '（万元）' in headers → '(元)'.
 * - Not scaled: percent cells, 行次/栏次 numbers, years, counts, codes, scores (not amounts),
 *   rows already in 元 (from a 单位：元 mark down to the next unit mark, e.g. S000 政府采购预算表),
 *   and the narrative sheet 情况说明, left as it is (its figures are inside sentences).
 */
export function amountsInYuan(wb: Workbook): Workbook {
  return mapSheets(wb, amountsInYuanOfSheet);
}

// ---------------------------------------------------------------------------------------------
// 5. numbersAsText

function groupThousands(plain: string): string {
  const [int, frac] = plain.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac !== undefined ? `${grouped}.${frac}` : grouped;
}

/** Displayed text of an amount with thousands separators: 1157.86 ('0.00') → '1,157.86'. */
export function amountText(value: number, numFmt: string | undefined): string {
  const decimals = decimalsOfFormat(numFmt);
  if (decimals === null) return groupThousands(formatGeneral(value));
  return formatNumber(value, decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');
}

/**
 * Amounts exported as text, as some systems do: every amount cell (see `isAmountCell`) becomes a
 * text cell (no number format) holding its displayed text with thousands separators and the
 * decimals of its format ('1,157.86'; General-format amounts keep their own digits: '385.5');
 * zero amounts become empty cells. Percent cells, 行次/栏次 numbers, years, counts, codes and
 * scores stay numbers. The narrative sheet is copied unchanged.
 */
export function numbersAsText(wb: Workbook): Workbook {
  return mapSheets(wb, (sheet) =>
    mapCells(sheet, (cell) => {
      if (isNarrativeSheet(sheet) || !isAmountCell(sheet, cell)) return { ...cell };
      if (cell.value === 0) return null;
      return textCell(cell.row, cell.col, amountText(cell.value as number, cell.numFmt));
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// 6. remergeHeaders

export interface RemergeOptions {
  /**
   * Horizontal merges (one row, several columns): 'firstCell' (default) leaves the text in the
   * first cell only, as Excel's Unmerge does; 'everyCell' repeats it in every cell of the span
   * (the look of 'centre across selection' exports).
   */
  horizontal?: 'firstCell' | 'everyCell';
}

type MergeKind = 'banner' | 'vertical' | 'horizontal' | 'block';

/** banner: one row from column A to the last used column (titles, notes) — kept merged. */
function mergeKind(sheet: Sheet, m: MergedRange): MergeKind {
  const rows = m.bottom - m.top + 1;
  const cols = m.right - m.left + 1;
  if (rows === 1 && m.left === 1 && m.right >= sheet.colCount) return 'banner';
  if (cols === 1) return 'vertical';
  if (rows === 1) return 'horizontal';
  return 'block';
}

/** Positions of a merge that receive a copy of its top-left text. */
function repeatTargets(m: MergedRange, kind: MergeKind, options: Required<RemergeOptions>): [number, number][] {
  const out: [number, number][] = [];
  const repeat = kind === 'vertical' || (kind === 'horizontal' && options.horizontal === 'everyCell');
  if (!repeat) return out;
  for (let r = m.top; r <= m.bottom; r++) {
    for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) out.push([r, c]);
  }
  return out;
}

/**
 * Header merges done differently, one deterministic rule per kind of merge:
 * - banner (one row spanning column A to the last used column: titles, notes): kept merged;
 * - vertical (one column, several rows, e.g. A3:A4 科目编码): un-merged, the text repeated in
 *   every cell of the span;
 * - horizontal (one row, several columns, e.g. 基本支出 over D3:F3): un-merged, the text in the
 *   first cell only (or in every cell with `{ horizontal: 'everyCell' }`);
 * - block (several rows and columns): un-merged, the text in the top-left cell only.
 * Only text is repeated: a merge whose top-left cell is a number keeps it in that cell only, so
 * no amount is duplicated. Cells already inside a span are not overwritten.
 */
export function remergeHeaders(wb: Workbook, options: RemergeOptions = {}): Workbook {
  const opts: Required<RemergeOptions> = { horizontal: options.horizontal ?? 'firstCell' };
  return mapSheets(wb, (sheet) => {
    const out = mapCells(sheet, (c) => ({ ...c }));
    out.merges = [];
    for (const m of sheet.merges) {
      const kind = mergeKind(sheet, m);
      if (kind === 'banner') {
        pushMerge(out, m);
        continue;
      }
      const anchor = cellAt(sheet, m.top, m.left);
      if (!anchor || anchor.type !== 'string') continue;
      for (const [r, c] of repeatTargets(m, kind, opts)) {
        if (!cellAt(sheet, r, c)) putCell(out, moveCell(anchor, r, c));
      }
    }
    return sortMerges(out);
  });
}

// ---------------------------------------------------------------------------------------------
// writeWorkbook

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

type EjsValue = ExcelJS.CellValue;

function ejsValue(cell: Cell): EjsValue {
  if (cell.type === 'error') return { error: (cell.error ?? '#N/A') as ExcelJS.CellErrorValue['error'] };
  const plain: EjsValue =
    cell.type === 'date' ? new Date(EXCEL_EPOCH_MS + (cell.value as number) * 86400000) : (cell.value as EjsValue);
  if (cell.formula) return { formula: cell.formula, result: plain } as ExcelJS.CellFormulaValue;
  return plain;
}

/** Build an exceljs workbook from the model (values, numFmt, formulas, merges, visibility). */
export function toExcelJS(wb: Workbook): ExcelJS.Workbook {
  const out = new ExcelJS.Workbook();
  for (const sheet of wb.sheets) {
    const ws = out.addWorksheet(sheet.name, { state: sheet.visibility });
    for (const cell of cells(sheet)) {
      if (sheet.merges.some((m) => rangeContains(m, cell.row, cell.col) && (m.top !== cell.row || m.left !== cell.col))) {
        continue; // a value hidden under a merge cannot be stored in the file
      }
      const target = ws.getCell(cell.row, cell.col);
      target.value = ejsValue(cell);
      if (cell.numFmt) target.numFmt = cell.numFmt;
    }
    for (const m of sheet.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  }
  return out;
}

/** Write a workbook model to an .xlsx file, e.g. a variant to open in Excel or to re-read. */
export async function writeWorkbook(wb: Workbook, file: string): Promise<void> {
  await toExcelJS(wb).xlsx.writeFile(file);
}

// ---------------------------------------------------------------------------------------------
// 7. continuedOnNextPage

/** Rows of a sheet that hold an amount (a number printed with decimals; 栏次 1, 2, 3 … are not). */
function numericRows(sheet: Sheet): number[] {
  const rows = new Set<number>();
  for (const c of cells(sheet)) if (c.type === 'number' && (/0\.0/.test(c.numFmt ?? '') || !Number.isInteger(c.value))) rows.add(c.row);
  return [...rows].sort((a, b) => a - b);
}

/**
 * Each table sheet of at least six numeric rows printed as if over two pages: halfway through
 * its numeric rows, two blank rows and a copy of everything above its first numeric row (title,
 * unit line, header with its merges) are inserted, as a table pasted page by page from a PDF or
 * printed with repeated title rows. Sheets of forms (绩效/申报/自评) and the narrative are kept.
 */
export function continuedOnNextPage(wb: Workbook): Workbook {
  return mapSheets(wb, (sheet) => {
    const copy = mapCells(sheet, (c) => ({ ...c }));
    if (isNarrativeSheet(sheet)) return copy;
    const numeric = numericRows(sheet);
    const first = numeric[0];
    if (numeric.length < 6 || first === undefined || first < 2) return copy;
    const head = Array.from(cells(sheet)).filter((c) => c.row < first);
    if (head.some((c) => c.type === 'string' && /绩效|申报|自评/.test(String(c.value)))) return copy;
    const breakAt = numeric[Math.floor(numeric.length / 2)];
    const inserted = first - 1 + 2; // two blank rows, then the head again
    const out = emptyLike(sheet);
    for (const c of cells(sheet)) putCell(out, c.row < breakAt ? moveCell(c, c.row, c.col) : moveCell(c, c.row + inserted, c.col));
    for (const c of head) putCell(out, moveCell(c, breakAt + 2 + c.row - 1, c.col));
    for (const m of sheet.merges) {
      if (m.bottom < breakAt) pushMerge(out, m);
      else if (m.top >= breakAt) pushMerge(out, { top: m.top + inserted, bottom: m.bottom + inserted, left: m.left, right: m.right });
      else pushMerge(out, m); // a merge across the break stays (rare: a 类 name merged down)
      if (m.bottom < first) pushMerge(out, { top: breakAt + 2 + m.top - 1, bottom: breakAt + 2 + m.bottom - 1, left: m.left, right: m.right });
    }
    return sortMerges(out);
  });
}
