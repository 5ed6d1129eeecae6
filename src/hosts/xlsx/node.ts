/** Node entry point of the .xlsx reader: read a file from disk. */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { ReadError } from '../../core/errors';
import type { Workbook } from '../../core/workbook';
import { readXlsxBytes } from './read';

/** Files larger than this are refused before parsing (exceljs holds the whole file in memory). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export async function readWorkbookFile(file: string): Promise<Workbook> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new ReadError('NOT_FOUND', file);
  }
  if (!stat.isFile()) throw new ReadError('NOT_FOUND', file);
  if (stat.size > MAX_FILE_BYTES) throw new ReadError('TOO_LARGE', `${Math.round(stat.size / 1048576)} MB`);
  const buffer = await fs.readFile(file);
  return readXlsxBytes(ExcelJS, buffer, path.basename(file), (wb) =>
    wb.xlsx.load(buffer as unknown as ExcelJS.Buffer),
  );
}
