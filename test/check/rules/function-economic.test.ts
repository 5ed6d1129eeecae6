import functionEconomic from '../../../src/core/check/rules/function-economic';
import { ruleTester, type CellSpec } from '../rule-tester';
import { basicTable, expenditureTable, generalTable } from '../tables';

const B = '表6 一般公共预算基本支出表';
const G = '表5 一般公共预算支出表';

type Econ = [string, string, CellSpec];
type Item = [string, string, CellSpec];
/** 基本支出表 款 lines (rows 5 …; 合计 and 人员经费 columns). */
const basic = (lines: Econ[]) => basicTable(lines.map(([c, n, v]) => [c, n, v, v, 0]));
/** 一般公共预算支出表 项 lines (rows 5 …): 基本支出 = 人员经费 = the amount. */
const general = (lines: Item[]) => generalTable(lines.map(([c, n, v]) => [c, n, v, v, v, 0, 0]));

/** S004 figures. */
const s004Basic = (housing: CellSpec = 18.69): Econ[] => [
  ['30108', '机关事业单位基本养老保险缴费', 19.62],
  ['30109', '职业年金缴费', 9.81],
  ['30110', '职工基本医疗保险缴费', 11.25],
  ['30111', '公务员医疗补助缴费', 12.15],
  ['30113', '住房公积金', housing],
];
const s004General = (housing: CellSpec = 18.69): Item[] => [
  ['2080505', '机关事业单位基本养老保险缴费支出', 19.62],
  ['2080506', '机关事业单位职业年金缴费支出', 9.81],
  ['2101101', '行政单位医疗', 11.25],
  ['2101103', '公务员医疗补助', 12.15],
  ['2210201', '住房公积金', housing],
];

ruleTester.run(functionEconomic, {
  valid: [
    { name: 'S004: 30108 = 2080505, 30109 = 2080506, 30110 = 2101101, 30111 = 2101103, 30113 = 2210201', sheets: [basic(s004Basic()), general(s004General())] },
    { name: 'the 支出总表 as the function side', sheets: [basic([['30113', '住房公积金', 5]]), expenditureTable([['2210201', '住房公积金', 5, 5, 0]])] },
    {
      name: '30113 12.66 vs 2210201 12.67 is a 尾差',
      sheets: [basic([['30113', '住房公积金', 12.66]]), general([['2210201', '住房公积金', 12.67]])],
      rounding: [{ message: /尾差：一般公共预算基本支出表 30113 住房公积金 12\.66 与 ?一般公共预算支出表 2210201 基本支出 12\.67 相差 0\.01 万元/, cells: [`${B}!C5`, `${G}!D5`] }],
    },
    { name: 'rounding: false hides the 尾差', sheets: [basic([['30113', '住房公积金', 12.66]]), general([['2210201', '住房公积金', 12.67]])], config: { rounding: false } },
    {
      name: '上海普陀财政局 决算: 303 69.41 below the retirees 项 基本支出 84.65 with no 人员经费 column (their 基本支出 may hold 公用经费)',
      sheets: [
        basic([['303', '对个人和家庭的补助', 69.41], ['30302', '退休费', 69.41]]),
        generalTable([['2080501', '行政单位离退休', 84.65, 84.65, 0]], { columns: ['科目编码', '科目名称', '合计', '基本支出', '项目支出'] }),
      ],
    },
    {
      name: '303 booked under the retirees 项',
      sheets: [basic([['303', '对个人和家庭的补助', 5], ['30302', '退休费', 5]]), general([['2080501', '行政单位离退休', 5]])],
    },
    { name: 'no 基本支出表: skipped', sheets: [general(s004General())], skipped: /缺少基本支出表或按项列示基本支出的一般公共预算支出表/ },
  ],
  invalid: [
    {
      name: '30113 18.69 ≠ 2210201 18.96 (transposed digits)',
      sheets: [basic(s004Basic()), general(s004General(18.96))],
      errors: [
        {
          severity: 'error',
          category: 'cross',
          message: /一般公共预算基本支出表 30113 住房公积金 18\.69 ≠ +一般公共预算支出表 2210201 基本支出 18\.96，差 0\.27 万元（差额 0\.27 能被 9 整除，疑为数字顺序颠倒/,
          cells: [`${B}!C9`, `${G}!D9`],
        },
      ],
    },
    {
      name: '30109 9.81 while the 一般公共预算支出表 has no 2080506',
      sheets: [basic(s004Basic()), general(s004General().filter(([c]) => c !== '2080506'))],
      errors: [{ severity: 'error', category: 'cross', message: /一般公共预算基本支出表 30109 职业年金缴费 9\.81 ≠ +一般公共预算支出表 2080506 基本支出 0\.00，差 9\.81 万元/, cells: [`${B}!C6`] }],
    },
    {
      name: '303 5.00 but only 3.00 under the retirees 项 (warning)',
      sheets: [basic([['303', '对个人和家庭的补助', 5], ['30302', '退休费', 5]]), general([['2080501', '行政单位离退休', 3], ['2101501', '行政运行', 2]])],
      errors: [{ severity: 'warning', category: 'cross', message: /303 对个人和家庭的补助 5\.00 万元，而离退休项（2080501 行政单位离退休）人员经费合计 3\.00 万元：有 2\.00 万元 303 支出记在离退休项以外的功能科目/, cells: [`${B}!C5`, `${G}!E5`] }],
    },
    {
      name: '303 3.00 but the retirees 项 人员经费 5.00: part of their 人员经费 is not 303 (warning, the direction said)',
      sheets: [basic([['303', '对个人和家庭的补助', 3], ['30302', '退休费', 3]]), general([['2080501', '行政单位离退休', 5], ['2101501', '行政运行', 2]])],
      errors: [{ severity: 'warning', category: 'cross', message: /303 对个人和家庭的补助 3\.00 万元，而离退休项（2080501 行政单位离退休）人员经费合计 5\.00 万元：离退休项人员经费中有 2\.00 万元不是 303/, cells: [`${B}!C5`, `${G}!E5`] }],
    },
    {
      name: 'S000 职业年金 6.50 is 7.9% of 养老保险 82.71 (info)',
      sheets: [
        basic([['30108', '机关事业单位基本养老保险缴费', 82.71], ['30109', '职业年金缴费', 6.5]]),
        general([['2080505', '机关事业单位基本养老保险缴费支出', 82.71], ['2080506', '机关事业单位职业年金缴费支出', 6.5]]),
      ],
      errors: [{ severity: 'info', category: 'cross', message: /30109 职业年金缴费 6\.50 万元是 30108 基本养老保险缴费 82\.71 万元的 7\.9%/, cells: [`${B}!C6`, `${B}!C5`] }],
    },
  ],
});
