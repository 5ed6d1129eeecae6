/** Shared helpers of the narrative rules: quoting a claim, comparing it with table figures. */
import Decimal from 'decimal.js';
import type { Location } from '../../contract';
import type { Claim } from '../../narrative/analyse';
import type { Candidate } from '../../narrative/lexicon';
import { paragraphLabel, paragraphLocation } from '../../narrative/source';
import { fmtMoney, type Q } from '../../model/quantity';

/** "情况说明!A60" / "情况说明.docx 第 3 段". */
export function where(c: Claim): string {
  return paragraphLabel(c.p);
}

/** The sentence fragment of a claim: from its clause start to the figure ("住房保障支出 22.73 万元"). */
export function fragment(c: Claim): string {
  let label = c.label.replace(/^[\s和及与、，,:：]+/, '').replace(/^(其中|主要包括|包括|分别是|分别为|主要用于|主要是)\s*[:：]?/, '').trim();
  label = label.replace(/^[(（]?[\d一二三四五六七八九十]+[)）.、．]\s*/, '');
  if (!label || label.length < 2) label = c.subject;
  if (label.length > 30) label = `…${label.slice(-29)}`;
  return `${label} ${c.token.text}`.replace(/\s+/g, ' ').trim();
}

/** "情况说明!A60：“住房保障支出 22.73 万元”". */
export function quote(c: Claim): string {
  return `${where(c)}：“${fragment(c)}”`;
}

export function claimLocation(c: Claim): Location {
  return paragraphLocation(c.p, c.token.start, c.token.end);
}

export function qLocation(q: Q): Location {
  return { sheet: q.sheet, cell: q.cell };
}

export type Match = { status: 'equal' | 'rounding' | 'mismatch'; cand: Candidate; diff: Decimal };

/**
 * A narrative amount against table figures (RND-4): the table value rounded to the text's
 * precision must equal the text; intervals that still meet are 尾差; else a mismatch.
 * With several candidates (the same figure in several tables) the closest one decides.
 */
export function compareAmount(c: Claim, cands: Candidate[]): Match | null {
  const v = c.token.wan;
  const half = c.token.half;
  if (!v || !half || cands.length === 0) return null;
  let best: Match | null = null;
  // the claim's printed precision and its value at that precision, the same for every candidate
  const dp = precisionOf(half);
  const printed = atPlaces(v, dp);
  for (const cand of cands) {
    const q = cand.q;
    // the text's value itself, printed at no more places than the text: what the loop below would
    // break on (no earlier figure can be an equal one of difference 0, it would have broken there)
    if (printed === v && sameDigits(q.value, v)) return new AmountMatch('equal', cand, v);
    const rounded = atPlaces(q.value, dp);
    let status: Match['status'];
    if (sameDigits(rounded, printed) || rounded.eq(printed)) status = 'equal';
    else if (v.minus(q.value).abs().lte(half.plus(q.half))) status = 'rounding';
    else status = 'mismatch';
    const m = new AmountMatch(status, cand, v);
    if (!best || RANK[status] < RANK[best.status] || (status === best.status && m.diff.abs().lt(best.diff.abs()))) best = m;
    // the text's value itself (both printed at no more places than the text): no later figure ranks
    // before it nor lies closer, so the rest are not compared (issue 19)
    if (best === m && status === 'equal' && rounded === q.value && printed === v) break;
  }
  return best;
}

/**
 * A comparison's result with its difference (text − table) worked out when read: most claims equal
 * their one figure and nobody reads it then (no subtraction per claim; issue 19).
 */
class AmountMatch implements Match {
  private d: Decimal | null = null;

  constructor(
    readonly status: Match['status'],
    readonly cand: Candidate,
    private readonly v: Decimal,
  ) {}

  get diff(): Decimal {
    return (this.d ??= this.v.minus(this.cand.q.value));
  }
}

const RANK = { equal: 0, rounding: 1, mismatch: 2 } as const;

/**
 * Do two Decimals hold the same sign, exponent and digit words? Then they are the same value (the
 * converse may fail: ±0, or words not in decimal.js' usual form, and the caller then asks eq). No
 * Decimal is made, as eq's comparison makes one of its argument.
 */
export function sameDigits(a: Decimal, b: Decimal): boolean {
  if (a === b) return true;
  const x = a.d;
  const y = b.d;
  if (!x || !y || a.s !== b.s || a.e !== b.e || x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** The decimal places a half unit stands for (0.005 → 2), as round(−log10(2·half)), at least 0. */
export function precisionOfUncached(half: Decimal): number {
  return Math.max(0, Math.round(-Math.log10(half.mul(2).toNumber())));
}

/** By the half's object: a token's half is one of a few shared ones (halfUnit), a sum's is new and read once. */
const PRECISIONS = new WeakMap<Decimal, number>();

export function precisionOf(half: Decimal): number {
  let dp = PRECISIONS.get(half);
  if (dp === undefined) PRECISIONS.set(half, (dp = precisionOfUncached(half)));
  return dp;
}

/**
 * A value rounded half-up to `dp` places, as v.toDecimalPlaces(dp, ROUND_HALF_UP); a value with no
 * more places is its own rounding (printed figures mostly have the places they are compared at).
 */
export function atPlaces(v: Decimal, dp: number): Decimal {
  return v.decimalPlaces() <= dp ? v : v.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP);
}

/** A figure in 万元 as the text would print it. */
export function wan(v: Decimal, decimals = 2): string {
  return fmtMoney(v, decimals);
}

