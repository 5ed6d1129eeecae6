/** Text normalisation for matching titles, headers and row labels across layouts. */

import { isSpaceCode } from '../chars';

const MAP: Record<string, string> = {
  '（': '(',
  '）': ')',
  '【': '[',
  '】': ']',
  '“': '"',
  '”': '"',
  '‘': '"',
  '’': '"',
  "'": '"',
  '：': ':',
  '，': ',',
  '－': '-',
  '—': '-',
};

/** MAP by code unit (every key and value is one code unit). */
const MAP_CODES = new Map(Object.entries(MAP).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));

/** Every memo made by memoText (each is made once, at module level; declared before the first). */
const MEMOS: Map<string, unknown>[] = [];

/**
 * Remove all white space (PDF/Excel line wraps split words: "收      入"), unify full-width
 * brackets, quotes and colons, full-width digits → ASCII. Remembered per text: the same labels are
 * normalised again and again (recognition, model, rules, narrative).
 */
export const norm: (text: string) => string = memoText(normalise, 50000);

/** White space to JavaScript: one definition, in chars.ts (re-exported for the modules that read it here). */
export { isSpaceCode };

/** Blank or white space only (text.trim() === ''), told character by character: no trimmed copy. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * What normalise does to a code unit: -1 drops it (white space: \\s holds \\u00a0 and \\u3000), 0
 * keeps it, else the code unit it becomes (a full-width digit, a MAP character).
 */
function normalCode(ch: number): number {
  // CJK text: no white space and no MAP character lies between 】 and the byte-order mark
  if (ch > 0x3011 && ch < 0xfeff) return 0;
  if (isSpaceCode(ch)) return -1;
  if (ch < 0x2014) return ch === 0x27 ? 0x22 : 0;
  if (ch >= 0xff10 && ch <= 0xff19) return ch - 0xfee0;
  return MAP_CODES.get(ch) ?? 0;
}

/** Is `text` its own norm (no white space, full-width digit or mapped punctuation in it)? One scan, no copy. */
export function isNormal(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (normalCode(text.charCodeAt(i)) !== 0) return false;
  return true;
}

/**
 * norm() without its memo, in one pass over the text (was three regex replaces: a first check
 * normalises every distinct label). The three steps never feed one another — a dropped space, a
 * digit and a MAP character each become ASCII that no later step changes — so doing each code unit's
 * own step in order is the same. A text that needs no change (most labels) is returned as it is.
 */
export function normalise(text: string): string {
  let i = 0;
  while (i < text.length && normalCode(text.charCodeAt(i)) === 0) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  let from = i;
  for (; i < text.length; i++) {
    const to = normalCode(text.charCodeAt(i));
    if (to === 0) continue;
    if (from < i) out += text.slice(from, i);
    if (to > 0) out += String.fromCharCode(to);
    from = i + 1;
  }
  return from < text.length ? out + text.slice(from) : out;
}

/** A text given in two parts, header and body, standing for `${header}|${body}` (words hold no '|'). */
export interface TwoPartText {
  header: string;
  body: string;
}

const includes = (text: string | TwoPartText, w: string): boolean => (typeof text === 'string' ? text.includes(w) : text.header.includes(w) || text.body.includes(w));

export function hasAll(text: string | TwoPartText, words: string[]): boolean {
  return words.every((w) => includes(text, w));
}

export function hasAny(text: string | TwoPartText, words: string[]): boolean {
  return words.some((w) => includes(text, w));
}

const NOTE = /^(备注|注|说明)\s*[:：\d１-９一二三(（]/;
const NOTE_WORD = /^注\s*[:：]?$/;

/** A notes row: 备注：…, 注：…, 注1…, 说明：… */
export function isNoteText(text: string): boolean {
  return NOTE.test(text.trim()) || NOTE_WORD.test(text.trim());
}

/**
 * A pure function of a text, remembered: recognition asks the same questions of the same labels
 * many times (every row of every table, every sheet). Emptied when it reaches `max` entries (a
 * bound on its memory). `fn` must never return undefined. Make it at module level: every memo is
 * listed for forgetTexts.
 */
export function memoText<T>(fn: (text: string) => T, max = 20000): (text: string) => T {
  const seen = new Map<string, T>();
  MEMOS.push(seen);
  return (text: string): T => {
    let out = seen.get(text);
    if (out === undefined) {
      out = fn(text);
      if (seen.size >= max) seen.clear();
      seen.set(text, out);
    }
    return out;
  };
}

/**
 * Empties every memo of texts. The answers are the same without them; what changes is the time: a
 * check of texts read before (the pane's re-check, autofix's second reading, the bench's repeated
 * runs) finds them remembered, a file's first check does not. The bench calls this to time the
 * engine on texts it has not seen (npm run bench: "engine, new texts").
 */
export function forgetTexts(): void {
  for (const m of MEMOS) m.clear();
  for (const forget of FORGETTERS) forget();
}

const FORGETTERS: (() => void)[] = [];

/**
 * A memo of what a document holds that memoText does not make (maps nested by two keys, parsed
 * amounts by value): `forget` empties it, and forgetTexts calls it with the others, so that the
 * bench's first check ("engine, new texts") finds nothing remembered. Call at module level.
 */
export function forgetWith(forget: () => void): void {
  FORGETTERS.push(forget);
}

const TOTAL_LABEL = /^(合计|总计|小计|本年收入合计|本年支出合计|收入总计|支出总计|三公经费合计)$/;

const totalLabel = memoText((text) => TOTAL_LABEL.test(norm(text).replace(/"/g, '')));

/**
 * A total label: 合计, 总计, 本年收入合计 … Every one holds 计 (norm() makes no 计 of another
 * character): a text without it is told at once, without a lookup.
 */
export function isTotalLabel(text: string): boolean {
  return text.includes('计') && totalLabel(text);
}
