/** The plain word masks (one search of the text per word), the oracle of classify.ts wordsOf. */
export function plainWordMasks(words: readonly string[], n: string): { m0: number; m1: number; m2: number } {
  const m = [0, 0, 0];
  for (let i = 0; i < words.length; i++) if (n.includes(words[i])) m[i >> 5] |= 1 << (i & 31);
  return { m0: m[0], m1: m[1], m2: m[2] };
}
