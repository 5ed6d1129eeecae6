import requiredTables from '../../../src/core/check/rules/required-tables';
import { ruleTester, type SheetSpec } from '../rule-tester';
import {
  basicTable,
  capitalTable,
  deptFormSheet,
  expenditureTable,
  fiscalTable,
  fundTable,
  generalTable,
  incomeTable,
  narrativeSheet,
  projectFormSheet,
  projectTable,
  standardFiscal,
  standardSummary,
  summaryTable,
  incomeLines,
  threePublicTable,
} from '../tables';

const EMPTY = ['备注：本单位无此项支出，本表为空表。'];

/** The twelve tables a 预算公开 must have (figures do not matter here), keyed for omission. */
function budgetSet(omit: string[] = []): SheetSpec[] {
  const all: Record<string, SheetSpec> = {
    summary: standardSummary(),
    income: incomeTable([[null, '合计', 100, 100, 100, 0, 0, 0]]),
    expenditure: expenditureTable([[null, '合计', 100, 90, 10], ['2101501', '行政运行', 100, 90, 10]]),
    fiscal: standardFiscal(),
    general: generalTable([[null, '合计', 100, 90, 80, 10, 10], ['2101501', '行政运行', 100, 90, 80, 10, 10]]),
    basic: basicTable([[null, '合计', 90, 80, 10], ['30101', '基本工资', 80, 80, 0]]),
    threePublic: threePublicTable(null, { notes: EMPTY }),
    fund: fundTable([], { notes: EMPTY }),
    capital: capitalTable([], { notes: EMPTY }),
    project: projectTable([[null, '合计', null, 10, 10, 0, 0, 0], ['42010726202T000000001', '医保经办业务经费', null, 10, 10, 0, 0, 0]]),
    dept: deptFormSheet({ income: [['财政拨款', 100]], incomeTotal: ['合计', 100], expense: [['基本支出', 90], ['项目支出', 10]], expenseTotal: ['合计', 100] }),
    projectForm: projectFormSheet({ name: '医保经办业务经费', current: 10 }),
  };
  return Object.entries(all)
    .filter(([k]) => !omit.includes(k))
    .map(([, v]) => v);
}

/** 决算公开01–09表 titles (公开01/02表 only by default). */
const finalPair = (): SheetSpec[] => [
  summaryTable(incomeLines({ general: 100 }), [['一、卫生健康支出', 100]], { sheet: '公开01表', title: '2024年度收入支出决算总表' }),
  incomeTable([[null, '合计', 100, 100, 100, 0, 0, 0]], { sheet: '公开02表', title: '2024年度收入决算表' }),
];

ruleTester.run(requiredTables, {
  valid: [
    { name: 'a 预算公开 with all twelve tables (empty ones stated)', sheets: budgetSet() },
    { name: 'the narrative mentions 政府采购 without an amount', sheets: [...budgetSet(), narrativeSheet(['本部门无政府采购预算安排。'])] },
    { name: 'rule off', sheets: budgetSet(['project']), config: { rules: { 'compliance/required-tables': 'off' } } },
    { name: 'neither 预算 nor 决算 can be told: skipped', sheets: [fiscalTable([['一、本年收入', 1]], [['一、本年支出', 1]], { title: '财政拨款收支总表' })], skipped: /无法判断是预算还是决算公开/ },
  ],
  invalid: [
    {
      name: 'no 项目支出表',
      sheets: budgetSet(['project']),
      errors: [{ severity: 'error', category: 'compliance', message: /^缺少项目支出表$/ }],
    },
    {
      name: 'no 国有资本经营预算支出表: a warning (some templates lack it)',
      sheets: budgetSet(['capital']),
      errors: [{ severity: 'warning', category: 'compliance', message: '缺少国有资本经营预算支出表（部分年度或地区的模板没有此表，请核实）' }],
    },
    {
      name: 'S004 表9 titled 项目支出表 is a 国有资本经营预算支出表',
      sheets: [...budgetSet(['project', 'capital']), capitalTable([], { sheet: '表9 项目支出表', title: '2026年项目支出表', notes: EMPTY })],
      errors: [{ severity: 'error', category: 'compliance', message: '缺少项目支出表（标题“2026年项目支出表”像项目支出表，内容却是国有资本经营预算支出表）', cells: ['表9 项目支出表!A1'] }],
    },
    {
      name: 'S004: the narrative reports 政府采购 86 万元 but there is no 政府采购预算表',
      sheets: [...budgetSet(), narrativeSheet(['本部门2026年政府采购预算总额86万元，其中货物类0万元、服务类86万元。'])],
      errors: [{ severity: 'error', category: 'compliance', message: '情况说明写有“政府采购预算总额86万元”，但没有政府采购预算表', cells: ['情况说明!A2'] }],
    },
    {
      name: 'a 决算 with only 公开01/02表: the other seven are missing',
      sheets: finalPair(),
      // named as the 决算 template names them
      errors: ['支出决算表', '财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表', '一般公共预算财政拨款基本支出决算明细表', '政府性基金预算财政拨款收入支出决算表', '国有资本经营预算财政拨款支出决算表', '财政拨款“三公”经费支出决算表'].map((k) => ({ severity: 'error' as const, category: 'compliance' as const, message: `缺少${k}` })),
    },
    {
      name: 'a missing table the 目录 lists: the 目录 line is cited (上海 testbad: 三、支出决算表)',
      sheets: [...finalPair(), narrativeSheet(['目 录', '三、支出决算表', '本部门2024年度收入支出决算总计 100 万元，与上年相比持平，主要原因是工作任务没有变化。', '本部门2024年度本年收入合计 100 万元，全部为一般公共预算财政拨款收入。', '本部门2024年度本年支出合计 100 万元，全部为卫生健康支出，主要用于行政运行。'], { heading: '某局2024年度部门决算' })],
      errors: [
        { severity: 'error', category: 'compliance', message: '缺少支出决算表（目录列有“三、支出决算表”）', cells: ['情况说明!A3'] },
        ...['财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表', '一般公共预算财政拨款基本支出决算明细表', '政府性基金预算财政拨款收入支出决算表', '国有资本经营预算财政拨款支出决算表', '财政拨款“三公”经费支出决算表'].map((k) => ({ severity: 'error' as const, category: 'compliance' as const, message: `缺少${k}` })),
      ],
    },
    {
      name: 'severity override to warning',
      sheets: budgetSet(['project']),
      config: { rules: { 'compliance/required-tables': 'warning' } },
      errors: [{ severity: 'warning', message: /^缺少项目支出表$/ }],
    },
  ],
});
