import { isSpaceCode, spacesAt } from '../../src/core/chars';

test('isSpaceCode is /\\s/ on every UTF-16 code unit', () => {
  const differ: number[] = [];
  for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
  expect(differ).toEqual([]);
});

test('spacesAt counts the white space the pattern ^\\s* matches at a position', () => {
  const text = '12 \u3000\t万元 3%\n\u00a0';
  for (let i = 0; i <= text.length; i++) expect([i, spacesAt(text, i)]).toEqual([i, /^\s*/.exec(text.slice(i))![0].length]);
});
