import { narrativeEnumerations } from '../../../src/core/check/rules/narrative-enumerations';
import { narrativeFromText } from '../../../src/core/narrative/source';
import { RIGHT_BUDGET, RIGHT_FINAL, finalWorkbook, para, workbook } from '../narrative-tables';
import { ruleTester } from '../rule-tester';
import { standardSummary } from '../tables';

ruleTester.run(narrativeEnumerations, {
  valid: [
    { name: 'the right 预算 情况说明: every “其中” adds up', sheets: workbook(RIGHT_BUDGET) },
    { name: 'the right 决算 情况说明 (“主要用于以下方面：” by 类)', sheets: finalWorkbook(RIGHT_FINAL) },
    {
      name: 'nested “其中…包括”: 100 = 90 + 10 and 90 = 80 + 10',
      sheets: workbook(['五、支出预算', '2026年一般公共预算支出100万元，其中：基本支出90万元，包括人员经费80万元、公用经费10万元；项目支出10万元。']),
    },
    {
      name: 'items printed with fewer decimals add up within their printed precision (33.3 + 66.7 = 100.00)',
      sheets: workbook(['五、支出预算', '2026年支出预算100.00万元，分别是：基本支出33.3万元、项目支出66.7万元。']),
    },
    { name: '“主要包括” may leave out small items (2 < 3)', sheets: workbook(['八、“三公”经费', '“三公”经费预算3.00万元，主要包括：公务用车运行费2.00万元。']) },
    {
      name: 'a list continued in the numbered paragraphs below (“具体明细如下：”)',
      sheets: workbook(['十、项目支出情况', '2026年项目支出10万元，具体明细如下：', '1.医保经办业务经费6万元，主要用于经办。', '2.基金审计经费4万元，主要用于审计。', '十一、其他重要事项']),
    },
    {
      name: 'a 科目 the tables do not list, stated as 0, is no finding',
      sheets: workbook(['六、一般公共预算支出', '医疗保障管理事务80万元，其中：行政运行70万元、一般行政管理事务10万元、其他医疗保障管理事务0万元。']),
    },
    {
      name: '决算: 年初预算 items do not add up to the 决算 total',
      sheets: finalWorkbook(['五、一般公共预算财政拨款支出决算情况说明', '2024年度支出决算为1,099.73万元，其中：基本支出年初预算为999.73万元，项目支出年初预算为74.05万元。']),
    },
    { name: 'no 情况说明: skipped', sheets: [standardSummary()], skipped: /没有情况说明/ },
    {
      name: '“其中：A、B；C” — C after the “；” is no item of the list',
      sheets: workbook([
        '五、支出预算',
        '2026年一般公共预算基本支出90万元，其中：人员经费80万元、公用经费10万元；项目支出10万元。',
        '（一）基本支出90万元，其中：人员经费80万元，公用经费10万元；（二）项目支出10万元，主要用于医保经办。',
      ]),
    },
    {
      name: 'two “其中：” lists in one sentence, separated by “；”',
      sheets: workbook(['四、收支预算', '2026年收入预算100万元，其中：一般公共预算拨款收入100万元；2026年支出预算100万元，其中：基本支出90万元，项目支出10万元。']),
    },
  ],
  invalid: [
    {
      name: 'an enumeration that does not add up (90 + 12 = 102 ≠ 100)',
      sheets: workbook(['五、支出预算', '2026年支出预算100.00万元，其中：基本支出90.00万元，项目支出12.00万元。']),
      errors: [
        {
          severity: 'error',
          category: 'narrative',
          message: '情况说明!A3：“2026年支出预算 100.00万元”，而所列 2 项之和为 102.00 万元（基本支出 90、项目支出 12），差 2.00 万元',
          cells: [para(1)],
          difference: '-2.00',
          diagnosis: /项目支出 12 与表中数字不符/,
        },
      ],
    },
    {
      name: 'nested “其中…包括”: the inner list is wrong (80 + 12 ≠ 90), the outer one adds up',
      sheets: workbook(['五、支出预算', '2026年一般公共预算支出100万元，其中：基本支出90万元，包括人员经费80万元、公用经费12万元；项目支出10万元。']),
      errors: [{ severity: 'error', message: /“基本支出 90万元”，而所列 2 项之和为 92 万元（人员经费 80、公用经费 12），差 2 万元/, cells: [para(1)] }],
    },
    {
      name: 'nested “其中…包括”: the outer list is wrong (92 + 10 ≠ 100), the inner one adds up',
      sheets: workbook(['五、支出预算', '2026年一般公共预算支出100万元，其中：基本支出92万元，包括人员经费80万元、公用经费12万元；项目支出10万元。']),
      errors: [{ severity: 'error', message: /“2026年一般公共预算支出 100万元”，而所列 2 项之和为 102 万元（基本支出 92、项目支出 10），差 2 万元/, cells: [para(1)] }],
    },
    {
      name: 'S004 十: a project list in the paragraphs below that adds up to more than 项目支出 (8 + 5 = 13 ≠ 10)',
      sheets: workbook(['十、项目支出情况', '2026年项目支出10万元，具体明细如下：', '1.医保经办业务经费8万元，主要用于经办。', '2.基金审计经费5万元，主要用于审计。', '十一、其他重要事项']),
      errors: [{ severity: 'error', message: /“2026年项目支出 10万元”，而所列 2 项之和为 13 万元（医保经办业务经费 8、基金审计经费 5），差 3 万元/, cells: [para(1), para(2), para(3)] }],
    },
    {
      name: '“主要包括” that adds up to more than the total (2.00 + 1.50 > 3.00)',
      sheets: workbook(['八、“三公”经费', '“三公”经费预算3.00万元，主要包括：公务用车运行费2.00万元、公务接待费1.50万元。']),
      errors: [{ severity: 'error', message: /所列 2 项之和为 3\.50 万元（公务用车运行费 2、公务接待费 1\.5），差 0\.50 万元/, cells: [para(1)] }],
    },
    {
      name: 'S004 五: a 项 the tables do not have (“其他医疗保障管理事务 5 万元”): an error, and the list no longer adds up',
      sheets: workbook(['六、一般公共预算支出', '医疗保障管理事务80万元，其中：行政运行70万元、一般行政管理事务10万元、其他医疗保障管理事务5万元。']),
      errors: [
        { severity: 'error', message: '情况说明!A3：“其他医疗保障管理事务 5万元”：表中没有“其他医疗保障管理事务”这一功能科目', cells: [para(1)] },
        { severity: 'error', message: /“医疗保障管理事务 80万元”，而所列 3 项之和为 85 万元/, cells: [para(1)] },
      ],
    },
    {
      name: 'S001 五: “离退休人员公用经费 0.03” among the 公用经费 款 is not an 经济科目 (warning)',
      sheets: workbook(['七、基本支出', '公用经费10.00万元，其中：办公费6.00万元、其他商品和服务支出3.97万元、离退休人员公用经费0.03万元。']),
      errors: [{ severity: 'warning', message: '情况说明!A3：“离退休人员公用经费 0.03万元”：表中没有“离退休人员公用经费”这一经济科目', cells: [para(1)] }],
    },
    {
      name: 'an external narrative: the finding points to the file and paragraph',
      sheets: workbook(['住房保障支出20万元。']),
      config: { narrative: narrativeFromText('五、支出预算\n2026年支出预算100万元，其中：基本支出90万元，项目支出20万元。') },
      errors: [{ severity: 'error', message: /^粘贴的文字 第 2 段：“2026年支出预算 100万元”，而所列 2 项之和为 110 万元/, cells: ['粘贴的文字#2'] }],
    },
  ],
});
