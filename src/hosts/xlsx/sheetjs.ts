/**
 * .xls (Excel 97–2003, BIFF5/8), .et (WPS 表格), .ods (OpenDocument) and .xlsx → the workbook
 * model, through SheetJS (`@e965/xlsx`, the current SheetJS release on npm; the frozen `xlsx`
 * 0.18.5 has known CVEs). Values, number formats (printed precision), formulas, merges and
 * hidden sheets come through as the exceljs reader gives them for .xlsx: the displayed text is
 * computed by the model from value and format, the same for both readers.
 * Host-independent (bytes in); the library is passed in so that it loads only when needed.
 */
import type * as XLSXNamespace from '@e965/xlsx';
import { ReadError } from '../../core/errors';
import { formatBytes } from '../../core/limits';
import type { NativeZip } from './zip-guard';
import { addMerge, createSheet, isEmptyWorkbook, isExcelError, makeCell, putCell, type Sheet, type SheetVisibility, type Workbook } from '../../core/workbook';

type XLSX = typeof XLSXNamespace;

const VISIBILITY: Record<number, SheetVisibility> = { 0: 'visible', 1: 'hidden', 2: 'veryHidden' };

/** SheetJS error codes (BIFF) → Excel error text, for cells that carry no text. */
const ERROR_CODES: Record<number, string> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA' };

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** The serial after 9999-12-31, the last date Excel shows. */
const MAX_DATE_SERIAL = 2958466;
/** Days between the 1900 and the 1904 date systems. */
const DAYS_1904 = 1462;

/** Whether each number format seen shows a date (SSF.is_date parses the format: once per distinct format). */
const DATE_FORMATS = new Map<string, boolean>();

function isDateFormat(lib: XLSX, numFmt: string): boolean {
  let d = DATE_FORMATS.get(numFmt);
  if (d === undefined) {
    d = Boolean(lib.SSF.is_date(numFmt));
    if (DATE_FORMATS.size < 10000) DATE_FORMATS.set(numFmt, d);
  }
  return d;
}

function readSheet(lib: XLSX, ws: XLSXNamespace.WorkSheet, name: string, index: number, visibility: SheetVisibility, date1904: boolean): Sheet {
  const sheet = createSheet(name, index, visibility);
  const dense = (ws as unknown as { '!data'?: (XLSXNamespace.CellObject | undefined)[][] })['!data'];
  const each = (cell: XLSXNamespace.CellObject | undefined, r: number, c: number) => {
    if (!cell || cell.t === 'z') return;
    const row = r + 1;
    const col = c + 1;
    const numFmt = typeof cell.z === 'string' ? cell.z : undefined;
    const formula = cell.f || undefined;
    if (cell.t === 'e') {
      const text = (typeof cell.w === 'string' && isExcelError(cell.w) ? cell.w : ERROR_CODES[cell.v as number]) ?? '#VALUE!';
      putCell(sheet, makeCell({ row, col, value: null, error: text, numFmt, formula }));
      return;
    }
    let value = cell.v as number | string | boolean | Date | undefined;
    // a number shown as a date is a date (as exceljs gives it): the model keeps its serial and type
    // (only serials Excel can show as a date: beyond 9999-12-31 or below 0 Excel shows ####, the model keeps the number)
    if (typeof value === 'number' && value >= 0 && value < MAX_DATE_SERIAL && numFmt && isDateFormat(lib, numFmt)) {
      value = new Date(EXCEL_EPOCH_MS + (value + (date1904 ? DAYS_1904 : 0)) * 86400000);
    }
    if (value === undefined) {
      if (!formula) return;
      value = null as unknown as undefined;
    }
    putCell(sheet, makeCell({ row, col, value: value ?? null, numFmt, formula }));
  };
  if (dense) {
    dense.forEach((cells, r) => cells?.forEach((cell, c) => each(cell, r, c)));
  } else {
    for (const key of Object.keys(ws)) {
      if (key.startsWith('!')) continue;
      const { r, c } = lib.utils.decode_cell(key);
      each(ws[key] as XLSXNamespace.CellObject, r, c);
    }
  }
  const merges = (ws['!merges'] ?? []).map((m) => ({ ref: lib.utils.encode_range(m), range: { top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 } }));
  merges.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  for (const m of merges) addMerge(sheet, m.ref, m.range);
  return sheet;
}

/**
 * SheetJS's zlib as it wants it (CFB.utils.use_zlib): `new InflateRaw()`, whose `_processChunk(data, flag)`
 * inflates the deflate stream at the start of `data` and leaves in `bytesRead` how much of `data` it took
 * (its view of Node's zlib internals), and `deflateRawSync`. Built on the host's NativeZip.
 */
function sheetJSZlib(zip: NativeZip, maxBytes: number) {
  class InflateRaw {
    bytesRead = 0;
    readonly _finishFlushFlag = 4; // Z_FINISH
    _processChunk(data: Uint8Array): Uint8Array {
      const inflated = zip.inflateRawPrefix(data, maxBytes);
      if (!inflated) throw new ReadError('PART_TOO_LARGE', `压缩包中的一部分解压后超过上限 ${formatBytes(maxBytes)}`);
      this.bytesRead = inflated.read;
      return inflated.out;
    }
  }
  return { InflateRaw, deflateRawSync: (data: Uint8Array) => zip.deflateRaw(data) };
}

/**
 * Let SheetJS inflate with the host's zlib (issue 19: its JavaScript inflater is a large part of a cold CLI
 * run). A part may inflate to at most `maxBytes` (the limit per part), outside the JavaScript heap: an .xlsx
 * was inspected against the limits before, an .ods only by its declared sizes, and a part whose directory
 * lies must not grow past the limit there. SheetJS keeps the zlib it is given for every later read.
 */
export function useNativeZip(lib: XLSX, zip: NativeZip, maxBytes: number): void {
  (lib.CFB as { utils: { use_zlib(z: unknown): void } }).utils.use_zlib(sheetJSZlib(zip, maxBytes));
}

/** Why SheetJS refused the bytes, as a ReadError. */
function readFailure(e: unknown): ReadError {
  if (e instanceof ReadError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  // an .xls or .ods with an opening password (a damaged zip says "Unsupported ZIP encryption": corrupt)
  if (/password|Encryption scheme|ODS Encryption|ECMA-376 Encrypted/i.test(msg)) return new ReadError('ENCRYPTED');
  return new ReadError('CORRUPT', msg.slice(0, 120));
}

/** Parse workbook bytes (already sniffed) with SheetJS: its own workbook object, not yet the model. */
export function parseWithSheetJS(lib: XLSX, bytes: Uint8Array): XLSXNamespace.WorkBook {
  let book: XLSXNamespace.WorkBook;
  try {
    book = lib.read(bytes, { type: 'array', cellFormula: true, cellNF: true, cellText: false, cellDates: false, dense: true, WTF: false });
  } catch (e) {
    throw readFailure(e);
  }
  // a sheet SheetJS could not parse (damaged XML or shared strings) is missing from book.Sheets: the file is damaged
  const unread = book.SheetNames.find((name) => !book.Sheets[name]);
  if (unread !== undefined) throw new ReadError('CORRUPT', `工作表“${unread}”无法读出`);
  return book;
}

/** Convert a workbook SheetJS parsed into the model. */
export function workbookFromSheetJS(lib: XLSX, book: XLSXNamespace.WorkBook, source: string): Workbook {
  const meta = book.Workbook?.Sheets ?? [];
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const wb: Workbook = {
    source,
    sheets: book.SheetNames.map((name, i) => readSheet(lib, book.Sheets[name], name, i, VISIBILITY[meta[i]?.Hidden ?? 0] ?? 'visible', date1904)),
  };
  if (wb.sheets.length === 0 || isEmptyWorkbook(wb)) throw new ReadError('EMPTY_WORKBOOK');
  return wb;
}

/** Read workbook bytes (already sniffed) into the model with SheetJS. */
export function readWithSheetJS(lib: XLSX, bytes: Uint8Array, source: string): Workbook {
  return workbookFromSheetJS(lib, parseWithSheetJS(lib, bytes), source);
}
