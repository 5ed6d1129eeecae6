import deptPerformance from '../../../src/core/check/rules/dept-performance';
import { ruleTester } from '../rule-tester';
import { deptFormSheet, generalTable, pct, type DeptFormSpec } from '../tables';

const D = '表14 部门整体支出绩效目标表';

/**
 * A consistent form: rows 6–7 income (财政拨款 100, 单位资金 20), row 8 收入合计 120, rows 9–10
 * expense (基本支出 90, 项目支出 30), row 11 支出合计 120; D 当年金额, E 占比, F–G 2024年/2025年.
 */
const form = (o: Partial<DeptFormSpec> = {}) =>
  deptFormSheet({
    income: [['财政拨款', 100, pct(0.8333), 40, 45], ['单位资金', 20, pct(0.1667), 0, 0]],
    incomeTotal: ['合计', 120, pct(1), 40, 45],
    expense: [['基本支出', 90, pct(0.75), 30, 35], ['项目支出', 30, pct(0.25), 10, 10]],
    expenseTotal: ['合计', 120, pct(1), 40, 45],
    prior: ['2024年', '2025年'],
    ...o,
  });

/** A table whose title says 2026年…预算 (the form's own title does not tell 预算 from 决算). */
const budgetTitle = generalTable([[null, '合计', 120, 90, 90, 0, 30]]);

ruleTester.run(deptPerformance, {
  valid: [
    { name: '合计 = Σ构成 (and in the 近两年 columns), 占比 = 金额 ÷ 合计, 收入 = 支出', sheets: [form()] },
    {
      name: 'S000: a share forced to make 100% (83.34% for 83.33%) is a 尾差',
      sheets: [form({ income: [['财政拨款', 100, pct(0.8334), 40, 45], ['单位资金', 20, pct(0.1666), 0, 0]] })],
      rounding: [
        { message: /尾差：部门整体支出绩效目标表 财政拨款 占比印为 83\.34%，按 100\.00 ÷ 120\.00 计算为 83\.3333%/, cells: [`${D}!E6`, `${D}!D6`, `${D}!D8`] },
        { message: /尾差：部门整体支出绩效目标表 单位资金 占比印为 16\.66%/, cells: [`${D}!E7`, `${D}!D7`, `${D}!D8`] },
      ],
    },
    {
      name: 'rounding: false hides the 尾差',
      sheets: [form({ income: [['财政拨款', 100, pct(0.8334), 40, 45], ['单位资金', 20, pct(0.1666), 0, 0]] })],
      config: { rounding: false },
    },
    {
      name: '收入合计 ≠ 支出合计 is not checked when the document is not known to be a 预算',
      sheets: [form({ expense: [['基本支出', 100, pct(0.7692)], ['项目支出', 30, pct(0.2308)]], expenseTotal: ['合计', 130, pct(1)], prior: [], income: [['财政拨款', 100, pct(0.8333)], ['单位资金', 20, pct(0.1667)]], incomeTotal: ['合计', 120, pct(1)] })],
    },
    { name: 'no 整体绩效目标表: skipped', sheets: [generalTable([[null, '合计', 1, 1, 1, 0, 0]])], skipped: /没有可读取金额的整体支出绩效目标表/ },
  ],
  invalid: [
    {
      name: 'S001: 基本支出 printed 30.32% while 994.81 ÷ 3291.91 = 30.22%',
      sheets: [
        deptFormSheet({
          income: [['财政拨款', 3291.91, pct(1)]],
          incomeTotal: ['合计', 3291.91, pct(1)],
          expense: [['基本支出', 994.81, pct(0.3032)], ['项目支出', 2297.1, pct(0.6978)]],
          expenseTotal: ['合计', 3291.91, pct(1)],
        }),
      ],
      errors: [{ severity: 'error', category: 'intra', message: '部门整体支出绩效目标表 基本支出 占比印为 30.32%，按 994.81 ÷ 3291.91 应为 30.22%，差 0.10 个百分点', cells: [`${D}!E7`, `${D}!D7`, `${D}!D9`] }],
    },
    {
      name: 'S001: the 2025 column 支出合计 2489.75 ≠ 658.97 + 1839.78 = 2498.75',
      sheets: [form({ expense: [['基本支出', 90, pct(0.75), 30, 658.97], ['项目支出', 30, pct(0.25), 10, 1839.78]], expenseTotal: ['合计', 120, pct(1), 40, 2489.75] })],
      errors: [
        {
          severity: 'error',
          category: 'intra',
          message: /部门整体支出绩效目标表 2025年支出合计 2489\.75 ≠ 各支出构成之和 2498\.75，差 9\.00 万元（差额 9\.00 能被 9 整除/,
          cells: [`${D}!G11`, `${D}!G9`, `${D}!G10`],
        },
      ],
    },
    {
      name: 'a 预算: 收入合计 120.00 ≠ 支出合计 130.00',
      sheets: [budgetTitle, form({ expense: [['基本支出', 100, pct(0.7692)], ['项目支出', 30, pct(0.2308)]], expenseTotal: ['合计', 130, pct(1)], prior: [], income: [['财政拨款', 100, pct(0.8333)], ['单位资金', 20, pct(0.1667)]], incomeTotal: ['合计', 120, pct(1)] })],
      errors: [{ severity: 'error', category: 'intra', message: /部门整体支出绩效目标表 收入合计 120\.00 ≠ 支出合计 130\.00，差 10\.00 万元/, cells: [`${D}!D7`, `${D}!D10`] }],
    },
  ],
});
