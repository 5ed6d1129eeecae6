/**
 * Starting the CLI's checking worker (used by watchdog.ts, and by early.ts before the command is loaded).
 * Small on purpose: lib/cli/early.js bundles this module, the argument parser and nothing of the engine.
 */
import { existsSync } from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { codeCacheFile, WORKER_BOOT } from './code-cache';

/** The worker's first message: its modules are loaded. */
export const READY = 'ready';

/**
 * The worker's young generation (V8's new space, for objects that die young): 24 MB, semi-spaces of 8 MB
 * instead of V8's default 16. New space is committed memory for the whole run, and the check of a large
 * workbook promotes what it keeps either way: a 197k-cell department peaks ~10 MB lower, with no measurable change in time.
 */
export const YOUNG_GENERATION_MB = 24;

/** The compiled worker script next to this module; absent when running from the TypeScript sources (tests). */
export function workerScript(): string | null {
  const file = path.join(__dirname, 'check-worker.js');
  return __filename.endsWith('.js') && existsSync(file) ? file : null;
}

/** A worker being started, and whether it loaded (true) or failed to start (false). */
export interface Spawned {
  worker: Worker;
  ready: Promise<boolean>;
  /** The memory limit it was started with (a checker only adopts a worker started with its own limit). */
  maxMemoryMb: number;
}

export function spawnWorker(script: string, maxMemoryMb: number): Spawned {
  // started through the boot code that uses the bundle's V8 code cache (code-cache.ts)
  const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { file: script, cache: codeCacheFile(script) }, resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  // an error while idle must not end the CLI (during a check, the checker reports it for that file)
  worker.on('error', () => undefined);
  const ready = new Promise<boolean>((resolve) => {
    const cleanup = () => {
      worker.off('message', onReady);
      worker.off('error', failed);
      worker.off('exit', failed);
    };
    const onReady = (m: unknown) => {
      if (m !== READY) return;
      cleanup();
      resolve(true);
    };
    const failed = () => {
      cleanup();
      resolve(false);
    };
    worker.on('message', onReady);
    worker.once('error', failed);
    worker.once('exit', failed);
  });
  return { worker, ready, maxMemoryMb };
}
