/**
 * Test oracle (issue 19, CPU): templateHits of src/core/check/rules/template-text.ts as it was before the
 * shared text features (text-features.ts), verbatim but for its imports and the rule left out.
 * test/check/text-features.test.ts holds the rewritten one equal to it.
 */
import { REASON_PLACEHOLDER } from '../../../src/core/narrative/placeholders';
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
  null,
  ['名称'],
  ['以下同', '的单位'],
  null,
  null,
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

/** Every pattern above needs one of these: texts without any (most table labels) are not searched further. */
const MAY_MATCH = /[（(【。.…·]|万元|按上述|仍保留|作下述|在本表下方|为必填项/;

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

/** What one text holds of a kind: the first pattern's match. */
export interface TemplateHit {
  kind: Kind;
  at: number;
  len: number;
  quote: string;
}

const NO_HITS: readonly TemplateHit[] = [];

/** The template leftovers of one text, at most one per kind, in the order the kinds are tried. */
export function templateHits(text: string, narrative: boolean): readonly TemplateHit[] {
  if (!MAY_MATCH.test(text)) return NO_HITS;
  let out: TemplateHit[] | null = null;
  const bracket = text.includes('（') || text.includes('(');
  for (const [kind, patterns] of BY_KIND) {
    // a blank amount is one only in prose
    if (kind === 'blank-amounts' && !narrative) continue;
    for (const i of patterns) {
      const re = TEMPLATE_PATTERNS[i][1];
      const needs = TEMPLATE_PATTERN_NEEDS[i];
      if ((TEMPLATE_PATTERN_BRACKET[i] && !bracket) || (needs && !holdsAny(text, needs))) continue;
      const m = re.exec(text);
      if (!m) continue;
      // the generator's 【主要原因：请填写】 is said by narrative/reasons; a blank amount only in prose
      if (m[0] === REASON_PLACEHOLDER || m[0].includes(REASON_PLACEHOLDER)) continue;
      if (kind === 'blank-amounts' && (!narrative || /单位/.test(text.slice(Math.max(0, m.index - 4), m.index + m[0].length)))) continue;
      (out ??= []).push({ kind, at: m.index, len: m[0].length, quote: m[0].trim() });
      break;
    }
  }
  return out ?? NO_HITS;
}

