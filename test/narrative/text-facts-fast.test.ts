/**
 * Eleventh pass (issue 19): a heading's title is normalised only up to its first separator, a paragraph
 * is tried for a leading amount only when its first digit run is followed by 万/元, and the clauses,
 * markers and gaps are normalised without norm's memo. Held to the plain code (plain/analyse.ts and
 * plain/text-facts.ts, the code they replaced) on every fixture paragraph and on generated texts.
 */
import { headingLevelUncached, markersAt, textFactsUncached } from '../../src/core/narrative/analyse';
import { randomStrings } from '../support/random-strings';
import { fixtureModels } from '../support/fixture-models';
import { headingLevelUncached as plainHeadingLevel } from './plain/analyse';
import { plainMarkers, plainTextFacts } from './plain/text-facts';

/** Headings, separators in both widths, years (with 年度, in full-width digits), white space, figures and units. */
const PIECES = [
  '一、', '十二.', '（二）', '(3)', '1.', '12、', '（1）', '第一部分', ' ', '\u3000', '\n', '2025年', '２０２５年', '2025年度', '2025 年度', '年度', '年', '度', '20251年',
  '收入', '支出', '预算情况', '：', ':', '，', ',', '。', '；', ';', '、', '（', '）', '“', '”', '—', '1', '25', '100', '1,234.5', '3.', '.5', '０', '万元', '万', '元', '亿元', '%',
  '其中：', '包括', '主要用于', '具体如下', '分别为', '人员经费', '公用经费',
];

async function fixtureTexts(): Promise<string[]> {
  const texts: string[] = [];
  for (const model of await fixtureModels()) for (const p of model.narrative) texts.push(p.text);
  return texts;
}

test('headingLevelUncached = the plain one (the whole rest normalised) on every fixture paragraph and on generated headings', async () => {
  const texts = [...(await fixtureTexts()), ...randomStrings(PIECES, 30000, 12, 1901)];
  let titled = 0;
  for (const t of texts) {
    const want = plainHeadingLevel(t);
    expect([t, headingLevelUncached(t)]).toEqual([t, want]);
    if (want?.title) titled++;
  }
  expect(titled).toBeGreaterThan(3000);
});

test('textFactsUncached and markersAt = the plain ones on every fixture paragraph and on generated texts', async () => {
  const texts = [...(await fixtureTexts()), ...randomStrings(PIECES, 30000, 10, 1907)];
  let amounts = 0;
  let markers = 0;
  for (const t of texts) {
    const { heading, shortHeading, startsWithAmount, trailing, marker, nameList } = textFactsUncached(t);
    const want = plainTextFacts(t);
    expect([t, { heading, shortHeading, startsWithAmount, trailing, marker, nameList }]).toEqual([t, want]);
    if (want.startsWithAmount) amounts++;
    if (want.marker) {
      markers++;
      expect([t, markersAt(t)]).toEqual([t, plainMarkers(t)]);
    }
  }
  // both answers come up often (the gate is tried both ways)
  expect(amounts).toBeGreaterThan(300);
  expect(markers).toBeGreaterThan(1000);
});
