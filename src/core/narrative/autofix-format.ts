/**
 * Writing a corrected figure the way the text wrote the old one: same decimals, thousands
 * separators and full-width digits when the old figure had them.
 */
import Decimal from 'decimal.js';

const FULL_DIGIT = /[\uff10-\uff19]/;

/** `value` printed with `decimals` decimals (half up), styled like `old` ("1,099.73", "２２．７３"). */
export function formatLike(old: string, value: Decimal, decimals: number): string {
  const fixed = value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
  const [digits, frac] = fixed.split('.');
  const int = old.includes(',') ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : digits;
  let s = frac === undefined ? int : `${int}.${frac}`;
  if (FULL_DIGIT.test(old)) s = s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  if (old.includes('．')) s = s.replace('.', '．');
  return s;
}

/**
 * A percentage known to two decimals (x, from the checker's message) printed with `decimals`
 * decimals; null when that is not certain: more decimals than known, or x so close to a
 * rounding boundary that the true ratio (within ±0.005 of x) may round either way.
 */
export function percentAt(x: Decimal, decimals: number): Decimal | null {
  if (decimals > 2) return null;
  if (decimals === 2) return x;
  const half = new Decimal('0.005');
  const lo = x.minus(half).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const hi = x.plus(half).minus('1e-12').toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  return lo.eq(hi) ? lo : null;
}

/** A number written by the checker ("1,099.73", "22.48", "0.72%") as a Decimal; null when it is not one. */
export function parseExpected(s: string | null): Decimal | null {
  if (!s) return null;
  const m = /^\s*(-?[\d,]+(?:\.\d+)?)\s*%?\s*$/.exec(s);
  return m ? new Decimal(m[1].replace(/,/g, '')) : null;
}
