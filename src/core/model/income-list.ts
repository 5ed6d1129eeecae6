/**
 * The 江苏 收入预算总表 (公开表二): a vertical list of two name columns and one 金额 column —
 *
 *   收入总计                              1307.92
 *   一般公共预算资金   小计                 1271.89
 *                      公共财政拨款(补助)资金 1271.89
 *                      专项收入
 *   政府性基金         小计
 *   财政专户管理资金   小计                   36.03
 *   其他资金           小计
 *                      事业收入 / 经营收入 / 其他收入
 *   上年结转和结余资金 小计
 *                      其中：动用上年结转和结余资金
 *
 * Read from the sheet (the recognised rows drop lines that print nothing, and name a line by
 * its first column only): each line with its group, its item and its amount. A blank amount is
 * an exact 0. Shared by the rules that read the list (intra/income-list, cross/summary-vs-income).
 */
import Decimal from 'decimal.js';
import { columnLetter } from '../address';
import type { Recognised } from '../recognize';
import { norm } from '../recognize/text';
import { cellAt, findSheet } from '../workbook';
import type { CheckModel } from './model';
import { qty, type Q } from './quantity';

const ZERO = new Decimal(0);

export interface IncomeListLine {
  row: number;
  /** 'grand' 收入总计; 'subtotal' a group's 小计; 'detail' an item of a group; 'of' a 其中 line. */
  role: 'grand' | 'subtotal' | 'detail' | 'of';
  /** The group's name as printed (一般公共预算资金, 政府性基金 …); '' for the 收入总计. */
  group: string;
  /** The item's name (公共财政拨款(补助)资金 …); the group's name for a subtotal. */
  item: string;
  /** The amount; null when the cell holds something that is not a number. */
  q: Q | null;
}

/** The lines of a 江苏 收入预算总表, or null when the table is not such a list (two name columns, 小计 lines). */
export function incomeListLines(model: CheckModel, t: Recognised): IncomeListLine[] | null {
  if (t.kind !== 'income-summary' || !t.block.body) return null;
  const money = t.columns.filter((c) => c.key === '金额');
  const names = t.columns.filter((c) => c.key === '项目名称');
  if (money.length !== 1 || names.length !== 2 || t.columns.length !== 3) return null;
  const sheet = findSheet(model.wb, t.block.sheet);
  if (!sheet) return null;
  const [first, second] = [...names].sort((a, b) => a.col - b.col).map((c) => c.col);
  const amountCol = money[0].col;
  const skip = new Set(t.block.skip ?? []);
  const text = (r: number, c: number) => norm(cellAt(sheet, r, c)?.text ?? '');
  const out: IncomeListLine[] = [];
  let group: string | null = null;
  for (let r = t.block.body[0]; r <= t.block.body[1]; r++) {
    if (skip.has(r)) continue;
    const a = text(r, first);
    const b = text(r, second);
    if (!a && !b) continue;
    const recognised = t.rows.find((x) => x.row === r);
    const cell = cellAt(sheet, r, amountCol);
    const label = [a, b].filter(Boolean).join(' ');
    let q: Q | null = recognised ? qty(t, recognised, '金额', label) : null;
    if (!recognised && !(cell?.text ?? '').trim()) {
      q = { value: ZERO, half: ZERO, decimals: 0, sheet: t.block.sheet, cell: `${columnLetter(amountCol)}${r}`, label };
    }
    if (/^收入(总计|合计)$/.test(a) || /^收入(总计|合计)$/.test(b)) {
      out.push({ row: r, role: 'grand', group: '', item: a || b, q });
      group = null;
      continue;
    }
    if (a && a !== group) group = a;
    if (!group) continue;
    if (!b || /^(小计|合计)$/.test(b)) {
      if (a) out.push({ row: r, role: 'subtotal', group, item: group, q });
      continue;
    }
    out.push({ row: r, role: /^其中/.test(b) ? 'of' : 'detail', group, item: b, q });
  }
  return out.some((l) => l.role === 'subtotal') ? out : null;
}
