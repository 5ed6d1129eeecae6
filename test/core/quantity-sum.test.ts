/**
 * sumVerdict adds printed figures as integers of 10⁻⁷ when they fit (issue 19: speed); the verdict
 * must be the one the Decimal arithmetic gives, figure for figure, on every input — inside the
 * integer range, at its edges and beyond them (where the Decimal path is taken).
 */
import Decimal from 'decimal.js';
import { halfUnit } from '../../src/core/amount';
import { unitRandom } from '../support/department/rng';
import { atLeastVerdict, atLeastVerdictDecimal, sameVerdict, sameVerdictDecimal, sumVerdict, sumVerdictDecimal, type Q, type Verdict } from '../../src/core/model/quantity';

const ZERO = new Decimal(0);

function q(value: string, decimals?: number): Q {
  const d = decimals ?? (value.split('.')[1]?.length ?? 0);
  return { value: new Decimal(value), half: halfUnit(d), decimals: d, sheet: 'S', cell: 'A1', label: value };
}

const blank = (): Q => ({ value: ZERO, half: ZERO, decimals: 0, sheet: 'S', cell: 'A1', label: '' });

function expectSame(total: Q, parts: Q[], signs?: number[]): void {
  const got = sumVerdict(total, parts, signs);
  const want = sumVerdictDecimal(total, parts, signs);
  expect(got.status).toBe(want.status);
  // same values; and where a message prints them, the same text
  expect(got.diff.eq(want.diff)).toBe(true);
  expect(got.slack.eq(want.slack)).toBe(true);
  expect(got.sum.eq(want.sum)).toBe(true);
  if (want.status !== 'equal') {
    expect(got.diff.toString()).toBe(want.diff.toString());
    expect(got.sum.toString()).toBe(want.sum.toString());
  }
  expect(got.slack.toString()).toBe(want.slack.toString());
}

/** A small deterministic generator (mulberry32, numbers in [0, 1)). */
const rng = unitRandom;

/** A printed figure: 0–9 decimals, 1–12 integer digits, sometimes negative. */
function figure(r: () => number): string {
  const ints = 1 + Math.floor(r() * 12);
  const decs = Math.floor(r() * 10);
  let s = String(1 + Math.floor(r() * 9));
  for (let i = 1; i < ints; i++) s += Math.floor(r() * 10);
  if (r() < 0.3) s = String(Math.floor(r() * 1000)); // small figures are the common case
  if (decs) s += '.' + Array.from({ length: decs }, () => Math.floor(r() * 10)).join('');
  return r() < 0.15 ? `-${s}` : s;
}

describe('sumVerdict: integer path equals the Decimal arithmetic', () => {
  test('typical tables: 万元 with 2 decimals, 元 converted to 万元 (6 decimals), blanks', () => {
    expectSame(q('100.00'), [q('60.00'), q('40.00')]);
    expectSame(q('100.01'), [q('60.00'), q('40.00')]);
    expectSame(q('100.05'), [q('60.00'), q('40.00')]);
    expectSame(q('0.012345', 6), [q('0.010000', 6), q('0.002345', 6)]);
    expectSame(q('5.00'), [blank(), q('5.00'), blank()]);
    expectSame(blank(), [blank(), blank()]);
    expectSame(q('10.00'), [q('15.00'), q('5.00')], [1, -1]);
    expectSame(q('-3.50'), [q('-1.25'), q('-2.25')]);
    expectSame(q('0.00'), [q('-1.25'), q('1.25')]);
  });

  test('at and beyond the edges of the integer range', () => {
    expectSame(q('9999999.9999999'), [q('9999999.9999998'), q('0.0000001')]);
    expectSame(q('10000000'), [q('9999999'), q('1')]); // 10⁷: Decimal path
    expectSame(q('0.00000005', 8), [q('0.00000005', 8)]); // 8 decimals: Decimal path
    expectSame(q('123.4500000001'), [q('123.45'), q('0.0000000001')]);
    // many figures near 10⁷: the running sum passes 10¹⁵ units
    const big = Array.from({ length: 30 }, () => q('9999999.99'));
    expectSame(q('299999999.7'), big);
    expectSame(q('-0'), [q('0')]);
  });

  test('random figures, signs and blanks (5,000 cases)', () => {
    const r = rng(20261205);
    for (let i = 0; i < 5000; i++) {
      const n = Math.floor(r() * 8);
      const parts = Array.from({ length: n }, () => (r() < 0.1 ? blank() : q(figure(r))));
      const signs = r() < 0.3 ? parts.map(() => (r() < 0.5 ? -1 : 1)) : undefined;
      // half the totals are the exact sum (equal), some one unit off (rounding), the rest anything
      const exact = sumVerdictDecimal(q('0'), parts, signs).sum.negated();
      const pick = r();
      const d = Math.max(0, ...parts.map((p) => p.decimals));
      const total = pick < 0.5 ? q(exact.toFixed(d), d) : pick < 0.75 ? q(exact.plus(new Decimal(10).pow(-d)).toFixed(d), d) : q(figure(r));
      expectSame(total, parts, signs);
    }
  });
});

/** The same verdict, figure for figure and in print. */
function expectSameVerdict(got: Verdict, want: Verdict): void {
  expect(got.status).toBe(want.status);
  expect(got.diff.eq(want.diff)).toBe(true);
  expect(got.slack.eq(want.slack)).toBe(true);
  expect(got.diff.toString()).toBe(want.diff.toString());
  expect(got.diff.toFixed(2)).toBe(want.diff.toFixed(2));
  expect(got.slack.toString()).toBe(want.slack.toString());
}

describe('sameVerdict and atLeastVerdict: integer path equals the Decimal arithmetic', () => {
  const both = (a: Q, b: Q) => {
    expectSameVerdict(sameVerdict(a, b), sameVerdictDecimal(a, b));
    expectSameVerdict(atLeastVerdict(a, b), atLeastVerdictDecimal(a, b));
  };

  test('equal, one unit apart, halves (away from zero), different precisions, blanks, edges', () => {
    const cases: [Q, Q][] = [
      [q('100.00'), q('100.00')],
      [q('100.00'), q('100.01')],
      [q('100.0'), q('100.05')],
      [q('100.0'), q('100.04')],
      [q('-100.0'), q('-100.05')],
      [q('-100.0'), q('-100.04')],
      [q('2.5', 1), q('3', 0)],
      [q('-2.5', 1), q('-3', 0)],
      [q('0.012345', 6), q('0.01', 2)],
      [blank(), q('0.00')],
      [blank(), blank()],
      [q('5.00'), blank()],
      [q('-0'), q('0')],
      [q('9999999.9999999'), q('9999999.9999998')],
      [q('10000000'), q('9999999')],
      [q('0.00000005', 8), q('0.0000001', 7)],
      [q('12.3', -1), q('10', -1)],
    ];
    for (const [a, b] of cases) {
      both(a, b);
      both(b, a);
    }
  });

  test('random pairs (10,000 cases)', () => {
    const r = rng(19);
    for (let i = 0; i < 10000; i++) {
      const a = r() < 0.05 ? blank() : q(figure(r));
      // a near copy of a (rounded, one unit off) or anything
      const pick = r();
      const d = Math.floor(r() * 4);
      const b = a.half.isZero() || pick > 0.6 ? q(figure(r)) : pick < 0.3 ? q(a.value.toFixed(d), d) : q(a.value.plus(new Decimal(10).pow(-a.decimals)).toFixed(a.decimals), a.decimals);
      both(a, b);
    }
  });
});
