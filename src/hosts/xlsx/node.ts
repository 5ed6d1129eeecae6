/** Node entry point of the workbook reader: read a file from disk (.xlsx, .xlsm, .xls, .et, .ods). */
import * as path from 'path';
import { DEFAULT_LIMITS, type ReadLimits } from '../../core/limits';
import type { Workbook } from '../../core/workbook';
import { readLocalFile } from '../local-file';
import { nodeZip } from './native-zip';
import { readWorkbookBytes } from './workbook-bytes';

/** Read a workbook file; the limits are checked before the work (src/core/limits.ts). Inflates with Node's zlib. */
export async function readWorkbookFile(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Workbook> {
  const bytes = await readLocalFile(file, limits.maxFileBytes);
  return readWorkbookBytes(bytes, path.basename(file), limits, nodeZip);
}
