/**
 * The outline of a 情况说明: its headings (第X部分 / 一、 / （一）), the 目录 at its start (when the
 * document has one) and the body's sections. Rules about completeness, numbering and the 目录
 * read the text through this outline.
 */
import { codeSet, spacesAt, withoutSpaces } from '../chars';
import { memoText } from '../recognize/text';
import type { NarrativeParagraph } from './source';

export const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十 → 20, 廿一 → 21; null when it is not a Chinese numeral. */
export function chineseNumber(s: string): number | null {
  // one character (most numbering: 一 … 九, 十, 廿): what the steps below give it, without a copy or a regex
  if (s.length === 1) return s === '十' ? 10 : s === '廿' ? 20 : (CN_DIGITS[s] ?? null);
  const t = s.replace(/^廿/, '二十');
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(t)) return null;
  if (t === '十') return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(t);
  if (m) return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[2] ? CN_DIGITS[m[2]] : 0);
  if (t.length === 1) return CN_DIGITS[t] ?? null;
  return null;
}

export function chineseNumeral(n: number): string {
  const d = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n <= 10) return n === 10 ? '十' : d[n];
  if (n < 20) return `十${d[n - 10]}`;
  return `${d[Math.floor(n / 10)]}十${n % 10 ? d[n % 10] : ''}`;
}

/** 0 = 第X部分, 1 = 一、, 2 = （一）, 3 = 1. / 1、 */
export type HeadingLevel = 0 | 1 | 2 | 3;

export interface Heading {
  /** Index of the paragraph. */
  pi: number;
  p: NarrativeParagraph;
  level: HeadingLevel;
  numeral: number;
  /** The numbering as printed ("四、", "（二）", "第三部分"). */
  mark: string;
  /** The heading's words after the numbering, trimmed. */
  text: string;
  /** Short and without a sentence in it: a title, not a numbered sentence. */
  title: boolean;
}

const PATTERNS: [HeadingLevel, RegExp][] = [
  [0, /^\s*(第([一二三四五六七八九十]+)部分)\s*[:：、.．]?\s*/],
  [1, /^\s*(([一二三四五六七八九十廿]+)\s*[、.．])\s*/],
  [2, /^\s*([(（]\s*([一二三四五六七八九十廿]+)\s*[)）])\s*[、.．]?\s*/],
  [3, /^\s*((\d{1,2})\s*[、.．](?!\d))\s*/],
];

/**
 * The heading a paragraph starts with, or null. Several rules ask for the same paragraphs' headings
 * (a narrative's paragraphs live as long as its model): each answer is kept with its paragraph.
 * Headings are shared: read them, never change them.
 */
export function headingOf(p: NarrativeParagraph, pi: number): Heading | null {
  const known = HEADINGS.get(p);
  if (known && known.pi === pi) return known;
  const h = readHeading(p, pi);
  // only headings are kept (most paragraphs are none: no WeakMap entry for each; issue 19); a
  // paragraph that is none is read again (its text's answer is remembered) and allocates nothing
  if (h) HEADINGS.set(p, h);
  return h;
}

/** Each heading by its paragraph (with the index it was read at: the same paragraph at another index is another heading). */
const HEADINGS = new WeakMap<NarrativeParagraph, Heading>();

function readHeading(p: NarrativeParagraph, pi: number): Heading | null {
  const w = headingWords(p.text);
  return w ? { pi, p, level: w.level, numeral: w.numeral, mark: w.mark, text: w.text, title: w.title } : null;
}

/** What a heading is made of by its text alone (a Heading without its paragraph). */
export type HeadingWords = Pick<Heading, 'level' | 'numeral' | 'mark' | 'text' | 'title'>;

export function headingWordsUncached(paragraph: string): HeadingWords | null {
  for (const [level, re] of PATTERNS) {
    const m = re.exec(paragraph);
    if (!m) continue;
    const numeral = level === 3 ? Number(m[2]) : chineseNumber(m[2]);
    if (numeral === null || numeral === 0) continue;
    const text = paragraph.slice(m[0].length).trim();
    // (withoutSpaces is .replace(/\s+/g, '') without a copy or a regex where there is no white space)
    const flat = withoutSpaces(text);
    const title = flat.length <= 48 && !/[。；;]./.test(flat) && !/[，,].*[，,]/.test(flat);
    return { level, numeral, mark: withoutSpaces(m[1]), text, title };
  }
  return null;
}

/**
 * headingWordsUncached remembered by the paragraph's text (a pure function of it; issue 19: the
 * paragraphs are new objects for every check, their texts are not). Shared: only read.
 */
const headingWordsMemo = memoText(headingWordsUncached, 20000);

/**
 * The heading words of a paragraph. Every PATTERNS entry is ^\s* then 第, a numeral of
 * 一…十廿, an opening bracket or an ASCII digit: a paragraph whose first character that is not white
 * space is none of those (most paragraphs) is no heading, told without a regex or a memo entry (on a
 * first check each text was a miss, four failed regexes and a Map entry).
 */
function headingWords(text: string): HeadingWords | null {
  return mayOpenHeading(text) ? headingWordsMemo(text) : null;
}

/** The characters a heading can start with (after white space): 第, 一…十, 廿, （, (, 0–9. */
const HEADING_START = codeSet('第一二三四五六七八九十廿（(0123456789');

/** Can the text open with a heading's numbering (here or in analyse.ts's HEADINGS: the same characters)? */
export function mayOpenHeading(text: string): boolean {
  const i = spacesAt(text, 0);
  return i < text.length && HEADING_START.has(text.charCodeAt(i));
}

export interface Outline {
  paragraphs: NarrativeParagraph[];
  /** Every numbered paragraph, in order. */
  headings: Heading[];
  /** Headings of the 目录 (empty when there is none). */
  toc: Heading[];
  /** Where the body begins (0 without a 目录). */
  bodyStart: number;
  /** Headings of the body. */
  body: Heading[];
}

/**
 * Split a narrative into 目录 and body: the 目录 runs from the first "第一部分" (or a line 目录)
 * to the second "第一部分"; it is a 目录 only when most of its lines are short titles.
 */
export function outline(paragraphs: NarrativeParagraph[]): Outline {
  // the rules of one check ask for the outline of the same paragraphs again and again: keep it with them
  const known = OUTLINES.get(paragraphs);
  if (known && known.length === paragraphs.length) return known.o;
  const o = readOutline(paragraphs);
  OUTLINES.set(paragraphs, { length: paragraphs.length, o });
  return o;
}

/** Outlines by their paragraph list (with its length then: a list that grew is read again). */
const OUTLINES = new WeakMap<NarrativeParagraph[], { length: number; o: Outline }>();

function readOutline(paragraphs: NarrativeParagraph[]): Outline {
  // read afresh (each text's answer is remembered): an outline is made once per paragraph list, and
  // keeping each of its headings by paragraph too would cost more than the reading (issue 19)
  const headings: Heading[] = [];
  paragraphs.forEach((p, i) => {
    const h = readHeading(p, i);
    if (h) headings.push(h);
  });
  const firstParts = headings.filter((h) => h.level === 0 && h.numeral === 1);
  let bodyStart = 0;
  if (firstParts.length >= 2) {
    const from = firstParts[0].pi;
    const to = firstParts[1].pi;
    const lines = paragraphs.slice(from, to);
    // the headings are in paragraph order: one pointer walks them along the lines (was a find per line)
    let hi = headings.indexOf(firstParts[0]);
    const titled = lines.filter((p, k) => {
      while (hi < headings.length && headings[hi].pi < from + k) hi++;
      const h = hi < headings.length && headings[hi].pi === from + k ? headings[hi] : undefined;
      return h ? h.title : p.text.replace(/\s+/g, '').length <= 30;
    });
    if (to - from >= 3 && titled.length / lines.length >= 0.7) bodyStart = to;
  }
  const start = bodyStart ? (firstParts[0]?.pi ?? 0) : 0;
  return {
    paragraphs,
    headings,
    toc: bodyStart ? headings.filter((h) => h.pi >= start && h.pi < bodyStart) : [],
    bodyStart,
    body: headings.filter((h) => h.pi >= bodyStart),
  };
}

/** The part (第X部分 numeral) each heading of a list belongs to (0 before any part heading). */
export function partsOf(hs: Heading[]): Map<Heading, number> {
  const out = new Map<Heading, number>();
  let part = 0;
  for (const h of hs) {
    if (h.level === 0) part = h.numeral;
    out.set(h, part);
  }
  return out;
}

export interface Section {
  heading: Heading;
  /** Paragraph indices [from, to): the heading's own paragraph and everything up to the next heading of its level or above. */
  from: number;
  to: number;
}

/** The body's sections at a level (0, 1 or 2), each up to the next heading of the same or a higher level. */
export function sections(o: Outline, level: HeadingLevel): Section[] {
  const hs = o.body.filter((h) => h.level <= level && (h.level === 0 || h.title));
  const out: Section[] = [];
  hs.forEach((h, k) => {
    if (h.level !== level) return;
    const next = hs.slice(k + 1).find((x) => x.level <= level);
    out.push({ heading: h, from: h.pi, to: next ? next.pi : o.paragraphs.length });
  });
  return out;
}

/** The text of a section's paragraphs (heading included). */
export function sectionText(o: Outline, s: Section): string {
  return o.paragraphs
    .slice(s.from, s.to)
    .map((p) => p.text)
    .join('\n');
}

/** Text for comparing two titles: no white space, no end punctuation, quotes and brackets unified. */
export function titleKeyUncached(s: string): string {
  return s
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/[“”"'‘’「」]/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[：:]/g, ':')
    .replace(/[。.;；,，:]+$/, '');
}

/**
 * titleKeyUncached remembered by text (a pure function of it; the 目录 rule keys the same headings
 * and table names on every check: six replacements each; issue 19).
 */
export const titleKey: (s: string) => string = memoText(titleKeyUncached, 20000);
