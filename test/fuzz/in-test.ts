/**
 * The fuzz run inside `npm test`: a fixed seed, 500 cases in two halves (jest runs the two files
 * in parallel), in process. The per-case limit is generous because CI shares its two cores; the
 * 10,000-case `npm run fuzz` uses 30 s as well (and stops a case outright after 60 s).
 */
import { buildCase, emptyStats, loadSeeds, percentile, record } from './fuzz';
import { runCase } from './run-case';

export const TEST_SEED = 20;
const TIME_LIMIT_MS = 30_000;

export function fuzzRange(from: number, to: number): void {
  test(`fuzz: cases ${from}–${to - 1} of seed ${TEST_SEED} — no exception, overrun, schema violation or "undefined"/"NaN"/"[object"`, async () => {
    const seeds = await loadSeeds();
    const stats = emptyStats();
    for (let i = from; i < to; i++) {
      const c = buildCase(seeds, TEST_SEED, i);
      record(stats, c, await runCase(c.bytes, 'case.xlsx', c.inputText, TIME_LIMIT_MS));
    }
    const summary = `${stats.cases} cases: ${Object.entries(stats.results).map(([k, v]) => `${k} ${v}`).join(', ')}; median ${percentile(stats.times, 50)} ms, max ${Math.max(...stats.times)} ms`;
    console.log(summary);
    // a failure names its seed: `npm run fuzz -- --seed 20 --cases N` saves it under test/fuzz-regressions/
    expect(stats.failures.map((f) => `case ${f.index} (seed ${f.seed}, ${f.fixture}, ${f.mutations.join('+')}): ${f.failure}`)).toEqual([]);
    expect(stats.results.checked).toBeGreaterThan((to - from) / 3);
  }, 900_000);
}
