import generalVsProjects from '../../../src/core/check/rules/general-vs-projects';
import { ruleTester, type CellSpec } from '../rule-tester';
import { DEPT, generalTable, projectTable, table } from '../tables';

const G = '表5 一般公共预算支出表';
const P = '表10 项目支出表';
const PROJECT = '42010726202T000000001';

/** 一般公共预算支出表 合计 line (row 5) with 项目支出 in G5. */
const general = (project: CellSpec, opts: { title?: string; sheet?: string } = {}) => generalTable([[null, '合计', 100, 90, 80, 10, project]], opts);
/** 项目支出表: 合计 line (row 5) and one project: 合计, 本年拨款 一般公共预算 (E), 结转结余 一般公共预算 (G). */
const projects = (current: CellSpec, carry: CellSpec, opts: { title?: string; sheet?: string } = {}) =>
  projectTable(
    [
      [null, '合计', null, 10, current, 0, carry, 0],
      [PROJECT, '医保经办业务经费', null, 10, current, 0, carry, 0],
    ],
    opts,
  );

/**
 * S001 项目支出预算表: each project under its 功能科目 项 (A 科目编码 … E 项目名称, F 总计; the 总计
 * line is row 4, projects from row 5), against the 项 line of the 一般公共预算支出表 (row 5).
 */
const byItem = (a: number, b: number, item: number) => [
  table(
    '2022年项目支出预算表',
    ['科目编码', '科目名称', '单位编码', '单位名称', '项目名称', '总计'],
    [
      [null, null, null, null, null, a + b],
      ['2101506', '医疗保障经办事务', '202001', `${DEPT}本级`, '医保经办业务经费', a],
      ['2101506', '医疗保障经办事务', '202001', `${DEPT}本级`, '医保服务大厅运行经费', b],
    ],
    { sheet: P },
  ),
  generalTable([['2101506', '医疗保障经办事务', item + 50, 50, 50, 0, item]]),
];

ruleTester.run(generalVsProjects, {
  valid: [
    { name: '项目支出 10.00 = 本年拨款 8.00 + 结转结余 2.00', sheets: [general(10), projects(8, 2)] },
    {
      name: '项目支出 56.80 vs 28.40 + 28.39 = 56.79 is a 尾差',
      sheets: [general(56.8), projects(28.4, 28.39)],
      rounding: [{ message: /尾差：一般公共预算支出表 合计 项目支出 56\.80 与 ?项目支出表 一般公共预算资金（本年拨款 \+ 结转结余） 56\.79 相差 0\.01 万元/, cells: [`${G}!G5`, `${P}!E5`, `${P}!G5`] }],
    },
    { name: 'rounding: false hides the 尾差', sheets: [general(56.8), projects(28.4, 28.39)], config: { rounding: false } },
    {
      name: 'a 决算 document: the rule does not apply (budget only)',
      sheets: [general(121, { title: '2024年度部门决算一般公共预算财政拨款支出表' }), projects(139, 0, { title: '2024年度项目支出决算表' })],
    },
    {
      // BUG (src/core/facts.ts): TITLE_RE takes the first 预算|决算 after the year, so the 决算
      // title "2024 年度一般公共预算财政拨款支出决算表" (公开05表, also 07/08表) counts as a 预算
      // title; with as many 预算-looking titles as 决算 ones the document is taken for a 预算.
      name: 'a 决算 document whose 公开05表 title names 一般公共预算: the rule does not apply',
      sheets: [general(121, { title: '2024年度一般公共预算财政拨款支出决算表' }), projects(139, 0, { title: '2024年度项目支出决算表' })],
    },
    { name: 'S001: the projects of 2101506 (90 + 60) = its 项目支出 150', sheets: byItem(90, 60, 150) },
    { name: 'no 项目支出表: skipped', sheets: [general(10)], skipped: /缺少项目支出表或一般公共预算支出表/ },
  ],
  invalid: [
    {
      name: '项目支出 121.00 ≠ 项目支出表 一般公共预算 139.00',
      sheets: [general(121), projects(139, 0)],
      errors: [{ severity: 'error', category: 'cross', message: /一般公共预算支出表 合计 项目支出 121\.00 ≠ +项目支出表 一般公共预算资金（本年拨款 \+ 结转结余） 139\.00，差 18\.00 万元（差额 18\.00 能被 9 整除/, cells: [`${G}!G5`, `${P}!E5`, `${P}!G5`] }],
    },
    {
      name: 'the 结转结余 left out: the difference is that column',
      sheets: [general(8), projects(8, 2)],
      errors: [{ severity: 'error', category: 'cross', message: /项目支出 8\.00 ≠ .* 10\.00，差 2\.00 万元（差额 2\.00 恰好等于/, cells: [`${G}!G5`, `${P}!G5`] }],
    },
    {
      name: 'S001: the projects of 2101506 (90 + 60) ≠ its 项目支出 140',
      sheets: byItem(90, 60, 140),
      errors: [{ severity: 'error', category: 'cross', message: /一般公共预算支出表 2101506 医疗保障经办事务 项目支出 140\.00 ≠ +项目支出表 该科目各项目之和 150\.00，差 10\.00 万元/, cells: [`${G}!G5`, `${P}!F5`, `${P}!F6`] }],
    },
    {
      name: 'severity override to warning',
      sheets: [general(121), projects(139, 0)],
      config: { rules: { 'cross/general-vs-projects': 'warning' } },
      errors: [{ severity: 'warning', category: 'cross', message: /差 18\.00 万元/ }],
    },
  ],
});
