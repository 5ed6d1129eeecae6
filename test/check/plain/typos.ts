/**
 * Test oracle (issue 19, CPU): compliance/typos of src/core/check/rules/text.ts with no pre-test before
 * its patterns (every pattern run on every paragraph), verbatim otherwise but for its imports.
 * test/check/text-gates.test.ts holds the rule with its substring pre-tests equal to it.
 */
import type { Rule } from '../../../src/core/check/types';
import { paragraphLocation } from '../../../src/core/narrative/source';

export const TYPOS: [RegExp, string][] = [
  [/(万元)\s*万元/, '“万元”重复'],
  [/主要原因[:：是为]?\s*主要原因/, '“主要原因”重复'],
  [/(?<![\d.,，])0\d+\.\d+/, '数字前多了 0'],
  [/总支支/, '疑为“总支出”笔误'],
  [/([\u4e00-\u9fa5]{2,4})\1(?=[\u4e00-\u9fa5])/, '词语重复'],
];
const REPEAT_OK = /^(谢谢|常常|人人|年年|各各|看看|天天|个个|层层|项项|逐项|事事|时时|处处|分分|一一|万万)$/;

function excerpt(text: string, at: number): string {
  const t = text.trim();
  if (t.length <= 40) return t;
  const start = Math.max(0, at - 12);
  return `${start > 0 ? '…' : ''}${t.slice(start, start + 40)}…`;
}

export const typos: Rule = {
  meta: {
    id: 'compliance/typos',
    category: 'compliance',
    severity: 'info',
    title: '笔误与重复',
    description: '提示文本中明显的笔误：重复的“万元”“主要原因”、数字前多余的 0（01.74）、重复的词语等。',
    implements: ['STD-13'],
    example: '情况说明：“86万元万元”中“万元”重复',
  },
  check(ctx) {
    for (const c of ctx.model.narrative) {
      for (const [re, what] of TYPOS) {
        const m = re.exec(c.text);
        if (!m) continue;
        if (what === '词语重复' && (REPEAT_OK.test(m[0]) || /^[\u4e00-\u9fa5]$/.test(m[1]) || /[年月日]/.test(m[1]))) continue;
        ctx.report({ message: `“${excerpt(c.text, m.index)}”${what}（“${m[0]}”）`, locations: [paragraphLocation(c)], expected: null, actual: m[0] });
      }
    }
  },
};
