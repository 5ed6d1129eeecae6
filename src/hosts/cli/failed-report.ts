/** The report of a file the CLI could not check (light: the main thread uses it without the engine). */
import type { ReadErrorCode } from '../../core/errors';
import { failedFile, type FileReport } from '../../core/report-base';

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
