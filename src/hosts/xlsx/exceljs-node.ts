/** The exceljs reader from disk (.xlsx only): kept to compare models and read times with SheetJS (tests, `npm run bench`). */
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Workbook } from '../../core/workbook';
import { readLocalFile } from '../local-file';
import { DEFAULT_LIMITS, type ReadLimits } from '../../core/limits';
import { nodeZip } from './native-zip';
import { readXlsxBytes } from './read';

export async function readWorkbookFileExcelJS(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Workbook> {
  const bytes = await readLocalFile(file, limits.maxFileBytes);
  return readXlsxBytes(ExcelJS, bytes, path.basename(file), (wb) => wb.xlsx.load(bytes as unknown as ExcelJS.Buffer), limits, nodeZip);
}
