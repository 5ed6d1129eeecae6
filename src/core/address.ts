/** A1-style address helpers (1-based rows and columns). */

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Letters of the columns asked for so far (Excel has 16,384 columns: XFD). */
const LETTERS: string[] = [];

/** 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`invalid column ${col}`);
  const s = letters(col);
  if (col <= 16384) LETTERS[col] = s;
  return s;
}

function letters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A → 1, AA → 27. */
export function columnIndex(letters: string): number {
  const up = letters.toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(up)) throw new RangeError(`invalid column letters ${letters}`);
  let n = 0;
  for (const ch of up) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function toA1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "C12" or "$C$12" → { row: 12, col: 3 }. */
export function parseA1(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new RangeError(`invalid cell address ${address}`);
  const row = Number(m[2]);
  if (row < 1) throw new RangeError(`invalid cell address ${address}`);
  return { row, col: columnIndex(m[1]) };
}

/** "A1:C3", "C3:A1" (normalised) or "B2" (a single cell); a leading "Sheet!" is ignored. */
export function parseRange(range: string): RangeRef {
  const bare = range.includes('!') ? range.slice(range.lastIndexOf('!') + 1) : range;
  const [a, b] = bare.split(':');
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function formatRange(r: RangeRef): string {
  const a = toA1(r.top, r.left);
  const b = toA1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

export function rangeContains(r: RangeRef, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** Quote a sheet name for use in a formula or hyperlink reference ('表1 收支总表'!A1). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
