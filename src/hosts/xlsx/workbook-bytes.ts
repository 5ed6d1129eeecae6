/**
 * Workbook bytes → the model, whatever the format: .xlsx/.xlsm, .xls and WPS .et (BIFF), .ods.
 * All go through SheetJS (`@e965/xlsx`): on .xlsx it gives the same model as the exceljs reader
 * (read.ts, tested cell by cell on every fixture) and reads the fixtures in about half the time
 * (`npm run bench`). The bytes are sniffed first, so that an HTML table or CSV text with an .xls
 * name gets its precise message instead of being parsed as a sheet.
 *
 * SheetJS does not read which sheets of an .ods are hidden: that comes from the package's
 * content.xml (the table style's table:display="false"). It does not keep the merge of an
 * empty merged cell in an .ods either (such cells hold no text, so recognition is not affected).
 */
import * as XLSX from '@e965/xlsx';
import { ReadError } from '../../core/errors';
import { DEFAULT_LIMITS, formatBytes, groupDigits, type ReadLimits } from '../../core/limits';
import type { Workbook } from '../../core/workbook';
import { readWithSheetJS, useNativeZip } from './sheetjs';
import { sniffWorkbook } from './sniff';
import { inspectPackage, readCentralDirectory, type NativeZip } from './zip-guard';

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Names of the hidden sheets of an .ods package. */
export async function odsHiddenSheets(bytes: Uint8Array): Promise<Set<string>> {
  // loaded when an .ods is read: initialising JSZip (and the streams it brings) is a large part of a cold
  // check's start, and an .xlsx never needs it (issue 19: start-up)
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('content.xml')?.async('string')) ?? '';
  const hiddenStyles = new Set<string>();
  for (const m of xml.matchAll(/<style:style\s[^>]*>[\s\S]*?<\/style:style>/g)) {
    const open = m[0].slice(0, m[0].indexOf('>') + 1);
    if (attr(open, 'style:family') === 'table' && /table:display="false"/.test(m[0])) hiddenStyles.add(attr(open, 'style:name') ?? '');
  }
  const hidden = new Set<string>();
  for (const m of xml.matchAll(/<table:table\s[^>]*>/g)) {
    const name = attr(m[0], 'table:name');
    const style = attr(m[0], 'table:style-name');
    if (name !== undefined && style !== undefined && hiddenStyles.has(style)) hidden.add(unescape(name));
  }
  return hidden;
}

/** SheetJS warns on the console about ODS number formats it approximates: keep the CLI's stderr clean. */
function quietly<T>(read: () => T): T {
  const error = console.error;
  console.error = () => undefined;
  try {
    return read();
  } finally {
    console.error = error;
  }
}

/**
 * Read workbook bytes into the model. The limits are checked before the work where the format
 * allows it: an .xlsx package is inspected (declared and inflated sizes, sheets, cells, lost
 * shared strings, DTDs) without being built; an .ods by its zip directory; then, once read,
 * every format by its sheet count and the length of its texts. `native`: the host's zlib, if it has
 * one (Node), for the zip checks and SheetJS; the model is the same.
 */
export async function readWorkbookBytes(bytes: Uint8Array, source: string, limits: ReadLimits = DEFAULT_LIMITS, native?: NativeZip): Promise<Workbook> {
  if (bytes.length > limits.maxFileBytes) throw new ReadError('TOO_LARGE', `${formatBytes(bytes.length)}，上限 ${formatBytes(limits.maxFileBytes)}`);
  const format = sniffWorkbook(bytes);
  const facts = format === 'xlsx' ? inspectPackage(bytes, limits, native) : null;
  if (format === 'ods') checkZipSizes(bytes, limits);
  if (native) useNativeZip(XLSX, native, limits.maxPartBytes);
  let wb: Workbook;
  try {
    wb = format === 'ods' ? quietly(() => readWithSheetJS(XLSX, bytes, source)) : readWithSheetJS(XLSX, bytes, source);
  } catch (e) {
    // sheets whose XML holds values but came out empty were not understood: damaged, not empty
    const lost = facts?.sheets.filter((s) => s.values > 0) ?? [];
    if (e instanceof ReadError && e.code === 'EMPTY_WORKBOOK' && lost.length) throw new ReadError('CORRUPT', `工作表“${lost[0].name}”中有数据，但无法读出`);
    throw e;
  }
  checkRead(wb, limits);
  if (format === 'ods') {
    const hidden = await odsHiddenSheets(bytes).catch(() => new Set<string>());
    for (const s of wb.sheets) if (hidden.has(s.name)) s.visibility = 'hidden';
  }
  return wb;
}

/** An .ods package by its zip directory: no part, nor all together, may inflate past the limits. */
function checkZipSizes(bytes: Uint8Array, limits: ReadLimits): void {
  let total = 0;
  for (const e of readCentralDirectory(bytes)) {
    if (e.size > limits.maxPartBytes) throw new ReadError('PART_TOO_LARGE', `${e.name} 解压后至少 ${formatBytes(e.size)}，上限 ${formatBytes(limits.maxPartBytes)}`);
    total += e.size;
  }
  if (total > limits.maxTotalBytes) throw new ReadError('PART_TOO_LARGE', `全部内容解压后至少 ${formatBytes(total)}，上限 ${formatBytes(limits.maxTotalBytes)}`);
}

/** What was read against the limits every format shares: sheets, cells per sheet, text length. */
function checkRead(wb: Workbook, limits: ReadLimits): void {
  if (wb.sheets.length > limits.maxSheets) throw new ReadError('TOO_MANY_SHEETS', `${groupDigits(wb.sheets.length)} 张，上限 ${groupDigits(limits.maxSheets)} 张`);
  for (const sheet of wb.sheets) {
    let n = 0;
    for (const row of sheet.rows) {
      for (const c of row) {
        if (!c) continue;
        if (++n > limits.maxCellsPerSheet) throw new ReadError('TOO_MANY_CELLS', `工作表“${sheet.name}”超过 ${groupDigits(limits.maxCellsPerSheet)} 个单元格的上限`);
        if (c.type === 'string' && c.text.length > limits.maxStringLength) {
          throw new ReadError('STRING_TOO_LONG', `工作表“${sheet.name}”${c.address} 有 ${groupDigits(c.text.length)} 个字符，上限 ${groupDigits(limits.maxStringLength)}`);
        }
      }
    }
  }
}
