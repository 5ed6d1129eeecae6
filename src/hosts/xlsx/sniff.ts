/**
 * Tell what a file really is from its first bytes, before handing it to exceljs, so that
 * the user gets a precise Chinese message instead of a zip-library stack trace.
 */
import { ReadError } from '../../core/errors';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Whether `needle` occurs in `bytes` (as raw bytes). */
function contains(bytes: Uint8Array, needle: number[]): boolean {
  const n = needle.length;
  outer: for (let i = 0; i + n <= bytes.length; i++) {
    for (let j = 0; j < n; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const utf16le = (s: string) => Array.from(s).flatMap((c) => [c.charCodeAt(0), 0]);

/**
 * Throws a ReadError unless the bytes look like an .xlsx package (a zip holding
 * xl/workbook.xml). An encrypted .xlsx is an OLE2 container with an EncryptedPackage
 * stream; any other OLE2 file is a legacy .xls (or WPS .et).
 */
export function sniffXlsx(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new ReadError('EMPTY_FILE');
  if (startsWith(bytes, OLE2)) {
    if (contains(bytes, utf16le('EncryptedPackage')) || contains(bytes, utf16le('EncryptionInfo'))) {
      throw new ReadError('ENCRYPTED');
    }
    throw new ReadError('XLS_FORMAT');
  }
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) {
    // A zip ends with its central directory record: without it the file was cut short.
    if (!contains(bytes.subarray(Math.max(0, bytes.length - 65557)), ZIP_EMPTY)) throw new ReadError('CORRUPT');
    if (!contains(bytes, ascii('xl/workbook.xml')) && !contains(bytes, ascii('xl/workbook.bin'))) {
      // A complete zip without a workbook part: a .docx/.pptx or a plain archive.
      throw new ReadError('NOT_XLSX_ZIP');
    }
    if (contains(bytes, ascii('xl/workbook.bin'))) throw new ReadError('UNSUPPORTED_TYPE', '.xlsb 二进制工作簿');
    return;
  }
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '');
  if (/<(html|table|!doctype html|\?xml[^>]*>\s*<\?mso-application)/i.test(head.trimStart().slice(0, 512)) || /<html|<table/i.test(head)) {
    throw new ReadError('HTML_TABLE');
  }
  const printable = head.length > 0 && !Array.from(bytes.subarray(0, 2048)).some((b) => b < 9 || (b > 13 && b < 32));
  if (printable && /[,\t]/.test(head)) throw new ReadError('CSV_TEXT');
  throw new ReadError('CORRUPT');
}
