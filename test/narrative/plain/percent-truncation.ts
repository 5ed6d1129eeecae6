/**
 * The plain reading of narrative/percent-truncation's recomputation as it was before issue 19's eighth
 * pass (a half unit made per number, the inputs read before the printed rate): the oracle of
 * truncatedRate (test/narrative/tie-out-shortcuts-pass8.test.ts).
 */
import Decimal from 'decimal.js';

function dec(s: string): { v: Decimal; half: Decimal; d: number } {
  const t = s.replace(/,/g, '');
  const d = t.includes('.') ? t.length - t.indexOf('.') - 1 : 0;
  return { v: new Decimal(t), half: new Decimal(5).div(new Decimal(10).pow(d + 1)), d };
}

export function plainTruncatedRate(num: string, den: string, printed: string, denFrom?: (n: Decimal) => Decimal): { exact: Decimal; rounded: Decimal } | null {
  const n = dec(num);
  const b = dec(den);
  const p = dec(printed);
  if (p.d === 0) return null;
  const base = denFrom ? denFrom(n.v) : b.v;
  const halfBase = denFrom ? b.half.plus(n.half) : b.half;
  if (base.lte(halfBase)) return null;
  const exact = n.v.div(base).mul(100);
  const lo = n.v.minus(n.half).div(base.plus(halfBase)).mul(100);
  const hi = n.v.plus(n.half).div(base.minus(halfBase)).mul(100);
  const rounded = exact.toDecimalPlaces(p.d, Decimal.ROUND_HALF_UP);
  if (!lo.toDecimalPlaces(p.d, Decimal.ROUND_HALF_UP).eq(rounded) || !hi.toDecimalPlaces(p.d, Decimal.ROUND_HALF_UP).eq(rounded)) return null;
  if (rounded.eq(p.v) || !exact.toDecimalPlaces(p.d, Decimal.ROUND_DOWN).eq(p.v)) return null;
  return { exact, rounded };
}
