/**
 * `budget-check narrate`: draft the 情况说明 of one workbook from its tables (issue #8).
 * Contract: README "命令行" and docs/narrate-output.schema.json. Exit codes: 0 drafted (the text may
 * still hold 【……请填写】 placeholders), 2 could not run (usage, an unreadable workbook or prior
 * workbook, a document whose kind or year is not recognised, the .docx could not be written).
 */
import { promises as fs } from 'fs';
import { ReadError, userMessage } from '../../core/errors';
import { documentFacts } from '../../core/facts';
import { GenerateError, generateNarrative, narrativeText, priorFromWorkbook, type GeneratedNarrative, type PriorFigures } from '../../core/narrative/generate';
import { recognise } from '../../core/recognize';
import { TOOL_NAME, TOOL_VERSION, type DocumentReport } from '../../core/report';
import type { Workbook } from '../../core/workbook';
import { readWorkbookFile } from '../xlsx/node';
import { NARRATE_USAGE, parseNarrateArgs, UsageError } from './args';
import type { CliIO } from './main';

/** The JSON output of `budget-check narrate --format json` (docs/narrate-output.schema.json). */
export interface NarrateReport {
  tool: typeof TOOL_NAME;
  version: string;
  file: string;
  document: DocumentReport;
  title: string;
  sections: GeneratedNarrative['sections'];
  placeholders: number;
  warnings: string[];
  /** The --prior workbook, when one was given. */
  prior: { file: string; kind: 'budget' | 'final' | null; year: number | null } | null;
  /** Items whose 上年数 / 年初预算 the text uses (what `--prior` or a typed form supplies). */
  priorFields: { key: string; name: string }[];
}

async function readOrFail(path: string, what: string, io: CliIO): Promise<Workbook | null> {
  try {
    return await readWorkbookFile(path);
  } catch (e) {
    io.stderr(e instanceof ReadError && e.code === 'NOT_FOUND' ? `找不到${what}：${path}\n` : `${what} ${path}：${userMessage(e)}\n`);
    return null;
  }
}

export function narrateReport(file: string, wb: Workbook, g: GeneratedNarrative, prior: NarrateReport['prior']): NarrateReport {
  const facts = documentFacts(wb);
  return {
    tool: TOOL_NAME,
    version: TOOL_VERSION,
    file,
    document: { kind: g.kind, year: g.year, unit: g.unit, moneyUnit: facts.moneyUnit },
    title: g.title,
    sections: g.sections,
    placeholders: g.placeholders,
    warnings: g.warnings,
    prior,
    priorFields: g.priorKeys ?? [],
  };
}

export async function runNarrate(argv: string[], io: CliIO): Promise<number> {
  let opts;
  try {
    opts = parseNarrateArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n\n${NARRATE_USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (opts.help || !opts.workbook) {
    io.stdout(`${NARRATE_USAGE}\n`);
    return 0;
  }
  const stat = await fs.stat(opts.workbook).catch(() => null);
  if (stat?.isDirectory()) {
    io.stderr(`narrate 只能用于单个工作簿（.xlsx 文件），${opts.workbook} 是文件夹。\n\n${NARRATE_USAGE}\n`);
    return 2;
  }
  const wb = await readOrFail(opts.workbook, '工作簿', io);
  if (!wb) return 2;
  let prior: PriorFigures | undefined;
  let priorInfo: NarrateReport['prior'] = null;
  if (opts.prior !== null) {
    const pwb = await readOrFail(opts.prior, '上年工作簿', io);
    if (!pwb) return 2;
    prior = priorFromWorkbook(pwb);
    priorInfo = { file: opts.prior, kind: prior.kind ?? null, year: prior.year };
  }
  let g: GeneratedNarrative;
  try {
    g = generateNarrative(wb, { recognition: recognise(wb), prior });
  } catch (e) {
    if (e instanceof GenerateError) {
      io.stderr(`${opts.workbook}：${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const output = opts.format === 'json' ? `${JSON.stringify(narrateReport(opts.workbook, wb, g, priorInfo), null, 2)}\n` : narrativeText(g);
  if (opts.docx) {
    try {
      // loaded on demand: the .docx writer (jszip) is not needed for text and JSON
      const { writeDocx } = await import('../narrative/docx-write');
      const bytes = await writeDocx({ title: g.title, sections: g.sections.map((s) => ({ title: s.title, paragraphs: s.paragraphs })) });
      await fs.writeFile(opts.docx, bytes);
    } catch (e) {
      io.stderr(`无法写出 Word 文档 ${opts.docx}：${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
  }
  if (opts.out) {
    await fs.writeFile(opts.out, output, 'utf8');
    io.stderr(`情况说明已写入 ${opts.out}\n`);
  } else io.stdout(output);
  if (opts.docx) io.stderr(`Word 文档已写入 ${opts.docx}\n`);
  if (opts.format === 'text') {
    for (const w of g.warnings) io.stderr(`提示：${w}\n`);
    if (g.placeholders) io.stderr(`文中还有 ${g.placeholders} 处【……请填写】，请补充后再公开。\n`);
  }
  return 0;
}
