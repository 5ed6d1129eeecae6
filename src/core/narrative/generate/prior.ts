/**
 * Prior-year figures for the change sentences, and this year's 年初预算 for a 决算:
 *  - carried by the workbook itself: the 整体支出绩效目标表's 近两年 columns (预算), the 09表 预算数 (决算);
 *  - a prior-year workbook (its own figures, `priorFromWorkbook`): 上年预算 for a 预算, 上年决算 for a
 *    决算, or the same year's 预算 for a 决算 (then its figures are the 年初预算);
 *  - typed by the user (plain keys = 上年, 'budget:' keys = 年初预算).
 * A figure given by the user overrides what the workbook carries, except the 决算's own 09表 预算数.
 */
import Decimal from 'decimal.js';
import { norm } from '../../recognize/text';
import type { Recognition } from '../../recognize';
import type { Workbook } from '../../workbook';
import type { FormLine } from '../../recognize';
import { money, printed, type Fig } from './format';
import { readFigures, type Figures } from './figures';
import type { PriorFigures } from './types';

/** The figures of a workbook as plain decimal strings by item key (what it printed). */
export function figureValues(f: Figures): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of f.values) if (!k.startsWith('budget:')) out[k] = money(v);
  return out;
}

/** A workbook's own figures, to serve as the prior figures of another one (--prior FILE.xlsx). */
export function priorFromWorkbook(wb: Workbook, recognition?: Recognition): PriorFigures {
  const f = readFigures(wb, recognition);
  return { year: f.year, kind: f.kind, values: figureValues(f), source: 'prior-file' };
}

const same = (a: Fig | undefined, b: Fig | undefined) => !!a && !!b && printed(a).eq(printed(b));

function lineValue(line: FormLine, column: number): Decimal | null {
  const v = line.prior[column]?.value;
  return v && v.amount.kind === 'number' && !v.amount.percent ? v.amount.value : null;
}

function currentValue(line: FormLine): Fig | undefined {
  const v = line.current;
  return v && v.amount.kind === 'number' ? { value: v.amount.value, decimals: 2 } : undefined;
}

/**
 * The 上年 column of a 预算's 整体支出绩效目标表 (近两年收支金额), mapped to item keys. A line is
 * taken for a key only when this year's figure of that line equals the key's figure (the form's
 * 人员类项目支出 is the 人员经费 when it prints the same amount this year).
 */
export function embeddedPrior(f: Figures): { prior: PriorFigures | null; notes: string[] } {
  const notes: string[] = [];
  if (f.kind !== 'budget' || !f.year) return { prior: null, notes };
  const form = f.model.byKind('dept-performance').map((t) => t.deptForm).find((x) => x && x.priorYearLabels.length > 0);
  if (!form) return { prior: null, notes };
  const labels = form.priorYearLabels;
  // a label of this year or later: the columns are mislabelled (the checker's cross/prior-year-labels) and
  // which column holds last year's figures cannot be told — none is used
  if (labels.some((l) => l.year !== null && l.year >= f.year!)) {
    notes.push(
      `整体支出绩效目标表“近两年”的列标为“${labels.map((l) => l.text.trim()).join(' / ')}”，应为 ${f.year - 2} 年、${f.year - 1} 年：无法确定哪一列是上年数，未从该表取上年数（可选择上年工作簿或手动填写上年数）`,
    );
    return { prior: null, notes };
  }
  let column = labels.findIndex((l) => l.year === f.year! - 1);
  const all = [...form.income, ...form.expense, form.incomeTotal, form.expenseTotal].filter((x): x is FormLine => !!x);
  if (column < 0 && labels.every((l) => l.year === null)) {
    const last = labels.length - 1;
    if (all.some((line) => lineValue(line, last) !== null)) {
      column = last;
      notes.push('整体支出绩效目标表“近两年”的列没有写年度，按最后一列为上年数');
    }
  }
  if (column < 0) return { prior: null, notes };
  const values: Record<string, string> = {};
  const put = (key: string, line: FormLine | null | undefined, when = true) => {
    const v = line ? lineValue(line, column) : null;
    if (v !== null && when && !(key in values)) values[key] = v.toString();
  };
  const fv = (k: string) => f.values.get(k);
  put('in:收入总计', form.incomeTotal);
  put('ex:支出总计', form.expenseTotal);
  for (const line of form.income) {
    const n = norm(line.name);
    if (/^财政拨款/.test(n)) put('fiscal:收支总计', line);
    else if (/财政专户/.test(n)) put('in:财政专户管理资金', line);
  }
  for (const line of form.expense) {
    const n = norm(line.name);
    const cur = currentValue(line);
    if (/^基本支出/.test(n)) put('ex:基本支出', line);
    else if (/^项目支出/.test(n)) put('ex:项目支出', line);
    else if (/^人员类/.test(n)) put('gb:人员经费', line, same(cur, fv('gb:人员经费') ?? fv('basic:人员经费')));
    else if (/^(公用经费)?运转类/.test(n)) put('gb:公用经费', line, same(cur, fv('gb:公用经费') ?? fv('basic:公用经费')));
    else if (/特定目标类/.test(n)) put('ex:项目支出', line, same(cur, fv('ex:项目支出') ?? fv('projects:合计') ?? fv('gb:项目支出')));
  }
  if (Object.keys(values).length === 0) return { prior: null, notes };
  notes.push(`上年数取自整体支出绩效目标表“${labels[column].text}”列`);
  return { prior: { year: labels[column].year ?? f.year - 1, values, source: 'workbook', kind: 'budget' }, notes };
}

/** Keys whose prior figure may stand in for one another when this year's figures are equal. */
const EQUIVALENT: string[][] = [
  ['gb:合计', 'fiscal:收支总计', 'in:收入总计', 'ex:支出总计', 'in:本年收入合计', 'ex:本年支出合计', 'ex:合计'],
  ['gb:基本支出', 'basic:合计', 'ex:基本支出'],
  ['gb:项目支出', 'ex:项目支出', 'projects:合计'],
  ['gb:人员经费', 'basic:人员经费'],
  ['gb:公用经费', 'basic:公用经费'],
];

export interface PriorLookup {
  /** Year of the 上年 figures (null when there are none). */
  year: number | null;
  /** 上年 figure of an item (fallback: an equivalent item, said in the warnings); null when unknown. */
  last(key: string): Decimal | null;
  /** 年初预算 of a 决算 item; null when unknown. */
  budget(key: string): Decimal | null;
  /** Were any 上年 figures given at all (then a missing project or 项 is new: 上年无此项)? */
  complete: boolean;
  warnings: string[];
}

const KIND_ZH = { budget: '预算', final: '决算' } as const;

/** Merge the workbook's own prior figures with the given ones, checking the year and kind of the latter. */
export function resolvePrior(f: Figures, given?: PriorFigures): PriorLookup {
  const warnings: string[] = [];
  const last = new Map<string, Decimal>();
  const budget = new Map<string, Decimal>();
  const year = f.year;
  let lastYear: number | null = null;
  let complete = false;
  const embedded = embeddedPrior(f);
  warnings.push(...embedded.notes);
  if (embedded.prior) {
    for (const [k, v] of Object.entries(embedded.prior.values)) last.set(k, new Decimal(v));
    lastYear = embedded.prior.year;
  }
  if (given && year) {
    const plain = Object.entries(given.values).filter(([k]) => !k.startsWith('budget:'));
    const early = Object.entries(given.values).filter(([k]) => k.startsWith('budget:'));
    const what = given.source === 'typed' ? '填写的上年数' : `上年工作簿（${given.year ?? '年度未识别'}${given.kind ? ` 年${KIND_ZH[given.kind]}` : ''}）`;
    let target: 'last' | 'budget' | null = null;
    if (given.source === 'typed') target = given.year === null || given.year === year - 1 ? 'last' : null;
    else if (f.kind === 'final' && given.kind === 'budget' && (given.year === year || given.year === null)) target = 'budget';
    else if (given.kind !== null && given.kind !== undefined && given.kind !== f.kind) target = null;
    else if (given.year === year - 1 || given.year === null) target = 'last';
    if (given.year === null && given.source !== 'typed' && target) warnings.push(`${what}：年度未能识别，按${target === 'budget' ? '本年年初预算' : '上年数'}使用`);
    if (target === null && plain.length) {
      const want = f.kind === 'final' ? `${year - 1} 年决算（上年数）或 ${year} 年预算（年初预算）` : `${year - 1} 年预算`;
      warnings.push(`${what}不能用作上年数：本文件是 ${year} 年${f.kind ? KIND_ZH[f.kind] : ''}，应提供 ${want}；未使用`);
    }
    for (const [k, v] of plain) {
      if (target === 'last') last.set(k, new Decimal(v));
      else if (target === 'budget') budget.set(k, new Decimal(v));
    }
    for (const [k, v] of early) budget.set(k.slice('budget:'.length), new Decimal(v));
    if (target === 'last' && plain.length) {
      lastYear = given.year ?? year - 1;
      complete = given.source === 'prior-file';
    }
  }
  // the 决算's own 09表 预算数
  for (const [k, v] of f.values) if (k.startsWith('budget:')) budget.set(k.slice('budget:'.length), printed(v));
  const said = new Set<string>();
  const lastOf = (key: string): Decimal | null => {
    const own = last.get(key);
    if (own !== undefined) return own;
    const cur = f.values.get(key);
    for (const group of EQUIVALENT) {
      if (!group.includes(key) || !cur) continue;
      for (const other of group) {
        const v = last.get(other);
        if (v === undefined || other === key || !same(cur, f.values.get(other))) continue;
        if (!said.has(key) && (f.names.get(key) ?? key) !== (f.names.get(other) ?? other)) {
          said.add(key);
          warnings.push(`“${f.names.get(key) ?? key}”的上年数按“${f.names.get(other) ?? other}”的上年数（本年两者相等）`);
        }
        return v;
      }
    }
    return null;
  };
  return { year: lastYear, last: lastOf, budget: (key) => budget.get(key) ?? null, complete, warnings };
}
