import type { Rule } from '../types';
import { qty } from '../../model/quantity';
import { norm } from '../../recognize/text';
import { functionRows, mainTable, pickKey, summaryQ } from './helpers';

/** Per 科目: 支出总表 基本/项目 ≥ 一般公共预算支出表; equal when all income is 一般公共预算 (X-08, XF-07). */
const rule: Rule = {
  meta: {
    id: 'cross/expenditure-vs-general',
    category: 'cross',
    severity: 'error',
    title: '支出总表与一般公共预算支出表',
    description: '每个功能科目：支出总表的基本支出、项目支出不小于一般公共预算支出表的对应数；全部收入均为一般公共预算拨款时两表应相等；一般公共预算支出表的科目必须出现在支出总表中。',
    implements: ['X-08', 'XF-07'],
    example: '支出总表 2101506 项目支出 5.00 小于 一般公共预算支出表 项目支出 8.00',
  },
  check(ctx) {
    const exp = ctx.model.byKind('expenditure-summary').find((t) => functionRows(t).length > 0 && pickKey(t, '基本支出|基本支出.小计'));
    const gen = ctx.model.byKind('general-budget-expenditure').find((t) => functionRows(t).length > 0 && pickKey(t, '基本支出.小计|基本支出'));
    if (!exp || !gen) return ctx.skip('缺少按科目列示基本支出的支出总表或一般公共预算支出表');
    const summary = mainTable(ctx.model, 'income-expense-summary');
    const general = summary ? summaryQ(ctx.model, summary, 'in:一般公共预算') : null;
    const all = summary ? summaryQ(ctx.model, summary, 'in:本年收入合计') ?? summaryQ(ctx.model, summary, 'in:收入总计') : null;
    const onlyGeneral = !!general && !!all && general.q.value.equals(all.q.value);
    const eName = ctx.model.name(exp);
    const gName = ctx.model.name(gen);
    const pairs: [string, string, string][] = [
      ['合计', '合计', '合计'],
      ['基本支出|基本支出.小计', '基本支出.小计|基本支出', '基本支出'],
      ['项目支出', '项目支出', '项目支出'],
    ];
    for (const g of functionRows(gen)) {
      // a 项 code printed truncated ("208050") is matched by its parent and name; the code
      // format is reported by compliance/code-format
      const e =
        functionRows(exp).find((r) => r.code === g.code) ??
        functionRows(exp).find((r) => r.code?.length === 6 && g.code?.startsWith(r.code) && (norm(g.name).startsWith(norm(r.name)) || norm(r.name).startsWith(norm(g.name))));
      const gAny = Object.values(g.values).some((v) => v.amount.kind === 'number' && !v.amount.value.isZero());
      if (!e) {
        if (gAny) {
          const first = Object.values(g.values)[0];
          ctx.report({ message: `${gName} 列有 ${g.code} ${g.name}，${eName} 中却没有该科目`, locations: [{ sheet: gen.block.sheet, cell: first?.cell ?? 'A1' }], expected: null, actual: null });
        }
        continue;
      }
      for (const [ek, gk, what] of pairs) {
        const ekey = pickKey(exp, ek);
        const gkey = pickKey(gen, gk);
        if (!ekey || !gkey) continue;
        const eq = qty(exp, e, ekey);
        const gq = qty(gen, g, gkey);
        if (!eq || !gq) continue;
        const text = { a: `${eName} ${e.code} ${e.name} ${what}`, b: `${gName} ${what}` };
        if (onlyGeneral) ctx.same(eq, gq, text);
        else ctx.atLeast(eq, gq, { ...text, why: '一般公共预算只是全部资金的一部分' });
      }
    }
  },
};
export default rule;
