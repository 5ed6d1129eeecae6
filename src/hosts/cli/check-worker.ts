/** Worker thread of the CLI: checks the files it is sent, one at a time (see watchdog.ts). */
import { parentPort } from 'worker_threads';
import { checkFile } from './check-file';
import type { CheckJob } from './watchdog';

parentPort?.on('message', (job: CheckJob) => {
  void checkFile(job.path, job.config, job.limits).then((report) => parentPort?.postMessage(report));
});
