import type { Rule } from '../types';
import { qty } from '../../model/quantity';
import { footerQ, functionRows, pickKey, totalRow } from './helpers';

/** 一般公共预算支出表 合计行 基本支出 / 人员经费 / 公用经费 = 基本支出表 合计 (X-06, XF-06). */
const rule: Rule = {
  meta: {
    id: 'cross/general-vs-basic',
    category: 'cross',
    severity: 'error',
    title: '一般公共预算支出表与基本支出表',
    description: '一般公共预算支出表合计行的基本支出、人员经费、公用经费分别等于基本支出表的合计、人员经费、公用经费（决算：05表基本支出 = 06表人员经费合计 + 公用经费合计）。',
    implements: ['X-06', 'XF-06'],
    example: '一般公共预算支出表 合计 人员经费 153.30，一般公共预算基本支出表 合计 人员经费 153.31（尾差，请统一）',
  },
  check(ctx) {
    const general = ctx.model.byKind('general-budget-expenditure').find((t) => totalRow(t) && pickKey(t, '基本支出.小计|基本支出'));
    const basic = ctx.model.byKind('basic-expenditure').find((t) => t.rows.length > 0);
    if (!general || !basic) return ctx.skip('缺少一般公共预算支出表（含基本支出列）或基本支出表');
    const gTotal = totalRow(general);
    if (!gTotal) return ctx.skip('一般公共预算支出表没有合计行');
    const gName = ctx.model.name(general);
    const bName = ctx.model.name(basic);
    const bTotal = totalRow(basic);
    if (bTotal) {
      const pairs: [string, string, string][] = [
        ['基本支出.小计|基本支出', '合计', '基本支出'],
        ['基本支出.人员经费', '人员经费', '人员经费'],
        ['基本支出.公用经费', '公用经费', '公用经费'],
      ];
      for (const [gk, bk, what] of pairs) {
        const k = pickKey(general, gk);
        const g = k ? qty(general, gTotal, k) : null;
        const b = qty(basic, bTotal, bk);
        if (g && b) ctx.same(g, b, { a: `${gName} 合计 ${what}`, b: `${bName} 合计 ${what === '基本支出' ? '' : what}`.trim() });
      }
      return;
    }
    // 决算06表: footer 人员经费合计 + 公用经费合计
    const p = footerQ(basic, /^人员经费(合计)?$/, true);
    const c = footerQ(basic, /^公用经费(合计)?$/, true);
    const k = pickKey(general, '基本支出.小计|基本支出');
    const g = k ? qty(general, gTotal, k) : null;
    if (g && p && c) ctx.sum(g, [p, c], { subject: `${gName} 合计 基本支出`, parts: ` ${bName} 人员经费合计 + 公用经费合计` });
    else if (functionRows(general).length === 0) ctx.skip('基本支出表没有合计');
  },
};
export default rule;
