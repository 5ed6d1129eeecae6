import Decimal from 'decimal.js';
import { columnLetter } from '../../address';
import type { Recognised, TableRow } from '../../recognize';
import { norm } from '../../recognize/text';
import { qty, type Q } from '../../model/quantity';
import { cellAt, findSheet } from '../../workbook';
import type { CheckModel } from '../../model/model';
import type { Rule } from '../types';

const ZERO = new Decimal(0);

interface Line {
  level: 0 | 1 | 2 | 3;
  label: string;
  q: Q | null;
}

/**
 * The lines of a 江苏 政府采购预算表 by what they name: 0 合计, 1 采购品目大类 (一、货物A), 2 专项
 * (专项名称 / 经济科目), 3 采购物品. Read from the sheet, since a line that prints nothing is not a
 * recognised row (a blank amount is an exact 0). Null when the table is not laid out so, or a line
 * names both a 专项 and an 物品 (which level it is cannot be told).
 */
function lines(model: CheckModel, t: Recognised): Line[] | null {
  const col = (key: string) => t.columns.find((c) => c.key === key)?.col;
  const [cat, special, econ, item, form, amount] = [col('采购品目大类'), col('专项名称'), col('部门支出经济分类'), col('采购物品名称'), col('采购组织形式'), col('合计')];
  const sheet = findSheet(model.wb, t.block.sheet);
  if (!cat || !item || !amount || !(special || econ) || !sheet || !t.block.body) return null;
  const skip = new Set(t.block.skip ?? []);
  const text = (r: number, c: number | undefined) => (c ? norm(cellAt(sheet, r, c)?.text ?? '') : '');
  const rows = firstRowAt(t.rows);
  const out: Line[] = [];
  for (let r = t.block.body[0]; r <= t.block.body[1]; r++) {
    if (skip.has(r)) continue;
    const [a, b, c, d] = [text(r, cat), text(r, special), text(r, econ), text(r, item)];
    const row = rows.get(r);
    // an 物品 bought in two ways prints its second 组织形式 on a line of its own (物品名称 blank)
    if (!a && !b && !c && !d && !text(r, form) && !row) continue;
    const label = a || [...new Set([b, c].filter(Boolean))].join(' ') || d || text(r, form);
    let q = row ? qty(t, row, '合计', label) : null;
    if (!row && !(cellAt(sheet, r, amount)?.text ?? '').trim()) q = { value: ZERO, half: ZERO, decimals: 0, sheet: t.block.sheet, cell: `${columnLetter(amount)}${r}`, label };
    if (TOTAL.test(a)) out.push({ level: 0, label: '合计', q });
    else if (a) out.push({ level: 1, label, q });
    else if ((b || c) && d) return null;
    else if (b || c) out.push({ level: 2, label, q });
    else out.push({ level: 3, label, q });
  }
  return out;
}

const TOTAL = /^(合计|总计)$/;

/** The first row of the table at each sheet row (what `rows.find((x) => x.row === r)` gives), in one pass. */
function firstRowAt(rows: TableRow[]): Map<number, TableRow> {
  const at = new Map<number, TableRow>();
  for (const x of rows) if (!at.has(x.row)) at.set(x.row, x);
  return at;
}

/** 江苏 政府采购预算表: 合计 = Σ 采购品目大类; 大类 = Σ 其下专项; 专项 = Σ 其下采购物品 (IN-15). */
const rule: Rule = {
  meta: {
    id: 'intra/procurement-hierarchy',
    category: 'intra',
    severity: 'error',
    title: '政府采购预算表逐级合计',
    description:
      '按“采购品目大类—专项名称—采购物品名称”逐级列示的政府采购预算表（江苏公开表十二）：合计 = 各采购品目大类之和；大类 = 其下各专项之和；专项 = 其下各采购物品之和。空白金额按 0 计。',
    implements: ['IN-15'],
    example: '政府采购预算表 一、货物A 11.62 ≠ 其下各专项之和 14.79，差 3.17 万元',
  },
  check(ctx) {
    const tables = ctx.model
      .byKind('procurement')
      .map((t) => ({ t, lines: lines(ctx.model, t) }))
      .filter((x) => x.lines && x.lines.some((l) => l.level === 1));
    if (tables.length === 0) return ctx.skip('没有按“采购品目大类—专项—采购物品”逐级列示的政府采购预算表');
    for (const { t, lines: all } of tables) {
      const name = ctx.model.name(t);
      const ls = all ?? [];
      // each line against the lines of the next level below it, up to the next line of its level or above
      ls.forEach((parent, i) => {
        if (parent.level === 3 || !parent.q) return;
        const kids: Line[] = [];
        for (let j = i + 1; j < ls.length && ls[j].level > parent.level; j++) if (ls[j].level === parent.level + 1) kids.push(ls[j]);
        if (kids.length === 0 || kids.some((k) => !k.q)) return;
        const what = parent.level === 0 ? '各采购品目大类之和' : parent.level === 1 ? '其下各专项之和' : '其下各采购物品之和';
        ctx.sum(parent.q, kids.map((k) => k.q as Q), { subject: `${name} ${parent.label}`, parts: what });
      });
    }
  },
};
export default rule;
