/**
 * The drafted 情况说明 is worded as the published texts word it (issue #18), golden against the
 * seed documents in ../shared/seeds (and, for the general rules, every real fixture present in
 * test/fixtures/real/):
 *  - a share of the whole is "100%", never "100.00%"; a zero amount "0 万元", never "0.00 万元";
 *    an item with nothing this year "本年度没有安排……预算";
 *  - the 尾差 sentence the checker expects (compliance/rounding-statement) when the tables have 尾差;
 *  - no text copied from a cell the checker flags as wrong: a placeholder asks for it;
 *  - prior-year figures only from a column whose year label is right.
 * Sentences are compared after removing spaces and unifying full/half-width punctuation.
 */
import * as fs from 'fs';
import * as path from 'path';
import { generateNarrative, narrativeText, PLACEHOLDER_RE, type GeneratedNarrative, type PriorFigures } from '../../src/core/narrative/generate';
import { analyseWorkbook } from '../../src/core/report';
import type { Workbook } from '../../src/core/workbook';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const SEEDS_DIR = path.join(__dirname, '..', '..', '..', 'shared', 'seeds');
const REAL = path.join(FIXTURES, 'real');
const ALL = [
  ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(FIXTURES, f)),
  ...(fs.existsSync(REAL) ? fs.readdirSync(REAL).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(REAL, f)) : []),
].sort();

/** Spaces out, full-width punctuation as half-width, thousands separators out. */
function norm(s: string): string {
  const map: Record<string, string> = { '（': '(', '）': ')', '：': ':', '，': ',', '；': ';', '。': '.', '％': '%' };
  return s
    .replace(/\s+/g, '')
    .replace(/[（）：，；。％]/g, (c) => map[c])
    .replace(/(\d),(?=\d{3}\b)/g, '$1');
}

/** A line of a published seed text, found by a fragment it contains. */
function published(seed: string, fragment: string): string {
  const file = fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith(seed));
  if (!file) throw new Error(`no seed ${seed}`);
  const line = fs
    .readFileSync(path.join(SEEDS_DIR, file), 'utf8')
    .split('\n')
    .find((l) => norm(l).includes(norm(fragment)));
  if (!line) throw new Error(`seed ${seed} has no line with “${fragment}”`);
  return line.trim();
}

const paragraphs = (g: GeneratedNarrative) => g.sections.flatMap((s) => s.paragraphs);
/** Without the list numbering ("1." / "(1)") the two texts write it the same way. */
const unnumbered = (s: string) => norm(s).replace(/^(\([一二三四五六七八九十\d]+\)|\d+\.)/, '');
const has = (g: GeneratedNarrative, sentence: string) => paragraphs(g).some((p) => unnumbered(p) === unnumbered(sentence));

const books = new Map<string, Workbook>();
const load = async (file: string) => {
  let wb = books.get(file);
  if (!wb) books.set(file, (wb = await readWorkbookFile(file.includes(path.sep) ? file : path.join(FIXTURES, file))));
  return wb;
};

describe('S003 青山 2026 预算: sentences as published', () => {
  let g: GeneratedNarrative;
  beforeAll(async () => {
    g = generateNarrative(await load('2026-qingshan-ybfwzx-budget.xlsx'));
  });

  test('收入: “占 100%”', () => {
    const line = published('003', '2026 年收入预算 217.98 万元');
    expect(line).toBe('2026 年收入预算 217.98 万元，其中：一般公共预算 217.98 万元，占 100%。');
    expect(has(g, line)).toBe(true);
  });

  test('财政拨款收入: each fund with its 上年结转, zeros as “0 万元”', () => {
    const line = published('003', '收入包括：一般公共预算财政拨款本年收入');
    expect(line).toContain('政府性基金预算财政拨款本年收入 0 万元、上年结转 0 万元');
    expect(has(g, line)).toBe(true);
  });

  test('支出: shares to two decimals', () => {
    expect(has(g, published('003', '2026 年支出预算 217.98 万元'))).toBe(true);
  });

  test('the tables have 尾差: the 备注 the checker expects, as S003 words it', () => {
    const report = analyseWorkbook('s003', books.get('2026-qingshan-ybfwzx-budget.xlsx')!);
    expect(report.findings.some((f) => f.category === 'rounding')).toBe(true);
    expect(has(g, published('003', '备注:本报告中金额转化为万元时'))).toBe(true);
  });

  test('the project name the checker flags (“运行行业经费” vs “运行业务经费”) is asked for, not copied', () => {
    const flagged = analyseWorkbook('s003', books.get('2026-qingshan-ybfwzx-budget.xlsx')!).findings.find((f) => f.rule === 'cross/projects-vs-performance' && /名称不一致/.test(f.message));
    expect(flagged?.message).toContain('医保经办机构运行行业经费');
    const projects = g.sections.find((s) => s.id === 'projects')!.paragraphs;
    expect(projects[1]).toBe(
      `1. 【项目名称：请填写（${flagged!.message}）】56.80万元；主要用于承接全区医保经办管理和服务工作，确保医保经办分级管理和承接事权后全区医保经办队伍稳定、服务质量不降低。`,
    );
    expect(narrativeText(g)).not.toMatch(/医保经办机构运行行业经费项目/);
    expect(g.warnings.some((w) => w.startsWith('项目名称“医保经办机构运行行业经费”所在单元格经检查有问题'))).toBe(true);
    expect(projects[1].match(PLACEHOLDER_RE)).toHaveLength(1);
  });
});

describe('S004 蔡甸 2025 预算', () => {
  let wb: Workbook;
  let g: GeneratedNarrative;
  beforeAll(async () => {
    wb = await load('2025-caidian-ybj-budget.xlsx');
    g = generateNarrative(wb);
  });

  test('no “三公” at all: the template’s “没有……” sentence, not “0 万元” items', () => {
    const three = g.sections.find((s) => s.id === 'three-public')!.paragraphs;
    expect(three).toEqual(['2025年蔡甸区医疗保障局没有一般公共预算“三公”经费安排的支出。']);
  });

  test('the 整体绩效目标表’s 近两年 columns are mislabelled (the checker says so): no prior-year figure is taken from them', () => {
    const labels = analyseWorkbook('s004', wb).findings.find((f) => f.rule === 'cross/prior-year-labels');
    expect(labels?.message).toContain('“近两年”列标为“2024年 / 2025年”，应为 2023 年、2024 年');
    const text = narrativeText(g);
    // the column labelled 2024 holds 401.62 (收支总计): it is not used as 2024's figure
    expect(text).not.toContain('16.12');
    expect(text).toContain('2025年收支总预算385.50万元，比2024年预算【增减情况：请填写】。');
    expect(g.warnings).toContain('整体支出绩效目标表“近两年”的列标为“2024年 / 2025年”，应为 2023 年、2024 年：无法确定哪一列是上年数，未从该表取上年数（可选择上年工作簿或手动填写上年数）');
  });

  test('a prior-year workbook still gives the changes', () => {
    const prior: PriorFigures = { year: 2024, kind: 'budget', source: 'prior-file', values: { 'in:收入总计': '401.62' } };
    expect(narrativeText(generateNarrative(wb, { prior }))).toContain('2025年收支总预算385.50万元，比2024年预算减少16.12万元，下降4.01%');
  });
});

test('S001 东西湖 2022: a “三公” item with nothing this year is “本年度没有安排……预算” as S004 publishes it, not “0 万元”', async () => {
  const g = generateNarrative(await load('2022-dongxihu-ybj-budget.xlsx'));
  expect(has(g, published('004', '本年度没有安排因公出国(境)经费预算'))).toBe(true);
  expect(narrativeText(g)).not.toMatch(/因公出国（境）费0/);
});

describe('S002 黄陂 2024 决算: “100%” as published', () => {
  let g: GeneratedNarrative;
  beforeAll(async () => {
    const wb = await load('2024-huangpi-ybfwzx-final.xlsx');
    // the 年初预算 as the published narrative states them
    g = generateNarrative(wb, { prior: { year: 2024, kind: 'budget', source: 'prior-file', values: { 'fn:2101102': '53.61', 'fn:2210201': '73.94', 'fn:2210202': '14.86' } } });
  });

  test('占本年收入 / 占本年支出合计的 100%', () => {
    const text = norm(narrativeText(g));
    expect(text).toContain(norm('财政拨款收入1099.73万元,占本年收入100%'));
    expect(text).toContain(norm(published('002', '占本年支出合计的 100%').match(/一般公共预算财政拨款支出 1,099.73 万元，占本年支出合计的 100%/)![0]));
  });

  test('完成年初预算的 100%: the 项 sentences as published', () => {
    for (const fragment of ['事业单位医疗（项）年初预算为53.61万元', '住房公积金（项）年初预算为73.94万元', '提租补贴（项）年初预算为14.86万元']) {
      const line = published('002', fragment);
      expect([line, has(g, line)]).toEqual([line, true]);
    }
  });
});

describe.each(ALL.map((f) => [path.relative(FIXTURES, f), f]))('%s: general wording', (_name, file) => {
  let wb: Workbook;
  let g: GeneratedNarrative;
  beforeAll(async () => {
    wb = await load(file);
    g = generateNarrative(wb);
  });

  test('no “100.00%”, no “0.00万元”', () => {
    const text = narrativeText(g);
    expect(text.match(/[^\d.]100\.0+%/g) ?? []).toEqual([]);
    expect(text.match(/(?<![\d.])0\.0+万元/g) ?? []).toEqual([]);
  });

  test('the 尾差 sentence exactly when the checker finds 尾差 in the tables', () => {
    const rounding = analyseWorkbook(file, wb).findings.some((f) => f.category === 'rounding');
    expect(paragraphs(g).includes('备注：本报告中金额转化为万元时，四舍五入可能存在尾差。')).toBe(rounding);
  });

  test('no text the checker flags as wrong (a finding at its cell quoting it) is copied, unless another, unflagged cell says the same', () => {
    const report = analyseWorkbook(file, wb);
    const text = narrativeText(g).replace(PLACEHOLDER_RE, '');
    // compliance/toc quotes both sides of a 目录 ≠ heading disagreement: neither text is wrong by itself
    const problems = report.findings.filter((x) => x.severity !== 'info' && x.category !== 'rounding' && x.category !== 'narrative' && x.rule !== 'compliance/toc');
    const flagged = new Set(problems.flatMap((f) => f.locations.map((l) => `${l.sheet}!${l.cell}`)));
    const unflaggedTexts = new Set(wb.sheets.flatMap((s) => s.rows.flat().filter((c) => c && c.type === 'string' && !flagged.has(`${s.name}!${c.address}`)).map((c) => c!.text.trim())));
    const copiedFlagged: string[] = [];
    for (const f of problems) {
      for (const l of f.locations) {
        const sheet = wb.sheets.find((s) => s.name === l.sheet);
        const cell = sheet?.rows.flat().find((c) => c && c.address === l.cell);
        const t = cell?.type === 'string' ? cell.text.trim() : '';
        if (t.length >= 4 && f.message.includes(`“${t}”`) && !unflaggedTexts.has(t) && text.includes(t)) copiedFlagged.push(`${l.sheet}!${l.cell} “${t}”: ${f.message}`);
      }
    }
    expect(copiedFlagged).toEqual([]);
  });
});
