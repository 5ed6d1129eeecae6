/** Quantities from the 绩效目标表 forms. */
import type { ValueCell } from '../../recognize';
import { valueQ, type Q } from '../quantity';

/** A form's value cell as a quantity. */
export function formQ(sheet: string, v: ValueCell | null | undefined, label: string): Q | null {
  return valueQ(sheet, v, label);
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
