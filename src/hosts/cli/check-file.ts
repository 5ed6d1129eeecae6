/** Check one workbook file into its report: what the CLI does per file, in its worker or in process. */
import type { CheckConfig } from '../../core/check';
import { errorCode, userMessage } from '../../core/errors';
import { DEFAULT_LIMITS, type ReadLimits } from '../../core/limits';
import { recognise } from '../../core/recognize';
import { analyseWorkbook, type FileReport } from '../../core/report';
import type { Workbook } from '../../core/workbook';
import { failedReport } from './failed-report';

export { failedReport } from './failed-report';

/**
 * `recognised`: called with the workbook once its tables are recognised, before the checks (the CLI's
 * worker collects garbage there: collect.ts).
 */
export async function checkFile(path: string, config: CheckConfig = {}, limits: ReadLimits = DEFAULT_LIMITS, recognised?: (wb: Workbook) => void): Promise<FileReport> {
  try {
    // the spreadsheet reader is loaded when a file is first read, not when the CLI starts
    const { readWorkbookFile } = await import('../xlsx/node');
    const wb = await readWorkbookFile(path, limits);
    const recognition = recognise(wb, { mapping: config.mapping });
    recognised?.(wb);
    return analyseWorkbook(path, wb, recognition, config);
  } catch (e) {
    return failedReport(path, userMessage(e), errorCode(e));
  }
}
