/**
 * A set of workbook cells (sheet, A1 address), for grouping thousands of findings without a key
 * string per cell and without a hash table that outgrows the processor's caches (at 200k cells a
 * Set of "sheet!A1" strings costs several times more per cell than at 10k).
 *
 * An address in canonical A1 form ("AB123": 1–3 capital letters, a row without leading zeros) is
 * read as its column and row: in the first 1,024 columns and 65,536 rows it is a bit of its
 * column's bitmap, beyond that a number (column · 2^18 + row) in a Set. Anything else (a range,
 * "$A$1", lowercase, a row past 262,143) is kept as the string itself. Each address has exactly
 * one of these three forms (the letters and the digits each read one way), so two addresses are
 * the same member exactly when they are the same string.
 */

const ROW_BITS = 18; // rows below 262,144 and columns below 8,192 keep the number a small integer
const ROW_LIMIT = 1 << ROW_BITS;
const COL_LIMIT = 1 << 13;
const BITMAP_ROWS = 1 << 16; // a column's bitmap: at most 8 KB
const BITMAP_COLS = 1 << 10; // so at most 8 MB for a sheet, only if findings name cells that far out

/** The number of a canonical A1 address (column · 2^18 + row), or -1 when the address is not one. */
export function a1Number(cell: string): number {
  const n = cell.length;
  let i = 0;
  let col = 0;
  while (i < n && i < 4) {
    const c = cell.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    i++;
  }
  if (i === 0 || i > 3 || i === n) return -1;
  let row = 0;
  for (let j = i; j < n; j++) {
    const c = cell.charCodeAt(j);
    if (c < 48 || c > 57 || (j === i && c === 48)) return -1;
    row = row * 10 + (c - 48);
    if (row >= ROW_LIMIT) return -1;
  }
  return col < COL_LIMIT ? col * ROW_LIMIT + row : -1;
}

interface SheetCells {
  /** Per column, one bit per row (rows below BITMAP_ROWS), grown by doubling. */
  columns: (Uint32Array | undefined)[];
  numbers: Set<number> | null;
  strings: Set<string> | null;
}

export class CellSet {
  private readonly sheets = new Map<string, SheetCells>();
  private lastSheet: string | null = null;
  private last: SheetCells | null = null;

  /** Adds the cell; true when it was not in the set yet. */
  add(sheet: string, cell: string): boolean {
    let s = this.last;
    if (sheet !== this.lastSheet || s === null) {
      s = this.sheets.get(sheet) ?? null;
      if (s === null) this.sheets.set(sheet, (s = { columns: [], numbers: null, strings: null }));
      this.lastSheet = sheet;
      this.last = s;
    }
    const n = a1Number(cell);
    if (n < 0) {
      const strings = (s.strings ??= new Set());
      if (strings.has(cell)) return false;
      strings.add(cell);
      return true;
    }
    const col = Math.floor(n / ROW_LIMIT);
    const row = n - col * ROW_LIMIT;
    if (col >= BITMAP_COLS || row >= BITMAP_ROWS) {
      const numbers = (s.numbers ??= new Set());
      if (numbers.has(n)) return false;
      numbers.add(n);
      return true;
    }
    const word = row >>> 5;
    let bits = s.columns[col];
    if (bits === undefined || word >= bits.length) {
      let size = bits === undefined ? 8 : bits.length * 2;
      while (size <= word) size *= 2;
      const grown = new Uint32Array(size);
      if (bits !== undefined) grown.set(bits);
      s.columns[col] = bits = grown;
    }
    const bit = 1 << (row & 31);
    if ((bits[word] & bit) !== 0) return false;
    bits[word] |= bit;
    return true;
  }
}
