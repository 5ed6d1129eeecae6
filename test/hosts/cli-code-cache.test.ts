/**
 * The CLI's worker bundle with its V8 code cache (src/hosts/cli/code-cache.ts): written after the first
 * file when missing, used by the next run, and a corrupt or stale cache is rejected by V8 and rewritten —
 * the report is the same in every case. Runs the compiled CLI (lib/cli, built by `npm test` before jest).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'budget-check.js');
const WORKER = path.join(ROOT, 'lib', 'cli', 'check-worker.js');
const CACHE = `${WORKER}.v8cache`;
const FILE = path.join(ROOT, 'test', 'fixtures', '2023-huangpi-ybfwzx-budget.xlsx');

function run(): string {
  const r = spawnSync(process.execPath, [BIN, '--format', 'json', FILE], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  return r.stdout;
}

const maybe = fs.existsSync(WORKER) ? test : test.skip;

maybe('the code cache is written when missing, reused, and a corrupt one is replaced; the report never changes', () => {
  fs.rmSync(CACHE, { force: true });
  const first = run();
  expect(fs.existsSync(CACHE)).toBe(true);
  const written = fs.statSync(CACHE).size;
  expect(written).toBeGreaterThan(100_000); // compiled code of the 1.4 MB bundle, not a stub
  expect(run()).toBe(first);
  fs.writeFileSync(CACHE, 'not a V8 code cache');
  expect(run()).toBe(first);
  expect(fs.statSync(CACHE).size).toBeGreaterThan(100_000);
  expect(fs.readdirSync(path.dirname(WORKER)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});
