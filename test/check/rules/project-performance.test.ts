import projectPerformance from '../../../src/core/check/rules/project-performance';
import { ruleTester, type CellSpec } from '../rule-tester';
import { generalTable, projectFormSheet, type ProjectFormSpec } from '../tables';

const P = '表15 项目支出绩效目标表';

/**
 * S004 医保专项经费 (30 = 7 + 3 + 10 + 1 + 3 + 3 + 3): C4 总预算, F4 当年预算, E6 资金来源合计,
 * E7 一般公共预算, then the 明细 header (row 8) and the details from row 9.
 */
const form = (o: Partial<ProjectFormSpec> & { details?: [string, string, string, CellSpec][] } = {}) =>
  projectFormSheet({
    name: '医保专项经费',
    code: '42010726202T000000001',
    total: 30,
    current: 30,
    sources: [['一般公共预算财政拨款', 30]],
    sourceTotal: 30,
    details: [
      ['医保宣传', '宣传资料', '30202-印刷费', 7],
      ['医保宣传', '场地', '30214-租赁费', 3],
      ['基金监管', '第三方服务', '30227-委托业务费', 10],
      ['基金监管', '培训', '30216-培训费', 1],
      ['稽核', '差旅', '30211-差旅费', 3],
      ['稽核', '资料', '30202-印刷费', 3],
      ['稽核', '其他', '30299-其他商品和服务支出', 3],
    ],
    ...o,
  });

const thirds: [string, string, string, CellSpec][] = [
  ['经办', '一', '30201-办公费', 3.33],
  ['经办', '二', '30201-办公费', 3.33],
  ['经办', '三', '30201-办公费', 3.33],
];

ruleTester.run(projectPerformance, {
  valid: [
    { name: 'S004 医保专项经费: 来源 = 当年预算 = Σ明细, 总预算 ≥ 当年预算', sheets: [form()] },
    {
      name: '当年预算 10.00 vs 明细 3.33 × 3 = 9.99 is a 尾差',
      sheets: [form({ total: 10, current: 10, sources: [['一般公共预算财政拨款', 10]], sourceTotal: 10, details: thirds })],
      rounding: [{ message: /尾差：项目支出绩效目标表“医保专项经费” 项目当年预算 10\.00 与 ?支出明细测算金额之和 9\.99 相差 0\.01 万元/, cells: [`${P}!F4`, `${P}!E9`, `${P}!E10`, `${P}!E11`] }],
    },
    { name: 'rounding: false hides the 尾差', sheets: [form({ total: 10, current: 10, sources: [['一般公共预算财政拨款', 10]], sourceTotal: 10, details: thirds })], config: { rounding: false } },
    { name: 'no 项目绩效目标表: skipped', sheets: [generalTable([[null, '合计', 1, 1, 1, 0, 0]])], skipped: /没有可读取金额的项目支出绩效目标表/ },
  ],
  invalid: [
    {
      name: 'the rule example: 明细测算 27.00 ≠ 当年预算 30.00',
      sheets: [form({ details: [['医保宣传', '宣传资料', '30202-印刷费', 7], ['基金监管', '第三方服务', '30227-委托业务费', 20]] })],
      errors: [{ severity: 'error', category: 'intra', message: /项目支出绩效目标表“医保专项经费” 项目当年预算 30\.00 ≠ +支出明细测算金额之和 27\.00，差 3\.00 万元/, cells: [`${P}!F4`, `${P}!E9`, `${P}!E10`] }],
    },
    {
      name: 'S001: 当年预算 70 vs 资金来源 60 (and 总预算 60 < 70)',
      sheets: [form({ total: 60, current: 70, sources: [['一般公共预算财政拨款', 60]], sourceTotal: 60, details: [['经办', '运行', '30201-办公费', 70]] })],
      errors: [
        { severity: 'error', category: 'intra', message: /项目支出绩效目标表“医保专项经费” 项目当年预算 70\.00 ≠ 资金来源合计 60\.00，差 10\.00 万元/, cells: [`${P}!F4`, `${P}!E6`] },
        { severity: 'error', category: 'intra', message: /项目支出绩效目标表“医保专项经费” 项目总预算 60\.00 小于 项目当年预算 70\.00，差 10\.00 万元（当年预算是总预算的一部分）/, cells: [`${P}!C4`, `${P}!F4`] },
      ],
    },
    {
      name: '资金来源合计 30 ≠ Σ来源 20 + 5',
      sheets: [form({ sources: [['一般公共预算财政拨款', 20], ['单位资金', 5]] })],
      errors: [{ severity: 'error', category: 'intra', message: /资金来源合计 30\.00 ≠ +各资金来源之和 25\.00，差 5\.00 万元（差额 5\.00 恰好等于“单位资金”（E8）的金额/, cells: [`${P}!E6`, `${P}!E7`, `${P}!E8`] }],
    },
  ],
});
