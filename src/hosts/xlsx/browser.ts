/** Browser entry point of the workbook reader: read a File chosen by the user (.xlsx, .xlsm, .xls, .et, .ods). */
import { DEFAULT_LIMITS, type ReadLimits } from '../../core/limits';
import type { Workbook } from '../../core/workbook';
import { readWorkbookBytes } from './workbook-bytes';

export async function readWorkbookBlob(file: Blob, name: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Workbook> {
  const buffer = await file.arrayBuffer();
  return readWorkbookBytes(new Uint8Array(buffer), name, limits);
}
