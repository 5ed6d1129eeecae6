/**
 * .xlsx → workbook model, through exceljs. Shared by the Node and browser entry points,
 * which only differ in how they get the bytes.
 */
import type ExcelJSNamespace from 'exceljs';
import { parseRange } from '../../core/address';
import { ReadError } from '../../core/errors';
import { DEFAULT_LIMITS, groupDigits, type ReadLimits } from '../../core/limits';
import {
  addMerge,
  createSheet,
  isEmptyWorkbook,
  isExcelError,
  makeCell,
  putCell,
  type CellInit,
  type Sheet,
  type SheetVisibility,
  type Workbook,
} from '../../core/workbook';
import { sniffXlsx } from './sniff';
import { inspectPackage, type NativeZip } from './zip-guard';

type ExcelJS = typeof ExcelJSNamespace;
type EjsCell = ExcelJSNamespace.Cell;
type EjsWorksheet = ExcelJSNamespace.Worksheet;

/** exceljs ValueType numbers (stable since exceljs 1.x). */
const VT = { Null: 0, Merge: 1, Number: 2, String: 3, Date: 4, Hyperlink: 5, Formula: 6, SharedString: 7, RichText: 8, Boolean: 9, Error: 10 };

interface RichTextValue {
  richText: { text: string }[];
}

function plain(v: unknown): { value: CellInit['value']; error?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: v };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { value: null, error: o.error };
    if (Array.isArray(o.richText)) return { value: (o as unknown as RichTextValue).richText.map((r) => r.text).join('') };
    if ('text' in o && ('hyperlink' in o || typeof o.text === 'string')) return plain(o.text);
    if ('result' in o) return plain(o.result);
    if ('formula' in o || 'sharedFormula' in o) return { value: null }; // formula never calculated
  }
  return { value: String(v) };
}

function readCell(cell: EjsCell, row: number, col: number): CellInit | null {
  const type = cell.type as number;
  if (type === VT.Null || type === VT.Merge) return null;
  const raw = cell.value as unknown;
  let formula: string | undefined;
  if (type === VT.Formula) {
    const f = (cell as unknown as { formula?: string }).formula;
    const o = raw as { formula?: string; sharedFormula?: string };
    formula = f ?? o.formula ?? o.sharedFormula;
  }
  const { value, error } = plain(raw);
  const numFmt = cell.numFmt || undefined;
  // A text cell that holds an error literal typed by hand ('#REF!') is still text in the
  // file; only real error values (type Error, or an error formula result) are errors.
  if (error && isExcelError(error)) return { row, col, value: null, error, numFmt, formula };
  return { row, col, value, numFmt, formula };
}

function visibilityOf(ws: EjsWorksheet): SheetVisibility {
  const state = (ws as unknown as { state?: string }).state;
  return state === 'hidden' ? 'hidden' : state === 'veryHidden' ? 'veryHidden' : 'visible';
}

function readSheet(ws: EjsWorksheet, index: number, maxStringLength: number): Sheet {
  const sheet = createSheet(ws.name, index, visibilityOf(ws));
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const init = readCell(cell, rowNumber, colNumber);
      if (!init) return;
      const c = makeCell(init);
      if (c.text.length > maxStringLength) {
        throw new ReadError('STRING_TOO_LONG', `工作表“${ws.name}”${c.address} 有 ${groupDigits(c.text.length)} 个字符，上限 ${groupDigits(maxStringLength)}`);
      }
      putCell(sheet, c);
    });
  });
  const merges = ((ws as unknown as { model?: { merges?: string[] } }).model?.merges ?? []).slice().sort();
  for (const ref of merges) addMerge(sheet, ref, parseRange(ref));
  return sheet;
}

/** Convert an already loaded exceljs workbook. */
export function workbookFromExcelJS(wb: ExcelJSNamespace.Workbook, source: string, maxStringLength = DEFAULT_LIMITS.maxStringLength): Workbook {
  return { source, sheets: wb.worksheets.map((ws, i) => readSheet(ws, i, maxStringLength)) };
}

/** What an exceljs load error means, in Chinese (the package itself passed the zip checks). */
function corruptDetail(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  if (/richText|sharedString/i.test(m)) return '共享字符串表（xl/sharedStrings.xml）不完整，有单元格的文字丢失';
  if (/merge/i.test(m)) return '有相互重叠的合并单元格';
  return '工作簿的内容（XML）无法解析';
}

/**
 * Read .xlsx bytes into the model. Throws ReadError with a Chinese message for anything that
 * is not a readable, non-empty .xlsx workbook, or that passes a limit (checked on the package
 * before exceljs inflates and parses it).
 */
export async function readXlsxBytes(
  ExcelJSLib: ExcelJS,
  bytes: Uint8Array,
  source: string,
  load: (wb: ExcelJSNamespace.Workbook) => Promise<unknown>,
  limits: ReadLimits = DEFAULT_LIMITS,
  native?: NativeZip,
): Promise<Workbook> {
  sniffXlsx(bytes);
  const facts = inspectPackage(bytes, limits, native);
  const ejs = new ExcelJSLib.Workbook();
  try {
    await load(ejs);
  } catch (e) {
    if (e instanceof RangeError) throw e; // out of memory: said as such by the caller
    // the library's own (English) words mean nothing to the user: say in Chinese what they mean
    throw new ReadError('CORRUPT', corruptDetail(e));
  }
  let wb: Workbook;
  try {
    wb = workbookFromExcelJS(ejs, source, limits.maxStringLength);
  } catch (e) {
    if (e instanceof ReadError || e instanceof RangeError) throw e;
    throw new ReadError('CORRUPT', '工作簿的内容无法解析');
  }
  if (wb.sheets.length === 0 || isEmptyWorkbook(wb)) {
    // sheets whose XML holds values but came out empty were not understood: damaged, not empty
    const lost = facts.sheets.filter((s) => s.values > 0);
    if (lost.length) throw new ReadError('CORRUPT', `工作表“${lost[0].name}”中有数据，但无法读出`);
    throw new ReadError('EMPTY_WORKBOOK');
  }
  return wb;
}
