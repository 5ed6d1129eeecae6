/** Every table of every seed fixture is recognised with the right kind; spot values read through the semantic model. */
import { formatRange } from '../../src/core/address';
import * as path from 'path';
import { recognise, type Recognised, type Recognition, type TableRow } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const cache = new Map<string, Promise<Recognition>>();
function rec(file: string): Promise<Recognition> {
  if (!cache.has(file)) cache.set(file, readWorkbookFile(path.join(FIXTURES, file)).then(recognise));
  return cache.get(file)!;
}
const kinds = (r: Recognition) => r.tables.map((t) => [t.block.sheet, t.kind]);
function table(r: Recognition, sheet: string): Recognised {
  const t = r.tables.find((x) => x.block.sheet === sheet);
  if (!t) throw new Error(`no table on ${sheet}`);
  return t;
}
function row(t: Recognised, pred: (r: TableRow) => boolean): TableRow {
  const r = t.rows.find(pred);
  if (!r) throw new Error(`row not found in ${t.block.sheet}`);
  return r;
}
const num = (r: TableRow, key: string) => {
  const v = r.values[key];
  return v && v.amount.kind === 'number' ? `${v.amount.value.toFixed(v.amount.decimals)}@${v.cell}` : v?.amount.kind;
};

test('2023 黄陂 budget: all 13 tables', async () => {
  const r = await rec('2023-huangpi-ybfwzx-budget.xlsx');
  expect(kinds(r)).toEqual([
    ['情况说明', 'narrative'],
    ['表1 收支总表', 'income-expense-summary'],
    ['表2 收入总表', 'income-summary'],
    ['表3 支出总表', 'expenditure-summary'],
    ['表4 财政拨款收支总表', 'fiscal-summary'],
    ['表5 一般公共预算支出表', 'general-budget-expenditure'],
    ['表6 一般公共预算基本支出表', 'basic-expenditure'],
    ['表7 一般公共预算“三公”经费支出表', 'three-public'],
    ['表8 政府性基金预算支出表', 'gov-fund'],
    ['表9 项目支出表', 'project-expenditure'],
    ['表10 单位整体支出绩效目标申报表', 'dept-performance'],
    ['表11 部门（单位）项目申报表(含绩效目标)', 'project-performance'],
    ['表12 政府采购预算表', 'procurement'],
  ]);
  expect(r.unrecognised).toEqual([]);
});

test('2022 东西湖 budget (older template): all 23 tables', async () => {
  const r = await rec('2022-dongxihu-ybj-budget.xlsx');
  expect(kinds(r).slice(0, 14)).toEqual([
    ['情况说明', 'narrative'],
    ['部门收支总表', 'income-expense-summary'],
    ['部门收入总表', 'income-summary'],
    ['部门支出总表', 'expenditure-summary'],
    ['财政拨款收支预算总表', 'fiscal-summary'],
    ['一般公共预算支出总表', 'general-budget-expenditure'],
    ['一般公共预算支出表（功能分类项级）', 'general-budget-expenditure'],
    ['一般公共预算基本支出表（经济分类款级）', 'basic-expenditure'],
    ['一般公共预算‘三公’经费支出表', 'three-public'],
    ['政府性基金预算支出表', 'gov-fund'],
    ['项目支出预算表', 'project-expenditure'],
    ['政府采购预算表', 'procurement'],
    ['政府购买服务支出表', 'purchase-services'],
    ['部门整体支出绩效目标申报表', 'dept-performance'],
  ]);
  expect(kinds(r).slice(14).map(([, k]) => k)).toEqual(Array(9).fill('project-performance'));
  expect(r.tables.filter((t) => t.titleDisagreement)).toEqual([]);
  // columns of the older template the engine cannot give a meaning, said out loud
  expect(r.unrecognised.map((u) => [u.block.sheet, formatRange(u.block.range), u.reason.replace(/列（[A-Z]+\d+:.*$/, '列')])).toEqual([
    ['部门收入总表', 'D7:D9', '收入总表的“经费拨款（补助）/小计”列'],
    ['部门收入总表', 'E7:E9', '收入总表的“经费拨款（补助）/财政指标拨款（补助）”列'],
    ['项目支出预算表', 'G5:G15', '项目支出表的“预算内资金”列'],
  ]);
  expect(r.tables.find((t) => t.block.sheet === '部门收入总表')?.unmappedMoney?.map((c) => c.col)).toEqual([4, 5]);
});

test('2024 黄陂 final account: 公开01–09表, 自评表 and the narrative parts', async () => {
  const r = await rec('2024-huangpi-ybfwzx-final.xlsx');
  expect(kinds(r)).toEqual([
    ['情况说明', 'narrative'],
    ['公开01表 收入支出决算总表', 'income-expense-summary'],
    ['公开02表 收入决算表', 'income-summary'],
    ['公开03表 支出决算表', 'expenditure-summary'],
    ['公开04表 财政拨款收入支出决算总表', 'fiscal-summary'],
    ['公开05表 一般公共预算财政拨款支出决算表', 'general-budget-expenditure'],
    ['公开06表 一般公共预算财政拨款基本支出决算明细表', 'basic-expenditure'],
    ['公开07表 政府性基金预算财政拨款收入支出决算表', 'gov-fund'],
    ['公开08表 国有资本经营预算财政拨款支出决算表', 'state-capital'],
    ['公开09表 财政拨款“三公”经费支出决算表', 'three-public'],
    ['第四部分 重点工作完成情况', 'narrative'],
    ['附件一 整体绩效自评表', 'dept-performance'],
    ['附件二 项目绩效自评表', 'project-performance'],
  ]);
});

test('2025 蔡甸 budget: 表9 titled 项目支出表 holds a 国有资本经营预算支出表, recorded as a disagreement', async () => {
  const r = await rec('2025-caidian-ybj-budget.xlsx');
  expect(kinds(r).map(([, k]) => k)).toEqual([
    'narrative',
    'income-expense-summary',
    'income-summary',
    'expenditure-summary',
    'fiscal-summary',
    'general-budget-expenditure',
    'basic-expenditure',
    'three-public',
    'gov-fund',
    'state-capital',
    'dept-performance',
    'project-performance',
  ]);
  const t9 = table(r, '表9 项目支出表');
  expect(t9.titleDisagreement).toEqual({ titleKind: 'project-expenditure', source: 'sheet', text: '表9 项目支出表' });
  expect(r.tables.filter((t) => t.titleDisagreement).length).toBe(1);
});

test('2026 青山 budget: the full 15-table form with 5-1 / 5-2', async () => {
  const r = await rec('2026-qingshan-ybfwzx-budget.xlsx');
  expect(kinds(r).map(([, k]) => k)).toEqual([
    'narrative',
    'income-expense-summary',
    'income-summary',
    'expenditure-summary',
    'fiscal-summary',
    'general-budget-expenditure',
    'general-budget-by-unit',
    'basic-expenditure',
    'three-public',
    'gov-fund',
    'state-capital',
    'project-expenditure',
    'procurement',
    'purchase-services',
    'asset-allocation',
    'dept-performance',
    'project-performance',
  ]);
});

describe('semantic model', () => {
  test('seed 000 支出总表: 合计 1157.86 = 基本 1007.86 + 项目 150.00; 类/款/项 with parents', async () => {
    const t = table(await rec('2023-huangpi-ybfwzx-budget.xlsx'), '表3 支出总表');
    const total = row(t, (r) => r.type === 'total');
    expect([num(total, '合计'), num(total, '基本支出'), num(total, '项目支出')]).toEqual(['1157.86@C4', '1007.86@D4', '150.00@E4']);
    const item = row(t, (r) => r.code === '2080505');
    expect(item).toMatchObject({ type: 'function', level: 3, parent: '20805', name: '机关事业单位基本养老保险缴费支出' });
    expect(row(t, (r) => r.code === '208')).toMatchObject({ level: 1, parent: null, name: '社会保障和就业支出' });
    expect(t.columns.map((c) => c.key)).toEqual(['科目编码', '科目名称', '合计', '基本支出', '项目支出', '事业单位经营支出', '上缴上级支出', '对附属单位补助支出']);
  });

  test('seed 000 一般公共预算支出表: 基本支出.小计 / 人员经费 / 公用经费 under merged headers', async () => {
    const t = table(await rec('2023-huangpi-ybfwzx-budget.xlsx'), '表5 一般公共预算支出表');
    expect(t.columns.map((c) => c.key)).toEqual(['科目编码', '科目名称', '合计', '基本支出.小计', '基本支出.人员经费', '基本支出.公用经费', '项目支出']);
    const total = row(t, (r) => r.type === 'total');
    expect(num(total, '基本支出.人员经费')).toBe('980.99@E5');
  });

  test('seed 000 收入总表: 部门 / 单位 rows and 本年收入 columns', async () => {
    const t = table(await rec('2023-huangpi-ybfwzx-budget.xlsx'), '表2 收入总表');
    expect(row(t, (r) => r.code === '083')).toMatchObject({ type: 'unit', level: 1 });
    const unit = row(t, (r) => r.code === '083003');
    expect(unit).toMatchObject({ type: 'unit', level: 2, parent: '083', name: '黄陂区医疗保障服务中心' });
    expect(num(unit, '本年收入.一般公共预算')).toBe('1157.86@E7');
    expect(num(unit, '上年结转结余.单位资金')).toBe('0.00@S7');
  });

  test('seed 000 收支总表: two sides with their labels and amounts', async () => {
    const t = table(await rec('2023-huangpi-ybfwzx-budget.xlsx'), '表1 收支总表');
    expect(num(row(t, (r) => r.side === 'income' && r.name === '一、一般公共预算拨款收入'), '预算数')).toBe('1157.86@B5');
    expect(num(row(t, (r) => r.side === 'expense' && /卫生健康支出/.test(r.name)), '预算数')).toBe('970.14@D11');
  });

  test('seed 000 政府采购预算表 is in 元', async () => {
    expect(table(await rec('2023-huangpi-ybfwzx-budget.xlsx'), '表12 政府采购预算表').moneyUnit).toBe('元');
  });

  test('seed 002 公开06表: three side-by-side panels and the 人员经费合计 963.12 footer', async () => {
    const t = table(await rec('2024-huangpi-ybfwzx-final.xlsx'), '公开06表 一般公共预算财政拨款基本支出决算明细表');
    expect(num(row(t, (r) => r.name === '人员经费合计'), '决算数')).toBe('963.12@C33');
    expect(num(row(t, (r) => r.name === '公用经费合计' && r.values['决算数']?.amount.kind === 'number'), '决算数')).toBe('36.60@I33');
    expect(row(t, (r) => r.code === '30201')).toMatchObject({ type: 'economic', level: 2, parent: '302', name: '办公费' });
    expect(row(t, (r) => r.code === '31002')).toMatchObject({ type: 'economic', parent: '310' });
  });

  test('seed 002 公开01表: 行次 and two sides', async () => {
    const t = table(await rec('2024-huangpi-ybfwzx-final.xlsx'), '公开01表 收入支出决算总表');
    const r1 = row(t, (r) => r.side === 'income' && r.lineNo === 1);
    expect(r1.name).toBe('一、一般公共预算财政拨款收入');
    expect(num(r1, '决算数')).toBe('1099.73@C7');
    expect(row(t, (r) => r.side === 'expense' && r.lineNo === 31).name).toBe('一、一般公共服务支出');
  });

  test('seed 002 公开03表: codes from the 类/款/项 columns, truncated 6-digit codes kept as printed', async () => {
    const t = table(await rec('2024-huangpi-ybfwzx-final.xlsx'), '公开03表 支出决算表');
    expect(t.columns.slice(0, 4).map((c) => c.key)).toEqual(['科目编码.类', '科目编码.款', '科目编码.项', '科目名称']);
    expect(row(t, (r) => r.code === '208050')).toMatchObject({ type: 'function', level: null, parent: '20805' });
    expect(num(row(t, (r) => r.type === 'total'), '基本支出')).toBe('999.73@F7');
  });

  test('seed 003 5-2 is the 分单位 part; 三公 table columns', async () => {
    const r = await rec('2026-qingshan-ybfwzx-budget.xlsx');
    const byUnit = table(r, '表5-2 一般公共预算支出表（分单位）');
    expect(byUnit.rows.filter((x) => x.type === 'unit').map((x) => x.code)).toEqual(['202', '202002']);
    const three = table(r, '表7 一般公共预算“三公”经费支出表');
    expect(three.columns.map((c) => c.key)).toEqual([
      '合计',
      '因公出国(境)费',
      '公务用车购置及运行费.小计',
      '公务用车购置及运行费.公务用车购置费',
      '公务用车购置及运行费.公务用车运行费',
      '公务接待费',
    ]);
  });

  test('every value keeps its cell and printed precision', async () => {
    for (const file of ['2023-huangpi-ybfwzx-budget.xlsx', '2025-caidian-ybj-budget.xlsx']) {
      const r = await rec(file);
      for (const t of r.tables)
        for (const x of t.rows)
          for (const v of Object.values(x.values)) {
            expect(v.cell).toMatch(/^[A-Z]+\d+$/);
            if (v.amount.kind === 'number' && t.moneyUnit !== '元') expect(v.amount.decimals).toBeGreaterThanOrEqual(0);
          }
    }
  });
});
