/**
 * indexHeader flags the columns and header rows under merged cells from the sheet's grid of merged
 * cells, not from the list of merges touching the header rows (issue 19, ninth pass). The header
 * columns and paths must be the plain index's (test/recognize/plain-columns.ts) on generated blocks
 * with merges of every placement: inside the header, across its first or last row, partly or wholly
 * outside the block's columns, overlapping (a broken file), few (< 8) and many, and huge (no grid).
 * The fixtures and their layout variants are compared in fast-paths.test.ts.
 */
import { formatRange, type RangeRef } from '../../src/core/address';
import { readBlocks } from '../../src/core/recognize/blocks';
import { headerColumns } from '../../src/core/recognize/columns';
import { addMerge, createSheet, makeCell, putCell, type Sheet } from '../../src/core/workbook';
import { Rng } from '../support/department/rng';
import { plainHeaderColumns } from './plain-columns';

const HEADS = ['项目', '科目编码', '科目名称', '合计', '基本支出', '人员经费', '公用经费', '项目支出', '本年收入', '事业收入', null];

function generated(seed: number): Sheet {
  const r = new Rng(seed);
  const int = (n: number) => Math.floor(r.unit() * n);
  const s = createSheet(`H${seed}`, 0);
  const left = 1 + int(3);
  const width = 2 + int(7);
  const headRows = 1 + int(3);
  putCell(s, makeCell({ row: 1, col: left, value: '一般公共预算支出表' }));
  putCell(s, makeCell({ row: 2, col: left, value: '单位：万元' }));
  // sparse headers: a header row may be empty but for the merges over it
  for (let h = 0; h < headRows; h++) {
    const fill = r.unit() < 0.3 ? 0 : r.unit();
    for (let c = 0; c < width; c++) {
      const v = HEADS[int(HEADS.length)];
      if (v && r.unit() < fill) putCell(s, makeCell({ row: 3 + h, col: left + c, value: v }));
    }
  }
  for (let d = 0; d < 3 + int(5); d++) {
    putCell(s, makeCell({ row: 3 + headRows + d, col: left, value: `20${d}0101` }));
    // the last column always has a figure (the block's extent); others may have none (columns only under merges)
    for (let c = 1; c < width; c++) if (c === width - 1 || r.unit() < 0.3) putCell(s, makeCell({ row: 3 + headRows + d, col: left + c, value: d + c }));
  }
  const merges: RangeRef[] = [];
  const many = r.unit() < 0.5 ? 12 : 1 + int(6);
  for (let m = 0; m < many; m++) {
    const top = 1 + int(headRows + 5);
    const l = Math.max(1, left - 2 + int(width + 4));
    merges.push({ top, left: l, bottom: top + int(3), right: l + int(4) });
  }
  // a quarter of the sheets also have a merge of more cells than a grid holds, far from the table:
  // their header merges are read from the list (no grid)
  if (r.unit() < 0.25) merges.push({ top: 2000, left: 200, bottom: 3200, right: 300 });
  for (const m of merges) addMerge(s, formatRange(m), m);
  return s;
}

test('generated blocks with merges of every placement: the plain header index', () => {
  let withMerges = 0;
  for (let seed = 1; seed <= 1500; seed++) {
    const s = generated(seed);
    for (const b of readBlocks(s).blocks) {
      expect([seed, headerColumns(s, b)]).toEqual([seed, plainHeaderColumns(s, b)]);
      if (b.header) withMerges++;
    }
  }
  expect(withMerges).toBeGreaterThan(1000);
});
