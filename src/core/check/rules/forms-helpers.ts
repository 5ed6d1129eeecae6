/** Quantities from the 绩效目标表 forms. */
import Decimal from 'decimal.js';
import { halfUnit } from '../../amount';
import type { ValueCell } from '../../recognize';
import type { Q } from '../quantity';

export function formQ(sheet: string, v: ValueCell | null | undefined, label: string): Q | null {
  if (!v) return null;
  const a = v.amount;
  if (a.kind === 'number') return { value: a.value, half: halfUnit(a.decimals), decimals: a.decimals, sheet, cell: v.cell, label };
  if (a.kind === 'empty') return { value: new Decimal(0), half: new Decimal(0), decimals: 0, sheet, cell: v.cell, label };
  return null;
}

export function isBlank(v: ValueCell | null | undefined): boolean {
  return !v || v.amount.kind === 'empty';
}

/** Similarity of two names (longest common subsequence over the longer length). */
export function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  const dp: number[] = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(dp[j], dp[j - 1]);
      prev = tmp;
    }
  }
  return dp[b.length] / Math.max(a.length, b.length);
}
