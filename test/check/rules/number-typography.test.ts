/**
 * narrative/number-typography: separators inside a number, a rate without % (issue 16). The texts are quoted from ../shared (the seeds, ../shared/real/template-final-2024
 * and the 江苏 documents) unless a case says otherwise.
 */
import { numberTypography } from '../../../src/core/check/rules/number-typography';
import { ruleTester } from '../rule-tester';
import { narrativeSheet } from '../tables';

const N = '情况说明';

ruleTester.run(numberTypography, {
  valid: [
    { name: 'a rate with %, a number with a half-width separator', sheets: [narrativeSheet(['支出预算 3,518.85 万元，比上年减少 100 万元，下降 2.76%，主要原因是人员减少。'])] },
    { name: 'a list of amounts separated by “、”', sheets: [narrativeSheet(['其中：办公费 1、差旅费 2 万元。'])] },
  ],
  invalid: [
    {
      name: '江苏 2018 法院: “减少 9.52，” without %',
      sheets: [narrativeSheet(['2018年“三公”经费预算数比2017年减少 100 万元，减少 9.52，主要原因是压减公务接待。'])],
      errors: [{ severity: 'warning', category: 'narrative', message: /比率“9\.52”没有写“%”/, cells: [`${N}!A2`] }],
    },
    {
      name: 'issue 16: “3，518.85” with a full-width comma inside the number',
      sheets: [narrativeSheet(['2026年收入预算 3，518.85 万元。'])],
      errors: [{ severity: 'warning', message: /数字“3，518”中间用了“全角逗号”，应为“3,518”或“3518”/, cells: [`${N}!A2`] }],
    },
  ],
});
