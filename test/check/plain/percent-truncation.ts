/**
 * Test oracle (issue 19, eleventh pass): narrative/percent-truncation as it was at 6e908c7, verbatim but
 * for its imports and without its integer pre-test (mayBeCut): every match recomputed by truncatedRate.
 */
import Decimal from 'decimal.js';
import { allMatches } from '../../../src/core/narrative/analyse';
import { paragraphLabel, paragraphLocation } from '../../../src/core/narrative/source';
import type { Rule } from '../../../src/core/check/types';
import { COMPLETION, CHANGE, truncatedRate } from '../../../src/core/check/rules/percent-truncation';

function dec(s: string): { v: Decimal } {
  return { v: new Decimal(s.replace(/,/g, '')) };
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
    for (const p of paragraphs) {
      // each pattern holds its words: a paragraph without them is not searched (both hold “万元” and “%”)
      if (!(p.text.includes('%') || p.text.includes('％')) || !p.text.includes('万元')) continue;
      const completion = p.text.includes('年初预算') && p.text.includes('完成');
      for (const m of completion ? allMatches(COMPLETION, p.text) : []) {
        const t = truncatedRate(m[2], m[1], m[3]);
        if (!t) continue;
        ctx.report({
          message: `${paragraphLabel(p)}：“${m[0].trim()}”：${m[2]} / ${m[1]} = ${t.exact.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toString()}%，四舍五入应为 ${t.rounded.toString()}%，印为 ${m[3]}%（截断了尾数）`,
          locations: [paragraphLocation(p, m.index, m.index + m[0].length)],
          expected: `${t.rounded.toString()}%`,
          actual: `${m[3]}%`,
        });
      }
      for (const m of allMatches(CHANGE, p.text)) {
        const up = m[2] === '增加';
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
