/** Compliance rules over the workbook's text: placeholders, level wording, typos. */
import type { Rule } from '../types';
import { paragraphLocation } from '../../narrative/source';
import { documentText } from './text-cells';
import { F_BRACKET, F_DOUBLED_HAN, F_PLACEHOLDER, F_REPEAT_WORD, F_YIN, F_YUAN_WAN, F_ZERO_DIGIT, P_GAI, P_GEN, P_MARK, P_QI, T_QING, textFeatures } from './text-features';

export const PLACEHOLDERS: [RegExp, string][] = [
  [/X{2,}|×{2,}|＿{2,}|_{2,}\s*年|—\s*年|--\s*年/, '占位符未填写'],
  [/^根据.{0,40}(进行简要说明|补充解释|据实填写)/, '模板说明文字未删除'],
  [/请(依据|根据|按照).{0,30}(填写|解释|说明)/, '模板说明文字未删除'],
  [/[（(]该项名词解释/, '模板说明文字未删除'],
  [/^\s*[（(][一二三四五六七八九十]+[)）]\s*其他专用名词[。.]?\s*$/, '编号条目内容为空'],
];

/**
 * The text-features.ts bits each pattern above cannot match without, by position: X × ＿ _ — or -;
 * 根; 请; a bracket and 该; a bracket and 其. A text without them is not searched with the pattern.
 */
export const PLACEHOLDER_BITS: readonly number[] = [P_MARK, P_GEN, T_QING, F_BRACKET | P_GAI, F_BRACKET | P_QI];

interface Placeholder {
  message: string;
  actual: string | null;
}

/** The first placeholder pattern a text matches, as the finding says it; null when none. */
export function placeholderIn(text: string, features = textFeatures(text)): Placeholder | null {
  // every pattern needs a character of F_PLACEHOLDER (X × ＿ _ — - 根 请 该 其): most texts hold none; the
  // others are searched only with the patterns whose PLACEHOLDER_BITS they have
  if (!(features & F_PLACEHOLDER)) return null;
  const hit = firstPlaceholder(text, features);
  if (!hit) return null;
  const m = hit[0].exec(text);
  return { message: `“${excerpt(text, m?.index ?? 0)}”${hit[1]}`, actual: m?.[0] ?? null };
}

/** The first of PLACEHOLDERS that matches (a loop: no closure per text), of those the text has the bits of. */
function firstPlaceholder(text: string, features: number): [RegExp, string] | undefined {
  for (let i = 0; i < PLACEHOLDERS.length; i++) {
    const bits = PLACEHOLDER_BITS[i];
    if ((features & bits) === bits && PLACEHOLDERS[i][0].test(text)) return PLACEHOLDERS[i];
  }
  return undefined;
}

export const placeholders: Rule = {
  meta: {
    id: 'compliance/placeholders',
    category: 'compliance',
    severity: 'error',
    title: '模板残留与占位符',
    description: '公开文本中不应留有模板说明（“根据……进行简要说明”“请依据……”）、占位符（XX、××、__年、—年）或没有内容的编号条目。',
    implements: ['STD-11'],
    example: '情况说明 A12：“根据本部门使用的其他专用名词补充解释。”是模板说明文字，未删除',
  },
  check(ctx) {
    // the document's texts, collected once per model for every rule that reads them; a text written
    // in many cells is searched once (the answer depends on the text only)
    const texts = documentText(ctx.model);
    const { texts: distinct, slot } = texts.distinct;
    const features = texts.features;
    const found = distinct.map((t, k) => placeholderIn(t, features[k]));
    for (let i = 0; i < texts.length; i++) {
      const hit = found[slot[i]];
      if (hit) ctx.report({ message: hit.message, locations: [paragraphLocation(texts.at(i))], expected: null, actual: hit.actual });
    }
  },
};

function excerpt(text: string, at: number): string {
  const t = text.trim();
  if (t.length <= 40) return t;
  const start = Math.max(0, at - 12);
  return `${start > 0 ? '…' : ''}${t.slice(start, start + 40)}…`;
}

const CITY_WORDING = /市级财政|市直部门|市本级/;

export const levelWording: Rule = {
  meta: {
    id: 'compliance/level-wording',
    category: 'compliance',
    severity: 'warning',
    title: '行政层级用语',
    description: '区级部门的公开文本不应出现“市级财政”“市直部门”等照搬上级模板的用语。',
    implements: ['STD-12'],
    example: '名词解释“指市级财政当年拨付的资金”出现在区级部门的公开文本中',
  },
  check(ctx) {
    const unit = ctx.model.facts.unit ?? '';
    const district = /[区县]/.test(unit) || ctx.model.narrative.slice(0, 10).some((n) => /[区县](医疗|人民|财政|.{0,8}(局|中心))/.test(n.text));
    if (!district) return ctx.skip('无法判断为区（县）级部门');
    for (const c of ctx.model.narrative) {
      const m = CITY_WORDING.exec(c.text);
      if (!m) continue;
      ctx.report({
        message: `区（县）级部门的文本中出现“${m[0]}”：“${excerpt(c.text, m.index)}”，疑为照搬市级模板`,
        locations: [paragraphLocation(c)],
        expected: '区级用语',
        actual: m[0],
      });
    }
  },
};

const TYPOS: [RegExp, string][] = [
  [/(万元)\s*万元/, '“万元”重复'],
  [/主要原因[:：是为]?\s*主要原因/, '“主要原因”重复'],
  [/(?<![\d.,，])0\d+\.\d+/, '数字前多了 0'],
  [/总支支/, '疑为“总支出”笔误'],
  [/([\u4e00-\u9fa5]{2,4})\1(?=[\u4e00-\u9fa5])/, '词语重复'],
];
const REPEAT_OK = /^(谢谢|常常|人人|年年|各各|看看|天天|个个|层层|项项|逐项|事事|时时|处处|分分|一一|万万)$/;
/**
 * The text-features.ts bit each of TYPOS (same order) cannot match without: 元 then 万 with only white
 * space between; 因; a 0 right before a digit; a Han character twice in a row (支支); a word of 2–4 Han
 * characters twice in a row. Read from the shared per-text pass, a paragraph is not scanned once per pattern.
 */
export const TYPO_BITS: readonly number[] = [F_YUAN_WAN, F_YIN, F_ZERO_DIGIT, F_DOUBLED_HAN, F_REPEAT_WORD];

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
    const texts = documentText(ctx.model);
    for (const c of ctx.model.narrative) {
      const features = texts.featuresOf(c.text);
      for (let k = 0; k < TYPOS.length; k++) {
        const [re, what] = TYPOS[k];
        if (!(features & TYPO_BITS[k])) continue;
        const m = re.exec(c.text);
        if (!m) continue;
        if (what === '词语重复' && (REPEAT_OK.test(m[0]) || /^[\u4e00-\u9fa5]$/.test(m[1]) || /[年月日]/.test(m[1]))) continue;
        ctx.report({ message: `“${excerpt(c.text, m.index)}”${what}（“${m[0]}”）`, locations: [paragraphLocation(c)], expected: null, actual: m[0] });
      }
    }
  },
};
