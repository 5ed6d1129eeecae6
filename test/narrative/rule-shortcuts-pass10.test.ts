/**
 * Issue 19, tenth pass: the narrative's new shortcuts against the plain code they stand for, on every
 * fixture's narrative (seeds and real documents) and on generated input (deterministic).
 */
import { mayCountUnits as unitsBy, mayNameAssets as assetsBy, mayNameUnitRange as rangeBy } from '../../src/core/check/rules/narrative-text';
import { charBits } from '../../src/core/check/rules/paragraph-chars';
import { norm, normalise } from '../../src/core/recognize/text';
import { ANY_MARKER } from '../../src/core/narrative/analyse';
import { normed, wordsInNorm } from '../../src/core/narrative/tokens';
import { randomStrings } from '../support/random-strings';
import { fixtureModels } from '../support/fixture-models';

// the shortcuts read a paragraph's character bits (paragraph-chars.ts), made here from the text
const mayNameAssets = (t: string) => assetsBy(charBits(t));
const mayCountUnits = (t: string) => unitsBy(charBits(t));
const mayNameUnitRange = (t: string) => rangeBy(charBits(t));

/** Every paragraph text of the fixtures. */
async function fixtureTexts(): Promise<string[]> {
  return (await fixtureModels()).flatMap((m) => m.narrative.map((p) => p.text));
}

/** The plain reading narrative/facts made of every paragraph (norm, then the pattern). */
const plainAssets = (t: string) => /资产|车辆/.test(norm(t));
const plainUnits = (t: string) => /(\d+|[一二两三四五六七八九十]+)\s*个\s*(二级事业单位|二级单位|事业单位|所属单位|下属单位|预算单位|单位)/.test(norm(t));
const plainRange = (t: string) => /单位范围[^。]*?([一二两三四五六七八九十\d]+)个/.test(norm(t));

describe('narrative shortcuts, tenth pass (issue 19)', () => {
  test('narrative/facts: a paragraph passed without norm holds none of its patterns, on every fixture text and generated texts', async () => {
    const texts = [...(await fixtureTexts()), ...randomStrings(['资', '产', '车', '辆', ' ', '\u3000', '个', '3', '３', '单位', '范围', '范', '围', '二级单位', '，', '。', '（', '本级'], 6000, 10, 110)];
    let hits = 0;
    for (const t of texts) {
      // a pass (false) must be a text the plain reading finds nothing in
      if (plainAssets(t)) expect([t, mayNameAssets(t)]).toEqual([t, true]);
      if (plainUnits(t)) expect([t, mayCountUnits(t)]).toEqual([t, true]);
      if (plainRange(t)) expect([t, mayNameUnitRange(t)]).toEqual([t, true]);
      if (plainAssets(t) || plainUnits(t) || plainRange(t)) hits++;
    }
    expect(hits).toBeGreaterThan(200);
    // split by white space (“资 产”, “3 个”): still not passed
    expect(mayNameAssets('资 产')).toBe(true);
    expect(mayCountUnits('3\u3000个单位')).toBe(true);
    expect(mayNameUnitRange('单位范 围 3 个')).toBe(true);
  });

  /** Pieces norm changes and pieces it keeps, the marker words split by white space among them. */
  const NORM_PIECES = ['其', '中', '其中', '包括', '主要', '是', '分别', '为', '如下', '明细', '具体', ' ', '\u3000', '\u00a0', '\n', '\t', '：', ':', '，', '（', '）', '【', '】', '“', '”', '‘', '’', "'", '－', '—', '３', '0', '１２', '.', '万元', '支出', 'a'];

  test('normed equals normalise, on every fixture text (and its clauses) and generated texts', async () => {
    const texts = await fixtureTexts();
    const clauses = texts.flatMap((t) => t.split(/[，。；]/));
    const all = [...texts, ...clauses, ...randomStrings(NORM_PIECES, 8000, 12, 111)];
    let same = 0;
    for (const t of all) {
      expect([t, normed(t)]).toEqual([t, normalise(t)]);
      if (normalise(t) === t) same++;
    }
    // both kinds are met: texts norm leaves alone and texts it changes
    expect(same).toBeGreaterThan(1000);
    expect(all.length - same).toBeGreaterThan(1000);
  });

  test('wordsInNorm(ANY_MARKER) equals the marker test on the normalised text, on every fixture text and generated texts', async () => {
    const all = [...(await fixtureTexts()), ...randomStrings(NORM_PIECES, 8000, 12, 112)];
    let found = 0;
    for (const t of all) {
      const plain = ANY_MARKER.test(normalise(t));
      expect([t, wordsInNorm(ANY_MARKER, t)]).toEqual([t, plain]);
      if (plain) found++;
    }
    expect(found).toBeGreaterThan(500);
    expect(wordsInNorm(ANY_MARKER, '其 中：')).toBe(true);
    expect(wordsInNorm(ANY_MARKER, '其\u3000中')).toBe(true);
  });
});
