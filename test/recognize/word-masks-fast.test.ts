/**
 * The classifier's word masks found by first code unit (issue 19, tenth pass) against one search of
 * the text per word (test/recognize/plain/word-masks.ts): on generated texts made of the words, their
 * pieces and overlaps, and on every text cell of every fixture.
 */
import { CellTexts, WORDS } from '../../src/core/recognize/classify';
import { norm } from '../../src/core/recognize/text';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { randomStrings } from '../support/random-strings';
import { plainWordMasks } from './plain/word-masks';

function masks(text: string): { m0: number; m1: number; m2: number } {
  const t = new CellTexts();
  t.add(text);
  return { m0: t.m0, m1: t.m1, m2: t.m2 };
}

test('generated texts: the words one search per word finds', () => {
  // the words, their halves (a word cut short, or a word's tail then another's head) and single characters
  const pieces = [...WORDS, ...WORDS.map((w) => w.slice(0, Math.ceil(w.length / 2))), ...WORDS.map((w) => w.slice(Math.ceil(w.length / 2))), '项', '目', '(', '（', ' ', '|', '一'];
  let found = 0;
  for (const text of randomStrings(pieces, 20000, 6)) {
    const want = plainWordMasks(WORDS, norm(text));
    expect([text, masks(text)]).toEqual([text, want]);
    if (want.m0 || want.m1 || want.m2) found++;
  }
  expect(found).toBeGreaterThan(10000);
});

test.each(FIXTURE_PATHS)('every text cell of %s: the words one search per word finds', async (file) => {
  const wb = await readWorkbookFile(file);
  let texts = 0;
  for (const sheet of wb.sheets) for (const row of sheet.rows) for (const cell of row ?? []) {
    if (!cell || cell.type !== 'string' || !cell.text.trim()) continue;
    texts++;
    const got = masks(cell.text);
    const want = plainWordMasks(WORDS, norm(cell.text));
    if (got.m0 !== want.m0 || got.m1 !== want.m1 || got.m2 !== want.m2) expect([cell.address, got]).toEqual([cell.address, want]);
  }
  expect(texts).toBeGreaterThan(100);
});
