/** Check one workbook file into its report: what the CLI does per file, in its worker or in process. */
import type { CheckConfig } from '../../core/check';
import { errorCode, userMessage, type ReadErrorCode } from '../../core/errors';
import { DEFAULT_LIMITS, type ReadLimits } from '../../core/limits';
import { analyseWorkbook, failedFile, type FileReport } from '../../core/report';
import { readWorkbookFile } from '../xlsx/node';

/** The option that changes each limit (said after the message on the command line). */
const OPTION_OF: Partial<Record<ReadErrorCode, string>> = {
  TOO_LARGE: '--max-file-size',
  PART_TOO_LARGE: '--max-uncompressed',
  TOO_MANY_SHEETS: '--max-sheets',
  TOO_MANY_CELLS: '--max-cells',
  STRING_TOO_LONG: '--max-string',
  TIMEOUT: '--timeout',
  OUT_OF_MEMORY: '--max-memory',
};

/** The report of a file that failed, with its code and, for a limit, the option that changes it. */
export function failedReport(path: string, message: string, code: ReadErrorCode | 'INTERNAL'): FileReport {
  const option = OPTION_OF[code as ReadErrorCode];
  const what = code === 'TIMEOUT' ? '时限' : '上限';
  return failedFile(path, option ? `${message}。确属正常文件时，可用 ${option} 调整${what}。`.replace('。。', '。') : message, code);
}

export async function checkFile(path: string, config: CheckConfig = {}, limits: ReadLimits = DEFAULT_LIMITS): Promise<FileReport> {
  try {
    const wb = await readWorkbookFile(path, limits);
    return analyseWorkbook(path, wb, undefined, config);
  } catch (e) {
    return failedReport(path, userMessage(e), errorCode(e));
  }
}
