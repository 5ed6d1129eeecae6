/** Figures of the standard tables: 收支总表, 财政拨款收支总表, 支出总表, 一般公共预算支出表, 基本支出表, “三公”, 基金/国资. */
import { stripNumbering, summaryValue } from '../../model/model';
import { qty, type Q } from '../../model/quantity';
import { footerQ, pickKey, totalRow, verticalValues } from '../../model/tables';
import type { Fig } from './format';
import { bestTable, ECONOMIC_NAMES, figOf, FUNCTION_NAMES, Reader, rowFig, rowKey, sumFigs, ZERO_FIG, type EconomicItem, type FunctionItem } from './reader';

const FUNDS = ['一般公共预算', '政府性基金预算', '国有资本经营预算'];

/** The fiscal summary's concept as an item key (fund lines of 本年收入 become fiscal:in:<fund>). */
function fiscalKey(concept: string): string {
  if (concept === 'in:收入总计') return 'fiscal:收支总计';
  const fund = /^in:(?:本年收入合计\.)?(.+)$/.exec(concept);
  if (fund && FUNDS.includes(fund[1])) return `fiscal:in:${fund[1]}`;
  return `fiscal:${concept}`;
}

/** 收支总表 / 01表 and 财政拨款收支总表 / 04表: every line with a concept; 支出总表 / 03表: its 合计 row. */
export function readSummaries(r: Reader): void {
  const m = r.model;
  const summary = bestTable(m, 'income-expense-summary');
  if (summary) for (const line of m.summary(summary)) if (line.concept) r.set(line.concept, figOf(summary, summaryValue(summary, line)), stripNumbering(line.row.name));
  const fiscal = bestTable(m, 'fiscal-summary');
  if (fiscal) for (const line of m.summary(fiscal)) if (line.concept) r.set(fiscalKey(line.concept), figOf(fiscal, summaryValue(fiscal, line)), stripNumbering(line.row.name));
  const ex = bestTable(m, 'expenditure-summary', 'function');
  const total = ex ? totalRow(ex) : undefined;
  if (!ex || !total) return;
  for (const [key, cols] of [
    ['ex:合计', '合计'],
    ['ex:基本支出', '基本支出|基本支出.小计'],
    ['ex:项目支出', '项目支出|项目支出.小计'],
    ['ex:事业单位经营支出', '事业单位经营支出'],
    ['ex:上缴上级支出', '上缴上级支出'],
    ['ex:对附属单位补助支出', '对附属单位补助支出'],
  ] as const) r.set(key, rowFig(ex, total, cols));
}

/** 一般公共预算支出表 / 05表: totals and the 功能科目 (类/款/项) in table order. */
export function readGeneral(r: Reader): FunctionItem[] {
  const functions: FunctionItem[] = [];
  const general = bestTable(r.model, 'general-budget-expenditure', 'function');
  if (general) {
    const total = totalRow(general);
    for (const [key, cols] of [
      ['gb:合计', '合计'],
      ['gb:基本支出', '基本支出|基本支出.小计'],
      ['gb:人员经费', '基本支出.人员经费'],
      ['gb:公用经费', '基本支出.公用经费'],
      ['gb:项目支出', '项目支出|项目支出.小计'],
    ] as const) r.set(key, rowFig(general, total, cols));
    const key = pickKey(general, '合计');
    for (const row of general.rows) {
      if (row.type !== 'function' || !row.code || !/^\d{3}(\d{2}){0,2}$/.test(row.code)) continue;
      const level = (row.code.length === 3 ? 1 : row.code.length === 5 ? 2 : 3) as 1 | 2 | 3;
      const f = key ? figOf(general, qty(general, row, key)) : rowFig(general, row, rowKey(row));
      if (!f || functions.some((x) => x.code === row.code)) continue;
      const name = row.name.trim() || FUNCTION_NAMES.get(row.code) || row.code;
      functions.push({ code: row.code, level, name });
      r.set(`fn:${row.code}`, f, name);
    }
  }
  // a 05表 without 类/款 rows: their names from the other tables (else the code list)
  for (const t of [bestTable(r.model, 'expenditure-summary', 'function'), bestTable(r.model, 'income-summary', 'function')]) {
    for (const row of t?.rows ?? []) if (row.type === 'function' && row.code && !r.names.has(`fn:${row.code}`) && row.name.trim()) r.names.set(`fn:${row.code}`, row.name.trim());
  }
  return functions;
}

/** 基本支出表 / 06表: 人员经费, 公用经费 and the 经济科目 (类 and 款), by code. */
export function readBasic(r: Reader): EconomicItem[] {
  const economics: EconomicItem[] = [];
  const basic = bestTable(r.model, 'basic-expenditure', 'economic');
  if (!basic) return economics;
  const total = totalRow(basic);
  r.set('basic:合计', rowFig(basic, total, '合计|预算数|决算数'));
  r.set('basic:人员经费', rowFig(basic, total, '人员经费') ?? figOf(basic, footerQ(basic, /^人员经费(合计)?$/, true)));
  r.set('basic:公用经费', rowFig(basic, total, '公用经费') ?? figOf(basic, footerQ(basic, /^公用经费(合计)?$/, true)));
  for (const row of basic.rows) {
    if (row.type !== 'economic' || !row.code || !/^\d{3}(\d{2})?$/.test(row.code) || r.values.has(`econ:${row.code}`)) continue;
    const f = rowFig(basic, row, rowKey(row));
    if (!f) continue;
    const name = row.name.trim() || ECONOMIC_NAMES.get(row.code) || row.code;
    economics.push({ code: row.code, name });
    r.set(`econ:${row.code}`, f, name);
  }
  economics.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  // 人员经费 = 301 + 303, 公用经费 = 302 + 310 (+ 309, 399) when the table has no such figure (CLS-10)
  const byClass = (codes: string[]) => economics.filter((e) => e.code.length === 3 && codes.includes(e.code)).map((e) => r.get(`econ:${e.code}`) as Fig);
  for (const [key, codes] of [
    ['basic:人员经费', ['301', '303']],
    ['basic:公用经费', ['302', '310', '309', '399']],
  ] as const) {
    const parts = byClass([...codes]);
    if (!r.values.has(key) && parts.length) r.set(key, sumFigs(parts));
  }
  const p = r.get('basic:人员经费');
  const g = r.get('basic:公用经费');
  if (p && g) r.set('basic:合计', sumFigs([p, g]));
  return economics;
}

const THREE_ITEMS: [string, string][] = [
  ['合计', '合计'],
  ['因公出国(境)费', '因公出国(境)费'],
  ['公务用车购置及运行费.小计', '公务用车购置及运行费'],
  ['公务用车购置及运行费.公务用车购置费', '公务用车购置费'],
  ['公务用车购置及运行费.公务用车运行费', '公务用车运行费'],
  ['公务接待费', '公务接待费'],
];

/** “三公”经费 (an empty table states 0); a 决算 09表 also gives its 预算数 as budget:三公:*. */
export function readThreePublic(r: Reader): void {
  const all = r.model.byKind('three-public');
  const tp = all.find((t) => t.rows.length > 0) ?? all[0];
  if (!tp) return;
  const horizontal = tp.columns.some((c) => c.key?.endsWith('因公出国(境)费'));
  const final = tp.columns.some((c) => c.key?.startsWith('决算数.'));
  const prefix = final ? '决算数.' : tp.columns.some((c) => c.key?.startsWith('预算数.')) ? '预算数.' : '';
  const vertical = tp.rows.length === 0 || !horizontal ? verticalValues(tp) : new Map<string, Q>();
  for (const [item, key] of THREE_ITEMS) {
    const q = horizontal && tp.rows[0] ? qty(tp, tp.rows[0], prefix + item) : vertical.get(item);
    r.set(`三公:${key}`, tp.rows.length === 0 ? ZERO_FIG : figOf(tp, q));
  }
  const parts = ['三公:因公出国(境)费', '三公:公务用车购置及运行费', '三公:公务接待费'].map((k) => r.get(k));
  if (parts.every(Boolean)) r.set('三公:合计', sumFigs(parts as Fig[]));
  if (final && tp.rows[0]) for (const [item, key] of THREE_ITEMS) r.set(`budget:三公:${key}`, figOf(tp, qty(tp, tp.rows[0], `预算数.${item}`)));
}

/** 政府性基金 / 国有资本经营 (预算 表8/9; 决算 07/08表): the 合计 row. */
export function readFunds(r: Reader): void {
  for (const [kind, prefix] of [
    ['gov-fund', 'fund'],
    ['state-capital', 'capital'],
  ] as const) {
    const t = bestTable(r.model, kind);
    const total = t ? totalRow(t) ?? t.rows.find((x) => x.type === 'total') : undefined;
    if (!t || !total) continue;
    r.set(`${prefix}:合计`, rowFig(t, total, '合计|本年支出.小计|本年支出.合计'));
    r.set(`${prefix}:年初结转和结余`, rowFig(t, total, '年初结转和结余'));
    r.set(`${prefix}:本年收入`, rowFig(t, total, '本年收入'));
    r.set(`${prefix}:年末结转和结余`, rowFig(t, total, '年末结转和结余'));
  }
}
