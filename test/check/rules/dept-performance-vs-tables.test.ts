import deptPerformanceVsTables from '../../../src/core/check/rules/dept-performance-vs-tables';
import { ruleTester, type CellSpec } from '../rule-tester';
import { basicTable, deptFormSheet, generalTable, standardSummary, type FormLineSpec } from '../tables';

const D = '表14 部门整体支出绩效目标表';
const G = '表5 一般公共预算支出表';
const B = '表6 一般公共预算基本支出表';

/** The tables: 收入总计 100 (表1 B16), 基本 90 / 人员 80 / 公用 10 / 项目 10 (表5 row 5, 表6 row 5). */
const tables = (personnel: CellSpec = 80) => [
  standardSummary(),
  generalTable([[null, '合计', 100, 90, 80, 10, 10]]),
  basicTable([[null, '合计', 90, personnel, 10]]),
];
/** The form: income 财政拨款 (row 5), 合计 (row 6); the expense lines from row 7, then their 合计. */
const form = (income: CellSpec, expense: FormLineSpec[]) =>
  deptFormSheet({ income: [['财政拨款', income]], incomeTotal: ['合计', income], expense, expenseTotal: ['合计', 100] });

ruleTester.run(deptPerformanceVsTables, {
  valid: [
    { name: '收入合计 = 收入总计; 基本支出, 项目支出 as in the tables', sheets: [...tables(), form(100, [['基本支出', 90], ['项目支出', 10]])] },
    { name: 'S003 项目化 lines: 人员类 = 人员经费, 运转类 = 公用经费, 特定目标类 = 项目支出', sheets: [...tables(), form(100, [['人员类项目支出', 80], ['公用经费运转类项目支出', 10], ['特定目标类项目支出', 10]])] },
    {
      name: '基本支出 90.01 vs 90.00 is a 尾差 to reconcile (warning)',
      sheets: [...tables(), form(100, [['基本支出', 90.01], ['项目支出', 10]])],
      rounding: [{ severity: 'warning', message: /同一数两处不一致：部门整体支出绩效目标表 基本支出 90\.01，表5 一般公共预算支出表 合计 基本支出 90\.00，差 0\.01 万元/, cells: [`${D}!D7`, `${G}!D5`] }],
    },
    { name: 'no 整体绩效目标表: skipped', sheets: tables(), skipped: /没有可读取金额的整体支出绩效目标表/ },
  ],
  invalid: [
    {
      name: 'S000-like: 人员类 980.99 ≠ 基本支出表 人员经费 981.99',
      sheets: [...tables(981.99), form(100, [['人员类项目支出', 980.99], ['公用经费运转类项目支出', 10], ['特定目标类项目支出', 10]])],
      errors: [{ severity: 'error', category: 'cross', message: '部门整体支出绩效目标表 人员类项目支出 980.99 ≠ 表6 一般公共预算基本支出表 合计 基本支出人员经费 981.99，差 1.00 万元', cells: [`${D}!D7`, `${B}!D5`] }],
    },
    {
      name: '收入合计 110.00 ≠ 收支总表 收入总计 100.00',
      sheets: [...tables(), form(110, [['基本支出', 90], ['项目支出', 10]])],
      errors: [{ severity: 'error', category: 'cross', message: /部门整体支出绩效目标表 收入合计 110\.00 ≠ 收支总表 收入总计 100\.00，差 10\.00 万元/, cells: [`${D}!D6`, '表1 收支总表!B16'] }],
    },
  ],
});
