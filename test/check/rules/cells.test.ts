import rowIdentity from '../../../src/core/check/rules/row-identity';
import { nonNumericCell, roundingStatement } from '../../../src/core/check/rules/cells';
import { ruleTester } from '../rule-tester';
import { expenditureTable, generalTable, narrativeSheet } from '../tables';

const E = '表3 支出总表';

ruleTester.run(nonNumericCell, {
  valid: [
    { name: 'numbers, blanks and dashes', sheets: [expenditureTable([[null, '合计', 10, 10, '-', null], ['2101501', '行政运行', 10, 10, '—']])] },
    { name: 'numbers stored as text with thousands separators', sheets: [expenditureTable([[null, '合计', '1,234.50', '1,234.50', '0.00']])] },
    { name: 'no table with data: skipped', sheets: [narrativeSheet([])], skipped: /没有有数据的表/ },
  ],
  invalid: [
    {
      name: 'S000-like: #REF! and a word in money cells',
      sheets: [expenditureTable([[null, '合计', { error: '#REF!' }, 10, '见附表']])],
      errors: [
        { severity: 'error', category: 'compliance', message: `支出总表 ${E}!C4 是 Excel 错误值“#REF!”，不是金额：涉及它的核对无法进行`, cells: [`${E}!C4`] },
        { severity: 'error', category: 'compliance', message: `支出总表 ${E}!E4 的内容“见附表”不是数字：涉及它的核对无法进行`, cells: [`${E}!E4`] },
      ],
    },
    {
      name: 'S004: “01.74” stored as text (warning)',
      sheets: [expenditureTable([[null, '合计', '01.74', '01.74', 0]])],
      errors: [
        { severity: 'warning', category: 'compliance', message: `支出总表 ${E}!C4 写作“01.74”，数字前多了 0，按 1.74 核对`, cells: [`${E}!C4`] },
        { severity: 'warning', category: 'compliance', message: /D4 写作“01\.74”/, cells: [`${E}!D4`] },
      ],
    },
  ],
});

/** S003 表5-1 合计行: 161.18 vs 153.30 + 7.87 = 161.17 — a 尾差 found by intra/row-identity. */
const withRounding = generalTable([[null, '合计', 161.18, 153.3, 150, 3.3, 7.87]]);

ruleTester.run(roundingStatement, {
  valid: [
    { name: 'no 尾差 anywhere', sheets: [generalTable([[null, '合计', 10, 10, 10, 0, 0]])], with: [rowIdentity] },
    { name: 'a 尾差 and the statement in a 备注', sheets: [generalTable([[null, '合计', 161.18, 153.3, 150, 3.3, 7.87]], { notes: ['备注：金额转换为万元时，因四舍五入可能存在尾差。'] })], with: [rowIdentity] },
    { name: 'rounding: false hides the 尾差, so nothing to state', sheets: [withRounding], with: [rowIdentity], config: { rounding: false } },
    { name: 'run alone it sees no 尾差', sheets: [withRounding] },
  ],
  invalid: [
    {
      name: 'a 尾差 without the statement',
      sheets: [withRounding],
      with: [rowIdentity],
      errors: [{ severity: 'info', category: 'compliance', message: '发现 1 处尾差，但文档中没有“金额转换为万元时四舍五入可能存在尾差”之类的说明' }],
    },
    {
      name: 'severity override to warning',
      sheets: [withRounding],
      with: [rowIdentity],
      config: { rules: { 'compliance/rounding-statement': 'warning' } },
      errors: [{ severity: 'warning', category: 'compliance', message: /发现 1 处尾差/ }],
    },
  ],
});
