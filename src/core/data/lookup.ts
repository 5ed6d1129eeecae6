/**
 * Questions to the classification dictionary with year ranges (dictionary.ts): which names a code
 * has in a year, whether a printed name fits its code in the document's year, which codes a name is.
 */
import { isSpaceCode } from '../chars';
import { DICTIONARY, type DictionaryEntry } from './dictionary';

export type { DictionaryEntry };
export type Scheme = 'function' | 'economic';

/**
 * A name for comparing: no white space, ASCII brackets, no "（项）" level mark at the end. A name
 * with none of those (most printed names) is its own key: returned as it is, no regex run.
 */
export function nameKey(s: string): string {
  return isOwnKey(s) ? s : plainNameKey(s);
}

/** No white space and no full-width bracket, and not ending on ")": nameKey changes nothing. */
function isOwnKey(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xff08 || c === 0xff09 || isSpaceCode(c)) return false;
  }
  return s.charCodeAt(s.length - 1) !== 0x29;
}

/** nameKey by its patterns (for names that have something to remove or change). */
export function plainNameKey(s: string): string {
  return s
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/\((类|款|项)\)$/, '');
}

/**
 * The entries of each code, by scheme: a look-up by the code string as the table gives it (no key
 * such as "function|2010101" built and hashed per question; every coded row of every table asks).
 */
const BY_CODE: Record<Scheme, Map<string, DictionaryEntry[]>> = { function: new Map(), economic: new Map() };
const BY_NAME = new Map<string, DictionaryEntry[]>();
/** Each entry's nameKey, computed once (names are compared for every coded row of every table). */
const KEYS = new Map<DictionaryEntry, string>();
/** What entriesOf answers for a code the dictionary does not know (never changed by the callers: they filter or read). */
const NO_ENTRIES: DictionaryEntry[] = [];
for (const e of DICTIONARY) {
  const byCode = BY_CODE[e.scheme];
  byCode.set(e.code, [...(byCode.get(e.code) ?? []), e]);
  const n = nameKey(e.name);
  KEYS.set(e, n);
  BY_NAME.set(n, [...(BY_NAME.get(n) ?? []), e]);
}

/** The nameKey of a dictionary entry's name. */
function keyOf(e: DictionaryEntry): string {
  return KEYS.get(e) ?? nameKey(e.name);
}

export function covers(e: DictionaryEntry, year: number | null): boolean {
  if (year === null) return true;
  return (e.from === null || e.from <= year) && (e.to === null || e.to >= year);
}

function distance(e: DictionaryEntry, year: number): number {
  if (covers(e, year)) return 0;
  if (e.from !== null && year < e.from) return e.from - year;
  if (e.to !== null && year > e.to) return year - e.to;
  return 0;
}

export function entriesOf(scheme: Scheme, code: string): DictionaryEntry[] {
  return BY_CODE[scheme].get(code) ?? NO_ENTRIES;
}

/** The current (not outdated) names of a code in a year: those that hold that year, else the nearest years'. */
export function namesAt(scheme: Scheme, code: string, year: number | null): DictionaryEntry[] {
  const es = entriesOf(scheme, code).filter((e) => !e.old);
  if (year === null || es.length === 0) return es;
  const holding = es.filter((e) => covers(e, year));
  if (holding.length) return holding;
  const best = Math.min(...es.map((e) => distance(e, year)));
  return es.filter((e) => distance(e, year) === best);
}

export type NameVerdict =
  /** The name fits the code in that year. */
  | { status: 'ok'; entry: DictionaryEntry | null }
  /** An outdated name (the seed list says so), the code's current names given. */
  | { status: 'old'; entry: DictionaryEntry; current: DictionaryEntry[] }
  /** A name the code had in other years only. */
  | { status: 'other-year'; entry: DictionaryEntry; current: DictionaryEntry[] }
  /** The name cut short. */
  | { status: 'truncated'; current: DictionaryEntry[] }
  /** Not the code's name in that year. */
  | { status: 'wrong'; current: DictionaryEntry[] }
  /** The code is known, but not for that year, and the name is none of its names. */
  | { status: 'unknown-name'; known: DictionaryEntry[] }
  /** The dictionary does not know the code. */
  | { status: 'unknown-code' };

/**
 * Does a printed name fit its code in the document's year? The usual answer, a name of the code
 * that holds in that year, is given before the lists of the code's current names are made.
 */
export function judgeName(scheme: Scheme, code: string, printed: string, year: number | null): NameVerdict {
  const es = entriesOf(scheme, code);
  if (es.length === 0) return { status: 'unknown-code' };
  const p = nameKey(printed);
  const first = matchOf(es, p);
  if (first && !first.old && (year === null || covers(first, year))) return { status: 'ok', entry: first };
  return judgeFully(es, scheme, code, p, first, year);
}

/** The first of the entries whose name is this key (a loop: no closure per question). */
function matchOf(es: DictionaryEntry[], p: string): DictionaryEntry | undefined {
  for (let i = 0; i < es.length; i++) if (keyOf(es[i]) === p) return es[i];
  return undefined;
}

/** judgeName past its usual answer: the code's names in that year are worked out. */
function judgeFully(es: DictionaryEntry[], scheme: Scheme, code: string, p: string, match: DictionaryEntry | undefined, year: number | null): NameVerdict {
  const holding = year === null ? es.filter((e) => !e.old) : es.filter((e) => !e.old && covers(e, year));
  const current = namesAt(scheme, code, year);
  if (match) {
    if (match.old) {
      // outdated once a current name held: that year, or (no year known) at all
      const newer = current.filter((c) => c !== match && (year === null || c.from === null || c.from <= year));
      return newer.length ? { status: 'old', entry: match, current: newer } : { status: 'ok', entry: match };
    }
    if (year !== null && !covers(match, year) && holding.length && !holding.some((h) => keyOf(h) === p)) return { status: 'other-year', entry: match, current: holding };
    return { status: 'ok', entry: match };
  }
  if (p.length >= 4 && current.some((c) => keyOf(c).startsWith(p))) return { status: 'truncated', current };
  // a 项 printed without its 款's qualifier: "行政运行" for "行政运行（卫生健康）"
  if (current.some((c) => c.level === '项' && keyOf(c).endsWith(p))) return { status: 'ok', entry: null };
  if (holding.length) return { status: 'wrong', current: holding };
  return { status: 'unknown-name', known: es };
}

/** The entries a name is (any code), those holding in the year first. */
export function entriesByName(name: string, year: number | null, scheme?: Scheme): DictionaryEntry[] {
  const all = (BY_NAME.get(nameKey(name)) ?? []).filter((e) => !scheme || e.scheme === scheme);
  const holding = all.filter((e) => covers(e, year));
  return holding.length ? holding : all;
}

/** Is this a name of the dictionary at that level (in any year)? */
export function isNameAtLevel(name: string, level: '类' | '款' | '项', scheme?: Scheme): boolean {
  return entriesByName(name, null, scheme).some((e) => e.level === level);
}

export function sourcesText(e: DictionaryEntry): string {
  return e.sources.join('；');
}
