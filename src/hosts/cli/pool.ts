/** How many files the CLI checks at once when `--jobs` is not given (the lanes themselves: ../lanes.ts). */
import { availableParallelism, freemem } from 'os';
import { DEFAULT_MAX_LANES } from '../lanes';

/** Memory to count per concurrent check when choosing the default (a 200k-cell workbook peaks at ~230 MB). */
const MEMORY_PER_JOB = 1024 ** 3;

/** Lanes for `files` files: one per processor, at most 4, and 1 GiB of free memory each. */
export function defaultJobs(files: number, cpus: number = availableParallelism(), freeBytes: number = freemem()): number {
  return Math.max(1, Math.min(DEFAULT_MAX_LANES, cpus, files, Math.floor(freeBytes / MEMORY_PER_JOB)));
}
