import rowIdentity from '../../../src/core/check/rules/row-identity';
import { ruleTester } from '../rule-tester';
import { GENERAL_COLUMNS, basicTable, expenditureTable, generalTable, incomeLines, incomeTable, projectTable, summaryTable, table } from '../tables';

const G = '表5 一般公共预算支出表';
const B = '表6 一般公共预算基本支出表';

const general = generalTable([
  [null, '合计', 100, 90, 80, 10, 10],
  ['210', '卫生健康支出', 100, 90, 80, 10, 10],
]);

/** A 公开07表-like flow table: 年末 = 年初 + 本年收入 − 本年支出. C 年初, D 本年收入, E–G 本年支出, H 年末 (body from row 5). */
function fundFlow(yearEnd: number) {
  return table(
    '2024年度政府性基金预算财政拨款收入支出决算表',
    ['科目编码', '科目名称', '年初结转和结余', '本年收入', ['本年支出', ['小计', '基本支出', '项目支出']], '年末结转和结余'],
    [[null, '合计', 10, 5, 8, 8, 0, yearEnd]],
    { sheet: '公开07表' },
  );
}

ruleTester.run(rowIdentity, {
  valid: [
    {
      // the 决算02表 identity 合计 = 财政拨款收入 + … + 其他收入 does not apply to a 收入总表 that
      // also has 上年结转结余 columns, whose 合计 includes them: nothing else applies, so 未执行
      name: '收入总表 合计 120 = 财政拨款收入 100 + 上年结转结余 20',
      skipped: /没有可逐行勾稽的表/,
      sheets: [incomeTable([[null, '合计', 120, 100, 0, 20, 20]], { columns: ['单位代码', '单位名称', '合计', '财政拨款收入', '事业收入', ['上年结转结余', ['小计', '一般公共预算']]] })],
    },
    { name: '一般公共预算支出表: 合计 = 基本 + 项目, 基本 = 人员 + 公用 on every row', sheets: [general] },
    {
      name: 'S003 合计行 161.18 vs 153.30 + 7.87 = 161.17 is a 尾差',
      sheets: [generalTable([[null, '合计', 161.18, 153.3, 150, 3.3, 7.87]])],
      rounding: [{ message: /尾差：一般公共预算支出表 合计行 合计 161\.18 与 ?基本支出小计 \+ 项目支出 161\.17 相差 0\.01 万元/, cells: [`${G}!C5`, `${G}!D5`, `${G}!G5`] }],
    },
    { name: 'rounding: false hides the 尾差', sheets: [generalTable([[null, '合计', 161.18, 153.3, 150, 3.3, 7.87]])], config: { rounding: false } },
    { name: 'fund flow: 年末 7 = 年初 10 + 本年收入 5 − 本年支出 8', sheets: [fundFlow(7)] },
    { name: 'basic, expenditure, income and project tables that add up', sheets: [
      basicTable([[null, '合计', 90, 80, 10], ['301', '工资福利支出', 80, 80, 0]]),
      expenditureTable([[null, '合计', 100, 90, 10, 0, 0, 0]]),
      incomeTable([[null, '合计', 100, 100, 90, 10, 0, 0]]),
      projectTable([[null, '合计', null, 10, 8, 0, 2, 0]]),
    ] },
    { name: 'no table with row identities: skipped', sheets: [summaryTable(incomeLines({ general: 100 }), [['一、卫生健康支出', 100]])], skipped: /没有可逐行勾稽的表/ },
    {
      name: 'a column that is not understood may be a missing part: not checked (skipped)',
      sheets: [table('2026年一般公共预算支出表', [...GENERAL_COLUMNS, '其他奇怪的列'], [[null, '合计', 100, 90, 80, 10, 5, 5]], { sheet: G })],
      skipped: /未能识别的列/,
    },
  ],
  invalid: [
    {
      name: '210 合计 116.08 ≠ 基本支出 90.00 + 项目支出 10.00',
      sheets: [generalTable([[null, '合计', 100, 90, 80, 10, 10], ['210', '卫生健康支出', 116.08, 90, 80, 10, 10]])],
      errors: [{ severity: 'error', category: 'intra', message: /一般公共预算支出表 210 卫生健康支出 合计 116\.08 ≠ +基本支出小计 \+ 项目支出 100\.00，差 16\.08 万元/, cells: [`${G}!C6`, `${G}!D6`, `${G}!G6`] }],
    },
    {
      name: '基本支出表 合计 91.23 vs 人员 80.00 + 公用 11.32 = 91.32: transposed digits',
      sheets: [basicTable([[null, '合计', 91.23, 80, 11.32]])],
      errors: [
        {
          severity: 'error',
          category: 'intra',
          message: /一般公共预算基本支出表 合计行 合计 91\.23 ≠ +人员经费 \+ 公用经费 91\.32，差 0\.09 万元（差额 0\.09 能被 9 整除，疑为数字顺序颠倒/,
          cells: [`${B}!C5`, `${B}!D5`, `${B}!E5`],
          diagnosis: /数字顺序颠倒/,
        },
      ],
    },
    {
      name: '支出总表 合计 100 ≠ 90 + 5 + 5 + 5: one column counted twice',
      sheets: [expenditureTable([[null, '合计', 100, 90, 5, 5, 5, 0]])],
      errors: [
        {
          severity: 'error',
          message: /支出总表 合计行 合计 100\.00 ≠ +基本支出 \+ 项目支出 \+ 事业单位经营支出 \+ 上缴上级支出 \+ 对附属单位补助支出 105\.00，差 5\.00 万元/,
          cells: ['表3 支出总表!C4', '表3 支出总表!D4', '表3 支出总表!G4'],
          diagnosis: /疑为漏计或重复计入该项/,
        },
      ],
    },
    {
      name: '收入总表 本年收入小计 100 ≠ 一般公共预算 90 + 事业收入 0',
      sheets: [incomeTable([[null, '合计', 100, 100, 90, 0, 0, 0]])],
      errors: [{ severity: 'error', message: /收入总表 合计行 本年收入小计 100\.00 ≠ +本年收入一般公共预算 \+ 本年收入事业收入 90\.00，差 10\.00 万元/, cells: ['表2 收入总表!D5', '表2 收入总表!E5', '表2 收入总表!F5'] }],
    },
    {
      name: '项目支出表 project line 合计 10 ≠ its sources 8',
      sheets: [projectTable([[null, '合计', null, 8, 8, 0, 0, 0], ['42010726202T000000001', '医保经办业务经费', null, 10, 8, 0, 0, 0]])],
      errors: [{ severity: 'error', message: /项目支出表 42010726202T000000001 医保经办业务经费 合计 10\.00 ≠ .*8\.00，差 2\.00 万元/, cells: ['表10 项目支出表!D6', '表10 项目支出表!E6', '表10 项目支出表!H6'] }],
    },
    {
      name: 'fund flow: 年末 9 ≠ 年初 10 + 本年收入 5 − 本年支出 8',
      sheets: [fundFlow(9)],
      errors: [{ severity: 'error', message: /年末结转和结余 9\.00 ≠ +年初结转和结余 \+ 本年收入 − 本年支出小计 7\.00，差 2\.00 万元/, cells: ['公开07表!H5', '公开07表!C5', '公开07表!D5', '公开07表!E5'] }],
    },
    {
      name: 'severity override to warning',
      sheets: [basicTable([[null, '合计', 91.23, 80, 11.32]])],
      config: { rules: { 'intra/row-identity': 'warning' } },
      errors: [{ severity: 'warning', category: 'intra', message: /差 0\.09 万元/ }],
    },
  ],
});
