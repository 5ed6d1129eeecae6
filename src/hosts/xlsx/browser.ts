/** Browser entry point of the .xlsx reader: read a File chosen by the user. */
import ExcelJS from 'exceljs';
import { DEFAULT_LIMITS, type ReadLimits } from '../../core/limits';
import type { Workbook } from '../../core/workbook';
import { readXlsxBytes } from './read';

export async function readWorkbookBlob(file: Blob, name: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Workbook> {
  const buffer = await file.arrayBuffer();
  return readXlsxBytes(ExcelJS, new Uint8Array(buffer), name, (wb) => wb.xlsx.load(buffer), limits);
}
