import fiscalVsFunds from '../../../src/core/check/rules/fiscal-vs-funds';
import { ruleTester, type CellSpec, type SheetSpec } from '../rule-tester';
import { capitalTable, fundTable, generalTable, int, standardFiscal, standardSummary } from '../tables';

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

// 决算 公开04表 (two sides, 支出 决算数 by fund) and 公开05表: 本年收入 110 + 年初结转 10 = 本年支出 100 + 年末结转 20
const F4 = '公开04表 财政拨款收入支出决算总表';
const F5 = '公开05表 一般公共预算财政拨款支出决算表';
const final04: SheetSpec = {
  name: F4,
  rows: [
    ['2024年度财政拨款收入支出决算总表'],
    [null, null, null, null, null, null, null, null, '公开04表'],
    ['单位：上海市某区医疗保障局', null, null, null, null, null, null, null, '单位：万元'],
    ['收 入', null, null, '支 出'],
    ['项目', '行次', '决算数', '项目', '行次', '决算数'],
    [null, null, null, null, null, '小计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
    ['栏次', null, 1, '栏次', null, 2, 3, 4, 5].map((v) => (typeof v === 'number' ? int(v) : v)),
    ['一、一般公共预算财政拨款', int(1), 110, '一、卫生健康支出', int(33), 80, 80, 0, 0],
    ['二、政府性基金预算财政拨款', int(2), 0, '二、住房保障支出', int(34), 20, 20, 0, 0],
    ['三、国有资本经营预算财政拨款', int(3), 0],
    ['本年收入合计', int(4), 110, '本年支出合计', int(35), 100, 100, 0, 0],
    ['年初财政拨款结转和结余', int(5), 10, '年末财政拨款结转和结余', int(36), 20, 20, 0, 0],
    ['一般公共预算财政拨款', int(6), 10],
    ['政府性基金预算财政拨款', int(7), 0],
    ['国有资本经营预算财政拨款', int(8), 0],
    ['总计', int(9), 120, '总计', int(37), 120, 120, 0, 0],
  ],
  merges: ['A1:I1', 'A4:C4', 'D4:I4', 'F5:I5'],
};
const final05 = (total: number): SheetSpec => ({
  name: F5,
  rows: [
    ['2024年度一般公共预算财政拨款支出决算表'],
    [null, null, null, null, '公开05表'],
    ['单位：上海市某区医疗保障局', null, null, null, '单位：万元'],
    ['项目', null, '本年支出'],
    ['功能分类科目编码', '科目名称', '小计', '基本支出', '项目支出'],
    [null, '栏次', int(1), int(2), int(3)],
    [null, '合计', total, total, 0],
    ['210', '卫生健康支出', 80, 80, 0],
    ['21011', '行政事业单位医疗', 80, 80, 0],
    ['2101101', '行政单位医疗', 80, 80, 0],
    ['221', '住房保障支出', 20, 20, 0],
    ['22102', '住房改革支出', 20, 20, 0],
    ['2210201', '住房公积金', 20, 20, 0],
  ],
  merges: ['A1:E1', 'A4:B4', 'C4:E4'],
});

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
    { name: '决算: 05表 合计 = 04表 一般公共预算 本年收入 + 年初结转 − 年末结转 (the 年末 line with a column per fund)', sheets: [final04, final05(100)] },
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
      name: '决算: 05表 合计 110.00 ≠ 本年收入 110.00 + 年初结转 10.00 − 年末结转 20.00',
      sheets: [final04, final05(110)],
      errors: [
        {
          severity: 'error',
          category: 'cross',
          message: /一般公共预算财政拨款支出决算表 合计 110\.00 ≠ +财政拨款收入支出决算总表 一般公共预算拨款（本年 \+ 上年结转 − 年终结转结余） 100\.00，差 10\.00 万元/,
        },
      ],
    },
    {
      name: 'severity override to warning',
      sheets: [standardFiscal(), general(100, 96.08), emptyFund, emptyCapital],
      config: { rules: { 'cross/fiscal-vs-funds': 'warning' } },
      errors: [{ severity: 'warning', category: 'cross', message: /（一）卫生健康支出 80\.00 ≠ .*96\.08，差 16\.08 万元/ }],
    },
  ],
});
