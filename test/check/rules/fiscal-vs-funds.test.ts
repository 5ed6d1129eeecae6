import fiscalVsFunds from '../../../src/core/check/rules/fiscal-vs-funds';
import { ruleTester, type CellSpec } from '../rule-tester';
import { capitalTable, fundTable, generalTable, standardFiscal, standardSummary } from '../tables';

const F = '表4 财政拨款收支总表';
const G = '表5 一般公共预算支出表';

/** 一般公共预算支出表 (合计 column only): 合计 row 5, 210 row 6, 221 row 7. */
const general = (total: CellSpec, c210: CellSpec, c221: CellSpec = 20) =>
  generalTable([
    [null, '合计', total],
    ['210', '卫生健康支出', c210],
    ['221', '住房保障支出', c221],
  ]);
const emptyFund = fundTable([], { notes: ['备注：本单位无政府性基金预算支出，本表为空表。'] });
const emptyCapital = capitalTable([], { notes: ['备注：本单位无国有资本经营预算支出，本表为空表。'] });

ruleTester.run(fiscalVsFunds, {
  valid: [
    { name: 'each 类 = 一般公共预算 + 基金 (empty) + 国资 (empty); totals = 拨款', sheets: [standardFiscal(), general(100, 80), emptyFund, emptyCapital] },
    { name: 'without fund tables at all', sheets: [standardFiscal(), general(100, 80)] },
    {
      name: '卫生健康支出 80.00 vs 79.99 + 0 + 0 is a 尾差',
      sheets: [standardFiscal(), general(100, 79.99), emptyFund, emptyCapital],
      rounding: [{ message: /尾差：财政拨款收支总表 （一）卫生健康支出 80\.00 与 ?一般公共预算、政府性基金、国有资本经营预算支出表该类之和 79\.99 相差 0\.01 万元/, cells: [`${F}!D6`, `${G}!C6`] }],
    },
    { name: 'rounding: false hides the 尾差', sheets: [standardFiscal(), general(100, 79.99), emptyFund, emptyCapital], config: { rounding: false } },
    { name: 'no 一般公共预算支出表: skipped', sheets: [standardFiscal(), standardSummary()], skipped: /缺少财政拨款收支总表或按类列示的一般公共预算支出表/ },
  ],
  invalid: [
    {
      name: '卫生健康支出 333.58 ≠ 333.85 + 0 + 0 (transposed digits)',
      sheets: [standardFiscal({ current: 356.06, general: 356.06, exCurrent: 356.06, classes: [['（一）卫生健康支出', 333.58], ['（二）住房保障支出', 22.48]], grand: 356.06 }), general(356.06, 333.85, 22.48), emptyFund, emptyCapital],
      errors: [
        {
          severity: 'error',
          category: 'cross',
          message: /财政拨款收支总表 （一）卫生健康支出 333\.58 ≠ +一般公共预算、政府性基金、国有资本经营预算支出表该类之和 333\.85，差 0\.27 万元（差额 0\.27 能被 9 整除/,
          cells: [`${F}!D6`, `${G}!C6`],
        },
      ],
    },
    {
      name: '一般公共预算支出表 合计 100.00 ≠ 本年 100.00 + 上年结转 10.00',
      sheets: [standardFiscal({ carry: 10, carryGeneral: 10, grand: 110, exCurrent: 110, classes: [['（一）卫生健康支出', 90], ['（二）住房保障支出', 20]] }), general(100, 90), emptyFund, emptyCapital],
      errors: [
        {
          severity: 'error',
          category: 'cross',
          message: /一般公共预算支出表 合计 100\.00 ≠ +财政拨款收支总表 一般公共预算拨款（本年 \+ 上年结转） 110\.00，差 10\.00 万元（差额 10\.00 恰好等于“（一）一般公共预算拨款”（B10）的金额/,
          cells: [`${G}!C5`, `${F}!B6`, `${F}!B10`],
        },
      ],
    },
    {
      name: 'a 政府性基金 table with 5.00 while the 财政拨款收支总表 has no 基金 拨款',
      sheets: [standardFiscal(), general(100, 80), fundTable([[null, '合计', 5, 0, 5], ['229', '其他支出', 5, 0, 5]]), emptyCapital],
      errors: [{ severity: 'error', category: 'cross', message: /政府性基金预算支出表 合计 5\.00 ≠ +财政拨款收支总表 政府性基金预算拨款（本年 \+ 上年结转） 0\.00，差 5\.00 万元/, cells: ['表8 政府性基金预算支出表!C5', `${F}!B7`] }],
    },
    {
      name: 'severity override to warning',
      sheets: [standardFiscal(), general(100, 96.08), emptyFund, emptyCapital],
      config: { rules: { 'cross/fiscal-vs-funds': 'warning' } },
      errors: [{ severity: 'warning', category: 'cross', message: /（一）卫生健康支出 80\.00 ≠ .*96\.08，差 16\.08 万元/ }],
    },
  ],
});
