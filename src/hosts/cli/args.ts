/** Command-line arguments of `budget-check` (no dependency: the contract is small). */

export type OutputFormat = 'text' | 'json';

export interface CliOptions {
  format: OutputFormat;
  out: string | null;
  /** A .txt/.docx 情况说明 that replaces the workbook's own narrative sheet (one workbook only). */
  narrative: string | null;
  paths: string[];
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const USAGE = `用法：budget-check [--format text|json] [--out 文件] [--narrative 情况说明] <路径>...

检查部门预算/决算公开工作簿（.xlsx）。路径可以是文件或文件夹（递归查找 .xlsx）。

选项：
  --format text|json   输出格式（默认 text）
  --out 文件           把结果写入文件，而不是打印到屏幕
  --narrative 文件     用这份情况说明（.txt 或 .docx）代替工作簿中的情况说明工作表，与表格核对数字；
                       只能用于检查单个工作簿
  -h, --help           显示本帮助
  -v, --version        显示版本

退出码：0 没有错误级问题；1 至少有一个错误级问题；2 无法运行（用法错误，或有文件无法读取）。`;

export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = { format: 'text', out: null, narrative: null, paths: [], help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`选项 ${name} 需要一个值。`);
      return v;
    };
    switch (name) {
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json') throw new UsageError(`--format 只能是 text 或 json，收到：${v}`);
        opts.format = v;
        break;
      }
      case '--out':
        opts.out = value();
        break;
      case '--narrative':
        if (opts.narrative !== null) throw new UsageError('--narrative 只能指定一次（一份情况说明）。');
        opts.narrative = value();
        break;
      case '-h':
      case '--help':
        opts.help = true;
        break;
      case '-v':
      case '--version':
        opts.version = true;
        break;
      case '--':
        opts.paths.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (arg.startsWith('-') && arg.length > 1) throw new UsageError(`未知选项：${arg}`);
        opts.paths.push(arg);
    }
  }
  if (!opts.help && !opts.version && opts.paths.length === 0) throw new UsageError('请至少指定一个 .xlsx 文件或文件夹。');
  return opts;
}
