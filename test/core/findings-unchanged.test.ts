/**
 * Findings are unchanged on every fixture (issue 19): the speed work must not change what the
 * engine says. Each case's digest (tables, unrecognised blocks, skipped rules, every finding with
 * its consequences, locations and numbers, the narrative coverage and the drafted 情况说明) is
 * compared line by line with the snapshot written before that work (test/snapshots/findings/,
 * scripts/findings-snapshot.ts). A deliberate change of findings regenerates the snapshot and
 * shows up as its diff in review.
 */
import * as fs from 'fs';
import * as path from 'path';
import { digestCases, SNAPSHOT_DIR } from '../support/findings-digest';

const cases = digestCases();

test('every fixture has a snapshot, and every snapshot a fixture', () => {
  const names = cases.map((c) => `${c.name}.txt`).sort();
  expect(fs.readdirSync(SNAPSHOT_DIR).filter((f) => f.endsWith('.txt')).sort()).toEqual(names);
  // seeds + 18 real documents + the 20-page narrative + 2 synthetic departments
  expect(names.filter((n) => n.startsWith('real-')).length).toBeGreaterThanOrEqual(18);
});

test.each(cases.map((c) => [c.name, c] as const))('%s: findings as before', async (_name, c) => {
  const expected = fs.readFileSync(path.join(SNAPSHOT_DIR, `${c.name}.txt`), 'utf8');
  const actual = await c.digest();
  if (actual !== expected) {
    // the first differing line, for a readable failure (the whole digest is long)
    const a = actual.split('\n');
    const e = expected.split('\n');
    const i = a.findIndex((line, k) => line !== e[k]);
    const at = i < 0 ? Math.min(a.length, e.length) : i;
    throw new Error(`${c.name}: line ${at + 1} differs\n  before: ${e[at] ?? '(end)'}\n  now:    ${a[at] ?? '(end)'}\n(npx tsx scripts/findings-snapshot.ts ${c.name} rewrites it when the change is intended)`);
  }
}, 60000);
