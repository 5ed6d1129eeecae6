/**
 * canonicalOf asks SEGMENT's patterns as one alternation (issue 19, tenth pass); it must name a
 * segment as trying them one by one does (test/recognize/plain/canonical.ts): on generated segments
 * made of the patterns' own words, and on every text cell of every fixture.
 */
import { canonicalOf, SEGMENT } from '../../src/core/recognize/columns';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { randomStrings } from '../support/random-strings';
import { plainCanonicalOf } from './plain/canonical';

/** The literal words of SEGMENT's patterns, and marks that join or end them. */
const PIECES = [...new Set(SEGMENT.flatMap(([re]) => re.source.split(/[\^$|()?*.\\[\]]+/).filter(Boolean))), '(', ')', '"', '“', '(万元)', '(元)', '微小企业', ':', ' '];

test('every branch of every pattern is anchored at the start (the alternation relies on it)', () => {
  for (const [re] of SEGMENT) {
    let depth = 0;
    const src = re.source;
    expect(src.startsWith('^')).toBe(true);
    for (let i = 0; i < src.length; i++) {
      if (src[i] === '\\') i++;
      else if (src[i] === '(') depth++;
      else if (src[i] === ')') depth--;
      else if (src[i] === '|' && depth === 0) expect(src[i + 1]).toBe('^');
    }
  }
});

test('generated segments: the name the patterns give one by one', () => {
  const names = new Set<string>();
  for (const text of randomStrings(PIECES, 40000, 3)) {
    const want = plainCanonicalOf(SEGMENT, text);
    expect([text, canonicalOf(text)]).toEqual([text, want]);
    names.add(want);
  }
  // most patterns are reached
  const reached = SEGMENT.filter(([, name]) => names.has(name)).length;
  expect(reached).toBeGreaterThan(SEGMENT.length * 0.8);
});

test.each(FIXTURE_PATHS)('every text cell of %s: the name the patterns give one by one', async (file) => {
  const wb = await readWorkbookFile(file);
  for (const sheet of wb.sheets) for (const row of sheet.rows) for (const cell of row ?? []) {
    if (!cell || cell.type !== 'string') continue;
    if (canonicalOf(cell.text) !== plainCanonicalOf(SEGMENT, cell.text)) expect([cell.address, canonicalOf(cell.text)]).toEqual([cell.address, plainCanonicalOf(SEGMENT, cell.text)]);
  }
});
