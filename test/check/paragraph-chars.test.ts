/**
 * Issue 19, twelfth pass: the narrative rules read which characters each paragraph holds from one
 * pass (src/core/check/rules/paragraph-chars.ts) instead of searching the paragraph per word. Each
 * bit against a plain search for its characters, and each rule's pre-test on the bits against the
 * plain pre-test it replaced (test/check/plain/paragraph-gates.ts), on every fixture's paragraphs
 * and on generated strings (deterministic).
 */
import {
  C_BEN,
  C_CAI,
  C_COLON,
  C_DIGIT,
  C_DOT,
  C_HEADCOUNT,
  C_JI,
  C_JUE,
  C_KUAN,
  C_KUO,
  C_LENS,
  C_LEI,
  C_PERCENT,
  C_QI,
  C_QIYE,
  C_REN,
  C_WAN,
  C_XIANG,
  C_YU,
  C_YUAN,
  C_ZHONG,
  C_ZHU,
  charBits,
  holdsAll,
  paragraphChars,
  PARAGRAPH_CHARS,
} from '../../src/core/check/rules/paragraph-chars';
import { mayCountUnits, mayNameAssets, mayNameUnitRange } from '../../src/core/check/rules/narrative-text';
import { stopBeforeLast } from '../../src/core/check/rules/narrative-sections';
import { REASON_PLACEHOLDER } from '../../src/core/narrative/placeholders';
import { fixtureModels } from '../support/fixture-models';
import { randomStrings } from '../support/random-strings';
import { holdsOneOf, plainNoStopBeforeLast, PLAIN_GATES } from './plain/paragraph-gates';

/** The pre-tests as the rules now write them (the bits, then the word where a bit is only necessary), by the plain gate's name. */
const FAST_GATES: Record<string, (t: string, b: number) => boolean> = {
  'wording: 项 主 于': (_, b) => holdsAll(b, C_XIANG | C_ZHU | C_YU),
  'percent-truncation: % and 万元': (t, b) => (b & C_PERCENT) !== 0 && holdsAll(b, C_WAN | C_YUAN) && t.includes('万元'),
  'narrative-subject-names: 类 款': (_, b) => holdsAll(b, C_LEI | C_KUAN),
  'staff-composition: 其中 人': (t, b) => holdsAll(b, C_QI | C_ZHONG | C_REN) && t.includes('其中'),
  'narrative-internal: 万元': (t, b) => holdsAll(b, C_WAN | C_YUAN) && t.includes('万元'),
  'narrative-internal: headcount word': (t, b) => (b & C_HEADCOUNT) !== 0 && /编制|在职实有|离退休/.test(t),
  'narrative/facts: 中小企业 采购': (t, b) => holdsAll(b, C_ZHONG | C_QIYE | C_CAI) && t.includes('中小企业') && t.includes('采购'),
  'narrative/facts: 资产 or 车辆': (_, b) => mayNameAssets(b),
  'narrative/facts: 个 单 位': (_, b) => mayCountUnits(b),
  'narrative/facts: 围 个': (_, b) => mayNameUnitRange(b),
  'narrative/facts: 本级': (t, b) => holdsAll(b, C_BEN | C_JI) && t.includes('本级'),
  'narrative/changes: 决算': (t, b) => (b & C_JUE) !== 0 && t.includes('决算'),
  'narrative/reasons: placeholder': (t, b) => (b & C_LENS) !== 0 && t.includes(REASON_PLACEHOLDER),
  'number-typography: separator': (t, b) => (b & C_DIGIT) !== 0 && /\d[，、\s]\d\d\d(?:[.．]\d|\s*[万元亿%％])/.test(t),
  'number-typography: bare rate': (t, b) => (b & C_DIGIT) !== 0 && (b & C_DOT) !== 0 && /\d\.\d\d?\s*(?:[，,。；;]|$)/.test(t),
};

/** Gates the rule keeps a search behind (a pass is only a necessary condition): the plain one must pass where it matches. */
const NECESSARY_GATES: Record<string, (b: number) => boolean> = {
  'wording: list head': (b) => (b & (C_KUO | C_YU)) !== 0 && (b & C_COLON) !== 0,
};

const PIECES = [
  ...PARAGRAPH_CHARS.flatMap(([chars]) => [...chars]),
  ...['万元', '其中', '中小企业', '采购', '决算', '本级', '资产', '车辆', '个单位', '单位范围', '编制', '在职实有', '离退休', '主要包括：', '主要用于:', '包括：', '【主要原因：请填写】', '【', '。', '；'],
  ...['3，518', '9.52，', '1 234万', '12.5', '。', '；', ' ', '\u3000', 'a', '收', '0'],
];

async function texts(): Promise<string[]> {
  const fixtures = (await fixtureModels()).flatMap((m) => m.narrative.map((p) => p.text));
  return [...fixtures, ...randomStrings(PIECES, 8000, 12)];
}

describe('paragraph character bits (issue 19, twelfth pass)', () => {
  test('each bit says whether the text holds one of its characters', async () => {
    const wrong: string[][] = [];
    for (const t of await texts()) {
      const bits = charBits(t);
      for (const [chars, bit] of PARAGRAPH_CHARS) if ((bits & bit) !== 0 !== holdsOneOf(t, chars)) wrong.push([t, chars]);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  test('each rule pre-test on the bits decides as the plain one did', async () => {
    const all = await texts();
    for (const [name, plain] of PLAIN_GATES) {
      const fast = FAST_GATES[name];
      const necessary = NECESSARY_GATES[name];
      let passed = 0;
      const wrong: string[] = [];
      for (const t of all) {
        const p = plain(t);
        if (p) passed++;
        if (fast ? fast(t, charBits(t)) !== p : p && !necessary(charBits(t))) wrong.push(t);
      }
      expect([name, wrong.slice(0, 5)]).toEqual([name, []]);
      // every gate is exercised both ways
      expect([name, passed > 20, passed < all.length]).toEqual([name, true, true]);
    }
  });

  test('narrative-sections: a heading line has no 。 or ； before its last character, as the plain test says', async () => {
    const wrong = (await texts()).filter((t) => !stopBeforeLast(t) !== plainNoStopBeforeLast(t));
    expect(wrong.slice(0, 5)).toEqual([]);
    expect([stopBeforeLast('一、概况。'), stopBeforeLast('概况；说明'), stopBeforeLast('。'), stopBeforeLast('')]).toEqual([false, true, false, false]);
  });

  test('the bits of a model are its paragraphs', async () => {
    for (const m of await fixtureModels()) {
      const bits = paragraphChars(m);
      expect(Array.from(bits)).toEqual(m.narrative.map((p) => charBits(p.text)));
      expect(paragraphChars(m)).toBe(bits);
    }
  });
});
