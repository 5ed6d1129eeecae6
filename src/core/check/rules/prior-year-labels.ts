import type { Rule } from '../types';

/** 整体绩效目标表 近两年 columns must be the two years before the budget year. */
const rule: Rule = {
  meta: {
    id: 'cross/prior-year-labels',
    category: 'cross',
    severity: 'warning',
    title: '近两年的年份',
    description: '整体支出绩效目标表“近两年”各列应为预算年度的前两年（如 2025 年预算为 2023 年、2024 年）；与上年文件核对数额需要上年的工作簿。',
    implements: ['X-17'],
    example: '2025 年预算的整体支出绩效目标表“近两年”列标为“2024年 / 2025年”，应为 2023 年、2024 年',
    documents: ['budget'],
  },
  check(ctx) {
    const year = ctx.model.year;
    const forms = ctx.model.byKind('dept-performance').filter((t) => t.deptForm?.priorYearLabels.some((l) => l.year));
    if (!year || forms.length === 0) return ctx.skip('没有预算年度或没有标明年份的“近两年”列');
    for (const t of forms) {
      const labels = (t.deptForm?.priorYearLabels ?? []).filter((l) => l.year);
      const years = labels.map((l) => l.year as number).sort();
      const expected = [year - 2, year - 1];
      if (years.length === 2 && years[0] === expected[0] && years[1] === expected[1]) continue;
      if (labels.every((l) => (l.year as number) < year)) continue;
      ctx.report({
        message: `${year} 年预算的${ctx.model.name(t)}“近两年”列标为“${labels.map((l) => l.text.trim()).join(' / ')}”，应为 ${expected[0]} 年、${expected[1]} 年`,
        locations: labels.map((l) => ({ sheet: t.block.sheet, cell: l.cell })),
        expected: `${expected[0]}年 / ${expected[1]}年`,
        actual: labels.map((l) => l.text.trim()).join(' / '),
      });
    }
  },
};
export default rule;
