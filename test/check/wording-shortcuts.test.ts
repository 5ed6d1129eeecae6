/**
 * Two shortcuts of compliance/wording (issue 19, tenth pass, CPU: src/core/check/rules/wording.ts):
 * endsWithSemicolon against the pattern /；\s*$/ it replaces, and setPhraseMiss (which now looks for a
 * phrase's head, white space ignored, before flattening the text) against the plain one
 * (test/check/plain/wording.ts), on generated strings and on every text of every fixture.
 */
import { buildModel } from '../../src/core/check';
import { documentText } from '../../src/core/check/rules/text-cells';
import { endsWithSemicolon, setPhraseMiss } from '../../src/core/check/rules/wording';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { randomStrings } from '../support/random-strings';
import * as plainWording from './plain/wording';

const ENDS_SEMICOLON = /；\s*$/;

const PIECES = [
  ...['；', ';', '。', ' ', '\u3000', '\t', '\n', '\u00a0', '\ufeff', '\u2028', 'a', '1', '支出'],
  ...['高', '全', '习', '平', '建', '高水平', '全面建', '习近平', '全面建成小康社会', '高水平全面建成小康社会', '建成', '小康社会', '全面建设社会主义现代化国家'],
  ...['高 水平', '全\u3000面建', '习近\t平', '新时代中国特色社会主义思想', '高水平建成全面建成小康社会'],
];

/** Both shortcuts answer as the plain code on one text; how many of each kind of answer it gave. */
function same(t: string): [boolean, boolean] {
  const ends = endsWithSemicolon(t);
  expect([t, ends]).toEqual([t, ENDS_SEMICOLON.test(t)]);
  const miss = setPhraseMiss(t);
  expect([t, miss]).toEqual([t, plainWording.setPhraseMiss(t)]);
  return [ends, miss !== null];
}

describe('wording shortcuts = the plain code', () => {
  test('on generated strings', () => {
    let ends = 0;
    let misses = 0;
    const texts = randomStrings(PIECES, 30000, 10, 1920);
    for (const t of texts) {
      const [e, m] = same(t);
      if (e) ends++;
      if (m) misses++;
    }
    // both answers, both ways: the comparisons are not of one answer only
    expect([ends > 1000, ends < texts.length - 1000, misses > 100, misses < texts.length - 1000]).toEqual([true, true, true, true]);
  });

  test.each(FIXTURE_PATHS.map((f) => [f.split('/').pop(), f]))('%s: every text', async (_, file) => {
    const wb = await readWorkbookFile(file);
    const model = buildModel(wb, recognise(wb));
    const texts = [...documentText(model).distinct.texts, ...model.narrative.map((p) => p.text)];
    expect(texts.length).toBeGreaterThan(50);
    for (const t of texts) same(t);
  });
});
