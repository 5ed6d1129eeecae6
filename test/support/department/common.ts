/** Row builders shared by the table sets: 功能分类 / 经济分类 rows with their subtotals. */
import Decimal from 'decimal.js';
import { economicCodes, functionCodes, spent, type Cut } from './figures';
import type { Department } from './model';
import { ECONOMIC_NAMES, FUNCTION_NAMES } from './names';
import type { TRow, Value } from './writer';

export const ZERO = new Decimal(0);

export function fnRole(code: string): string {
  return code.length === 3 ? 'class' : code.length === 5 ? 'kuan' : 'item';
}

export function fnName(code: string): string {
  const n = FUNCTION_NAMES[code];
  if (!n) throw new Error(`no name for ${code}`);
  return n;
}

export function econName(code: string): string {
  const n = ECONOMIC_NAMES[code];
  if (!n) throw new Error(`no name for ${code}`);
  return n;
}

/**
 * A 功能分类 table body: [code, name, ...values] per 类/款/项 of the cut, after a 合计 row.
 * `values(cut)` gives the figures of a cut; `totalFirst` false puts 合计 last (上海 05表).
 */
export function functionRows(d: Department, base: Cut, values: (c: Cut) => Value[], opts: { totalFirst?: boolean; totalLabel?: string; withIncome?: boolean; totalCode?: boolean } = {}): TRow[] {
  const rows: TRow[] = [];
  const total: TRow = { values: [null, opts.totalLabel ?? '合计', ...values(base)], role: 'total' };
  for (const code of functionCodes(d, base, opts.withIncome)) rows.push({ values: [code, fnName(code), ...values({ ...base, fn: code })], role: fnRole(code) });
  return opts.totalFirst === false ? [...rows, total] : [total, ...rows];
}

/** An 经济分类 table body: 合计, then each 类 and its 款. */
export function economicRows(d: Department, base: Cut, values: (c: Cut, code: string) => Value[], totalLabel = '合计'): TRow[] {
  const rows: TRow[] = [{ values: [null, totalLabel, ...values(base, '')], role: 'total' }];
  for (const code of economicCodes(d, base)) rows.push({ values: [code, econName(code), ...values({ ...base, econ: code }, code)], role: code.length === 3 ? 'econ-class' : 'econ-kuan' });
  return rows;
}

/** 人员经费 / 公用经费 split of a 基本支出 cut: [合计, 人员经费, 公用经费]. */
export function basicSplit(d: Department, c: Cut): Decimal[] {
  return [spent(d, c), spent(d, { ...c, part: 'personnel' }), spent(d, { ...c, part: 'public' })];
}
