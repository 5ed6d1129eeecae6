/**
 * compliance/performance-disclosure (issue 16), one of the 其他重要事项 disclosures. The texts are quoted from ../shared/seeds (S000 黄陂
 * 2023, S001 东西湖 2022, S003 青山 2026, S004 蔡甸 2025) and ../shared/real (pt-czj-2024-final,
 * js-fy-2019-budget, template-final-2024); a case that changes the text says so.
 */
import { performanceDisclosure } from '../../../src/core/check/rules/performance-disclosure';
import { ruleTester } from '../rule-tester';
import { narrativeSheet } from '../tables';

const N = '情况说明';
const FINAL = { heading: '上海市普陀区财政局2024年度部门决算情况说明' };

ruleTester.run(performanceDisclosure, {
  valid: [
    { name: 'js-fy-2018: projects and amount', sheets: [narrativeSheet(['（一）预算绩效目标设置情况说明', '2018 年本部门共 6 个项目实行绩效目标管理，涉及财政性资金合计 4481.3 万元。'])] },
    { name: 'js-rd-2019: 0 projects', sheets: [narrativeSheet(['十四、预算绩效目标设置情况说明', '2019年本部门共0个项目实行绩效目标管理，涉及财政性资金合计0万元。'])] },
  ],
  invalid: [
    {
      name: 'S001: the amount without the number of projects (a hint)',
      sheets: [narrativeSheet(['(四)绩效目标设置情况', '2022 年部门项目绩效目标涉及一般公共预算本年财政拨款数  3291.91    万元，政府性基金预算本年财政拨款万元。'])],
      errors: [{ severity: 'info', message: /写了绩效目标管理涉及的金额，没有写项目个数/, cells: [`${N}!A2`] }],
    },
    {
      name: 'template-final-2024: XX in place of the figures',
      sheets: [narrativeSheet(['十、预算绩效管理情况', '上海市XX局2024年度预算绩效管理工作开展情况如下：本部门建立了如下预算绩效管理制度：XXXX（制度名称）。'], FINAL)],
      errors: [{ severity: 'warning', message: /没有写明实行绩效自评的项目个数和金额/ }],
    },
  ],
});
