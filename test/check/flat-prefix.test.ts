/**
 * compliance/narrative-sections (issue 19, tenth pass, CPU: src/core/check/rules/narrative-sections.ts)
 * reads the first 40 characters of each body heading without its white space by flatPrefix: the same
 * string as the expression it replaced, withoutSpaces(text).slice(0, n), on generated strings and on
 * every paragraph of every fixture's narrative; and hasSection finds the headings a part's words match
 * in the joined headings: the same answer as the per-heading expression on every fixture's headings
 * (test/narrative/tie-out-shortcuts.test.ts holds it on generated heading lists).
 */
import { buildModel } from '../../src/core/check';
import { bodyHeadings, flatPrefix, hasSection, SECTION_HEADINGS } from '../../src/core/check/rules/narrative-sections';
import type { SectionId } from '../../src/core/model/templates';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { randomStrings } from '../support/random-strings';

/** The plain expression, with its own pattern (not the code under test's withoutSpaces). */
const plain = (text: string, n: number): string => text.replace(/\s+/g, '').slice(0, n);

const PIECES = ['一、', '收入预算情况', '（一）', '负责', '本级', 'a', '1', ' ', '\u3000', '\u00a0', '\t', '\n', '\ufeff', '\u2028', '\u200b', '。', '；'];

describe('flatPrefix = withoutSpaces(text).slice(0, n)', () => {
  test('on generated strings', () => {
    let cut = 0;
    for (const t of randomStrings(PIECES, 20000, 30, 1922)) {
      for (const n of [0, 1, 5, 40]) {
        const got = flatPrefix(t, n);
        if (got !== plain(t, n)) expect([t, n, got]).toEqual([t, n, plain(t, n)]);
        if (n === 40 && got.length === 40) cut++;
      }
    }
    // texts longer and shorter than the prefix
    expect(cut).toBeGreaterThan(500);
  });

  test.each(FIXTURE_PATHS.map((f) => [f.split('/').pop(), f]))('%s: every paragraph', async (_, file) => {
    const wb = await readWorkbookFile(file);
    const ps = buildModel(wb, recognise(wb)).narrative;
    expect(ps.length).toBeGreaterThan(10);
    for (const p of ps) for (const n of [30, 40]) expect([p.text, n, flatPrefix(p.text, n)]).toEqual([p.text, n, plain(p.text, n)]);
    // every part's answer on the body's headings as the per-heading expression gives it
    const hs = bodyHeadings(ps);
    for (const id of Object.keys(SECTION_HEADINGS) as SectionId[]) {
      const { has, not } = SECTION_HEADINGS[id];
      expect([id, hasSection(hs, id)]).toEqual([id, hs.some((h) => has.test(h) && !not?.test(h))]);
    }
  });
});

describe('hasSection reads the joined headings line by line', () => {
  // lineWithout finds a `has` match in the joined text and tests `not` on its line: right only when no
  // `has` pattern can match across a line break (no negated class, \s, \S, \W, \D, and no s flag)
  test.each(Object.entries(SECTION_HEADINGS))('%s: its has pattern cannot match a line break', (_id, spec) => {
    expect(spec.has.flags).not.toContain('s');
    expect(spec.has.source).not.toMatch(/\[\^|\\[sSWD]/);
    expect(spec.has.test('\n')).toBe(false);
  });
});
