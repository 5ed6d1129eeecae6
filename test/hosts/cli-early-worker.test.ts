/**
 * The CLI starts its checking worker before it knows the files (issue 19: start-up). A worker started
 * early sits idle while the files are listed: if it fails or ends there, the CLI must neither crash nor
 * hang, and the next check must get a working worker.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startEarly } from '../../src/hosts/cli/early';
import { run } from '../../src/hosts/cli/main';
import { spawnWorker } from '../../src/hosts/cli/spawn';
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

describe('a worker started before the command loads (bin → lib/cli/early.js → spawnWorker)', () => {
  test('the checker uses a worker started with its memory limit, and starts no other', async () => {
    const file = script('adopted', '/* stays */');
    const started = spawnWorker(file, 512);
    const checker = new FileChecker(file, 10_000, 512, started);
    const a = (await checker.check(job('e.xlsx'))) as FileReport & { generation: number };
    const b = (await checker.check(job('f.xlsx'))) as FileReport & { generation: number };
    await checker.close();
    expect([a.generation, b.generation]).toEqual([1, 1]);
  });

  test('a worker started with another memory limit is stopped and replaced', async () => {
    const file = script('other-limit', '/* stays */');
    const started = spawnWorker(file, 256);
    const exited = new Promise<void>((resolve) => started.worker.once('exit', () => resolve()));
    expect(await started.ready).toBe(true);
    const checker = new FileChecker(file, 10_000, 512, started);
    const r = (await checker.check(job('g.xlsx'))) as FileReport & { generation: number };
    await checker.close();
    await exited;
    expect(r.generation).toBe(2);
  });

  test('run() ends the early worker when the arguments turn out not to be a check', async () => {
    const file = script('usage', '/* stays */');
    const started = spawnWorker(file, 512);
    const exited = new Promise<void>((resolve) => started.worker.once('exit', () => resolve()));
    const err: string[] = [];
    const code = await run(['--no-such-option'], { stdout: () => undefined, stderr: (s) => err.push(s) }, { workerScript: file, started });
    expect(code).toBe(2);
    expect(err.join('')).toContain('--no-such-option');
    await exited; // resolves only if the worker was terminated
  });

  test.each([[['narrate', 'x.xlsx']], [['--help']], [['--version']], [['--no-such-option']], [[]]])('startEarly(%j) starts nothing', (argv) => {
    expect(startEarly(argv, script('never', '/* stays */'))).toBeNull();
  });

  test('startEarly starts the worker of a check, with the memory limit the arguments ask for', async () => {
    const file = script('check', '/* stays */');
    for (const [argv, mb] of [
      [['a.xlsx'], 4096],
      [['--max-memory', '300', '--format', 'json', 'folder'], 300],
    ] as const) {
      const started = startEarly([...argv], file);
      expect(started?.maxMemoryMb).toBe(mb);
      expect(await started?.ready).toBe(true);
      await started?.worker.terminate();
    }
  });
});
