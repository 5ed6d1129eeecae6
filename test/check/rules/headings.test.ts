/**
 * compliance/toc and compliance/heading-numbering (issue 16, STD-06): texts quoted from S004
 * (2025 蔡甸区医疗保障局, ../shared/seeds/004) and S002.
 */
import { headingNumbering, toc } from '../../../src/core/check/rules/headings';
import { ruleTester } from '../rule-tester';
import { narrativeSheet } from '../tables';

const N = '情况说明';

const BODY = ['一、收支预算总体安排情况', '2025 年部门预算数：385.5 万元。', '二、收入安排情况', '部门预算总收入 385.5 万元。', '三、支出安排情况', '部门预算总支出 385.5 万元。'];

ruleTester.run(headingNumbering, {
  valid: [{ name: 'S004 目录: 一、二、三、 in a row', sheets: [narrativeSheet(BODY)] }],
  invalid: [
    {
      name: 'S004: “四、” twice, then “六、” (五 skipped)',
      sheets: [
        narrativeSheet([
          ...BODY,
          '四、财政拨款收支预算总体情况',
          '2025 年预算收入：385.5 万元。',
          '四、一般公共预算支出安排情况',
          '2025 年预算总支出：385.5 万元。',
          '六、一般公共预算基本支出安排情况',
          '2025 年财政拨款(补助)预算数 385.5 万元。',
        ]),
      ],
      errors: [
        { severity: 'warning', category: 'compliance', message: /序号“四、”重复（情况说明!A8 也是“四、”）/, cells: [`${N}!A10`] },
        { severity: 'warning', category: 'compliance', message: /“四、”之后是“六、”，缺“五、”/, cells: [`${N}!A12`] },
      ],
    },
  ],
});

ruleTester.run(toc, {
  valid: [
    {
      name: 'a 目录 whose entries are the body’s headings',
      sheets: [narrativeSheet(['第一部分 部门预算情况说明', '一、收支预算总体安排情况', '二、收入安排情况', '三、支出安排情况', '第一部分 部门预算情况说明', ...BODY])],
    },
    { name: 'no 目录: nothing to compare', sheets: [narrativeSheet(BODY)], skipped: /情况说明没有目录/ },
  ],
  invalid: [
    {
      name: 'S002: the 目录 says 2024年度, the heading 2024年',
      sheets: [
        narrativeSheet([
          '第一部分 2024年部门决算情况说明',
          '一、收入支出决算总体情况说明',
          '第二部分 2024年度重点工作完成情况',
          '第一部分 2024年部门决算情况说明',
          '一、收入支出决算总体情况说明',
          '2024年度收入总计 500 万元。',
          '第二部分 2024年重点工作完成情况',
          '全年完成医保基金监管任务。',
        ]),
      ],
      errors: [{ severity: 'warning', category: 'compliance', message: /目录“第二部分2024年度重点工作完成情况”与正文标题“第二部分2024年重点工作完成情况”不一致/ }],
    },
  ],
});
