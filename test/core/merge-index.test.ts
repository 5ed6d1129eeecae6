/**
 * mergeAt looks merged ranges up through a per-sheet row index (issue 19): it must answer exactly
 * what a scan of every merge in the sheet's order answers, for any cell, also after merges or
 * cells are added and for rows past the used extent.
 */
import fc from 'fast-check';
import { formatRange, rangeContains } from '../../src/core/address';
import { addMerge, createSheet, makeCell, mergeAt, mergesInRows, putCell, type MergedRange, type Sheet } from '../../src/core/workbook';

const scan = (sheet: Sheet, row: number, col: number): MergedRange | undefined => sheet.merges.find((m) => rangeContains(m, row, col));

const rect = fc.record({ top: fc.integer({ min: 1, max: 40 }), left: fc.integer({ min: 1, max: 12 }), h: fc.integer({ min: 0, max: 8 }), w: fc.integer({ min: 0, max: 5 }) });

function sheetWith(rects: { top: number; left: number; h: number; w: number }[], rows: number): Sheet {
  const s = createSheet('表1', 0);
  putCell(s, makeCell({ row: rows, col: 1, value: 'x' }));
  for (const r of rects) {
    const range = { top: r.top, left: r.left, bottom: r.top + r.h, right: r.left + r.w };
    addMerge(s, formatRange(range), range);
  }
  return s;
}

test('the index answers as a scan of every merge (overlaps included: the first one wins)', () => {
  fc.assert(
    fc.property(fc.array(rect, { maxLength: 30 }), fc.integer({ min: 1, max: 50 }), (rects, rows) => {
      const s = sheetWith(rects, rows);
      for (let r = 1; r <= 52; r++) for (let c = 1; c <= 18; c++) expect(mergeAt(s, r, c)).toBe(scan(s, r, c));
    }),
    { numRuns: 60 },
  );
});

test('merges and cells added after a lookup are seen', () => {
  const s = sheetWith([{ top: 1, left: 1, h: 0, w: 3 }], 2);
  expect(mergeAt(s, 1, 2)?.ref).toBe('A1:D1');
  expect(mergeAt(s, 5, 1)).toBeUndefined();
  addMerge(s, 'A5:A9', { top: 5, left: 1, bottom: 9, right: 1 });
  expect(mergeAt(s, 6, 1)?.ref).toBe('A5:A9');
  // the used extent grows: rows past the old extent are indexed too
  putCell(s, makeCell({ row: 20, col: 1, value: 'y' }));
  expect(mergeAt(s, 9, 1)?.ref).toBe('A5:A9');
  expect(mergeAt(s, 10, 1)).toBeUndefined();
  // a merge pushed directly on the list (as some hosts do)
  s.merges.push({ top: 12, left: 2, bottom: 12, right: 4, ref: 'B12:D12' });
  expect(mergeAt(s, 12, 3)?.ref).toBe('B12:D12');
});

test('a sheet without merges, and cells outside every merge', () => {
  const s = sheetWith([], 3);
  expect(mergeAt(s, 1, 1)).toBeUndefined();
  const t = sheetWith([{ top: 2, left: 2, h: 1, w: 1 }], 3);
  expect(mergeAt(t, 1, 1)).toBeUndefined();
  expect(mergeAt(t, 3, 3)?.ref).toBe('B2:C3');
  expect(mergeAt(t, 0, 0)).toBeUndefined();
});

test('mergesInRows answers as a filter of every merge, in the sheet order (tall merges included)', () => {
  const tallRect = fc.record({ top: fc.integer({ min: 1, max: 40 }), left: fc.integer({ min: 1, max: 12 }), h: fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 60, max: 90 })), w: fc.integer({ min: 0, max: 5 }) });
  fc.assert(
    fc.property(fc.array(tallRect, { maxLength: 30 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 10 }), (rects, rows, top, h) => {
      const s = sheetWith(rects, rows);
      expect(mergesInRows(s, top, top + h)).toEqual(s.merges.filter((m) => m.bottom >= top && m.top <= top + h));
    }),
    { numRuns: 200 },
  );
});
