/**
 * normalise in one pass over the text (issue 19, tenth pass) against the three regex replaces it
 * replaced (test/recognize/plain/normalise.ts): on generated texts over every character it changes,
 * its neighbours and every kind of white space, and on every text cell of every fixture.
 */
import { normalise } from '../../src/core/recognize/text';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { randomStrings } from '../support/random-strings';
import { plainNormalise } from './plain/normalise';

/** Every white space of \s, the characters MAP changes, full-width digits and their neighbours. */
const SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u180e'];
const CHANGED = ['（', '）', '【', '】', '“', '”', '‘', '’', "'", '：', '，', '－', '—', '０', '５', '９', '\u2013', '\u2015', '\u3012', '\uff0f', '\uff1a', '\uff1b', '\u2017', '\u201a', '\u301f', '\ufefe', '\uff07', '\uff0e', '\uff1a'];
const PLAIN = ['收', '入', '合计', 'a', '1', '"', '(', ':', '-', '\ud83d\ude00', '\ud840', '项目支出'];

test('generated texts: as the three regex replaces', () => {
  for (const text of randomStrings([...SPACES, ...CHANGED, ...PLAIN], 40000, 9)) expect([text, normalise(text)]).toEqual([text, plainNormalise(text)]);
  for (let ch = 0; ch < 0x10000; ch++) {
    const text = `a${String.fromCharCode(ch)}b`;
    if (normalise(text) !== plainNormalise(text)) expect([ch, normalise(text)]).toEqual([ch, plainNormalise(text)]);
  }
});

test.each(FIXTURE_PATHS)('every text cell of %s: as the three regex replaces', async (file) => {
  const wb = await readWorkbookFile(file);
  let texts = 0;
  for (const sheet of wb.sheets) for (const row of sheet.rows) for (const cell of row ?? []) {
    if (!cell || typeof cell.text !== 'string') continue;
    texts++;
    if (normalise(cell.text) !== plainNormalise(cell.text)) expect([cell.address, normalise(cell.text)]).toEqual([cell.address, plainNormalise(cell.text)]);
  }
  expect(texts).toBeGreaterThan(100);
});
