/**
 * A deterministic stream of strings made of the given pieces (single characters or longer words), for
 * the tests that hold a shortcut equal to the plain code it replaces. xorshift, no Math.random: a
 * failure reproduces.
 */
export function randomStrings(pieces: string[], count: number, maxPieces: number, seed = 19): string[] {
  let x = seed;
  const next = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = Math.floor(next() * (maxPieces + 1));
    let s = '';
    for (let k = 0; k < n; k++) s += pieces[Math.floor(next() * pieces.length)];
    out.push(s);
  }
  return out;
}
