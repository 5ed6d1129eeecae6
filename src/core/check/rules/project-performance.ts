import type { Rule } from '../types';
import type { Q } from '../../model/quantity';
import { formQ, isBlank } from './forms-helpers';

/** 项目支出绩效目标表: 资金来源合计 = Σ来源 = 当年预算; Σ明细测算 = 当年预算; 总预算 ≥ 当年预算. */
const rule: Rule = {
  meta: {
    id: 'intra/project-performance',
    category: 'intra',
    severity: 'error',
    title: '项目绩效目标表（申报表）的金额',
    description: '项目支出绩效目标表（项目申报表）：资金来源合计 = 各资金来源之和 = 项目当年预算；项目支出明细测算金额之和 = 项目当年预算（印有明细合计时也与之相等）；项目总预算不小于当年预算。',
    implements: ['IN-18'],
    example: '项目支出绩效目标表“医保专项经费” 明细测算合计 27.00 ≠ 项目当年预算 30.00，差 3.00 万元',
  },
  check(ctx) {
    const forms = ctx.model.byKind('project-performance').flatMap((t) => (t.projectForms ?? []).map((f) => ({ t, f })));
    if (forms.length === 0) return ctx.skip('没有可读取金额的项目支出绩效目标表');
    for (const { t, f } of forms) {
      const sheet = f.sheet;
      const title = `${ctx.model.name(t)}“${f.name?.text ?? f.sheet}”`;
      const current = formQ(sheet, f.currentBudget, '项目当年预算');
      const sources = f.sources.map((s) => formQ(sheet, s.value, s.name));
      const sourceTotal = formQ(sheet, f.sourceTotal, '资金来源合计');
      if (sourceTotal && !isBlank(f.sourceTotal) && sources.length && sources.every(Boolean)) ctx.sum(sourceTotal, sources as Q[], { subject: `${title} 资金来源合计`, parts: ' 各资金来源之和' });
      if (current && sourceTotal && !isBlank(f.currentBudget) && !isBlank(f.sourceTotal)) ctx.same(current, sourceTotal, { a: `${title} 项目当年预算`, b: '资金来源合计' });
      const details = f.details.map((d) => formQ(sheet, d.value, d.activity || d.content || '明细'));
      if (details.length && details.every(Boolean)) {
        const detailTotal = formQ(sheet, f.detailTotal, '明细测算合计');
        if (detailTotal && !isBlank(f.detailTotal)) ctx.sum(detailTotal, details as Q[], { subject: `${title} 明细测算合计`, parts: ' 各明细金额之和' });
        if (current && !isBlank(f.currentBudget)) ctx.sum(current, details as Q[], { subject: `${title} 项目当年预算`, parts: ' 支出明细测算金额之和' });
      }
      const total = formQ(sheet, f.totalBudget, '项目总预算');
      if (total && current && !isBlank(f.totalBudget) && !isBlank(f.currentBudget)) ctx.atLeast(total, current, { a: `${title} 项目总预算`, b: '项目当年预算', why: '当年预算是总预算的一部分' });
    }
  },
};
export default rule;
