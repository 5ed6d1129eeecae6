import { moneyUnit, threePublicSplit, titleContent } from '../../../src/core/check/rules/table-form';
import { ruleTester } from '../rule-tester';
import { capitalTable, generalTable, int, narrativeSheet, procurementTable, threePublicTable } from '../tables';

ruleTester.run(threePublicSplit, {
  valid: [
    { name: '出国, 公车 (购置, 运行), 接待 columns', sheets: [threePublicTable([3, 0, 2, 0, 2, 1])] },
    { name: 'an empty table with the full header', sheets: [threePublicTable(null, { notes: ['备注：本表为空表。'] })] },
    { name: 'no 三公 table: skipped', sheets: [generalTable([[null, '合计', 1, 1, 1, 0, 0]])], skipped: /没有“三公”经费表/ },
  ],
  invalid: [
    {
      name: '公务用车购置及运行费 not split into 购置费 and 运行费',
      sheets: [threePublicTable([3, 0, 2, 1], { columns: ['“三公”经费合计', '因公出国（境）费', '公务用车购置及运行费', '公务接待费'] })],
      errors: [{ severity: 'error', category: 'compliance', message: '“三公”经费支出表没有列出公务用车购置费、公务用车运行费', cells: ['表7 “三公”经费支出表!A1'] }],
    },
    {
      name: 'no 因公出国（境）费 column (severity warning)',
      sheets: [threePublicTable([3, 2, 0, 2, 1], { columns: ['“三公”经费合计', ['公务用车购置及运行费', ['小计', '公务用车购置费', '公务用车运行费']], '公务接待费'] })],
      config: { rules: { 'compliance/three-public-split': 'warning' } },
      errors: [{ severity: 'warning', category: 'compliance', message: '“三公”经费支出表没有列出因公出国（境）费', cells: ['表7 “三公”经费支出表!A1'] }],
    },
  ],
});

ruleTester.run(titleContent, {
  valid: [
    { name: 'titles and sheet names that agree with the content', sheets: [generalTable([[null, '合计', 1, 1, 1, 0, 0]]), capitalTable([], { notes: ['备注：本表为空表。'] })] },
    { name: 'a Sheet1-style name says nothing', sheets: [generalTable([[null, '合计', 1, 1, 1, 0, 0]], { sheet: 'Sheet1' })] },
    { name: 'no table: skipped', sheets: [narrativeSheet([])], skipped: /没有识别出表/ },
  ],
  invalid: [
    {
      name: 'S004 表9: title 项目支出表 over a 国有资本经营预算支出表',
      sheets: [capitalTable([], { sheet: '表9 项目支出表', title: '2025年项目支出表', notes: ['备注：本表为空表。'] })],
      errors: [{ severity: 'error', category: 'compliance', message: '标题“2025年项目支出表”像项目支出表，内容却是国有资本经营预算支出表', cells: ['表9 项目支出表!A1'] }],
    },
    {
      name: 'the sheet name disagrees with the content',
      sheets: [capitalTable([], { sheet: '表9 项目支出表', notes: ['备注：本表为空表。'] })],
      errors: [{ severity: 'error', category: 'compliance', message: '工作表名“表9 项目支出表”像项目支出表，内容却是国有资本经营预算支出表', cells: ['表9 项目支出表!A1'] }],
    },
  ],
});

const line = ['202002', '武汉市江城区医疗保障服务中心', '医保经办业务经费', '复印纸', int(1), 20000, 20000, 20000, 20000];

ruleTester.run(moneyUnit, {
  valid: [
    { name: 'tables in 万元', sheets: [generalTable([[null, '合计', 1, 1, 1, 0, 0]]), procurementTable([line.map((x) => (x === 20000 ? 2 : x))])] },
    { name: 'every table in 元: a legitimate unit (some regions print 元)', sheets: [generalTable([[null, '合计', 10000, 10000, 10000, 0, 0]], { moneyUnit: '元' }), procurementTable([line], { moneyUnit: '元' })] },
    { name: 'no unit stated at all', sheets: [generalTable([[null, '合计', 1, 1, 1, 0, 0]], { moneyUnit: null })], skipped: /没有识别出写明金额单位的表/ },
    { name: 'no table: skipped', sheets: [narrativeSheet([])], skipped: /没有识别出写明金额单位的表/ },
  ],
  invalid: [
    {
      name: 'S000 政府采购预算表 in 元 among tables in 万元',
      sheets: [generalTable([[null, '合计', 1, 1, 1, 0, 0]]), procurementTable([line], { moneyUnit: '元' })],
      errors: [{ severity: 'warning', category: 'compliance', message: '政府采购预算表（表11 政府采购预算表）金额单位为“元”，而其他 1 张表为“万元”，同一份公开应统一（已换算后检查）', cells: ['表11 政府采购预算表!I2'] }],
    },
    {
      name: 'severity override to error',
      sheets: [generalTable([[null, '合计', 1, 1, 1, 0, 0]]), procurementTable([line], { moneyUnit: '元' })],
      config: { rules: { 'compliance/money-unit': 'error' } },
      errors: [{ severity: 'error', category: 'compliance', message: /金额单位为“元”/, cells: ['表11 政府采购预算表!I2'] }],
    },
  ],
});
