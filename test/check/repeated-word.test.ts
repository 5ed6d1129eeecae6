/**
 * compliance/typos' pre-test for its repeated-word pattern (issue 19, CPU: F_REPEAT_WORD of
 * src/core/check/rules/text-features.ts, once text.ts mayRepeatWord): a paragraph it passes over must be
 * one the pattern finds nothing in. Checked on
 * generated strings (Han words written twice, three times, at the ends of the Han range and just
 * outside it) and on every text of every fixture; and it must pass over most texts, or it saves nothing.
 */
import { F_REPEAT_WORD, textFeatures } from '../../src/core/check/rules/text-features';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { randomStrings } from '../support/random-strings';

/** The pattern the pre-test stands before (compliance/typos, 词语重复). */
const PLAIN = /([\u4e00-\u9fa5]{2,4})\1(?=[\u4e00-\u9fa5])/;

/** Without the character after: what the pre-test claims exactly (a word of 2–4 Han characters twice in a row). */
const TWICE = /([\u4e00-\u9fa5]{2,4})\1/;

const PIECES = [
  ...'预算支出年人项目资金一'.split(''),
  ...['预算', '支出', '办公费', '项目资金', '年年', '人人', '基本支出', '预算预算', '办公费办公费', '支出支出支出'],
  ...[' ', '，', '。', 'a', '1', '\u3000'],
  // the ends of the Han range the pattern means, and the codes just outside it
  ...['\u4e00', '\u9fa5', '\u4dff', '\u9fa6', '\u4e00\u4e00', '\u9fa5\u9fa5', '\u9fa6\u9fa6'],
];

/** The pre-test as the rule reads it: the text's F_REPEAT_WORD bit. */
const mayRepeatWord = (s: string): boolean => (textFeatures(s) & F_REPEAT_WORD) !== 0;

describe('mayRepeatWord', () => {
  test('is true exactly where a word of 2–4 Han characters is written twice (so wherever the pattern matches)', () => {
    let matched = 0;
    let passed = 0;
    for (const s of randomStrings(PIECES, 40000, 12, 1919)) {
      const got = mayRepeatWord(s);
      // one comparison per string, expect only on a difference (40 000 strings)
      if (got !== TWICE.test(s)) expect([s, got]).toEqual([s, !got]);
      if (PLAIN.test(s)) {
        matched++;
        if (!got) expect([s, 'passed over, but the pattern matches']).toEqual([s, '']);
      }
      if (!got) passed++;
    }
    expect(matched).toBeGreaterThan(1000);
    expect(passed).toBeGreaterThan(1000);
  });

  test('on every text of every fixture: never passes over a text the pattern matches, and passes over most', async () => {
    let texts = 0;
    let passed = 0;
    for (const file of FIXTURE_PATHS) {
      const wb = await readWorkbookFile(file);
      for (const sheet of wb.sheets) {
        for (const row of sheet.rows) {
          for (const cell of row) {
            if (!cell || cell.type !== 'string') continue;
            texts++;
            const got = mayRepeatWord(cell.text);
            if (got !== TWICE.test(cell.text)) expect([cell.text, got]).toEqual([cell.text, !got]);
            if (!got) passed++;
          }
        }
      }
    }
    expect(passed).toBeGreaterThan(texts * 0.9);
  });

  test('words of each length, and the run broken by a character that is not Han', () => {
    expect(mayRepeatWord('工作预算预算执行')).toBe(true);
    expect(mayRepeatWord('办公费办公费')).toBe(true);
    expect(mayRepeatWord('项目资金项目资金')).toBe(true);
    expect(mayRepeatWord('预算 预算')).toBe(false);
    expect(mayRepeatWord('预算1预算')).toBe(false);
    expect(mayRepeatWord('预算支出预算')).toBe(false);
  });
});
