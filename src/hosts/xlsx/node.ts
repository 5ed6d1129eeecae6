/** Node entry point of the .xlsx reader: read a file from disk. */
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Workbook } from '../../core/workbook';
import { readLocalFile } from '../local-file';
import { readXlsxBytes } from './read';

/** Files larger than this are refused before parsing (exceljs holds the whole file in memory). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export async function readWorkbookFile(file: string): Promise<Workbook> {
  const bytes = await readLocalFile(file, MAX_FILE_BYTES);
  return readXlsxBytes(ExcelJS, bytes, path.basename(file), (wb) => wb.xlsx.load(bytes as unknown as ExcelJS.Buffer));
}
