import { decimalsOfFormat, formatGeneral, formatNumber, isPercentFormat } from '../../src/core/numfmt';

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
