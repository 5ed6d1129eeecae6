/** Compliance rules about a table's form: 三公 split, title vs content, money unit. */
import { KIND_NAMES } from '../../recognize';
import { norm } from '../../recognize/text';
import type { Rule } from '../types';

export const threePublicSplit: Rule = {
  meta: {
    id: 'compliance/three-public-split',
    category: 'compliance',
    severity: 'error',
    title: '“三公”经费细化',
    description: '“三公”经费表须分列因公出国（境）费、公务用车购置及运行费（细化为购置费和运行费）、公务接待费。',
    implements: ['STD-05'],
    example: '“三公”经费支出表没有把公务用车购置及运行费分为购置费和运行费',
  },
  check(ctx) {
    const tables = ctx.model.byKind('three-public');
    if (tables.length === 0) return ctx.skip('没有“三公”经费表');
    for (const t of tables) {
      const labels = [...t.columns.map((c) => c.key ?? ''), ...t.rows.map((r) => norm(r.name))].join('|');
      const missing = [
        ['因公出国（境）费', /因公出国/],
        ['公务用车购置费', /公务用车购置费|公务用车购置(\||$)/],
        ['公务用车运行费', /公务用车运行/],
        ['公务接待费', /公务接待/],
      ].filter(([, re]) => !(re as RegExp).test(labels));
      if (missing.length === 0) continue;
      ctx.report({
        message: `${ctx.model.name(t)}没有列出${missing.map((m) => m[0]).join('、')}`,
        locations: [{ sheet: t.block.sheet, cell: t.block.title?.cell ?? 'A1' }],
        expected: missing.map((m) => m[0]).join('、'),
        actual: null,
      });
    }
  },
};

export const titleContent: Rule = {
  meta: {
    id: 'compliance/title-content',
    category: 'compliance',
    severity: 'error',
    title: '表名与内容一致',
    description: '表的标题（或工作表名）应与表头和内容一致，例如标题为“项目支出表”的表不能是国有资本经营预算支出表的表头。',
    implements: ['STD-06'],
    example: '表9 标题为“项目支出表”，内容却是国有资本经营预算支出表',
  },
  check(ctx) {
    const tables = ctx.model.tables.filter((t) => t.kind !== 'narrative');
    if (tables.length === 0) return ctx.skip('没有识别出表');
    for (const t of tables) {
      const d = t.titleDisagreement;
      if (!d) continue;
      ctx.report({
        message: `${d.source === 'sheet' ? '工作表名' : '标题'}“${d.text}”像${KIND_NAMES[d.titleKind]}，内容却是${KIND_NAMES[t.kind]}`,
        locations: [{ sheet: t.block.sheet, cell: t.block.title?.cell ?? 'A1' }],
        expected: KIND_NAMES[t.kind],
        actual: d.text,
      });
    }
  },
};

export const moneyUnit: Rule = {
  meta: {
    id: 'compliance/money-unit',
    category: 'compliance',
    severity: 'warning',
    title: '金额单位一致',
    description: '同一份公开的表格应使用同一金额单位：元和万元都是合规的单位（有的地区以元列示），但同一份公开中混用时提示统一。以元列示的表已换算为万元（保留原精度）后参与检查。',
    implements: ['STD-07', 'RND-6'],
    example: '政府采购预算表金额单位为“元”，其他表为“万元”',
  },
  check(ctx) {
    const tables = ctx.model.tables.filter((t) => t.kind !== 'narrative' && t.moneyUnit);
    if (tables.length === 0) return ctx.skip('没有识别出写明金额单位的表');
    const yuan = tables.filter((x) => x.moneyUnit === '元');
    const wan = tables.filter((x) => x.moneyUnit === '万元');
    if (yuan.length === 0 || wan.length === 0) return;
    // the minority unit is the odd one out (a tie: the 元 tables, as most templates print 万元)
    const [odd, other, oddUnit, otherUnit] = yuan.length <= wan.length ? [yuan, wan, '元', '万元'] : [wan, yuan, '万元', '元'];
    for (const t of odd) {
      const line = t.block.unitLines.find((u) => u.text.includes(oddUnit));
      ctx.report({
        message: `${ctx.model.name(t)}（${t.block.sheet}）金额单位为“${oddUnit}”，而其他 ${other.length} 张表为“${otherUnit}”，同一份公开应统一（已换算后检查）`,
        locations: [{ sheet: t.block.sheet, cell: line?.cell ?? t.block.title?.cell ?? 'A1' }],
        expected: otherUnit,
        actual: oddUnit,
      });
    }
  },
};
