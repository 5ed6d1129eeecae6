/** Node entry point of the workbook reader: read a file from disk (.xlsx, .xlsm, .xls, .et, .ods). */
import * as path from 'path';
import { DEFAULT_LIMITS, type ReadLimits } from '../../core/limits';
import type { Workbook } from '../../core/workbook';
import { readLocalFile } from '../local-file';
import { readWorkbookBytes } from './workbook-bytes';

/** Read a workbook file; the limits are checked before the work (src/core/limits.ts). */
export async function readWorkbookFile(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Workbook> {
  const bytes = await readLocalFile(file, limits.maxFileBytes);
  return readWorkbookBytes(bytes, path.basename(file), limits);
}
