import Decimal from 'decimal.js';
import fc from 'fast-check';
import { decimalsOfFormat, formatGeneral, formatNumber, isPercentFormat, toFixedHalfUp } from '../../src/core/numfmt';

describe('formatNumber', () => {
  test.each([
    [1157.86, '#,##0.00', '1,157.86'],
    [1157.86, '0.00', '1157.86'],
    [1157.8, '#,##0.00', '1,157.80'],
    [0, '#,##0.00', '0.00'],
    [2.675, '0.00', '2.68'], // decimal rounding, not binary
    [1.005, '0.00', '1.01'],
    [-12.5, '#,##0.00', '-12.50'],
    [-12.5, '#,##0.00;(#,##0.00)', '(12.50)'],
    [-12.5, '#,##0.00;[Red]-#,##0.00', '-12.50'],
    [-12.5, '0.00_);[红色](0.00)', '(12.50)'],
    [0, '#,##0.00;-#,##0.00;"-"', '-'],
    [0, '#,##0.00;-#,##0.00;', ''],
    [0.1989, '0.00%', '19.89%'],
    [0.5, '0%', '50%'],
    [1234567.891, '#,##0', '1,234,568'],
    [3, '0', '3'],
    [1157.86, '_-* #,##0.00_-;-* #,##0.00_-;_-* "-"??_-;_-@_-', ' 1,157.86 '],
    [1157.86, '"¥"#,##0.00', '¥1,157.86'],
    [1157.86, '#,##0.00"万元"', '1,157.86万元'],
    [-0.001, '0.00', '0.00'],
  ])('%p with %s → %s', (v, fmt, text) => {
    expect(formatNumber(v, fmt)).toBe(text);
  });

  test('General and unknown formats fall back to the plain value', () => {
    expect(formatNumber(77.3, 'General')).toBe('77.3');
    expect(formatNumber(77.3, undefined)).toBe('77.3');
    expect(formatNumber(0.1 + 0.2, 'General')).toBe('0.3');
    expect(formatNumber(44926, 'yyyy-mm-dd')).toBe('44926');
  });

  test('formatGeneral keeps about 11 significant characters', () => {
    expect(formatGeneral(1 / 3)).toBe('0.333333333'); // as Excel shows it in a standard column
    expect(formatGeneral(1157.86)).toBe('1157.86');
    expect(formatGeneral(150)).toBe('150');
  });
});

describe('decimalsOfFormat', () => {
  test.each([
    ['#,##0.00', 2],
    ['0.00', 2],
    ['0.0', 1],
    ['0', 0],
    ['#,##0', 0],
    ['0.00%', 2],
    ['#,##0.000_ ', 3],
    ['#,##0.00;[Red]-#,##0.00', 2],
  ])('%s → %i', (fmt, d) => expect(decimalsOfFormat(fmt)).toBe(d));
  test.each([['General'], ['@'], ['yyyy-mm-dd'], [''], ['"-"']])('%s → null', (fmt) => expect(decimalsOfFormat(fmt)).toBeNull());
  test('percent formats', () => {
    expect(isPercentFormat('0.00%')).toBe(true);
    expect(isPercentFormat('#,##0.00')).toBe(false);
  });
});

describe('rounding on the printed digits (no decimal.js object per cell)', () => {
  // the oracle: decimal.js on the same value, as the formatter rounded before issue 19
  const decimalFixed = (v: number, dp: number, percent: boolean): string => {
    let d = new Decimal(v);
    if (percent) d = d.times(100);
    return d.abs().toFixed(dp, Decimal.ROUND_HALF_UP);
  };
  const decimalGeneral = (v: number): string => {
    if (!isFinite(v) || Number.isInteger(v)) return String(v);
    const abs = Math.abs(v);
    if (abs >= 1e11 || abs < 1e-9) return String(v);
    const intDigits = abs < 1 ? 1 : Math.floor(Math.log10(abs)) + 1;
    return new Decimal(v).toDecimalPlaces(Math.max(0, 10 - intDigits), Decimal.ROUND_HALF_UP).toString();
  };
  const values = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
    fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 100),
    fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
    fc.constantFrom(0, -0, 2.675, 1.005, 0.5, 0.05, 0.005, 9.995, 99.995, 1e-7, 1.5e-7, 5e-10, 1e21, 123456789012.5, 0.1 + 0.2),
  );

  test('toFixedHalfUp prints what decimal.js prints', () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 6 }), fc.boolean(), (v, dp, percent) => {
        expect(toFixedHalfUp(Math.abs(v), dp, percent ? 2 : 0)).toBe(decimalFixed(v, dp, percent));
      }),
      { numRuns: 5000 },
    );
  });

  test('formatGeneral prints what decimal.js prints', () => {
    fc.assert(
      fc.property(values, (v) => {
        expect(formatGeneral(v)).toBe(decimalGeneral(v));
      }),
      { numRuns: 5000 },
    );
  });

  test('formatNumber: the sign, the zero section and percentages', () => {
    expect(formatNumber(-0.004, '0.00')).toBe('0.00');
    expect(formatNumber(-0.005, '0.00')).toBe('-0.01');
    expect(formatNumber(-0.5, '0%')).toBe('-50%');
    expect(formatNumber(0.004999, '0.00%')).toBe('0.50%');
    expect(formatNumber(999.995, '#,##0.00')).toBe('1,000.00');
    expect(formatNumber(1e21, '#,##0')).toBe('1,000,000,000,000,000,000,000');
    expect(formatNumber(Infinity, '0.00')).toBe('Infinity');
    expect(formatNumber(-Infinity, '0.00')).toBe('-Infinity');
  });
});
