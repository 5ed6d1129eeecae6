/**
 * Tell what a file really is from its first bytes, before handing it to a reader, so that
 * the user gets a precise Chinese message instead of a zip-library stack trace.
 */
import { ReadError } from '../../core/errors';
import { ascii, contains, isEncryptedOoxml, OLE2, startsWith, ZIP, ZIP_END, zipComplete } from '../bytes';

/** What a readable workbook file is: an .xlsx/.xlsm package, a BIFF (.xls, WPS .et) compound file, or OpenDocument (.ods). */
export type WorkbookFormat = 'xlsx' | 'biff' | 'ods';

/** The OpenDocument spreadsheet media type, stored uncompressed as the package's first entry. */
const ODS_MIMETYPE = ascii('application/vnd.oasis.opendocument.spreadsheet');

/**
 * Throws a ReadError unless the bytes look like a workbook: an .xlsx package (a zip holding
 * xl/workbook.xml), an .ods package, or an OLE2 compound file (legacy .xls or WPS .et; an
 * encrypted .xlsx is also an OLE2 container, with an EncryptedPackage stream).
 */
export function sniffWorkbook(bytes: Uint8Array): WorkbookFormat {
  if (bytes.length === 0) throw new ReadError('EMPTY_FILE');
  if (startsWith(bytes, OLE2)) {
    if (isEncryptedOoxml(bytes)) {
      throw new ReadError('ENCRYPTED');
    }
    return 'biff';
  }
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_END)) {
    // A zip ends with its central directory record: without it the file was cut short.
    if (!zipComplete(bytes)) throw new ReadError('CORRUPT');
    if (contains(bytes.subarray(0, 200), ODS_MIMETYPE)) return 'ods';
    if (!contains(bytes, ascii('xl/workbook.xml')) && !contains(bytes, ascii('xl/workbook.bin'))) {
      // A complete zip without a workbook part: a .docx/.pptx or a plain archive.
      throw new ReadError('NOT_XLSX_ZIP');
    }
    if (contains(bytes, ascii('xl/workbook.bin'))) throw new ReadError('UNSUPPORTED_TYPE', '.xlsb 二进制工作簿');
    return 'xlsx';
  }
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '');
  if (/<(html|table|!doctype html|\?xml[^>]*>\s*<\?mso-application)/i.test(head.trimStart().slice(0, 512)) || /<html|<table/i.test(head)) {
    throw new ReadError('HTML_TABLE');
  }
  const printable = head.length > 0 && !Array.from(bytes.subarray(0, 2048)).some((b) => b < 9 || (b > 13 && b < 32));
  if (printable && /[,\t]/.test(head)) throw new ReadError('CSV_TEXT');
  throw new ReadError('CORRUPT');
}

/** Throws a ReadError unless the bytes are an .xlsx package (what the exceljs reader takes). */
export function sniffXlsx(bytes: Uint8Array): void {
  if (sniffWorkbook(bytes) !== 'xlsx') throw new ReadError('XLS_FORMAT');
}
