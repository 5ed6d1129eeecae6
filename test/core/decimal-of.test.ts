/**
 * decimalOf builds the Decimal of a cell's fractional number from the digits of String(v) instead
 * of letting decimal.js parse and copy them (issue 19: a Decimal per cell). It must be the Decimal
 * decimal.js makes of the number: the same sign, exponent and base-10⁷ words (so every later
 * operation and every printed form are the same), for every magnitude the shortcut takes and beyond.
 */
import Decimal from 'decimal.js';
import { decimalOf } from '../../src/core/amount';

interface Fields {
  s: number;
  e: number;
  d: number[];
}

function expectAsDecimalJs(v: number): void {
  const got = decimalOf(v) as unknown as Fields & Decimal;
  const want = new Decimal(v) as unknown as Fields & Decimal;
  expect([v, got.s, got.e, got.d]).toEqual([v, want.s, want.e, want.d]);
  expect(got.toString()).toBe(want.toString());
  expect(got.toFixed(2)).toBe(want.toFixed(2));
  // the same class and shape as any Decimal
  expect(got).toBeInstanceOf(Decimal);
  expect(Object.keys(got)).toEqual(Object.keys(want));
}

test('edges: word boundaries, leading zero words, 7 integer digits, the smallest without an exponent, negatives', () => {
  for (const v of [0.1, 0.5, 1.5, 123.45, 0.0000015, 0.000001, 0.0000012345678, 9999999.5, 1234567.1234567, 1234567.12345678, 0.1234567, 0.12345678, 0.00000012, 3.14159, 1.0000001, 1.00000001, 5e-7, 1e-7, 0.1 + 0.2, 1 / 3, 2 / 3, 12.345e-5])
    for (const x of [v, -v]) expectAsDecimalJs(x);
});

test('300 000 generated figures of every magnitude and precision', () => {
  let seed = 19;
  const r = (): number => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  let n = 0;
  for (let i = 0; i < 300000; i++) {
    const mag = 10 ** (Math.floor(r() * 16) - 8);
    let v = r() * mag;
    if (r() < 0.5) v = Number(v.toFixed(Math.floor(r() * 10)));
    if (r() < 0.3) v = -v;
    if (Number.isInteger(v)) continue;
    const got = decimalOf(v) as unknown as Fields;
    const want = new Decimal(v) as unknown as Fields;
    if (got.s !== want.s || got.e !== want.e || got.d.length !== want.d.length || got.d.some((w, k) => w !== want.d[k])) expectAsDecimalJs(v);
    n++;
  }
  expect(n).toBeGreaterThan(250000);
});

test('integers keep decimal.js own paths', () => {
  for (const v of [0, 1, -1, 9999999, 10000000, -12345678, 2 ** 53]) expectAsDecimalJs(v);
});
