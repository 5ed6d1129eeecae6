import incomeList from '../../../src/core/check/rules/income-list';
import { ruleTester } from '../rule-tester';
import { incomeTable, JIANGSU_INCOME, jiangsuIncomeList } from '../tables';

const S = JIANGSU_INCOME;
const jiangsuIncome = jiangsuIncomeList;

ruleTester.run(incomeList, {
  valid: [
    { name: '江苏 2017 收入预算总表: 收入总计 = Σ小计, 小计 = Σ其下各项', sheets: [jiangsuIncome()] },
    { name: 'the group names merged over their items', sheets: [jiangsuIncome({}, { merged: true })] },
    { name: '其中 lines are not parts of their 小计 (动用上年结转 10.00 of 上年结转 10.00)', sheets: [jiangsuIncome({ 4: 20859.45, 17: 10, 18: 10 })] },
    {
      name: 'a 收入总表 by columns (武汉) is not such a list: skipped',
      sheets: [incomeTable([[null, '合计', 10, 10, 10, 0, 0, 0]])],
      skipped: /没有按“项目名称—金额”竖排的收入预算总表/,
    },
  ],
  invalid: [
    {
      name: '公共财政拨款(补助)资金 20699.08 (its 小计 20702.25)',
      sheets: [jiangsuIncome({ 6: 20699.08 })],
      errors: [{ severity: 'error', category: 'intra', message: /一般公共预算资金 小计 20702\.25 ≠ 其下各项之和 20699\.08，差 3\.17 万元/, cells: [`${S}!C5`, `${S}!C6`, `${S}!C7`] }],
    },
    {
      name: '收入总计 with two digits swapped (20894.45)',
      sheets: [jiangsuIncome({ 4: 20894.45 })],
      errors: [{ severity: 'error', category: 'intra', message: /收入总计 20894\.45 ≠ 一般公共预算资金、政府性基金、财政专户管理资金、其他资金、上年结转和结余资金小计之和 20849\.45，差 45\.00 万元/, cells: [`${S}!C4`, `${S}!C5`, `${S}!C9`] }],
    },
    {
      name: 'an item with nothing in its 小计 (其他资金 blank, 其他收入 15.00)',
      sheets: [jiangsuIncome({ 15: 15 }, { merged: true })],
      errors: [
        { severity: 'error', category: 'intra', message: /其他资金 小计 0\.00 ≠ 其下各项之和 15\.00，差 15\.00 万元/, cells: [`${S}!C12`, `${S}!C15`] },
      ],
    },
  ],
});
