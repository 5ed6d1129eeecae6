import Decimal from 'decimal.js';
import type { Recognised, TableRow } from '../../recognize';
import type { Rule } from '../types';
import { SumWords, colSuffix, moneyKeys, qtys, totalRow } from './helpers';
import { qty, rowLabel } from '../../model/quantity';

interface Node {
  row: TableRow | null;
  rank: number;
  children: Node[];
}

/** Nest the rows of a unit-structured table: 部门 > 单位 > 项目类别 > 项目/明细/项. */
function tree(t: Recognised): Node {
  const root: Node = { row: null, rank: -1, children: [] };
  const stack: Node[] = [root];
  for (const row of t.rows) {
    if (row.type === 'total' || row.type === 'label') continue;
    const inUnit = hasUnit(stack);
    const rank =
      row.type === 'unit' ? (row.level === 1 ? 1 : 2) : row.type === 'category' ? (inUnit ? 3 : 0.5) : 4;
    while (stack.length > 1 && stack[stack.length - 1].rank >= rank) stack.pop();
    const node: Node = { row, rank, children: [] };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  }
  return root;
}

/** Whether a node of the stack is a unit row (a loop: no closure per row). */
function hasUnit(stack: Node[]): boolean {
  for (let i = 0; i < stack.length; i++) if (stack[i].row?.type === 'unit') return true;
  return false;
}

/** 合计 = Σ部门, 部门 = Σ单位, 单位 = Σ项目（明细） in unit-structured tables. */
const rule: Rule = {
  meta: {
    id: 'intra/unit-hierarchy',
    category: 'intra',
    severity: 'error',
    title: '单位层级合计',
    description: '按单位列示的表（收入总表、项目支出表、一般公共预算支出表（分单位）、政府采购/政府购买服务/资产配置预算表）中，合计行等于各部门之和，部门等于其所属单位之和，单位等于其项目或明细之和；单价、数量列不相加。',
    implements: ['IN-06', 'IN-15'],
    example: '项目支出表 202002 武汉市青山区医疗保障服务中心 56.80 ≠ 其下各行合计 46.80，差 10.00 万元',
  },
  check(ctx) {
    const tables = ctx.model.tables.filter((t) => t.rows.some((r) => r.type === 'unit'));
    if (tables.length === 0) return ctx.skip('没有按单位列示的表');
    for (const t of tables) {
      const name = ctx.model.name(t);
      // the words of each relation, made only for one that does not hold (most hold)
      const words = new SumWords((row, key) => `${name} ${rowLabel(row)}${colSuffix(key)}`, () => '其下各行合计');
      const keys = moneyKeys(t);
      const root = tree(t);
      const blanks = new Set<TableRow>();
      const blank = (row: TableRow, key: string) => row.values[key]?.amount.kind === 'empty';
      const visit = (node: Node) => {
        for (const c of node.children) visit(c);
        if (!node.row || node.children.length === 0) return;
        const kids = node.children.map((c) => c.row as TableRow);
        for (const key of keys) {
          const q = qty(t, node.row, key);
          const parts = qtys(t, kids, key);
          if (!q || !parts) continue;
          if (blank(node.row, key) && parts.some((p) => !p.value.isZero())) {
            blanks.add(node.row);
            ctx.report({
              severity: 'warning',
              message: `${name} ${rowLabel(node.row)}${colSuffix(key)} 为空，而其下各行合计 ${parts.reduce((a, p) => a.plus(p.value), new Decimal(0)).toFixed(2)} 万元：小计未填写`,
              locations: [{ sheet: q.sheet, cell: q.cell }, ...parts.map((p) => ({ sheet: p.sheet, cell: p.cell }))],
              expected: null,
              actual: null,
            });
            continue;
          }
          // a blank subtotal among the parts was reported above; its parent cannot be judged (the set is
          // asked first: it is empty in almost every table, and the question has no side effect)
          if (blanks.size > 0 && kids.some((k) => blanks.has(k) && blank(k, key))) {
            if (blank(node.row, key)) blanks.add(node.row);
            continue;
          }
          ctx.sum(q, parts, words.at(node.row, key));
        }
      };
      visit(root);
      const total = totalRow(t);
      if (total && root.children.length) {
        const kids = root.children.map((c) => c.row as TableRow);
        for (const key of keys) {
          const q = qty(t, total, key);
          const parts = qtys(t, kids, key);
          if (blanks.size > 0 && kids.some((k) => blanks.has(k) && blank(k, key))) continue;
          if (q && parts) ctx.sum(q, parts, { subject: `${name} 合计行${colSuffix(key)}`, parts: '各部门（单位）合计' });
        }
      }
    }
  },
};
export default rule;
