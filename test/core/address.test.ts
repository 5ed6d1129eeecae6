import { columnIndex, columnLetter, formatRange, parseA1, parseRange, quoteSheetName, toA1 } from '../../src/core/address';

test('column letters round-trip', () => {
  for (const [n, l] of [[1, 'A'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [703, 'AAA'], [16384, 'XFD']] as const) {
    expect(columnLetter(n)).toBe(l);
    expect(columnIndex(l)).toBe(n);
  }
  expect(() => columnLetter(0)).toThrow();
  expect(() => columnIndex('A1')).toThrow();
});

test('A1 addresses', () => {
  expect(toA1(12, 3)).toBe('C12');
  expect(parseA1('C12')).toEqual({ row: 12, col: 3 });
  expect(parseA1('$C$12')).toEqual({ row: 12, col: 3 });
  expect(() => parseA1('C0')).toThrow();
  expect(() => parseA1('12C')).toThrow();
});

test('ranges', () => {
  expect(parseRange('A1:H30')).toEqual({ top: 1, left: 1, bottom: 30, right: 8 });
  expect(parseRange('H30:A1')).toEqual({ top: 1, left: 1, bottom: 30, right: 8 });
  expect(parseRange("'表1 收支总表'!B2")).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
  expect(formatRange({ top: 2, left: 2, bottom: 2, right: 2 })).toBe('B2');
  expect(formatRange({ top: 1, left: 1, bottom: 30, right: 8 })).toBe('A1:H30');
});

test('sheet names are quoted when needed', () => {
  expect(quoteSheetName('Sheet1')).toBe('Sheet1');
  expect(quoteSheetName('表1 收支总表')).toBe("'表1 收支总表'");
  expect(quoteSheetName("O'Brien")).toBe("'O''Brien'");
});
