/**
 * `npm run fuzz`: mutate every seed workbook (test/fixtures/*.xlsx and test/fixtures/real/*.xlsx)
 * and run the engine on each case with a per-case time limit, in worker threads (one per core)
 * so that a case that hangs is stopped and counted. Failures are saved as regression fixtures in
 * test/fuzz-regressions/ (test/fuzz/regressions.test.ts runs them all).
 *
 *   npm run fuzz -- [--cases 10000] [--seed 20] [--from 0] [--time-limit 30] [--workers 2] [--no-save]
 */
import * as os from 'os';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { buildCase, emptyStats, loadSeeds, percentile, record, saveFailure, seedFiles } from '../test/fuzz/fuzz';
import { runCase } from '../test/fuzz/run-case';

interface Options {
  cases: number;
  /** First case index (to re-run part of a run). */
  from: number;
  seed: number;
  timeLimitMs: number;
  workers: number;
  save: boolean;
}

function options(argv: string[]): Options {
  const o: Options = { cases: 10_000, from: 0, seed: 20, timeLimitMs: 30_000, workers: Math.max(1, Math.min(2, os.cpus().length)), save: true };
  for (let i = 0; i < argv.length; i++) {
    const v = () => Number(argv[++i]);
    if (argv[i] === '--cases') o.cases = v();
    else if (argv[i] === '--seed') o.seed = v();
    else if (argv[i] === '--from') o.from = v();
    else if (argv[i] === '--time-limit') o.timeLimitMs = v() * 1000;
    else if (argv[i] === '--workers') o.workers = v();
    else if (argv[i] === '--no-save') o.save = false;
  }
  return o;
}

interface Job {
  index: number;
}
interface Done {
  index: number;
  seed: number;
  fixture: string;
  mutations: string[];
  bytes: Uint8Array;
  outcome: { failure: string | null; result: string; ms: number };
}

async function worker(): Promise<void> {
  const { seed, timeLimitMs } = workerData as Options;
  const seeds = await loadSeeds();
  parentPort?.on('message', (job: Job) => {
    const c = buildCase(seeds, seed, job.index);
    // the main thread learns which case runs before it runs: a hang is then known by its case
    parentPort?.postMessage({ started: job.index });
    void runCase(c.bytes, 'case.xlsx', c.inputText, timeLimitMs).then((outcome) => {
      const done: Done = { index: c.index, seed: c.seed, fixture: c.fixture, mutations: c.mutations, bytes: outcome.failure ? c.bytes : new Uint8Array(0), outcome };
      parentPort?.postMessage(done);
    });
  });
  parentPort?.postMessage({ ready: true });
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const files = seedFiles();
  console.log(`fuzz: ${o.cases} cases, seed ${o.seed}, ${files.length} seed workbooks, limit ${o.timeLimitMs / 1000} s per case, ${o.workers} workers`);
  const stats = emptyStats();
  const t0 = Date.now();
  let next = o.from;
  const seeds = await loadSeeds(files);
  const start = (): Promise<void> =>
    new Promise((resolve) => {
      // a TypeScript worker: tsx's require hook first, then this file
      const w = new Worker(`require('tsx/cjs'); require(${JSON.stringify(__filename)});`, { eval: true, workerData: o });
      let current = -1;
      let timer: NodeJS.Timeout | null = null;
      const give = () => {
        if (next >= o.from + o.cases) {
          void w.terminate().then(() => resolve());
          return;
        }
        current = next++;
        w.postMessage({ index: current });
      };
      w.on('message', (m: { ready?: boolean; started?: number } & Partial<Done>) => {
        if (m.ready) return give();
        if (m.started !== undefined) {
          // the hard stop: twice the limit (the case's own measure reports an overrun above the limit)
          timer = setTimeout(() => {
            const c = buildCase(seeds, o.seed, current);
            record(stats, c, { failure: `hang: stopped after ${(2 * o.timeLimitMs) / 1000} s`, result: 'hang', ms: 2 * o.timeLimitMs });
            console.log(`  FAIL case ${current} seed ${c.seed} hang`);
            void w.terminate();
            void start().then(resolve);
          }, 2 * o.timeLimitMs);
          return;
        }
        if (timer) clearTimeout(timer);
        const d = m as Done;
        record(stats, d, d.outcome);
        if (d.outcome.failure) console.log(`  FAIL case ${d.index} seed ${d.seed} ${d.fixture.split('/').pop()} [${d.mutations.join(', ')}] ${d.outcome.failure}`);
        if (stats.cases % 500 === 0) console.log(`  ${stats.cases} cases, ${stats.failures.length} failures, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
        give();
      });
      w.on('error', (e) => {
        if (timer) clearTimeout(timer);
        if (current < 0) throw e; // the worker could not start: nothing to count
        const c = buildCase(seeds, o.seed, current);
        record(stats, c, { failure: `worker died: ${e.message}`, result: 'died', ms: 0 });
        void start().then(resolve);
      });
    });
  await Promise.all(Array.from({ length: o.workers }, start));
  const seconds = (Date.now() - t0) / 1000;
  console.log(`\n${stats.cases} cases in ${seconds.toFixed(0)} s, ${stats.failures.length} failures`);
  console.log(`per case: median ${percentile(stats.times, 50)} ms, 99th percentile ${percentile(stats.times, 99)} ms, max ${Math.max(...stats.times)} ms`);
  console.log(`results: ${Object.entries(stats.results).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`mutations: ${Object.entries(stats.mutations).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const f of stats.failures) {
    const saved = o.save ? saveFailure(f) : '';
    console.log(`FAIL case ${f.index} seed ${f.seed} ${f.fixture} [${f.mutations.join(', ')}] ${f.failure}${saved ? ` → test/fuzz-regressions/${saved}.xlsx` : ''}`);
  }
  process.exitCode = stats.failures.length ? 1 : 0;
}

if (isMainThread) void main();
else void worker();
