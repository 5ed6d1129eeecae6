import type { Rule } from '../types';
import { qty } from '../../model/quantity';

/** 301/303 are 人员经费, 302/310 are 公用经费: an amount in the other column is misplaced. */
const rule: Rule = {
  meta: {
    id: 'intra/economic-placement',
    category: 'intra',
    severity: 'warning',
    title: '经济分类与人员/公用经费列',
    description: '基本支出表中，301 工资福利支出、303 对个人和家庭的补助只应列在“人员经费”，302 商品和服务支出、310 资本性支出只应列在“公用经费”。',
    implements: ['IN-11', 'CLS-10'],
    example: '一般公共预算基本支出表 30201 办公费 在“人员经费”列有 2.00 万元，办公费属公用经费',
  },
  check(ctx) {
    const tables = ctx.model.byKind('basic-expenditure').filter((t) => t.columns.some((c) => c.key === '人员经费') && t.columns.some((c) => c.key === '公用经费'));
    if (tables.length === 0) return ctx.skip('基本支出表没有分列人员经费和公用经费');
    for (const t of tables) {
      for (const row of t.rows.filter((r) => r.type === 'economic' && r.code)) {
        const personnel = /^30[13]/.test(row.code ?? '');
        const wrongKey = personnel ? '公用经费' : /^3(02|10)/.test(row.code ?? '') ? '人员经费' : null;
        if (!wrongKey) continue;
        const q = qty(t, row, wrongKey);
        if (!q || q.value.isZero()) continue;
        ctx.report({
          message: `${ctx.model.name(t)} ${row.code} ${row.name} 在“${wrongKey}”列有 ${q.value.toFixed(2)} 万元，${row.code?.slice(0, 3)} 类属${personnel ? '人员经费' : '公用经费'}`,
          locations: [{ sheet: q.sheet, cell: q.cell }],
          expected: '0.00',
          actual: q.value.toFixed(2),
        });
      }
    }
  },
};
export default rule;
