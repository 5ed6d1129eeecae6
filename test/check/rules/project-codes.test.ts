import projectCodes from '../../../src/core/check/rules/project-codes';
import { ruleTester } from '../rule-tester';
import { DEPT, generalTable, incomeTable, projectFormSheet, projectTable } from '../tables';

const P = '表10 项目支出表';
const income = incomeTable([[null, '合计', 10, 10, 10, 0, 0, 0], ['202', DEPT, 10, 10, 10, 0, 0, 0]]);
const projects = (...codes: string[]) => projectTable([[null, '合计', null, 10], ...codes.map((c, i) => [c, `项目${i + 1}`, null, 10 / codes.length])]);

ruleTester.run(projectCodes, {
  valid: [
    { name: '11 digits + letter + 9 digits, 部门码 202 as in the 收入总表', sheets: [income, projects('42010726202T000000001'), projectFormSheet({ name: '项目1', code: '42010726202T000000001', current: 10 })] },
    { name: 'without a 收入总表 the 部门码 is not compared', sheets: [projects('42011423056T000000115')] },
    { name: 'no project code: skipped', sheets: [generalTable([[null, '合计', 1, 1, 1, 0, 0]])], skipped: /没有项目编码/ },
  ],
  invalid: [
    {
      name: 'S004: a 序号 of 8 digits; a code with 10 digits before the letter',
      sheets: [projects('42011423056T00000115', '4201072620T000000001')],
      errors: [
        { severity: 'warning', category: 'cross', message: '项目编码“42011423056T00000115”格式不符：序号应为 9 位，实为 8 位', cells: [`${P}!A6`] },
        { severity: 'warning', category: 'cross', message: '项目编码“4201072620T000000001”格式不符：字母前应为 11 位数字，实为 10 位', cells: [`${P}!A7`] },
      ],
    },
    {
      name: 'the 部门码 056 of a code is not the 部门代码 202 of the 收入总表 (info)',
      sheets: [income, projects('42011423056T000000115')],
      errors: [{ severity: 'info', category: 'cross', message: '项目编码“42011423056T000000115”中的部门码 056 与收入总表的部门代码 202 不同，请核实', cells: [`${P}!A6`] }],
    },
  ],
});
