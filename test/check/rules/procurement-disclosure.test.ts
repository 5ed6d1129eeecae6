/**
 * compliance/procurement-disclosure (issue 16), one of the 其他重要事项 disclosures. The texts are quoted from ../shared/seeds (S000 黄陂
 * 2023, S001 东西湖 2022, S003 青山 2026, S004 蔡甸 2025) and ../shared/real (pt-czj-2024-final,
 * js-fy-2019-budget, template-final-2024); a case that changes the text says so.
 */
import { procurementDisclosure } from '../../../src/core/check/rules/procurement-disclosure';
import { ruleTester } from '../rule-tester';
import { narrativeSheet } from '../tables';

const N = '情况说明';
const FINAL = { heading: '上海市普陀区财政局2024年度部门决算情况说明' };

ruleTester.run(procurementDisclosure, {
  valid: [
    { name: 'S003: total and 货物/工程/服务', sheets: [narrativeSheet(['(二)政府采购预算情况', '2026 年政府采购预算支出预算数合计 25.90 万元。包括：货物类 2.70 万元，工程类 0 万元，服务类 23.20 万元。'])] },
    { name: 'S000: none', sheets: [narrativeSheet(['（二）政府采购预算情况', '按照现行政府采购管理规定，2023年部门预算中没有纳入政府采购预算的支出。'])] },
    {
      name: 'pt-czj-2024-final: a 决算 with the 中小企业 figures',
      sheets: [
        narrativeSheet(
          ['（二）政府采购支出情况', '上海市普陀区财政局2024年度政府采购金额（以合同签订为准）为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元。', '2024年度本部门面向中小企业预留政府采购项目预算金额246.47万元，面向小微企业预留政府采购项目预算金额0万元。'],
          FINAL,
        ),
      ],
    },
  ],
  invalid: [
    {
      name: 'pt-czj-2024-final without its 中小企业 paragraph',
      sheets: [narrativeSheet(['（二）政府采购支出情况', '上海市普陀区财政局2024年度政府采购金额（以合同签订为准）为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元。'], FINAL)],
      errors: [{ severity: 'warning', message: /写了政府采购金额，但没有写明授予中小企业合同金额及占比/, cells: [`${N}!A2`] }],
    },
    {
      name: 'template-final-2024: XXX in place of the amounts',
      sheets: [narrativeSheet(['（二）政府采购支出情况', '上海市 XX 局 2024 年度政府采购金额（以合同签订为准）为 XXX 万元，其中：货物采购金额 XX 万元、工程采购金额 XX 万元、服务采购金额 XX 万元。'], FINAL)],
      errors: [{ severity: 'warning', message: /没有写明政府采购金额/ }],
    },
  ],
});
