import threePublicVsBasic from '../../../src/core/check/rules/three-public-vs-basic';
import { ruleTester, type CellSpec } from '../rule-tester';
import { basicTable, threePublicTable } from '../tables';

const T = '表7 “三公”经费支出表';
const B = '表6 一般公共预算基本支出表';

/** 基本支出表 with 30217 公务接待费 (row 6) and 30231 公务用车运行维护费 (row 7). */
const basic = (reception: CellSpec, car: CellSpec) =>
  basicTable([
    ['302', '商品和服务支出', 4, 0, 4],
    ['30217', '公务接待费', reception, 0, reception],
    ['30231', '公务用车运行维护费', car, 0, car],
  ]);

ruleTester.run(threePublicVsBasic, {
  valid: [
    { name: '三公 items ≥ the basic 款 (S001: 接待 1.00, 运行 3.00)', sheets: [threePublicTable([4, 0, 3, 0, 3, 1]), basic(1, 3)] },
    { name: '三公 also covers 项目支出: larger is fine', sheets: [threePublicTable([9, 0, 5, 0, 5, 4]), basic(1, 3)] },
    { name: '接待 0.99 vs 30217 1.00 is within rounding', sheets: [threePublicTable([3.99, 0, 3, 0, 3, 0.99]), basic(1, 3)] },
    { name: 'an empty 三公 table and no 三公 款 in the 基本支出表', sheets: [threePublicTable(null, { notes: ['备注：本单位无“三公”经费支出，本表为空表。'] }), basicTable([['302', '商品和服务支出', 4, 0, 4], ['30201', '办公费', 4, 0, 4]])] },
    { name: 'no 三公 table: skipped', sheets: [basic(1, 3)], skipped: /缺少“三公”经费表或基本支出表/ },
  ],
  invalid: [
    {
      name: '三公 公务接待费 0.00 < 30217 1.00',
      sheets: [threePublicTable([3, 0, 3, 0, 3, 0]), basic(1, 3)],
      errors: [{ severity: 'error', category: 'cross', message: /“三公”经费支出表 公务接待费 0\.00 小于 一般公共预算基本支出表 30217 公务接待费 1\.00，差 1\.00 万元（基本支出中的该科目属于“三公”经费）/, cells: [`${T}!F5`, `${B}!C6`] }],
    },
    {
      name: 'an empty 三公 table states 0: 30217 1.00 and 30231 3.00 in the 基本支出表 contradict it',
      sheets: [threePublicTable(null), basic(1, 3)],
      errors: [
        { severity: 'error', category: 'cross', message: /“三公”经费支出表 公务接待费 0\.00 小于 一般公共预算基本支出表 30217 公务接待费 1\.00，差 1\.00 万元/, cells: [`${T}!A1`, `${B}!C6`] },
        { severity: 'error', category: 'cross', message: /“三公”经费支出表 公务用车运行费 0\.00 小于 一般公共预算基本支出表 30231 公务用车运行维护费 3\.00，差 3\.00 万元/, cells: [`${T}!A1`, `${B}!C7`] },
      ],
    },
    {
      name: '公务用车运行费 2.00 < 30231 3.00 (severity warning)',
      sheets: [threePublicTable([3, 0, 2, 0, 2, 1]), basic(1, 3)],
      config: { rules: { 'cross/three-public-vs-basic': 'warning' } },
      errors: [{ severity: 'warning', category: 'cross', message: /公务用车运行费 2\.00 小于 一般公共预算基本支出表 30231 公务用车运行维护费 3\.00，差 1\.00 万元/, cells: [`${T}!E5`, `${B}!C7`] }],
    },
  ],
});
