/**
 * parseCellAmount as recognition asks it, for every figure of every table. A number cell's amount
 * is a pure function of its value and its number format, except for its text: the parsed amount is
 * remembered per (format, value) and each cell gets a copy with its own text (the same fields in
 * the same order). The decimal.js values are shared between copies: they are immutable, and no
 * code changes them in place.
 *
 * Bounded at MAX pairs. When full, the memo stops taking new pairs for the rest of the workbook
 * ("frozen"); recognise empties a full memo before the next workbook (startAmountRun), to learn that
 * one's amounts. Measured for issue 19 (sixth pass) against emptying it whenever it fills (the old
 * policy), freezing it for good, and two generations of MAX/2 (a pair found in the older one moved
 * to the newer); costs per number cell here: a parse ≈ 1.1 µs, a parse remembered ≈ 1.9 µs, a
 * remembered one asked again ≈ 0.35 µs:
 * - the seeds and the bench's scaling series (40 … 830 units, ≤ 14,200 pairs a workbook, 15,664 in
 *   all after the seeds and real fixtures in one process): no memo ever fills, every policy but two
 *   generations is the same (two generations of 10,000 lose pairs at 830 units: 8,398 parses a run);
 * - one workbook of more pairs (the 830-unit series with every amount made distinct: 103,909 pairs),
 *   analysed again and again: parses / pairs remembered per run, emptied 118,166 / 118,166,
 *   frozen for good 114,597 / 0, two generations 113,510 / 123,047, frozen per workbook 134,597 /
 *   20,000 (≈ 227, 141, 226, 171 ms by those costs); analysed once (the CLI), frozen per workbook
 *   is frozen for good;
 * - workbooks one after the other in one process (task pane, a CLI folder): frozen for good never
 *   learns again (the five seeds after one workbook of 22,629 pairs: 1,518 parses of 1,535 figures);
 *   the others parse 286, each distinct pair once.
 * Frozen per workbook is never worse than emptying, and has no case as bad as the others'.
 */
import { parseCellAmount, type Amount, type NumberAmount } from '../amount';
import type { Cell } from '../workbook';
import { forgetWith } from './text';

/** A memo of parsed number amounts, bounded at `max` (pairs of format and value). */
export interface AmountMemo {
  /** = parseCellAmount(cell). */
  amount(cell: Cell | null | undefined): Amount;
  /** A new workbook is read: a full memo is emptied (one not yet full keeps learning). */
  startRun(): void;
  /** Forgets every pair (forgetTexts: a file's first check, as the bench times it). */
  clear(): void;
  /** Pairs remembered (for tests). */
  size(): number;
}

export function amountMemo(max: number): AmountMemo {
  let size = 0;
  const byFormat = new Map<string | undefined, Map<number, NumberAmount>>();
  return {
    amount(cell) {
      if (!cell || cell.type !== 'number' || typeof cell.value !== 'number') return parseCellAmount(cell);
      const v = cell.value;
      // (a Map takes -0 for 0; NaN and infinities are left to the plain parse)
      if (!Number.isFinite(v) || Object.is(v, -0)) return parseCellAmount(cell);
      let known = byFormat.get(cell.numFmt);
      const a = known?.get(v);
      if (a) return { ...a, text: cell.text };
      const parsed = parseCellAmount(cell);
      // full: frozen until the next workbook
      if (parsed.kind !== 'number' || size >= max) return parsed;
      if (!known) byFormat.set(cell.numFmt, (known = new Map()));
      known.set(v, { ...parsed });
      size++;
      return parsed;
    },
    startRun() {
      if (size < max) return;
      byFormat.clear();
      size = 0;
    },
    clear() {
      byFormat.clear();
      size = 0;
    },
    size: () => size,
  };
}

const MAX = 20000;
const memo = amountMemo(MAX);
forgetWith(memo.clear);

/** = parseCellAmount(cell), remembered (see above). */
export const cellAmount: (cell: Cell | null | undefined) => Amount = memo.amount;

/** Recognition starts on a workbook: a full memo is emptied. */
export const startAmountRun: () => void = memo.startRun;
