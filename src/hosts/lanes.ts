/**
 * Checking the files of a batch side by side, for every host (the CLI's `--jobs`, the standalone page's
 * batch): each lane is one checker (a worker thread, a Web Worker) that takes the next unchecked file until
 * none is left. Results come back in the order of the files, whatever order the lanes finish in, so a run's
 * output does not depend on the number of lanes. No Node or DOM API here.
 */

/** At most this many files at once by default: beyond it a reviewer's laptop gains little and holds more memory. */
export const DEFAULT_MAX_LANES = 4;

/**
 * `check(item, lane, index)` for every item with at most `lanes` running at once; results in the items'
 * order. `started(index)` is called as each item begins (a progress line). `check` must not reject: each
 * host's checker turns every failure into a report of its own.
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
