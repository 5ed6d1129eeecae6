/** A small deterministic generator of numbers in [0, 1) (a linear congruential one): tests draw the same cases each run. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}
