/**
 * The 江苏 省级 预算 12-table set (2018–2019 form, 公开01–12表): 收支预算总表 in three panels
 * (收入 | 功能分类 | 支出用途), the vertical 收入预算总表, the one-row 支出预算总表, 财政拨款收支预算
 * 总表 by 支出用途, 财政拨款 and 一般公共预算 支出 (功能科目) / 基本支出 (经济科目) tables, “三公”
 * 经费、会议费、培训费, 政府性基金, 机关运行经费 and 政府采购.
 */
import { economicRows, functionRows, ZERO } from './common';
import { carriedIn, carriedOut, income, spent, type Cut } from './figures';
import type { Layout } from './layout';
import { operationOf, sum, threePublicOf, type Department, type Source } from './model';
import { cn, ECONOMIC_NAMES, JIANGSU_CLASSES } from './names';
import type { Rng } from './rng';
import type { Table, TRow, Value } from './writer';

const OTHER: Source[] = ['sy', 'jy', 'sj', 'fs', 'qt'];

export function jiangsuTables(d: Department, rng: Rng, _layout: Layout): Table[] {
  const numbering = rng.pick(['公开0N表', '公开表N', '表N'] as const);
  const marker = (n: number) => (numbering === '公开0N表' ? `公开${String(n).padStart(2, '0')}表` : numbering === '公开表N' ? `公开表${cn(n)}` : `表${cn(n)}`);
  const head = (n: number, title: string) => ({ style: 'jiangsu' as const, marker: marker(n), title, dept: d.name });
  const sheet = (n: number, title: string) => `${marker(n)} ${title}`;
  return [
    summary(d, head(1, '收支预算总表'), sheet(1, '收支预算总表')),
    incomeList(d, head(2, '收入预算总表'), sheet(2, '收入预算总表')),
    expenditureRow(d, head(3, '支出预算总表'), sheet(3, '支出预算总表')),
    fiscalSummary(d, head(4, '财政拨款收支预算总表'), sheet(4, '财政拨款收支预算总表')),
    oneColumn(d, head(5, '财政拨款支出预算表（功能科目）'), sheet(5, '财政拨款支出预算表'), 'fiscal-expenditure', { source: 'fiscal' }),
    economic(d, head(6, '财政拨款基本支出预算表（经济科目）'), sheet(6, '财政拨款基本支出预算表'), 'fiscal-basic', { source: 'fiscal', use: 'basic' }),
    oneColumn(d, head(7, '一般公共预算支出预算表（功能科目）'), sheet(7, '一般公共预算支出预算表'), 'general-budget', { source: 'gb' }),
    economic(d, head(8, '一般公共预算基本支出预算表（经济科目）'), sheet(8, '一般公共预算基本支出预算表'), 'basic', { source: 'gb', use: 'basic' }),
    threePublic(d, head(9, '一般公共预算“三公”经费、会议费、培训费支出预算表'), sheet(9, '“三公”经费、会议费、培训费')),
    fund(d, head(10, '财政拨款政府性基金支出预算表'), sheet(10, '政府性基金支出预算表')),
    operation(d, head(11, '一般公共预算机关运行经费支出预算表'), sheet(11, '机关运行经费支出预算表')),
    procurement(d, head(12, `${d.year}年政府采购预算表`), sheet(12, '政府采购预算表')),
  ];
}

type JiangsuHead = Extract<Table['head'], { style: 'jiangsu' }>;

/** 公开01表 收支预算总表: 收入 | 支出 {功能分类, 支出用途}. */
function summary(d: Department, head: JiangsuHead, name: string): Table {
  const fiscal = income(d, { source: 'fiscal' });
  const incomes: [string, Value][] = [
    ['一、财政拨款', fiscal],
    ['1.一般公共预算', income(d, { source: 'gb' })],
    ['2.政府性基金预算', income(d, { source: 'gf' })],
    ['二、财政专户管理资金', income(d, { source: 'zh' })],
    ['三、其他资金', income(d, { source: OTHER })],
  ];
  const uses: [string, Value][] = [
    ['一、基本支出', spent(d, { use: 'basic' })],
    ['二、项目支出', spent(d, { use: 'project' })],
    ['三、单位预留机动经费', spent(d, { use: 'reserve' })],
  ];
  const rows: TRow[] = JIANGSU_CLASSES.map(([code, cls], i) => ({
    values: [incomes[i]?.[0] ?? null, incomes[i]?.[1] ?? null, `${cn(i + 1)}、${cls}`, spent(d, { fn: code }), uses[i]?.[0] ?? null, uses[i]?.[1] ?? null],
    role: i < incomes.length ? 'income' : 'class',
  }));
  const allIn = income(d);
  const carried = carriedIn(d);
  rows.push({ values: ['当年收入小计', allIn, '当年支出小计', null, null, spent(d)], role: 'total' });
  rows.push({ values: ['上年结转资金', carried, '结转下年资金', null, null, carriedOut(d)], role: 'income' });
  rows.push({ values: ['收入合计', allIn.plus(carried), '支出合计', null, null, spent(d).plus(carriedOut(d))], role: 'total' });
  return {
    id: 'income-expense-summary',
    name,
    head,
    columns: [
      { head: ['收入', '项目名称'], kind: 'text' },
      { head: ['收入', '金额'], kind: 'money' },
      { head: ['支出', '功能分类', '功能科目名称'], kind: 'text' },
      { head: ['支出', '功能分类', '金额'], kind: 'money' },
      { head: ['支出', '支出用途', '项目名称'], kind: 'text' },
      { head: ['支出', '支出用途', '金额'], kind: 'money' },
    ],
    rows,
    notes: [],
  };
}

/** 公开02表 收入预算总表: a vertical list. */
function incomeList(d: Department, head: JiangsuHead, name: string): Table {
  const gb = income(d, { source: 'gb' });
  const rows: [string | null, string, Value][] = [
    ['收入总计', '', income(d).plus(carriedIn(d))],
    ['一般公共预算资金', '小计', gb],
    [null, '公共财政拨款(补助)资金', gb],
    [null, '专项收入', ZERO],
    ['政府性基金', '小计', income(d, { source: 'gf' })],
    ['财政专户管理资金', '小计', income(d, { source: 'zh' })],
    ['其他资金', '小计', income(d, { source: OTHER })],
    [null, '事业收入', income(d, { source: 'sy' })],
    [null, '经营收入', income(d, { source: 'jy' })],
    [null, '其他收入', income(d, { source: ['sj', 'fs', 'qt'] })],
    ['上年结转和结余资金', '小计', carriedIn(d)],
  ];
  return {
    id: 'income-summary',
    name,
    head,
    columns: [
      { head: ['项目名称'], kind: 'text' },
      { head: ['项目名称'], kind: 'text' },
      { head: ['金额'], kind: 'money' },
    ],
    rows: rows.map(([a, b, v], i) => ({ values: [a, b || null, v], role: i === 0 ? 'total' : 'income' })),
    notes: [],
  };
}

/** 公开03表 支出预算总表: one row. */
function expenditureRow(d: Department, head: JiangsuHead, name: string): Table {
  return {
    id: 'expenditure-summary',
    name,
    head,
    columns: ['合计', '基本支出', '项目支出', '单位预留机动经费', '结转下年资金'].map((h) => ({ head: [h], kind: 'money' as const })),
    rows: [{ values: [spent(d).plus(carriedOut(d)), spent(d, { use: 'basic' }), spent(d, { use: 'project' }), spent(d, { use: 'reserve' }), carriedOut(d)], role: 'total' }],
    notes: [],
  };
}

/** 公开04表 财政拨款收支预算总表: 收入 by fund, 支出 by 支出用途. */
function fiscalSummary(d: Department, head: JiangsuHead, name: string): Table {
  const f: Cut = { source: 'fiscal' };
  const total = income(d, f).plus(carriedIn(d, f));
  const rows: TRow[] = [
    { values: ['一、一般公共预算', income(d, { source: 'gb' }), '一、基本支出', spent(d, { ...f, use: 'basic' })], role: 'income' },
    { values: ['二、政府性基金预算', income(d, { source: 'gf' }), '二、项目支出', spent(d, { ...f, use: 'project' })], role: 'income' },
    { values: [null, null, '三、单位预留机动经费', spent(d, { ...f, use: 'reserve' })], role: 'class' },
    { values: ['收入合计', total, '支出合计', spent(d, f).plus(carriedOut(d, f))], role: 'total' },
  ];
  return {
    id: 'fiscal-summary',
    name,
    head,
    columns: [
      { head: ['收入', '项目名称'], kind: 'text' },
      { head: ['收入', '金额'], kind: 'money' },
      { head: ['支出', '支出用途', '项目名称'], kind: 'text' },
      { head: ['支出', '支出用途', '金额'], kind: 'money' },
    ],
    rows,
    notes: [],
  };
}

/** 公开05/07表: 功能科目编码 | 功能科目名称 | 金额. */
function oneColumn(d: Department, head: JiangsuHead, name: string, id: string, base: Cut): Table {
  return {
    id,
    name,
    head,
    columns: [
      { head: ['功能科目编码'], kind: 'code' },
      { head: ['功能科目名称'], kind: 'text' },
      { head: ['金额'], kind: 'money' },
    ],
    rows: functionRows(d, base, (c) => [spent(d, c)]),
    notes: [],
  };
}

/** 公开06/08表: 科目编码 | 科目名称 | 金额 (经济科目). */
function economic(d: Department, head: JiangsuHead, name: string, id: string, base: Cut): Table {
  return {
    id,
    name,
    head,
    columns: [
      { head: ['科目编码'], kind: 'ecode' },
      { head: ['科目名称'], kind: 'text' },
      { head: ['金额'], kind: 'money' },
    ],
    rows: economicRows(d, base, (c) => [spent(d, c)]),
    notes: [],
  };
}

/** 公开09表 “三公”经费、会议费、培训费: one row. */
function threePublic(d: Department, head: JiangsuHead, name: string): Table {
  const t = threePublicOf(d);
  const cars = t.carPurchase.plus(t.carRun);
  const three = t.abroad.plus(cars).plus(t.reception);
  const meetings = spent(d, { source: 'gb', econ: '30215' });
  const training = spent(d, { source: 'gb', econ: '30216' });
  return {
    id: 'three-public',
    name,
    head,
    columns: [
      { head: ['合计'], kind: 'money' },
      { head: ['“三公”经费', '小计'], kind: 'money' },
      { head: ['“三公”经费', '因公出国（境）费'], kind: 'money' },
      { head: ['“三公”经费', '公务用车购置及运行维护费', '小计'], kind: 'money' },
      { head: ['“三公”经费', '公务用车购置及运行维护费', '公务用车购置费'], kind: 'money' },
      { head: ['“三公”经费', '公务用车购置及运行维护费', '公务用车运行维护费'], kind: 'money' },
      { head: ['“三公”经费', '公务接待费'], kind: 'money' },
      { head: ['会议费'], kind: 'money' },
      { head: ['培训费'], kind: 'money' },
    ],
    rows: [{ values: [three.plus(meetings).plus(training), three, t.abroad, cars, t.carPurchase, t.carRun, t.reception, meetings, training], role: 'three-public' }],
    notes: [],
  };
}

/** 公开10表 财政拨款政府性基金支出预算表 (a 合计 row only when there is none). */
function fund(d: Department, head: JiangsuHead, name: string): Table {
  const base: Cut = { source: 'gf' };
  const empty = spent(d, base).isZero();
  return {
    id: 'gov-fund',
    name,
    head,
    columns: [
      { head: ['功能科目编码'], kind: 'code' },
      { head: ['功能科目名称'], kind: 'text' },
      { head: ['金额'], kind: 'money' },
    ],
    rows: empty ? [{ values: [null, '合计', ZERO], role: 'total' }] : functionRows(d, base, (c) => [spent(d, c)]),
    notes: empty ? [`注：${d.name}${d.year}年没有政府性基金预算拨款安排的支出，本表为空表。`] : [],
  };
}

/** 公开11表 一般公共预算机关运行经费支出预算表: 行政、参公 units' 公用经费 by 经济科目. */
function operation(d: Department, head: JiangsuHead, name: string): Table {
  const admin = d.units.map((u, i) => ({ u, i })).filter((x) => x.u.nature !== 'institution').map((x) => x.i);
  const rows: TRow[] = [{ values: [null, '合计', operationOf(d)], role: 'total' }];
  const codes = new Map<string, ReturnType<typeof spent>>();
  for (const l of d.lines) {
    if (l.use !== 'basic' || l.source !== 'gb' || !admin.includes(l.unit) || !(l.econ.startsWith('302') || l.econ.startsWith('310'))) continue;
    for (const c of [l.econ.slice(0, 3), l.econ]) codes.set(c, (codes.get(c) ?? ZERO).plus(l.amount));
  }
  for (const [code, v] of [...codes].sort(([a], [b]) => (a < b ? -1 : 1))) rows.push({ values: [code, econNameOf(code), v], role: code.length === 3 ? 'econ-class' : 'econ-kuan' });
  return {
    id: 'operation',
    name,
    head,
    columns: [
      { head: ['科目编码'], kind: 'ecode' },
      { head: ['科目名称'], kind: 'text' },
      { head: ['机关运行经费支出'], kind: 'money' },
    ],
    rows: admin.length ? rows : [{ values: [null, '合计', ZERO], role: 'total' }],
    notes: admin.length ? [] : [`注：${d.name}为事业单位，没有机关运行经费，本表为空表。`],
  };
}

/** 公开12表 政府采购预算表: 合计; 一、货物A; 二、工程B; 三、服务C; under each the 专项 and its items. */
function procurement(d: Department, head: JiangsuHead, name: string): Table {
  const rows: TRow[] = [{ values: ['合计', null, null, null, null, sum(d.purchases.map((p) => p.amount))], role: 'total' }];
  const groups: [string, '货物' | '工程' | '服务'][] = [
    ['一、货物A', '货物'],
    ['二、工程B', '工程'],
    ['三、服务C', '服务'],
  ];
  for (const [label, cat] of groups) {
    const ps = d.purchases.filter((p) => p.category === cat);
    if (!ps.length) continue;
    rows.push({ values: [label, null, null, null, null, sum(ps.map((p) => p.amount))], role: 'category' });
    for (const pi of [...new Set(ps.map((p) => p.project))]) {
      const mine = ps.filter((p) => p.project === pi);
      rows.push({ values: [null, d.projects[pi].name, econNameOf(mine[0].econ), null, null, sum(mine.map((p) => p.amount))], role: 'unit' });
      for (const p of mine) rows.push({ values: [null, null, null, p.name, '分散自行组织', p.amount], role: 'detail' });
    }
  }
  return {
    id: 'procurement',
    name,
    head,
    columns: [
      { head: ['采购品目大类'], kind: 'text' },
      { head: ['专项名称'], kind: 'text' },
      { head: ['经济科目'], kind: 'text' },
      { head: ['采购物品名称'], kind: 'text' },
      { head: ['采购组织形式'], kind: 'text' },
      { head: ['总计'], kind: 'money' },
    ],
    rows: d.purchases.length ? rows : [{ values: ['合计', null, null, null, null, ZERO], role: 'total' }],
    notes: d.purchases.length ? [] : [`注：${d.name}${d.year}年没有政府采购预算，本表为空表。`],
  };
}

function econNameOf(code: string): string {
  return ECONOMIC_NAMES[code] ?? code;
}

