import type { Q } from '../../model/quantity';
import { incomeListLines } from '../../model/income-list';
import type { Rule } from '../types';

/** 江苏 收入预算总表 (项目—金额 list): 收入总计 = Σ 各项资金小计; 小计 = Σ 其下各项 (IN-05 for the list layout). */
const rule: Rule = {
  meta: {
    id: 'intra/income-list',
    category: 'intra',
    severity: 'error',
    title: '收入预算总表（项目—金额列示）逐级合计',
    description:
      '按“项目名称—金额”竖排的收入预算总表（江苏公开表二）：收入总计 = 一般公共预算资金、政府性基金、财政专户管理资金、其他资金、上年结转和结余资金各小计之和；各小计 = 其下各项之和（“其中”行不计入）。空白金额按 0 计。',
    implements: ['IN-05'],
    example: '收入预算总表 一般公共预算资金 小计 1271.89 ≠ 其下各项之和 1268.72，差 3.17 万元',
  },
  check(ctx) {
    const lists = ctx.model
      .byKind('income-summary')
      .map((t) => ({ t, lines: incomeListLines(ctx.model, t) }))
      .filter((x) => x.lines);
    if (lists.length === 0) return ctx.skip('没有按“项目名称—金额”竖排的收入预算总表');
    for (const { t, lines } of lists) {
      const name = ctx.model.name(t);
      const all = lines ?? [];
      const subtotals = all.filter((l) => l.role === 'subtotal');
      for (const s of subtotals) {
        const details = all.filter((l) => l.role === 'detail' && l.group === s.group);
        if (details.length === 0 || !s.q || details.some((d) => !d.q)) continue;
        ctx.sum(s.q, details.map((d) => d.q as Q), { subject: `${name} ${s.group} 小计`, parts: '其下各项之和' });
      }
      const grand = all.find((l) => l.role === 'grand');
      if (grand?.q && subtotals.length >= 2 && subtotals.every((s) => s.q)) {
        ctx.sum(grand.q, subtotals.map((s) => s.q as Q), { subject: `${name} ${grand.item}`, parts: `${subtotals.map((s) => s.group).join('、')}小计之和` });
      }
    }
  },
};
export default rule;
