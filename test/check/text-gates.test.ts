/**
 * compliance/typos reads the shared text features (issue 19, ninth pass, CPU: src/core/check/rules/text.ts
 * TYPO_BITS, text-features.ts F_YUAN_WAN, F_YIN, F_ZERO_DIGIT, F_REPEAT_WORD) instead of scanning each
 * paragraph once per pattern: each bit against its pattern and the old pre-test (test/check/plain/), and
 * the rule against the one with no pre-test (test/check/plain/typos.ts), on generated paragraphs built
 * from the patterns' words and on every fixture.
 */
import * as path from 'path';
import { buildModel, runRules } from '../../src/core/check';
import { TYPO_BITS, typos } from '../../src/core/check/rules/text';
import { F_REPEAT_WORD, textFeatures } from '../../src/core/check/rules/text-features';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { randomStrings } from '../support/random-strings';
import { mayRepeatWord } from './plain/repeat-word';
import * as plainTypos from './plain/typos';

const TYPO_PIECES = [
  ...['万元', '万', '元', '主要原因', '主要', '原因', '：', ':', '是', '为', '总支', '支', '总', '预算', '预算预算', '年年'],
  ...['0', '1', '9', '.', ',', '，', '01.5', '0.5', ' ', '\u3000', 'a', '\u4e00', '\u9fa5', '\u9fa6'],
];
const PARAGRAPHS = randomStrings(TYPO_PIECES, 30000, 10, 1909);

describe('compliance/typos: the feature bits before its patterns', () => {
  test('each bit is set wherever its pattern matches, and unset on many paragraphs', () => {
    const features = PARAGRAPHS.map(textFeatures);
    plainTypos.TYPOS.forEach(([re], k) => {
      let matched = 0;
      let ruledOut = 0;
      for (let i = 0; i < PARAGRAPHS.length; i++) {
        const s = PARAGRAPHS[i];
        const may = (features[i] & TYPO_BITS[k]) !== 0;
        if (re.test(s)) {
          matched++;
          if (!may) throw new Error(`pattern ${k}: ${JSON.stringify(s)} matches, the pre-test rules it out`);
        } else if (!may) ruledOut++;
      }
      expect([k, matched > 100, ruledOut > 3000]).toEqual([k, true, true]);
    });
  });

  test('F_REPEAT_WORD = the plain mayRepeatWord, on generated paragraphs and every cell text of every fixture', async () => {
    const texts = [...PARAGRAPHS];
    for (const file of FIXTURE_PATHS) {
      const wb = await readWorkbookFile(file);
      for (const sheet of wb.sheets) for (const row of sheet.rows) for (const cell of row) if (cell && cell.type === 'string') texts.push(cell.text);
    }
    let repeated = 0;
    for (const s of texts) {
      const got = (textFeatures(s) & F_REPEAT_WORD) !== 0;
      if (got !== mayRepeatWord(s)) expect([s, got]).toEqual([s, !got]);
      if (got) repeated++;
    }
    expect(repeated).toBeGreaterThan(1000);
  });

  test('the rule answers as the one without pre-tests, on generated narratives', () => {
    const wb = { source: 'x.xlsx', sheets: [] };
    const model = buildModel(wb, recognise(wb));
    for (let i = 0; i < PARAGRAPHS.length; i += 500) {
      model.narrative = PARAGRAPHS.slice(i, i + 500).map((text, k) => ({ sheet: '情况说明', cell: `A${k + 1}`, text }));
      const got = runRules(model, [typos]);
      expect(got.findings.length).toBeGreaterThan(10);
      expect(got).toEqual(runRules(model, [plainTypos.typos]));
    }
  });

  test.each(FIXTURE_PATHS.map((f) => [path.basename(f), f]))('%s: the rule answers as the one without pre-tests', async (_, file) => {
    const wb = await readWorkbookFile(file);
    const model = buildModel(wb, recognise(wb));
    expect(runRules(model, [typos])).toEqual(runRules(model, [plainTypos.typos]));
  });
});
