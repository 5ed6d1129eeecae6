/**
 * A small renderer for Excel number formats: enough to reproduce what a person sees in
 * the cells of budget tables (`#,##0.00`, `0.00`, `0.00%`, accounting and negative-in-red
 * variants, `"-"` zero sections, `@`). Formats it does not understand (dates, fractions,
 * scientific) fall back to the plain value, and `decimalsOfFormat` then says `null`.
 *
 * Rounding is decimal, half up, on the digits JavaScript prints for the value (as decimal.js
 * rounds `new Decimal(value)`), so that 2.675 with `0.00` prints 2.68 as Excel does, not 2.67 as
 * binary floating point would. It works on those digits as text, without a decimal.js object per
 * cell: the readers format every number cell of a workbook.
 */
import Decimal from 'decimal.js';

export interface FormatSection {
  /** Characters before the number placeholder (literals, unescaped). */
  prefix: string;
  /** Characters after the number placeholder. */
  suffix: string;
  decimals: number;
  thousands: boolean;
  percent: boolean;
  /** True when the section has no digit placeholder at all (e.g. `"-"`, or empty). */
  literalOnly: boolean;
}

const cache = new Map<string, FormatSection[] | null>();

/** Split on `;` outside quotes and brackets. */
function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inQuote = false;
  let inBracket = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '\\' && !inQuote && i + 1 < fmt.length) {
      cur += ch + fmt[++i];
      continue;
    }
    if (ch === '"') inQuote = !inQuote;
    else if (!inQuote && ch === '[') inBracket = true;
    else if (!inQuote && ch === ']') inBracket = false;
    if (ch === ';' && !inQuote && !inBracket) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function parseSection(src: string): FormatSection | null {
  let prefix = '';
  let suffix = '';
  let decimals = 0;
  let thousands = false;
  let percent = false;
  let seenDigit = false;
  let afterPoint = false;
  let digitsDone = false;
  const lit = (s: string) => {
    if (seenDigit) {
      digitsDone = true;
      suffix += s;
    } else prefix += s;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '"') {
      const end = src.indexOf('"', i + 1);
      const text = end < 0 ? src.slice(i + 1) : src.slice(i + 1, end);
      lit(text);
      i = end < 0 ? src.length : end;
    } else if (ch === '\\') {
      if (i + 1 < src.length) lit(src[++i]);
    } else if (ch === '[') {
      const end = src.indexOf(']', i);
      const inner = end < 0 ? '' : src.slice(i + 1, end);
      // Currency/locale blocks like [$¥-804] print their symbol.
      if (inner.startsWith('$')) lit(inner.slice(1).split('-')[0]);
      i = end < 0 ? src.length : end;
    } else if (ch === '_') {
      i++; // padding the width of the next char: render as a space
      lit(' ');
    } else if (ch === '*') {
      i++; // fill character: nothing in plain text
    } else if (ch === '0' || ch === '#' || ch === '?') {
      if (digitsDone) return null; // a second number (fractions, etc.): not supported
      seenDigit = true;
      if (afterPoint) decimals++;
    } else if (ch === '.') {
      if (seenDigit || src.slice(i + 1).match(/^[0#?]/)) {
        afterPoint = true;
        seenDigit = true;
      } else lit(ch);
    } else if (ch === ',') {
      if (seenDigit && !afterPoint && !digitsDone) thousands = true;
      else lit(ch);
    } else if (ch === '%') {
      percent = true;
      lit('%');
    } else if (ch === '@') {
      lit('@');
    } else if (/[yYmMdDhHsSeE]/.test(ch)) {
      return null; // dates, times, scientific: not rendered here
    } else {
      lit(ch);
    }
  }
  return { prefix, suffix, decimals, thousands, percent, literalOnly: !seenDigit };
}

/** Parse a format into its sections; null when it is not a plain number format. */
export function parseNumberFormat(fmt: string | undefined | null): FormatSection[] | null {
  const key = fmt ?? 'General';
  if (cache.has(key)) return cache.get(key) ?? null;
  let result: FormatSection[] | null;
  if (!fmt || /^general$/i.test(fmt.trim()) || fmt === '@') {
    result = null;
  } else {
    const parts = splitSections(fmt).slice(0, 4).map(parseSection);
    result = parts.some((p) => p === null) ? null : (parts as FormatSection[]);
  }
  cache.set(key, result);
  return result;
}

/**
 * Decimal places a number format prints for positive values, or null for General /
 * text / unsupported formats (then the precision comes from the value itself).
 */
export function decimalsOfFormat(fmt: string | undefined | null): number | null {
  const sections = parseNumberFormat(fmt);
  if (!sections) return null;
  const first = sections[0];
  return first.literalOnly ? null : first.decimals;
}

/** Whether the format shows the value as a percentage. */
export function isPercentFormat(fmt: string | undefined | null): boolean {
  const sections = parseNumberFormat(fmt);
  return !!sections && sections[0].percent;
}

function groupThousands(intPart: string): string {
  if (intPart.length <= 3) return intPart;
  let out = intPart.slice(0, ((intPart.length - 1) % 3) + 1);
  for (let i = out.length; i < intPart.length; i += 3) out += `,${intPart.slice(i, i + 3)}`;
  return out;
}

/**
 * The decimal digits of a finite |v| as JavaScript prints it ("123.45", "1e-7", "1.5e+21"):
 * v = 0.digits × 10^point, digits without leading zeros ("0" for zero).
 */
function decimalDigits(abs: number): { digits: string; point: number } {
  const s = String(abs);
  const e = s.indexOf('e');
  const mantissa = e < 0 ? s : s.slice(0, e);
  const exp = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const int = dot < 0 ? mantissa : mantissa.slice(0, dot);
  let digits = dot < 0 ? int : int + mantissa.slice(dot + 1);
  let point = int.length + exp;
  let k = 0;
  while (k < digits.length - 1 && digits.charCodeAt(k) === 48) {
    k++;
    point--;
  }
  digits = digits.slice(k);
  return { digits, point };
}

/** "0999" + 1 → "1000": a string of decimal digits plus one. */
function incrementDigits(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && s.charCodeAt(i) === 57) i--;
  if (i < 0) return '1' + '0'.repeat(s.length);
  return s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) + 1) + '0'.repeat(s.length - i - 1);
}

/**
 * |v| × 10^shift with exactly `dp` decimals, rounded half up on its printed digits: what
 * decimal.js gives for new Decimal(|v|).times(10 ** shift).toFixed(dp, ROUND_HALF_UP).
 * Finite values only.
 */
export function toFixedHalfUp(abs: number, dp: number, shift = 0): string {
  if (shift === 0) {
    // the common case: a plain number with no more decimals than shown ("1234.5" → "1234.50")
    const s = String(abs);
    if (s.indexOf('e') < 0) {
      const dot = s.indexOf('.');
      const decimals = dot < 0 ? 0 : s.length - dot - 1;
      if (decimals === dp) return s;
      if (decimals < dp) return dot < 0 ? `${s}.${'0'.repeat(dp)}` : s + '0'.repeat(dp - decimals);
    }
  }
  const { digits, point } = decimalDigits(abs);
  // the integer round(|v| × 10^(shift + dp)), as digits
  const keep = point + shift + dp;
  let int: string;
  if (digits === '0' || keep < 0) int = '0';
  else if (keep === 0) int = digits.charCodeAt(0) >= 53 ? '1' : '0';
  else {
    const head = digits.length >= keep ? digits.slice(0, keep) : digits + '0'.repeat(keep - digits.length);
    int = keep < digits.length && digits.charCodeAt(keep) >= 53 ? incrementDigits(head) : head;
  }
  if (dp === 0) return int;
  const padded = int.length <= dp ? '0'.repeat(dp - int.length + 1) + int : int;
  return `${padded.slice(0, padded.length - dp)}.${padded.slice(padded.length - dp)}`;
}

/** Render like Excel's General format: up to 11 significant characters, no exponent for amounts. */
export function formatGeneral(value: number): string {
  if (!isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) return String(value);
  const intDigits = abs < 1 ? 1 : Math.floor(Math.log10(abs)) + 1;
  const decimals = Math.max(0, 10 - intDigits);
  // tiny results print in decimal.js' exponent notation ("1e-8"): rare, left to decimal.js
  if (abs < 1e-6) return new Decimal(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toString();
  const rounded = toFixedHalfUp(abs, decimals);
  const fixed = rounded.includes('.') ? rounded.replace(/\.?0+$/, '') : rounded;
  return value < 0 && fixed !== '0' ? `-${fixed}` : fixed;
}

/** Display text of a numeric value under an Excel number format. */
export function formatNumber(value: number, fmt: string | undefined | null): string {
  const sections = parseNumberFormat(fmt);
  if (!sections) return formatGeneral(value);
  let section = sections[0];
  let useAbs = false;
  if (value < 0 && sections.length >= 2) {
    section = sections[1];
    useAbs = true;
  } else if (value === 0 && sections.length >= 3) {
    section = sections[2];
  }
  const { prefix, suffix, decimals, thousands, percent, literalOnly } = section;
  if (literalOnly) return (prefix + suffix).trim() === '' ? '' : prefix + suffix;
  const body = isFinite(value) ? toFixedHalfUp(Math.abs(value), decimals, percent ? 2 : 0) : String(Math.abs(value));
  const negative = value < 0 && !useAbs;
  const dot = body.indexOf('.');
  const intPart = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? undefined : body.slice(dot + 1);
  const intText = thousands ? groupThousands(intPart) : intPart;
  const num = frac !== undefined ? `${intText}.${frac}` : intText;
  const isZero = negative && /^[0.,]*$/.test(body);
  return `${negative && !isZero ? '-' : ''}${prefix}${num}${suffix}`;
}
