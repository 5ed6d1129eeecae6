import deptPerformanceVsTables from '../../../src/core/check/rules/dept-performance-vs-tables';
import { ruleTester, type CellSpec } from '../rule-tester';
import { basicTable, deptFormSheet, expenditureTable, generalTable, incomeLines, standardSummary, type FormLineSpec } from '../tables';

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

const E = '表3 支出总表';
/**
 * A department with 政府性基金 too (all funds 120: 基本 90, 项目 30; 一般公共预算 100: 基本 90, 项目 10)
 * and a form of all funds (收入 120), as the Wuhan template prints it: its lines are compared
 * with the 支出总表, not with the 一般公共预算 tables.
 */
const allFunds = (target: CellSpec, business = 0) => [
  standardSummary({ income: incomeLines({ general: 100, fund: 20, operating: business }), classes: [['一、卫生健康支出', 80 + business], ['二、住房保障支出', 20], ['三、其他支出', 20]], inTotal: 120 + business, inGrand: 120 + business, exTotal: 120 + business, exGrand: 120 + business }),
  expenditureTable([[null, '合计', 120 + business, 90, 30, business, 0, 0]]),
  generalTable([[null, '合计', 100, 90, 80, 10, 10]]),
  basicTable([[null, '合计', 90, 80, 10]]),
  deptFormSheet({
    income: [['财政拨款', 120], ...(business ? ([['单位资金', business]] as FormLineSpec[]) : [])],
    incomeTotal: ['合计', 120 + business],
    expense: [['人员类项目支出', 80], ['运转类项目支出', 10], ['特定目标类项目支出', target]],
    expenseTotal: ['合计', 120 + business],
  }),
];

ruleTester.run(deptPerformanceVsTables, {
  valid: [
    { name: '收入合计 = 收入总计; 基本支出, 项目支出 as in the tables', sheets: [...tables(), form(100, [['基本支出', 90], ['项目支出', 10]])] },
    { name: 'S003 项目化 lines: 人员类 = 人员经费, 运转类 = 公用经费, 特定目标类 = 项目支出', sheets: [...tables(), form(100, [['人员类项目支出', 80], ['公用经费运转类项目支出', 10], ['特定目标类项目支出', 10]])] },
    {
      name: '基本支出 90.01 vs 90.00 is a 尾差 to reconcile (warning)',
      sheets: [...tables(), form(100, [['基本支出', 90.01], ['项目支出', 10]])],
      rounding: [{ severity: 'warning', message: /同一数两处不一致：部门整体支出绩效目标表 基本支出 90\.01，表5 一般公共预算支出表 合计 基本支出 90\.00，差 0\.01 万元/, cells: [`${D}!D7`, `${G}!D5`] }],
    },
    { name: 'a form of all funds: 人员类 + 运转类 = 支出总表 基本支出, 特定目标类 = 支出总表 项目支出 (not the 一般公共预算 项目支出)', sheets: allFunds(30) },
    { name: 'a form of all funds with 事业单位经营支出: 特定目标类 = 支出总表 合计 − 基本支出', sheets: allFunds(40, 10) },
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
    {
      name: 'a form of all funds: 特定目标类 28.00 ≠ 支出总表 项目支出 30.00',
      sheets: allFunds(28),
      errors: [{ severity: 'error', category: 'cross', message: /支出总表 合计 项目支出 30\.00 ≠ +部门整体支出绩效目标表 特定目标类项目支出 28\.00，差 2\.00 万元/, cells: [`${E}!E4`, `${D}!D9`] }],
    },
  ],
});
