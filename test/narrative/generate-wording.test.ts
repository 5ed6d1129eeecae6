/**
 * The generator's wording (domain.md §3) and its inputs: change sentences (增加/增长, 减少/下降, 持平,
 * 上年无此项 — never "增长100%"), reasons and their placeholder, numbers as the document prints them,
 * the standard sentence for an empty table, 名词解释 names, prior-year figures from a prior workbook
 * (year and kind checked), 年初预算 for a 决算, and what happens when the kind is not recognised.
 */
import Decimal from 'decimal.js';
import * as path from 'path';
import {
  GenerateError,
  generateNarrative,
  narrativeText,
  priorFields,
  priorFromWorkbook,
  REASON_PLACEHOLDER,
  type GeneratedNarrative,
  type PriorFigures,
} from '../../src/core/narrative/generate';
import { changeClause, money, percent, reasonClause } from '../../src/core/narrative/generate/format';
import { createSheet, makeCell, putCell, type Workbook } from '../../src/core/workbook';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { syntheticBudget } from '../support/synthetic';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const load = (file: string) => readWorkbookFile(path.join(FIXTURES, file));
const all = (g: GeneratedNarrative) => g.sections.flatMap((s) => s.paragraphs).join('\n');
const section = (g: GeneratedNarrative, id: string) => g.sections.find((s) => s.id === id)?.paragraphs ?? [];
const fig = (v: string) => ({ value: new Decimal(v), decimals: 2 });

describe('change wording (§3)', () => {
  const base = { base: '2025年预算', rateDecimals: 2 };
  test('增加 / 增长 and 减少 / 下降, from the printed figures', () => {
    expect(changeClause({ ...base, current: fig('120'), prior: new Decimal('100') }).text).toBe(`，比2025年预算增加20.00万元，增长20.00%，${REASON_PLACEHOLDER}`);
    expect(changeClause({ ...base, current: fig('264.50'), prior: new Decimal('262.62') }).text).toBe(`，比2025年预算增加1.88万元，增长0.72%，${REASON_PLACEHOLDER}`);
    expect(changeClause({ ...base, current: fig('385.50'), prior: new Decimal('401.62') }).text).toBe(`，比2025年预算减少16.12万元，下降4.01%，${REASON_PLACEHOLDER}`);
    expect(changeClause({ ...base, base: '2023年度', rateDecimals: 1, current: fig('1099.73'), prior: new Decimal('5737.90') }).text).toBe(`，比2023年度减少4638.17万元，下降80.8%，${REASON_PLACEHOLDER}`);
  });
  test('持平: no reason asked', () => {
    expect(changeClause({ ...base, current: fig('100'), prior: new Decimal('100.00') })).toEqual({ text: '，与2025年预算持平', needsReason: false, placeholder: false });
  });
  test('zero base: 上年无此项 with the reason, never a rate of 100%', () => {
    const w = changeClause({ ...base, current: fig('217.98'), prior: new Decimal(0), reason: '本单位为2025年新设单位' });
    expect(w.text).toBe('，上年无此项，主要原因是本单位为2025年新设单位');
    expect(w.text).not.toMatch(/100/);
    expect(changeClause({ ...base, current: fig('0'), prior: new Decimal(0) }).text).toBe('');
  });
  test('down to zero is a fall of 100% (written “100%”, as published texts do)', () => {
    expect(changeClause({ ...base, current: fig('0'), prior: new Decimal('5') }).text).toBe(`，比2025年预算减少5.00万元，下降100%，${REASON_PLACEHOLDER}`);
  });
  test('no prior figure: a placeholder when the template asks for the change, else nothing', () => {
    expect(changeClause({ ...base, current: fig('1'), prior: null, required: true }).text).toBe('，比2025年预算【增减情况：请填写】');
    expect(changeClause({ ...base, current: fig('1'), prior: null }).text).toBe('');
  });
  test('a reason is written once as “主要原因是……”', () => {
    expect(reasonClause('主要原因是人员增加。')).toBe('主要原因是人员增加');
    expect(reasonClause('主要原因：人员增加')).toBe('主要原因是人员增加');
    expect(reasonClause('人员增加')).toBe('主要原因是人员增加');
    expect(reasonClause('  ')).toBe(REASON_PLACEHOLDER);
  });
});

describe('numbers as the document prints them', () => {
  test('万元 to 2 decimals (more when the source prints more), half-up', () => {
    expect(money(fig('150'))).toBe('150.00');
    expect(money({ value: new Decimal('2.3215'), decimals: 2 })).toBe('2.32');
    expect(money({ value: new Decimal('0.005'), decimals: 2 })).toBe('0.01');
    expect(money({ value: new Decimal('12.3456'), decimals: 4 })).toBe('12.3456');
  });
  test('percentages: 2 decimals for a 预算, 1 for a 决算, of the printed figures', () => {
    expect(percent(fig('161.18'), fig('217.98'), 2)).toBe('73.94%');
    expect(percent(fig('888.19'), fig('1099.73'), 1)).toBe('80.8%');
    expect(percent(fig('1'), fig('0'), 2)).toBeNull();
  });
  test('a 预算 prints 2-decimal percentages, a 决算 1-decimal ones', async () => {
    expect(section(generateNarrative(await load('2026-qingshan-ybfwzx-budget.xlsx')), 'expense')[0]).toBe('2026年支出预算217.98万元，其中：基本支出161.18万元，占73.94%；项目支出56.80万元，占26.06%。');
    expect(section(generateNarrative(await load('2024-huangpi-ybfwzx-final.xlsx')), 'expense')[0]).toBe(
      '2024年度支出合计1099.73万元，比2023年度【增减情况：请填写】。其中：基本支出999.73万元，占本年支出90.9%；项目支出100.00万元，占本年支出9.1%。',
    );
  });
});

describe('empty tables and 名词解释', () => {
  test('an empty table gets the standard “没有……的支出” sentence (预算 and 决算)', async () => {
    const budget = generateNarrative(await load('2026-qingshan-ybfwzx-budget.xlsx'));
    expect(section(budget, 'gov-fund')).toEqual(['2026年本单位没有使用政府性基金预算安排的支出。']);
    const final = generateNarrative(await load('2024-huangpi-ybfwzx-final.xlsx'));
    expect(section(final, 'gov-fund')).toEqual(['2024年度本单位无政府性基金预算财政拨款收入支出。']);
    expect(section(final, 'state-capital')).toEqual(['2024年度本单位无国有资本经营预算财政拨款支出。']);
    expect(section(final, 'three-public')).toContain('本单位2024年度无“三公”经费财政拨款支出预算和决算数。');
  });
  test('a table that has figures is never read as “没有” when its total cannot be read', async () => {
    // S001's 政府采购预算表 (older layout) lists 109 万元 in columns the recogniser does not map
    const g = generateNarrative(await load('2022-dongxihu-ybj-budget.xlsx'));
    const other = section(g, 'other').join('\n');
    expect(other).not.toContain('没有纳入政府采购预算的支出');
    expect(other).toContain('【政府采购预算合计：请填写】');
    expect(g.warnings).toContain('政府采购预算表中有数字，但未能读出政府采购预算合计：请补充');
  });
  test('名词解释: every 项 of the 05表 with the 类/款/项 names the tables print (not the 02表’s truncated ones)', async () => {
    const g = generateNarrative(await load('2024-huangpi-ybfwzx-final.xlsx'));
    const items = section(g, 'glossary').filter((p) => /（项）/.test(p));
    expect(items).toHaveLength(11);
    expect(items[1]).toBe('2. 社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：反映机关事业单位实施养老保险制度由单位缴纳的基本养老保险费支出。');
    expect(items.map((p) => /（款）(.*)（项）/.exec(p)?.[1])).toEqual([
      '事业单位离退休',
      '机关事业单位基本养老保险缴费支出',
      '社会保险补贴',
      '公益性岗位补贴',
      '其他社会保障和就业支出',
      '事业单位医疗',
      '医疗保障政策管理',
      '医疗保障经办事务',
      '事业运行',
      '住房公积金',
      '提租补贴',
    ]);
    // 区级 wording, not 市级 (STD-12)
    expect(section(g, 'glossary')[0]).toBe('（一）一般公共预算财政拨款收入：指区级财政一般公共预算当年拨付的资金。');
  });
});

describe('prior-year figures', () => {
  const current = () => syntheticBudget({ seed: 7, units: 2 }).workbook;
  const lastYear = () => syntheticBudget({ seed: 8, units: 2, year: 2025 }).workbook;

  test('from a prior-year workbook: its own figures, year and kind', () => {
    const p = priorFromWorkbook(lastYear());
    expect(p).toMatchObject({ year: 2025, kind: 'budget', source: 'prior-file' });
    expect(p.values['in:收入总计']).toMatch(/^\d+\.\d{2}$/);
    const g = generateNarrative(current(), { prior: p });
    const cur = new Decimal(priorFromWorkbook(current()).values['in:收入总计']);
    const diff = cur.minus(p.values['in:收入总计']);
    const rate = diff.abs().div(p.values['in:收入总计']).mul(100).toFixed(2, Decimal.ROUND_HALF_UP);
    expect(section(g, 'overview')[1]).toBe(`2026年收支总预算${cur.toFixed(2)}万元，比2025年预算${diff.isNegative() ? '减少' : '增加'}${diff.abs().toFixed(2)}万元，${diff.isNegative() ? '下降' : '增长'}${rate}%，${REASON_PLACEHOLDER}。`);
  });
  test('a project or 项 the prior workbook does not have is new: 上年无此项', () => {
    const p = priorFromWorkbook(lastYear());
    const g = generateNarrative(current(), { prior: { ...p, values: Object.fromEntries(Object.entries(p.values).filter(([k]) => !k.startsWith('project:'))) } });
    const projects = section(g, 'projects').slice(1);
    expect(projects.length).toBeGreaterThan(0);
    for (const line of projects) expect(line).toMatch(/项目\d+\.\d{2}万元，上年无此项，【主要原因：请填写】；主要用于/);
  });
  test('the same figures a year earlier: 持平 everywhere, no reason asked', async () => {
    const wb = await load('2025-caidian-ybj-budget.xlsx');
    const p: PriorFigures = { ...priorFromWorkbook(wb), year: 2024 };
    const g = generateNarrative(wb, { prior: p });
    expect(section(g, 'overview')[1]).toBe('2025年收支总预算385.50万元，与2024年预算持平。');
    expect(all(g)).not.toContain(REASON_PLACEHOLDER);
    expect(g.sections.flatMap((s) => s.changes ?? [])).toEqual([]);
  });
  test('a prior workbook of the wrong year or kind is not used, and the warning says why', () => {
    const wrongYear = priorFromWorkbook(syntheticBudget({ seed: 8, units: 2, year: 2024 }).workbook);
    const g = generateNarrative(current(), { prior: wrongYear });
    expect(g.warnings).toContain('上年工作簿（2024 年预算）不能用作上年数：本文件是 2026 年预算，应提供 2025 年预算；未使用');
    expect(section(g, 'overview')[1]).toMatch(/比2025年预算【增减情况：请填写】/);
    const final = generateNarrative(current(), { prior: { ...priorFromWorkbook(lastYear()), kind: 'final' } });
    expect(final.warnings.some((w) => /不能用作上年数/.test(w))).toBe(true);
  });
  test('a 决算 given the same year’s 预算: its figures are the 年初预算 of the completion rates', async () => {
    const wb = await load('2024-huangpi-ybfwzx-final.xlsx');
    const prior: PriorFigures = { year: 2024, kind: 'budget', source: 'prior-file', values: { 'gb:合计': '1073.78', 'fn:2101550': '728.30', 'fn:2101506': '100.00' } };
    const text = all(generateNarrative(wb, { prior }));
    expect(text).toContain('2024年度一般公共预算财政拨款支出年初预算为1073.78万元，支出决算为1099.73万元，完成年初预算的102.4%，决算数大于年初预算数，【主要原因：请填写】。');
    expect(text).toContain('事业运行（项）年初预算为728.30万元，支出决算为733.58万元，完成年初预算的100.7%，决算数大于年初预算数，【主要原因：请填写】。');
    expect(text).toContain('医疗保障经办事务（项）年初预算为100.00万元，支出决算为100.00万元，完成年初预算的100%。');
    expect(text).toContain('社会保险补贴（项）决算数为5.01万元，年初预算为【年初预算：请填写】万元');
  });
  test('priorFields: what a typed form asks for', async () => {
    const g = generateNarrative(await load('2023-huangpi-ybfwzx-budget.xlsx'));
    const fields = priorFields(g);
    expect(fields).toEqual(expect.arrayContaining([
      { key: 'in:收入总计', name: '收支总计' },
      { key: 'gb:合计', name: '一般公共预算支出' },
      { key: 'fn:2101506', name: '医疗保障经办事务' },
      { key: 'project:开展医疗保险宣传等工作经费', name: '开展医疗保险宣传等工作经费' },
    ]));
    expect(priorFields(await load('2023-huangpi-ybfwzx-budget.xlsx'))).toEqual(fields);
    const typed = generateNarrative(await load('2023-huangpi-ybfwzx-budget.xlsx'), { prior: { year: 2022, source: 'typed', values: { 'fn:2101506': '178' } } });
    expect(section(typed, 'general').join('\n')).toContain('医疗保障经办事务（项）2023年预算数150.00万元，比2022年预算减少28.00万元，下降15.73%，【主要原因：请填写】');
  });
});

describe('reasons', () => {
  test('a reason given for an item key replaces its placeholder; changes[] point at the paragraph', async () => {
    const wb = await load('2023-huangpi-ybfwzx-budget.xlsx');
    const before = generateNarrative(wb);
    const ref = section(before, 'general') && before.sections.find((s) => s.id === 'general')!.changes!.find((c) => c.key === 'gb:合计')!;
    expect(ref).toEqual({ key: 'gb:合计', name: '一般公共预算支出', paragraph: 0, placeholder: true });
    const after = generateNarrative(wb, { reasons: { 'gb:合计': '主要原因是本年度医疗救助补助资金暂未在年初预算中申报。' } });
    expect(section(after, 'general')[0]).toBe('2023年一般公共预算支出预算1157.86万元，比2022年预算减少5863.03万元，下降83.51%，主要原因是本年度医疗救助补助资金暂未在年初预算中申报。');
    expect(after.sections.find((s) => s.id === 'general')!.changes![0].placeholder).toBe(false);
    expect(after.placeholders).toBe(before.placeholders - 1);
  });
});

describe('document kind', () => {
  function untitled(): Workbook {
    const sheet = createSheet('Sheet1', 0);
    putCell(sheet, makeCell({ row: 1, col: 1, value: '项目' }));
    putCell(sheet, makeCell({ row: 1, col: 2, value: 100 }));
    return { source: 'x.xlsx', sheets: [sheet] };
  }
  test('not recognised: a GenerateError with a Chinese message, never a guess', () => {
    expect(() => generateNarrative(untitled())).toThrow(GenerateError);
    expect(() => generateNarrative(untitled())).toThrow(/没有识别出这是部门预算还是部门决算/);
  });
  test('the user’s word on kind and year is taken', () => {
    const g = generateNarrative(untitled(), { document: { kind: 'budget', year: 2026 } });
    expect(g.kind).toBe('budget');
    expect(g.title).toBe('2026年部门预算情况说明');
    expect(g.warnings).toContain('没有识别出单位名称：句中写作“本单位”');
  });
});

test('narrativeText: the title, then each section’s title and paragraphs, sections apart by a blank line', async () => {
  const g = generateNarrative(await load('2026-qingshan-ybfwzx-budget.xlsx'));
  const text = narrativeText(g);
  const blocks = text.trimEnd().split('\n\n');
  expect(blocks[0]).toBe('武汉市青山区医疗保障服务中心2026年部门预算情况说明');
  expect(blocks.slice(1).map((b) => b.split('\n')[0])).toEqual(g.sections.map((s) => s.title));
  expect(g.sections.map((s) => s.id)).toEqual(['overview', 'income', 'expense', 'fiscal', 'general', 'basic', 'three-public', 'gov-fund', 'state-capital', 'projects', 'other', 'glossary']);
  expect(g.placeholders).toBe((text.match(/【[^】]*请填写[^】]*】/g) ?? []).length);
});
