/**
 * Test oracle (issue 19, tenth pass): src/core/check/rules/function-hierarchy.ts as it was before, verbatim but for
 * its imports. test/check/table-rules-tenth.test.ts holds the rewritten rule equal to it.
 */
import type { Rule } from '../../../src/core/check/types';
import { SumWords, childrenOf, colSuffix, functionRows, levelName, moneyKeys, qtys, totalRow } from '../../../src/core/check/rules/helpers';
import { qty } from '../../../src/core/model/quantity';

/** 合计 = Σ类, 类 = Σ款, 款 = Σ项 — in every money column of every function-coded table. */
const rule: Rule = {
  meta: {
    id: 'intra/function-hierarchy',
    category: 'intra',
    severity: 'error',
    title: '功能分类科目逐级合计',
    description: '按支出功能分类列示的表（支出总表、一般公共预算支出表、政府性基金/国有资本经营预算支出表，决算公开02/03/05/07/08表）中，合计行等于各类之和，类等于其下各款之和，款等于其下各项之和；逐列检查。',
    implements: ['IN-08', 'IN-13', 'FIN-02', 'FIN-03', 'FIN-06', 'FIN-08', 'FIN-09'],
    example: '支出总表 210 卫生健康支出 333.58 ≠ 其款合计 349.66，差 16.08 万元',
  },
  check(ctx) {
    const tables = ctx.model.tables.filter((t) => functionRows(t).length > 0);
    if (tables.length === 0) return ctx.skip('没有按功能分类科目列示的表');
    for (const t of tables) {
      const keys = moneyKeys(t);
      const name = ctx.model.name(t);
      // the words of each relation, made only for one that does not hold (most hold)
      const words = new SumWords(
        (row, key) => `${name} ${row.code} ${row.name}${colSuffix(key)}`,
        (row) => `其下各${levelName((row.level ?? 1) + 1)}合计`,
      );
      for (const row of functionRows(t)) {
        if (row.level !== 1 && row.level !== 2) continue;
        const kids = childrenOf(t, row, 'function');
        if (kids.length === 0) continue;
        for (const key of keys) {
          const total = qty(t, row, key);
          const parts = qtys(t, kids, key);
          if (!total || !parts) continue;
          ctx.sum(total, parts, words.at(row, key));
        }
      }
      const total = totalRow(t);
      const classes = functionRows(t).filter((r) => r.level === 1);
      if (!total || classes.length === 0) continue;
      for (const key of keys) {
        const q = qty(t, total, key);
        const parts = qtys(t, classes, key);
        if (!q || !parts) continue;
        ctx.sum(q, parts, { subject: `${name} 合计行${colSuffix(key)}`, parts: '各类合计' });
      }
    }
  },
};
export default rule;
