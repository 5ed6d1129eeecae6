/**
 * compliance/operation-disclosure (issue 16), one of the 其他重要事项 disclosures. The texts are quoted from ../shared/seeds (S000 黄陂
 * 2023, S001 东西湖 2022, S003 青山 2026, S004 蔡甸 2025) and ../shared/real (pt-czj-2024-final,
 * js-fy-2019-budget, template-final-2024); a case that changes the text says so.
 */
import { operationDisclosure } from '../../../src/core/check/rules/operation-disclosure';
import { ruleTester } from '../rule-tester';
import { narrativeSheet } from '../tables';

const N = '情况说明';

ruleTester.run(operationDisclosure, {
  valid: [
    { name: 'S004: the amount', sheets: [narrativeSheet(['（一）机关运行经费情况', '2025年武汉市蔡甸医疗保障局（本级）机关运行经费预算金额21.96万元。'])] },
    { name: 'S000: 事业单位 without 机关运行经费', sheets: [narrativeSheet(['（一）机关运行经费情况', '黄陂区医疗保障服务中心为事业单位，没有机关运行经费。'])] },
  ],
  invalid: [
    {
      name: 'S001 heading with its list of items but the amount left out (changed: “40.32 万元” removed)',
      sheets: [narrativeSheet(['(一)机关运行经费情况', '2022 年部门机关及下属参照公务员法管理事业单位的机关运行经费主要包括：办公费、印刷费、水电费、邮电费、差旅费、会议费、福利费。'])],
      errors: [{ severity: 'warning', category: 'compliance', message: /“\(一\)机关运行经费情况”下没有写明机关运行经费的金额/, cells: [`${N}!A2`] }],
    },
    {
      name: 'a 武汉区级 budget whose 情况说明 has no 机关运行经费 at all',
      sheets: [narrativeSheet(['2026 年政府采购预算支出预算数合计 25.90 万元。'])],
      errors: [{ severity: 'warning', message: /情况说明没有机关运行经费的说明（部门预算公开（武汉区级模板/ }],
    },
  ],
});
