/** Worker thread of the CLI: checks the files it is sent, one at a time (see watchdog.ts). */
import { parentPort } from 'worker_threads';
import { checkFile } from './check-file';
import { READY, type CheckJob } from './watchdog';

parentPort?.on('message', (job: CheckJob) => {
  void checkFile(job.path, job.config, job.limits).then((report) => parentPort?.postMessage(report));
});
// loaded (exceljs and the engine): the watchdog starts its clock from here, not from the thread's start
parentPort?.postMessage(READY);
