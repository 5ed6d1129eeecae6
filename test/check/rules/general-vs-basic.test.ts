import generalVsBasic from '../../../src/core/check/rules/general-vs-basic';
import { ruleTester, type CellSpec } from '../rule-tester';
import { basicTable, generalTable, projectTable } from '../tables';

const G = '表5 一般公共预算支出表';
const B = '表6 一般公共预算基本支出表';

/** 一般公共预算支出表 合计 line (row 5): 合计, 基本小计, 人员经费, 公用经费, 项目支出. */
const general = (basic: CellSpec, personnel: CellSpec, pub: CellSpec) => generalTable([[null, '合计', 100, basic, personnel, pub, 10]]);
/** 基本支出表 合计 line (row 5): 合计, 人员经费, 公用经费. */
const basic = (total: CellSpec, personnel: CellSpec, pub: CellSpec) => basicTable([[null, '合计', total, personnel, pub], ['301', '工资福利支出', personnel, personnel, 0], ['302', '商品和服务支出', pub, 0, pub]]);

/** 决算公开06表: no 合计 line, 人员经费合计 (row 7) and 公用经费合计 (row 8) below the panels. */
const final06 = basicTable([
  ['301', '工资福利支出', 963.12, 963.12, 0],
  ['302', '商品和服务支出', 36.6, 0, 36.6],
  ['人员经费合计', null, 963.12],
  ['公用经费合计', null, 36.6],
]);

ruleTester.run(generalVsBasic, {
  valid: [
    { name: '基本支出, 人员经费, 公用经费 agree', sheets: [general(90, 80, 10), basic(90, 80, 10)] },
    {
      name: 'S003 人员经费 153.30 vs 153.31 is a 尾差 to reconcile (warning)',
      sheets: [general(161.17, 153.3, 7.87), basic(161.17, 153.31, 7.87)],
      rounding: [{ severity: 'warning', message: /同一数两处不一致：一般公共预算支出表 合计 人员经费 153\.30，一般公共预算基本支出表 合计 人员经费 153\.31，差 0\.01 万元/, cells: [`${G}!E5`, `${B}!D5`] }],
    },
    {
      name: 'S002 决算: 基本支出 999.73 vs 人员经费合计 963.12 + 公用经费合计 36.60 = 999.72 is a 尾差',
      sheets: [generalTable([[null, '合计', 999.73, 999.73, 963.12, 36.61, 0]]), final06],
      rounding: [{ message: /尾差：一般公共预算支出表 合计 基本支出 999\.73 与 ?一般公共预算基本支出表 人员经费合计 \+ 公用经费合计 999\.72 相差 0\.01 万元/, cells: [`${G}!D5`, `${B}!C7`, `${B}!C8`] }],
    },
    { name: 'rounding: false hides the 尾差', sheets: [general(161.17, 153.3, 7.87), basic(161.17, 153.31, 7.87)], config: { rounding: false } },
    { name: 'no 基本支出表: skipped', sheets: [general(90, 80, 10), projectTable([[null, '合计', null, 10, 10]])], skipped: /缺少一般公共预算支出表（含基本支出列）或基本支出表/ },
  ],
  invalid: [
    {
      name: '基本支出 90.00 ≠ 99.00 and 人员经费 80.00 ≠ 89.00',
      sheets: [general(90, 80, 10), basic(99, 89, 10)],
      errors: [
        { severity: 'error', category: 'cross', message: /一般公共预算支出表 合计 基本支出 90\.00 ≠ 一般公共预算基本支出表 合计 99\.00，差 9\.00 万元（差额 9\.00 能被 9 整除/, cells: [`${G}!D5`, `${B}!C5`] },
        { severity: 'error', category: 'cross', message: /一般公共预算支出表 合计 人员经费 80\.00 ≠ 一般公共预算基本支出表 合计 人员经费 89\.00，差 9\.00 万元/, cells: [`${G}!E5`, `${B}!D5`] },
      ],
    },
    {
      name: '决算 基本支出 1000.00 ≠ 963.12 + 36.60',
      sheets: [generalTable([[null, '合计', 1000, 1000, 963.4, 36.6, 0]]), final06],
      errors: [{ severity: 'error', category: 'cross', message: /合计 基本支出 1000\.00 ≠ +一般公共预算基本支出表 人员经费合计 \+ 公用经费合计 999\.72，差 0\.28 万元/, cells: [`${G}!D5`, `${B}!C7`, `${B}!C8`] }],
    },
    {
      // (was a bug, fixed) see summary.test.ts — two printings 0.02 apart are graded 尾差 by sameVerdict
      name: '人员经费 153.30 ≠ 153.32 (two units apart: an error)',
      sheets: [general(161.17, 153.3, 7.87), basic(161.19, 153.32, 7.87)],
      errors: [
        { severity: 'error', category: 'cross', message: /合计 基本支出 161\.17 ≠ .*161\.19，差 0\.02 万元/ },
        { severity: 'error', category: 'cross', message: /合计 人员经费 153\.30 ≠ .*153\.32，差 0\.02 万元/ },
      ],
    },
    {
      name: 'severity override to warning',
      sheets: [general(90, 80, 10), basic(90, 80, 12)],
      config: { rules: { 'cross/general-vs-basic': 'warning' } },
      errors: [{ severity: 'warning', category: 'cross', message: /合计 公用经费 10\.00 ≠ 一般公共预算基本支出表 合计 公用经费 12\.00/ }],
    },
  ],
});
