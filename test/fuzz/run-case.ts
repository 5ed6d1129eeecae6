/**
 * One fuzz case through the engine, in process: read as the CLI and the page read (limits, zip
 * guard, SheetJS: readWorkbookBytes), recognise,
 * check, report, text output. A case fails on an exception that is not a ReadError, a rule that
 * threw, an internal error, a time-limit overrun, a report that violates the CLI schema, or a
 * message containing "undefined" / "NaN" / "[object" that the input did not contain.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { errorCode, ReadError, userMessage } from '../../src/core/errors';
import { analyseWorkbook, failedFile, TOOL_NAME, TOOL_VERSION, type FileReport, type RunReport } from '../../src/core/report';
import { readWorkbookBytes } from '../../src/hosts/xlsx/workbook-bytes';
import { formatText } from '../../src/hosts/cli/format';
import { findingsCsv } from '../../src/hosts/xlsx/export';
import { findingRows } from '../../src/core/review/rows';

const ROOT = path.join(__dirname, '..', '..');
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'cli-output.schema.json'), 'utf8')));

export const SUSPICIOUS = ['undefined', 'NaN', '[object'];

export interface Outcome {
  /** null when the case passed. */
  failure: string | null;
  /** 'checked', or the ReadError code of a refused file. */
  result: string;
  ms: number;
}

export async function runCase(bytes: Uint8Array, name: string, inputText: string, timeLimitMs: number): Promise<Outcome> {
  const t0 = Date.now();
  let report: FileReport;
  let failure: string | null = null;
  try {
    const wb = await readWorkbookBytes(bytes, name);
    report = analyseWorkbook(name, wb);
  } catch (e) {
    if (!(e instanceof ReadError)) failure = `exception: ${e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 4).join(' | ') : String(e)}`;
    report = failedFile(name, userMessage(e), errorCode(e));
  }
  const run: RunReport = { tool: TOOL_NAME, version: TOOL_VERSION, files: [report] };
  const json = JSON.stringify(run);
  const text = formatText(run);
  const csv = report.error ? '' : findingsCsv([{ report, rows: findingRows(report, report.findings) }]);
  const ms = Date.now() - t0;
  if (!failure && report.error?.startsWith('内部错误')) failure = `internal error: ${report.error}`;
  const threw = report.skipped?.find((s) => /规则运行出错/.test(s.reason));
  if (!failure && threw) failure = `rule threw: ${threw.rule}: ${threw.reason}`;
  if (!failure && !validate(JSON.parse(json))) failure = `schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`;
  for (const token of SUSPICIOUS) {
    if (failure) break;
    if ((json.includes(token) || text.includes(token) || csv.includes(token)) && !inputText.includes(token)) {
      const where = [json, text, csv].find((s) => s.includes(token)) ?? '';
      const at = where.indexOf(token);
      failure = `"${token}" in the output: …${where.slice(Math.max(0, at - 80), at + 40)}…`;
    }
  }
  if (!failure && ms > timeLimitMs) failure = `time limit: ${ms} ms > ${timeLimitMs} ms`;
  return { failure, result: report.error ? (report.errorCode ?? 'error') : 'checked', ms };
}
