/**
 * The outline as it was read before issue 19's eleventh pass (the oracle of structure.ts): every
 * paragraph tried against the four heading patterns, and each line of a 目录 looked up among all
 * headings. Plain and slow on purpose; it calls nothing of structure.ts (types only).
 */
import type { NarrativeParagraph } from '../../../src/core/narrative/source';
import type { Heading, HeadingLevel } from '../../../src/core/narrative/structure';

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十 → 20, 廿一 → 21; null when it is not a Chinese numeral. */
export function plainChineseNumber(s: string): number | null {
  const t = s.replace(/^廿/, '二十');
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(t)) return null;
  if (t === '十') return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(t);
  if (m) return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[2] ? CN_DIGITS[m[2]] : 0);
  if (t.length === 1) return CN_DIGITS[t] ?? null;
  return null;
}

const PATTERNS: [HeadingLevel, RegExp][] = [
  [0, /^\s*(第([一二三四五六七八九十]+)部分)\s*[:：、.．]?\s*/],
  [1, /^\s*(([一二三四五六七八九十廿]+)\s*[、.．])\s*/],
  [2, /^\s*([(（]\s*([一二三四五六七八九十廿]+)\s*[)）])\s*[、.．]?\s*/],
  [3, /^\s*((\d{1,2})\s*[、.．](?!\d))\s*/],
];

export function plainHeading(p: NarrativeParagraph, pi: number): Heading | null {
  for (const [level, re] of PATTERNS) {
    const m = re.exec(p.text);
    if (!m) continue;
    const numeral = level === 3 ? Number(m[2]) : plainChineseNumber(m[2]);
    if (numeral === null || numeral === 0) continue;
    const text = p.text.slice(m[0].length).trim();
    const flat = text.replace(/\s+/g, '');
    const title = flat.length <= 48 && !/[。；;]./.test(flat) && !/[，,].*[，,]/.test(flat);
    return { pi, p, level, numeral, mark: m[1].replace(/\s+/g, ''), text, title };
  }
  return null;
}

export interface PlainOutline {
  headings: Heading[];
  toc: Heading[];
  bodyStart: number;
  body: Heading[];
}

export function plainOutline(paragraphs: NarrativeParagraph[]): PlainOutline {
  const headings: Heading[] = [];
  paragraphs.forEach((p, i) => {
    const h = plainHeading(p, i);
    if (h) headings.push(h);
  });
  const firstParts = headings.filter((h) => h.level === 0 && h.numeral === 1);
  let bodyStart = 0;
  if (firstParts.length >= 2) {
    const from = firstParts[0].pi;
    const to = firstParts[1].pi;
    const lines = paragraphs.slice(from, to);
    const titled = lines.filter((p, k) => {
      const h = headings.find((x) => x.pi === from + k);
      return h ? h.title : p.text.replace(/\s+/g, '').length <= 30;
    });
    if (to - from >= 3 && titled.length / lines.length >= 0.7) bodyStart = to;
  }
  const start = bodyStart ? (firstParts[0]?.pi ?? 0) : 0;
  return {
    headings,
    toc: bodyStart ? headings.filter((h) => h.pi >= start && h.pi < bodyStart) : [],
    bodyStart,
    body: headings.filter((h) => h.pi >= bodyStart),
  };
}
