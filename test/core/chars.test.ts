import { hasSpace, isHan, isSpaceCode, spacesAt, withoutSpaces } from '../../src/core/chars';
import { randomStrings } from '../support/random-strings';

test('isSpaceCode is /\\s/ on every UTF-16 code unit', () => {
  const differ: number[] = [];
  for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
  expect(differ).toEqual([]);
});

test('isHan is [\\u4e00-\\u9fa5] on every UTF-16 code unit', () => {
  const differ: number[] = [];
  for (let c = 0; c <= 0xffff; c++) if (isHan(c) !== /[\u4e00-\u9fa5]/.test(String.fromCharCode(c))) differ.push(c);
  expect(differ).toEqual([]);
});

test('spacesAt counts the white space the pattern ^\\s* matches at a position', () => {
  const text = '12 \u3000\t万元 3%\n\u00a0';
  for (let i = 0; i <= text.length; i++) expect([i, spacesAt(text, i)]).toEqual([i, /^\s*/.exec(text.slice(i))![0].length]);
});

/** Strings of words and of every kind of white space the rules strip (the copies withoutSpaces replaced wrote [\s\u3000\u00a0]+). */
const TEXTS = randomStrings(['名词', '解释', '：', '（', '）', 'a', '1', ' ', '\u3000', '\u00a0', '\t', '\n', '\r', '\ufeff', '\u2028', '\u200b'], 20000, 8, 6);

test('hasSpace and withoutSpaces are /\\s/ and replace(/[\\s\\u3000\\u00a0]+/g, "") (the copies they replaced)', () => {
  let spaced = 0;
  for (const t of TEXTS) {
    const plain = t.replace(/[\s\u3000\u00a0]+/g, '');
    if (hasSpace(t) !== /\s/.test(t) || withoutSpaces(t) !== plain) expect([t, hasSpace(t), withoutSpaces(t)]).toEqual([t, /\s/.test(t), plain]);
    if (plain !== t) spaced++;
  }
  // both kinds are compared: texts with white space and without (U+200B is no white space)
  expect(spaced).toBeGreaterThan(1000);
  expect(spaced).toBeLessThan(TEXTS.length - 1000);
});

test('withoutSpaces gives the text itself when it has no white space (no copy)', () => {
  const t = ['名词', '解释'].join('');
  expect(withoutSpaces(t)).toBe(t);
});
