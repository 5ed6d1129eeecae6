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

/** A 武汉 项目支出绩效目标表 of one project (as 2023 武汉 区 budgets print it): its 明细测算 has 30212 and 30217 lines. */
const PROJECT_FORM = {
  name: '表15 项目支出绩效目标表',
  rows: [
    ['表15'],
    ['项目支出绩效目标表'],
    ['申报日期：2022年12月23日', null, null, null, '单位：万元'],
    ['项目名称', '教育督导评估经费', null, '项目编码', '42010523306T000000350'],
    ['项目主管部门', '武汉市汉南区教育局', null, '项目执行单位', '武汉市汉南区教育局（本级）'],
    ['项目负责人', '张明', null, '联系电话', '027-88881000'],
    ['项目属性', '01-持续性项目 ☑ 02-新增项目 □'],
    ['项目总预算', 329.78, null, '项目当年预算', 154.51],
    ['项目当年资金来源', '来源项目', null, null, '金额'],
    [null, '合计', null, null, 154.51],
    [null, '1. 一般公共预算财政拨款', null, null, 154.51],
    [null, '2. 政府性基金预算财政拨款'],
    ['项目支出明细测算'],
    ['项目活动', '活动内容表述', '支出经济分类', '金额', '测算依据及说明'],
    ['教育督导评估经费', '教育督导评估和教师培训', '30226-劳务费', 99.03, '按实际需要测算'],
    ['教育督导评估经费', '教育督导评估和教师培训', '30211-差旅费', 31.44, '按实际需要测算'],
    ['教育督导评估经费', '教育督导评估和教师培训', '30217-公务接待费', 0.44, '按实际需要测算'],
    ['教育督导评估经费', '教育督导评估和教师培训', '30212-因公出国（境）费用', 5.53, '按实际需要测算'],
    ['教育督导评估经费', '教育督导评估和教师培训', '31013-公务用车购置', 18.07, '按实际需要测算'],
    ['项目绩效总目标', '教育督导评估和教师培训，按时保质完成。'],
    ['年度绩效目标表'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '完成工作任务数', '≥3项'],
    ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%'],
  ],
};

ruleTester.run(titleContent, {
  valid: [
    { name: 'titles and sheet names that agree with the content', sheets: [generalTable([[null, '合计', 1, 1, 1, 0, 0]]), capitalTable([], { notes: ['备注：本表为空表。'] })] },
    { name: 'a Sheet1-style name says nothing', sheets: [generalTable([[null, '合计', 1, 1, 1, 0, 0]], { sheet: 'Sheet1' })] },
    { name: 'no table: skipped', sheets: [narrativeSheet([])], skipped: /没有识别出表/ },
    {
      name: '武汉 项目支出绩效目标表 whose 明细测算 lists 因公出国（境）费用 and 公务接待费: still a 项目支出绩效目标表',
      sheets: [PROJECT_FORM],
    },
  ],
  invalid: [
    {
      name: 'a “三公” table (its header says so) titled 项目支出绩效目标表: the header decides',
      sheets: [threePublicTable([3, 0, 2, 0, 2, 1], { sheet: '表15 项目支出绩效目标表', title: '项目支出绩效目标表' })],
      errors: [{ severity: 'error', category: 'compliance', message: '标题“项目支出绩效目标表”像项目支出绩效目标表，内容却是“三公”经费支出表', cells: ['表15 项目支出绩效目标表!A1'] }],
    },
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
