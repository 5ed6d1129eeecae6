/**
 * A small renderer for Excel number formats: enough to reproduce what a person sees in
 * the cells of budget tables (`#,##0.00`, `0.00`, `0.00%`, accounting and negative-in-red
 * variants, `"-"` zero sections, `@`). Formats it does not understand (dates, fractions,
 * scientific) fall back to the plain value, and `decimalsOfFormat` then says `null`.
 *
 * Decimal rounding goes through decimal.js so that 2.675 with `0.00` prints 2.68 as
 * Excel does, not 2.67 as binary floating point would.
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
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Render like Excel's General format: up to 11 significant characters, no exponent for amounts. */
export function formatGeneral(value: number): string {
  if (!isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) return String(value);
  const intDigits = abs < 1 ? 1 : Math.floor(Math.log10(abs)) + 1;
  const decimals = Math.max(0, 10 - intDigits);
  return new Decimal(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toString();
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
  let d = new Decimal(value);
  if (percent) d = d.times(100);
  if (useAbs) d = d.abs();
  const fixed = d.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const negative = fixed.startsWith('-');
  const body = negative ? fixed.slice(1) : fixed;
  const [intPart, frac] = body.split('.');
  const intText = thousands ? groupThousands(intPart) : intPart;
  const num = frac !== undefined ? `${intText}.${frac}` : intText;
  const isZero = /^[0.,]*$/.test(body);
  return `${negative && !isZero ? '-' : ''}${prefix}${num}${suffix}`;
}
