/**
 * mergeAt for recognition: the merged range covering a cell read from a grid of the sheet's merged
 * cells, built once per sheet (recognition asks about the same cells many times: every label of a
 * form, every header cell, every row of a panel). Same answer as workbook.ts' mergeAt.
 */
import { mergeAt as mergeAtPlain, type MergedRange, type Sheet } from '../workbook';

/** Beyond this many merged cells a sheet is asked through workbook.ts' index (bounded memory). */
const MAX_CELLS = 100_000;

interface Grid {
  /** The merges list and its length when the grid was built: a grid of another list is stale. */
  list: MergedRange[];
  count: number;
  /** rows[r][c]: the first listed merge covering (r, c); null when too many cells are merged. */
  rows: (MergedRange | undefined)[][] | null;
}

const grids = new WeakMap<Sheet, Grid>();

function build(sheet: Sheet): Grid {
  let cells = 0;
  for (const m of sheet.merges) cells += (m.bottom - m.top + 1) * (m.right - m.left + 1);
  if (!(cells <= MAX_CELLS)) return { list: sheet.merges, count: sheet.merges.length, rows: null };
  const rows: (MergedRange | undefined)[][] = [];
  for (const m of sheet.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const row = (rows[r] ??= []);
      // the first listed merge wins where a broken file overlaps them (as mergeAt's find does)
      for (let c = m.left; c <= m.right; c++) if (row[c] === undefined) row[c] = m;
    }
  }
  return { list: sheet.merges, count: sheet.merges.length, rows };
}

/**
 * The sheet's grid of merged cells: rows[r][c] is the first listed merge covering (r, c). Undefined
 * for a sheet without merges; null when too many cells are merged (ask workbook.ts then).
 */
export function mergeGrid(sheet: Sheet): (MergedRange | undefined)[][] | null | undefined {
  if (sheet.merges.length === 0) return undefined;
  let grid = grids.get(sheet);
  if (!grid || grid.list !== sheet.merges || grid.count !== sheet.merges.length) grids.set(sheet, (grid = build(sheet)));
  return grid.rows;
}

/** The merged range covering (row, col), if any: workbook.ts' mergeAt, through a per-sheet grid. */
export function mergeAt(sheet: Sheet, row: number, col: number): MergedRange | undefined {
  const grid = mergeGrid(sheet);
  if (grid === undefined) return undefined;
  if (grid === null) return mergeAtPlain(sheet, row, col);
  return grid[row]?.[col];
}
