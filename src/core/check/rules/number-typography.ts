/** How the narrative writes its numbers (STD-13): separators inside a number, a rate without %. */
import { paragraphLabel, paragraphLocation } from '../../narrative/source';
import { C_DIGIT, C_DOT, paragraphChars } from './paragraph-chars';
import type { Rule } from '../types';
import { around } from './text-cells';

/** "3，518.85" / "3 518.85": a full-width comma, an ideographic or no-break space between digit groups. */
export const INNER_SEPARATOR = /(?<![\d.])(\d{1,3})([，、\u3000\u00a0]|\s(?=\d{3}[.．]\d))(\d{3})(?=[.．]\d|\s*(万元|元|亿元|%|％))/;

/** A rate printed without "%": "减少 100 万元，减少 9.52，" / "占 71.73，". */
export const BARE_RATE = /(增长|下降|增加|减少|降低|上升|提高|占|完成[^，。；]{0,8}的)\s*(\d{1,3}\.\d{1,2})\s*(?=[，,。；;]|$)/;

/**
 * What each pattern above cannot match without, in a pattern the regex engine runs faster over a
 * paragraph that has neither (most): INNER_SEPARATOR's digit, separator (one of “，、” or white space,
 * which takes in U+3000 and U+00A0), three digits and what follows them; BARE_RATE's digit, point,
 * one or two digits, white space and the stop or the end.
 */
export const MAY_SEPARATE = /\d[，、\s]\d\d\d(?:[.．]\d|\s*[万元亿%％])/;
export const MAY_BE_BARE = /\d\.\d\d?\s*(?:[，,。；;]|$)/;

export const numberTypography: Rule = {
  meta: {
    id: 'narrative/number-typography',
    category: 'narrative',
    severity: 'warning',
    title: '数字的写法：分隔符与百分号',
    description:
      '情况说明中的数字：千位分隔符应为半角逗号或不分隔，不应在数字中间用全角逗号、顿号或空格（“3，518.85”）；增减率、占比、完成率应带“%”（“减少 9.52，”）。',
    implements: ['STD-13'],
    example: '情况说明!A130：“减少 100 万元，减少 9.52，”增减率没有写“%”',
  },
  check(ctx) {
    const paragraphs = ctx.model.narrative;
    if (paragraphs.length === 0) return ctx.skip('没有情况说明');
    const chars = paragraphChars(ctx.model);
    for (let pi = 0; pi < paragraphs.length; pi++) {
      const p = paragraphs[pi];
      // both patterns read digits (and a bare rate a “.”): the characters read once per paragraph first
      const digits = (chars[pi] & C_DIGIT) !== 0;
      const sep = digits && MAY_SEPARATE.test(p.text) ? INNER_SEPARATOR.exec(p.text) : null;
      if (sep) {
        ctx.report({
          message: `${paragraphLabel(p)}：“${around(p.text, sep.index, sep[0].length)}”数字“${sep[0]}”中间用了“${sep[2] === '，' ? '全角逗号' : sep[2] === '、' ? '顿号' : '空格'}”，应为“${sep[1]},${sep[3]}”或“${sep[1]}${sep[3]}”`,
          locations: [paragraphLocation(p, sep.index, sep.index + sep[0].length)],
          expected: `${sep[1]}${sep[3]}`,
          actual: sep[0],
        });
      }
      const bare = digits && chars[pi] & C_DOT && MAY_BE_BARE.test(p.text) ? BARE_RATE.exec(p.text) : null;
      if (bare) {
        const at = bare.index + bare[0].lastIndexOf(bare[2]);
        ctx.report({
          message: `${paragraphLabel(p)}：“${around(p.text, bare.index, bare[0].length)}”中的比率“${bare[2]}”没有写“%”`,
          locations: [paragraphLocation(p, at, at + bare[2].length)],
          expected: `${bare[2]}%`,
          actual: bare[2],
        });
      }
    }
  },
};
