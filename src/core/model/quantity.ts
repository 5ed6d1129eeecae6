/**
 * Quantities and the rounding-by-intervals verdicts (the XBRL Calculations 1.1 idea).
 * A printed value with d decimals stands for the interval ±0.5·10⁻ᵈ around it; a blank
 * cell is an exact 0. A relation is consistent when the intervals of its two sides meet.
 */
import Decimal from 'decimal.js';
import { halfUnit } from '../amount';
import type { Recognised, TableRow, ValueCell } from '../recognize';

export interface Q {
  /** The printed value, in 万元 (percentage points for percentages). */
  value: Decimal;
  /** Half a unit of the last printed digit; 0 for a blank (exactly nothing). */
  half: Decimal;
  decimals: number;
  sheet: string;
  cell: string;
  /** What the figure is, in words: "210 卫生健康支出 合计". */
  label: string;
}

const ZERO = new Decimal(0);

/** The quantity of a value cell; null when absent or not a number (a blank is an exact 0). */
export function valueQ(sheet: string, v: ValueCell | null | undefined, label: string): Q | null {
  if (!v) return null;
  const a = v.amount;
  if (a.kind === 'number') return { value: a.value, half: halfUnit(a.decimals), decimals: a.decimals, sheet, cell: v.cell, label };
  if (a.kind === 'empty') return { value: ZERO, half: ZERO, decimals: 0, sheet, cell: v.cell, label };
  return null;
}

/** The quantity in a row's column; null when the column is absent or the cell is not a number. */
export function qty(t: Recognised, row: TableRow, key: string, label?: string): Q | null {
  return valueQ(t.block.sheet, row.values[key], label ?? `${rowLabel(row)} ${columnLabel(key)}`.trim());
}

/** An exact 0 standing for a table that states nothing (an empty table, a row it does not list). */
export function zeroQ(t: Recognised, label: string): Q {
  return { value: ZERO, half: ZERO, decimals: 2, sheet: t.block.sheet, cell: t.block.title?.cell ?? 'A1', label };
}

const ROW_LABELS = new WeakMap<TableRow, string>();
const COLUMN_LABELS = new Map<string, string>();

/** "2080501 行政单位离退休" (code and name), 合计, or 第N行; computed once per row. */
export function rowLabel(row: TableRow): string {
  let l = ROW_LABELS.get(row);
  if (l === undefined) ROW_LABELS.set(row, (l = [row.code, row.name].filter(Boolean).join(' ') || (row.type === 'total' ? '合计' : `第${row.row}行`)));
  return l;
}

/** "基本支出.人员经费" → "基本支出人员经费"; the bare 合计 column reads as 合计. */
export function columnLabel(key: string): string {
  let l = COLUMN_LABELS.get(key);
  if (l === undefined) COLUMN_LABELS.set(key, (l = key.replace(/\./g, '')));
  return l;
}

export function isZero(q: Q): boolean {
  return q.value.isZero();
}

export type Status = 'equal' | 'rounding' | 'mismatch';

export interface Verdict {
  status: Status;
  /** left − right */
  diff: Decimal;
  /** How far apart the two printed sides may be from rounding alone. */
  slack: Decimal;
}

/** total = Σ sign·part. */
export function sumVerdict(total: Q, parts: Q[], signs?: number[]): Verdict & { sum: Decimal } {
  let sum = ZERO;
  let slack = total.half;
  parts.forEach((p, i) => {
    sum = signs && signs[i] < 0 ? sum.minus(p.value) : sum.plus(p.value);
    slack = slack.plus(p.half);
  });
  const diff = total.value.minus(sum);
  return { status: diff.isZero() ? 'equal' : diff.abs().lte(slack) ? 'rounding' : 'mismatch', diff, slack, sum };
}

/**
 * The same quantity printed twice. Printed with the same precision, two different values
 * cannot both be roundings of one number: one unit apart is a 尾差 to reconcile (the
 * caller reports it as a warning), more is a mismatch. With different precisions the finer
 * one is rounded to the coarser before comparing.
 */
export function sameVerdict(a: Q, b: Q): Verdict {
  const d = Math.min(a.decimals, b.decimals);
  const bothPrinted = !a.half.isZero() && !b.half.isZero();
  const ra = bothPrinted ? a.value.toDecimalPlaces(Math.max(d, 0), Decimal.ROUND_HALF_UP) : a.value;
  const rb = bothPrinted ? b.value.toDecimalPlaces(Math.max(d, 0), Decimal.ROUND_HALF_UP) : b.value;
  const diff = a.value.minus(b.value);
  const slack = a.half.plus(b.half);
  if (ra.equals(rb)) return { status: 'equal', diff, slack };
  return { status: diff.abs().lte(slack) && bothPrinted ? 'rounding' : 'mismatch', diff, slack };
}

/** a ≥ b, allowing for rounding of both. */
export function atLeastVerdict(a: Q, b: Q): Verdict {
  const diff = a.value.minus(b.value);
  const slack = a.half.plus(b.half);
  return { status: diff.gte(0) ? 'equal' : diff.abs().lte(slack) ? 'rounding' : 'mismatch', diff, slack };
}

/** A printed percentage against the ratio of two quantities (RND-3). */
export function shareVerdict(stated: Q, part: Q, whole: Q): Verdict & { ratio: Decimal } | null {
  if (whole.value.isZero()) return null;
  const ratio = part.value.dividedBy(whole.value).times(100);
  const lo = Decimal.max(part.value.minus(part.half), 0).dividedBy(whole.value.plus(whole.half)).times(100);
  const hi = part.value.plus(part.half).dividedBy(Decimal.max(whole.value.minus(whole.half), new Decimal('1e-9'))).times(100);
  const sLo = stated.value.minus(stated.half);
  const sHi = stated.value.plus(stated.half);
  const diff = stated.value.minus(ratio);
  const slack = stated.half;
  const rounded = ratio.toDecimalPlaces(Math.max(stated.decimals, 0), Decimal.ROUND_HALF_UP);
  if (rounded.equals(stated.value)) return { status: 'equal', diff, slack, ratio };
  // one unit of the last digit off (shares forced to add to 100%) is a 尾差
  const meets = sHi.gte(lo) && sLo.lte(hi);
  const oneUnit = stated.value.minus(rounded).abs().lte(stated.half.times(2));
  return { status: meets || oneUnit ? 'rounding' : 'mismatch', diff, slack, ratio };
}

/** Printed form of a value: as many decimals as asked (2 by default for 万元). */
export function fmt(v: Decimal, decimals = 2): string {
  return v.toFixed(Math.max(decimals, 0));
}

/**
 * Printed form of an amount in 万元. One converted from 元 (4–6 decimals in 万元) is printed as
 * 万元 are, with 2 decimals ("3726.29", not "3726.2875"); only an amount below 0.01 万元 keeps
 * its digits (a difference of a few 元).
 */
export function fmtMoney(v: Decimal, decimals = 2): string {
  if (decimals > 2 && v.abs().gte(0.01)) return v.toFixed(2);
  if (decimals > 2) return v.toDecimalPlaces(decimals).toString();
  return fmt(v, decimals);
}

export function fmtQ(q: Q): string {
  return fmtMoney(q.value, Math.max(q.decimals, 2));
}

/** Decimals to print a sum of quantities with. */
export function decimalsOf(qs: Q[]): number {
  return Math.max(2, ...qs.filter((q) => !q.half.isZero()).map((q) => q.decimals));
}
