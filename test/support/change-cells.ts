/** Changed money cells of a synthetic department, so that its relations break (the table-rule tests). */
import Decimal from 'decimal.js';
import { parseA1 } from '../../src/core/address';
import { findSheet, getCell, makeCell, putCell } from '../../src/core/workbook';
import type { syntheticBudget } from './synthetic';

/** Change `changes` money cells by ±0.01 … ±2.5 (deterministic in `seed`): relations break, some only by a 尾差. */
export function changeCells(b: ReturnType<typeof syntheticBudget>, seed: number, changes: number): void {
  for (let i = 0; i < changes; i++) {
    const m = b.moneyCells[(i * 7919 + seed * 104729) % b.moneyCells.length];
    const s = findSheet(b.workbook, m.sheet)!;
    const old = getCell(s, m.cell);
    const { row, col } = parseA1(m.cell);
    const step = i % 3 === 0 ? new Decimal('0.01') : new Decimal((i % 5) + 1).dividedBy(2);
    const value = new Decimal(m.value).plus(i % 2 ? step.negated() : step).toNumber();
    putCell(s, makeCell({ row, col, value, numFmt: old?.numFmt }));
  }
}
