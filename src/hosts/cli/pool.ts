/**
 * Checking the files of a batch side by side (`--jobs`): each lane is one checking worker (watchdog.ts)
 * that takes the next unchecked file until none is left. Reports come back in the order of the files,
 * whatever order the lanes finish in, so the output of a run does not depend on the number of lanes.
 */
import { availableParallelism, freemem } from 'os';

/** At most this many files at once by default: beyond it a reviewer's laptop gains little and holds more memory. */
export const DEFAULT_MAX_JOBS = 4;

/** Memory to count per concurrent check when choosing the default (a 200k-cell workbook peaks at ~230 MB). */
const MEMORY_PER_JOB = 1024 ** 3;

/** Lanes for `files` files when --jobs is not given: one per processor, at most 4, and 1 GiB of free memory each. */
export function defaultJobs(files: number, cpus: number = availableParallelism(), freeBytes: number = freemem()): number {
  return Math.max(1, Math.min(DEFAULT_MAX_JOBS, cpus, files, Math.floor(freeBytes / MEMORY_PER_JOB)));
}

/**
 * `check(item, lane)` for every item with at most `lanes` running at once; results in the items' order.
 * `started(index)` is called as each item begins (the progress line). `check` must not reject: the CLI's
 * checker turns every failure into a report of its own.
 */
export async function mapInLanes<T, R>(items: readonly T[], lanes: number, check: (item: T, lane: number, index: number) => Promise<R>, started?: (index: number) => void): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (id: number): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      started?.(i);
      results[i] = await check(items[i], id, i);
    }
  };
  const count = Math.max(1, Math.min(lanes, items.length));
  await Promise.all(Array.from({ length: count }, (_, id) => lane(id)));
  return results;
}
