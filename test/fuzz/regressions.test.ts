/**
 * Every saved failure (test/fuzz-regressions/*.xlsx with its .json note: the seed, the mutations
 * and what failed) passes now. New failures of `npm run fuzz` are saved there.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readParts } from '../support/zip';
import { REGRESSIONS } from './fuzz';
import { runCase } from './run-case';

const cases = fs.existsSync(REGRESSIONS) ? fs.readdirSync(REGRESSIONS).filter((f) => f.endsWith('.xlsx')).sort() : [];

test('there are saved regression cases', () => {
  expect(cases.length).toBeGreaterThan(0);
});

test.each(cases)('%s', async (file) => {
  const note = JSON.parse(fs.readFileSync(path.join(REGRESSIONS, file.replace(/\.xlsx$/, '.json')), 'utf8')) as { failure: string; expect?: string };
  const bytes = new Uint8Array(fs.readFileSync(path.join(REGRESSIONS, file)));
  // what the input holds (a damaged zip may not open: then nothing)
  const parts = await readParts(bytes).catch(() => new Map<string, Uint8Array>());
  const inputText = [...parts.values()].map((b) => new TextDecoder().decode(b)).join('\n');
  const o = await runCase(bytes, file, inputText, 30_000);
  expect(o.failure).toBeNull();
  if (note.expect) expect(o.result).toBe(note.expect);
});
