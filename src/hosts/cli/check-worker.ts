/** Worker thread of the CLI: checks the files it is sent, one at a time (see watchdog.ts). */
import { parentPort } from 'worker_threads';
import { checkFile } from './check-file';
import { READY, type CheckJob } from './watchdog';

parentPort?.on('message', (job: CheckJob) => {
  void checkFile(job.path, job.config, job.limits).then((report) => parentPort?.postMessage(report));
});
// ready once the reader and the engine are loaded: the watchdog starts its clock from here, not from the
// thread's start (checkFile loads the reader on first use; in this thread it is loaded before the first job)
void import('../xlsx/node').then(
  () => parentPort?.postMessage(READY),
  () => parentPort?.postMessage(READY),
);
