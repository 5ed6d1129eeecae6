/**
 * narrative/percent-truncation: a rate the 情况说明 prints cut off instead of rounded (“95.45%” where
 * the figures give 95.456…%, i.e. 95.46%). Recomputed with decimal.js from the figures the same
 * sentence prints (which the tie-out rules compare with the tables): “年初预算为 A 万元，支出决算为
 * B 万元，完成年初预算的 P%” and “X 万元，比上年增加（减少）Y 万元，增长（下降）P%”. Reported only when
 * the printed inputs leave no doubt about the rounded value (their own rounding taken into account).
 */
import Decimal from 'decimal.js';
import { allMatches } from '../../narrative/analyse';
import { paragraphLabel, paragraphLocation } from '../../narrative/source';
import { C_PERCENT, C_WAN, C_YUAN, holdsAll, paragraphChars } from './paragraph-chars';
import type { Rule } from '../types';

const NUM = '(\\d[\\d,]*(?:\\.\\d+)?)';
export const COMPLETION = new RegExp(`年初预算(?:数)?为?\\s*${NUM}\\s*万元[^。；]{0,40}?决算(?:数)?为?\\s*${NUM}\\s*万元[^。；]{0,16}?完成(?:年初)?预算(?:数)?的\\s*${NUM}\\s*[%％]`, 'g');
export const CHANGE = new RegExp(`${NUM}\\s*万元[，,]\\s*(?:比|较|与)[^。；，]{0,12}?(增加|减少)\\s*${NUM}\\s*万元[，,]?\\s*(?:增长|下降|减少|增加|降低|上升)了?\\s*${NUM}\\s*[%％]`, 'g');

/** The words CHANGE cannot match without (“万元，比”), found by the regex engine's fast search for “万元” (most paragraphs with % and 万元 have no change figure). */
export const MAY_CHANGE = /万元[，,]\s*(?:比|较|与)/;

function dec(s: string): { v: Decimal; half: Decimal; d: number } {
  const t = s.replace(/,/g, '');
  const d = t.includes('.') ? t.length - t.indexOf('.') - 1 : 0;
  return { v: new Decimal(t), half: halfOf(d), d };
}

/** Half a unit of the last of d decimal places, 5·10^−(d+1) (a Decimal is never changed: each is made once; issue 19). */
const HALVES: Decimal[] = [];

export function halfOf(d: number): Decimal {
  return (HALVES[d] ??= new Decimal(5).div(new Decimal(10).pow(d + 1)));
}

/** Is `printed` the truncation of a/b·100 where every value the inputs allow rounds to another figure? */
export function truncatedRate(num: string, den: string, printed: string, denFrom?: (n: Decimal) => Decimal): { exact: Decimal; rounded: Decimal } | null {
  // a whole percentage is never called cut off: the inputs are not read then
  const p = dec(printed);
  if (p.d === 0) return null;
  const n = dec(num);
  const b = dec(den);
  const base = denFrom ? denFrom(n.v) : b.v;
  const halfBase = denFrom ? b.half.plus(n.half) : b.half;
  if (base.lte(halfBase)) return null;
  const exact = n.v.div(base).mul(100);
  const lo = n.v.minus(n.half).div(base.plus(halfBase)).mul(100);
  const hi = n.v.plus(n.half).div(base.minus(halfBase)).mul(100);
  const rounded = exact.toDecimalPlaces(p.d, Decimal.ROUND_HALF_UP);
  if (!lo.toDecimalPlaces(p.d, Decimal.ROUND_HALF_UP).eq(rounded) || !hi.toDecimalPlaces(p.d, Decimal.ROUND_HALF_UP).eq(rounded)) return null;
  if (rounded.eq(p.v) || !exact.toDecimalPlaces(p.d, Decimal.ROUND_DOWN).eq(p.v)) return null;
  return { exact, rounded };
}

/** A printed figure ("1,099.73") as the integer of its digits and its decimal places; null past 15 digits. */
function scaled(s: string): { i: number; d: number } | null {
  const t = s.includes(',') ? s.replace(/,/g, '') : s;
  const dot = t.indexOf('.');
  const digits = dot < 0 ? t : t.slice(0, dot) + t.slice(dot + 1);
  return digits.length > 15 ? null : { i: Number(digits), d: dot < 0 ? 0 : t.length - dot - 1 };
}

/**
 * Can truncatedRate find `printed` (P, d places, unit u = 10^−d) cut off from num / base · 100, base =
 * den or den + sign · num? Exact integers, no division (issue 19): a cut-off rate needs the computed
 * rate e to truncate to P and not round to it, P·u + u/2 ≤ e < (P+1)·u. decimal.js rounds the quotient
 * to 20 digits, which is monotone and keeps the short bounds below, so e < (P + 0.4)·u (it then rounds
 * to at most P) and e ≥ (P+1)·u (it truncates to P+1 or more) are sure misses: false only then, true
 * otherwise and wherever a figure is too long to reason on (truncatedRate decides). The rate is
 * X / D · 10^−(d+1) with X = N·10^(db+d+3), D = B·10^dn (N, B the digits of num and base).
 */
export function mayBeCut(num: string, den: string, printed: string, sign?: 1 | -1): boolean {
  const p = scaled(printed);
  const n = scaled(num);
  const b = scaled(den);
  if (!p || !n || !b) return true;
  if (p.d === 0) return false; // a whole percentage is never called cut off
  // den ± num at the finer of their places (integers below 10^15 times at most 10^15: kept exact below)
  const db = sign ? Math.max(b.d, n.d) : b.d;
  const base = sign ? b.i * 10 ** (db - b.d) + sign * n.i * 10 ** (db - n.d) : b.i;
  if (!Number.isSafeInteger(base)) return true;
  // base ≤ 0 lies within its half unit: truncatedRate returns null
  if (base <= 0) return false;
  const x = n.i * 10 ** (db + p.d + 3);
  const d = base * 10 ** n.d;
  const lo = (p.i * 10 + 4) * d;
  const hi = (p.i * 10 + 10) * d;
  // products of safe integers are exact while they stay below 2^53; past that, the same in BigInt
  if (Number.isSafeInteger(x) && Number.isSafeInteger(hi)) return x >= lo && x < hi;
  return inWindowBig(n.i, base, db, n.d, p.i, p.d);
}

/** mayBeCut's window in BigInt, for figures whose products pass 2^53. */
function inWindowBig(n: number, base: number, db: number, dn: number, p: number, dp: number): boolean {
  const ten = BigInt(10);
  const x = BigInt(n) * ten ** BigInt(db + dp + 3);
  const d = BigInt(base) * ten ** BigInt(dn);
  const tenP = BigInt(p) * ten;
  return x >= (tenP + BigInt(4)) * d && x < (tenP + ten) * d;
}

export const percentTruncation: Rule = {
  meta: {
    id: 'narrative/percent-truncation',
    category: 'narrative',
    severity: 'warning',
    title: '百分比按四舍五入取位（不是截断）',
    description:
      '完成率“年初预算为 A 万元，支出决算为 B 万元，完成年初预算的 P%”和增减率“X 万元，比上年增加（减少）Y 万元，增长（下降）P%”按同一句中的金额重算（decimal.js）：印出的 P 是截断而不是四舍五入的结果（如应为 95.46% 印为 95.45%）时列出。金额本身的舍入可能改变结果时不判断。',
    implements: ['STD-13'],
    example: '情况说明!A64：“完成年初预算的 95.45%”：2,100.00 / 2,200.00 = 95.4545…%，四舍五入应为 95.45%',
  },
  check(ctx) {
    const paragraphs = ctx.model.narrative;
    if (paragraphs.length === 0) return ctx.skip('没有情况说明');
    const chars = paragraphChars(ctx.model);
    for (let pi = 0; pi < paragraphs.length; pi++) {
      const p = paragraphs[pi];
      // each pattern holds its words: a paragraph without them is not searched (both hold “万元” and “%”; the characters read once per paragraph)
      if (!(chars[pi] & C_PERCENT) || !holdsAll(chars[pi], C_WAN | C_YUAN) || !p.text.includes('万元')) continue;
      const completion = p.text.includes('年初预算') && p.text.includes('完成');
      for (const m of completion ? allMatches(COMPLETION, p.text) : []) {
        const t = mayBeCut(m[2], m[1], m[3]) ? truncatedRate(m[2], m[1], m[3]) : null;
        if (!t) continue;
        ctx.report({
          message: `${paragraphLabel(p)}：“${m[0].trim()}”：${m[2]} / ${m[1]} = ${t.exact.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toString()}%，四舍五入应为 ${t.rounded.toString()}%，印为 ${m[3]}%（截断了尾数）`,
          locations: [paragraphLocation(p, m.index, m.index + m[0].length)],
          expected: `${t.rounded.toString()}%`,
          actual: `${m[3]}%`,
        });
      }
      for (const m of MAY_CHANGE.test(p.text) ? allMatches(CHANGE, p.text) : []) {
        const up = m[2] === '增加';
        if (!mayBeCut(m[3], m[1], m[4], up ? -1 : 1)) continue;
        const now = dec(m[1]).v;
        const t = truncatedRate(m[3], m[1], m[4], (y) => (up ? now.minus(y) : now.plus(y)));
        if (!t) continue;
        ctx.report({
          message: `${paragraphLabel(p)}：“${m[0].trim()}”：${m[2]} ${m[3]} / 上年 ${(up ? now.minus(dec(m[3]).v) : now.plus(dec(m[3]).v)).toString()} = ${t.exact.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toString()}%，四舍五入应为 ${t.rounded.toString()}%，印为 ${m[4]}%（截断了尾数）`,
          locations: [paragraphLocation(p, m.index, m.index + m[0].length)],
          expected: `${t.rounded.toString()}%`,
          actual: `${m[4]}%`,
        });
      }
    }
  },
};
