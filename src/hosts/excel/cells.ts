/**
 * Convert what Office.js returns for a range (values, text, numberFormat, formulas,
 * valueTypes — parallel 2-D arrays) into model cells. Plain data in, plain data out.
 */
import { formatRange, parseRange } from '../../core/address';
import { addMerge, isExcelError, makeCell, putCell, type Cell, type Sheet } from '../../core/workbook';

/** The loaded properties of one range, as Office.js returns them. */
export interface RangeData {
  values: unknown[][];
  text: string[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
  valueTypes: string[][];
}

/** One cell's loaded properties. */
export interface RawCell {
  value: unknown;
  text: string;
  numberFormat: unknown;
  formula: unknown;
  valueType: string;
}

/**
 * True for a number format that shows a date or time. Same rule as exceljs (date/time
 * letters outside quotes and brackets), so both hosts type the same cells as dates.
 */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

/** Number format as stored in the model: 'General' (Excel's default) is left out, as exceljs does. */
function modelNumFmt(fmt: unknown): string | undefined {
  return typeof fmt === 'string' && fmt !== '' && fmt !== 'General' ? fmt : undefined;
}

/** Formula without '=' when the cell holds one (formulas returns constants for other cells). */
function modelFormula(formula: unknown, value: unknown): string | undefined {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return undefined;
  if (formula === value) return undefined; // a text constant that merely starts with '='
  return formula.slice(1);
}

/** The error literal of an Error cell: from the value, else the displayed text. */
function errorText(value: unknown, text: string): string {
  if (typeof value === 'string' && isExcelError(value)) return value.trim().toUpperCase();
  if (isExcelError(text)) return text.trim().toUpperCase();
  return typeof value === 'string' && value !== '' ? value : text || '#VALUE!';
}

/** One cell from Excel, or null when it is empty (no value and no formula). */
export function cellFromExcel(row: number, col: number, raw: RawCell): Cell | null {
  const formula = modelFormula(raw.formula, raw.value);
  const numFmt = modelNumFmt(raw.numberFormat);
  const text = typeof raw.text === 'string' ? raw.text : String(raw.text ?? '');
  const { value, valueType } = raw;
  if (valueType === 'Error') {
    return makeCell({ row, col, value: null, numFmt, formula, text, error: errorText(value, text) });
  }
  const empty = valueType === 'Empty' || value === '' || value === null || value === undefined;
  if (empty && !formula) return null;
  if (typeof value === 'number') {
    const cell = makeCell({ row, col, value, numFmt, formula, text });
    return isDateFormat(numFmt) ? { ...cell, type: 'date' } : cell;
  }
  if (typeof value === 'boolean') return makeCell({ row, col, value, numFmt, formula, text });
  // Strings, and anything exotic (rich values) as the text the user sees.
  const s = typeof value === 'string' ? value : empty ? '' : text;
  return makeCell({ row, col, value: s, numFmt, formula, text });
}

/** True when every property came back as a 2-D array of the expected shape. */
function hasShape(data: RangeData, rows: number, cols: number): boolean {
  return [data.values, data.text, data.numberFormat, data.formulas, data.valueTypes].every(
    (a) => Array.isArray(a) && a.length === rows && a.every((r) => Array.isArray(r) && r.length === cols),
  );
}

/**
 * Put a loaded range into the sheet. `top`/`left` are the 1-based absolute coordinates of
 * the range's first cell. Throws when Excel did not return the data (e.g. too large).
 */
export function putRangeData(sheet: Sheet, top: number, left: number, rows: number, cols: number, data: RangeData): void {
  if (!hasShape(data, rows, cols)) {
    throw new Error(`range data missing or malformed for ${sheet.name}!${formatRange({ top, left, bottom: top + rows - 1, right: left + cols - 1 })}`);
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cell = cellFromExcel(top + r, left + c, {
        value: data.values[r][c],
        text: data.text[r][c],
        numberFormat: data.numberFormat[r][c],
        formula: data.formulas[r][c],
        valueType: data.valueTypes[r][c],
      });
      if (cell) putCell(sheet, cell);
    }
  }
}

/** Split a RangeAreas address ("Sheet1!A1:B2, 'a,b'!C3:D4") on commas outside quoted sheet names. */
export function splitAreasAddress(address: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(cur.trim());
      cur = '';
    } else {
      cur += ch;
    }
  }
  if (cur.trim()) parts.push(cur.trim());
  return parts.filter((p) => p !== '');
}

/** Add the merged areas named by a RangeAreas address to the sheet, sorted like the .xlsx host. */
export function putMerges(sheet: Sheet, address: string): void {
  const refs = splitAreasAddress(address).map((a) => formatRange(parseRange(a)));
  for (const ref of [...new Set(refs)].sort()) {
    const range = parseRange(ref);
    // A single cell is not a merge (Excel never reports one; guard against odd addresses).
    if (range.top !== range.bottom || range.left !== range.right) addMerge(sheet, ref, range);
  }
}
