import functionHierarchy from '../../../src/core/check/rules/function-hierarchy';
import { ruleTester, type CellSpec } from '../rule-tester';
import { basicTable, expenditureTable, generalTable } from '../tables';

const E = '表3 支出总表';
/** Body line i of the 支出总表 is row 4 + i. */
const e = (col: string, i: number) => `${E}!${col}${4 + i}`;

/** 支出总表 lines with 合计 only: [code, name, 合计]. */
const lines = (xs: [string | null, string, CellSpec][]) => expenditureTable(xs);

const consistent = expenditureTable([
  [null, '合计', 100, 90, 10],
  ['210', '卫生健康支出', 100, 90, 10],
  ['21015', '医疗保障管理事务', 100, 90, 10],
  ['2101501', '行政运行', 90, 90, 0],
  ['2101506', '医疗保障经办事务', 10, 0, 10],
]);

/** S004 表3: 210 printed 333.58 while its 款 add up to 333.59 (or, in the narrative's figures, 349.66). */
const s004 = (k21015: number) =>
  lines([
    [null, '合计', 333.58],
    ['210', '卫生健康支出', 333.58],
    ['21011', '行政事业单位医疗', 23.41],
    ['2101101', '行政单位医疗', 11.26],
    ['2101103', '公务员医疗补助', 12.15],
    ['21015', '医疗保障管理事务', k21015],
    ['2101501', '行政运行', k21015],
  ]);

ruleTester.run(functionHierarchy, {
  valid: [
    { name: '合计 = Σ类, 类 = Σ款, 款 = Σ项 in every column', sheets: [consistent] },
    {
      name: 'S004 210 333.58 vs 款 23.41 + 310.18 = 333.59 is a 尾差',
      sheets: [s004(310.18)],
      rounding: [{ message: /尾差：支出总表 210 卫生健康支出 333\.58 与其下各款合计 333\.59 相差 0\.01 万元/, cells: [e('C', 1), e('C', 2), e('C', 5)] }],
    },
    { name: 'rounding: false hides the 尾差', sheets: [s004(310.18)], config: { rounding: false } },
    {
      name: '一般公共预算支出表 with 类/款/项 in all five columns',
      sheets: [
        generalTable([
          [null, '合计', 30, 20, 15, 5, 10],
          ['208', '社会保障和就业支出', 30, 20, 15, 5, 10],
          ['20805', '行政事业单位养老支出', 30, 20, 15, 5, 10],
          ['2080505', '机关事业单位基本养老保险缴费支出', 20, 20, 15, 5, 0],
          ['2080599', '其他行政事业单位养老支出', 10, 0, 0, 0, 10],
        ]),
      ],
    },
    { name: 'no function-coded table: skipped', sheets: [basicTable([[null, '合计', 10, 10, 0], ['301', '工资福利支出', 10, 10, 0]])], skipped: /没有按功能分类科目列示的表/ },
  ],
  invalid: [
    {
      name: 'S004 210 333.58 ≠ its 款 349.66 (差 16.08)',
      sheets: [s004(326.25)],
      errors: [{ severity: 'error', category: 'intra', message: /支出总表 210 卫生健康支出 333\.58 ≠ 其下各款合计 349\.66，差 16\.08 万元$/, cells: [e('C', 1), e('C', 2), e('C', 5)], difference: '-16.08' }],
    },
    {
      name: 'a 款 that leaves out one 项: the difference equals that 项',
      sheets: [
        lines([
          [null, '合计', 100],
          ['210', '卫生健康支出', 100],
          ['21015', '医疗保障管理事务', 100],
          ['2101501', '行政运行', 60],
          ['2101502', '一般行政管理事务', 40],
          ['2101506', '医疗保障经办事务', 30],
        ]),
      ],
      errors: [
        {
          severity: 'error',
          message: /支出总表 21015 医疗保障管理事务 100\.00 ≠ 其下各项合计 130\.00，差 30\.00 万元（差额 30\.00 恰好等于“2101506 医疗保障经办事务 合计”（C9）的金额，疑为漏计或重复计入该项）/,
          cells: [e('C', 2), e('C', 3), e('C', 4), e('C', 5)],
        },
      ],
    },
    {
      name: '12.34 printed as 12.43: transposed digits',
      sheets: [
        lines([
          [null, '合计', 12.43],
          ['221', '住房保障支出', 12.43],
          ['22102', '住房改革支出', 12.34],
          ['2210201', '住房公积金', 10],
          ['2210202', '提租补贴', 2.34],
        ]),
      ],
      errors: [{ severity: 'error', message: /支出总表 221 住房保障支出 12\.43 ≠ 其下各款合计 12\.34，差 0\.09 万元（差额 0\.09 能被 9 整除，疑为数字顺序颠倒（如 12\.34 写成 12\.43））/, cells: [e('C', 1), e('C', 2)] }],
    },
    {
      name: '合计 in 元 against 类 in 万元',
      sheets: [
        lines([
          [null, '合计', 1000000],
          ['210', '卫生健康支出', 100],
          ['21015', '医疗保障管理事务', 100],
          ['2101501', '行政运行', 100],
        ]),
      ],
      errors: [{ severity: 'error', message: /支出总表 合计行 1000000\.00 ≠ 各类合计 100\.00，差 999900\.00 万元（两数相差约一万倍，疑为“元”与“万元”混用）/, cells: [e('C', 0), e('C', 1)] }],
    },
    {
      name: 'a 项 subtracted instead of added: the difference is twice the 项',
      sheets: [
        lines([
          [null, '合计', 20],
          ['210', '卫生健康支出', 20],
          ['21015', '医疗保障管理事务', 20],
          ['2101501', '行政运行', 50],
          ['2101506', '医疗保障经办事务', 30],
        ]),
      ],
      errors: [{ severity: 'error', message: /差 60\.00 万元（差额 60\.00 等于“2101506 医疗保障经办事务 合计”（C8）的两倍，疑为该项符号相反）/, cells: [e('C', 2), e('C', 4)] }],
    },
    {
      name: 'a mismatch in the 基本支出 column names the column',
      sheets: [
        expenditureTable([
          [null, '合计', 100, 90, 10],
          ['210', '卫生健康支出', 100, 91, 10],
          ['21015', '医疗保障管理事务', 100, 90, 10],
          ['2101501', '行政运行', 90, 90, 0],
          ['2101506', '医疗保障经办事务', 10, 0, 10],
        ]),
      ],
      errors: [
        { severity: 'error', message: /支出总表 210 卫生健康支出（基本支出） 91\.00 ≠ 其下各款合计 90\.00，差 1\.00 万元/, cells: [e('D', 1), e('D', 2)] },
        { severity: 'error', message: /支出总表 合计行（基本支出） 90\.00 ≠ 各类合计 91\.00，差 1\.00 万元/, cells: [e('D', 0), e('D', 1)] },
      ],
    },
    {
      name: 'severity override to warning',
      sheets: [s004(326.25)],
      config: { rules: { 'intra/function-hierarchy': 'warning' } },
      errors: [{ severity: 'warning', category: 'intra', message: /差 16\.08 万元/ }],
    },
  ],
});
