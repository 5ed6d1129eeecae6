/** The 绩效目标表 forms read by label: figures and cell addresses of every fixture, plus hand-made layouts. */
import * as path from 'path';
import Decimal from 'decimal.js';
import {
  recognise,
  type DeptPerformanceForm,
  type FormLine,
  type ProjectPerformanceForm,
  type Recognised,
  type Recognition,
  type ValueCell,
} from '../../src/core/recognize';
import { addMerge, createSheet, makeCell, putCell, type Sheet, type Workbook } from '../../src/core/workbook';
import { parseRange } from '../../src/core/address';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { amountsInYuan, genericSheetNames, numbersAsText, remergeHeaders, splitCodeColumns, stackOnOneSheet } from './variants';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const cache = new Map<string, Promise<Recognition>>();
function rec(file: string): Promise<Recognition> {
  if (!cache.has(file)) cache.set(file, readWorkbookFile(path.join(FIXTURES, file)).then(recognise));
  return cache.get(file)!;
}
function table(r: Recognition, sheet: string): Recognised {
  const t = r.tables.find((x) => x.block.sheet === sheet);
  if (!t) throw new Error(`no table on ${sheet}`);
  return t;
}
function dept(t: Recognised): DeptPerformanceForm {
  if (!t.deptForm) throw new Error(`no dept form on ${t.block.sheet}`);
  return t.deptForm;
}

/** "994.81@D11" as printed (percentages in points), "empty@E8", or null. */
const v = (x: ValueCell | null | undefined): string | null => {
  if (!x) return null;
  const a = x.amount;
  return a.kind === 'number' ? `${a.value.toFixed(Math.max(0, a.decimals))}@${x.cell}` : `${a.kind}@${x.cell}`;
};
const line = (l: FormLine | null) => (l ? [l.name, l.nameCell, v(l.current), v(l.share)] : null);
const prior = (l: FormLine) => l.prior.map((p) => `${p.label}=${v(p.value)}`);
const sum = (xs: (ValueCell | null)[]): string =>
  xs.reduce((s, x) => (x && x.amount.kind === 'number' ? s.plus(x.amount.value) : s), new Decimal(0)).toString();
const projectForms = (t: Recognised): ProjectPerformanceForm[] => t.projectForms ?? [];

describe('2023 黄陂 budget (S000)', () => {
  const file = '2023-huangpi-ybfwzx-budget.xlsx';

  test('表10 整体绩效目标表', async () => {
    const f = dept(table(await rec(file), '表10 单位整体支出绩效目标申报表'));
    expect(f.income.map(line)).toEqual([
      ['财政拨款', 'C7', '1157.86@D7', '100.00@E7'],
      ['财政专户管理资金', 'C8', 'empty@D8', 'empty@E8'],
      ['单位资金', 'C9', 'empty@D9', 'empty@E9'],
    ]);
    expect(line(f.incomeTotal)).toEqual(['合计', 'C10', '1157.86@D10', '100.00@E10']);
    expect(f.expense.map(line)).toEqual([
      ['人员类项目支出', 'C11', '980.99@D11', '84.72@E11'],
      ['运转类项目支出', 'C12', '26.87@D12', '2.32@E12'],
      ['特定目标类项目支出', 'C13', '150@D13', '12.96@E13'],
    ]);
    expect(line(f.expenseTotal)).toEqual(['合计', 'C14', '1157.86@D14', '100.00@E14']);
    expect(f.expense[2].share?.amount).toMatchObject({ kind: 'number', percent: true });
    expect(f.priorYearLabels).toEqual([
      { text: '2021 年', cell: 'F6', year: 2021 },
      { text: '2022 年', cell: 'G6', year: 2022 },
    ]);
    expect(prior(f.expense[2])).toEqual(['2021 年=empty@F13', '2022 年=6178.00@G13']);
    expect(prior(f.incomeTotal!)).toEqual(['2021 年=971.63@F10', '2022 年=7020.89@G10']);
    expect(f.projects.map((p) => [p.name, p.cell, p.category, v(p.total), v(p.current)])).toEqual([
      ['开展城乡居民医疗保险宣传等工作经费', 'B21', '特定目标类项目', '150.00@E21', '150.00@F21'],
    ]);
    // IN-17 (R): 150 / 1157.86 = 12.955 % → 12.95, printed 12.96
    const share = new Decimal(150).dividedBy(1157.86).times(100);
    expect(share.toFixed(2)).toBe('12.95');
  });

  test('表11 项目申报表', async () => {
    const forms = projectForms(table(await rec(file), '表11 部门（单位）项目申报表(含绩效目标)'));
    expect(forms).toHaveLength(1);
    const f = forms[0];
    expect(f.sheet).toBe('表11 部门（单位）项目申报表(含绩效目标)');
    expect(f.name).toEqual({ text: '开展城乡居民医疗保险宣传等工作经费', cell: 'B3' });
    expect(f.code).toEqual({ text: '42011622083T000000100', cell: 'F3' });
    expect([v(f.totalBudget), v(f.currentBudget), v(f.sourceTotal)]).toEqual(['150@B17', '150@F17', '150@F20']);
    expect(f.sources.map((s) => [s.name, s.nameCell, v(s.value), s.sub.map((x) => `${x.name}=${v(x.value)}`)])).toEqual([
      ['1.一般公共预算财政拨款收入', 'B21', '150@F21', ['其中：申请当年预算拨款=150@F22']],
      ['2.政府性基金预算财政拨款收入', 'B23', 'empty@F23', ['其中：申请当年预算拨款=empty@F24']],
      ['3.财政专户管理资金', 'B25', 'empty@F25', []],
      [
        '4.单位资金',
        'B26',
        'empty@F26',
        ['其中：事业收入=empty@F27', '上级补助收入=empty@F28', '附属单位上缴收入=empty@F29', '事业单位经营收入=empty@F30', '其他收入=empty@F31'],
      ],
    ]);
    expect(f.details.map((d) => [d.activity, d.economic, v(d.value)])).toEqual([
      ['开展城乡居民医疗保险宣传等工作经费', '其他商品服务支出', '90@E33'],
      ['开展城乡居民医疗保险宣传等工作经费', '其他商品服务支出', '40@E34'],
      ['开展城乡居民医疗保险宣传等工作经费', '其他商品服务支出', '20@E35'],
    ]);
    expect(f.details[1].content).toBe('信息化建设、网络系统维护等工作经费');
    expect(f.detailTotal).toBeNull();
    // IN-18: 90 + 40 + 20 = 150 = Σ 来源 = 当年预算
    expect(sum(f.details.map((d) => d.value))).toBe('150');
    expect(sum(f.sources.map((s) => s.value))).toBe('150');
  });
});

describe('2022 东西湖 budget (S001, older template)', () => {
  const file = '2022-dongxihu-ybj-budget.xlsx';

  test('整体绩效目标申报表: 基本支出 994.81 at 30.32 %, the 2020 column 2489.75 ≠ 658.97 + 1839.78', async () => {
    const f = dept(table(await rec(file), '部门整体支出绩效目标申报表'));
    expect(f.income.map(line)).toEqual([
      ['财政拨款', 'C8', '3291.91@D8', 'empty@E8'],
      ['其他资金', 'C9', 'empty@D9', 'empty@E9'],
    ]);
    expect(line(f.incomeTotal)).toEqual(['合计', 'C10', '3291.91@D10', '100@E10']);
    expect(f.expense.map(line)).toEqual([
      ['基本支出', 'C11', '994.81@D11', '30.32@E11'],
      ['项目支出', 'C12', '2297.1@D12', '69.78@E12'],
    ]);
    expect(line(f.expenseTotal)).toEqual(['合计', 'C13', '3291.91@D13', '100@E13']);
    expect(f.priorYearLabels).toEqual([
      { text: '2020年', cell: 'F7', year: 2020 },
      { text: '2021年', cell: 'G7', year: 2021 },
    ]);
    expect(prior(f.expense[0])).toEqual(['2020年=658.97@F11', '2021年=819.97@G11']);
    expect(prior(f.expense[1])).toEqual(['2020年=1839.78@F12', '2021年=2290.86@G12']);
    expect(prior(f.expenseTotal!)).toEqual(['2020年=2489.75@F13', '2021年=3110.83@G13']);
    expect(sum(f.expense.map((l) => l.prior[0].value))).toBe('2498.75');
    expect(new Decimal(994.81).dividedBy(3291.91).times(100).toFixed(2)).toBe('30.22');
    expect(f.projects).toEqual([]);
  });

  test('the 9 项目绩效目标申报表 sheets', async () => {
    const r = await rec(file);
    const forms = r.tables.filter((t) => t.kind === 'project-performance').map(projectForms);
    expect(forms.map((fs) => fs.length)).toEqual(Array(9).fill(1));
    const summary = forms.map(([f]) => [
      f.name?.text,
      v(f.currentBudget),
      v(f.sourceTotal),
      v(f.detailTotal),
      sum(f.details.map((d) => d.value)),
    ]);
    expect(summary).toEqual([
      ['医疗保障业务工作经费', '12@E10', '12@E13', '12@E18', '12'],
      ['医疗核查中心工作经费', '90@E10', '90@E13', '90@E18', '90'],
      ['医保服务中心工作经费', '70@E10', '70@E13', '70@E18', '70'],
      ['医疗救助款', '260@E10', '260@E13', '260@E18', '260'],
      ['企业离休人员医疗经费', '600@E10', '600@E13', '600@E18', '600'],
      ['保优离医疗经费', '1200@E10', '1200@E13', '1200@E18', '1200'],
      ['1-6级伤残军人医疗经费', '74@E10', '74@E13', '74@E18', '74'],
      ['购买服务人员经费', '217.42@E10', '217.42@E13', '217.42@E18', '217.42'],
      ['党员教育培训', '1.1@E10', '1.1@E13', '1.1@E18', '1.1'],
    ]);
    expect(forms.every(([f]) => f.code === null)).toBe(true);
  });

  test('医保服务中心工作经费: 当年预算 "70万元" and details 16+10+5+5+10+18+6', async () => {
    const [f] = projectForms(table(await rec(file), '项目绩效目标申报表（医保服务中心工作经费）'));
    expect(f.name).toEqual({ text: '医保服务中心工作经费', cell: 'B4' });
    expect(f.currentBudget?.amount).toMatchObject({ kind: 'number', unit: '万元', storedAsText: true });
    expect(v(f.totalBudget)).toBe('70@B10');
    expect(f.sources.map((s) => [s.name, v(s.value)])).toEqual([
      ['公共预算财政拨款', '70@E14'],
      ['政府性基金预算财政拨款', 'empty@E15'],
      ['其他资金', 'empty@E16'],
    ]);
    expect(f.details.map((d) => v(d.value))).toEqual(['16@E19', '10@E20', '5@E21', '5@E22', '10@E23', '18@E24', '6@E25']);
    expect(f.details[5]).toMatchObject({ activity: '6、档案整理费', content: null, economic: null });
  });

  test('医疗核查中心工作经费: 80 + 2 + 5 + 3 = 90', async () => {
    const [f] = projectForms(table(await rec(file), '项目绩效目标申报表（医疗核查中心工作经费）'));
    expect(f.details.map((d) => v(d.value))).toEqual(['80@E19', '2@E20', '5@E21', '3@E22']);
  });
});

describe('2024 黄陂 final (S002): 自评表 of scores carry no budget figures', () => {
  test('nothing is read, nothing guessed', async () => {
    const r = await rec('2024-huangpi-ybfwzx-final.xlsx');
    expect(table(r, '附件一 整体绩效自评表').deptForm).toBeNull();
    expect(table(r, '附件二 项目绩效自评表').projectForms).toEqual([]);
  });
});

describe('2026 青山 budget (S003)', () => {
  const file = '2026-qingshan-ybfwzx-budget.xlsx';

  test('表14 整体支出绩效目标表: 人员类/运转类/特定目标类 153.31 / 7.87 / 56.8', async () => {
    const f = dept(table(await rec(file), '表14 整体支出绩效目标表'));
    expect(f.income.map(line)).toEqual([
      ['财政拨款', 'C8', '217.98@D8', '100.00@E8'],
      ['财政专户管理资金', 'C9', '0@D9', 'empty@E9'],
      ['单位资金', 'C10', '0@D10', 'empty@E10'],
    ]);
    expect(line(f.incomeTotal)).toEqual(['合 计', 'C11', '217.98@D11', '100.00@E11']);
    expect(f.expense.map(line)).toEqual([
      ['人员类项目支出', 'C12', '153.31@D12', '70.33@E12'],
      ['运转类项目支出', 'C13', '7.87@D13', '3.61@E13'],
      ['特定目标类项目支出', 'C14', '56.8@D14', '26.06@E14'],
    ]);
    expect(line(f.expenseTotal)).toEqual(['合 计', 'C15', '217.98@D15', '100.00@E15']);
    // the 近两年 headers are printed blank ("__年") and so are their amounts
    expect(f.priorYearLabels).toEqual([
      { text: '__年', cell: 'F7', year: null },
      { text: '__年', cell: 'G7', year: null },
    ]);
    expect(prior(f.expense[0])).toEqual(['__年=empty@F12', '__年=empty@G12']);
    expect(f.projects.map((p) => [p.name, p.cell, p.category, v(p.total), v(p.current)])).toEqual([
      ['医保经办机构运行业务经费', 'B19', '本级支出项目', '56.80@E19', '56.8@F19'],
    ]);
  });

  test('表15 项目支出绩效目标表: details sum to 56.8', async () => {
    const forms = projectForms(table(await rec(file), '表15 项目支出绩效目标表'));
    expect(forms).toHaveLength(1);
    const f = forms[0];
    expect(f.name).toEqual({ text: '医保经办机构运行业务经费', cell: 'B4' });
    expect(f.code).toEqual({ text: '42010726202T000000103', cell: 'E4' });
    expect([v(f.totalBudget), v(f.currentBudget), v(f.sourceTotal)]).toEqual(['56.8@B13', '56.8@E13', '56.8@E16']);
    expect(f.sources.map((s) => [s.name, v(s.value), s.sub.length])).toEqual([
      ['1. 一般公共预算财政拨款', '56.8@E17', 0],
      ['2. 政府性基金预算财政拨款', 'empty@E18', 0],
      ['3. 财政专户管理资金', 'empty@E19', 0],
      ['4. 单位资金', 'empty@E20', 0],
    ]);
    expect(f.details.map((d) => [d.economic, v(d.value)])).toEqual([
      ['30201-办公费', '2@D23'],
      ['30201-办公费', '3.2@D24'],
      ['30205-水费', '0.3@D25'],
      ['30206-电费', '5.2@D26'],
      ['30207-邮电费', '3@D27'],
      ['30209-物业管理费', '23.2@D28'],
      ['30213-维修（护）费', '8.8@D29'],
      ['31002-办公设备购置', '0.7@D30'],
      ['30199-其他工资福利支出', '3.6@D31'],
      ['30299-其他商品和服务支出', '6.8@D32'],
    ]);
    // the 项目活动 is merged down A23:A32: every line carries it
    expect(new Set(f.details.map((d) => d.activity)).size).toBe(1);
    expect(f.details[0].activity).toMatch(/^承接全区医保经办管理和服务工作/);
    expect(f.details[7].content).toBe('通过政采系统采购笔记本电脑 1 台');
    expect(f.detailTotal).toBeNull();
    expect(sum(f.details.map((d) => d.value))).toBe('56.8');
  });
});

test('S003 表15 read where the host cannot tell merges: a blank 项目活动 continues the one above', async () => {
  const wb = await readWorkbookFile(path.join(FIXTURES, '2026-qingshan-ybfwzx-budget.xlsx'));
  const noMerges = { ...wb, sheets: wb.sheets.map((s) => ({ ...s, merges: [], mergesKnown: false })) };
  const [original] = projectForms(table(recognise(wb), '表15 项目支出绩效目标表'));
  const [f] = projectForms(table(recognise(noMerges), '表15 项目支出绩效目标表'));
  expect(f.details.map((d) => [d.activity, d.economic, v(d.value)])).toEqual(original.details.map((d) => [d.activity, d.economic, v(d.value)]));
  expect(v(f.sourceTotal)).toBe('56.8@E16');
});

describe('2025 蔡甸 budget (S004)', () => {
  const file = '2025-caidian-ybj-budget.xlsx';

  test('表10 部门整体支出绩效目标表: 基本 264.5 / 项目 121, 近两年 2024年 / 2025年', async () => {
    const f = dept(table(await rec(file), '表10 部门整体支出绩效目标表'));
    expect(f.income.map(line)).toEqual([
      ['财政拨款', 'C7', '385.5@D7', '100@E7'],
      ['其他资金', 'C8', '0@D8', '0@E8'],
    ]);
    expect(line(f.incomeTotal)).toEqual(['合计', 'C9', '385.5@D9', '100@E9']);
    expect(f.expense.map(line)).toEqual([
      ['基本支出', 'C10', '264.5@D10', '68.61@E10'],
      ['项目支出', 'C11', '121@D11', '31.39@E11'],
    ]);
    expect(line(f.expenseTotal)).toEqual(['合计', 'C12', '385.5@D12', '100@E12']);
    expect(f.priorYearLabels).toEqual([
      { text: '2024年', cell: 'F6', year: 2024 },
      { text: '2025年', cell: 'G6', year: 2025 },
    ]);
    expect(prior(f.expense[0])).toEqual(['2024年=262.62@F10', '2025年=264.5@G10']);
    expect(prior(f.expense[1])).toEqual(['2024年=139@F11', '2025年=121@G11']);
    expect(f.projects.map((p) => [p.name, p.cell, p.category, v(p.total), v(p.current)])).toEqual([
      ['政府购买服务-市民之家', 'B16', null, '64@C16', '64@D16'],
      ['劳务派遣-办公室工作人员', 'B17', null, '22@C17', '22@D17'],
      ['基金审计经费', 'B18', null, '5@C18', '5@D18'],
      ['医保专项经费', 'B19', null, '30@C19', '30@D19'],
    ]);
  });

  test('表11: four project forms stacked in one block', async () => {
    const forms = projectForms(table(await rec(file), '表11 项目支出绩效目标表'));
    expect(forms.map((f) => [f.rows, f.name?.text, f.code?.text, f.code?.cell, v(f.totalBudget), v(f.currentBudget), v(f.sourceTotal)])).toEqual([
      [[1, 43], '基金审计经费', '42011423056T000000117', 'F4', '5@B12', '5@F12', '5@E15'],
      [[44, 82], '劳务派遣-办公室工作人员', '42011423056T000000116', 'F44', '22@B52', '22@F52', '22@E55'],
      [[83, 131], '医保专项经费', '42011423056T00000115', 'F83', '30@B91', '30@F91', '30@E94'],
      [[132, 167], '政府购买服务-市民之家', '42011423056T000000114', 'F132', '64@B140', '64@F140', '64@E143'],
    ]);
    // 其中 lines nest under their line; unnumbered lines after them are top level again
    expect(forms[0].sources.map((s) => [s.name, v(s.value), s.sub.map((x) => x.name)])).toEqual([
      ['一般公共预算财政拨款', '5@E16', ['其中：申请当年预算拨款']],
      ['政府性基金预算财政拨款', 'empty@E18', []],
      ['财政专户管理资金', 'empty@E19', []],
      ['单位资金', 'empty@E20', ['其中：使用上年度财政拨款结转']],
    ]);
    expect(forms[0].details).toEqual([
      { activity: '医保服务中心基金审计', content: '委托第三方机构开展上述审计', economic: '委托业务费', value: forms[0].details[0].value },
    ]);
    expect(v(forms[0].details[0].value)).toBe('5@D24');
    expect(forms[2].details.map((d) => [d.activity, d.economic, v(d.value)])).toEqual([
      ['办公楼水电', '水电费', '7@D103'],
      ['残保金', '其他支出', '3@D104'],
      ['物业管理服务', '办公费', '10@D105'],
      ['电梯运行服务费', '服务费', '1@D106'],
      ['会计咨询服务', '服务费', '3@D107'],
      ['法律咨询服务', '服务费', '3@D108'],
      ['安置转业士官社保缴费', '服务费', '3@D109'],
    ]);
    expect(forms.map((f) => sum(f.details.map((d) => d.value)))).toEqual(['5', '22', '30', '64']);
    expect(forms.every((f) => f.detailTotal === null)).toBe(true);
  });
});

test('tables that are not forms get neither field', async () => {
  const r = await rec('2025-caidian-ybj-budget.xlsx');
  const others = r.tables.filter((t) => t.kind !== 'dept-performance' && t.kind !== 'project-performance');
  expect(others.length).toBeGreaterThan(0);
  expect(others.every((t) => !('deptForm' in t) && !('projectForms' in t))).toBe(true);
});

// ---------------------------------------------------------------- layout variants

const VARIANTS: [string, (wb: Workbook) => Workbook][] = [
  ['split 类/款/项 code columns', splitCodeColumns],
  ['all tables stacked on one sheet', stackOnOneSheet],
  ['generic sheet names', genericSheetNames],
  ['amounts in 元', amountsInYuan],
  ['numbers as text, blanks for zero', numbersAsText],
  ['merges undone, labels repeated down', (wb) => remergeHeaders(wb)],
  ['merges undone, labels repeated across', (wb) => remergeHeaders(wb, { horizontal: 'everyCell' })],
];

/** Blank and 0 compare equal (a variant prints zero as blank); values in 万元. */
const amount = (x: ValueCell | null | undefined): string | null =>
  !x ? null : x.amount.kind === 'number' ? x.amount.value.toString() : x.amount.kind === 'empty' ? '0' : x.amount.kind;

/** What a check relies on: names and values of every form (not cell addresses, which move). */
function formsOf(r: Recognition) {
  const l = (x: FormLine | null) => x && [x.name, amount(x.current), amount(x.share), x.prior.map((p) => [p.label, amount(p.value)])];
  return r.tables
    .filter((t) => t.kind === 'dept-performance' || t.kind === 'project-performance')
    .map((t) => ({
      dept:
        t.deptForm &&
        [
          [...t.deptForm.income.map(l), l(t.deptForm.incomeTotal)],
          [...t.deptForm.expense.map(l), l(t.deptForm.expenseTotal)],
          t.deptForm.priorYearLabels.map((p) => p.text),
          t.deptForm.projects.map((p) => [p.name, p.category, amount(p.total), amount(p.current)]),
        ],
      projects: t.projectForms?.map((f) => [
        f.name?.text,
        f.code?.text,
        amount(f.totalBudget),
        amount(f.currentBudget),
        amount(f.sourceTotal),
        f.sources.map((x) => [x.name, amount(x.value), x.sub.map((y) => [y.name, amount(y.value)])]),
        f.details.map((d) => [d.activity, d.content, d.economic, amount(d.value)]),
        amount(f.detailTotal),
      ]),
    }));
}

describe.each(['2022-dongxihu-ybj-budget.xlsx', '2023-huangpi-ybfwzx-budget.xlsx', '2025-caidian-ybj-budget.xlsx', '2026-qingshan-ybfwzx-budget.xlsx'])(
  'layout variants of %s',
  (file) => {
    let original: Workbook;
    let expected: ReturnType<typeof formsOf>;
    beforeAll(async () => {
      original = await readWorkbookFile(path.join(FIXTURES, file));
      expected = formsOf(recognise(original));
    });
    test.each(VARIANTS)('%s → the same forms', (_name, variant) => {
      expect(formsOf(recognise(variant(original)))).toEqual(expected);
    });
  },
);

// ---------------------------------------------------------------- hand-made layouts

type Cellv = string | number | null | { v: number; fmt: string };
function sheetOf(name: string, rows: Cellv[][], merges: string[] = []): Sheet {
  const s = createSheet(name, 0);
  rows.forEach((r, i) =>
    r.forEach((x, j) => {
      if (x === null) return;
      const init = typeof x === 'object' ? { value: x.v, numFmt: x.fmt } : { value: x, numFmt: typeof x === 'number' ? '0.00' : undefined };
      putCell(s, makeCell({ row: i + 1, col: j + 1, ...init }));
    }),
  );
  for (const m of merges) addMerge(s, m, parseRange(m));
  return s;
}
const wbOf = (...sheets: Sheet[]): Workbook => ({ source: 't', sheets: sheets.map((s, i) => ({ ...s, index: i })) });
const pct = (x: number) => ({ v: x, fmt: '0.00%' });

test('dept form: an extra blank column, full-width parentheses and spaces, no 近两年 columns, no merges', () => {
  const s = sheetOf('Sheet1', [
    ['某局部门（单位）整体支出绩效目标表'],
    [null, null, null, null, null, '单位：万元'],
    ['部门（单位）名称', '某局'],
    ['部门总体资金情况', '总体资金情况', null, null, '当年金额（万元）', '占比（%）'],
    [null, '收入构成', '财政拨款', null, 100, pct(0.8333)],
    [null, null, '单位资金', null, 20, pct(0.1667)],
    [null, null, '合\u3000计', null, 120, pct(1)],
    [null, '支出构成', '基本支出', null, 90, pct(0.75)],
    [null, null, '项目支出', null, 30, pct(0.25)],
    [null, null, '合计', null, 120, pct(1)],
    ['部门职能概述', '负责全区医疗保障工作。'],
    ['项目支出情况（万元）', '项目名称', null, '项目总预算', '项目本年度预算'],
    [null, '医保专项经费', null, 30, 30],
    ['整体绩效总目标', '提升医保服务水平。'],
  ]);
  const [t] = recognise(wbOf(s)).tables;
  expect(t.kind).toBe('dept-performance');
  const f = dept(t);
  expect(f.income.map(line)).toEqual([
    ['财政拨款', 'C5', '100.00@E5', '83.33@F5'],
    ['单位资金', 'C6', '20.00@E6', '16.67@F6'],
  ]);
  expect(line(f.incomeTotal)).toEqual(['合\u3000计', 'C7', '120.00@E7', '100.00@F7']);
  expect(f.expense.map(line)).toEqual([
    ['基本支出', 'C8', '90.00@E8', '75.00@F8'],
    ['项目支出', 'C9', '30.00@E9', '25.00@F9'],
  ]);
  expect(line(f.expenseTotal)).toEqual(['合计', 'C10', '120.00@E10', '100.00@F10']);
  expect(f.priorYearLabels).toEqual([]);
  expect(f.expense.every((l) => l.prior.length === 0)).toBe(true);
  expect(f.projects.map((p) => [p.name, p.cell, p.category, v(p.total), v(p.current)])).toEqual([['医保专项经费', 'B13', null, '30.00@D13', '30.00@E13']]);
});

test('dept form: 近两年 labels found without merges; a form with no figures at all is null', () => {
  const s = sheetOf('Sheet1', [
    ['部门整体支出绩效目标表'],
    ['部门名称', '某局', null, null, null, null, '单位：万元'],
    ['部门总体资金情况', '总体资金情况', null, '当年金额', '占比', '近两年收支金额'],
    [null, null, null, null, null, '2023年', '2024年'],
    [null, '收入构成', '财政拨款', 50, pct(1), 40, 45],
    [null, null, '合计', 50, pct(1), 40, 45],
    [null, '支出构成', '基本支出', 50, pct(1), 40, 45],
    [null, null, '合计', 50, pct(1), 40, 45],
  ]);
  const f = dept(recognise(wbOf(s)).tables[0]);
  expect(f.priorYearLabels).toEqual([
    { text: '2023年', cell: 'F4', year: 2023 },
    { text: '2024年', cell: 'G4', year: 2024 },
  ]);
  expect(prior(f.expense[0])).toEqual(['2023年=40.00@F7', '2024年=45.00@G7']);
  expect(line(f.expenseTotal)).toEqual(['合计', 'C8', '50.00@D8', '100.00@E8']);

  const scores = sheetOf('Sheet1', [
    ['部门整体绩效自评表'],
    ['一级指标', '二级指标', '三级指标', '得分'],
    ['投入', '预算配置', '在职人员控制率', 3],
  ]);
  const [t] = recognise(wbOf(scores)).tables;
  expect(t.kind).toBe('dept-performance');
  expect(t.deptForm).toBeNull();
});

test('project form: full-width parentheses and colons, a blank column before the values, amounts in 元, merged 项目活动', () => {
  const s = sheetOf(
    'Sheet1',
    [
      ['项目支出绩效目标表'],
      [null, null, null, null, null, '单位：元'],
      ['项目名称：', null, '信息系统运维', null, '项目编码：', '420100T0001'],
      ['项目总预算（万元）', null, 150000, null, '项目当年预算（万元）', 120000],
      ['项目资金来源', '来源项目', null, null, '金额（万元）'],
      [null, '合\u3000计', null, null, 120000],
      [null, '一般公共预算财政拨款', null, null, 100000],
      [null, '其中：申请当年预算拨款', null, null, 100000],
      [null, '单位资金', null, null, 20000],
      ['项目支出明细测算', '项目活动', '活动内容表述', '支出经济分类', '金额'],
      [null, '系统运维', '服务器维护', '30213-维修（护）费', 70000],
      [null, null, '网络租赁', '30207-邮电费', 50000],
      ['项目采购', '品名', null, '数量', '金额'],
      [null, '服务器', null, '1台', 30000],
      ['项目绩效总目标', '保障系统运行。'],
      ['年度绩效目标表', '一级指标', '二级指标', '三级指标', '指标值'],
    ],
    ['A10:A12', 'B11:B12'],
  );
  const [t] = recognise(wbOf(s)).tables;
  expect(t.kind).toBe('project-performance');
  expect(t.moneyUnit).toBe('元');
  const [f] = projectForms(t);
  expect(f.name).toEqual({ text: '信息系统运维', cell: 'C3' });
  expect(f.code).toEqual({ text: '420100T0001', cell: 'F3' });
  expect([v(f.totalBudget), v(f.currentBudget), v(f.sourceTotal)]).toEqual(['15.000000@C4', '12.000000@F4', '12.000000@E6']);
  expect(f.sources.map((x) => [x.name, v(x.value), x.sub.map((y) => `${y.name}=${v(y.value)}`)])).toEqual([
    ['一般公共预算财政拨款', '10.000000@E7', ['其中：申请当年预算拨款=10.000000@E8']],
    ['单位资金', '2.000000@E9', []],
  ]);
  expect(f.details.map((d) => [d.activity, d.content, d.economic, v(d.value)])).toEqual([
    ['系统运维', '服务器维护', '30213-维修（护）费', '7.000000@E11'],
    ['系统运维', '网络租赁', '30207-邮电费', '5.000000@E12'],
  ]);
  expect(f.detailTotal).toBeNull();
});

test('project 自评表: 全年预算数 read from under its column header; a list-style table gives no form', () => {
  const s = sheetOf('Sheet1', [
    ['项目支出绩效自评表'],
    ['项目名称', '医保宣传经费'],
    ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '执行率'],
    ['年度资金总额', 100, 90, 88, pct(0.9778)],
    ['年度总体目标', '完成宣传任务'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
  ]);
  const [f] = projectForms(recognise(wbOf(s)).tables[0]);
  expect(f.name).toEqual({ text: '医保宣传经费', cell: 'B2' });
  expect(v(f.currentBudget)).toBe('90.00@C4');
  expect([f.totalBudget, f.sources, f.sourceTotal, f.details, f.detailTotal]).toEqual([null, [], null, [], null]);

  const list = sheetOf('Sheet1', [
    ['项目支出绩效目标表'],
    ['项目名称', '绩效目标', '一级指标', '二级指标', '指标值'],
    ['医保宣传经费', '完成宣传任务', '产出指标', '数量指标', '≥5期'],
  ]);
  const [t] = recognise(wbOf(list)).tables;
  expect(t.kind).toBe('project-performance');
  expect(t.projectForms).toEqual([]);
});
