/** Quantities from the 绩效目标表 forms. */
import type { ValueCell } from '../../recognize';
import { valueQ, type Q } from '../../model/quantity';

/** A form's value cell as a quantity. */
export function formQ(sheet: string, v: ValueCell | null | undefined, label: string): Q | null {
  return valueQ(sheet, v, label);
}

export function isBlank(v: ValueCell | null | undefined): boolean {
  return !v || v.amount.kind === 'empty';
}

