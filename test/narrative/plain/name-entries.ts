/**
 * nameEntries as it was before the thirteenth pass (issue 19): the end of a list found by a search of
 * the rest of the text, its names by a split at 、，, and a replace per part. The oracle of
 * src/core/narrative/analyse.ts nameEntries (which it does not call).
 */
export interface PlainNameEntry {
  own: string | null;
  segment: string;
  names: { name: string; start: number }[];
}

function whatOf(where: string): string | null {
  return /人员经费|工资福利|对个人和家庭/.test(where) ? '人员经费' : /公用经费|商品和服务/.test(where) ? '公用经费' : null;
}

export function plainNameEntries(text: string, claims: readonly { token: { start: number } }[]): PlainNameEntry[] {
  const out: PlainNameEntry[] = [];
  let from = 0;
  for (const m of text.matchAll(/(主要包括|主要用于|包括|主要有)\s*[:：]?\s*/g)) {
    const at = m.index ?? 0;
    if (at < from) continue;
    const start = at + m[0].length;
    const stop = text.slice(start).search(/[；;。]/);
    const end = stop < 0 ? text.length : start + stop;
    const segment = text.slice(from, at);
    from = end;
    if (claims.some((c) => c.token.start >= start && c.token.start < end)) continue;
    const names: { name: string; start: number }[] = [];
    let pos = start;
    for (const part of text.slice(start, end).split(/[、，,]/)) {
      const name = part.replace(/(等|等支出|等费用)$/, '').trim();
      if (name) names.push({ name, start: pos + part.indexOf(name) });
      pos += part.length + 1;
    }
    if (names.length < 2) continue;
    // the part named in the list's own clause (after its last “；” or “。”)
    const own = segment.slice(Math.max(segment.lastIndexOf('；'), segment.lastIndexOf(';'), segment.lastIndexOf('。')) + 1);
    out.push({ own: whatOf(own), segment, names });
  }
  return out;
}
