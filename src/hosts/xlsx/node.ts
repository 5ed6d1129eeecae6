/** Node entry point of the workbook reader: read a file from disk (.xlsx, .xlsm, .xls, .et, .ods). */
import * as path from 'path';
import type { Workbook } from '../../core/workbook';
import { readLocalFile } from '../local-file';
import { readWorkbookBytes } from './workbook-bytes';

/** Files larger than this are refused before parsing (the reader holds the whole file in memory). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export async function readWorkbookFile(file: string): Promise<Workbook> {
  const bytes = await readLocalFile(file, MAX_FILE_BYTES);
  return readWorkbookBytes(bytes, path.basename(file));
}
