/**
 * The header index of column mapping as it was before the speed work of issue 19 (maps and sets,
 * sorted): the oracle of src/core/recognize/columns.ts' headerColumns. Kept verbatim.
 */
import type { Block } from '../../src/core/recognize/types';
import { mergeAt, mergesInRows, type Sheet } from '../../src/core/workbook';

interface HeaderIndex {
  columns: number[];
  rows: { r: number; text: Map<number, string> }[];
  /** The last header row in which a column has text. */
  lastRow: Map<number, number>;
}

function indexHeader(sheet: Sheet, block: Block): HeaderIndex {
  const { left, right, top, bottom } = block.range;
  // which columns of the block hold a cell: a flag per column, and no more looking once all do
  const width = right - left + 1;
  const filled = new Uint8Array(Math.max(0, width));
  let count = 0;
  for (let r = top; r <= bottom && count < width; r++) {
    const row = sheet.rows[r - 1];
    if (!row) continue;
    for (let c = left, end = Math.min(right, row.length); c <= end; c++) {
      if (row[c - 1] && !filled[c - left]) {
        filled[c - left] = 1;
        count++;
      }
    }
  }
  const occupied = new Set<number>();
  for (let c = left; c <= right; c++) if (filled[c - left]) occupied.add(c);
  const rows: HeaderIndex['rows'] = [];
  const lastRow = new Map<number, number>();
  if (block.header) {
    const [h0, h1] = block.header;
    const merges = mergesInRows(sheet, h0, h1).filter((m) => m.right >= left && m.left <= right);
    for (const m of merges) for (let c = Math.max(left, m.left); c <= Math.min(right, m.right); c++) occupied.add(c);
    // the header rows that can hold text: those with a cell, and those under a merged cell
    const candidates = new Set<number>();
    for (let r = h0; r <= h1; r++) if (sheet.rows[r - 1]?.length) candidates.add(r);
    for (const m of merges) for (let r = Math.max(h0, m.top); r <= Math.min(h1, m.bottom); r++) candidates.add(r);
    const cols = [...occupied].sort((a, b) => a - b);
    for (const r of [...candidates].sort((a, b) => a - b)) {
      const text = new Map<number, string>();
      for (const c of cols) {
        const t = headerCellText(sheet, r, c);
        if (t) {
          text.set(c, t);
          lastRow.set(c, r);
        }
      }
      if (text.size) rows.push({ r, text });
    }
  }
  return { columns: [...occupied].sort((a, b) => a - b), rows, lastRow };
}

function headerCellText(sheet: Sheet, r: number, col: number): string {
  const m = mergeAt(sheet, r, col);
  const cell = m ? sheet.rows[m.top - 1]?.[m.left - 1] : sheet.rows[r - 1]?.[col - 1];
  if (!cell || cell.type !== 'string') return '';
  const text = cell.text.trim();
  return /^\d+$/.test(text) || /^[*＊]+$/.test(text) ? '' : text;
}

/**
 * Header paths of the columns (top-down header texts). A group header that is not merged
 * (text in its first cell only) still covers the columns to its right that have
 * sub-headers below and nothing above.
 */
function headerPaths(block: Block, index: HeaderIndex): string[][] {
  const paths = index.columns.map((): string[] => []);
  if (!block.header) return paths;
  const last = block.header[1];
  const hasBelow = (c: number, r: number) => (index.lastRow.get(c) ?? 0) > r;
  for (const { r, text } of index.rows) {
    // the nearest column to the left with text in this row, while sweeping left to right
    let leftText: number | null = null;
    index.columns.forEach((col, i) => {
      let t = text.get(col) ?? '';
      if (!t && r < last && hasBelow(col, r) && leftText !== null) t = hasBelow(leftText, r) ? (text.get(leftText) ?? '') : '';
      if (text.has(col)) leftText = col;
      const out = paths[i];
      if (t && out[out.length - 1] !== t) out.push(t);
    });
  }
  return paths;
}

export function plainHeaderColumns(sheet: Sheet, block: Block): { columns: number[]; paths: string[][] } {
  const index = indexHeader(sheet, block);
  return { columns: index.columns, paths: headerPaths(block, index) };
}
