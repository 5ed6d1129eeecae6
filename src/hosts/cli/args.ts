/** Command-line arguments of `budget-check` (no dependency: the contract is small). */
import type { ReadLimits } from '../../core/limits';
import { isTemplateId, TEMPLATE_IDS, TEMPLATES, type TemplateId } from '../../core/model/templates';

export type OutputFormat = 'text' | 'json';

export type MinSeverity = 'error' | 'warning' | 'info';

export interface CliOptions {
  format: OutputFormat;
  out: string | null;
  /** Leave out findings less severe than this (default info: everything). */
  minSeverity: MinSeverity;
  /** Hide 尾差 (rounding findings). */
  rounding: boolean;
  /** Print the recognised tables of each file (text output). */
  tables: boolean;
  /** Findings only: no table list, no coverage block, no skipped checks (text output). */
  quiet: boolean;
  /** Write a review workbook (.xlsx): a summary sheet and one sheet per file. */
  report: string | null;
  /** Write one 审核意见 .docx per file into this folder. */
  opinion: string | null;
  /** A .txt/.docx 情况说明 that replaces the workbook's own narrative sheet (one workbook only). */
  narrative: string | null;
  /** A JSON file of the user's table kinds and column meanings (see README「手动指定表格与列」). */
  mapping: string | null;
  /** The disclosure template to check against instead of the detected one (README「模板」). */
  template: TemplateId | null;
  paths: string[];
  help: boolean;
  version: boolean;
  /** Limits changed on the command line (the others keep their defaults). */
  limits: Partial<ReadLimits>;
  /** Per-file watchdog: a file still being checked after this long is stopped and reported (检查超时). */
  timeoutMs: number;
  /** Heap of the worker that checks one file; past it the file is reported as 内存不足. */
  maxMemoryMb: number;
  /** Files checked at once, each in its own worker (--jobs); null: by the machine (pool.ts defaultJobs). */
  jobs: number | null;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_MEMORY_MB = 4096;
/** Upper bound of --jobs: each job is a thread with its own heap. */
export const MAX_JOBS = 64;

export class UsageError extends Error {}

export const USAGE = `用法：budget-check [选项] <路径>...
      budget-check narrate [--format text|json] [--out 文件] [--prior 上年工作簿] [--docx 输出.docx] <工作簿>

检查部门预算/决算公开工作簿（.xlsx、.xlsm、.xls、.et、.ods）。路径可以是文件或文件夹（递归查找）。
用 narrate 根据表格起草情况说明（见 budget-check narrate --help）；要检查名为 narrate 的文件或文件夹，
请写 ./narrate 或 budget-check -- narrate。

选项：
  --format text|json   输出格式（默认 text）
  --out 文件           把结果写入文件，而不是打印到屏幕
  --narrative 文件     用这份情况说明（.txt 或 .docx）代替工作簿中的情况说明工作表，与表格核对数字；
                       只能用于检查单个工作簿
  --mapping 文件       手动指定表格类型和列含义的 JSON 文件（识别不了或识别错的表、未能对应的列），
                       格式见 README“手动指定表格与列”
  --template 模板      按指定的公开模板检查（不按工作簿自动判断）：
${TEMPLATE_IDS.map((id) => `                       ${id}  ${TEMPLATES[id].name}`).join('\n')}
  --min-severity 级别  只列出这一级别及更严重的问题：error（错误）、warning（警告及以上）、info（全部，默认）
  --no-rounding        不列出尾差
  --tables             列出每个文件识别出的表格
  --quiet              只列出问题（不列表格、情况说明核对情况、未执行的检查和审核清单）
  --report 文件.xlsx   写出审核结果工作簿：汇总表（每个文件一行）、每个文件一张问题表和一张检查表
  --opinion 文件夹     为每个文件写一份审核意见（Word .docx）
  --timeout 秒         每个文件的检查时限（默认 60）；超时的文件报“检查超时”，其余文件照常检查
  -j, --jobs 个数      同时检查几个文件（默认按处理器核数，最多 4，并按可用内存每个文件 1 GB 计）；
                       1 = 逐个检查。结果的顺序和内容与个数无关

资源上限（超过时该文件报无法读取，退出码 2，其余文件照常检查）：
  --max-file-size MB   文件大小（默认 100）
  --max-uncompressed MB  解压后每个部件的大小（默认 200；全部部件合计为其 2 倍）
  --max-sheets 张      工作表数（默认 500）
  --max-cells 个       每张工作表的单元格数（默认 2000000）
  --max-string 字      单元格文字长度（默认 1000000）
  --max-memory MB      检查一个文件可用的内存（默认 4096；同时检查的每个文件各有此上限）
  -h, --help           显示本帮助
  -v, --version        显示版本

退出码：0 没有错误级问题；1 至少有一个错误级问题；2 无法运行（用法错误，或有文件无法读取）。`;

/**
 * Walk the arguments: an option ("--out x", "--out=x", "-h") goes to `option`, which returns
 * false for an option it does not know; other arguments, and everything after "--", are paths.
 */
function walk(argv: string[], paths: string[], option: (name: string, value: () => string) => boolean): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      paths.push(...argv.slice(i + 1));
      return;
    }
    if (!arg.startsWith('-') || arg.length === 1) {
      paths.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const [name, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`选项 ${name} 需要一个值。`);
      return v;
    };
    if (!option(name, value)) throw new UsageError(`未知选项：${arg}`);
  }
}

function severityOf(v: string): MinSeverity {
  if (v !== 'error' && v !== 'warning' && v !== 'info') throw new UsageError(`--min-severity 只能是 error、warning 或 info，收到：${v}`);
  return v;
}

function formatOf(v: string): OutputFormat {
  if (v !== 'text' && v !== 'json') throw new UsageError(`--format 只能是 text 或 json，收到：${v}`);
  return v;
}

/** A positive number option ("--max-cells 500000"); `scale` turns it into the unit used inside. */
function positive(name: string, v: string, scale = 1, integer = true): number {
  const n = Number(v.replace(/[,_]/g, ''));
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) throw new UsageError(`${name} 需要一个正${integer ? '整' : ''}数，收到：${v}`);
  return Math.round(n * scale);
}

const MB = 1024 * 1024;

export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = {
    format: 'text',
    out: null,
    narrative: null,
    mapping: null,
    template: null,
    minSeverity: 'info',
    rounding: true,
    tables: false,
    quiet: false,
    report: null,
    opinion: null,
    paths: [],
    help: false,
    version: false,
    limits: {},
    timeoutMs: DEFAULT_TIMEOUT_MS,
    maxMemoryMb: DEFAULT_MAX_MEMORY_MB,
    jobs: null,
  };
  walk(argv, opts.paths, (name, value) => {
    switch (name) {
      case '--min-severity':
        opts.minSeverity = severityOf(value());
        return true;
      case '--no-rounding':
        opts.rounding = false;
        return true;
      case '--tables':
        opts.tables = true;
        return true;
      case '--quiet':
      case '-q':
        opts.quiet = true;
        return true;
      case '--report':
        if (opts.report !== null) throw new UsageError('--report 只能指定一次。');
        opts.report = value();
        if (!/\.xlsx$/i.test(opts.report)) throw new UsageError(`--report 要写出 .xlsx 工作簿，收到：${opts.report}`);
        return true;
      case '--opinion':
        if (opts.opinion !== null) throw new UsageError('--opinion 只能指定一次。');
        opts.opinion = value();
        return true;
      case '--timeout':
        opts.timeoutMs = positive(name, value(), 1000, false);
        return true;
      case '--max-file-size':
        opts.limits.maxFileBytes = positive(name, value(), MB, false);
        return true;
      case '--max-uncompressed':
        opts.limits.maxPartBytes = positive(name, value(), MB, false);
        opts.limits.maxTotalBytes = opts.limits.maxPartBytes * 2;
        return true;
      case '--max-sheets':
        opts.limits.maxSheets = positive(name, value());
        return true;
      case '--max-cells':
        opts.limits.maxCellsPerSheet = positive(name, value());
        return true;
      case '--max-string':
        opts.limits.maxStringLength = positive(name, value());
        return true;
      case '--max-memory':
        opts.maxMemoryMb = positive(name, value());
        return true;
      case '-j':
      case '--jobs':
        opts.jobs = positive(name, value());
        if (opts.jobs > MAX_JOBS) throw new UsageError(`${name} 最多 ${MAX_JOBS}，收到：${opts.jobs}`);
        return true;
      case '--format':
        opts.format = formatOf(value());
        return true;
      case '--out':
        opts.out = value();
        return true;
      case '--narrative':
        if (opts.narrative !== null) throw new UsageError('--narrative 只能指定一次（一份情况说明）。');
        opts.narrative = value();
        return true;
      case '--mapping':
        if (opts.mapping !== null) throw new UsageError('--mapping 只能指定一次。');
        opts.mapping = value();
        return true;
      case '--template': {
        const v = value();
        if (!isTemplateId(v)) throw new UsageError(`--template 不认识“${v}”，可用：${TEMPLATE_IDS.join('、')}`);
        opts.template = v;
        return true;
      }
      case '-h':
      case '--help':
        opts.help = true;
        return true;
      case '-v':
      case '--version':
        opts.version = true;
        return true;
      default:
        return false;
    }
  });
  if (!opts.help && !opts.version && opts.paths.length === 0) throw new UsageError('请至少指定一个工作簿（.xlsx、.xlsm、.xls、.et、.ods）或文件夹。');
  if (opts.tables && opts.quiet) throw new UsageError('--tables 与 --quiet 不能同时使用。');
  return opts;
}

/** Options of `budget-check narrate`: draft the 情况说明 of one workbook. */
export interface NarrateOptions {
  format: OutputFormat;
  out: string | null;
  /** A prior-year workbook (上年预算 / 上年决算, or this year's 预算 for a 决算's 年初预算). */
  prior: string | null;
  /** Also write the narrative as a Word document. */
  docx: string | null;
  workbook: string | null;
  help: boolean;
}

export const NARRATE_USAGE = `用法：budget-check narrate [--format text|json] [--out 文件] [--prior 上年工作簿] [--docx 输出.docx] <工作簿>

根据部门预算/决算公开工作簿（.xlsx、.xlsm、.xls、.et、.ods）中的表格起草情况说明：收支总体、收入、支出、财政拨款、一般公共预算（按类、按项）、
基本支出、“三公”经费、政府性基金、国有资本经营、项目支出、其他重要事项和名词解释（决算按决算模板一至十三部分）。
每个数字都取自表格；增减变化写“比上年增加（减少）……”，尚未写明的原因以【主要原因：请填写】标出。

选项：
  --format text|json   输出格式（默认 text：情况说明全文；提示写到标准错误）
  --out 文件           把结果写入文件，而不是打印到屏幕
  --prior 上年工作簿    上年的工作簿（格式同上），用于“比上年增加（减少）”：预算用上年预算，决算用上年决算；
                       决算也可给出同一年度的预算工作簿，作为“年初预算”计算完成率。
                       不给出时使用工作簿自带的上年数（整体支出绩效目标表“近两年”列、决算09表预算数）
  --docx 输出.docx     同时写出 Word 文档
  -h, --help           显示本帮助

退出码：0 已生成（文中可能仍有【……请填写】待补充）；2 无法生成（用法错误、文件无法读取、未识别出预算/决算或年度）。`;

export function parseNarrateArgs(argv: string[]): NarrateOptions {
  const opts: NarrateOptions = { format: 'text', out: null, prior: null, docx: null, workbook: null, help: false };
  const paths: string[] = [];
  walk(argv, paths, (name, value) => {
    const once = (current: string | null): string => {
      if (current !== null) throw new UsageError(`${name} 只能指定一次。`);
      return value();
    };
    switch (name) {
      case '--format':
        opts.format = formatOf(value());
        return true;
      case '--out':
        opts.out = once(opts.out);
        return true;
      case '--prior':
        opts.prior = once(opts.prior);
        return true;
      case '--docx':
        opts.docx = once(opts.docx);
        return true;
      case '-h':
      case '--help':
        opts.help = true;
        return true;
      default:
        return false;
    }
  });
  if (opts.help) return opts;
  if (paths.length === 0) throw new UsageError('请指定一个工作簿（.xlsx、.xlsm、.xls、.et 或 .ods 文件）。（要检查名为 narrate 的文件或文件夹，请写 budget-check ./narrate）');
  if (paths.length > 1) throw new UsageError(`narrate 一次只能起草一个工作簿的情况说明，收到 ${paths.length} 个：${paths.join('、')}`);
  opts.workbook = paths[0];
  return opts;
}
