import priorYearLabels from '../../../src/core/check/rules/prior-year-labels';
import { ruleTester } from '../rule-tester';
import { deptFormSheet, generalTable } from '../tables';

const D = '表14 部门整体支出绩效目标表';
/** A table whose title gives the year (2026) and the kind (预算). */
const year2026 = generalTable([[null, '合计', 1, 1, 1, 0, 0]]);
const form = (prior: string[]) =>
  deptFormSheet({
    income: [['财政拨款', 100, null, 80, 90]],
    incomeTotal: ['合计', 100, null, 80, 90],
    expense: [['基本支出', 100, null, 80, 90]],
    expenseTotal: ['合计', 100, null, 80, 90],
    prior,
  });

ruleTester.run(priorYearLabels, {
  valid: [
    { name: '2026 预算: 近两年 2024年 / 2025年', sheets: [year2026, form(['2024年', '2025年'])] },
    { name: 'earlier years only (2023年 / 2024年) are not reported', sheets: [year2026, form(['2023年', '2024年'])] },
    { name: 'no budget year: skipped', sheets: [form(['2024年', '2025年'])], skipped: /没有预算年度或没有标明年份的“近两年”列/ },
  ],
  invalid: [
    {
      name: 'S004: the budget year itself among 近两年',
      sheets: [year2026, form(['2025年', '2026年'])],
      errors: [{ severity: 'warning', category: 'cross', message: '2026 年预算的部门整体支出绩效目标表“近两年”列标为“2025年 / 2026年”，应为 2024 年、2025 年', cells: [`${D}!F5`, `${D}!G5`] }],
    },
    {
      name: 'severity override to error',
      sheets: [year2026, form(['2026年', '2027年'])],
      config: { rules: { 'cross/prior-year-labels': 'error' } },
      errors: [{ severity: 'error', category: 'cross', message: /列标为“2026年 \/ 2027年”，应为 2024 年、2025 年/, cells: [`${D}!F5`, `${D}!G5`] }],
    },
  ],
});
