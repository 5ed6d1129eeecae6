/**
 * A paragraph's heading read from the words remembered by its text (issue 19: allocation), held to
 * the plain reading it replaced, on every fixture paragraph and on generated lines.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildModel } from '../../src/core/check';
import { documentFacts } from '../../src/core/facts';
import type { NarrativeParagraph } from '../../src/core/narrative/source';
import { headingOf, headingWordsUncached, type Heading } from '../../src/core/narrative/structure';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { randomStrings } from '../support/random-strings';
// readHeading as it was written before: everything read from the paragraph on every call
import { plainHeading } from './plain/outline';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const files = [
  ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(FIXTURES, f)),
  ...fs.readdirSync(path.join(FIXTURES, 'real')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(FIXTURES, 'real', f)),
];

/** Every field, in order (the paragraph by identity). */
function same(got: Heading | null, want: Heading | null, p: NarrativeParagraph): void {
  expect(got && Object.keys(got)).toEqual(want && Object.keys(want));
  if (got && want) {
    expect(got.p).toBe(p);
    expect({ ...got, p: null }).toEqual({ ...want, p: null });
  }
}

test('every fixture paragraph’s heading is the plain reading, twice (the second from the remembered words)', async () => {
  let headings = 0;
  for (const file of files) {
    const wb = await readWorkbookFile(file);
    const model = buildModel(wb, recognise(wb, {}), documentFacts(wb), undefined);
    model.narrative.forEach((p, pi) => {
      const want = plainHeading(p, pi);
      same(headingOf(p, pi), want, p);
      // a copy of the paragraph (a new check of the same text) gets its own heading
      const copy = { ...p };
      same(headingOf(copy, pi + 1), plainHeading(copy, pi + 1), copy);
      if (want) headings++;
    });
  }
  expect(headings).toBeGreaterThan(100);
});

test('generated lines: the heading words are the plain reading’s', () => {
  const lines = randomStrings(['第', '一', '二', '十', '廿', '部分', '、', '.', '．', '（', '）', '(', ')', '1', '12', ' ', '\u3000', '收入', '。', '；', '，', ':', '零'], 4000, 8, 53);
  let found = 0;
  lines.forEach((text, pi) => {
    const p = { text, sheet: 'S', cell: `A${pi + 1}` } as NarrativeParagraph;
    const want = plainHeading(p, pi);
    same(headingOf(p, pi), want, p);
    const w = headingWordsUncached(text);
    expect(w && { ...w }).toEqual(want && { level: want.level, numeral: want.numeral, mark: want.mark, text: want.text, title: want.title });
    if (want) found++;
  });
  expect(found).toBeGreaterThan(100);
});
