/**
 * The CLI worker's collection before the checks of a large workbook (src/hosts/cli/collect.ts): it
 * really frees garbage, it leaves no `gc` behind for other contexts, and only large workbooks get it.
 */
import { runInNewContext } from 'vm';
import { COLLECT_FROM_CELLS, collectBeforeChecks, fullCollection } from '../../src/hosts/cli/collect';
import { createSheet, makeCell, putCell, type Workbook } from '../../src/core/workbook';

function workbookOfCells(n: number): Workbook {
  const sheet = createSheet('表1', 0);
  const cols = 10;
  for (let i = 0; i < n; i++) putCell(sheet, makeCell({ row: Math.floor(i / cols) + 1, col: (i % cols) + 1, value: i + 0.5 }));
  return { source: 'x.xlsx', sheets: [sheet] };
}

test('fullCollection frees unreachable objects at once', () => {
  const gc = fullCollection();
  expect(typeof gc).toBe('function');
  // ~30 MB of objects that live long enough to reach the old generation, then are dropped
  let garbage: { a: number; b: string }[] | null = Array.from({ length: 400_000 }, (_, i) => ({ a: i, b: `item ${i}` }));
  gc!();
  expect(garbage.length).toBe(400_000);
  garbage = null;
  const held = process.memoryUsage().heapUsed;
  gc!();
  expect(held - process.memoryUsage().heapUsed).toBeGreaterThan(10 * 1024 * 1024);
});

test('the --expose-gc flag is cleared again: a new context has no gc global', () => {
  expect(fullCollection()).not.toBeNull();
  expect(runInNewContext('typeof gc')).toBe('undefined');
});

test('only workbooks from COLLECT_FROM_CELLS cells on are collected', () => {
  expect(collectBeforeChecks(workbookOfCells(500))).toBe(false);
  expect(collectBeforeChecks(workbookOfCells(COLLECT_FROM_CELLS - 1))).toBe(false);
  expect(collectBeforeChecks(workbookOfCells(COLLECT_FROM_CELLS))).toBe(true);
});
