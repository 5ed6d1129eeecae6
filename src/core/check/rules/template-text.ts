/** Template leftovers beyond plain placeholders: alternatives, filling instructions, blank amounts (STD-11). */
import type { Location } from '../../contract';
import { pushTo } from '../../collections';
import { REASON_PLACEHOLDER } from '../../narrative/placeholders';
import { paragraphLabel, paragraphLocation } from '../../narrative/source';
import type { Rule } from '../types';
import { documentText } from './text-cells';
import { F_BRACKET, F_DOTS3, F_TEMPLATE, T_AN, T_BI_XU, T_CHENG, T_CLOSE, T_MEN, T_QING, T_RENG_SHU_FANG, T_SHE, T_SHU, T_TONG_DAN, T_WAN, textFeatures } from './text-features';

export type Kind = 'alternatives' | 'instructions' | 'placeholders' | 'blank-amounts';

const WORDS = '增加|减少|增长|下降|降低|上升|提高|大于|小于|高于|低于|多于|少于|持平';

/** What a template prints for the preparer: the alternatives to choose from, instructions, blanks. */
export const TEMPLATE_PATTERNS: [Kind, RegExp][] = [
  ['alternatives', new RegExp(`(${WORDS})\\s*[（(]\\s*(${WORDS})\\s*[)）]`)],
  ['instructions', /[（(]\s*按[^（）()]{0,60}?(填写|填列|列示)\s*[)）]/],
  ['instructions', /[（(]\s*(如|若)[^（）()]{0,12}(作|则)[^（）()]{0,12}表述\s*[)）]/],
  ['instructions', /[（(]\s*不涉及的?(不列|不填)\s*[)）]/],
  ['instructions', /按上述格式/],
  ['instructions', /[（(]\s*(制度|单位|项目|部门|科目|文件)名称\s*[)）]/],
  ['instructions', /[（(][^（）()]{2,40}以下同\s*[)）]|[（(]\s*无[^（）()]{1,20}的单位[^（）()]{2,40}[)）]/],
  ['instructions', /仍保留该表格式|作下述说明|在本表下方作/],
  ['instructions', /为必填项/],
  ['instructions', /[（(][^（）()]{2,20}的部门[，,][^（）()]{2,40}[)）]/],
  ['placeholders', /^\s*\d{0,2}\s*[。.…·]{3,}\s*$/],
  ['placeholders', /【[^【】]{0,30}请填写[^【】]{0,12}】/],
  ['blank-amounts', /(预算|支出|收入|拨款|经费|资金|合计|总计|金额|费)(?<![为成以按])\s*万元/],
];

/**
 * Words each pattern above cannot match without (one of them; null: no cheaper test than the
 * pattern itself), by position: a text is searched with a pattern only when it holds one.
 */
export const TEMPLATE_PATTERN_NEEDS: (readonly string[] | null)[] = [
  ['）', ')'],
  ['按'],
  ['表述'],
  ['不涉及'],
  ['按上述'],
  ['名称'],
  ['以下同', '的单位'],
  ['仍保留该表格式', '作下述说明', '在本表下方作'],
  ['为必填项'],
  ['的部门'],
  null,
  ['请填写'],
  ['万元'],
];

/**
 * The patterns above that cannot match without an opening bracket （ or ( (every branch of them
 * holds a [（(] outside any optional part), by position: a text without one skips them all.
 */
export const TEMPLATE_PATTERN_BRACKET: readonly boolean[] = [true, true, true, true, false, true, true, false, false, true, false, false, false];

/**
 * A text-features.ts bit for a character of each of TEMPLATE_PATTERN_NEEDS's words, by position (0:
 * the pattern has no words): a text without it holds none of the words and is not searched for them.
 */
export const TEMPLATE_NEED_BITS: readonly number[] = [T_CLOSE, T_AN, T_SHU, T_SHE, T_SHU, T_CHENG, T_TONG_DAN, T_RENG_SHU_FANG, T_BI_XU, T_MEN, 0, T_QING, T_WAN];

/** The position of /^\s*\d{0,2}\s*[。.…·]{3,}\s*$/ above (its only literal need: three of 。.…· in a row). */
const DOTS_LINE = 10;

/**
 * The text-features.ts bits each pattern above cannot match without, by position: an opening
 * bracket for the TEMPLATE_PATTERN_BRACKET ones, three dots in a row for the line of dots, a
 * character of its words (TEMPLATE_NEED_BITS).
 */
const TEMPLATE_PATTERN_BITS: readonly number[] = TEMPLATE_PATTERN_BRACKET.map((bracket, i) => (bracket ? F_BRACKET : i === DOTS_LINE ? F_DOTS3 : 0) | TEMPLATE_NEED_BITS[i]);

/** The patterns of each kind (their positions above), in the order the kinds are tried. */
const BY_KIND: [Kind, number[]][] = (['alternatives', 'instructions', 'placeholders', 'blank-amounts'] as Kind[]).map((kind) => [
  kind,
  TEMPLATE_PATTERNS.flatMap(([k], i) => (k === kind ? [i] : [])),
]);

/** Whether the text holds one of the words (a loop, no closure per text and pattern). */
function holdsAny(text: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.includes(words[i])) return true;
  return false;
}

const TITLES: Record<Kind, string> = {
  alternatives: '模板的备选字样未删除（应按实际情况保留一种写法）',
  instructions: '模板的填写说明未删除',
  placeholders: '占位符未填写',
  'blank-amounts': '金额空缺（“万元”前没有数字）',
};

/** What one text holds of a kind: the first pattern's match. */
export interface TemplateHit {
  kind: Kind;
  at: number;
  len: number;
  quote: string;
}

const NO_HITS: readonly TemplateHit[] = [];

/** The template leftovers of one text, at most one per kind, in the order the kinds are tried. */
export function templateHits(text: string, narrative: boolean, features = textFeatures(text)): readonly TemplateHit[] {
  // every pattern needs one of （ ( 【 。 . … · 万 述 仍 下 填 (F_TEMPLATE; its brackets, dots or a word of
  // TEMPLATE_PATTERN_NEEDS holds one): most table labels hold none
  if (!(features & F_TEMPLATE)) return NO_HITS;
  let out: TemplateHit[] | null = null;
  for (const [kind, patterns] of BY_KIND) {
    // a blank amount is one only in prose
    if (kind === 'blank-amounts' && !narrative) continue;
    for (const i of patterns) {
      const re = TEMPLATE_PATTERNS[i][1];
      const needs = TEMPLATE_PATTERN_NEEDS[i];
      const bits = TEMPLATE_PATTERN_BITS[i];
      if ((features & bits) !== bits || (needs && !holdsAny(text, needs))) continue;
      const m = re.exec(text);
      if (!m) continue;
      // the generator's 【主要原因：请填写】 is said by narrative/reasons; a blank amount only in prose
      if (m[0] === REASON_PLACEHOLDER || m[0].includes(REASON_PLACEHOLDER)) continue;
      if (kind === 'blank-amounts' && (!narrative || text.slice(Math.max(0, m.index - 4), m.index + m[0].length).includes('单位'))) continue;
      (out ??= []).push({ kind, at: m.index, len: m[0].length, quote: m[0].trim() });
      break;
    }
  }
  return out ?? NO_HITS;
}

export const templateText: Rule = {
  meta: {
    id: 'compliance/template-text',
    category: 'compliance',
    severity: 'error',
    title: '模板备选字样与填写说明',
    description:
      '公开文本和表格中不应留有模板的备选字样（“增加（减少）”“增长（下降）”“大于（小于）”）、给编制人的填写说明（“（按……填写）”“（如持平作持平表述）”“（不涉及的不列）”“仍保留该表格式，并在本表下方作下述说明”“为必填项”）、只有“。。。”的占位行和【……请填写】；“万元”前没有数字的金额空缺提示填写（警告）。填写说明只出现在表格注释中时作为提示。一类问题合并为一条，列出各处。',
    implements: ['STD-11'],
    example: '情况说明!A64：“与上年相比增加（减少）0万元，增长（减少）0%”是模板的备选字样',
  },
  check(ctx) {
    const texts = documentText(ctx.model);
    if (texts.length === 0) return ctx.skip('没有文字');
    const hits = new Map<Kind, { loc: Location; label: string; quote: string; narrative: boolean }[]>();
    // a text written in many cells is searched once: what it holds depends on the text and whether it is prose
    const { texts: distinct, slot } = texts.distinct;
    const features = texts.features;
    const known: (readonly TemplateHit[] | undefined)[][] = [new Array(distinct.length), new Array(distinct.length)];
    for (let i = 0; i < texts.length; i++) {
      const narrative = texts.narrative(i);
      const memo = known[narrative ? 1 : 0];
      const k = slot[i];
      const found = (memo[k] ??= templateHits(distinct[k], narrative, features[k]));
      if (found.length === 0) continue;
      const t = texts.at(i);
      const label = paragraphLabel(t);
      for (const h of found) pushTo(hits, h.kind, { loc: paragraphLocation(t, h.at, h.at + h.len), label, quote: h.quote, narrative });
    }
    for (const [kind, list] of hits) {
      ctx.report({
        // a filling instruction only in a table's notes may be the region's own note to readers: a hint
        severity: kind === 'blank-amounts' ? 'warning' : kind === 'instructions' && !list.some((h) => h.narrative) ? 'info' : undefined,
        message: `${TITLES[kind]} ${list.length} 处：${list
          .slice(0, 5)
          .map((h) => `${h.label}“${h.quote.length > 30 ? `${h.quote.slice(0, 30)}…` : h.quote}”`)
          .join('、')}${list.length > 5 ? ' 等' : ''}`,
        locations: list.map((h) => h.loc),
        expected: null,
        actual: list[0].quote,
      });
    }
  },
};
