/**
 * Test oracle (issue 19, ninth pass, CPU): src/core/check/rules/cells.ts as it was before this pass,
 * verbatim but for its imports: compliance/non-numeric-cell walking every row with for…in, and
 * compliance/rounding-statement reading every cell of the workbook. test/check/cells-fast.test.ts
 * holds the rules equal to these.
 */
import type { Rule } from '../../../src/core/check/types';
import { moneyKeys } from '../../../src/core/check/rules/helpers';

export const nonNumericCell: Rule = {
  meta: {
    id: 'compliance/non-numeric-cell',
    category: 'compliance',
    severity: 'error',
    title: '金额单元格不是数字',
    description: '金额列中的单元格应为数字（空白、“-”表示无）；文字或 #REF!、#VALUE! 等错误值无法参与核对，涉及它的勾稽关系不再检查。',
    implements: ['RND-6'],
    example: '支出总表 D7 的内容“#REF!”是 Excel 错误值，不是金额',
  },
  check(ctx) {
    const tables = ctx.model.tables.filter((t) => t.rows.length > 0);
    if (tables.length === 0) return ctx.skip('没有有数据的表');
    for (const t of tables) {
      const keys = new Set(moneyKeys(t));
      for (const r of t.rows) {
        // for…in, not Object.entries: no array of pairs per row (the same keys, in the same order)
        for (const key in r.values) {
          if (!keys.has(key)) continue;
          const v = r.values[key];
          const a = v.amount;
          if (a.kind === 'error') {
            ctx.report({ message: `${ctx.model.name(t)} ${t.block.sheet}!${v.cell} 是 Excel 错误值“${a.text}”，不是金额：涉及它的核对无法进行`, locations: [{ sheet: t.block.sheet, cell: v.cell }], expected: '数字', actual: a.text });
          } else if (a.kind === 'text') {
            ctx.report({ message: `${ctx.model.name(t)} ${t.block.sheet}!${v.cell} 的内容“${a.text}”不是数字：涉及它的核对无法进行`, locations: [{ sheet: t.block.sheet, cell: v.cell }], expected: '数字', actual: a.text });
          } else if (a.kind === 'number' && a.warnings?.includes('leading-zero')) {
            ctx.report({ severity: 'warning', message: `${ctx.model.name(t)} ${t.block.sheet}!${v.cell} 写作“${a.text}”，数字前多了 0，按 ${a.value.toString()} 核对`, locations: [{ sheet: t.block.sheet, cell: v.cell }], expected: a.value.toString(), actual: a.text });
          }
        }
      }
    }
  },
};

export const roundingStatement: Rule = {
  meta: {
    id: 'compliance/rounding-statement',
    category: 'compliance',
    severity: 'info',
    title: '尾差说明',
    description: '表格存在尾差时，文档中应说明“金额转换为万元时四舍五入可能存在尾差”之类的内容。',
    implements: ['RND-5'],
    example: '发现 12 处尾差，但文档中没有“四舍五入可能存在尾差”的说明',
  },
  check() {
    // evaluated after all other rules, see finish()
  },
  finish(ctx, findings) {
    const n = findings.filter((f) => f.category === 'rounding').length;
    if (n === 0) return;
    const said = ctx.model.wb.sheets.some((s) => s.rows.some((row) => row.some((c) => c && c.type === 'string' && saysRounding(c.text))));
    if (said) return;
    ctx.report({ message: `发现 ${n} 处尾差，但文档中没有“金额转换为万元时四舍五入可能存在尾差”之类的说明`, locations: [], expected: '尾差说明', actual: null });
  },
};

function saysRounding(text: string): boolean {
  return text.includes('尾差') || text.includes('尾数误差') || text.includes('四舍五入');
}
