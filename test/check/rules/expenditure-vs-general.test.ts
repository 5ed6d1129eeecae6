import expenditureVsGeneral from '../../../src/core/check/rules/expenditure-vs-general';
import { ruleTester } from '../rule-tester';
import { expenditureTable, generalTable, incomeTable, standardFiscal, standardSummary } from '../tables';

const E = '表3 支出总表';
const G = '表5 一般公共预算支出表';

/** One 项 line in each table: 支出总表 row 5 (C 合计, D 基本, E 项目), 一般公共预算支出表 row 6 (C 合计, D 基本, G 项目). */
const pair = (e: [number, number, number], g: [number, number, number], code = '2101506', name = '医疗保障经办事务') => [
  expenditureTable([[null, '合计', ...e], [code, name, ...e]]),
  generalTable([[null, '合计', g[0], g[1], g[1], 0, g[2]], [code, name, g[0], g[1], g[1], 0, g[2]]]),
];

ruleTester.run(expenditureVsGeneral, {
  valid: [
    { name: 'the same figures in both tables', sheets: pair([10, 2, 8], [10, 2, 8]) },
    { name: 'other funds: 支出总表 ≥ 一般公共预算支出表', sheets: pair([15, 4, 11], [10, 2, 8]) },
    { name: '7.99 vs 8.00 (not all income 一般公共预算) is within rounding of ≥', sheets: pair([9.99, 2, 7.99], [10, 2, 8]) },
    {
      name: 'all income 一般公共预算: 10.00 vs 10.01 is a 尾差 to reconcile (warning)',
      sheets: [standardSummary(), ...pair([10, 2, 8], [10.01, 2, 8.01])],
      rounding: [
        { severity: 'warning', message: /同一数两处不一致：支出总表 2101506 医疗保障经办事务 合计 10\.00，一般公共预算支出表 合计 10\.01，差 0\.01 万元/, cells: [`${E}!C5`, `${G}!C6`] },
        { severity: 'warning', message: /同一数两处不一致：支出总表 2101506 医疗保障经办事务 项目支出 8\.00，一般公共预算支出表 项目支出 8\.01/, cells: [`${E}!E5`, `${G}!G6`] },
      ],
    },
    {
      name: 'a 项 code printed truncated (208050) is matched by parent and name',
      sheets: [
        expenditureTable([['208050', '事业单位离退休', 5, 5, 0]]),
        generalTable([['2080502', '事业单位离退休', 5, 5, 5, 0, 0]]),
      ],
    },
    {
      // 武汉 2024 收支总表: 本年收入 all 一般公共预算拨款, 上年结转结余 11.99 of 财政专户管理资金 spent on 2050102
      name: 'all 本年收入 一般公共预算 but 上年结转 of other funds: only ≥ is provable',
      sheets: [standardSummary({ carry: 11.99, inGrand: 111.99, exTotal: 111.99, exGrand: 111.99 }), ...pair([63.8, 0, 63.8], [51.81, 0, 51.81], '2050102', '一般行政管理事务')],
    },
    {
      name: '上年结转 that the 财政拨款收支总表 does not hold (no 财政拨款 carry, so 单位资金): only ≥',
      sheets: [
        standardSummary({ carry: 9.38, inGrand: 109.38, exTotal: 109.38, exGrand: 109.38 }),
        standardFiscal(),
        ...pair([222.42, 0, 222.42], [213.04, 0, 213.04], '2010102', '一般行政管理事务'),
      ],
    },
    { name: 'no 一般公共预算支出表: skipped', sheets: [expenditureTable([['2101506', '医疗保障经办事务', 10, 2, 8]])], skipped: /缺少按科目列示基本支出的支出总表或一般公共预算支出表/ },
  ],
  invalid: [
    {
      name: '支出总表 2101506 项目支出 5.00 < 一般公共预算支出表 8.00',
      sheets: pair([7, 2, 5], [10, 2, 8]),
      errors: [
        { severity: 'error', category: 'cross', message: /支出总表 2101506 医疗保障经办事务 合计 7\.00 小于 一般公共预算支出表 合计 10\.00，差 3\.00 万元（一般公共预算只是全部资金的一部分）/, cells: [`${E}!C5`, `${G}!C6`] },
        { severity: 'error', category: 'cross', message: /支出总表 2101506 医疗保障经办事务 项目支出 5\.00 小于 一般公共预算支出表 项目支出 8\.00，差 3\.00 万元/, cells: [`${E}!E5`, `${G}!G6`] },
      ],
    },
    {
      name: 'all income 一般公共预算: the two must be equal',
      sheets: [standardSummary(), ...pair([12, 2, 10], [10, 2, 8])],
      errors: [
        { severity: 'error', category: 'cross', message: /支出总表 2101506 医疗保障经办事务 合计 12\.00 ≠ 一般公共预算支出表 合计 10\.00，差 2\.00 万元/, cells: [`${E}!C5`, `${G}!C6`] },
        { severity: 'error', category: 'cross', message: /支出总表 2101506 医疗保障经办事务 项目支出 10\.00 ≠ 一般公共预算支出表 项目支出 8\.00，差 2\.00 万元/, cells: [`${E}!E5`, `${G}!G6`] },
      ],
    },
    {
      name: 'all 一般公共预算, 上年结转 too (财政拨款收支总表): the two must be equal',
      sheets: [standardSummary({ carry: 20, inGrand: 120, exTotal: 120, exGrand: 120 }), standardFiscal({ carry: 20, carryGeneral: 20, grand: 120, exCurrent: 120 }), ...pair([12, 2, 10], [10, 2, 8])],
      errors: [
        { severity: 'error', category: 'cross', message: /合计 12\.00 ≠ 一般公共预算支出表 合计 10\.00/, cells: [`${E}!C5`, `${G}!C6`] },
        { severity: 'error', category: 'cross', message: /项目支出 10\.00 ≠ 一般公共预算支出表 项目支出 8\.00/, cells: [`${E}!E5`, `${G}!G6`] },
      ],
    },
    {
      name: 'all 一般公共预算, 上年结转 too (收入总表 上年结转结余 一般公共预算): the two must be equal',
      sheets: [
        standardSummary({ carry: 20, inGrand: 120, exTotal: 120, exGrand: 120 }),
        incomeTable([[null, '合计', 120, 100, 100, 0, 20, 20]]),
        ...pair([12, 2, 10], [10, 2, 8]),
      ],
      errors: [
        { severity: 'error', category: 'cross', message: /合计 12\.00 ≠ 一般公共预算支出表 合计 10\.00/, cells: [`${E}!C5`, `${G}!C6`] },
        { severity: 'error', category: 'cross', message: /项目支出 10\.00 ≠ 一般公共预算支出表 项目支出 8\.00/, cells: [`${E}!E5`, `${G}!G6`] },
      ],
    },
    {
      name: 'a 科目 of the 一般公共预算支出表 missing from the 支出总表',
      sheets: [expenditureTable([['2101506', '医疗保障经办事务', 10, 2, 8]]), generalTable([['2101506', '医疗保障经办事务', 10, 2, 2, 0, 8], ['2101501', '行政运行', 5, 5, 5, 0, 0]])],
      errors: [{ severity: 'error', category: 'cross', message: /一般公共预算支出表 列有 2101501 行政运行，支出总表 中却没有该科目/, cells: [`${G}!C6`] }],
    },
  ],
});
