/**
 * The CLI starts its checking worker before it knows the files (issue 19: start-up). A worker started
 * early sits idle while the files are listed: if it fails or ends there, the CLI must neither crash nor
 * hang, and the next check must get a working worker.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FileChecker } from '../../src/hosts/cli/watchdog';
import type { FileReport } from '../../src/core/report-base';
import { DEFAULT_LIMITS } from '../../src/core/limits';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-early-'));

/**
 * A stand-in worker script: says it is ready, answers each job with a report naming the file and the
 * worker's generation, and — in its first generation only — does `firstLife` once it is idle.
 */
function script(name: string, firstLife: string): string {
  const file = path.join(dir, `${name}.js`);
  const marker = path.join(dir, `${name}.started`);
  fs.writeFileSync(
    file,
    `const { parentPort } = require('worker_threads');
const fs = require('fs');
const first = !fs.existsSync(${JSON.stringify(marker)});
fs.writeFileSync(${JSON.stringify(marker)}, 'x');
parentPort.on('message', (job) => parentPort.postMessage({ path: job.path, error: null, generation: first ? 1 : 2 }));
parentPort.postMessage('ready');
if (first) setTimeout(() => { ${firstLife} }, 20);
`,
  );
  return file;
}

const job = (p: string) => ({ path: p, config: {}, limits: DEFAULT_LIMITS });
const idle = () => new Promise((r) => setTimeout(r, 500));

test('a worker that ends while idle is replaced at the next check', async () => {
  const checker = new FileChecker(script('exits', 'process.exit(0);'), 10_000, 512);
  checker.start();
  await idle();
  const r = (await checker.check(job('a.xlsx'))) as FileReport & { generation: number };
  await checker.close();
  expect(r.error).toBeNull();
  expect(r.path).toBe('a.xlsx');
  expect(r.generation).toBe(2);
});

test('an error thrown in an idle worker does not end the CLI, and the next check works', async () => {
  const checker = new FileChecker(script('throws', "throw new Error('idle failure');"), 10_000, 512);
  checker.start();
  await idle();
  const r = (await checker.check(job('b.xlsx'))) as FileReport & { generation: number };
  await checker.close();
  expect(r.error).toBeNull();
  expect(r.generation).toBe(2);
});

test('a worker started early checks the files as one started on demand does', async () => {
  const checker = new FileChecker(script('stays', '/* stays */'), 10_000, 512);
  checker.start();
  checker.start(); // a second start keeps the one worker
  const a = (await checker.check(job('c.xlsx'))) as FileReport & { generation: number };
  const b = (await checker.check(job('d.xlsx'))) as FileReport & { generation: number };
  await checker.close();
  expect([a.path, b.path]).toEqual(['c.xlsx', 'd.xlsx']);
  expect([a.generation, b.generation]).toEqual([1, 1]);
});
