/**
 * `budget-check` command line: check .xlsx workbooks and print a report.
 * Contract: README "命令行" and docs/cli-output.schema.json. Exit codes: 0 no error
 * finding, 1 at least one error finding, 2 could not run (usage, an unreadable file, or an
 * unreadable --narrative file; --narrative with more than one workbook is a usage error).
 * `budget-check narrate …` (the first argument) drafts the 情况说明 instead (narrate.ts); a path
 * named "narrate" is checked as `./narrate` or after `--`.
 */
import { promises as fs } from 'fs';
import type { CheckConfig } from '../../core/check';
import { ReadError, readErrorMessage, userMessage } from '../../core/errors';
import { withLimits } from '../../core/limits';
import type { NarrativeInput } from '../../core/narrative/source';
import { parseMapping, type UserMapping } from '../../core/recognize/mapping';
import { countBySeverity, failedFile, TOOL_NAME, TOOL_VERSION, type FileReport, type RunReport } from '../../core/report-base';
import { atLeastSeverity } from '../../core/review/roots';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args';
import { workerScript, type Spawned } from './spawn';
import { mapInLanes } from '../lanes';
import { defaultJobs } from './pool';
import { FileChecker } from './watchdog';
import { expandPaths } from './files';
import { formatText } from './format';

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stdout / stderr are terminals (colour, progress line); absent: neither. */
  tty?: { stdout: boolean; stderr: boolean };
  /** Environment (NO_COLOR); absent: none. */
  env?: Record<string, string | undefined>;
}

const processIO: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  tty: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
  env: process.env,
};

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
function useColor(io: CliIO, toFile: boolean): boolean {
  const noColor = io.env?.NO_COLOR;
  return !toFile && io.tty?.stdout === true && (noColor === undefined || noColor === '');
}

export interface RunOptions {
  /** The worker script of the per-file watchdog; default: the compiled one next to this module, if any. */
  workerScript?: string | null;
  /**
   * The worker bin/budget-check.js started for these same arguments before loading this module
   * (lib/cli/early.js): the checker uses it instead of starting one; it ends with the run in any case.
   */
  started?: Spawned;
}

export async function run(argv: string[], io: CliIO = processIO, runOptions: RunOptions = {}): Promise<number> {
  try {
    return await runCommand(argv, io, runOptions);
  } finally {
    // a worker started early ends with the run, whichever way the run ends (a second terminate does nothing).
    // Not awaited: a worker's teardown after a check takes tens of ms, and the output need not wait for it
    if (runOptions.started) void runOptions.started.worker.terminate();
  }
}

async function runCommand(argv: string[], io: CliIO, runOptions: RunOptions): Promise<number> {
  if (argv[0] === 'narrate') {
    // loaded on demand: checking does not need the generator
    const { runNarrate } = await import('./narrate');
    return runNarrate(argv.slice(1), io);
  }
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
  // each file is checked in a worker with a time and memory limit: one bad file never stops the batch. The
  // worker starts now, so that it boots while the files are listed and --narrative / --mapping are read
  const script = runOptions.workerScript === undefined ? workerScript() : runOptions.workerScript;
  const checkers = [new FileChecker(script, opts.timeoutMs, opts.maxMemoryMb, runOptions.started)];
  checkers[0].start();
  // more lanes (--jobs) are started once the number of files is known
  const lanes = (files: number): FileChecker[] => {
    // without a worker script (running from the sources) files are checked in this thread, one at a time
    const want = script ? (opts.jobs ?? defaultJobs(files)) : 1;
    while (checkers.length < Math.min(want, files)) {
      const c = new FileChecker(script, opts.timeoutMs, opts.maxMemoryMb);
      c.start();
      checkers.push(c);
    }
    return checkers;
  };
  try {
    return await checkAndReport(opts, io, lanes);
  } finally {
    await Promise.all(checkers.map((c) => c.close()));
  }
}

async function checkAndReport(opts: CliOptions, io: CliIO, lanes: (files: number) => FileChecker[]): Promise<number> {
  const { files, emptyFolders } = await expandPaths(opts.paths);
  let narrative: NarrativeInput | undefined;
  if (opts.narrative !== null) {
    // a narrative belongs to one workbook: with several it would be checked against the wrong tables
    if (files.length > 1) {
      io.stderr(`--narrative 只能用于检查单个工作簿：这次要检查 ${files.length} 个文件。请只指定一个 .xlsx 文件。\n\n${USAGE}\n`);
      return 2;
    }
    try {
      // loaded on demand: the .docx reader (mammoth) costs ~50 ms of start-up that runs without --narrative do not need
      const { readNarrativeFile } = await import('../narrative/node');
      narrative = await readNarrativeFile(opts.narrative);
    } catch (e) {
      const message = e instanceof ReadError && e.code === 'NOT_FOUND' ? `找不到情况说明文件：${opts.narrative}` : `情况说明 ${opts.narrative}：${userMessage(e)}`;
      io.stderr(`${message}\n`);
      return 2;
    }
  }
  let mapping: UserMapping | undefined;
  if (opts.mapping !== null) {
    let text: string;
    try {
      text = await fs.readFile(opts.mapping, 'utf8');
    } catch {
      io.stderr(`找不到或无法读取指定文件（--mapping）：${opts.mapping}\n`);
      return 2;
    }
    const parsed = parseMapping(text.replace(/^\uFEFF/, ''));
    if (parsed.problems.length && parsed.mapping.tables.length === 0 && parsed.mapping.columns.length === 0) {
      io.stderr(`--mapping ${opts.mapping} 无法使用：\n${parsed.problems.map((p) => `  ${p}`).join('\n')}\n`);
      return 2;
    }
    for (const p of parsed.problems) io.stderr(`--mapping ${opts.mapping}：已忽略 ${p}\n`);
    mapping = parsed.mapping;
  }
  const config: CheckConfig = { ...(narrative ? { narrative } : {}), ...(mapping ? { mapping } : {}), ...(opts.rounding ? {} : { rounding: false }), ...(opts.template ? { template: opts.template } : {}) };
  const limits = withLimits(opts.limits);
  const progress = io.tty?.stderr === true && files.length > 1;
  const checkers = lanes(files.filter((f) => !f.missing).length);
  // a progress line on a terminal, rewritten in place and cleared at the end
  const started = (i: number) => {
    if (progress) io.stderr(`\r\x1b[K检查 ${i + 1}/${files.length}：${files[i].path}`);
  };
  const reports = await mapInLanes(
    files,
    checkers.length,
    async (f, lane): Promise<FileReport> => {
      const r = f.missing ? failedFile(f.path, `${readErrorMessage('NOT_FOUND')}（${f.path}）`, 'NOT_FOUND') : await checkers[lane].check({ path: f.path, config, limits });
      return { ...r, findings: atLeastSeverity(r.findings, opts.minSeverity) };
    },
    started,
  );
  // the workers are not needed for the output: they stop while the report is written
  for (const c of checkers) void c.close();
  if (progress) io.stderr('\r\x1b[K');
  const notes = emptyFolders.map((d) => `文件夹中没有找到工作簿（.xlsx、.xls、.et、.ods）：${d}`);
  const report: RunReport = { tool: TOOL_NAME, version: TOOL_VERSION, files: reports };
  const output =
    opts.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : formatText(report, notes, { tables: opts.tables, quiet: opts.quiet, color: useColor(io, opts.out !== null) });

  if (opts.out) {
    await fs.writeFile(opts.out, output, 'utf8');
    io.stderr(`结果已写入 ${opts.out}\n`);
  } else io.stdout(output);
  if (opts.format === 'json') for (const n of notes) io.stderr(`${n}\n`);

  let unwritten = false;
  if (opts.report || opts.opinion) {
    // loaded on demand: the writers (exceljs, jszip) are not needed for a plain check
    const { writeReviewOutputs } = await import('./outputs');
    unwritten = await writeReviewOutputs(report, { report: opts.report, opinion: opts.opinion }, io);
  }

  const unreadable = reports.some((r) => r.error !== null);
  if (unreadable || unwritten || notes.length > 0 || reports.length === 0) return 2;
  return countBySeverity(reports).error > 0 ? 1 : 0;
}
