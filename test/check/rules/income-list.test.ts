import incomeList from '../../../src/core/check/rules/income-list';
import { ruleTester, type CellSpec, type SheetSpec } from '../rule-tester';
import { incomeTable } from '../tables';

const S = '公开表二 收入预算总表';

/**
 * 江苏 2017 收入预算总表 (中国共产党江苏省委员会办公厅, 万元), as printed: 收入总计 on row 4, then
 * the groups with their 小计 and items (blank = nothing). `v` overrides amounts by row.
 */
function jiangsuIncome(v: Record<number, CellSpec> = {}, opts: { merged?: boolean } = {}): SheetSpec {
  const lines: [string | null, string | null, CellSpec][] = [
    ['收入总计', null, 20849.45],
    ['一般公共预算资金', '小计', 20702.25],
    [null, '公共财政拨款(补助)资金', 20702.25],
    [null, '专项收入', null],
    ['政府性基金', '小计', null],
    ['财政专户管理资金', '小计', 147.2],
    [null, '专户管理教育收费', null],
    [null, '其他非税收入', 147.2],
    ['其他资金', '小计', null],
    [null, '事业收入', null],
    [null, '经营收入', null],
    [null, '其他收入', null],
    [null, '债务资金(银行贷款)', null],
    ['上年结转和结余资金', '小计', null],
    [null, '其中：动用上年结转和结余资金', null],
  ];
  const rows: CellSpec[][] = [['收入预算总表'], ['部门：中国共产党江苏省委员会办公厅', null, '单位：万元'], ['项目名称', null, '金额']];
  lines.forEach(([a, b, x], i) => rows.push([a, b, i + 4 in v ? v[i + 4] : x]));
  const merges = ['A1:C1', 'A3:B3'];
  if (opts.merged) merges.push('A5:A7', 'A9:A11', 'A12:A16', 'A17:A18');
  return { name: S, rows, merges };
}

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
