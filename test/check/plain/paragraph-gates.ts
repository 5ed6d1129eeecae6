/**
 * The paragraph pre-tests of the narrative rules as they were before paragraph-chars.ts (issue 19,
 * twelfth pass): each a plain search of the paragraph's text. The oracle of
 * test/check/paragraph-chars.test.ts; it does not call paragraph-chars.ts.
 */

/** Each gate: a name and whether the paragraph passes it (is searched further). */
export const PLAIN_GATES: [string, (t: string) => boolean][] = [
  ['wording: 项 主 于', (t) => t.includes('项') && t.includes('主') && t.includes('于')],
  ['percent-truncation: % and 万元', (t) => (t.includes('%') || t.includes('％')) && t.includes('万元')],
  ['narrative-subject-names: 类 款', (t) => t.includes('类') && t.includes('款')],
  ['staff-composition: 其中 人', (t) => t.includes('其中') && t.includes('人')],
  ['narrative-internal: 万元', (t) => t.includes('万元')],
  ['narrative-internal: headcount word', (t) => /编制|在职实有|离退休/.test(t)],
  ['narrative/facts: 中小企业 采购', (t) => /中小企业/.test(t) && /采购/.test(t)],
  ['narrative/facts: 资产 or 车辆', (t) => (t.includes('资') && t.includes('产')) || (t.includes('车') && t.includes('辆'))],
  ['narrative/facts: 个 单 位', (t) => t.includes('个') && t.includes('单') && t.includes('位')],
  ['narrative/facts: 围 个', (t) => t.includes('围') && t.includes('个')],
  ['narrative/facts: 本级', (t) => t.includes('本级')],
  ['narrative/changes: 决算', (t) => t.includes('决算')],
  ['number-typography: separator', (t) => /\d[，、\s]\d\d\d(?:[.．]\d|\s*[万元亿%％])/.test(t)],
  ['number-typography: bare rate', (t) => /\d\.\d\d?\s*(?:[，,。；;]|$)/.test(t)],
  ['narrative/reasons: placeholder', (t) => t.includes('【主要原因：请填写】')],
  ['wording: list head', (t) => /(主要包括|包括|主要用于)[:：]\s*([^。；]+)/.test(t)],
];

/** A heading line of narrative-sections: no 。 or ； before its last character (the plain test bodyHeadings made). */
export const plainNoStopBeforeLast = (t: string): boolean => !/[。；]/.test(t.slice(0, -1));

/** Does the text hold one of the characters (a plain search per character)? */
export function holdsOneOf(text: string, chars: string): boolean {
  for (const ch of chars) if (text.includes(ch)) return true;
  return false;
}
