/**
 * The per-file watchdog of the CLI: each file is checked in a worker thread, so that a file that
 * takes longer than the time limit, or runs out of memory, can be stopped and reported (检查超时 /
 * 内存不足) while the rest of the batch goes on. One worker is reused from file to file and
 * replaced only after it had to be stopped.
 */
import type { Worker } from 'worker_threads';
import type { CheckConfig } from '../../core/check';
import { readErrorMessage } from '../../core/errors';
import type { ReadLimits } from '../../core/limits';
import type { FileReport } from '../../core/report';
import { failedReport } from './failed-report';
import { READY, spawnWorker, type Spawned } from './spawn';

export interface CheckJob {
  path: string;
  config: CheckConfig;
  limits: ReadLimits;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}` : (ms / 1000).toFixed(1);
}

export class FileChecker {
  private worker: Worker | null = null;
  private ready: Promise<boolean> | null = null;

  constructor(
    private readonly script: string | null,
    private readonly timeoutMs: number,
    private readonly maxMemoryMb: number,
    /** A worker already started (early.ts) with this checker's memory limit: used instead of starting one. */
    started?: Spawned,
  ) {
    if (started && script && started.maxMemoryMb === maxMemoryMb) this.adopt(started);
    else if (started) void started.worker.terminate();
  }

  /**
   * Start the worker now, before the first file is known (issue 19: start-up): the thread boots and loads
   * the reader and the engine while this thread lists the files and reads --narrative / --mapping.
   */
  start(): void {
    if (this.script && !this.worker) this.spawn(this.script);
  }

  /** Check one file; never rejects. Without a worker script the check runs in this thread (no watchdog). */
  async check(job: CheckJob): Promise<FileReport> {
    if (!this.script) return (await import('./check-file')).checkFile(job.path, job.config, job.limits);
    if (!this.worker) this.spawn(this.script);
    const worker = this.worker as Worker;
    if (!(await this.ready)) {
      this.worker = null;
      void worker.terminate();
      return failedReport(job.path, '内部错误：检查线程无法启动', 'INTERNAL');
    }
    return new Promise<FileReport>((resolve) => {
      let done = false;
      const finish = (report: FileReport, stop: boolean) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (stop) {
          this.worker = null;
          void worker.terminate();
        }
        resolve(report);
      };
      const onMessage = (report: FileReport | typeof READY) => {
        if (report !== READY) finish(report, false);
      };
      const onError = (e: Error & { code?: string }) => {
        const oom = e.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(e.message);
        finish(
          oom ? failedReport(job.path, readErrorMessage('OUT_OF_MEMORY'), 'OUT_OF_MEMORY') : failedReport(job.path, `内部错误：${e.message}`, 'INTERNAL'),
          true,
        );
      };
      const onExit = () => finish(failedReport(job.path, '内部错误：检查进程意外退出', 'INTERNAL'), true);
      const timer = setTimeout(
        () => finish(failedReport(job.path, `${readErrorMessage('TIMEOUT').replace('超过时限', `超过 ${seconds(this.timeoutMs)} 秒`)}`, 'TIMEOUT'), true),
        this.timeoutMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
  }

  private spawn(script: string): void {
    this.adopt(spawnWorker(script, this.maxMemoryMb));
  }

  private adopt({ worker, ready }: Spawned): void {
    this.worker = worker;
    this.ready = ready;
    // a worker that ends while idle (started early, before its first file) is replaced on the next check
    worker.once('exit', () => {
      if (this.worker === worker) this.worker = null;
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
