import type { FormLine, Recognised } from '../../recognize';
import { fmt, shareVerdict, type Q } from '../../model/quantity';
import type { Rule, RuleContext } from '../types';
import { formQ, isBlank } from './forms-helpers';

function sumLines(ctx: RuleContext, t: Recognised, total: FormLine, lines: FormLine[], what: string): void {
  const sheet = t.block.sheet;
  const name = ctx.model.name(t);
  const cur = formQ(sheet, total.current, `${what}合计`);
  const parts = lines.map((l) => formQ(sheet, l.current, l.name));
  if (cur && parts.every(Boolean) && !isBlank(total.current)) ctx.sum(cur, parts as Q[], { subject: `${name} ${what}合计`, parts: `各${what}构成之和` });
  // 近两年 columns
  total.prior.forEach((p, i) => {
    const q = formQ(sheet, p.value, `${p.label} ${what}合计`);
    // the parts (a label each) only for a column that has figures: formQ is pure, the order of the questions free
    if (!q || isBlank(p.value) || lines.every((l) => isBlank(l.prior[i]?.value))) return;
    const ps = lines.map((l) => formQ(sheet, l.prior[i]?.value, `${p.label} ${l.name}`));
    if (!ps.every(Boolean)) return;
    ctx.sum(q, ps as Q[], { subject: `${name} ${p.label}${what}合计`, parts: `各${what}构成之和` });
  });
  // 占比 = 金额 / 合计
  for (const l of lines) {
    const stated = formQ(sheet, l.share, `${l.name} 占比`);
    const part = formQ(sheet, l.current, l.name);
    if (!stated || isBlank(l.share) || !part || !cur) continue;
    const v = shareVerdict(stated, part, cur);
    if (!v || v.status === 'equal') continue;
    const d = Math.max(stated.decimals, 0);
    if (v.status === 'rounding') {
      ctx.report({
        category: 'rounding',
        severity: 'info',
        message: `尾差：${name} ${l.name} 占比印为 ${fmt(stated.value, d)}%，按 ${fmt(part.value)} ÷ ${fmt(cur.value)} 计算为 ${fmt(v.ratio, d + 2)}%，相差一个末位（各项占比常被凑成合计 100%）`,
        locations: [stated, part, cur].map((q) => ({ sheet: q.sheet, cell: q.cell })),
        expected: `${fmt(v.ratio, d)}%`,
        actual: `${fmt(stated.value, d)}%`,
        difference: fmt(v.diff, d),
      });
      continue;
    }
    ctx.report({
      message: `${name} ${l.name} 占比印为 ${fmt(stated.value, d)}%，按 ${fmt(part.value)} ÷ ${fmt(cur.value)} 应为 ${fmt(v.ratio, d)}%，差 ${fmt(v.diff.abs(), d)} 个百分点`,
      locations: [stated, part, cur].map((q) => ({ sheet: q.sheet, cell: q.cell })),
      expected: `${fmt(v.ratio, d)}%`,
      actual: `${fmt(stated.value, d)}%`,
      difference: fmt(v.diff, d),
    });
  }
}

/** 整体支出绩效目标表: 合计 = Σ构成 (current and 近两年), 占比 = 金额 / 合计, 收入合计 = 支出合计. */
const rule: Rule = {
  meta: {
    id: 'intra/dept-performance',
    category: 'intra',
    severity: 'error',
    title: '整体支出绩效目标表的金额与占比',
    description: '部门（单位）整体支出绩效目标表：收入合计 = 各收入构成之和，支出合计 = 各支出构成之和（含近两年列）；占比 = 金额 ÷ 合计（按印出的小数位判断，差一个末位为尾差）；预算收入合计 = 支出合计。',
    implements: ['IN-17', 'RND-3'],
    example: '部门整体支出绩效目标表 基本支出 占比印为 30.32%，按 994.81 ÷ 3291.91 应为 30.22%，差 0.10 个百分点',
  },
  check(ctx) {
    const tables = ctx.model.byKind('dept-performance').filter((t) => t.deptForm);
    if (tables.length === 0) return ctx.skip('没有可读取金额的整体支出绩效目标表');
    for (const t of tables) {
      const f = t.deptForm;
      if (!f) continue;
      if (f.incomeTotal && f.income.length) sumLines(ctx, t, f.incomeTotal, f.income, '收入');
      if (f.expenseTotal && f.expense.length) sumLines(ctx, t, f.expenseTotal, f.expense, '支出');
      const inc = formQ(t.block.sheet, f.incomeTotal?.current, '收入合计');
      const exp = formQ(t.block.sheet, f.expenseTotal?.current, '支出合计');
      if (inc && exp && ctx.model.kind === 'budget' && !isBlank(f.incomeTotal?.current) && !isBlank(f.expenseTotal?.current)) {
        ctx.same(inc, exp, { a: `${ctx.model.name(t)} 收入合计`, b: '支出合计' });
      }
    }
  },
};
export default rule;
