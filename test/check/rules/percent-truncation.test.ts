/**
 * narrative/percent-truncation (issue 16): a rate cut off instead of rounded, recomputed with
 * decimal.js from the figures of its sentence. Texts from ../shared/real (js-jcy-2019-budget 三(一)2
 * and 五, js-swbgt-2019-budget) and ../shared/seeds/002 (S002 五(三)).
 */
import { percentTruncation, truncatedRate } from '../../../src/core/check/rules/percent-truncation';
import { ruleTester } from '../rule-tester';
import { narrativeSheet } from '../tables';

const N = '情况说明';

test('truncatedRate: 95.45 for 95.4545… is rounded; 95.49 for 95.4955… is cut off; no verdict when the inputs’ own rounding could change it', () => {
  expect(truncatedRate('2100', '2200', '95.45')).toBeNull();
  expect(truncatedRate('2101', '2200', '95.50')).toBeNull();
  expect(truncatedRate('2100.90', '2200.00', '95.49')?.rounded.toString()).toBe('95.5');
  expect(truncatedRate('2100.9', '2200', '95.49')).toBeNull();
  expect(truncatedRate('1', '3', '33.3')).toBeNull();
});

ruleTester.run(percentTruncation, {
  valid: [
    {
      name: 'S002: “年初预算为 24.24 万元，支出决算为 24.05 万元，完成年初预算的 99.2%” (99.216 rounds to 99.2)',
      sheets: [narrativeSheet(['(1) 社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）年初预算为 24.24 万元，支出决算为 24.05 万元，完成年初预算的 99.2%。'])],
    },
    { name: 'js-swbgt-2019 机关运行经费: “增加138.33万元，增长6.60 %” (138.33 / 2094.58 = 6.604 %)', sheets: [narrativeSheet(['2019年本部门一般公共预算机关运行经费预算支出2232.91万元，与上年相比增加138.33万元，增长6.60 %。'])] },
  ],
  invalid: [
    {
      name: 'js-jcy-2019 三(一)2: “2354.4万元，与上年相比减少1311.6 万元，减少35.77%” (35.777 %)',
      sheets: [narrativeSheet(['2．检察（款）一般行政管理事务(项)支出 2354.4万元，与上年相比减少1311.6 万元，减少35.77 %。主要原因一是贯彻厉行节约规定。'])],
      errors: [{ severity: 'warning', category: 'narrative', message: /减少 1311\.6 \/ 上年 3666 = 35\.7774%，四舍五入应为 35\.78%，印为 35\.77%（截断了尾数）/, cells: [`${N}!A2`] }],
    },
    {
      name: 'js-jcy-2019 五: “24,169.74万元，与上年相比增加2228.78 万元，增长10.15%” (10.158 %)',
      sheets: [narrativeSheet(['2019年一般公共预算支出24,169.74万元，与上年相比增加2228.78 万元，增长10.15%。主要原因是人员经费政策性增加。'])],
      errors: [{ severity: 'warning', message: /四舍五入应为 10\.16%，印为 10\.15%/ }],
    },
    {
      name: 'a completion rate cut off (S002 五(三) wording, figures changed: 2,100.90 / 2,200.00 = 95.495 %)',
      sheets: [narrativeSheet(['2024 年度一般公共预算财政拨款支出年初预算为 2,200.00 万元，支出决算为 2,100.90 万元，完成年初预算的 95.49%。'])],
      errors: [{ severity: 'warning', message: /2,100\.90 \/ 2,200\.00 = 95\.4955%，四舍五入应为 95\.5%，印为 95\.49%/ }],
    },
  ],
});
