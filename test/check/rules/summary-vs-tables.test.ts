import { fiscalIncome, summaryVsExpenditure, summaryVsIncome } from '../../../src/core/check/rules/summary-vs-tables';
import { ruleTester, type CellSpec } from '../rule-tester';
import { DEPT, expenditureTable, generalTable, incomeLines, incomeTable, JIANGSU_INCOME, JIANGSU_SUMMARY, jiangsuIncomeList, jiangsuSummary, standardFiscal, standardSummary, table } from '../tables';

const S = '表1 收支总表';
const I = '表2 收入总表';
const E = '表3 支出总表';
const F = '表4 财政拨款收支总表';

/** 收入总表 合计 line (row 5): 合计, 本年收入 小计 / 一般公共预算 / 事业收入, 上年结转结余 小计 / 一般公共预算. */
const income = (total: CellSpec, current: CellSpec, general: CellSpec, business: CellSpec, carry: CellSpec = 0, carryGeneral: CellSpec = 0) =>
  incomeTable([
    [null, '合计', total, current, general, business, carry, carryGeneral],
    ['202', DEPT, total, current, general, business, carry, carryGeneral],
  ]);

/** A 收入总表 with 财政拨款收入 and 上年结转结余 columns but no 本年收入 小计: 合计 120 = 100 + 20. */
const carryIncome = incomeTable([[null, '合计', 120, 100, 0, 20, 20]], { columns: ['单位代码', '单位名称', '合计', '财政拨款收入', '事业收入', ['上年结转结余', ['小计', '一般公共预算']]] });

/** 支出总表 with 合计 (row 4) and 类 lines (rows 5 …), 合计 column only. */
const expenditure = (total: CellSpec, classes: [string, string, CellSpec][]) => expenditureTable([[null, '合计', total], ...classes.map(([c, n, v]) => [c, n, v])]);

ruleTester.run(summaryVsIncome, {
  valid: [
    {
      // (was a bug, fixed) with no 本年收入小计 column, 本年收入合计 is compared with the 合计 column, which also
      // holds the 上年结转结余 columns of the same table (S001-style 收入总表)
      name: '收入总表 without 本年收入小计: 本年收入合计 is not 合计 (= 本年 + 上年结转)',
      sheets: [standardSummary({ carry: 20, inGrand: 120, classes: [['一、卫生健康支出', 100], ['二、住房保障支出', 20]], exTotal: 120, exGrand: 120 }), carryIncome],
    },
    { name: '收支总表 income lines = 收入总表 合计 line', sheets: [standardSummary(), income(100, 100, 100, 0)] },
    {
      // a figure printed twice that differs by one unit is graded 尾差 as a WARNING (engine: same())
      name: '一般公共预算 100.00 vs 100.01 is a 尾差 to reconcile (warning)',
      sheets: [standardSummary(), income(100, 100, 100.01, 0)],
      rounding: [{ severity: 'warning', message: /同一数两处不一致：收支总表 一、一般公共预算拨款收入 100\.00，收入总表 合计行 本年收入\.一般公共预算 100\.01，差 0\.01 万元/, cells: [`${S}!B5`, `${I}!E5`] }],
    },
    { name: 'rounding: false hides the 尾差', sheets: [standardSummary(), income(100, 100, 100.01, 0)], config: { rounding: false } },
    { name: 'no 收入总表: skipped', sheets: [standardSummary()], skipped: /缺少收支总表或收入总表（合计行）/ },
    {
      name: '江苏 2017: 收支预算总表 income lines = 收入预算总表 (项目—金额 list) 小计 lines',
      sheets: [jiangsuSummary(), jiangsuIncomeList()],
    },
  ],
  invalid: [
    {
      name: '江苏: 财政专户管理资金 147.20 in the 收支预算总表, 150.37 in the 收入预算总表 (and so 收入合计 ≠ 收入总计)',
      sheets: [jiangsuSummary(), jiangsuIncomeList({ 4: 20852.62, 9: 150.37, 11: 150.37 })],
      errors: [
        { severity: 'error', category: 'cross', message: /收支总表 二、财政专户管理资金 147\.20 ≠ 收入总表 财政专户管理资金 小计 150\.37，差 3\.17 万元/, cells: [`${JIANGSU_SUMMARY}!B9`, `${JIANGSU_INCOME}!C9`] },
        { severity: 'error', category: 'cross', message: /收支总表 收入合计 20849\.45 ≠ 收入总表 收入总计 20852\.62，差 3\.17 万元/, cells: [`${JIANGSU_SUMMARY}!B15`, `${JIANGSU_INCOME}!C4`] },
      ],
    },
    {
      name: '事业收入 12.00 ≠ 10.00, and so 本年收入合计 112.00 ≠ 110.00',
      sheets: [standardSummary({ income: incomeLines({ general: 100, business: 12 }), inTotal: 112, inGrand: 112, exTotal: 112, exGrand: 112 }), income(110, 110, 100, 10)],
      errors: [
        { severity: 'error', category: 'cross', message: /收支总表 五、事业收入 12\.00 ≠ 收入总表 合计行 本年收入\.事业收入 10\.00，差 2\.00 万元/, cells: [`${S}!B9`, `${I}!F5`] },
        { severity: 'error', category: 'cross', message: /收支总表 本年收入合计 112\.00 ≠ 收入总表 合计行 本年收入\.小计 110\.00，差 2\.00 万元/, cells: [`${S}!B14`, `${I}!D5`] },
      ],
    },
    {
      name: '上年结转结余 0.00 ≠ 收入总表 上年结转结余小计 5.00',
      sheets: [standardSummary(), income(105, 100, 100, 0, 5, 5)],
      errors: [{ severity: 'error', category: 'cross', message: /收支总表 上年结转结余 0\.00 ≠ 收入总表 合计行 上年结转结余\.小计 5\.00，差 5\.00 万元/, cells: [`${S}!B15`, `${I}!G5`] }],
    },
    {
      name: '决算 收入决算表 财政拨款收入 ≠ the three 财政拨款 lines of 01表',
      sheets: [
        standardSummary(),
        table('2026年部门收入总表', ['单位代码', '单位名称', '合计', '财政拨款收入', '事业收入', '其他收入'], [[null, '合计', 100, 110, 0, 0]], { sheet: I }),
      ],
      errors: [{ severity: 'error', category: 'cross', message: /收入总表 合计行 财政拨款收入 110\.00 ≠ 收支总表 三类财政拨款收入之和 100\.00，差 10\.00 万元/, cells: [`${I}!D4`, `${S}!B5`, `${S}!B6`, `${S}!B7`] }],
    },
    {
      name: 'severity override to warning',
      sheets: [standardSummary(), income(105, 100, 100, 0, 5, 5)],
      config: { rules: { 'cross/summary-vs-income': 'warning' } },
      errors: [{ severity: 'warning', category: 'cross', message: /差 5\.00 万元/ }],
    },
  ],
});

ruleTester.run(summaryVsExpenditure, {
  valid: [
    { name: 'each 类 and 本年支出合计 agree', sheets: [standardSummary(), expenditure(100, [['210', '卫生健康支出', 80], ['221', '住房保障支出', 20]])] },
    {
      name: 'S002 社会保障和就业 122.74 vs 122.73 is a 尾差 to reconcile (warning)',
      sheets: [
        standardSummary({ classes: [['一、社会保障和就业支出', 122.74]], income: incomeLines({ general: 122.74 }), inTotal: 122.74, inGrand: 122.74, exTotal: 122.74, exGrand: 122.74 }),
        expenditure(122.74, [['208', '社会保障和就业支出', 122.73]]),
      ],
      rounding: [{ severity: 'warning', message: /同一数两处不一致：收支总表 一、社会保障和就业支出 122\.74，支出总表 208 社会保障和就业支出 122\.73，差 0\.01 万元/, cells: [`${S}!D5`, `${E}!C5`] }],
    },
    { name: 'a 类 of 0.00 missing from the 支出总表 is fine', sheets: [standardSummary({ classes: [['一、卫生健康支出', 100], ['二、住房保障支出', 0]] }), expenditure(100, [['210', '卫生健康支出', 100]])] },
    { name: 'no 支出总表: skipped', sheets: [standardSummary()], skipped: /缺少收支总表或按类列示的支出总表/ },
  ],
  invalid: [
    {
      name: '卫生健康支出 80.00 ≠ 210 96.08, 本年支出合计 100.00 ≠ 合计 116.08',
      sheets: [standardSummary(), expenditure(116.08, [['210', '卫生健康支出', 96.08], ['221', '住房保障支出', 20]])],
      errors: [
        { severity: 'error', category: 'cross', message: /收支总表 一、卫生健康支出 80\.00 ≠ 支出总表 210 卫生健康支出 96\.08，差 16\.08 万元/, cells: [`${S}!D5`, `${E}!C5`] },
        { severity: 'error', category: 'cross', message: /收支总表 本年支出合计 100\.00 ≠ 支出总表 合计 116\.08，差 16\.08 万元/, cells: [`${S}!D14`, `${E}!C4`] },
      ],
    },
    {
      name: 'a 类 listed on one side only',
      sheets: [standardSummary(), expenditure(100, [['210', '卫生健康支出', 80], ['208', '社会保障和就业支出', 20]])],
      errors: [
        { severity: 'error', category: 'cross', message: /收支总表 二、住房保障支出 20\.00 万元，支出总表 却没有 221 类/, cells: [`${S}!D6`] },
        { severity: 'error', category: 'cross', message: /支出总表 208 社会保障和就业支出 20\.00 万元，收支总表 没有列出该类/, cells: [`${E}!C6`] },
      ],
    },
  ],
});

ruleTester.run(fiscalIncome, {
  valid: [
    { name: '一般公共预算拨款 agrees in the three tables', sheets: [standardFiscal(), standardSummary(), income(100, 100, 100, 0)] },
    { name: 'with the 收支总表 only', sheets: [standardFiscal(), standardSummary()] },
    {
      name: '100.00 vs 99.99 is a 尾差 to reconcile (warning)',
      sheets: [standardFiscal(), income(99.99, 99.99, 99.99, 0)],
      rounding: [{ severity: 'warning', message: /同一数两处不一致：财政拨款收支总表 （一）一般公共预算拨款 100\.00，收入总表 本年收入 一般公共预算 99\.99，差 0\.01 万元/, cells: [`${F}!B6`, `${I}!E5`] }],
    },
    { name: 'no 财政拨款收支总表: skipped', sheets: [standardSummary(), income(100, 100, 100, 0)], skipped: /缺少财政拨款收支总表/ },
    { name: 'neither 收支总表 nor 收入总表: skipped', sheets: [standardFiscal(), generalTable([[null, '合计', 100, 90, 80, 10, 10]])], skipped: /缺少收支总表和收入总表/ },
  ],
  invalid: [
    {
      name: '财政拨款 100.00 ≠ 收入总表 本年收入 一般公共预算 90.00',
      sheets: [standardFiscal(), standardSummary(), income(90, 90, 90, 0)],
      errors: [{ severity: 'error', category: 'cross', message: /财政拨款收支总表 （一）一般公共预算拨款 100\.00 ≠ 收入总表 本年收入 一般公共预算 90\.00，差 10\.00 万元$/, cells: [`${F}!B6`, `${I}!E5`] }],
    },
    {
      name: '财政拨款 100.00 ≠ 收支总表 116.08; 上年结转 5.00 ≠ 0.00',
      sheets: [standardFiscal({ carry: 5, carryGeneral: 5, grand: 105 }), standardSummary({ income: incomeLines({ general: 116.08 }) }), income(100, 100, 100, 0)],
      errors: [
        { severity: 'error', category: 'cross', message: /财政拨款收支总表 （一）一般公共预算拨款 100\.00 ≠ 收支总表 一、一般公共预算拨款收入 116\.08，差 16\.08 万元/, cells: [`${F}!B6`, `${S}!B5`] },
        { severity: 'error', category: 'cross', message: /财政拨款收支总表 上年结转 一般公共预算 5\.00 ≠ 收入总表 上年结转结余 一般公共预算 0\.00，差 5\.00 万元/, cells: [`${F}!B10`, `${I}!H5`] },
      ],
    },
    {
      // (was a bug, fixed) see summary.test.ts — sameVerdict grades 0.02 (two units) as 尾差; this is the
      // rule's own example
      name: 'the meta example: 一般公共预算拨款 385.50 ≠ 收支总表 385.52',
      sheets: [
        standardFiscal({ current: 385.5, general: 385.5, exCurrent: 385.5, classes: [['（一）卫生健康支出', 385.5]], grand: 385.5 }),
        standardSummary({ income: incomeLines({ general: 385.52 }), inTotal: 385.52, inGrand: 385.52, classes: [['一、卫生健康支出', 385.52]], exTotal: 385.52, exGrand: 385.52 }),
      ],
      errors: [{ severity: 'error', category: 'cross', message: /财政拨款收支总表 （一）一般公共预算拨款 385\.50 ≠ 收支总表 一、一般公共预算拨款收入 385\.52，差 0\.02 万元/, cells: [`${F}!B6`, `${S}!B5`] }],
    },
    {
      name: 'rule severity set to info',
      sheets: [standardFiscal(), standardSummary(), income(90, 90, 90, 0)],
      config: { rules: { 'cross/fiscal-income': 'info' } },
      errors: [{ severity: 'info', category: 'cross', message: /差 10\.00 万元/ }],
    },
  ],
});
