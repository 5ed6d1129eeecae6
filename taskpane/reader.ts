/**
 * The spreadsheet reader (SheetJS, the zip guard, jszip/pako), loaded with import() when a file is
 * first read: the pane's first script never contains it (the Excel add-in reads the open workbook
 * through Office.js and never needs it). The check worker has its own copy.
 */
import type { Workbook } from '../src/core/workbook';

export async function readWorkbookBlob(blob: Blob, name: string): Promise<Workbook> {
  const reader = await import('../src/hosts/xlsx/browser');
  return reader.readWorkbookBlob(blob, name);
}
