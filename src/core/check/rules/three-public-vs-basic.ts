import type { Rule } from '../types';
import { qty, zeroQ } from '../../model/quantity';
import { THREE_PUBLIC_ECONOMIC as PAIRS, threePublicValues } from '../../model/tables';

/** 三公 items ≥ the matching basic 经济款 (30212, 30217, 30231, 31013) (X-10, XF-08). */
const rule: Rule = {
  meta: {
    id: 'cross/three-public-vs-basic',
    category: 'cross',
    severity: 'error',
    title: '“三公”经费与基本支出经济科目',
    description: '“三公”经费表各项不小于基本支出表中对应经济科目：因公出国（境）费 ≥ 30212，公务接待费 ≥ 30217，公务用车运行费 ≥ 30231，公务用车购置费 ≥ 31013（“三公”还包括项目支出）；“三公”为 0 时这些科目也应为 0。',
    implements: ['X-10', 'XF-08', 'CLS-12'],
    example: '“三公”经费支出表 公务接待费 0.00 小于 基本支出表 30217 公务接待费 1.00',
  },
  check(ctx) {
    const all = ctx.model.byKind('three-public');
    const tp = all.find((t) => t.rows.length > 0) ?? all[0];
    const basic = ctx.model.byKind('basic-expenditure').find((t) => t.rows.some((r) => r.type === 'economic'));
    if (!tp || !basic) return ctx.skip('缺少“三公”经费表或基本支出表');
    // an empty 三公 table (header only) states 0 for every item
    const values = tp.rows.length > 0 ? threePublicValues(tp) : new Map(PAIRS.map(([item]) => [item, zeroQ(tp, '（空表）')]));
    for (const [item, code, what] of PAIRS) {
      const three = values.get(item);
      const row = basic.rows.find((r) => r.type === 'economic' && r.code === code);
      if (!three || !row) continue;
      const key = Object.keys(row.values).includes('合计') ? '合计' : Object.keys(row.values)[0];
      if (!key) continue; // a row without any value column (damaged table)
      const b = qty(basic, row, key);
      if (b) ctx.atLeast(three, b, { a: `${ctx.model.name(tp)} ${what}`, b: `${ctx.model.name(basic)} ${code} ${row.name}`, why: '基本支出中的该科目属于“三公”经费' });
    }
  },
};
export default rule;
