import { narrativeAmounts, narrativeNumberFormat } from '../../../src/core/check/rules/narrative-amounts';
import { narrativeFromText } from '../../../src/core/narrative/source';
import { B, G, N, P, RIGHT_BUDGET, S, T3, finalWorkbook, para, workbook } from '../narrative-tables';
import { ruleTester } from '../rule-tester';
import { fundTable, generalTable, incomeLines, narrativeSheet, projectTable, standardSummary, summaryTable, withFooter } from '../tables';
import { basic, nine, projects, threePublic } from '../narrative-tables';

/** S004's 收支总表: 收入总计 385.50 = 一般公共预算 385.50; 卫生健康支出 363.02 (D5), 住房保障支出 22.48 (D6). */
const s004 = () =>
  standardSummary({
    income: incomeLines({ general: 385.5 }),
    classes: [
      ['一、卫生健康支出', 363.02],
      ['二、住房保障支出', 22.48],
    ],
    inTotal: 385.5,
    inGrand: 385.5,
    exTotal: 385.5,
    exGrand: 385.5,
  });

const DOCX = '情况说明.docx';

/**
 * Two funds: 一般公共预算 100 (上年结转 10) and 政府性基金 20 (上年结转 0); 本年支出 120, the
 * 政府性基金预算支出表 20. A sentence about one fund is checked against that fund's figures.
 */
const twoFunds = (paragraphs: string[]) => {
  const [income, expense] = withFooter(
    incomeLines({ general: 100, fund: 20 }),
    [
      ['一、卫生健康支出', 90],
      ['二、住房保障支出', 20],
      ['三、其他支出', 20],
    ],
    [
      ['本年收入合计', 120],
      ['上年结转结余', 10],
      ['一般公共预算拨款', 10],
      ['政府性基金预算拨款', 0],
      ['收入总计', 130],
    ],
    [
      ['本年支出合计', 130],
      ['年终结转结余', 0],
      ['支出总计', 130],
    ],
  );
  return [
    summaryTable(income, expense),
    fundTable([
      [null, '合计', 20, 0, 20],
      ['229', '其他支出', 20, 0, 20],
      ['22960', '彩票公益金安排的支出', 20, 0, 20],
      ['2296002', '用于社会福利的彩票公益金支出', 20, 0, 20],
    ]),
    narrativeSheet(paragraphs),
  ];
};

/** 一般公共预算支出表 where 2101502 一般行政管理事务 is 合计 15 = 基本 5 + 项目 10 (row 9). */
const byItem = (paragraphs: string[]) => [
  standardSummary(),
  generalTable([
    [null, '合计', 100, 90, 80, 10, 10],
    ['210', '卫生健康支出', 80, 70, 60, 10, 10],
    ['21015', '医疗保障管理事务', 80, 70, 60, 10, 10],
    ['2101501', '行政运行', 65, 65, 55, 10, 0],
    ['2101502', '一般行政管理事务', 15, 5, 5, 0, 10],
    ['221', '住房保障支出', 20, 20, 20, 0, 0],
    ['22102', '住房改革支出', 20, 20, 20, 0, 0],
    ['2210201', '住房公积金', 20, 20, 20, 0, 0],
  ]),
  basic(),
  projects(),
  threePublic(),
  narrativeSheet(paragraphs),
];

ruleTester.run(narrativeAmounts, {
  valid: [
    { name: 'a 情况说明 stating every table figure right', sheets: workbook(RIGHT_BUDGET) },
    {
      name: 'per-fund sentences: 本年收入, 上年结转 and 本年支出 of each fund against that fund’s figures',
      sheets: twoFunds([
        '四、财政拨款收支总体情况',
        '收入包括：一般公共预算财政拨款本年收入100.00万元、上年结转10.00万元；政府性基金预算财政拨款本年收入20.00万元、上年结转0.00万元。',
        '八、政府性基金预算支出情况',
        '2026年政府性基金预算财政拨款本年收入20.00万元、上年结转0.00万元，本年支出20.00万元。',
      ]),
    },
    {
      name: 'a flow named with its fund (“政府性基金预算财政拨款上年结转 0.00 万元”) is that fund’s',
      sheets: twoFunds(['四、财政拨款收支总体情况', '2026年政府性基金预算财政拨款本年收入20.00万元，政府性基金预算财政拨款上年结转0.00万元。']),
    },
    {
      name: '决算 三公: “支出预算为 X” is the 09表 预算数, “支出决算为 Y” its 决算数',
      sheets: [...finalWorkbook(['七、财政拨款“三公”经费支出决算情况说明', '“三公”经费财政拨款支出预算为15.72万元，支出决算为8.91万元，完成预算的56.7%。']), nine()],
    },
    { name: '项目支出 by 项: the 项目支出 column of each 项, not its 合计', sheets: byItem(['五、一般公共预算支出情况', '（二）项目支出10.00万元，其中：一般行政管理事务10.00万元。']) },
    {
      name: 'RND-4: the text may print fewer decimals (385.5 for 385.50, 22.5 for 22.48, 363 for 363.02)',
      sheets: [s004(), narrativeSheet(['三、收支预算总体情况', '2026年收支总预算385.5万元，其中：卫生健康支出363万元，住房保障支出22.5万元。', '一般公共预算拨款收入385.50万元。'])],
    },
    {
      name: 'a 类 named in the text is tied to the 收支总表 类 line (no other table)',
      sheets: [s004(), narrativeSheet(['三、支出预算情况', '住房保障支出22.48万元，卫生健康支出363.02万元。'])],
    },
    {
      name: 'economic names in a 基本支出 section are tied to the 基本支出表 (住房公积金 as 30113, not 2210201)',
      sheets: workbook(['七、一般公共预算基本支出情况', '人员经费80万元，其中：基本工资50万元、津贴补贴10万元、住房公积金20万元；公用经费10万元，其中：办公费6万元、其他商品和服务支出4万元。', '商品和服务支出10.00万元。']),
    },
    { name: 'amounts in 元 are compared in 万元 (RND-6)', sheets: workbook(['八、“三公”经费', '公务接待费10,000元，公务用车运行费20000.00元。']) },
    { name: 'projects and 三公 items by name', sheets: workbook(['十、项目支出情况：医保经办业务经费10.00万元，主要用于经办。', '十一、“三公”经费预算3万元，其中：因公出国（境）费0万元，公务接待费1万元。']) },
    {
      name: 'a project several units carry: its total, and each unit’s figure',
      sheets: [
        ...workbook(['十、项目支出情况', '医保经办业务经费项目10.00万元。', '其中本级医保经办业务经费6.00万元，服务中心医保经办业务经费4.00万元。']).filter((s) => s.name !== P),
        projectTable([
          [null, '合计', null, 10, 10, 0, 0, 0],
          ['202001', '武汉市江城区医疗保障局本级', null, 6, 6, 0, 0, 0],
          ['42010726202T000000001', '医保经办业务经费', '武汉市江城区医疗保障局本级', 6, 6, 0, 0, 0],
          ['202002', '武汉市江城区医疗保障服务中心', null, 4, 4, 0, 0, 0],
          ['42010726202T000000002', '医保经办业务经费', '武汉市江城区医疗保障服务中心', 4, 4, 0, 0, 0],
        ]),
      ],
    },
    {
      name: 'an external narrative (pasted text) replaces the sheet: its right figures give nothing',
      sheets: workbook(['住房保障支出99万元。']),
      config: { narrative: narrativeFromText('三、支出安排情况\n2026年部门预算总支出100.0万元，住房保障支出20万元。') },
    },
    {
      name: '决算: 年初预算 and 调整后预算数 are not 决算 table figures; the 决算数 is',
      sheets: finalWorkbook(['五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出年初预算为1,073.78万元，调整后预算数为1,099.73万元，支出决算为1,099.73万元，完成年初预算的102.42%，主要原因是追加了项目。']),
    },
    {
      name: 'rounding: false hides the 1-unit 尾差',
      sheets: workbook(['一、收支预算总体情况', '2026年收入总计100.01万元。']),
      config: { rounding: false },
    },
    { name: 'no 情况说明: skipped', sheets: [standardSummary()], skipped: /没有情况说明/ },
    {
      name: 'figures the text gives for the previous year are not 2026 table figures',
      sheets: workbook(['一、收支预算总体情况', '2026年收支总预算100万元，2025年预算数为80万元，增加20万元，主要原因是人员增加。', '2026年基本支出90万元，2025年基本支出81万元，增加9万元，主要原因是调资。']),
    },
  ],
  invalid: [
    {
      name: 'a 政府性基金 sentence: its 上年结转 is the fund’s (0.00), not all funds’ (10.00)',
      sheets: twoFunds(['八、政府性基金预算支出情况', '2026年政府性基金预算财政拨款本年收入20.00万元、上年结转10.00万元，本年支出20.00万元。']),
      errors: [{ severity: 'error', message: /“上年结转 10\.00万元” 与 收支总表 B\d+（政府性基金预算拨款） 0\.00 不符/ }],
    },
    {
      name: 'a flow named with its fund: “政府性基金预算财政拨款上年结转 10.00 万元” is not the fund’s 0.00',
      sheets: twoFunds(['四、财政拨款收支总体情况', '2026年政府性基金预算财政拨款本年收入20.00万元，政府性基金预算财政拨款上年结转10.00万元。']),
      errors: [{ severity: 'error', message: /上年结转 10\.00万元” 与 收支总表 B\d+（政府性基金预算拨款） 0\.00 不符/ }],
    },
    {
      name: '决算 三公: “支出预算为 8.91” is not the 预算数 15.72',
      sheets: [...finalWorkbook(['七、财政拨款“三公”经费支出决算情况说明', '“三公”经费财政拨款支出预算为8.91万元，支出决算为8.91万元。']), nine()],
      errors: [{ severity: 'error', message: /“"三公"经费财政拨款支出预算为 8\.91万元” 与 财政拨款“三公”经费支出决算表 A8（预算数 合计） 15\.72 不符/ }],
    },
    {
      name: '项目支出 by 项: 一般行政管理事务 15.00 is its 合计, not its 项目支出 10.00',
      sheets: byItem(['五、一般公共预算支出情况', '（二）项目支出10.00万元，其中：一般行政管理事务15.00万元。']),
      errors: [{ severity: 'error', message: /“一般行政管理事务 15\.00万元” 与 一般公共预算支出表 G9（2101502 一般行政管理事务 项目支出） 10\.00 不符/, cells: [para(1), `${G}!G9`] }],
    },
    {
      name: 'S004: “住房保障支出 22.73 万元” vs the 收支总表 类 line 22.48',
      sheets: [s004(), narrativeSheet(['三、支出预算情况', '住房保障支出22.73万元，卫生健康支出363.02万元。'])],
      errors: [{ severity: 'error', category: 'narrative', message: '情况说明!A3：“住房保障支出 22.73万元” 与 收支总表 D6（二、住房保障支出） 22.48 不符，差 0.25 万元', cells: [`${N}!A3`, `${S}!D6`], difference: '0.25' }],
    },
    {
      name: 'S004: “一般公共预算财政拨款收入 385.52 万元” vs 385.50 (two units: an error)',
      sheets: [s004(), narrativeSheet(['四、收入预算情况', '2026年一般公共预算财政拨款收入385.52万元。'])],
      errors: [{ severity: 'error', category: 'narrative', message: /“2026年一般公共预算财政拨款收入 385\.52万元” 与 收支总表 B5（一、一般公共预算拨款收入） 385\.50 不符，差 0\.02 万元$/, cells: [`${N}!A3`, `${S}!B5`] }],
    },
    {
      name: 'one unit of the last digit apart (100.01 vs 100.00): a 尾差 warning',
      sheets: workbook(['一、收支预算总体情况', '2026年收入总计100.01万元，支出总计100.00万元。']),
      errors: [{ severity: 'warning', category: 'rounding', message: /“2026年收入总计 100\.01万元” 与 收支总表 B16（收入总计） 100\.00 不符，差 0\.01 万元（末位差一，可能是尾差）/, cells: [para(1), `${S}!B16`] }],
    },
    {
      name: 'one unit of a shorter printing (99.9 for 100.00 is 0.1 apart: an error, not a 尾差)',
      sheets: workbook(['一、收支预算总体情况', '2026年支出总计99.9万元。']),
      errors: [{ severity: 'error', category: 'narrative', message: /“2026年支出总计 99\.9万元” 与 收支总表 D16（支出总计） 100\.00 不符，差 0\.10 万元/, cells: [para(1), `${S}!D16`] }],
    },
    {
      name: 'S004 六: “商品服务支出 21.62” in a 基本支出 section is the 302 类 of the 基本支出表',
      sheets: workbook(['七、一般公共预算基本支出情况', '公用经费10.00万元，商品服务支出9.62万元。']),
      errors: [{ severity: 'error', message: /“商品服务支出 9\.62万元” 与 一般公共预算基本支出表 C10（302 商品和服务支出） 10\.00 不符，差 0\.38 万元/, cells: [para(1), `${B}!C10`] }],
    },
    {
      name: '住房公积金 in a 基本支出 section is 30113 (C9), 行政运行 elsewhere the 2101501 项 (C8)',
      sheets: workbook(['六、一般公共预算支出情况', '行政运行69万元。', '七、一般公共预算基本支出情况', '人员经费80万元，其中：基本工资50万元，住房公积金21万元。']),
      errors: [
        { severity: 'error', message: /“行政运行 69万元” 与 一般公共预算支出表 C8（2101501 行政运行） 70\.00 不符，差 1\.00 万元/, cells: [para(1), `${G}!C8`] },
        { severity: 'error', message: /“住房公积金 21万元” 与 一般公共预算基本支出表 C9（30113 住房公积金） 20\.00 不符/, cells: [para(3), `${B}!C9`] },
      ],
    },
    {
      name: 'a project and a “三公” item, the latter in 元',
      sheets: workbook(['十、项目支出情况：医保经办业务经费8万元，主要用于经办。', '十一、“三公”经费：公务接待费15,000元。']),
      errors: [
        { severity: 'error', message: /“医保经办业务经费 8万元” 与 项目支出表 D6（医保经办业务经费） 10\.00 不符，差 2\.00 万元/, cells: [para(0), `${P}!D6`] },
        { severity: 'error', message: /“公务接待费 15,000元” 与 “三公”经费支出表 F5（公务接待费） 1\.00 不符，差 0\.50 万元/, cells: [para(1), `${T3}!F5`] },
      ],
    },
    {
      name: 'an external narrative: the finding points to the file and paragraph',
      sheets: workbook(['住房保障支出20万元。']),
      config: { narrative: narrativeFromText('三、支出安排情况\n2026年部门预算总支出100.0万元，住房保障支出22.73万元。', DOCX) },
      errors: [{ severity: 'error', message: /^情况说明\.docx 第 2 段：“住房保障支出 22\.73万元” 与 一般公共预算支出表 C10（221 住房保障支出） 20\.00 不符/, cells: [`${DOCX}#2`, `${G}!C10`] }],
    },
    {
      name: '决算: a 决算 amount that differs from the 公开05表',
      sheets: finalWorkbook(['五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出1,099.37万元，其中：基本支出999.73万元，项目支出100.00万元。']),
      errors: [{ severity: 'error', message: /“2024年度一般公共预算财政拨款支出 1,099\.37万元” 与 一般公共预算财政拨款支出决算表 C5（合计） 1099\.73 不符，差 0\.36 万元/, cells: [para(1), '公开05表!C5'] }],
    },
    {
      name: 'severity override to warning',
      sheets: workbook(['一、收支预算总体情况', '2026年支出总计110万元。']),
      config: { rules: { 'narrative/amounts': 'warning' } },
      errors: [{ severity: 'warning', category: 'narrative', message: /支出总计 110万元” 与 收支总表 D16（支出总计） 100\.00 不符/ }],
    },
    {
      // lexicon.ts reads the 小计 (C5) of a one-row “三公” table next to the items of threePublicValues
      name: 'TXT-10: 公务用车购置及运行费 2.50 vs the “三公”经费表 小计 2.00',
      sheets: workbook(['八、一般公共预算“三公”经费支出安排情况', '公务用车购置及运行费2.50万元，主要用于公务用车运行。']),
      errors: [{ severity: 'error', message: /“公务用车购置及运行费 2\.50万元” 与 “三公”经费支出表 C5/, cells: [para(1), `${T3}!C5`] }],
    },
  ],
});

ruleTester.run(narrativeNumberFormat, {
  valid: [
    { name: 'amounts written right (1.74, 0.50, 0 万元)', sheets: workbook(['七、基本支出', '公用经费10万元，其中：办公费6万元，培训费1.74万元，差旅费0.50万元，会议费0万元。']) },
    { name: 'the right 预算 情况说明', sheets: workbook(RIGHT_BUDGET) },
    { name: 'no 情况说明: nothing to check', sheets: [standardSummary()] },
  ],
  invalid: [
    {
      name: 'S004: “培训费01.74” among amounts: a leading 0 and no unit',
      sheets: workbook(['七、基本支出', '公用经费10万元，其中：办公费6万元、培训费01.74、差旅费0.3万元。']),
      errors: [{ severity: 'warning', category: 'narrative', message: '情况说明!A3：“培训费 01.74”有多余的前导 0，且没有写单位', cells: [para(1)] }],
    },
    {
      name: 'a leading 0 with its unit (“06万元”), in an external narrative',
      sheets: workbook(['住房保障支出20万元。']),
      config: { narrative: narrativeFromText('七、基本支出\n公用经费10万元，其中：办公费06万元、其他商品和服务支出4万元。', DOCX) },
      errors: [{ severity: 'warning', message: /^情况说明\.docx 第 2 段：“办公费 06万元”有多余的前导 0$/, cells: [`${DOCX}#2`] }],
    },
  ],
});
