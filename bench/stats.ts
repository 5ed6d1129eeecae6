/** Small statistics for `npm run bench`: clocks, medians with their spread, and power-law fits. */

/**
 * The bench's clock, in ms. By default the wall clock: the time a user waits, with V8's background
 * threads (concurrent marking, the optimising compiler) working beside the engine as they do in use;
 * quote it with the machine's load, which the first line prints. `npm run bench -- --cpu` times with
 * the CPU time of this process instead (process.cpuUsage, user + system of every thread): less
 * disturbed by other processes on a shared machine, but it adds the background threads' work to the
 * stage that runs beside them, so it reads higher than the wall clock on an idle machine.
 */
export const CLOCK: 'cpu' | 'wall' = process.argv.includes('--cpu') ? 'cpu' : 'wall';

export function now(): number {
  if (CLOCK === 'wall') return wallNow();
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The wall clock (monotonic), in ms. */
export function wallNow(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median and the range of the runs (min–max): the figure and how noisy the machine was. */
export interface Spread {
  median: number;
  /** The mean: for figures that are mostly 0 with rare large values (the collector's pauses), where the median says nothing. */
  mean: number;
  min: number;
  max: number;
  runs: number;
}

export function spread(xs: number[]): Spread {
  return { median: median(xs), mean: xs.reduce((a, b) => a + b, 0) / xs.length, min: Math.min(...xs), max: Math.max(...xs), runs: xs.length };
}

/**
 * The exponent k of y ≈ c · x^k, fitted by least squares on log–log (x: size, y: time). A linear
 * stage gives k ≈ 1, a quadratic one k ≈ 2. Points with y ≤ 0 are left out.
 */
export function fitExponent(points: { x: number; y: number }[]): number {
  const p = points.filter((q) => q.x > 0 && q.y > 0).map((q) => ({ x: Math.log(q.x), y: Math.log(q.y) }));
  if (p.length < 2) return NaN;
  const mx = p.reduce((a, q) => a + q.x, 0) / p.length;
  const my = p.reduce((a, q) => a + q.y, 0) / p.length;
  const sxy = p.reduce((a, q) => a + (q.x - mx) * (q.y - my), 0);
  const sxx = p.reduce((a, q) => a + (q.x - mx) ** 2, 0);
  return sxx === 0 ? NaN : sxy / sxx;
}

export const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
export const msSpread = (s: Spread): string => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
export const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
export const thousands = (n: number): string => n.toLocaleString('en-US');
