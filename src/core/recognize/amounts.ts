/**
 * parseCellAmount as recognition asks it, for every figure of every table. A number cell's amount
 * is a pure function of its value and its number format, except for its text: the parsed amount is
 * remembered per (format, value) and each cell gets a copy with its own text (the same fields in
 * the same order). The decimal.js values are shared between copies: they are immutable, and no
 * code changes them in place. Bounded like memoText.
 */
import { parseCellAmount, type Amount, type NumberAmount } from '../amount';
import type { Cell } from '../workbook';

const MAX = 20000;
let size = 0;
const byFormat = new Map<string | undefined, Map<number, NumberAmount>>();

/** = parseCellAmount(cell). */
export function cellAmount(cell: Cell | null | undefined): Amount {
  if (!cell || cell.type !== 'number' || typeof cell.value !== 'number') return parseCellAmount(cell);
  const v = cell.value;
  // (a Map takes -0 for 0; NaN and infinities are left to the plain parse)
  if (!Number.isFinite(v) || Object.is(v, -0)) return parseCellAmount(cell);
  let known = byFormat.get(cell.numFmt);
  const a = known?.get(v);
  if (a) return { ...a, text: cell.text };
  const parsed = parseCellAmount(cell);
  if (parsed.kind !== 'number') return parsed;
  if (size >= MAX) {
    byFormat.clear();
    size = 0;
    known = undefined;
  }
  if (!known) byFormat.set(cell.numFmt, (known = new Map()));
  known.set(v, { ...parsed });
  size++;
  return parsed;
}
