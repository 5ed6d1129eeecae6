import type { Rule } from '../types';
import { childrenOf, codeCell, functionRows } from './helpers';

/** 功能分类 to 项 (with 类/款 subtotal rows); 基本支出 经济分类 to 款. */
const rule: Rule = {
  meta: {
    id: 'compliance/detail-level',
    category: 'compliance',
    severity: 'error',
    title: '细化程度：功能分类到项、经济分类到款',
    description: '按功能分类列示的表应细化到项级科目（并列出类、款小计行，缺少小计行时提示）；基本支出表应细化到经济分类款级科目。',
    implements: ['STD-03', 'STD-04'],
    example: '一般公共预算支出表 210 卫生健康支出 有金额，但没有列出其下的款、项',
  },
  check(ctx) {
    // the summary tables list 类 only, by design
    const fnTables = ctx.model.tables.filter((t) => functionRows(t).length > 0 && t.kind !== 'income-expense-summary' && t.kind !== 'fiscal-summary');
    const basic = ctx.model.byKind('basic-expenditure').filter((t) => t.rows.some((r) => r.type === 'economic'));
    if (fnTables.length === 0 && basic.length === 0) return ctx.skip('没有按科目列示的表');
    for (const t of fnTables) {
      const rows = functionRows(t);
      const name = ctx.model.name(t);
      if (!rows.some((r) => r.level === 3 || r.code?.length === 6)) {
        ctx.report({ message: `${name}只列到${rows.some((r) => r.level === 2) ? '款' : '类'}级科目，应细化到项级`, locations: [{ sheet: t.block.sheet, cell: codeCell(t, rows[0]) }], expected: '项级科目', actual: null });
        continue;
      }
      if (!rows.some((r) => r.level === 1) && t.kind !== 'project-expenditure') {
        ctx.report({ severity: 'warning', message: `${name}只列出项级科目，没有类、款小计行`, locations: [{ sheet: t.block.sheet, cell: codeCell(t, rows[0]) }], expected: '类、款小计行', actual: null });
      }
      for (const r of rows.filter((x) => x.level === 1 || x.level === 2)) {
        const nonZero = Object.values(r.values).some((v) => v.amount.kind === 'number' && !v.amount.value.isZero());
        if (nonZero && childrenOf(t, r, 'function').length === 0) {
          ctx.report({ message: `${name} ${r.code} ${r.name} 有金额，但没有列出其下的${r.level === 1 ? '款、项' : '项'}`, locations: [{ sheet: t.block.sheet, cell: codeCell(t, r) }], expected: '细化到项', actual: null });
        }
      }
    }
    for (const t of basic) {
      for (const r of t.rows.filter((x) => x.type === 'economic' && x.level === 1)) {
        const nonZero = Object.values(r.values).some((v) => v.amount.kind === 'number' && !v.amount.value.isZero());
        if (nonZero && childrenOf(t, r, 'economic').length === 0) {
          ctx.report({ message: `${ctx.model.name(t)} ${r.code} ${r.name} 有金额，但没有细化到款`, locations: [{ sheet: t.block.sheet, cell: codeCell(t, r) }], expected: '细化到款', actual: null });
        }
      }
    }
  },
};
export default rule;
