/**
 * compliance/three-public-counts (issue 16): a 决算's 三公 counts. The wording is that of
 * ../shared/real/template-final-2024 (七 (二) 1–3) with its XX filled in (a case says which figures
 * it fills), and ../shared/real/pt-czj-2024-final (no 三公 spending).
 */
import { threePublicCounts } from '../../../src/core/check/rules/three-public-counts';
import { ruleTester } from '../rule-tester';
import { narrativeSheet } from '../tables';

const N = '情况说明';
const FINAL = { heading: '上海市普陀区财政局2024年度部门决算情况说明' };
const HEAD = '七、财政拨款“三公”经费支出决算情况说明';

ruleTester.run(threePublicCounts, {
  valid: [
    { name: 'pt-czj-2024-final: no 三公 spending', sheets: [narrativeSheet([HEAD, '上海市普陀区财政局2024年度无“三公”经费财政拨款支出。'], FINAL)] },
    {
      name: 'template-final-2024 filled in (7.68 / 2 个 / 6 人次, 0 购置, 保有量 1 辆, 6.02 / 5 批次 / 30 人次)',
      sheets: [
        narrativeSheet(
          [
            HEAD,
            '1、因公出国（境）费支出 7.68 万元。全年安排因公出国（境）团组 2 个、累计 6 人次。开支内容包括：参加国际交流。',
            '2、公务用车购置及运行维护费支出 6.34 万元。其中：',
            '公务用车购置支出为 0 万元。',
            '公务用车运行维护支出 6.34 万元。主要用于燃料费、维修费。2024 年，上海市普陀区财政局所属各预算单位开支财政拨款的公务用车保有量为 1 辆。',
            '3、公务接待费支出 6.02 万元。国内公务接待 5 批次、30 人次。',
          ],
          FINAL,
        ),
      ],
    },
    { name: 'a 预算 is not asked for counts (the engine runs the rule on 决算 only)', sheets: [narrativeSheet([HEAD, '1、因公出国（境）费支出 7.68 万元。'])] },
  ],
  invalid: [
    {
      name: 'template-final-2024 filled in without the 团组/人次 and 批次/人次 sentences',
      sheets: [
        narrativeSheet(
          [HEAD, '1、因公出国（境）费支出 7.68 万元。开支内容包括：参加国际交流。', '2、公务用车购置及运行维护费支出 6.34 万元。其中：', '公务用车购置支出为 0 万元。', '公务用车运行维护支出 6.34 万元。2024 年公务用车保有量为 1 辆。', '3、公务接待费支出 6.02 万元。主要用于接待来访。'],
          FINAL,
        ),
      ],
      errors: [{ severity: 'warning', category: 'compliance', message: /因公出国（境）费支出 7\.68 万元，没有写明团组数和人次；公务接待费支出 6\.02 万元，没有写明接待批次和人次/, cells: [`${N}!A2`] }],
    },
  ],
});
