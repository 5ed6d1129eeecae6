import economicHierarchy from '../../../src/core/check/rules/economic-hierarchy';
import { ruleTester } from '../rule-tester';
import { basicTable, generalTable, table } from '../tables';

const B = '表6 一般公共预算基本支出表';
/** Body line i of the 基本支出表 is row 5 + i. */
const b = (col: string, i: number) => `${B}!${col}${5 + i}`;

const consistent = basicTable([
  [null, '合计', 90, 80, 10],
  ['301', '工资福利支出', 80, 80, 0],
  ['30101', '基本工资', 50, 50, 0],
  ['30102', '津贴补贴', 30, 30, 0],
  ['302', '商品和服务支出', 10, 0, 10],
  ['30201', '办公费', 10, 0, 10],
]);

/** 决算公开06表 footer lines: 人员经费合计 = 301 + 303, 公用经费合计 = 302 (+ 310). */
const withFooter = (personnel: number, pub: number) =>
  basicTable([
    ['301', '工资福利支出', 80, 80, 0],
    ['30101', '基本工资', 80, 80, 0],
    ['302', '商品和服务支出', 10, 0, 10],
    ['30201', '办公费', 10, 0, 10],
    ['303', '对个人和家庭的补助', 5, 5, 0],
    ['30302', '退休费', 5, 5, 0],
    ['人员经费合计', null, personnel],
    ['公用经费合计', null, pub],
  ]);

/** S003 表6: 301 printed 153.31, its 款 add up to 153.32. */
const s003 = basicTable([
  [null, '合计', 153.31, 153.31, 0],
  ['301', '工资福利支出', 153.31, 153.31, 0],
  ['30101', '基本工资', 100, 100, 0],
  ['30102', '津贴补贴', 53.32, 53.32, 0],
]);

/** 江苏 2019 公开表六 财政拨款基本支出预算表（经济科目）, 303 and the 合计 (江苏省人大常委会办公厅, 万元). Body line i is row 4 + i. */
const F = '公开表六 财政拨款基本支出预算表';
const jiangsuFiscalBasic = (retired: number) =>
  table('财政拨款基本支出预算表（经济科目）', ['科目编码', '科目名称', '金额'], [[null, '合计', 1189.41], ['303', '对个人和家庭的补助', 1189.41], ['30301', '离休费', 302.49], ['30302', '退休费', retired], ['30309', '奖励金', 0.79]], {
    sheet: F,
    unitLine: '部门：江苏省人大常委会办公厅',
  });

/** 江苏 2019 一般公共预算机关运行经费支出预算表 (中共江苏省委办公厅, 万元), the first 款 of 302. Body line i is row 4 + i. */
const O = '公开表十一 机关运行经费支出预算表';
const jiangsuOperation = (office: number) =>
  table('一般公共预算机关运行经费支出预算表', ['科目编码', '科目名称', '机关运行经费支出'], [[null, '合计', 720], ['302', '商品和服务支出', 720], ['30201', '办公费', office], ['30205', '水费', 50], ['30206', '电费', 100], ['30207', '邮电费', 150]], {
    sheet: O,
    unitLine: '部门：中共江苏省委办公厅',
  });

ruleTester.run(economicHierarchy, {
  valid: [
    { name: '合计 = Σ类, 类 = Σ款 in every column', sheets: [consistent] },
    {
      name: 'S003 301 153.31 vs 款 153.32 is a 尾差 (合计 and 人员经费 columns)',
      sheets: [s003],
      rounding: [
        { message: /尾差：一般公共预算基本支出表 301 工资福利支出 153\.31 与其下各款合计 153\.32 相差 0\.01 万元/, cells: [b('C', 1), b('C', 2), b('C', 3)] },
        { message: /尾差：一般公共预算基本支出表 301 工资福利支出（人员经费） 153\.31 与其下各款合计 153\.32/, cells: [b('D', 1), b('D', 2), b('D', 3)] },
      ],
    },
    { name: 'rounding: false hides the 尾差', sheets: [s003], config: { rounding: false } },
    {
      name: '江苏 机关运行经费支出预算表 (经济科目): 合计 = Σ类, 类 = Σ款',
      sheets: [jiangsuOperation(420)],
    },
    {
      name: '江苏 财政拨款基本支出预算表（经济科目）: 合计 = Σ类, 类 = Σ款',
      sheets: [jiangsuFiscalBasic(886.13)],
    },
    { name: '公开06表 footer: 人员经费合计 = 301 + 303, 公用经费合计 = 302', sheets: [withFooter(85, 10)] },
    { name: 'no 经济分类 table: skipped', sheets: [generalTable([[null, '合计', 10, 10, 10, 0, 0], ['210', '卫生健康支出', 10, 10, 10, 0, 0]])], skipped: /没有基本支出（经济分类）表/ },
  ],
  invalid: [
    {
      name: '301 80.00 ≠ its 款 86.08',
      sheets: [
        basicTable([
          [null, '合计', 80, 80, 0],
          ['301', '工资福利支出', 80, 80, 0],
          ['30101', '基本工资', 50, 50, 0],
          ['30102', '津贴补贴', 36.08, 36.08, 0],
        ]),
      ],
      errors: [
        { severity: 'error', category: 'intra', message: /一般公共预算基本支出表 301 工资福利支出 80\.00 ≠ 其下各款合计 86\.08，差 6\.08 万元/, cells: [b('C', 1), b('C', 2), b('C', 3)] },
        { severity: 'error', category: 'intra', message: /一般公共预算基本支出表 301 工资福利支出（人员经费） 80\.00 ≠ 其下各款合计 86\.08，差 6\.08 万元/, cells: [b('D', 1), b('D', 2), b('D', 3)] },
      ],
    },
    {
      name: '江苏 财政拨款基本支出预算表: 30302 退休费 889.30 (printed 886.13): 303 ≠ its 款',
      sheets: [jiangsuFiscalBasic(889.3)],
      errors: [{ severity: 'error', category: 'intra', message: /财政拨款基本支出表（经济科目） 303 对个人和家庭的补助 1189\.41 ≠ 其下各款合计 1192\.58，差 3\.17 万元/, cells: [`${F}!C5`, `${F}!C7`] }],
    },
    {
      name: '江苏 机关运行经费支出预算表: 30201 办公费 402.00 (swapped digits of 420.00): 302 ≠ its 款',
      sheets: [jiangsuOperation(402)],
      errors: [{ severity: 'error', category: 'intra', message: /机关运行经费支出表 302 商品和服务支出 720\.00 ≠ 其下各款合计 702\.00，差 18\.00 万元/, cells: [`${O}!C5`, `${O}!C6`] }],
    },
    {
      name: '合计行 公用经费 ≠ Σ类',
      sheets: [
        basicTable([
          [null, '合计', 90, 80, 12],
          ['301', '工资福利支出', 80, 80, 0],
          ['30101', '基本工资', 80, 80, 0],
          ['302', '商品和服务支出', 10, 0, 10],
          ['30201', '办公费', 10, 0, 10],
        ]),
      ],
      errors: [{ severity: 'error', category: 'intra', message: /一般公共预算基本支出表 合计行（公用经费） 12\.00 ≠ 各类合计 10\.00，差 2\.00 万元/, cells: [b('E', 0), b('E', 1), b('E', 3)] }],
    },
    {
      name: '人员经费合计 80 leaves out 303 (5.00)',
      sheets: [withFooter(80, 10)],
      errors: [{ severity: 'error', message: /一般公共预算基本支出表 人员经费合计 80\.00 ≠ 301 与 303 之和 85\.00，差 5\.00 万元（差额 5\.00 恰好等于“303 对个人和家庭的补助”（C9）的金额/, cells: [b('C', 6), b('C', 0), b('C', 4)] }],
    },
    {
      name: 'severity override to info',
      sheets: [withFooter(85, 12)],
      config: { rules: { 'intra/economic-hierarchy': 'info' } },
      errors: [{ severity: 'info', category: 'intra', message: /公用经费合计 12\.00 ≠ 302 与 310 之和 10\.00，差 2\.00 万元/, cells: [b('C', 7), b('C', 2)] }],
    },
  ],
});
