/**
 * The plain compareAmount as it was before issue 19's ninth pass: every candidate compared, each
 * difference worked out: the oracle of narrative-helpers' compareAmount (rule-shortcuts-pass9.test.ts).
 */
import Decimal from 'decimal.js';
import type { Claim } from '../../../src/core/narrative/analyse';
import type { Candidate } from '../../../src/core/narrative/lexicon';

export type PlainMatch = { status: 'equal' | 'rounding' | 'mismatch'; cand: Candidate; diff: Decimal };

const RANK = { equal: 0, rounding: 1, mismatch: 2 } as const;

export function plainCompareAmount(c: Claim, cands: Candidate[]): PlainMatch | null {
  const v = c.token.wan;
  const half = c.token.half;
  if (!v || !half || cands.length === 0) return null;
  const dp = Math.max(0, Math.round(-Math.log10(half.mul(2).toNumber())));
  let best: PlainMatch | null = null;
  for (const cand of cands) {
    const q = cand.q;
    let status: PlainMatch['status'];
    if (q.value.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP).eq(v.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP))) status = 'equal';
    else if (v.minus(q.value).abs().lte(half.plus(q.half))) status = 'rounding';
    else status = 'mismatch';
    const m = { status, cand, diff: v.minus(q.value) };
    if (!best || RANK[status] < RANK[best.status] || (status === best.status && m.diff.abs().lt(best.diff.abs()))) best = m;
  }
  return best;
}
