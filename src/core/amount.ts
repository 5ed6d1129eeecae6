/**
 * Amount parsing: a cell or a narrative token → a decimal.js value plus the precision it
 * was printed with. The printed precision is what rounding tolerance is derived from:
 * 153.30 printed with 2 decimals stands for [153.295, 153.305].
 */
import Decimal from 'decimal.js';
import { decimalsOfFormat, formatGeneral, isPercentFormat } from './numfmt';
import { isExcelError, type Cell } from './workbook';

export type MoneyUnit = '元' | '万元' | '亿元';

/**
 * The same Decimal with a digit array of its exact length. decimal.js builds the digits of a parsed
 * or computed value by pushing into an empty array, which leaves room for 17 words (152 bytes where
 * one or two are used); its copy constructor slices them. An amount lives as long as the report
 * (one per figure: a 200k-cell department keeps 140k of them), so it is kept compact.
 */
function compact(d: Decimal): Decimal {
  return new Decimal(d);
}

/** A cell's number as a Decimal (small integers take decimal.js' exact one-word path; others are compacted). */
export function decimalOf(v: number): Decimal {
  if (Number.isInteger(v)) return Math.abs(v) < 1e7 ? new Decimal(v) : compact(new Decimal(v));
  return fractionDecimal(v) ?? compact(new Decimal(v));
}

/**
 * decimal.js' fields, which fractionDecimal sets (the type declares them read-only) and scaledInteger
 * reads: digits in base-10⁷ words (null when not finite), the exponent of the leading digit, the sign.
 */
interface DecimalFields {
  s: number;
  e: number;
  d: number[] | null;
}

/**
 * What `compact(new Decimal(v))` gives for a finite non-integer double printed without an exponent
 * (1e-6 ≤ |v|), built straight from the digits of String(v) — the text decimal.js parses for a
 * number — without its string slices and the copy (issue 19: a Decimal per cell). decimal.js keeps
 * the digits in base-10⁷ words aligned on the decimal point: the integer part (below 10⁷: one word,
 * absent when 0), then the decimals in words of 7, the last padded with zeros, leading zero words
 * dropped; `e` is the exponent of the leading digit. null for anything else (then decimal.js parses).
 */
function fractionDecimal(v: number): Decimal | null {
  const t = String(v < 0 ? -v : v);
  const dot = t.indexOf('.');
  if (dot < 0 || dot > 7 || t.includes('e')) return null;
  let ip = 0;
  for (let i = 0; i < dot; i++) ip = ip * 10 + (t.charCodeAt(i) - 48);
  // the decimals, in words of 7; the shortest printed form ends in a non-zero digit
  const start = dot + 1;
  const n = t.length - start;
  let first = 0; // the first word kept
  let e = dot - 1;
  if (ip === 0) {
    let z = 0;
    while (t.charCodeAt(start + z) === 48) z++;
    e = -z - 1;
    first = Math.floor(z / 7);
  }
  const count = Math.ceil(n / 7);
  const w = (k: number): number => {
    let x = 0;
    for (let i = 0; i < 7; i++) {
      const j = start + 7 * k + i;
      x = x * 10 + (j < t.length ? t.charCodeAt(j) - 48 : 0);
    }
    return x;
  };
  let d: number[];
  const kept = count - first;
  if (ip > 0) {
    if (kept === 1) d = [ip, w(0)];
    else if (kept === 2) d = [ip, w(0), w(1)];
    else if (kept === 3) d = [ip, w(0), w(1), w(2)];
    else return null;
  } else if (kept === 1) d = [w(first)];
  else if (kept === 2) d = [w(first), w(first + 1)];
  else if (kept === 3) d = [w(first), w(first + 1), w(first + 2)];
  else return null;
  // a Decimal made by the constructor (its own shape), given these fields
  const out = new Decimal(1);
  const f = out as unknown as DecimalFields;
  f.s = v < 0 ? -1 : 1;
  f.e = e;
  f.d = d;
  return out;
}

export interface NumberAmount {
  kind: 'number';
  /** The value as printed (percentages in percentage points: 19.89 for "19.89%"). */
  value: Decimal;
  /** Decimal places printed; negative when a scaled value is known only to tens, hundreds… */
  decimals: number;
  /** Unit written with the number ("50万元"), null when none was written. */
  unit: MoneyUnit | null;
  percent: boolean;
  /** The source text as given. */
  text: string;
  /** The number was stored as text in a cell. */
  storedAsText?: boolean;
  /** The cell's full stored value when it has more digits than are shown. */
  stored?: Decimal;
  /** Oddities worth reporting, e.g. 'leading-zero' for "01.74". */
  warnings?: AmountWarning[];
}

export type AmountWarning = 'leading-zero' | 'mixed-separators';

/** Blank, or a dash that means "nothing" — distinguished from 0. */
export interface EmptyAmount {
  kind: 'empty';
  text: string;
}

/** An Excel error value: never a number, never 0. */
export interface ErrorAmount {
  kind: 'error';
  error: string;
  text: string;
}

/** Text that is not an amount. */
export interface TextAmount {
  kind: 'text';
  text: string;
}

export type Amount = NumberAmount | EmptyAmount | ErrorAmount | TextAmount;

const FULLWIDTH: Record<string, string> = {
  '．': '.',
  '，': ',',
  '（': '(',
  '）': ')',
  '－': '-',
  '−': '-',
  '﹣': '-',
  '％': '%',
  '＋': '+',
  '￥': '¥',
};

/** Full-width digits and punctuation → ASCII; all kinds of spaces removed. */
export function normaliseNumberText(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．，（）－−﹣％＋￥]/g, (c) => FULLWIDTH[c])
    .replace(/[\s\u00a0\u3000\u2002-\u200b]+/g, '');
}

const EMPTY_MARKERS = new Set(['', '-', '--', '—', '——', '–', '/', '／', '\\', '…', '…………']);

const NUMBER_RE = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;

const UNIT_SUFFIXES: [string, MoneyUnit][] = [
  ['亿元', '亿元'],
  ['万元', '万元'],
  ['亿', '亿元'],
  ['万', '万元'],
  ['元', '元'],
];

/**
 * Parse the text of a cell or a narrative token: "1,157.86", "（12.50）", "-12.50",
 * "77.3万元", "19.89%", "１５０", "—" (empty), "#REF!" (error).
 */
export function parseAmountText(input: string): Amount {
  const text = input;
  const trimmed = input.trim();
  if (isExcelError(trimmed)) return { kind: 'error', error: trimmed.toUpperCase(), text };
  // Digits separated by spaces ("1 2") are not one number.
  if (/[\d０-９][\s\u00a0\u3000]+[\d０-９]/.test(trimmed)) return { kind: 'text', text };
  let s = normaliseNumberText(trimmed);
  if (EMPTY_MARKERS.has(s)) return { kind: 'empty', text };

  let negative = false;
  let percent = false;
  let unit: MoneyUnit | null = null;
  let warnings: AmountWarning[] | null = null;

  s = s.replace(/^[¥$]/, '');
  for (const [suffix, u] of UNIT_SUFFIXES) {
    if (s.endsWith(suffix)) {
      unit = u;
      s = s.slice(0, -suffix.length);
      break;
    }
  }
  if (!unit && s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-') || s.startsWith('△')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  if (s.endsWith('-') && s.length > 1 && !negative) {
    // accounting exports sometimes print a trailing minus: "12.50-"
    negative = true;
    s = s.slice(0, -1);
  }
  const m = NUMBER_RE.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined)) return { kind: 'text', text };
  const intPart = (m[1] ?? '0').replace(/,/g, '');
  const frac = m[2] ?? '';
  if (m[1] && m[1].includes(',') && frac.includes(',')) (warnings ??= []).push('mixed-separators');
  if (/^0\d/.test(intPart)) (warnings ??= []).push('leading-zero');
  // negated() copies (compact); a positive value is compacted here
  const parsed = new Decimal(`${intPart}${frac ? '.' + frac : ''}`);
  const value = negative ? parsed.negated() : compact(parsed);
  const out: NumberAmount = { kind: 'number', value, decimals: frac.length, unit, percent, text };
  if (warnings) out.warnings = warnings;
  return out;
}

/** Decimal places Excel's General format would show for this value. */
function generalDecimals(v: number): number {
  const t = formatGeneral(v);
  const dot = t.indexOf('.');
  return dot < 0 || /e/i.test(t) ? 0 : t.length - dot - 1;
}

/** What a number format says about an amount: percent or not, decimals printed (null: General). */
interface FormatFacts {
  percent: boolean;
  decimals: number | null;
}

/** The facts of the last format asked about: the cells of a table share a few formats, in runs. */
let lastFormat: { fmt: string | undefined; facts: FormatFacts } | null = null;

/** isPercentFormat and decimalsOfFormat of a cell's format, the last one remembered. */
export function formatFacts(fmt: string | undefined): FormatFacts {
  if (lastFormat && lastFormat.fmt === fmt) return lastFormat.facts;
  const facts = { percent: isPercentFormat(fmt), decimals: decimalsOfFormat(fmt) };
  lastFormat = { fmt, facts };
  return facts;
}

/**
 * Parse a cell as an amount. Numeric cells take their printed precision from the
 * number format (General: from the value as shown); text cells are parsed as text and
 * flagged `storedAsText`; empty cells are `empty`; error cells are `error`.
 */
export function parseCellAmount(cell: Cell | undefined | null): Amount {
  if (!cell) return { kind: 'empty', text: '' };
  if (cell.type === 'error') return { kind: 'error', error: cell.error ?? cell.text, text: cell.text };
  if (cell.type === 'number' && typeof cell.value === 'number') {
    const raw = cell.value;
    const format = formatFacts(cell.numFmt);
    const percent = format.percent;
    const shown = percent ? raw * 100 : raw;
    // General shows an integer without decimals (formatGeneral prints it with no point)
    const decimals = format.decimals ?? (Number.isInteger(shown) ? 0 : generalDecimals(shown));
    const exact = percent ? compact(new Decimal(raw).times(100)) : decimalOf(raw);
    // most stored values have no more decimals than printed: then the printed value is the stored one (one Decimal a cell)
    const value = exact.decimalPlaces() <= decimals ? exact : exact.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
    // field by field, `stored` last (as the spread of a conditional object gave it, without its hidden class)
    const out: NumberAmount = { kind: 'number', value, decimals, unit: null, percent, text: cell.text };
    if (value !== exact && !value.equals(exact)) out.stored = exact;
    return out;
  }
  if (cell.type === 'string') {
    const a = parseAmountText(String(cell.value));
    if (a.kind !== 'number') return a;
    // { ...a, storedAsText: true }, field by field (the same fields in the same order, no spread)
    const out: NumberAmount = { kind: 'number', value: a.value, decimals: a.decimals, unit: a.unit, percent: a.percent, text: a.text };
    if (a.warnings) out.warnings = a.warnings;
    out.storedAsText = true;
    return out;
  }
  return { kind: 'text', text: cell.text };
}

/** Express an amount in 万元, keeping its true precision (元 with 2 decimals → 万元 with 6). */
export function toWanYuan(a: NumberAmount, assumedUnit: MoneyUnit = '万元'): NumberAmount {
  const unit = a.unit ?? assumedUnit;
  if (a.percent || unit === '万元') return a;
  const factor = unit === '元' ? -4 : 4;
  const scale = (d: Decimal) => compact(factor < 0 ? d.dividedBy(10000) : d.times(10000));
  return {
    ...a,
    value: scale(a.value),
    decimals: a.decimals - factor,
    unit: '万元',
    ...(a.stored ? { stored: scale(a.stored) } : {}),
  };
}

/** Half of one unit in the last printed place: 0.005 for two decimals. */
const HALF_UNITS = new Map<number, Decimal>();

/** Half a unit of the last of `decimals` places (0.005 for 2); cached, it is asked for every figure. */
export function halfUnit(decimals: number): Decimal {
  let h = HALF_UNITS.get(decimals);
  if (!h) HALF_UNITS.set(decimals, (h = new Decimal(10).pow(-decimals).dividedBy(2)));
  return h;
}

/** The interval of true values a printed amount stands for. */
export function amountInterval(a: NumberAmount): [Decimal, Decimal] {
  const h = halfUnit(a.decimals);
  return [a.value.minus(h), a.value.plus(h)];
}

export function isNumber(a: Amount): a is NumberAmount {
  return a.kind === 'number';
}

/**
 * A Decimal as m / 10^places with m a safe integer and no trailing zero while places > 0; null for a
 * value of more than two base-10⁷ words, a product past 2^53, or not finite. The leading word has
 * n digits, so the words read as one integer W with x = W · 10^(e − (n + 7·(words−1)) + 1).
 */
export function scaledInteger(x: Decimal): { m: number; places: number } | null {
  const { d, e, s } = x as unknown as DecimalFields;
  if (!d || d.length > 2) return null;
  let m = d[0];
  let digits = m < 10 ? 1 : String(m).length;
  if (d.length === 2) {
    m = m * 1e7 + d[1];
    digits += 7;
  }
  let places = digits - 1 - e;
  if (places < 0) {
    m *= 10 ** -places;
    places = 0;
  }
  while (places > 0 && m % 10 === 0) {
    m /= 10;
    places--;
  }
  if (!Number.isSafeInteger(m)) return null;
  return { m: s < 0 ? -m : m, places };
}
