import economicPlacement from '../../../src/core/check/rules/economic-placement';
import { ruleTester } from '../rule-tester';
import { basicTable, table } from '../tables';

const B = '表6 一般公共预算基本支出表';

ruleTester.run(economicPlacement, {
  valid: [
    {
      name: '301/303 only in 人员经费, 302 only in 公用经费',
      sheets: [
        basicTable([
          [null, '合计', 95, 85, 10],
          ['301', '工资福利支出', 80, 80, 0],
          ['30101', '基本工资', 80, 80, null],
          ['302', '商品和服务支出', 10, 0, 10],
          ['30201', '办公费', 10, null, 10],
          ['303', '对个人和家庭的补助', 5, 5, 0],
          ['30302', '退休费', 5, 5, 0],
        ]),
      ],
    },
    { name: 'a 0.00 in the other column is no amount', sheets: [basicTable([['302', '商品和服务支出', 10, 0, 10], ['30201', '办公费', 10, 0.0, 10]])] },
    {
      name: '基本支出表 without 人员经费/公用经费 columns: skipped',
      sheets: [table('2026年一般公共预算基本支出表', [['部门预算支出经济分类科目', ['科目编码', '科目名称']], '合计'], [['301', '工资福利支出', 80], ['30101', '基本工资', 80]], { sheet: B })],
      skipped: /没有分列人员经费和公用经费/,
    },
  ],
  invalid: [
    {
      name: '30201 办公费 in the 人员经费 column',
      sheets: [basicTable([['302', '商品和服务支出', 10, 2, 8], ['30201', '办公费', 10, 2, 8]])],
      errors: [
        { severity: 'warning', category: 'intra', message: /一般公共预算基本支出表 302 商品和服务支出 在“人员经费”列有 2\.00 万元，302 类属公用经费/, cells: [`${B}!D5`] },
        { severity: 'warning', category: 'intra', message: /一般公共预算基本支出表 30201 办公费 在“人员经费”列有 2\.00 万元，302 类属公用经费/, cells: [`${B}!D6`] },
      ],
    },
    {
      name: '30102 津贴补贴 and 30302 退休费 in the 公用经费 column; severity raised to error',
      sheets: [basicTable([['30102', '津贴补贴', 10, 7, 3], ['30302', '退休费', 5, 0, 5]])],
      config: { rules: { 'intra/economic-placement': 'error' } },
      errors: [
        { severity: 'error', category: 'intra', message: /30102 津贴补贴 在“公用经费”列有 3\.00 万元，301 类属人员经费/, cells: [`${B}!E5`] },
        { severity: 'error', category: 'intra', message: /30302 退休费 在“公用经费”列有 5\.00 万元，303 类属人员经费/, cells: [`${B}!E6`] },
      ],
    },
  ],
});
