/**
 * Test oracle (issue 19, tenth pass): src/core/check/rules/detail-lines.ts as it was before, verbatim but for its
 * imports. test/check/table-rules-tenth.test.ts holds the rewritten rules equal to it.
 */
/** Line checks of the 政府采购 and 资产配置 tables: amount = quantity × unit price; 小微 ≤ 中小 ≤ 合计. */
import type { Recognised, TableRow } from '../../../src/core/recognize';
import type { Rule, RuleContext } from '../../../src/core/check/types';
import { fmt, qty, rowLabel } from '../../../src/core/model/quantity';

function product(ctx: RuleContext, t: Recognised, row: TableRow, amountKey: string, qtyKey: string, priceKey: string, what: string, severity: 'error' | 'warning'): void {
  const a = qty(t, row, amountKey);
  const n = qty(t, row, qtyKey);
  const p = qty(t, row, priceKey);
  if (!a || !n || !p || n.value.isZero() || p.value.isZero() || a.value.isZero()) return;
  const expected = n.value.times(p.value);
  // a count is exact: only the price and the amount are rounded
  const slack = n.value.abs().times(p.half).plus(a.half);
  const diff = a.value.minus(expected);
  if (diff.abs().lte(slack)) return;
  const d = Math.max(2, a.decimals, p.decimals);
  ctx.report({
    severity,
    message: `${ctx.model.name(t)} ${rowLabel(row)}：${what} ${fmt(a.value, d)} ≠ 数量 ${n.value.toString()} × 单价 ${fmt(p.value, d)} = ${fmt(expected, d)}，差 ${fmt(diff.abs(), d)} 万元`,
    locations: [a, n, p].map((q) => ({ sheet: q.sheet, cell: q.cell })),
    expected: fmt(expected, d),
    actual: fmt(a.value, d),
    difference: fmt(diff, d),
  });
}

export const procurementLines: Rule = {
  meta: {
    id: 'intra/procurement-lines',
    category: 'intra',
    severity: 'error',
    title: '政府采购预算明细',
    description: '政府采购预算表每行：面向小微企业 ≤ 面向中小企业 ≤ 采购金额（错误）；采购金额 = 采购数量 × 单价（两者都填写时，提示核实）。',
    implements: ['IN-15'],
    example: '政府采购预算表 202002 物业管理服务：采购金额 23.20 ≠ 数量 2 × 单价 23.20 = 46.40',
  },
  check(ctx) {
    const tables = ctx.model.byKind('procurement').filter((t) => t.rows.length > 0);
    if (tables.length === 0) return ctx.skip('没有政府采购预算表，或表中没有数据');
    for (const t of tables) {
      for (const row of t.rows) {
        const total = qty(t, row, '合计');
        const sme = qty(t, row, '采购金额.其中面向中小企业');
        const micro = qty(t, row, '采购金额.其中面向小微企业');
        const label = `${ctx.model.name(t)} ${row.type === 'total' ? '合计行' : rowLabel(row)}`;
        if (total && sme) ctx.atLeast(total, sme, { a: `${label} 采购金额`, b: '其中面向中小企业', why: '面向中小企业的部分不能超过采购金额' });
        if (sme && micro) ctx.atLeast(sme, micro, { a: `${label} 面向中小企业`, b: '其中面向小微企业', why: '小微企业包含在中小企业之内' });
        if (row.type === 'detail' || (row.type !== 'total' && row.type !== 'unit' && row.type !== 'category')) {
          product(ctx, t, row, '合计', '采购数量', '单价', '采购金额', 'warning');
        }
      }
    }
  },
};

export const assetLines: Rule = {
  meta: {
    id: 'intra/asset-lines',
    category: 'intra',
    severity: 'error',
    title: '资产配置预算明细',
    description: '资产配置预算表每条明细：金额 = 单价 × 数量；财政审核数的金额 = 审核单价 × 审核数量。',
    implements: ['IN-16'],
    example: '资产配置预算表 202002 办公设备：金额 1.40 ≠ 数量 1 × 单价 0.70 = 0.70',
  },
  check(ctx) {
    const tables = ctx.model.byKind('asset-allocation').filter((t) => t.rows.some((r) => r.type === 'detail'));
    if (tables.length === 0) return ctx.skip('没有资产配置预算表，或表中没有明细');
    for (const t of tables) {
      const qtyKey = t.columns.some((c) => c.key === '资产申请数量') ? '资产申请数量' : '资产数量';
      for (const row of t.rows.filter((r) => r.type === 'detail')) {
        product(ctx, t, row, '金额', qtyKey, '单价', '金额', 'error');
        product(ctx, t, row, '财政审核数.金额', '财政审核数.数量', '财政审核数.单价', '财政审核金额', 'error');
      }
    }
  },
};

