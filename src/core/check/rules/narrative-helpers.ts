/** Shared helpers of the narrative rules: quoting a claim, comparing it with table figures. */
import Decimal from 'decimal.js';
import type { Location } from '../../report';
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
  const rank = { equal: 0, rounding: 1, mismatch: 2 } as const;
  // the claim's printed precision and its value at that precision, the same for every candidate
  const dp = Math.max(0, Math.round(-Math.log10(half.mul(2).toNumber())));
  const printed = v.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP);
  for (const cand of cands) {
    const q = cand.q;
    const rounded = q.value.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP);
    const diff = v.minus(q.value);
    let status: Match['status'];
    if (rounded.eq(printed)) status = 'equal';
    else if (diff.abs().lte(half.plus(q.half))) status = 'rounding';
    else status = 'mismatch';
    const m: Match = { status, cand, diff };
    if (!best || rank[status] < rank[best.status] || (status === best.status && diff.abs().lt(best.diff.abs()))) best = m;
  }
  return best;
}

/** A figure in 万元 as the text would print it. */
export function wan(v: Decimal, decimals = 2): string {
  return fmtMoney(v, decimals);
}
