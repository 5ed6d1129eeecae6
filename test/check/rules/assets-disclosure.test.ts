/**
 * compliance/assets-disclosure (issue 16), one of the 其他重要事项 disclosures. The texts are quoted from ../shared/seeds (S000 黄陂
 * 2023, S001 东西湖 2022, S003 青山 2026, S004 蔡甸 2025) and ../shared/real (pt-czj-2024-final,
 * js-fy-2019-budget, template-final-2024); a case that changes the text says so.
 */
import { assetsDisclosure } from '../../../src/core/check/rules/assets-disclosure';
import { ruleTester } from '../rule-tester';
import { narrativeSheet } from '../tables';

const N = '情况说明';
const FINAL = { heading: '上海市普陀区财政局2024年度部门决算情况说明' };

ruleTester.run(assetsDisclosure, {
  valid: [
    { name: 'S001: 车辆 by type', sheets: [narrativeSheet(['(三)国有资产占有使用情况', '截至 2021 年 12月 31 日，部门共有车辆  1 辆。其中：一般公务用车   0   辆，一般执法执勤用车  1   辆，特种专业技术车  0  辆。'])] },
    { name: 'S000: no 车辆', sheets: [narrativeSheet(['（三）国有资产占有使用情况', '截至 2022 年 12月 31 日，部门（单位）没有车辆。'])] },
    { name: 'js-fy-2019: 车辆 without a heading of its own is found by its words', sheets: [narrativeSheet(['本部门共有车辆 66 辆，其中，一般公务用车 13 辆、执法执勤用车 38 辆、特种专业技术用车 15 辆。单价 20 万元（含）以上的设备 48 台（套）。'])] },
  ],
  invalid: [
    {
      name: 'S004: 资产原值 but no 车辆 (STD-16)',
      sheets: [narrativeSheet(['（五）国有资产占用使用情况', '截止 2024 年 12 月 31 日，单位资产原值合计为 315.36 万元，其中固定资产为 312.8 万元，包括房屋 194.3，设备 98.75 万元、家具用具 19.13 万元；无形资产为 3.18 万元。'])],
      errors: [{ severity: 'warning', category: 'compliance', message: /“（五）国有资产占用使用情况”下没有写明车辆数（或没有车辆）$/, cells: [`${N}!A2`] }],
    },
    {
      name: 'pt-czj-2024-final 车辆 without its 单价100万元以上设备 sentence (决算)',
      sheets: [narrativeSheet(['（三）国有资产占有使用情况说明', '截至2024年12月31日，上海市普陀区财政局共有车辆0辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆。'], FINAL)],
      errors: [{ severity: 'warning', message: /没有写明单价 100 万元（含）以上设备的数量/ }],
    },
  ],
});
