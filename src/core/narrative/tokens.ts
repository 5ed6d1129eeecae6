/**
 * Numbers in Chinese prose: every figure of a paragraph with its unit and what kind of
 * figure it is (amount, percentage, year, headcount …). Offsets refer to the original text:
 * normalisation (full-width digits and punctuation) keeps every character in place.
 */
import Decimal from 'decimal.js';
import { halfUnit } from '../amount';
import { hasSpace, isDigitCode, isSpaceCode, spacesAt } from '../chars';
import { isNormal, memoText, norm } from '../recognize/text';
import type { ParagraphFacts } from './paragraph-facts';

export type TokenKind =
  | 'money' // 万元 / 元 / 亿元 (or a bare figure in a list of amounts)
  | 'percent'
  | 'year'
  | 'date' // 月 / 日 of a date
  | 'headcount' // 人 / 名 / 人次
  | 'count' // 个 / 辆 / 项 / 批次 …
  | 'indicator' // ≥ 700 …: a target value
  | 'reference' // 文号, codes, phone numbers
  | 'numbering' // "1." / "(2)" at the start of an item
  | 'bare'; // a figure with no unit

export interface NumberToken {
  kind: TokenKind;
  /** The figure in its own unit (money: as printed, see `wan` for 万元). */
  value: Decimal;
  /** Decimals as printed. */
  decimals: number;
  /** Money in 万元. */
  wan?: Decimal;
  /** Half a unit of the last printed digit, in 万元 (money) or percentage points. */
  half?: Decimal;
  unit: string;
  /** The figure as printed, with its unit: "22.73 万元", "4%". */
  text: string;
  start: number;
  /** End of the figure and its unit. */
  end: number;
  /** End of the digits alone. */
  numEnd: number;
  /** A malformed figure ("01.74"): what is wrong. */
  typo?: string;
}

const FULL_WIDTH: Record<string, string> = { '．': '.', '，': '，', '％': '%', '（': '(', '）': ')', '：': ':', '＝': '=', '≧': '≥', '＞': '>', '＜': '<', '\u00a0': ' ', '\u3000': ' ' };

/** Same-length normalisation: full-width digits and signs to ASCII. */
const NEEDS_NORMALIZING = /[\uff10-\uff19．％（）：＝≧＞＜\u00a0\u3000]/;

const TO_NORMALIZE = new RegExp(NEEDS_NORMALIZING.source, 'g');

function normalizeChar(ch: string): string {
  const c = ch.charCodeAt(0);
  return c >= 0xff10 && c <= 0xff19 ? String.fromCharCode(c - 0xff10 + 48) : (FULL_WIDTH[ch] ?? ch);
}

export function normalizeText(s: string): string {
  for (let i = 0; i < s.length; i++) if (needsNormalizing(s.charCodeAt(i))) return s.replace(TO_NORMALIZE, normalizeChar);
  return s;
}

/**
 * NEEDS_NORMALIZING by code (a scan of codes, no pattern over every paragraph): none of its
 * characters lies below U+00A0 or between U+3000 and ％ (U+FF05), where CJK text is.
 */
function needsNormalizing(c: number): boolean {
  if (c < 0xa0 || (c > 0x3000 && c < 0xff05)) return false;
  return c === 0xa0 || c === 0x3000 || c === 0x2267 || (c >= 0xff10 && c <= 0xff19) || c === 0xff0e || c === 0xff05 || c === 0xff08 || c === 0xff09 || c === 0xff1a || c === 0xff1d || c === 0xff1e || c === 0xff1c;
}

/**
 * norm(s), without its memo where it would give s itself: a text with no white space, full-width digit
 * or mapped punctuation (isNormal: the one definition of what norm changes) needs no look-up in norm's
 * memo and adds no entry to it (the narrative's clauses and titles mostly have none; issue 19).
 */
export function normed(s: string): string {
  return isNormal(s) ? s : norm(s);
}

/**
 * Does norm(text) hold a match of `re` (a pattern of CJK words with no white space in them, whose
 * optional tail may read punctuation)? A match in the text itself is one in its norm (norm only
 * drops white space and maps digits and punctuation, never a CJK character); a text with no white
 * space has the same words as its norm. Only a text with white space and no match is normalised.
 */
export function wordsInNorm(re: RegExp, text: string): boolean {
  if (re.test(text)) return true;
  // (the words of norm(text) are those of the text without its white space: the rest norm maps is no CJK character)
  return SPACE.test(text) && re.test(text.replace(SPACES, ''));
}
const SPACE = /[\s\u00a0\u3000]/;
const SPACES = /[\s\u00a0\u3000]+/g;

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "二" → 2, "十二" → 12, "二十" → 20; null when not a small Chinese numeral. */
export function chineseNumber(s: string): number | null {
  if (!s) return null;
  if (s === '十') return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[2] ? CN_DIGITS[m[2]] : 0);
  if (s.length === 1 && s in CN_DIGITS) return CN_DIGITS[s];
  return null;
}

const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g;
const COUNT_UNITS = /^(人次|人|名|个|辆|项|批次|批|次|台套|台\(套\)|台|套|家|期|张|场次|场|户|份|所|条|件|天|小时|分钟|倍|级|篇|座|处|間|间|类|岁|万人次|万人|万张|平方米|米|公里|元\/人|万元\/人)/;
const HEADCOUNT = /^(人次|人|名|万人次|万人)$/;

/** The money units after a figure, tried at the unit's position (sticky: no slice of the text after each figure). */
const MONEY_UNIT = /(万元|亿元|万(?![人张次份件户])|元(?![/旦月]))/y;
/** A year range's second year (“2018-2020”), at the position after the first. */
const YEAR_RANGE = /(-|—|－|至|到)\s*(19|20)\d\d/y;
/** COUNT_UNITS at a position. */
const COUNT_UNIT = new RegExp(COUNT_UNITS.source.slice(1), 'y');
/** The words before a figure that make it a target value, a numbering or an indicator (in the 12 characters before it). */
const TARGET_BEFORE = /(≥|≤|>|<|不低于|不少于|不高于|不超过|达到|约)\s*$/;
const NUMBERING_BEFORE = /(附件|图|表|第|序号)\s*[\d.\-－]*$/;
const INDICATOR_BEFORE = /(≥|≤|>|<)\s*$/;

/**
 * Every number in the text, classified by its unit and surroundings. The unit is read at its
 * position (a character code, or a sticky pattern there), the 12 characters before the figure are
 * sliced only for the kinds that read them, and the digits without their commas are made once.
 */
export function numberTokens(original: string): NumberToken[] {
  const text = normalizeText(original);
  const out: NumberToken[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const start = m.index;
    const digits = m[0];
    const numEnd = start + digits.length;
    const plain = digits.includes(',') ? digits.replace(/,/g, '') : digits;
    const prev = start > 0 ? text.charCodeAt(start - 1) : -1;
    // part of a larger token: "A1", "2101501a", decimals handled by the regex
    if (isLetterCode(prev) || prev === 0x5f || isLetterCode(text.charCodeAt(numEnd))) {
      out.push(token('reference', plain, start, numEnd, numEnd, ''));
      continue;
    }
    const fraction = m[2] !== undefined;
    const ws = spacesAt(text, numEnd);
    // the unit's position and its first character (NaN at the text's end, as no character)
    const at = numEnd + ws;
    const a = text.charCodeAt(at);
    const year = isYearDigits(plain);
    let before: string | undefined;
    let unit: string | null;
    let t: NumberToken;
    if ((a === 0x4e07 || a === 0x4ebf || a === 0x5143) && (unit = stickyAt(MONEY_UNIT, text, at)) !== null) {
      // 万 亿 元 open every money unit
      t = token('money', plain, start, numEnd, at + unit.length, unit === '万' ? '万元' : unit);
    } else if (a === 0x25) {
      t = token('percent', plain, start, numEnd, at + 1, '%');
    } else if (year && a === 0x5e74) {
      t = token('year', plain, start, numEnd, at + 1, '年');
    } else if (year && stickyAt(YEAR_RANGE, text, at) !== null) {
      t = token('year', plain, start, numEnd, numEnd, '');
    } else if (year && isOpenBracket(prev) && isCloseBracket(a)) {
      t = token('reference', plain, start, numEnd, numEnd, '');
    } else if ((a === 0x6708 || a === 0x65e5 || (a === 0x53f7 && text.charCodeAt(at + 1) !== 0x6587)) && Number(plain) <= 31 && !fraction) {
      // 月 日, or 号 not of a 号文; a 号 is a date's only after a 月
      t = token(a === 0x53f7 && !monthBefore(text, start) ? 'reference' : 'date', plain, start, numEnd, at + 1, text[at]);
    } else if ((unit = stickyAt(COUNT_UNIT, text, at)) !== null) {
      const target = TARGET_BEFORE.test((before ??= text.slice(Math.max(0, start - 12), start)));
      t = token(target ? 'indicator' : HEADCOUNT.test(unit) ? 'headcount' : 'count', plain, start, numEnd, at + unit.length, unit);
    } else if (a === 0x53f7) {
      t = token('reference', plain, start, numEnd, at + 1, '号');
    } else if (plain.length >= 7 && !fraction) {
      t = token('reference', plain, start, numEnd, numEnd, '');
    } else if ((a === 0x2e || a === 0x3001) && !fraction && isItemStart(text, start)) {
      t = token('numbering', plain, start, numEnd, numEnd + 1, '');
    } else if ((prev === 0x28 || prev === 0xff08) && (a === 0x29 || a === 0xff09) && !fraction && isItemStart(text, start - 1)) {
      t = token('numbering', plain, start, numEnd, numEnd + 1, '');
    } else if (!fraction && NUMBERING_BEFORE.test((before ??= text.slice(Math.max(0, start - 12), start)))) {
      t = token('numbering', plain, start, numEnd, numEnd, '');
    } else if (INDICATOR_BEFORE.test((before ??= text.slice(Math.max(0, start - 12), start)))) {
      t = token('indicator', plain, start, numEnd, numEnd, '');
    } else {
      t = token('bare', plain, start, numEnd, numEnd, '');
    }
    if ((t.kind === 'money' || t.kind === 'bare' || t.kind === 'percent') && hasLeadingZero(plain)) t.typo = `“${digits}”有多余的前导 0`;
    out.push(t);
  }
  return out;
}

/** The first group of a sticky pattern's match at `at`, or null. */
function stickyAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[1] : null;
}

/** [A-Za-z] by code. */
function isLetterCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** /^(19|20)\d\d$/ on the digits without commas. */
function isYearDigits(plain: string): boolean {
  if (plain.length !== 4) return false;
  const c0 = plain.charCodeAt(0);
  const c1 = plain.charCodeAt(1);
  return ((c0 === 0x31 && c1 === 0x39) || (c0 === 0x32 && c1 === 0x30)) && isDigitCode(plain.charCodeAt(2)) && isDigitCode(plain.charCodeAt(3));
}


/** /^0\d/. */
function hasLeadingZero(plain: string): boolean {
  return plain.charCodeAt(0) === 0x30 && isDigitCode(plain.charCodeAt(1));
}

/** 【 [ 〔 ( — and 】 ] 〕 ) — around a bracketed year (a 文号's). */
function isOpenBracket(c: number): boolean {
  return c === 0x3010 || c === 0x5b || c === 0x3014 || c === 0x28;
}

function isCloseBracket(c: number): boolean {
  return c === 0x3011 || c === 0x5d || c === 0x3015 || c === 0x29;
}

/** /月\s*$/ on the 12 characters before `start`: a 月, then white space only, up to it. */
function monthBefore(text: string, start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 12); i--) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) return c === 0x6708;
  }
  return false;
}

/**
 * Is `pos` the start of a list item: /(^|[。；;:：\n]|^\s*)\s*$/ on the text before it, read backwards —
 * white space, then the text's start or a separator (\n, itself white space, ends it there too).
 */
function isItemStart(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0x3a || c === 0xff1a || c === 0x0a) return true;
    if (!isSpaceCode(c)) return false;
  }
  return true;
}

/**
 * new Decimal(plain). An integer of up to 7 digits goes by its number: decimal.js' fast path for
 * an integer below 10⁷ sets the same sign, exponent and one-word digits that parsing it gives
 * (leading zeros dropped, no trailing-zero words), without its pattern test and string slicing.
 */
function decimalOf(plain: string): Decimal {
  return plain.length <= 7 && !plain.includes('.') ? new Decimal(Number(plain)) : new Decimal(plain);
}

const YUAN_IN_WAN = new Decimal('0.0001');
const YI_IN_WAN = new Decimal(10000);

function token(kind: TokenKind, plain: string, start: number, numEnd: number, end: number, unit: string): NumberToken {
  const value = decimalOf(plain);
  const decimals = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
  // every field a token may hold, in one order (undefined where not set): one hidden class for all
  // tokens, so that the loops of the rules over them (t.kind, c.token.wan …) read through one shape
  // rather than the megamorphic look-up that adding wan, half and typo to some made (issue 19)
  const t: NumberToken = { kind, value, decimals, wan: undefined, half: undefined, unit, text: '', start, end, numEnd, typo: undefined };
  if (kind === 'money') {
    // a figure in 万元 is its own amount in 万元 (Decimals never change: one object serves both)
    const factor = unit === '元' ? YUAN_IN_WAN : unit === '亿元' ? YI_IN_WAN : null;
    t.wan = factor ? value.mul(factor) : value;
    t.half = factor ? halfUnit(decimals).mul(factor) : halfUnit(decimals);
  } else if (kind === 'percent') {
    t.half = halfUnit(decimals);
  }
  return t;
}

/** Fill in `text` (figure with unit, as printed) once the original string is known. */
export function tokensOfUncached(original: string): NumberToken[] {
  const tokens = numberTokens(original);
  for (const t of tokens) {
    const printed = original.slice(t.start, t.end);
    t.text = hasSpace(printed) ? printed.replace(/\s+/g, ' ') : printed;
  }
  return tokens;
}

/** A paragraph's number tokens and sentences. */
export interface ParagraphNumbers {
  readonly tokens: readonly NumberToken[];
  readonly sentences: readonly Sentence[];
  /** The last reading that took these tokens as they are (see NarrativeAnalysis: a paragraph that repeats one gets copies). */
  readBy: number;
  /** What the narrative analysis reads of the text alone (analyse.ts textFacts), made on its first reading. */
  facts: ParagraphFacts | null;
}


/** By the paragraph's text (the same paragraphs are read again for every workbook check). */
const NUMBERS = memoText((text): ParagraphNumbers => ({ tokens: tokensOfUncached(text), sentences: sentences(text), readBy: 0, facts: null }), 20000);

/**
 * A paragraph's tokens and sentences: a pure function of the text, remembered, and shared by every
 * caller (issue 19: no copies per call). They are only read: a caller that changes a token (asMoney)
 * changes a copy of it.
 */
export function paragraphNumbers(text: string): ParagraphNumbers {
  return NUMBERS(text);
}

/** The tokens of a text, the caller's own copies (their Decimals are immutable and shared). */
export function tokensOf(original: string): NumberToken[] {
  const kept = NUMBERS(original).tokens;
  const out: NumberToken[] = new Array(kept.length);
  for (let i = 0; i < kept.length; i++) out[i] = { ...kept[i] };
  return out;
}

/** Make a bare figure an amount in 万元 (a list of amounts where one lacks its unit: "房屋 194.3，"). */
export function asMoney(t: NumberToken): void {
  t.kind = 'money';
  t.unit = '万元';
  t.wan = t.value;
  t.half = halfUnit(t.decimals);
}

export interface Sentence {
  start: number;
  end: number;
}

/** Sentences of a paragraph (ending at 。；! ? or a line end). */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSentenceEnd(text.charCodeAt(i))) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** 。；;！!？? by code (no one-character string per character of the text). */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0x21 || c === 0xff1f || c === 0x3f;
}
