/**
 * The 决算 公开01–09表 (national template): as Wuhan prints them (S002: 公开NN表 marker, 行次
 * columns and a 栏次 row, 09表 with the column numbers 1–12 as its last header row) or as 上海
 * prints them (the 2024 template: no 行次, 05表 合计 at the bottom, 09表 预算数/决算数 under each
 * item). 公开06表 as panels or one list; 07/08/09 empty with their 说明 when there is nothing.
 */
import type Decimal from 'decimal.js';
import { econName, functionRows, ZERO } from './common';
import { carriedIn, carriedOut, economicCodes, income, spent, type Cut } from './figures';
import type { Layout } from './layout';
import { threePublicOf, type Department, type Source } from './model';
import { cn, FINAL_CLASSES } from './names';
import type { Rng } from './rng';
import type { Column, Table, TRow, Value } from './writer';

type Head = Table['head'];

export function finalTables(d: Department, rng: Rng, layout: Layout): Table[] {
  const wuhan = d.region === 'wuhan';
  const Y = d.year;
  const head = (n: number, title: string): Head =>
    wuhan ? { style: 'final-wuhan', marker: `公开${String(n).padStart(2, '0')}表`, title: `${Y}年度${title}`, unit: `单位：${d.name}`, year: `${Y}年度` } : { style: 'final-shanghai', title: rng.chance(50) ? title : `${d.name}${Y}年度${title}` };
  const name = (n: number, title: string) => (wuhan ? `公开${String(n).padStart(2, '0')}表 ${title}` : title);
  const classes = wuhan ? FINAL_CLASSES : FINAL_CLASSES.filter(([c]) => !['231', '232'].includes(c));
  return [
    summary(d, head(1, '收入支出决算总表'), name(1, '收入支出决算总表'), wuhan, classes),
    incomeTable(d, head(2, '收入决算表'), name(2, '收入决算表'), wuhan),
    expenditureTable(d, head(3, '支出决算表'), name(3, '支出决算表'), wuhan),
    fiscalSummary(d, head(4, '财政拨款收入支出决算总表'), name(4, '财政拨款收入支出决算总表'), wuhan, classes),
    general(d, head(5, '一般公共预算财政拨款支出决算表'), name(5, '一般公共预算财政拨款支出决算表'), wuhan),
    basic(d, head(6, wuhan ? '一般公共预算财政拨款基本支出决算明细表' : '一般公共预算财政拨款基本支出决算表'), name(6, '一般公共预算财政拨款基本支出决算表'), layout.panels),
    ...(wuhan
      ? [fund(d, head(7, '政府性基金预算财政拨款收入支出决算表'), name(7, '政府性基金预算财政拨款收入支出决算表'), wuhan), stateCapital(d, head(8, '国有资本经营预算财政拨款支出决算表'), name(8, '国有资本经营预算财政拨款支出决算表'), wuhan), threePublic(d, head(9, '财政拨款“三公”经费支出决算表'), name(9, '财政拨款“三公”经费支出决算表'), wuhan)]
      : [threePublic(d, head(7, '财政拨款“三公”经费支出决算表'), name(7, '财政拨款“三公”经费支出决算表'), wuhan), fund(d, head(8, '政府性基金预算财政拨款收入支出决算表'), name(8, '政府性基金预算财政拨款收入支出决算表'), wuhan), stateCapital(d, head(9, '国有资本经营预算财政拨款收入支出决算表'), name(9, '国有资本经营预算财政拨款收入支出决算表'), wuhan)]),
  ];
}

/** 事业收入 of a 决算 includes the 财政专户 (教育收费) money. */
const SY: Source[] = ['sy', 'zh'];

const INCOME_01: [string, Source[]][] = [
  ['一、一般公共预算财政拨款收入', ['gb']],
  ['二、政府性基金预算财政拨款收入', ['gf']],
  ['三、国有资本经营预算财政拨款收入', ['sc']],
  ['四、上级补助收入', ['sj']],
  ['五、事业收入', SY],
  ['六、经营收入', ['jy']],
  ['七、附属单位上缴收入', ['fs']],
  ['八、其他收入', ['qt']],
];

function line(n: number): Value {
  return { count: n };
}

/** 公开01表 收入支出决算总表. */
function summary(d: Department, head: Head, name: string, wuhan: boolean, classes: [string, string][]): Table {
  const rows: TRow[] = [];
  const inc = (i: number): [string | null, Value] => (INCOME_01[i] ? [INCOME_01[i][0], income(d, { source: INCOME_01[i][1] })] : [null, null]);
  const n = Math.max(classes.length, wuhan ? 26 : INCOME_01.length);
  for (let i = 0; i < n; i++) {
    const [label, v] = inc(i);
    const cls = classes[i];
    const expense: Value[] = cls ? [`${cn(i + 1)}、${cls[1]}`, ...(wuhan ? [line(31 + i)] : []), spent(d, { fn: cls[0] })] : [null, ...(wuhan ? [null] : []), null];
    rows.push({ values: [label, ...(wuhan ? [line(i + 1)] : []), v, ...expense], role: label ? 'income' : 'class' });
  }
  const allIn = income(d);
  const cin = carriedIn(d);
  const cout = carriedOut(d);
  const foot: [string, number, Value, string, number, Value, string][] = [
    ['本年收入合计', 27, allIn, '本年支出合计', 57, spent(d), 'total'],
    [wuhan ? '使用非财政拨款结余（含专用结余）' : '使用非财政拨款结余', 28, ZERO, '结余分配', 58, ZERO, 'income'],
    ['年初结转和结余', 29, cin, '年末结转和结余', 59, cout, 'income'],
    ['总计', 30, allIn.plus(cin), '总计', 60, spent(d).plus(cout), 'total'],
  ];
  for (const [a, la, av, b, lb, bv, role] of foot) rows.push({ values: wuhan ? [a, line(la), av, b, line(lb), bv] : [a, av, b, bv], role });
  const columns: Column[] = wuhan
    ? [
        { head: ['收入', '项目'], kind: 'text' },
        { head: ['收入', '行次'], kind: 'line' },
        { head: ['收入', '金额'], kind: 'money' },
        { head: ['支出', '项目'], kind: 'text' },
        { head: ['支出', '行次'], kind: 'line' },
        { head: ['支出', '金额'], kind: 'money' },
      ]
    : [
        { head: ['收入', '项目'], kind: 'text' },
        { head: ['收入', '决算数'], kind: 'money' },
        { head: ['支出', '项目'], kind: 'text' },
        { head: ['支出', '决算数'], kind: 'money' },
      ];
  return {
    id: 'income-expense-summary',
    name,
    head,
    columns,
    rows,
    notes: wuhan ? ['注：1. 本表反映部门本年度的总收支和年末结转结余情况。', '2. 本套报表金额单位转换时可能存在尾数误差。'] : ['注：本表反映部门本年度的总收支和年末结转结余情况。'],
    colNumbers: wuhan ? 'labelled' : undefined,
    colLabelAt: [0, 3],
  };
}

function codeColumns(wuhan: boolean): Column[] {
  return wuhan
    ? [
        { head: ['项目', '功能分类科目编码'], kind: 'code' },
        { head: ['项目', '科目名称'], kind: 'text' },
      ]
    : [
        { head: ['项目', '功能分类科目编码'], kind: 'code' },
        { head: ['项目', '科目名称'], kind: 'text' },
      ];
}

/** 公开02表 收入决算表 (income by 功能分类). */
function incomeTable(d: Department, head: Head, name: string, wuhan: boolean): Table {
  const values = (c: Cut): Value[] => [income(d, c), income(d, { ...c, source: 'fiscal' }), income(d, { ...c, source: 'sj' }), income(d, { ...c, source: SY }), income(d, { ...c, source: 'jy' }), income(d, { ...c, source: 'fs' }), income(d, { ...c, source: 'qt' })];
  return {
    id: 'income-summary',
    name,
    head,
    columns: [...codeColumns(wuhan), ...['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'].map((h): Column => ({ head: [h], kind: 'money' }))],
    rows: incomeRows(d, values),
    notes: ['注：本表反映部门本年度取得的各项收入情况。'],
    colNumbers: wuhan ? 'labelled' : undefined,
  };
}

/** 功能分类 rows of the income: the 项 that were spent on or whose money is carried out. */
function incomeRows(d: Department, values: (c: Cut) => Value[]): TRow[] {
  const rows = functionRows(d, {}, values, { withIncome: true });
  // a 项 spent only from money carried in has no income this year: keep it (its row shows 0) only when it has a line
  return rows;
}

/** 公开03表 支出决算表. */
function expenditureTable(d: Department, head: Head, name: string, wuhan: boolean): Table {
  const values = (c: Cut): Value[] => [spent(d, c), spent(d, { ...c, use: 'basic' }), spent(d, { ...c, use: 'project' }), ZERO, spent(d, { ...c, use: 'operating' }), ZERO];
  return {
    id: 'expenditure-summary',
    name,
    head,
    columns: [...codeColumns(wuhan), ...['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'].map((h): Column => ({ head: [h], kind: 'money' }))],
    rows: functionRows(d, {}, values),
    notes: ['注：本表反映部门本年度各项支出情况。'],
    colNumbers: wuhan ? 'labelled' : undefined,
  };
}

/** 公开04表 财政拨款收入支出决算总表. */
function fiscalSummary(d: Department, head: Head, name: string, wuhan: boolean, classes: [string, string][]): Table {
  const funds: Source[] = ['gb', 'gf', 'sc'];
  const byFund = (f: (s: Source) => Decimal): Value[] => funds.map(f);
  const fundNames = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'];
  const rows: TRow[] = [];
  const n = Math.max(classes.length, wuhan ? 26 : 3);
  for (let i = 0; i < n; i++) {
    const label = i < 3 ? `${cn(i + 1)}、${fundNames[i]}` : null;
    const v: Value = i < 3 ? income(d, { source: funds[i] }) : null;
    const cls = classes[i];
    const ex: Value[] = cls ? [`${cn(i + 1)}、${cls[1]}`, ...(wuhan ? [line(33 + i)] : []), spent(d, { fn: cls[0], source: 'fiscal' }), ...byFund((s) => spent(d, { fn: cls[0], source: s }))] : [null, ...(wuhan ? [null] : []), null, null, null, null];
    rows.push({ values: [label, ...(wuhan ? [line(i + 1)] : []), v, ...ex], role: label ? 'income' : 'class' });
  }
  const f: Cut = { source: 'fiscal' };
  const inc = income(d, f);
  const cin = carriedIn(d, f);
  const cout = carriedOut(d, f);
  const both = (a: [string | null, number, Value], b: [string | null, number, Value[]], role: string): TRow => ({
    values: wuhan ? [a[0], line(a[1]), a[2], b[0], line(b[1]), ...b[2]] : [a[0], a[2], b[0], ...b[2]],
    role,
  });
  rows.push(both(['本年收入合计', 27, inc], ['本年支出合计', 59, [spent(d, f), ...byFund((s) => spent(d, { source: s }))]], 'total'));
  rows.push(both(['年初财政拨款结转和结余', 28, cin], ['年末财政拨款结转和结余', 60, [cout, ...byFund((s) => carriedOut(d, { source: s }))]], 'income'));
  funds.forEach((s, i) => rows.push(both([fundNames[i], 29 + i, carriedIn(d, { source: s })], [null, 61 + i, [null, null, null, null]], 'income')));
  rows.push(both(['总计', 32, inc.plus(cin)], ['总计', 64, [spent(d, f).plus(cout), ...byFund((s) => spent(d, { source: s }).plus(carriedOut(d, { source: s })))]], 'total'));
  const columns: Column[] = [
    { head: ['收 入', '项目'], kind: 'text' },
    ...(wuhan ? [{ head: ['收 入', '行次'], kind: 'line' } as Column] : []),
    { head: ['收 入', '决算数'], kind: 'money' },
    { head: ['支 出', '项目'], kind: 'text' },
    ...(wuhan ? [{ head: ['支 出', '行次'], kind: 'line' } as Column] : []),
    { head: ['支 出', '决算数', '小计'], kind: 'money' },
    { head: ['支 出', '决算数', '一般公共预算财政拨款'], kind: 'money' },
    { head: ['支 出', '决算数', '政府性基金预算财政拨款'], kind: 'money' },
    { head: ['支 出', '决算数', '国有资本经营预算财政拨款'], kind: 'money' },
  ];
  return {
    id: 'fiscal-summary',
    name,
    head,
    columns,
    rows,
    notes: ['注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。'],
    colNumbers: wuhan ? 'labelled' : undefined,
    colLabelAt: [0, 3],
  };
}

/** 公开05表 一般公共预算财政拨款支出决算表. */
function general(d: Department, head: Head, name: string, wuhan: boolean): Table {
  const values = (c: Cut): Value[] => [spent(d, c), spent(d, { ...c, use: 'basic' }), spent(d, { ...c, use: 'project' })];
  return {
    id: 'general-budget',
    name,
    head,
    columns: wuhan
      ? [...codeColumns(wuhan), { head: ['本年支出', '小计'], kind: 'money' }, { head: ['本年支出', '基本支出'], kind: 'money' }, { head: ['本年支出', '项目支出'], kind: 'money' }]
      : [...codeColumns(wuhan), { head: ['合计'], kind: 'money' }, { head: ['基本支出'], kind: 'money' }, { head: ['项目支出'], kind: 'money' }],
    rows: functionRows(d, { source: 'gb' }, values, { totalFirst: wuhan }),
    notes: ['注：本表反映部门本年度一般公共预算财政拨款支出情况。'],
    colNumbers: wuhan ? 'labelled' : undefined,
  };
}

/** 公开06表 基本支出决算明细表: panels (301+303 | 302 | 310, or 301+303 | 302+310) or one list. */
function basic(d: Department, head: Head, name: string, panels: Layout['panels']): Table {
  const base: Cut = { source: 'gb', use: 'basic' };
  const codes = economicCodes(d, base);
  const entries = (prefixes: string[]): [string, string, Decimal][] => codes.filter((c) => prefixes.some((p) => c.startsWith(p))).map((c) => [c, econName(c), spent(d, { ...base, econ: c })]);
  const personnel = spent(d, { ...base, part: 'personnel' });
  const pub = spent(d, { ...base, part: 'public' });
  const groups: [string, string, Decimal][][] =
    panels === 'three' ? [entries(['301', '303']), entries(['302']), entries(['310'])] : panels === 'two' ? [entries(['301', '303']), entries(['302', '310'])] : [entries(['301', '303', '302', '310'])];
  const width = groups.length;
  const rows: TRow[] = [];
  const height = Math.max(...groups.map((g) => g.length));
  for (let i = 0; i < height; i++) {
    const values: Value[] = [];
    for (const g of groups) {
      const e = g[i];
      values.push(e ? e[0] : null, e ? e[1] : null, e ? e[2] : null);
    }
    rows.push({ values, role: groups.some((g) => g[i] && g[i][0].length === 5) ? 'econ-kuan' : 'econ-class' });
  }
  if (width === 1) {
    rows.push({ values: [null, '人员经费合计', personnel], role: 'total' });
    rows.push({ values: [null, '公用经费合计', pub], role: 'total' });
  } else {
    const foot: Value[] = Array<Value>(width * 3).fill(null);
    foot[0] = '人员经费合计';
    foot[2] = personnel;
    foot[3] = '公用经费合计';
    foot[width * 3 - 1] = pub;
    rows.push({ values: foot, role: 'total' });
  }
  const columns: Column[] = [];
  for (let k = 0; k < width; k++) columns.push({ head: ['经济分类科目编码'], kind: 'ecode' }, { head: ['科目名称'], kind: 'text' }, { head: ['决算数'], kind: 'money' });
  return { id: 'basic', name, head, columns, rows, notes: ['注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。'] };
}

/** 公开07表 政府性基金预算财政拨款收入支出决算表 (empty with its 说明 when there is none). */
function fund(d: Department, head: Head, name: string, wuhan: boolean): Table {
  const base: Cut = { source: 'gf' };
  const empty = spent(d, base).isZero() && carriedIn(d, base).isZero() && income(d, base).isZero();
  const values = (c: Cut): Value[] => [carriedIn(d, c), income(d, c), spent(d, c), spent(d, { ...c, use: 'basic' }), spent(d, { ...c, use: 'project' }), carriedOut(d, c)];
  return {
    id: 'gov-fund',
    name,
    head,
    columns: [
      ...codeColumns(wuhan),
      { head: ['年初结转和结余'], kind: 'money' },
      { head: ['本年收入'], kind: 'money' },
      { head: ['本年支出', '小计'], kind: 'money' },
      { head: ['本年支出', '基本支出'], kind: 'money' },
      { head: ['本年支出', '项目支出'], kind: 'money' },
      { head: ['年末结转和结余'], kind: 'money' },
    ],
    rows: empty ? [{ values: [null, '合计', null, null, null, null, null, null], role: 'total' }] : functionRows(d, base, values, { withIncome: true }),
    notes: ['注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。', ...(empty ? [`${wuhan ? '本部门' : d.name}${d.year}年度无政府性基金预算财政拨款收入支出。`] : [])],
    colNumbers: wuhan ? 'labelled' : undefined,
  };
}

/** 公开08表 国有资本经营预算财政拨款支出决算表 (empty with its 说明). */
function stateCapital(d: Department, head: Head, name: string, wuhan: boolean): Table {
  return {
    id: 'state-capital',
    name,
    head,
    columns: [...codeColumns(wuhan), { head: ['本年支出', '合计'], kind: 'money' }, { head: ['本年支出', '基本支出'], kind: 'money' }, { head: ['本年支出', '项目支出'], kind: 'money' }],
    rows: [{ values: [null, '合计', null, null, null], role: 'total' }],
    notes: ['注：本表反映部门本年度国有资本经营预算财政拨款支出情况。', `${wuhan ? '本部门' : d.name}${d.year}年度无国有资本经营预算财政拨款支出。`],
    colNumbers: wuhan ? 'labelled' : undefined,
  };
}

/** 公开09表 财政拨款“三公”经费支出决算表: 预算数 and 决算数 of each item. */
function threePublic(d: Department, head: Head, name: string, wuhan: boolean): Table {
  const t = threePublicOf(d);
  const b = {
    abroad: d.threePublicBudget.get('abroad') ?? ZERO,
    carPurchase: d.threePublicBudget.get('carPurchase') ?? ZERO,
    carRun: d.threePublicBudget.get('carRun') ?? ZERO,
    reception: d.threePublicBudget.get('reception') ?? ZERO,
  };
  const six = (x: typeof t): Decimal[] => [x.abroad.plus(x.carPurchase).plus(x.carRun).plus(x.reception), x.abroad, x.carPurchase.plus(x.carRun), x.carPurchase, x.carRun, x.reception];
  const empty = six(t)[0].isZero() && six(b)[0].isZero();
  const items = ['合计', '因公出国（境）费', '小计', '公务用车购置费', '公务用车运行费', '公务接待费'];
  const group = (k: number) => (k >= 2 && k <= 4 ? ['公务用车购置及运行维护费', items[k]] : [items[k]]);
  const columns: Column[] = wuhan
    ? [...items.map((_, k): Column => ({ head: ['预算数', ...group(k)], kind: 'money' })), ...items.map((_, k): Column => ({ head: ['决算数', ...group(k)], kind: 'money' }))]
    : items.flatMap((_, k): Column[] => [
        { head: ['财政拨款“三公”经费', ...group(k), '预算数'], kind: 'money' },
        { head: ['财政拨款“三公”经费', ...group(k), '决算数'], kind: 'money' },
      ]);
  const budget = six(b);
  const actual = six(t);
  const values: Value[] = wuhan ? [...budget, ...actual] : budget.flatMap((v, k) => [v, actual[k]]);
  return {
    id: 'three-public',
    name,
    head,
    columns,
    rows: empty && wuhan ? [] : [{ values, role: 'three-public' }],
    notes: [
      '注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。',
      ...(empty ? [`${wuhan ? '本部门' : d.name}${d.year}年度无财政拨款“三公”经费支出。`] : []),
    ],
    colNumbers: wuhan ? 'bare' : undefined,
  };
}
