/**
 * Quantities and the rounding-by-intervals verdicts (the XBRL Calculations 1.1 idea).
 * A printed value with d decimals stands for the interval ±0.5·10⁻ᵈ around it; a blank
 * cell is an exact 0. A relation is consistent when the intervals of its two sides meet.
 */
import Decimal from 'decimal.js';
import { halfUnit } from '../amount';
import { isSpaceCode } from '../chars';
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
  const v = row.values[key];
  // no label to build for a column the row does not have
  if (!v) return null;
  if (label !== undefined) return valueQ(t.block.sheet, v, label);
  const a = v.amount;
  if (a.kind === 'number') return new RowQ(a.value, halfUnit(a.decimals), a.decimals, t.block.sheet, v.cell, row, key);
  if (a.kind === 'empty') return new RowQ(ZERO, ZERO, 0, t.block.sheet, v.cell, row, key);
  return null;
}

/**
 * A row's figure whose label ("<row> <column>", defaultLabel) is written when it is read: qty is
 * asked for thousands of figures and a message quotes a few (issue 19). The label is a getter of
 * the class, not an own property: a spread (`{ ...q }`) does not carry it, so a Q made from another
 * names its fields (lexicon.ts) or sets its own label.
 */
class RowQ implements Q {
  constructor(
    public value: Decimal,
    public half: Decimal,
    public decimals: number,
    public sheet: string,
    public cell: string,
    private readonly row: TableRow,
    private readonly key: string,
  ) {}

  get label(): string {
    return defaultLabel(this.row, this.key);
  }
}

/**
 * "<row> <column>", trimmed. Both parts are cached; when the row's label starts and the column's
 * ends with other than white space (nearly always) the trim is the identity and is skipped: it
 * would copy the joined string (issue 19: qty is asked for thousands of figures).
 */
export function defaultLabel(row: TableRow, key: string): string {
  const r = rowLabel(row);
  const c = columnLabel(key);
  if (r.length > 0 && c.length > 0 && !isSpaceCode(r.charCodeAt(0)) && !isSpaceCode(c.charCodeAt(c.length - 1))) return `${r} ${c}`;
  return `${r} ${c}`.trim();
}

/**
 * A figure at q's cell with another value, half and label ({ ...q, value, half, label } field by
 * field: a spread would not carry a RowQ's label and would copy its row).
 */
export function atCellOf(q: Q, value: Decimal, half: Decimal, label: string): Q {
  return { value, half, decimals: q.decimals, sheet: q.sheet, cell: q.cell, label };
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

/**
 * Exact integer arithmetic for the common case (issue 19: sums are the engine's hottest arithmetic,
 * and a Decimal per addition its largest source of garbage). A value below 10⁷ in size with at most
 * 7 decimals is an integer count of 10⁻⁷ below 10¹⁴, which a double holds exactly, and so are sums
 * of such integers below 10¹⁵; anything else takes the Decimal path.
 */
const UNIT_DIGITS = 7;
/** Sums stay below this (10¹⁵ < 2⁵³): every partial sum is exact. */
const SUM_LIMIT = 1e15;

/**
 * A Decimal as an integer count of 10⁻⁷, read from decimal.js' own fields without allocating: `d`
 * holds base-10⁷ words aligned on the decimal point, `e` the exponent of the leading digit. With
 * 0 ≤ e ≤ 6 the words are [integer part, 7 decimals]; with −7 ≤ e < 0, [7 decimals]. More words
 * mean more than 7 decimals; null then, and for values of 10⁷ and more.
 */
function units(x: Decimal): number | null {
  const d = x.d;
  const e = x.e;
  if (!d) return null; // NaN, ±Infinity
  let n: number;
  if (e >= 0) {
    if (e > 6 || d.length > 2) return null;
    n = d[0] * 1e7 + (d.length > 1 ? d[1] : 0);
  } else {
    if (e < -UNIT_DIGITS || d.length > 1) return null;
    n = d[0];
  }
  return x.s < 0 ? -n : n;
}

/**
 * What ctx.sum would make of "total = Σ parts" without a Q per figure: ABSENT when qty / qtys give no
 * figure for one of them (the relation is not checked), HOLDS when it holds exactly (sumVerdict's
 * 'equal', on which ctx.sum reports nothing), CHECK otherwise (or beyond the integer path): ask ctx.sum.
 */
export const ABSENT = 0;
export const HOLDS = 1;
export const CHECK = 2;
export type SumHolds = typeof ABSENT | typeof HOLDS | typeof CHECK;

/**
 * A value cell's figure as an integer count of 10⁻⁷ (what sumVerdict adds): 0 for a blank; undefined
 * where qty gives no figure (no cell, a text, an error); null for a figure beyond the integer path.
 */
function valueUnits(v: ValueCell | undefined): number | null | undefined {
  if (!v) return undefined;
  const a = v.amount;
  if (a.kind === 'number') return units(a.value);
  return a.kind === 'empty' ? 0 : undefined;
}

/**
 * A sum of figures in integers, told part by part: `exact` until a figure or the sum leaves the
 * integer path (each figure is below 10¹⁴, so every sum checked below SUM_LIMIT is exact).
 */
class UnitSum {
  sum = 0;
  exact = true;

  /** Add a part (sign −1 subtracts); false when the part has no figure (ABSENT). */
  add(v: ValueCell | undefined, sign: number): boolean {
    const u = valueUnits(v);
    if (u === undefined) return false;
    if (u === null) this.exact = false;
    else if (this.exact) {
      this.sum = sign < 0 ? this.sum - u : this.sum + u;
      if (this.sum >= SUM_LIMIT || this.sum <= -SUM_LIMIT) this.exact = false;
    }
    return true;
  }

  /** HOLDS when the exact sum is the total's figure (t: its units); CHECK otherwise. */
  verdict(t: number | null): SumHolds {
    return this.exact && t !== null && this.sum === t ? HOLDS : CHECK;
  }
}

/** total = Σ parts in one column, over rows (qty(t, total, key) against qtys(t, parts, key)). */
export function columnSumHolds(total: TableRow, parts: TableRow[], key: string): SumHolds {
  const t = valueUnits(total.values[key]);
  if (t === undefined) return ABSENT;
  const s = new UnitSum();
  for (let i = 0; i < parts.length; i++) if (!s.add(parts[i].values[key], 1)) return ABSENT;
  return s.verdict(t);
}

/** total = Σ sign·part across one row's columns (qty(t, row, total) against rowQtys(t, row, parts)). */
export function rowSumHolds(row: TableRow, total: string, parts: string[], signs?: number[]): SumHolds {
  const t = valueUnits(row.values[total]);
  if (t === undefined) return ABSENT;
  const s = new UnitSum();
  for (let i = 0; i < parts.length; i++) if (!s.add(row.values[parts[i]], signs ? signs[i] : 1)) return ABSENT;
  return s.verdict(t);
}

/** Decimals of integer counts of 10⁻⁷, cached for the few that recur (slacks: n half-units). */
const FROM_UNITS = new Map<number, Decimal>();
function fromUnits(n: number): Decimal {
  if (n === 0) return ZERO;
  let d = FROM_UNITS.get(n);
  if (!d) {
    d = new Decimal(`${n}e-${UNIT_DIGITS}`);
    if (FROM_UNITS.size < 4096) FROM_UNITS.set(n, d);
  }
  return d;
}

/** sumVerdict in integers; null when a figure is out of the integer range (then Decimals are used). */
function sumVerdictUnits(total: Q, parts: Q[], signs?: number[]): (Verdict & { sum: Decimal }) | null {
  const t = units(total.value);
  let slack = units(total.half);
  if (t === null || slack === null) return null;
  let sum = 0;
  for (let i = 0; i < parts.length; i++) {
    const v = units(parts[i].value);
    const h = units(parts[i].half);
    if (v === null || h === null) return null;
    sum = signs && signs[i] < 0 ? sum - v : sum + v;
    slack += h;
    if (sum >= SUM_LIMIT || sum <= -SUM_LIMIT || slack >= SUM_LIMIT) return null;
  }
  const diff = t - sum;
  if (diff >= SUM_LIMIT || diff <= -SUM_LIMIT) return null;
  // equal: the sum is the total's own value (no Decimal to build)
  if (diff === 0) return { status: 'equal', diff: ZERO, slack: fromUnits(slack), sum: total.value.isZero() ? ZERO : total.value };
  return { status: Math.abs(diff) <= slack ? 'rounding' : 'mismatch', diff: new Decimal(`${diff}e-${UNIT_DIGITS}`), slack: fromUnits(slack), sum: new Decimal(`${sum}e-${UNIT_DIGITS}`) };
}

/** total = Σ sign·part. */
export function sumVerdict(total: Q, parts: Q[], signs?: number[]): Verdict & { sum: Decimal } {
  return sumVerdictUnits(total, parts, signs) ?? sumVerdictDecimal(total, parts, signs);
}

/** sumVerdict in Decimals, for any figure; exported for the test that holds the integer path to it. */
export function sumVerdictDecimal(total: Q, parts: Q[], signs?: number[]): Verdict & { sum: Decimal } {
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
  return sameVerdictUnits(a, b) ?? sameVerdictDecimal(a, b);
}

/** A count of 10⁻⁷ rounded to `decimals` places, half away from zero (ROUND_HALF_UP), exactly. */
function roundUnits(n: number, decimals: number): number {
  if (decimals >= UNIT_DIGITS) return n;
  const step = 10 ** (UNIT_DIGITS - decimals);
  const size = n < 0 ? -n : n;
  const rest = size % step;
  const r = size - rest + (rest * 2 >= step ? step : 0);
  return n < 0 ? -r : r;
}

/** sameVerdict in integers of 10⁻⁷ (see units); null when a figure is out of that range. */
function sameVerdictUnits(a: Q, b: Q): Verdict | null {
  const va = units(a.value);
  const vb = units(b.value);
  const ha = units(a.half);
  const hb = units(b.half);
  if (va === null || vb === null || ha === null || hb === null) return null;
  const d = Math.max(Math.min(a.decimals, b.decimals), 0);
  const bothPrinted = ha !== 0 && hb !== 0;
  const equal = bothPrinted ? roundUnits(va, d) === roundUnits(vb, d) : va === vb;
  const diff = va - vb;
  const slack = ha + hb;
  const status: Status = equal ? 'equal' : Math.abs(diff) <= slack && bothPrinted ? 'rounding' : 'mismatch';
  return { status, diff: diff === 0 ? ZERO : new Decimal(`${diff}e-${UNIT_DIGITS}`), slack: fromUnits(slack) };
}

/** sameVerdict in Decimals, for any figure; exported for the test that holds the integer path to it. */
export function sameVerdictDecimal(a: Q, b: Q): Verdict {
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
  const va = units(a.value);
  const vb = units(b.value);
  const ha = units(a.half);
  const hb = units(b.half);
  if (va === null || vb === null || ha === null || hb === null) return atLeastVerdictDecimal(a, b);
  const diff = va - vb;
  const slack = ha + hb;
  const status: Status = diff >= 0 ? 'equal' : -diff <= slack ? 'rounding' : 'mismatch';
  return { status, diff: diff === 0 ? ZERO : new Decimal(`${diff}e-${UNIT_DIGITS}`), slack: fromUnits(slack) };
}

/** atLeastVerdict in Decimals, for any figure; exported for the test that holds the integer path to it. */
export function atLeastVerdictDecimal(a: Q, b: Q): Verdict {
  const diff = a.value.minus(b.value);
  const slack = a.half.plus(b.half);
  return { status: diff.gte(0) ? 'equal' : diff.abs().lte(slack) ? 'rounding' : 'mismatch', diff, slack };
}

/** A printed percentage against the ratio of two quantities (RND-3). */
export function shareVerdict(stated: Q, part: Q, whole: Q): Verdict & { ratio: Decimal } | null {
  if (whole.value.isZero()) return null;
  const ratio = part.value.dividedBy(whole.value).times(100);
  const diff = stated.value.minus(ratio);
  const slack = stated.half;
  const rounded = ratio.toDecimalPlaces(Math.max(stated.decimals, 0), Decimal.ROUND_HALF_UP);
  if (rounded.equals(stated.value)) return { status: 'equal', diff, slack, ratio };
  // the interval of the true ratio, only for a figure that is not the rounded ratio
  const lo = Decimal.max(part.value.minus(part.half), 0).dividedBy(whole.value.plus(whole.half)).times(100);
  const hi = part.value.plus(part.half).dividedBy(Decimal.max(whole.value.minus(whole.half), new Decimal('1e-9'))).times(100);
  const sLo = stated.value.minus(stated.half);
  const sHi = stated.value.plus(stated.half);
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
