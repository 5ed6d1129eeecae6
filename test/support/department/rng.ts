/** A small deterministic PRNG (mulberry32) with integer helpers: the generator draws everything from it. */
export class Rng {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  /** Unsigned 32-bit integer. */
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  /** A number in [0, 1) (the next integer over 2³²). */
  unit(): number {
    return this.next() / 4294967296;
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + (this.next() % (hi - lo + 1));
  }
  /** True with probability pct / 100. */
  chance(pct: number): boolean {
    return this.int(0, 99) < pct;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(0, xs.length - 1)];
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
  /** A new generator seeded from this one (independent streams for independent parts). */
  fork(): Rng {
    return new Rng(this.next());
  }
}

/** mulberry32 as numbers in [0, 1): the tests' and the fuzzer's generator (one copy of the algorithm, here). */
export function unitRandom(seed: number): () => number {
  const r = new Rng(seed);
  return () => r.unit();
}
