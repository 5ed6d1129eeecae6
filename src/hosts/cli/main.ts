/**
 * `budget-check` command line: check .xlsx workbooks and print a report.
 * Contract: README "命令行" and docs/cli-output.schema.json. Exit codes: 0 no error
 * finding, 1 at least one error finding, 2 could not run (usage, or an unreadable file).
 */
import { promises as fs } from 'fs';
import { userMessage } from '../../core/errors';
import { analyseWorkbook, countBySeverity, failedFile, TOOL_NAME, TOOL_VERSION, type FileReport, type RunReport } from '../../core/report';
import { readWorkbookFile } from '../xlsx/node';
import { parseArgs, USAGE, UsageError } from './args';
import { expandPaths } from './files';
import { formatText } from './format';
import { readErrorMessage } from '../../core/errors';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const processIO: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

export async function checkFile(path: string): Promise<FileReport> {
  try {
    const wb = await readWorkbookFile(path);
    return analyseWorkbook(path, wb);
  } catch (e) {
    return failedFile(path, userMessage(e));
  }
}

export async function run(argv: string[], io: CliIO = processIO): Promise<number> {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (opts.version) {
    io.stdout(`${TOOL_NAME} ${TOOL_VERSION}\n`);
    return 0;
  }

  const { files, emptyFolders } = await expandPaths(opts.paths);
  const reports: FileReport[] = [];
  for (const f of files) {
    reports.push(f.missing ? failedFile(f.path, `${readErrorMessage('NOT_FOUND')}（${f.path}）`) : await checkFile(f.path));
  }
  const notes = emptyFolders.map((d) => `文件夹中没有找到 Excel 工作簿（.xlsx）：${d}`);
  const report: RunReport = { tool: TOOL_NAME, version: TOOL_VERSION, files: reports };
  const output = opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatText(report, notes);

  if (opts.out) {
    await fs.writeFile(opts.out, output, 'utf8');
    io.stderr(`结果已写入 ${opts.out}\n`);
  } else io.stdout(output);
  if (opts.format === 'json') for (const n of notes) io.stderr(`${n}\n`);

  const unreadable = reports.some((r) => r.error !== null);
  if (unreadable || notes.length > 0 || reports.length === 0) return 2;
  return countBySeverity(reports).error > 0 ? 1 : 0;
}
