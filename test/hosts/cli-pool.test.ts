/**
 * `--jobs`: the files of a batch checked side by side (src/hosts/lanes.ts, src/hosts/cli/pool.ts). Reports come back in the
 * files' order however the lanes finish, never more lanes run than asked, and the default follows the
 * machine (processors, free memory) and the batch.
 */
import { parseArgs } from '../../src/hosts/cli/args';
import { defaultJobs } from '../../src/hosts/cli/pool';
import { DEFAULT_MAX_LANES, mapInLanes } from '../../src/hosts/lanes';

const GiB = 1024 ** 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('results come back in the order of the items, whatever order the lanes finish in', async () => {
  // the first items take longest: with 3 lanes they finish last
  const delays = [60, 50, 40, 5, 1, 30, 2, 0, 10];
  const finished: number[] = [];
  const out = await mapInLanes(delays, 3, async (d, _lane, i) => {
    await sleep(d);
    finished.push(i);
    return `item ${i}`;
  });
  expect(out).toEqual(delays.map((_, i) => `item ${i}`));
  expect(finished).not.toEqual(delays.map((_, i) => i));
});

test('never more lanes at once than asked, and every lane is used', async () => {
  for (const lanes of [1, 2, 4]) {
    let running = 0;
    let most = 0;
    const used = new Set<number>();
    const starts: number[] = [];
    await mapInLanes(
      Array.from({ length: 12 }, (_, i) => i),
      lanes,
      async (x, lane) => {
        used.add(lane);
        running++;
        most = Math.max(most, running);
        await sleep(3 + (x % 3));
        running--;
        return x;
      },
      (i) => starts.push(i),
    );
    expect(most).toBe(lanes);
    expect([...used].sort()).toEqual(Array.from({ length: lanes }, (_, i) => i));
    // each item starts once, in order
    expect(starts).toEqual(Array.from({ length: 12 }, (_, i) => i));
  }
});

test('more lanes than items, and no items', async () => {
  const lanesSeen = new Set<number>();
  expect(await mapInLanes(['a', 'b'], 8, async (s, lane) => (lanesSeen.add(lane), s.toUpperCase()))).toEqual(['A', 'B']);
  expect(lanesSeen.size).toBe(2);
  expect(await mapInLanes([], 4, async () => 1)).toEqual([]);
});

test('default lanes: one per processor, at most 4, no more than the files, 1 GiB of free memory each', () => {
  expect(defaultJobs(100, 2, 16 * GiB)).toBe(2);
  expect(defaultJobs(100, 16, 16 * GiB)).toBe(DEFAULT_MAX_LANES);
  expect(defaultJobs(3, 16, 16 * GiB)).toBe(3);
  expect(defaultJobs(1, 16, 16 * GiB)).toBe(1);
  expect(defaultJobs(100, 8, 2.5 * GiB)).toBe(2);
  // little memory or no files: still one lane
  expect(defaultJobs(100, 8, 0.3 * GiB)).toBe(1);
  expect(defaultJobs(0, 8, 16 * GiB)).toBe(1);
  // on this machine
  expect(defaultJobs(100)).toBeGreaterThanOrEqual(1);
  expect(defaultJobs(100)).toBeLessThanOrEqual(DEFAULT_MAX_LANES);
});

test('--jobs / -j: a positive whole number up to 64; absent = by the machine', () => {
  expect(parseArgs(['a.xlsx']).jobs).toBeNull();
  expect(parseArgs(['--jobs', '2', 'a.xlsx']).jobs).toBe(2);
  expect(parseArgs(['-j', '3', 'a.xlsx']).jobs).toBe(3);
  expect(parseArgs(['--jobs=1', 'a.xlsx']).jobs).toBe(1);
  expect(() => parseArgs(['--jobs', '0', 'a.xlsx'])).toThrow('--jobs 需要一个正整数，收到：0');
  expect(() => parseArgs(['--jobs', '1.5', 'a.xlsx'])).toThrow('--jobs 需要一个正整数');
  expect(() => parseArgs(['-j', 'x', 'a.xlsx'])).toThrow('-j 需要一个正整数');
  expect(() => parseArgs(['--jobs', '65', 'a.xlsx'])).toThrow('--jobs 最多 64，收到：65');
  expect(() => parseArgs(['--jobs'])).toThrow('选项 --jobs 需要一个值');
});
