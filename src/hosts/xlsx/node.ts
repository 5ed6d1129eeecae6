/** Node entry point of the .xlsx reader: read a file from disk. */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { DEFAULT_LIMITS, type ReadLimits } from '../../core/limits';
import type { Workbook } from '../../core/workbook';
import { readLocalFile } from '../local-file';
import { readXlsxBytes } from './read';

/** Read a workbook file; the limits are checked before the work (src/core/limits.ts). */
export async function readWorkbookFile(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Workbook> {
  const bytes = await readLocalFile(file, limits.maxFileBytes);
  return readXlsxBytes(ExcelJS, bytes, path.basename(file), (wb) => wb.xlsx.load(bytes as unknown as ExcelJS.Buffer), limits);
}
