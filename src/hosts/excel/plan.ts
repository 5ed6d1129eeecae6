/**
 * Pure planning of how the used ranges of all sheets are loaded: every cell, in sheet order
 * and row-major order within a sheet, is packed into batches of at most `maxCells` cells,
 * one `context.sync()` per batch. No Office.js here, so the plan is easy to test.
 */

/** Size of a sheet's used range (0 × 0 when the sheet is empty). */
export interface Extent {
  rows: number;
  cols: number;
}

/** A rectangle of one sheet's used range; row/col are 0-based offsets inside that range. */
export interface Block {
  sheet: number;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface Batch {
  blocks: Block[];
  cells: number;
}

/**
 * Rectangles covering the cells [start, start + count) of a grid `cols` wide, taken in
 * row-major order: at most a partial head row, a block of whole rows and a partial tail row.
 */
export function rowMajorBlocks(cols: number, start: number, count: number): Omit<Block, 'sheet'>[] {
  const out: Omit<Block, 'sheet'>[] = [];
  const end = start + count;
  let k = start;
  while (k < end) {
    const row = Math.floor(k / cols);
    const col = k % cols;
    if (col > 0 || end - k < cols) {
      const n = Math.min(cols - col, end - k);
      out.push({ row, col, rows: 1, cols: n });
      k += n;
    } else {
      const rows = Math.floor((end - k) / cols);
      out.push({ row, col: 0, rows, cols });
      k += rows * cols;
    }
  }
  return out;
}

/**
 * Pack all cells of all sheets into batches of at most `maxCells` cells. Batches are filled
 * completely (a sheet may continue in the next batch, even mid-row), so the number of
 * batches is exactly ceil(total cells / maxCells).
 */
export function planBatches(extents: Extent[], maxCells: number): Batch[] {
  if (!Number.isInteger(maxCells) || maxCells < 1) throw new RangeError(`invalid maxCells ${maxCells}`);
  const batches: Batch[] = [];
  let current: Batch = { blocks: [], cells: 0 };
  extents.forEach((extent, sheet) => {
    const total = extent.rows * extent.cols;
    let done = 0;
    while (done < total) {
      const take = Math.min(total - done, maxCells - current.cells);
      for (const b of rowMajorBlocks(extent.cols, done, take)) current.blocks.push({ sheet, ...b });
      current.cells += take;
      done += take;
      if (current.cells === maxCells) {
        batches.push(current);
        current = { blocks: [], cells: 0 };
      }
    }
  });
  if (current.cells > 0) batches.push(current);
  return batches;
}
