/** Worker thread of the CLI: checks the files it is sent, one at a time (see watchdog.ts). */
import { parentPort } from 'worker_threads';
import { collectBeforeChecks } from './collect';
import { checkFile } from './check-file';
import { SAVE_CODE_CACHE } from './code-cache';
import { READY } from './spawn';
import type { CheckJob } from './watchdog';

parentPort?.on('message', (job: CheckJob) => {
  void checkFile(job.path, job.config, job.limits, collectBeforeChecks).then((report) => {
    // after the first file the engine's code is compiled: keep it for the next run (code-cache.ts). Before the
    // report is posted, or the main thread may end the worker before the cache is written; a no-op once it exists
    const saveCodeCache = (globalThis as Record<string, unknown>)[SAVE_CODE_CACHE];
    if (typeof saveCodeCache === 'function') (saveCodeCache as () => void)();
    parentPort?.postMessage(report);
  });
});
// ready once the reader and the engine are loaded: the watchdog starts its clock from here, not from the
// thread's start (checkFile loads the reader on first use; in this thread it is loaded before the first job)
void import('../xlsx/node').then(
  () => parentPort?.postMessage(READY),
  () => parentPort?.postMessage(READY),
);
