/** The exceljs reader from disk (.xlsx only): kept to compare models and read times with SheetJS (tests, `npm run bench`). */
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Workbook } from '../../core/workbook';
import { readLocalFile } from '../local-file';
import { MAX_FILE_BYTES } from './node';
import { readXlsxBytes } from './read';

export async function readWorkbookFileExcelJS(file: string): Promise<Workbook> {
  const bytes = await readLocalFile(file, MAX_FILE_BYTES);
  return readXlsxBytes(ExcelJS, bytes, path.basename(file), (wb) => wb.xlsx.load(bytes as unknown as ExcelJS.Buffer));
}
