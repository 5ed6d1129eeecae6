import projectsVsPerformance from '../../../src/core/check/rules/projects-vs-performance';
import { ruleTester, type CellSpec } from '../rule-tester';
import { generalTable, projectFormSheet, projectTable } from '../tables';

const P = '表10 项目支出表';
const F = '表15 项目支出绩效目标表';
const CODE = '42010726202T000000001';
const NAME = '医保服务中心工作经费';

/** 项目支出表 with one project line per [code, name, amount] (rows 6 …; 合计 row 5, amounts in D). */
const projects = (lines: [string, string, CellSpec][]) => projectTable([[null, '合计', null, 60], ...lines.map(([c, n, v]) => [c, n, null, v])]);

ruleTester.run(projectsVsPerformance, {
  valid: [
    { name: 'matched by code, same 当年预算', sheets: [projects([[CODE, NAME, 60]]), projectFormSheet({ name: NAME, code: CODE, current: 60 })] },
    { name: 'matched by name (no code on the form)', sheets: [projects([[CODE, NAME, 60]]), projectFormSheet({ name: NAME, current: 60 })] },
    {
      name: '60.00 vs 60.01 is a 尾差 to reconcile (warning)',
      sheets: [projects([[CODE, NAME, 60.01]]), projectFormSheet({ name: NAME, code: CODE, current: 60 })],
      rounding: [{ severity: 'warning', message: /同一数两处不一致：项目“医保服务中心工作经费”项目支出绩效目标表当年预算 60\.00，项目支出表 60\.01，差 0\.01 万元/, cells: [`${F}!F4`, `${P}!D6`] }],
    },
    {
      name: 'a 决算 document: the rule does not apply',
      sheets: [projects([[CODE, NAME, 60]]), projectFormSheet({ name: NAME, code: CODE, current: 70 }), generalTable([[null, '合计', 1, 1, 1, 0, 0]], { title: '2024年度部门决算支出表' })],
    },
    { name: 'no 项目绩效目标表: skipped', sheets: [projects([[CODE, NAME, 60]])], skipped: /缺少项目支出表或项目支出绩效目标表/ },
  ],
  invalid: [
    {
      name: 'S001: 当年预算 70.00 on the form, 60.00 in the 项目支出表',
      sheets: [projects([[CODE, NAME, 60]]), projectFormSheet({ name: NAME, code: CODE, current: 70 })],
      errors: [{ severity: 'error', category: 'cross', message: '项目“医保服务中心工作经费”项目支出绩效目标表当年预算 70.00 ≠ 项目支出表 60.00，差 10.00 万元', cells: [`${F}!F4`, `${P}!D6`] }],
    },
    {
      name: 'S000: the same project under two names (warning)',
      sheets: [projects([['42010723083T000000001', '开展医疗保险宣传等工作经费', 60]]), projectFormSheet({ name: '开展城乡居民医疗保险宣传等工作经费', current: 60 })],
      errors: [{ severity: 'warning', category: 'cross', message: '项目名称不一致：项目支出表“开展医疗保险宣传等工作经费”，项目支出绩效目标表“开展城乡居民医疗保险宣传等工作经费”', cells: [`${F}!C3`] }],
    },
    {
      // the 项目支出表 location of a project is its 项目名称 cell (B6)
      // rebuilds q.cell instead of taking the 项目名称 column, so a name mismatch does not point at the name
      name: 'a name mismatch points at the printed names',
      sheets: [projects([['42010723083T000000001', '开展医疗保险宣传等工作经费', 60]]), projectFormSheet({ name: '开展城乡居民医疗保险宣传等工作经费', current: 60 })],
      errors: [{ severity: 'warning', category: 'cross', message: /项目名称不一致/, cells: [`${P}!B6`, `${F}!C3`] }],
    },
    {
      name: 'a project without a form (error) and a form without a project (warning)',
      sheets: [projects([[CODE, NAME, 60]]), projectFormSheet({ name: '医保信息化建设经费', code: '42010726202T000000009', current: 5 })],
      errors: [
        { severity: 'error', category: 'cross', message: '项目支出表中的项目“医保服务中心工作经费”没有对应的项目支出绩效目标表', cells: [`${P}!B6`] },
        { severity: 'warning', category: 'cross', message: '项目支出绩效目标表“医保信息化建设经费”（当年预算 5.00 万元）不在项目支出表中，请核实该项目是否属于项目支出', cells: [`${F}!C3`] },
      ],
    },
  ],
});
