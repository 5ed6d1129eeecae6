import threePublic from '../../../src/core/check/rules/three-public';
import { ruleTester } from '../rule-tester';
import type { CellSpec } from '../rule-tester';
import { generalTable, int, table, THREE_PUBLIC_COLUMNS, threePublicTable } from '../tables';

const T = '表7 “三公”经费支出表';
const at = (col: string) => `${T}!${col}5`;

/** The 三公 table with body rows as given (a 栏次 row first, for one). */
const threePublicPreset = (body: CellSpec[][]) => table('2026年一般公共预算“三公”经费支出表', THREE_PUBLIC_COLUMNS, body, { sheet: T });

/** S001's vertical list: 项目 / 预算数, one line per item (rows 4–9). */
const vertical = (total: number) =>
  table(
    '2022年一般公共预算“三公”经费支出表',
    ['项目', '预算数'],
    [
      ['合计', total],
      ['1.因公出国（境）费', 0],
      ['2.公务用车购置及运行费', 3],
      ['（1）公务用车购置费', 0],
      ['（2）公务用车运行费', 3],
      ['3.公务接待费', 1],
    ],
    { sheet: T },
  );

/**
 * 江苏 2019 公开表九 “三公”经费、会议费、培训费支出预算表 (江苏省人大常委会办公厅, 万元): three header
 * rows; one data row (row 7): A 合计, B “三公”小计, C 出国, D–F 公车 小计/购置/运行, G 接待, H 会议费, I 培训费.
 */
const J = '公开表九 “三公”经费、会议费、培训费支出预算表';
const jiangsu = (training: number) => ({
  name: J,
  rows: [
    ['“三公”经费、会议费、培训费支出预算表'],
    ['公开表九'],
    ['部门：', '江苏省人大常委会办公厅', null, null, null, null, null, null, '单位：万元'],
    ['合计', '“三公”经费', null, null, null, null, null, '会议费', '培训费'],
    [null, '小计', '因公出国（境）费', '公务用车购置及运行维护费', null, null, '公务接待费'],
    [null, null, null, '小计', '公务用车购置费', '公务用车运行维护费'],
    [2600.71, 767.6, 199.25, 183.6, null, 183.6, 384.75, 1469.73, training] as CellSpec[],
  ],
  merges: ['A1:I1', 'A4:A6', 'B4:G4', 'H4:H6', 'I4:I6', 'B5:B6', 'C5:C6', 'D5:F5', 'G5:G6'],
});

ruleTester.run(threePublic, {
  valid: [
    { name: '合计 = 出国 + 公车 + 接待, 公车 = 购置 + 运行', sheets: [threePublicTable([3, 0, 2, 0, 2, 1])] },
    { name: 'S001 vertical list that adds up', sheets: [vertical(4)] },
    { name: '江苏 “三公”经费、会议费、培训费: 合计 = “三公”小计 + 会议费 + 培训费', sheets: [jiangsu(363.38)] },
    {
      name: '合计 1.00 vs 0.33 + 0.33 + 0.33 is a 尾差',
      sheets: [threePublicTable([1, 0.33, 0.33, 0, 0.33, 0.33])],
      rounding: [{ message: /尾差：“三公”经费支出表 合计 1\.00 与 ?因公出国（境）费 \+ 公务用车购置及运行费 \+ 公务接待费 0\.99 相差 0\.01 万元/, cells: [at('A'), at('B'), at('C'), at('F')] }],
    },
    { name: 'rounding: false hides the 尾差', sheets: [threePublicTable([1, 0.33, 0.33, 0, 0.33, 0.33])], config: { rounding: false } },
    { name: 'an empty 三公 table: skipped', sheets: [threePublicTable(null, { notes: ['备注：本单位无“三公”经费支出，本表为空表。'] })], skipped: /没有“三公”经费表，或表中没有数据/ },
    { name: 'a 栏次 row (1 2 3 … under the header) is not the data row, and the data row after it is read', sheets: [threePublicPreset([[1, 2, 3, 4, 5, 6].map(int), [5, 0, 3, 0, 3, 2]])] },
    { name: 'no 三公 table: skipped', sheets: [generalTable([[null, '合计', 1, 1, 1, 0, 0]])], skipped: /没有“三公”经费表/ },
  ],
  invalid: [
    {
      name: '合计 4.00 ≠ 0 + 3.00 + 2.00',
      sheets: [threePublicTable([4, 0, 3, 0, 3, 2])],
      errors: [{ severity: 'error', category: 'intra', message: /“三公”经费支出表 合计 4\.00 ≠ +因公出国（境）费 \+ 公务用车购置及运行费 \+ 公务接待费 5\.00，差 1\.00 万元/, cells: [at('A'), at('B'), at('C'), at('F')] }],
    },
    {
      name: '公务用车购置及运行费 3.00 ≠ 购置 1.00 + 运行 3.00 (the 购置 line left out)',
      sheets: [threePublicTable([4, 0, 3, 1, 3, 1])],
      errors: [{ severity: 'error', category: 'intra', message: /公务用车购置及运行费 3\.00 ≠ +购置费 \+ 运行费 4\.00，差 1\.00 万元（差额 1\.00 恰好等于“公务用车购置费”（D5）的金额/, cells: [at('C'), at('D'), at('E')] }],
    },
    {
      name: 'a 栏次 row, then a data row that does not add up: the error is at the data row',
      sheets: [threePublicPreset([[1, 2, 3, 4, 5, 6].map(int), [4, 0, 3, 0, 3, 2]])],
      errors: [{ severity: 'error', category: 'intra', message: /“三公”经费支出表 合计 4\.00 ≠ +因公出国（境）费 \+ 公务用车购置及运行费 \+ 公务接待费 5\.00，差 1\.00 万元/, cells: [`${T}!A6`, `${T}!B6`, `${T}!C6`, `${T}!F6`] }],
    },
    {
      name: 'a table in 元: figures in the message are 万元 with 2 decimals (4262.88, not 4262.8750)',
      sheets: [threePublicTable([40000000, 0, 30000000, 0, 30000000, 12628750], { moneyUnit: '元' })],
      errors: [{ severity: 'error', category: 'intra', message: /“三公”经费支出表 合计 4000\.00 ≠ +因公出国（境）费 \+ 公务用车购置及运行费 \+ 公务接待费 4262\.88，差 262\.88 万元/ }],
    },
    {
      name: '江苏 “三公”经费、会议费、培训费: 培训费 366.55 (合计 2600.71 printed for 363.38)',
      sheets: [jiangsu(366.55)],
      errors: [{ severity: 'error', category: 'intra', message: /合计 2600\.71 ≠ “三公”经费 \+ 会议费 \+ 培训费 2603\.88，差 3\.17 万元/, cells: [`${J}!A7`, `${J}!B7`, `${J}!H7`, `${J}!I7`] }],
    },
    {
      name: 'S001 vertical list with a wrong 合计',
      sheets: [vertical(5)],
      errors: [{ severity: 'error', category: 'intra', message: /“三公”经费支出表 合计 5\.00 ≠ .*4\.00，差 1\.00 万元/, cells: [`${T}!B4`, `${T}!B5`, `${T}!B6`, `${T}!B9`] }],
    },
    {
      name: 'severity override to warning',
      sheets: [threePublicTable([4, 0, 3, 0, 3, 2])],
      config: { rules: { 'intra/three-public': 'warning' } },
      errors: [{ severity: 'warning', category: 'intra', message: /差 1\.00 万元/, cells: [at('A'), at('F')] }],
    },
  ],
});
