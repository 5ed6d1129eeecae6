/**
 * narrative/internal-consistency: the 情况说明 against itself (TXT-16). The same amount written
 * with two values in two paragraphs ("基本支出 999.73 万元" in 三, "基本支出 999.72 万元" in 六: one
 * unit of the last decimal apart, so not two different quantities), and the same headcount
 * (编制数, 在职实有人数, 离退休人员) given as two numbers in two paragraphs.
 */
import Decimal from 'decimal.js';
import { allMatches } from '../../narrative/analyse';
import { paragraphLabel, paragraphLocation } from '../../narrative/source';
import type { NarrativeParagraph } from '../../model/paragraphs';
import { C_HEADCOUNT, C_WAN, C_YUAN, holdsAll, paragraphChars } from './paragraph-chars';
import type { Rule } from '../types';

/** Amounts a narrative repeats, by the words that name them. */
const MONEY_TERMS = ['基本支出', '项目支出', '人员经费', '公用经费', '收入合计', '支出合计', '收支总计', '收入总计', '支出总计', '“三公”经费', '三公经费', '机关运行经费'];
export const MONEY = new RegExp(`(${MONEY_TERMS.join('|')})(?:预算数|决算数|预算|决算)?(?:为|是|共计|合计|共)?\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*万元`, 'g');

/** Headcounts: the totals, not the parts after "其中". */
const HEADCOUNTS: { key: string; re: RegExp }[] = [
  { key: '编制数', re: /(?:总编制人数|编制总数|共有编制|核定编制|(?<![\u4e00-\u9fa5])(?:总编制|编制人数|编制数|编制))\s*(?:为|共|有)?\s*(\d+)\s*[人名]/ },
  { key: '在职实有人数', re: /在职实有(?:人数|人员)?\s*(?:为|共|有)?\s*(\d+)\s*[人名]/ },
  { key: '离退休人员', re: /离退休(?:人员)?(?:人数)?\s*(?:为|共|有)?\s*(\d+)\s*[人名]/ },
];

/**
 * A word each of HEADCOUNTS' patterns cannot match without (编制 for the first, …): one pattern, not three includes over the paragraph.
 * Past it, a paragraph none of the patterns matches as a whole is not cut into clauses: a clause is a
 * piece of the text starting at its start or after “。；;” (no CJK character for the first pattern's
 * look-behind) and a pattern ends on its last character, so a match in a clause is one in the text.
 */
const HEADCOUNT_WORD = /编制|在职实有|离退休/;

interface Mention {
  p: NarrativeParagraph;
  pi: number;
  value: string;
  start: number;
  end: number;
  text: string;
}

function decimals(s: string): number {
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** Two printed amounts of one quantity: one a rounding of the other (same), one unit of the last decimal apart (a slip), or further apart (two quantities). */
export function compareAmounts(a: string, b: string): 'same' | 'slip' | 'different' {
  if (a === b) return 'same';
  if (integersApart(a, b)) return 'different';
  const d = Math.min(decimals(a), decimals(b));
  const x = new Decimal(a);
  const y = new Decimal(b);
  if (x.toDecimalPlaces(d, Decimal.ROUND_HALF_UP).eq(y.toDecimalPlaces(d, Decimal.ROUND_HALF_UP))) return 'same';
  return x.minus(y).abs().lte(new Decimal(1).div(new Decimal(10).pow(d))) && d >= 1 ? 'slip' : 'different';
}

/**
 * Are the integer parts of two plain decimals ("999.73", digits and one point) 2 or more apart? Then
 * the values are more than 1 apart: their roundings at any places differ (each moves by at most ½)
 * and they are no slip (one unit of a last decimal is at most 0.1): compareAmounts says 'different'
 * without decimal.js (most pairs a narrative repeats are other figures; issue 19). Integer parts of
 * up to 15 digits only (exact as numbers).
 */
export function integersApart(a: string, b: string): boolean {
  const ia = a.indexOf('.');
  const ib = b.indexOf('.');
  const la = ia < 0 ? a.length : ia;
  const lb = ib < 0 ? b.length : ib;
  if (la > 15 || lb > 15) return false;
  return Math.abs(Number(a.slice(0, la)) - Number(b.slice(0, lb))) >= 2;
}

/** The text of a paragraph with the parts after "其中" of each sentence cut off (headcount parts). */
function clauses(text: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const s of text.split(/(?<=[。；;])/)) {
    const cut = s.search(/其中/);
    out.push({ text: cut >= 0 ? s.slice(0, cut) : s, offset });
    offset += s.length;
  }
  return out;
}

export const narrativeInternal: Rule = {
  meta: {
    id: 'narrative/internal-consistency',
    category: 'narrative',
    severity: 'warning',
    title: '情况说明前后一致：同一个数、同一人数',
    description:
      '同一个金额（基本支出、项目支出、人员经费、公用经费、收支合计、“三公”经费、机关运行经费）在两段中写成相差末位一个单位的两个值（“999.73”与“999.72”），或编制数、在职实有人数、离退休人员在两段中写成不同的数。相差更大的两个值视为不同口径的数，不在此列。',
    implements: ['TXT-16'],
    example: '情况说明!A49 写“基本支出 999.73 万元”，情况说明!A80 写“基本支出 999.72 万元”',
  },
  check(ctx) {
    const paragraphs = ctx.model.narrative;
    if (paragraphs.length === 0) return ctx.skip('没有情况说明');
    const money = new Map<string, Mention[]>();
    const heads = new Map<string, Mention[]>();
    // which words each paragraph may hold, read once per paragraph
    const chars = paragraphChars(ctx.model);
    paragraphs.forEach((p, pi) => {
      // every amount MONEY reads is in 万元: other paragraphs are not searched
      for (const m of holdsAll(chars[pi], C_WAN | C_YUAN) && p.text.includes('万元') ? allMatches(MONEY, p.text) : []) {
        const key = m[1] === '三公经费' ? '“三公”经费' : m[1];
        const value = m[2].replace(/,/g, '');
        const list = money.get(key) ?? [];
        list.push({ p, pi, value, start: m.index, end: m.index + m[0].length, text: m[0] });
        money.set(key, list);
      }
      // every headcount wording names 编制, 在职实有 or 离退休: other paragraphs are not cut into clauses
      if (!(chars[pi] & C_HEADCOUNT) || !HEADCOUNT_WORD.test(p.text) || !HEADCOUNTS.some((h) => h.re.test(p.text))) return;
      for (const c of clauses(p.text)) {
        for (const h of HEADCOUNTS) {
          const m = h.re.exec(c.text);
          if (!m) continue;
          const list = heads.get(h.key) ?? [];
          // one total per paragraph
          if (!list.some((x) => x.pi === pi)) list.push({ p, pi, value: m[1], start: c.offset + m.index, end: c.offset + m.index + m[0].length, text: m[0] });
          heads.set(h.key, list);
        }
      }
    });
    for (const [key, list] of money) {
      const reported = new Set<string>();
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i];
          const b = list[j];
          if (a.pi === b.pi || compareAmounts(a.value, b.value) !== 'slip') continue;
          const pair = [a.value, b.value].sort().join('|');
          if (reported.has(pair)) continue;
          reported.add(pair);
          ctx.report({
            message: `${paragraphLabel(a.p)}写“${a.text}”，${paragraphLabel(b.p)}写“${b.text}”：同一个${key}前后写成 ${a.value} 和 ${b.value}，应统一（核对表格后取正确的一个）`,
            locations: [paragraphLocation(a.p, a.start, a.end), paragraphLocation(b.p, b.start, b.end)],
            expected: a.value,
            actual: b.value,
          });
        }
      }
    }
    for (const [key, list] of heads) {
      const first = list[0];
      const other = list.find((x) => x.value !== first.value);
      if (!other) continue;
      ctx.report({
        message: `${paragraphLabel(first.p)}写“${first.text}”，${paragraphLabel(other.p)}写“${other.text}”：${key}前后不一致`,
        locations: [paragraphLocation(first.p, first.start, first.end), paragraphLocation(other.p, other.start, other.end)],
        expected: first.value,
        actual: other.value,
      });
    }
  },
};
