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
import JSZip from 'jszip';
import type { Workbook } from '../../core/workbook';
import { readWithSheetJS } from './sheetjs';
import { sniffWorkbook } from './sniff';

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Names of the hidden sheets of an .ods package. */
export async function odsHiddenSheets(bytes: Uint8Array): Promise<Set<string>> {
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

export async function readWorkbookBytes(bytes: Uint8Array, source: string): Promise<Workbook> {
  const format = sniffWorkbook(bytes);
  if (format !== 'ods') return readWithSheetJS(XLSX, bytes, source);
  const wb = quietly(() => readWithSheetJS(XLSX, bytes, source));
  const hidden = await odsHiddenSheets(bytes).catch(() => new Set<string>());
  for (const s of wb.sheets) if (hidden.has(s.name)) s.visibility = 'hidden';
  return wb;
}
