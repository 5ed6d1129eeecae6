/** Check one workbook file into its report: what the CLI does per file, in its worker or in process. */
import type { CheckConfig } from '../../core/check';
import { errorCode, userMessage } from '../../core/errors';
import { DEFAULT_LIMITS, type ReadLimits } from '../../core/limits';
import { analyseWorkbook, type FileReport } from '../../core/report';
import { failedReport } from './failed-report';

export { failedReport } from './failed-report';

export async function checkFile(path: string, config: CheckConfig = {}, limits: ReadLimits = DEFAULT_LIMITS): Promise<FileReport> {
  try {
    // the spreadsheet reader is loaded when a file is first read, not when the CLI starts
    const { readWorkbookFile } = await import('../xlsx/node');
    const wb = await readWorkbookFile(path, limits);
    return analyseWorkbook(path, wb, undefined, config);
  } catch (e) {
    return failedReport(path, userMessage(e), errorCode(e));
  }
}
