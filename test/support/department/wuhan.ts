/**
 * The Wuhan 区级 预算 15-table set (S003 2026 青山, the full form): 表1 收支总表 … 表15 项目支出
 * 绩效目标表, each derived from the department model.
 */
import Decimal from 'decimal.js';
import { basicSplit, economicRows, fnName, functionRows, ZERO } from './common';
import { carriedIn, carriedOut, income, spent, type Cut } from './figures';
import { sum, threePublicOf, type Department, type Source } from './model';
import { BUDGET_CLASSES, cn, ECONOMIC_NAMES } from './names';
import type { Rng } from './rng';
import type { Column, RawCell, Table, TRow, Value } from './writer';

const OTHER: Source[] = ['sy', 'jy', 'sj', 'fs', 'qt'];

export function wuhanTables(d: Department, rng: Rng, _layout?: unknown): Table[] {
  const unitLine = rng.pick([`部门/单位：${d.name}`, `单位名称：${d.name}`, `编制单位：${d.name}`]);
  const head = (marker: string, title: string) => ({ style: 'wuhan' as const, marker, title: rng.chance(50) ? `${d.year}年${title}` : `${d.name}${d.year}年${title}`, unitLine });
  const classes = rng.chance(50) ? BUDGET_CLASSES : BUDGET_CLASSES.filter(([c]) => c !== '203');
  const byUnit = d.units.length > 1 && rng.chance(50);
  const tables: Table[] = [
    summary(d, head('表1', '部门收支总表'), classes),
    incomeSummary(d, head('表2', '部门收入总表')),
    expenditureSummary(d, head('表3', '部门支出总表')),
    fiscalSummary(d, head('表4', '财政拨款收支总表'), classes),
    general(d, head(byUnit ? '表5-1' : '表5', '一般公共预算支出表' + (byUnit ? '（分功能分类）' : ''))),
  ];
  if (byUnit) tables.push(generalByUnit(d, head('表5-2', '一般公共预算支出表（分单位）')));
  tables.push(
    basic(d, head('表6', '一般公共预算基本支出表')),
    threePublic(d, head('表7', '一般公共预算“三公”经费支出表')),
    fundTable(d, head('表8', '政府性基金预算支出表'), 'gov-fund', 'gf', '本年政府性基金预算支出', '政府性基金预算'),
    fundTable(d, head('表9', '国有资本经营预算支出表'), 'state-capital', 'sc', '本年国有资本经营预算支出', '国有资本经营预算'),
    projectTable(d, head('表10', '项目支出表')),
    procurement(d, head('表11', '政府采购预算表')),
    services(d, head('表12', '政府购买服务预算表')),
    assets(d, head('表13', '资产配置预算表')),
    deptPerformance(d),
    ...projectPerformance(d),
  );
  return tables;
}

type WuhanHead = Extract<Table['head'], { style: 'wuhan' }>;

function sheetName(h: WuhanHead, short: string): string {
  return `${h.marker} ${short}`;
}

const INCOME_ITEMS: [string, Source][] = [
  ['一、一般公共预算拨款收入', 'gb'],
  ['二、政府性基金预算拨款收入', 'gf'],
  ['三、国有资本经营预算拨款收入', 'sc'],
  ['四、财政专户管理资金收入', 'zh'],
  ['五、事业收入', 'sy'],
  ['六、事业单位经营收入', 'jy'],
  ['七、上级补助收入', 'sj'],
  ['八、附属单位上缴收入', 'fs'],
  ['九、其他收入', 'qt'],
];

/** 表1 收支总表. */
function summary(d: Department, head: WuhanHead, classes: [string, string][]): Table {
  const rows: TRow[] = [];
  const n = Math.max(classes.length, INCOME_ITEMS.length);
  for (let i = 0; i < n; i++) {
    const inc = INCOME_ITEMS[i];
    const cls = classes[i];
    rows.push({
      values: [inc ? inc[0] : null, inc ? income(d, { source: inc[1] }) : null, cls ? `${cn(i + 1)}、${cls[1]}` : null, cls ? spent(d, { fn: cls[0] }) : null],
      role: inc ? 'income' : 'class',
    });
  }
  const allIn = income(d);
  const carried = carriedIn(d);
  const out = carriedOut(d);
  rows.push({ values: ['本年收入合计', allIn, '本年支出合计', spent(d)], role: 'total' });
  rows.push({ values: ['上年结转结余', carried, '年终结转结余', out], role: 'income' });
  rows.push({ values: ['收 入 总 计', allIn.plus(carried), '支 出 总 计', spent(d).plus(out)], role: 'total' });
  return {
    id: 'income-expense-summary',
    name: sheetName(head, '收支总表'),
    head,
    columns: [
      { head: ['收 入', '项 目'], kind: 'text' },
      { head: ['收 入', '预算数'], kind: 'money' },
      { head: ['支 出', '项 目'], kind: 'text' },
      { head: ['支 出', '预算数'], kind: 'money' },
    ],
    rows,
    notes: [],
  };
}

/** 表2 收入总表: 合计 / 部门 / 单位 rows. */
function incomeSummary(d: Department, head: WuhanHead): Table {
  const values = (c: Cut): Value[] => {
    const now = INCOME_ITEMS.map(([, s]) => income(d, { ...c, source: s }));
    const carried = [carriedIn(d, { ...c, source: 'gb' }), carriedIn(d, { ...c, source: 'gf' }), carriedIn(d, { ...c, source: 'sc' }), carriedIn(d, { ...c, source: 'zh' }), carriedIn(d, { ...c, source: OTHER })];
    return [sum(now).plus(sum(carried)), sum(now), ...now, sum(carried), ...carried];
  };
  const rows: TRow[] = [{ values: [null, '合计', ...values({})], role: 'total' }, { values: [d.code, d.name, ...values({})], role: 'unit' }];
  d.units.forEach((u, i) => rows.push({ values: [u.code, u.name, ...values({ unit: i })], role: 'unit' }));
  const now = ['小计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '事业收入', '事业单位经营收入', '上级补助收入', '附属单位上缴收入', '其他收入'];
  const carried = ['小计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金'];
  return {
    id: 'income-summary',
    name: sheetName(head, '收入总表'),
    head,
    columns: [
      { head: ['部门（单位）代码'], kind: 'text' },
      { head: ['部门（单位）名称'], kind: 'text' },
      { head: ['合计'], kind: 'money' },
      ...now.map((x): Column => ({ head: ['本年收入', x], kind: 'money' })),
      ...carried.map((x): Column => ({ head: ['上年结转结余', x], kind: 'money' })),
    ],
    rows,
    notes: [],
  };
}

/** 表3 支出总表. */
function expenditureSummary(d: Department, head: WuhanHead): Table {
  const values = (c: Cut): Value[] => [spent(d, c), spent(d, { ...c, use: 'basic' }), spent(d, { ...c, use: 'project' }), spent(d, { ...c, use: 'operating' }), ZERO, ZERO];
  return {
    id: 'expenditure-summary',
    name: sheetName(head, '支出总表'),
    head,
    columns: [
      { head: ['科目编码'], kind: 'code' },
      { head: ['科目名称'], kind: 'text' },
      ...['合计', '基本支出', '项目支出', '事业单位经营支出', '上缴上级支出', '对附属单位补助支出'].map((h): Column => ({ head: [h], kind: 'money' })),
    ],
    rows: functionRows(d, {}, values),
    notes: [],
  };
}

/** 表4 财政拨款收支总表. */
function fiscalSummary(d: Department, head: WuhanHead, classes: [string, string][]): Table {
  const incomeLines: [string, Decimal][] = [
    ['一、本年收入', income(d, { source: 'fiscal' })],
    ['（一）一般公共预算拨款', income(d, { source: 'gb' })],
    ['（二）政府性基金预算拨款', income(d, { source: 'gf' })],
    ['（三）国有资本经营预算拨款', income(d, { source: 'sc' })],
    ['二、上年结转', carriedIn(d, { source: 'fiscal' })],
    ['（一）一般公共预算拨款', carriedIn(d, { source: 'gb' })],
    ['（二）政府性基金预算拨款', carriedIn(d, { source: 'gf' })],
    ['（三）国有资本经营预算拨款', carriedIn(d, { source: 'sc' })],
  ];
  const expenseLines: [string, Decimal, string][] = [
    ['一、本年支出', spent(d, { source: 'fiscal' }), 'total'],
    ...classes.map(([code, name], i): [string, Decimal, string] => [`（${cn(i + 1)}）${name}`, spent(d, { source: 'fiscal', fn: code }), 'class']),
    ['二、年终结转结余', carriedOut(d, { source: 'fiscal' }), 'income'],
  ];
  const rows: TRow[] = [];
  for (let i = 0; i < expenseLines.length; i++) {
    const a = incomeLines[i];
    const b = expenseLines[i];
    rows.push({ values: [a ? a[0] : null, a ? a[1] : null, b[0], b[1]], role: a ? 'income' : b[2] });
  }
  const total = income(d, { source: 'fiscal' }).plus(carriedIn(d, { source: 'fiscal' }));
  rows.push({ values: ['收 入 总 计', total, '支 出 总 计', spent(d, { source: 'fiscal' }).plus(carriedOut(d, { source: 'fiscal' }))], role: 'total' });
  return {
    id: 'fiscal-summary',
    name: sheetName(head, '财政拨款收支总表'),
    head,
    columns: [
      { head: ['收 入', '项目'], kind: 'text' },
      { head: ['收 入', '预算数'], kind: 'money' },
      { head: ['支 出', '项目'], kind: 'text' },
      { head: ['支 出', '预算数'], kind: 'money' },
    ],
    rows,
    notes: [],
  };
}

const GENERAL_COLUMNS: Column[] = [
  { head: ['合计'], kind: 'money' },
  { head: ['基本支出', '小计'], kind: 'money' },
  { head: ['基本支出', '人员经费'], kind: 'money' },
  { head: ['基本支出', '公用经费'], kind: 'money' },
  { head: ['项目支出'], kind: 'money' },
];

function generalValues(d: Department, c: Cut): Value[] {
  const gb = { ...c, source: 'gb' as const };
  return [spent(d, gb), ...basicSplit(d, { ...gb, use: 'basic' }), spent(d, { ...gb, use: 'project' })];
}

/** 表5 一般公共预算支出表（功能分类）. */
function general(d: Department, head: WuhanHead): Table {
  return {
    id: 'general-budget',
    name: sheetName(head, '一般公共预算支出表'),
    head,
    columns: [{ head: ['科目编码'], kind: 'code' }, { head: ['科目名称'], kind: 'text' }, ...GENERAL_COLUMNS],
    rows: functionRows(d, { source: 'gb' }, (c) => generalValues(d, c)),
    notes: [],
  };
}

/** 表5-2 一般公共预算支出表（分单位）. */
function generalByUnit(d: Department, head: WuhanHead): Table {
  const rows: TRow[] = [
    { values: [null, '合计', ...generalValues(d, {})], role: 'total' },
    { values: [d.code, d.name, ...generalValues(d, {})], role: 'unit' },
    ...d.units.map((u, i): TRow => ({ values: [u.code, u.name, ...generalValues(d, { unit: i })], role: 'unit' })),
  ];
  return {
    id: 'general-by-unit',
    name: sheetName(head, '一般公共预算支出表（分单位）'),
    head,
    columns: [{ head: ['单位编码'], kind: 'text' }, { head: ['单位名称'], kind: 'text' }, ...GENERAL_COLUMNS],
    rows,
    notes: [],
  };
}

/** 表6 一般公共预算基本支出表（经济分类）. */
function basic(d: Department, head: WuhanHead): Table {
  const base: Cut = { source: 'gb', use: 'basic' };
  return {
    id: 'basic',
    name: sheetName(head, '一般公共预算基本支出表'),
    head,
    columns: [
      { head: ['部门预算支出经济分类科目', '科目编码'], kind: 'ecode' },
      { head: ['部门预算支出经济分类科目', '科目名称'], kind: 'text' },
      { head: ['本年一般公共预算基本支出', '合计'], kind: 'money' },
      { head: ['本年一般公共预算基本支出', '人员经费'], kind: 'money' },
      { head: ['本年一般公共预算基本支出', '公用经费'], kind: 'money' },
    ],
    rows: economicRows(d, base, (c) => basicSplit(d, c)),
    notes: [],
  };
}

/** 表7 一般公共预算“三公”经费支出表: one row. */
function threePublic(d: Department, head: WuhanHead): Table {
  const t = threePublicOf(d);
  const cars = t.carPurchase.plus(t.carRun);
  const total = t.abroad.plus(cars).plus(t.reception);
  return {
    id: 'three-public',
    name: sheetName(head, '一般公共预算“三公”经费支出表'),
    head,
    columns: [
      { head: ['“三公”经费合计'], kind: 'money' },
      { head: ['因公出国（境）费'], kind: 'money' },
      { head: ['公务用车购置及运行费', '小计'], kind: 'money' },
      { head: ['公务用车购置及运行费', '公务用车购置费'], kind: 'money' },
      { head: ['公务用车购置及运行费', '公务用车运行费'], kind: 'money' },
      { head: ['公务接待费'], kind: 'money' },
    ],
    rows: [{ values: [total, t.abroad, cars, t.carPurchase, t.carRun, t.reception], role: 'three-public' }],
    notes: total.isZero() ? [`备注：本单位${d.year}年没有安排一般公共预算“三公”经费支出。`] : [],
  };
}

/** 表8 / 表9: 政府性基金 / 国有资本经营预算支出表 (empty with its note when there is none). */
function fundTable(d: Department, head: WuhanHead, id: string, source: Source, group: string, what: string): Table {
  const base: Cut = { source };
  const empty = spent(d, base).isZero();
  return {
    id,
    name: sheetName(head, `${what}支出表`),
    head,
    columns: [
      { head: ['科目编码'], kind: 'code' },
      { head: ['科目名称'], kind: 'text' },
      { head: [group, '合计'], kind: 'money' },
      { head: [group, '基本支出'], kind: 'money' },
      { head: [group, '项目支出'], kind: 'money' },
    ],
    rows: empty ? [] : functionRows(d, base, (c) => [spent(d, c), spent(d, { ...c, use: 'basic' }), spent(d, { ...c, use: 'project' })]),
    notes: empty ? [`备注：本单位${d.year}年没有使用${what}拨款安排的支出，本表为空表。`] : [],
  };
}

/** 表10 项目支出表: 合计 / 部门 / 单位 / 项目类别 / 项目. */
function projectTable(d: Department, head: WuhanHead): Table {
  const values = (c: Cut): Value[] => {
    const now = (['gb', 'gf', 'sc'] as Source[]).map((s) => spent(d, { ...c, use: 'project', source: s, carried: false }));
    const carried = (['gb', 'gf', 'sc'] as Source[]).map((s) => spent(d, { ...c, use: 'project', source: s, carried: true }));
    const zh = spent(d, { ...c, use: 'project', source: 'zh' });
    const own = spent(d, { ...c, use: 'project', source: OTHER });
    return [sum([...now, ...carried, zh, own]), ...now, ...carried, zh, own];
  };
  const rows: TRow[] = [{ values: [null, '合计', null, ...values({})], role: 'total' }];
  if (d.projects.length) {
    rows.push({ values: [d.code, d.name, null, ...values({})], role: 'unit' });
    d.units.forEach((u, i) => {
      const mine = d.projects.map((p, pi) => ({ p, pi })).filter((x) => x.p.unit === i);
      if (!mine.length) return;
      rows.push({ values: [u.code, u.name, null, ...values({ unit: i })], role: 'unit' });
      rows.push({ values: ['31', '本级支出项目', null, ...values({ unit: i })], role: 'category' });
      for (const { p, pi } of mine) rows.push({ values: [p.code, p.name, u.name, ...values({ project: pi })], role: 'project' });
    });
  }
  return {
    id: 'project-expenditure',
    name: sheetName(head, '项目支出表'),
    head,
    columns: [
      { head: ['项目编码'], kind: 'text' },
      { head: ['项目名称'], kind: 'text' },
      { head: ['项目单位'], kind: 'text' },
      { head: ['合计'], kind: 'money' },
      { head: ['本年拨款', '一般公共预算'], kind: 'money' },
      { head: ['本年拨款', '政府性基金预算'], kind: 'money' },
      { head: ['本年拨款', '国有资本经营预算'], kind: 'money' },
      { head: ['财政拨款结转结余', '一般公共预算'], kind: 'money' },
      { head: ['财政拨款结转结余', '政府性基金预算'], kind: 'money' },
      { head: ['财政拨款结转结余', '国有资本经营预算'], kind: 'money' },
      { head: ['财政专户管理资金'], kind: 'money' },
      { head: ['单位资金'], kind: 'money' },
    ],
    rows: d.projects.length ? rows : [],
    notes: d.projects.length ? [] : [`备注：本单位${d.year}年没有项目支出，本表为空表。`],
  };
}

/** 表11 政府采购预算表. */
function procurement(d: Department, head: WuhanHead): Table {
  const ps = d.purchases;
  const totals = (list: typeof ps): Value[] => [sum(list.map((p) => p.amount)), sum(list.map((p) => p.sme)), sum(list.map((p) => p.small))];
  const blank = Array<Value>(9).fill(null);
  const rows: TRow[] = [];
  if (ps.length) {
    rows.push({ values: [null, '合计', ...blank, ...totals(ps)], role: 'total' });
    d.units.forEach((u, i) => {
      const mine = ps.filter((p) => p.unit === i);
      if (!mine.length) return;
      rows.push({ values: [u.code, u.name, ...blank, ...totals(mine)], role: 'unit' });
      for (const p of mine) {
        rows.push({
          values: [u.code, u.name, d.projects[p.project].name, p.item, `${p.fn}-${fnName(p.fn)}`, `${p.econ}`, '一般公共预算', '财政拨款', { count: p.quantity }, p.unitPrice, p.measure, p.amount, p.sme, p.small],
          role: 'detail',
        });
      }
    });
  }
  return {
    id: 'procurement',
    name: sheetName(head, '政府采购预算表'),
    head,
    columns: [
      { head: ['单位代码'], kind: 'text' },
      { head: ['单位名称'], kind: 'text' },
      { head: ['项目'], kind: 'text' },
      { head: ['政府采购品目'], kind: 'text' },
      { head: ['功能科目'], kind: 'text' },
      { head: ['部门支出经济分类'], kind: 'text' },
      { head: ['资金来源'], kind: 'text' },
      { head: ['资金性质'], kind: 'text' },
      { head: ['采购数量'], kind: 'count' },
      { head: ['单价'], kind: 'money' },
      { head: ['计量单位'], kind: 'text' },
      { head: ['采购金额', '合计'], kind: 'money' },
      { head: ['采购金额', '其中面向中小企业'], kind: 'money' },
      { head: ['采购金额', '其中面向小微企业'], kind: 'money' },
    ],
    rows,
    notes: ps.length ? [] : [`备注：本单位${d.year}年没有政府采购预算，本表为空表。`],
  };
}

/** 表12 政府购买服务预算表. */
function services(d: Department, head: WuhanHead): Table {
  const rows: TRow[] = d.services.map((s) => ({
    values: [d.units[s.unit].code, d.units[s.unit].name, '否', d.projects[s.project].name, s.content, s.amount, '一般公共预算', '财政拨款', ...s.catalog],
    role: 'detail',
  }));
  if (rows.length) rows.unshift({ values: [null, '合计', null, null, null, sum(d.services.map((s) => s.amount)), null, null, null, null, null], role: 'total' });
  return {
    id: 'purchase-services',
    name: sheetName(head, '政府购买服务预算表'),
    head,
    columns: [
      { head: ['单位代码'], kind: 'text' },
      { head: ['单位名称'], kind: 'text' },
      { head: ['是否包含政府采购'], kind: 'text' },
      { head: ['项目'], kind: 'text' },
      { head: ['政府购买服务内容'], kind: 'text' },
      { head: ['购买金额'], kind: 'money' },
      { head: ['资金来源'], kind: 'text' },
      { head: ['资金性质'], kind: 'text' },
      { head: ['政府购买服务指导目录', '一级目录'], kind: 'text' },
      { head: ['政府购买服务指导目录', '二级目录'], kind: 'text' },
      { head: ['政府购买服务指导目录', '三级目录'], kind: 'text' },
    ],
    rows,
    notes: rows.length ? [] : [`备注：本单位${d.year}年没有政府购买服务预算，本表为空表。`],
  };
}

/** 表13 资产配置预算表. */
function assets(d: Department, head: WuhanHead): Table {
  const amount = (a: Department['assets'][number]) => a.unitPrice.times(a.quantity);
  const rows: TRow[] = d.assets.map((a) => ({
    values: [d.units[a.unit].code, d.units[a.unit].name, d.projects[a.project].name, a.category, a.name, { count: a.quantity }, a.unitPrice, amount(a)],
    role: 'detail',
  }));
  if (rows.length) rows.unshift({ values: [null, '合计', null, null, null, null, null, sum(d.assets.map(amount))], role: 'total' });
  return {
    id: 'asset-allocation',
    name: sheetName(head, '资产配置预算表'),
    head,
    columns: [
      { head: ['单位代码'], kind: 'text' },
      { head: ['单位名称'], kind: 'text' },
      { head: ['项目'], kind: 'text' },
      { head: ['资产分类'], kind: 'text' },
      { head: ['资产名称'], kind: 'text' },
      { head: ['资产数量'], kind: 'count' },
      { head: ['单价'], kind: 'money' },
      { head: ['总金额'], kind: 'money' },
    ],
    rows,
    notes: rows.length ? [] : [`备注：本单位${d.year}年没有资产配置预算，本表为空表。`],
  };
}

/** 表14 部门整体支出绩效目标表 (a form): 收入构成 / 支出构成 with 当年金额, 占比 and 近两年. */
function deptPerformance(d: Department): Table {
  const raw: RawCell[] = [];
  const put = (row: number, col: number, value: Value, role?: string, label?: string) => raw.push({ row, col, value, role, label });
  const total = spent(d).plus(carriedOut(d));
  const fiscal = income(d, { source: 'fiscal' }).plus(carriedIn(d, { source: 'fiscal' }));
  const zh = income(d, { source: 'zh' }).plus(carriedIn(d, { source: 'zh' }));
  const own = total.minus(fiscal).minus(zh);
  const personnel = spent(d, { use: 'basic', part: 'personnel' });
  const run = spent(d, { use: 'basic', part: 'public' });
  const special = total.minus(personnel).minus(run);
  const y = d.year;
  const priorTotal = d.prior.get('total') ?? ZERO;
  const priorColumns = d.priorColumns;
  const pct = (x: Decimal): string => (total.isZero() ? '0.00%' : `${x.dividedBy(total).times(100).toFixed(2)}%`);
  put(1, 1, '部门（单位）名称');
  put(1, 2, d.name);
  put(2, 1, '部门总体资金情况');
  put(2, 2, '总体资金情况');
  put(2, 4, '当年金额');
  put(2, 5, '占比');
  put(2, 6, '近两年收支金额');
  put(3, 6, `${y - 2}年`);
  put(3, 7, `${y - 1}年`);
  const lines: [number, string, string, Decimal][] = [
    [4, '收入构成', '财政拨款', fiscal],
    [5, '', '财政专户管理资金', zh],
    [6, '', '单位资金', own],
    [7, '', '合 计', total],
    [8, '支出构成', '人员类项目支出', personnel],
    [9, '', '运转类项目支出', run],
    [10, '', '特定目标类项目支出', special],
    [11, '', '合 计', total],
  ];
  const priorOf = (name: string, years: 1 | 2): Decimal | null => {
    if (!priorColumns) return null;
    const p = priorTotal.times(years === 1 ? 1 : 0.9).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    if (/合 计/.test(name)) return p;
    return null;
  };
  for (const [r, group, name, v] of lines) {
    if (group) put(r, 2, group);
    put(r, 3, name);
    put(r, 4, v, 'form', name);
    put(r, 5, pct(v));
    const p2 = priorOf(name, 2);
    const p1 = priorOf(name, 1);
    if (p2) put(r, 6, p2, 'form-prior', name);
    if (p1) put(r, 7, p1, 'form-prior', name);
  }
  put(12, 1, '部门职能概述');
  put(12, 2, d.domain.duty);
  put(13, 1, '年度工作任务');
  put(13, 2, `围绕${y}年重点工作，保障各项业务正常开展。`);
  put(14, 1, '项目支出情况');
  put(14, 2, '项目名称');
  put(14, 3, '支出项目类别');
  put(14, 5, '项目总预算');
  put(14, 6, '项目本年度预算');
  put(14, 7, '项目主要支出方向和用途');
  let r = 15;
  d.projects.forEach((p, pi) => {
    put(r, 2, p.name);
    put(r, 3, p.category === '特定目标类' ? '特定目标类项目' : '其他运转类项目');
    put(r, 5, p.totalBudget, 'form', p.name);
    put(r, 6, spent(d, { project: pi }), 'form', p.name);
    put(r, 7, p.purpose);
    r++;
  });
  put(r, 1, '整体绩效总目标');
  put(r, 2, `保障${d.name}各项工作顺利完成。`);
  const merges: [number, number, number, number][] = [[2, 1, 11, 1], [2, 2, 3, 3], [2, 4, 3, 4], [2, 5, 3, 5], [2, 6, 2, 7], [4, 2, 7, 2], [8, 2, 11, 2], [12, 2, 12, 7], [13, 2, 13, 7], [1, 2, 1, 7]];
  if (r > 15) merges.push([14, 1, r - 1, 1]);
  return {
    id: 'dept-performance',
    name: '表14 整体支出绩效目标表',
    head: { style: 'form', marker: '表14', title: '部门整体支出绩效目标表', dateLine: `填报日期：${d.fillDate}` },
    columns: [],
    rows: [],
    notes: [],
    raw,
    rawMerges: merges,
  };
}

/** 表15 项目支出绩效目标表: one form per project, stacked. */
function projectPerformance(d: Department): Table[] {
  if (!d.projects.length) return [];
  const raw: RawCell[] = [];
  const merges: [number, number, number, number][] = [];
  const put = (row: number, col: number, value: Value, role?: string, label?: string) => raw.push({ row, col, value, role, label });
  let r = 1;
  const pair = (a: string, av: Value, b: string, bv: Value, role?: string, label?: string) => {
    put(r, 1, a);
    put(r, 2, av, role, label);
    put(r, 4, b);
    put(r, 5, bv, role, label);
    r++;
  };
  d.projects.forEach((p, pi) => {
    const amount = spent(d, { project: pi });
    pair('项目名称', p.name, '项目编码', p.code);
    pair('项目主管部门', d.name, '项目执行单位', d.units[p.unit].name);
    pair('项目负责人', '张明', '联系电话', `027-8888${1000 + pi}`);
    put(r, 1, '项目属性');
    put(r++, 2, p.prior.isZero() ? '01-持续性项目 □ 02-新增项目 ☑' : '01-持续性项目 ☑ 02-新增项目 □');
    pair('项目总预算', p.totalBudget, '项目当年预算', amount, 'form', p.name);
    const top = r;
    put(r, 1, '项目当年资金来源');
    put(r, 2, '来源项目');
    put(r++, 5, '金额');
    put(r, 2, '合计');
    put(r++, 5, amount, 'form', p.name);
    const sources: [string, Decimal][] = [
      ['1. 一般公共预算财政拨款', spent(d, { project: pi, source: 'gb' })],
      ['2. 政府性基金预算财政拨款', spent(d, { project: pi, source: 'gf' })],
      ['3. 财政专户管理资金', spent(d, { project: pi, source: 'zh' })],
      ['4. 单位资金', spent(d, { project: pi, source: OTHER })],
    ];
    for (const [name, v] of sources) {
      put(r, 2, name);
      if (!v.isZero()) put(r, 5, v, 'form', p.name);
      r++;
    }
    merges.push([top, 1, r - 1, 1]);
    put(r++, 1, '项目支出明细测算');
    put(r, 1, '项目活动');
    put(r, 2, '活动内容表述');
    put(r, 3, '支出经济分类');
    put(r, 4, '金额');
    put(r++, 5, '测算依据及说明');
    const byEcon = new Map<string, Decimal>();
    for (const l of d.lines.filter((x) => x.project === pi)) byEcon.set(l.econ, (byEcon.get(l.econ) ?? ZERO).plus(l.amount));
    const first = r;
    for (const [econ, v] of byEcon) {
      put(r, 1, p.name);
      put(r, 2, p.purpose);
      put(r, 3, `${econ}-${econNameOf(econ)}`);
      put(r, 4, v, 'form', p.name);
      put(r++, 5, '按实际需要测算');
    }
    if (r - 1 > first) merges.push([first, 1, r - 1, 1]);
    put(r, 1, '项目绩效总目标');
    put(r++, 2, `${p.purpose}，按时保质完成。`);
    put(r++, 1, '年度绩效目标表');
    put(r, 1, '一级指标');
    put(r, 2, '二级指标');
    put(r, 3, '三级指标');
    put(r++, 4, '指标值');
    for (const [a, b, c, v] of [
      ['产出指标', '数量指标', '完成工作任务数', '≥3项'],
      ['产出指标', '时效指标', '按时完成率', '100%'],
      ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%'],
    ]) {
      put(r, 1, a);
      put(r, 2, b);
      put(r, 3, c);
      put(r++, 4, v);
    }
    r++;
  });
  return [
    {
      id: 'project-performance',
      name: '表15 项目支出绩效目标表',
      head: { style: 'form', marker: '表15', title: '项目支出绩效目标表', dateLine: `申报日期：${d.fillDate}` },
      columns: [],
      rows: [],
      notes: [],
      raw,
      rawMerges: merges,
    },
  ];
}

function econNameOf(code: string): string {
  return ECONOMIC_NAMES[code] ?? code;
}
