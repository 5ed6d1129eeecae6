import unitHierarchy from '../../../src/core/check/rules/unit-hierarchy';
import { ruleTester } from '../rule-tester';
import { DEPT, byUnitTable, generalTable, incomeTable, projectTable } from '../tables';

const I = '表2 收入总表';
const P = '表10 项目支出表';
const CENTRE = '武汉市江城区医疗保障服务中心';
const PROJECT = '42010726202T000000001';

/** 收入总表 with the 合计 column only: 合计 (row 5), 部门 202 (row 6), 单位 202001 (row 7), 202002 (row 8). */
const income = (total: number, dept: number, u1: number, u2: number) =>
  incomeTable([
    [null, '合计', total],
    ['202', DEPT, dept],
    ['202001', `${DEPT}本级`, u1],
    ['202002', CENTRE, u2],
  ]);

/** 项目支出表 (合计 column D): 合计, 部门, 单位, 31 本级支出项目, one project. */
const projects = (unit: number | null, project: number) =>
  projectTable([
    [null, '合计', null, 56.8],
    ['202', DEPT, null, 56.8],
    ['202002', CENTRE, null, unit],
    ['31', '本级支出项目', null, project],
    [PROJECT, '医保经办业务经费', CENTRE, project],
  ]);

ruleTester.run(unitHierarchy, {
  valid: [
    { name: '合计 = 部门 = Σ单位 (收入总表)', sheets: [income(100, 100, 60, 40)] },
    { name: '项目支出表: 部门 > 单位 > 31 本级支出项目 > project', sheets: [projects(56.8, 56.8)] },
    {
      name: '一般公共预算支出表（分单位）: 合计 = 部门 = Σ单位 in every column',
      sheets: [
        byUnitTable([
          [null, '合计', 100, 90, 80, 10, 10],
          ['202', DEPT, 100, 90, 80, 10, 10],
          ['202001', `${DEPT}本级`, 70, 60, 55, 5, 10],
          ['202002', CENTRE, 30, 30, 25, 5, 0],
        ]),
      ],
    },
    {
      name: '部门 100.00 vs 单位 33.33 + 66.66 = 99.99 is a 尾差',
      sheets: [income(100, 100, 33.33, 66.66)],
      rounding: [{ message: /尾差：收入总表 202 武汉市江城区医疗保障局 100\.00 与其下各行合计 99\.99 相差 0\.01 万元/, cells: [`${I}!C6`, `${I}!C7`, `${I}!C8`] }],
    },
    { name: 'rounding: false hides the 尾差', sheets: [income(100, 100, 33.33, 66.66)], config: { rounding: false } },
    { name: 'no table by unit: skipped', sheets: [generalTable([[null, '合计', 1, 1, 1, 0, 0], ['210', '卫生健康支出', 1, 1, 1, 0, 0]])], skipped: /没有按单位列示的表/ },
  ],
  invalid: [
    {
      name: 'S003-like 单位 56.80 ≠ its projects 46.80',
      sheets: [projects(56.8, 46.8)],
      errors: [{ severity: 'error', category: 'intra', message: /项目支出表 202002 武汉市江城区医疗保障服务中心 56\.80 ≠ 其下各行合计 46\.80，差 10\.00 万元/, cells: [`${P}!D7`, `${P}!D8`] }],
    },
    {
      name: '部门 116.08 ≠ Σ单位 100.00 and 合计 ≠ 部门',
      sheets: [income(100, 116.08, 60, 40)],
      errors: [
        { severity: 'error', category: 'intra', message: /收入总表 202 武汉市江城区医疗保障局 116\.08 ≠ 其下各行合计 100\.00，差 16\.08 万元/, cells: [`${I}!C6`, `${I}!C7`, `${I}!C8`] },
        { severity: 'error', category: 'intra', message: /收入总表 合计行 100\.00 ≠ 各部门（单位）合计 116\.08，差 16\.08 万元/, cells: [`${I}!C5`, `${I}!C6`] },
      ],
    },
    {
      name: 'a blank 单位 subtotal over a project with an amount: 小计未填写 (warning)',
      sheets: [
        projectTable([
          [null, '合计', null, 10],
          ['202', DEPT, null, 10],
          ['202002', CENTRE, null, null],
          [PROJECT, '医保经办业务经费', CENTRE, 10],
        ]),
      ],
      errors: [{ severity: 'warning', category: 'intra', message: /项目支出表 202002 武汉市江城区医疗保障服务中心 为空，而其下各行合计 10\.00 万元：小计未填写/, cells: [`${P}!D7`, `${P}!D8`] }],
    },
    {
      name: 'severity override to warning',
      sheets: [projects(56.8, 46.8)],
      config: { rules: { 'intra/unit-hierarchy': 'warning' } },
      errors: [{ severity: 'warning', category: 'intra', message: /差 10\.00 万元/, cells: [`${P}!D7`, `${P}!D8`] }],
    },
  ],
});
