/**
 * Issue 19, eleventh pass (first check): the outline's heading pre-test and 目录 walk, and
 * narrative/facts' stricter paragraph pre-tests, against the plain code they stand for, on every
 * fixture's narrative (seeds and real documents) and on generated input (deterministic).
 */
import { mayCountUnits as unitsBy, mayNameAssets as assetsBy, mayNameUnitRange as rangeBy } from '../../src/core/check/rules/narrative-text';
import { charBits } from '../../src/core/check/rules/paragraph-chars';
import type { NarrativeParagraph } from '../../src/core/narrative/source';
import { chineseNumber, outline, type Heading } from '../../src/core/narrative/structure';
import { norm } from '../../src/core/recognize/text';
import { fixtureModels } from '../support/fixture-models';
import { randomStrings } from '../support/random-strings';
import { plainChineseNumber, plainOutline } from './plain/outline';

// the shortcuts read a paragraph's character bits (paragraph-chars.ts), made here from the text
const mayNameAssets = (t: string) => assetsBy(charBits(t));
const mayCountUnits = (t: string) => unitsBy(charBits(t));
const mayNameUnitRange = (t: string) => rangeBy(charBits(t));

/** A heading's fields (its paragraph by identity). */
const fields = (h: Heading) => [h.pi, h.p, h.level, h.numeral, h.mark, h.text, h.title];
const all = (hs: Heading[]) => hs.map(fields);

function sameOutline(ps: NarrativeParagraph[]): void {
  const got = outline(ps);
  const want = plainOutline(ps);
  expect(got.paragraphs).toBe(ps);
  expect([got.bodyStart, all(got.headings), all(got.toc), all(got.body)]).toEqual([want.bodyStart, all(want.headings), all(want.toc), all(want.body)]);
}

/** Heading-like and plain lines: numbering of each level, white space before it, other first characters. */
const LINE_PIECES = ['、', '）', ')', '第一部分', '第二部分', '第', '部分', '一、', '二、', '十', '廿', '（一）', '(二)', '（', '(', '1.', '12、', '3．', '0、', ' ', '\u3000', '\u00a0', '\ufeff', '\t', '收入', '目录', '表', '。', '，', '；', '短', '说明'];

/** Paragraph lists made of generated lines, with 目录-like runs of 第一部分 … 第一部分. */
function generatedLists(): NarrativeParagraph[][] {
  const lines = randomStrings(LINE_PIECES, 6000, 6, 1101);
  const lists: NarrativeParagraph[][] = [];
  for (let i = 0; i < lines.length; i += 20) {
    const texts = lines.slice(i, i + 20);
    // every other list opens and repeats a part 一 (a 目录 candidate)
    if ((i / 20) % 2 === 0) {
      texts.splice(2, 0, '第一部分 概况');
      texts.splice(9, 0, '\u3000第一部分：概况');
    }
    lists.push(texts.map((text, k) => ({ text, sheet: 'S', cell: `A${k + 1}` }) as NarrativeParagraph));
  }
  return lists;
}

describe('first-check shortcuts, eleventh pass (issue 19)', () => {
  test('outline equals the plain reading, on every fixture narrative and generated paragraph lists', async () => {
    const models = await fixtureModels();
    let tocs = 0;
    for (const m of models) {
      sameOutline(m.narrative);
      if (outline(m.narrative).toc.length) tocs++;
    }
    let generatedTocs = 0;
    for (const ps of generatedLists()) {
      sameOutline(ps);
      if (outline(ps).toc.length) generatedTocs++;
    }
    // both kinds are met: documents with and without a 目录
    expect(tocs).toBeGreaterThan(3);
    expect(generatedTocs).toBeGreaterThan(10);
  });

  test('chineseNumber equals the plain reading, on every character and generated numerals', () => {
    const singles = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
    const numerals = randomStrings(['零', '〇', '一', '二', '两', '三', '九', '十', '百', '廿', '千', ' ', 'a', '1'], 6000, 4, 1103);
    let found = 0;
    for (const s of [...singles, ...numerals, '', '十', '廿', '廿一', '二十', '十二']) {
      const want = plainChineseNumber(s);
      expect([s, chineseNumber(s)]).toEqual([s, want]);
      if (want !== null) found++;
    }
    expect(found).toBeGreaterThan(500);
  });

  /** The plain reading narrative/facts made of every paragraph (norm, then the patterns). */
  const plainAssets = (t: string) => /资产|车辆/.test(norm(t));
  const plainUnits = (t: string) => /(\d+|[一二两三四五六七八九十]+)\s*个\s*(二级事业单位|二级单位|事业单位|所属单位|下属单位|预算单位|单位)/.test(norm(t));
  const plainRange = (t: string) => /单位范围[^。]*?([一二两三四五六七八九十\d]+)个/.test(norm(t));
  const FACT_PIECES = ['单位范围', '单位范 围', '3个', '资', '产', '资金', '车', '辆', '个', '单', '位', '单位', '范', '围', '范围', '二级', '事业', '3', '３', '三', ' ', '\u3000', '\n', '，', '。', '（'];

  test('narrative/facts: a paragraph passed without norm holds none of its patterns, on every fixture text and generated texts', async () => {
    const texts = [...(await fixtureModels()).flatMap((m) => m.narrative.map((p) => p.text)), ...randomStrings(FACT_PIECES, 12000, 10, 1102)];
    const hits = [0, 0, 0];
    let passed = 0;
    for (const t of texts) {
      // a pass (false) must be a text the plain reading finds nothing in
      if (plainAssets(t)) {
        expect([t, mayNameAssets(t)]).toEqual([t, true]);
        hits[0]++;
      }
      if (plainUnits(t)) {
        expect([t, mayCountUnits(t)]).toEqual([t, true]);
        hits[1]++;
      }
      if (plainRange(t)) {
        expect([t, mayNameUnitRange(t)]).toEqual([t, true]);
        hits[2]++;
      }
      if (!mayNameAssets(t) && !mayCountUnits(t) && !mayNameUnitRange(t)) passed++;
    }
    expect(Math.min(...hits)).toBeGreaterThan(150);
    expect(passed).toBeGreaterThan(texts.length / 3);
    // split by white space: still not passed
    expect([mayNameAssets('资 产'), mayNameAssets('车\u3000辆'), mayCountUnits('3\u3000个 单 位'), mayNameUnitRange('单位范 围 3 个')]).toEqual([true, true, true, true]);
  });
});
