/**
 * The shortcuts rootCauses takes for speed (issue 19), each against what it stands for:
 * - CellSet (bitmaps and numbers instead of "sheet!A1" strings) against a Set of those strings;
 * - sizeRange (doubles for short numbers) against Decimal.min / Decimal.max;
 * - streamedFingerprint (no key strings, no join) against findingFingerprint;
 * - the one copy of each finding (an object literal for the engine's shape) against a spread;
 * - flattenFindings without spreading a list into push's arguments (which fails past ~100k items).
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { toA1 } from '../../src/core/address';
import { findingFingerprint, streamedFingerprint } from '../../src/core/check/fingerprint';
import type { Finding, Location } from '../../src/core/report';
import { a1Number, CellSet } from '../../src/core/review/cellset';
import { flattenFindings, rootCauses, sizeRange, sizeRangeDecimal } from '../../src/core/review/roots';

describe('CellSet holds exactly the distinct (sheet, address) pairs', () => {
  /** What CellSet stands for: a Set of "sheet\u0000address" strings. */
  function reference(pairs: [string, string][]): boolean[] {
    const seen = new Set<string>();
    return pairs.map(([s, c]) => {
      const k = `${s}\u0000${c}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }
  const actual = (pairs: [string, string][]): boolean[] => {
    const set = new CellSet();
    return pairs.map(([s, c]) => set.add(s, c));
  };

  test('canonical addresses are numbered one to one; anything else is not a number', () => {
    expect(a1Number('A1')).toBe(1 * 2 ** 18 + 1);
    expect(a1Number('Z9')).toBe(26 * 2 ** 18 + 9);
    expect(a1Number('AA10')).toBe(27 * 2 ** 18 + 10);
    expect(a1Number('ZZZ262143')).toBe(-1); // column 18,278 is past 8,191
    expect(a1Number('KZ262143')).toBe(312 * 2 ** 18 + 262143);
    for (const odd of ['', 'A', '1', 'A0', 'A01', 'a1', '$A$1', 'A$1', 'A1:B2', 'AAAA1', 'A262144', 'A1 ', ' A1', 'Ａ1', 'A-1', 'A1.5']) {
      expect([odd, a1Number(odd)]).toEqual([odd, -1]);
    }
    // distinct canonical addresses, distinct numbers
    const seen = new Map<number, string>();
    for (let col = 1; col <= 800; col += 7) {
      for (const row of [1, 2, 9, 10, 99, 100, 65535, 65536, 65537, 262143]) {
        const a = toA1(row, col);
        const n = a1Number(a);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(seen.get(n) ?? a).toBe(a);
        seen.set(n, a);
      }
    }
  });

  test('in bitmaps, numbers and strings alike (rows and columns past the bitmaps, odd addresses, several sheets)', () => {
    const sheet = fc.constantFrom('表1', '表5-3', '', 'Sheet1', 'undefined');
    const canonical = fc
      .record({ row: fc.oneof(fc.integer({ min: 1, max: 70 }), fc.integer({ min: 65530, max: 65540 }), fc.integer({ min: 262140, max: 262150 })), col: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1020, max: 1030 }), fc.integer({ min: 8188, max: 8195 })) })
      .map(({ row, col }) => toA1(row, col));
    const odd = fc.constantFrom('A01', 'a1', '$A$1', 'A1:B2', '', 'A0', 'AAAA1', 'B1 ');
    const pairs = fc.array(fc.tuple(sheet, fc.oneof(canonical, canonical, odd)), { maxLength: 400 });
    fc.assert(
      fc.property(pairs, (ps) => {
        // each pair added twice, the second round in reverse: all repeats must be found
        const all = [...ps, ...[...ps].reverse()];
        expect(actual(all)).toEqual(reference(all));
      }),
      { numRuns: 300 },
    );
  });

  test('thousands of cells of one table', () => {
    const pairs: [string, string][] = [];
    for (let i = 0; i < 30000; i++) pairs.push(['表5-3', toA1(5 + ((i * 7) % 9000), 2 + (i % 11))]);
    expect(actual(pairs)).toEqual(reference(pairs));
  });
});

describe('sizeRange: the least and the greatest |difference|, as Decimal finds them', () => {
  const same = (diffs: (string | null | undefined)[]) => {
    const a = sizeRange(diffs);
    const b = sizeRangeDecimal(diffs);
    expect(a === null).toBe(b === null);
    if (a && b) {
      expect([a.lo.toString(), a.hi.toString(), a.lo.toFixed(2), a.hi.toFixed(2)]).toEqual([b.lo.toString(), b.hi.toString(), b.lo.toFixed(2), b.hi.toFixed(2)]);
      expect(a.lo.eq(a.hi)).toBe(b.lo.eq(b.hi));
    }
  };

  test('examples: signs, −, thousands separators, %, equal values written differently, no number at all', () => {
    same(['0.01', '-0.02', '−0.03', '0.005']);
    same(['1,234.50', '1234.5', '+1234.50']);
    same(['0.10', '0.1', '-0.100']);
    same(['12.5%', '−0.25 %', '3']);
    same([null, undefined, '', 'abc', '1e3', '.5']);
    same([]);
    same(['-0', '0.00', '0']);
    // past 15 characters the doubles are not exact: 0.1000000000000001 and 0.1000000000000002 differ
    same(['0.1000000000000001', '0.1000000000000002', '0.1']);
    same(['99999999999999.99', '99999999999999.98']);
    expect(sizeRange(['0.1000000000000002', '0.1000000000000001'])!.lo.toString()).toBe('0.1000000000000001');
  });

  test('random differences, short and long', () => {
    const digits = (max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: max }).map((d) => d.join(''));
    const number = fc
      .record({ sign: fc.constantFrom('', '-', '−', '+'), int: digits(12), frac: fc.option(digits(10), { nil: undefined }), pct: fc.boolean(), comma: fc.boolean() })
      .map(({ sign, int, frac, pct, comma }) => `${sign}${comma && int.length > 3 ? `${int.slice(0, -3)},${int.slice(-3)}` : int}${frac !== undefined ? `.${frac}` : ''}${pct ? '%' : ''}`);
    const item = fc.oneof(number, number, number, fc.constantFrom(null, undefined, '', 'x', '0.005', '-0.005'));
    fc.assert(fc.property(fc.array(item, { maxLength: 40 }), same), { numRuns: 1000 });
  });
});

describe('flattenFindings', () => {
  const finding = (i: number, consequences?: Finding[]): Finding => ({
    rule: 'intra/row-identity',
    severity: 'info',
    category: 'rounding',
    message: `m${i}`,
    locations: [{ sheet: 'S', cell: `A${i + 1}` }],
    expected: null,
    actual: null,
    ...(consequences ? { consequences } : {}),
  });

  test('roots and their consequences in order, a root without its consequences key; the input unchanged', () => {
    const list = [finding(0, [finding(1), finding(2, [finding(3)])]), finding(4)];
    const before = JSON.stringify(list);
    const flat = flattenFindings(list);
    expect(flat.map((f) => f.message)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(flat.every((f) => !('consequences' in f))).toBe(true);
    expect(flat[4]).toBe(list[1]);
    expect(JSON.stringify(list)).toBe(before);
  });

  test('a root with 300,000 consequences (spreading them into push would overflow the stack)', () => {
    const many = Array.from({ length: 300000 }, (_, i) => finding(i + 1));
    const flat = flattenFindings([finding(0, many)]);
    expect(flat.length).toBe(300001);
    expect(flat[300000]).toBe(many[299999]);
  });
});

test('Decimal is what sizeRangeDecimal compares with', () => {
  // guard against a Decimal configuration that would make the oracle itself approximate
  expect(new Decimal('0.1000000000000001').gt('0.1')).toBe(true);
});

describe('streamedFingerprint is findingFingerprint', () => {
  test('random rules, locations (cells, narrative files, odd values) and messages with numbers', () => {
    const text = fc.array(fc.constantFrom('a', '表', '1', '0', '-', '.', ',', '，', '!', '#', '|', ' ', '万', '%', '−', 'Z'), { maxLength: 30 }).map((cs) => cs.join(''));
    const location = fc.oneof(
      fc.record({ sheet: text, cell: text }),
      fc.record({ sheet: fc.constant(''), cell: fc.constant(''), file: text, paragraph: fc.integer({ min: 0, max: 999 }) }),
      fc.record({ sheet: text, cell: text, start: fc.nat(50), end: fc.nat(50) }),
      fc.constant({ sheet: undefined, cell: undefined } as unknown as Location),
    );
    fc.assert(
      fc.property(text, fc.array(location, { maxLength: 12 }), text, (rule, locations, message) => {
        expect(streamedFingerprint(rule, locations as Location[], message)).toBe(findingFingerprint(rule, locations as Location[], message));
      }),
      { numRuns: 2000 },
    );
  });

  test('a root naming 30,000 cells with a long message', () => {
    const locations = Array.from({ length: 30000 }, (_, i) => ({ sheet: '表5-3', cell: toA1(5 + i, 3) }));
    const message = `尾差 30000 处：表5-3 ${locations.map((l) => l.cell).join('、')} 的合计与分项之和相差 0.01–0.05 万元`;
    expect(streamedFingerprint('intra/row-identity', locations, message)).toBe(findingFingerprint('intra/row-identity', locations, message));
  });
});

describe('the copy of each finding', () => {
  const engineShaped = (i: number): Finding => ({
    rule: 'compliance/wording',
    severity: 'warning',
    category: 'compliance',
    message: `第 ${i} 处用语`,
    locations: [{ sheet: '表1', cell: `B${i + 2}` }],
    expected: null,
    actual: null,
    difference: null,
    diagnosis: null,
    refs: ['X-1'],
    fingerprint: `fp${i}`,
  });
  // what annotate stands for: a spread, then the two marks
  const spreadCopy = (f: Finding) => ({ ...f, expectedCertain: f.expectedCertain ?? false, differenceUnit: f.differenceUnit !== undefined ? f.differenceUnit : null });

  test('engine-shaped (the literal), with a key more, with keys in another order, with the marks set: keys and values as a spread gives them', () => {
    const a = engineShaped(1);
    const b = { ...engineShaped(2), extra: 'kept' } as Finding;
    const { rule, ...rest } = engineShaped(3);
    const c = { ...rest, rule } as Finding;
    const d = { ...engineShaped(4), expectedCertain: true, differenceUnit: '万元' } as Finding;
    const input = deepFrozen([a, b, c, d]);
    const out = rootCauses(input);
    expect(out.map((f) => JSON.stringify(f))).toEqual(input.map((f) => JSON.stringify(spreadCopy(f))));
    expect(out.every((f, i) => f !== input[i])).toBe(true);
  });
});

function deepFrozen<T>(x: T): T {
  if (x && typeof x === 'object') {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFrozen(v);
  }
  return x;
}
