/**
 * The CLI's worker bundle with its V8 code cache (src/hosts/cli/code-cache.ts): written after the first
 * file when missing, used by the next run, and a corrupt or stale cache is rejected by V8 and rewritten —
 * the report is the same in every case. Runs the compiled CLI (lib/cli, built by `npm test` before jest).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
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

test('the boot code reads an ASCII bundle as Latin-1 and any other as UTF-8: the text is the same either way', async () => {
  const { spawnWorker } = await import('../../src/hosts/cli/spawn');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-boot-'));
  const said = async (source: string): Promise<unknown> => {
    const file = path.join(dir, `w${Math.random().toString(36).slice(2)}.js`);
    fs.writeFileSync(file, source, 'utf8');
    const { worker } = spawnWorker(file, 256);
    try {
      return await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    } finally {
      await worker.terminate();
    }
  };
  try {
    const post = (what: string) => `require('worker_threads').parentPort.postMessage([${what}, typeof module.exports]);`;
    expect(await said(post("'\\u6536\\u5165 \\u4e07\\u5143'"))).toEqual(['收入 万元', 'object']);
    expect(await said(post("'收入 万元'"))).toEqual(['收入 万元', 'object']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
