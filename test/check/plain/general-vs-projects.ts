/**
 * Test oracle (issue 19, allocation): src/core/check/rules/general-vs-projects.ts as it was before its allocation cuts,
 * verbatim but for its imports. test/check/rule-alloc.test.ts holds the rewritten rule equal to it.
 */
import type { Recognised } from '../../../src/core/recognize';
import type { Rule } from '../../../src/core/check/types';
import { qty, type Q } from '../../../src/core/model/quantity';
import { functionRows, pickKey, qtys, totalRow } from '../../../src/core/check/rules/helpers';

/** 一般公共预算支出表 项目支出 = 项目支出表 一般公共预算 (本年 + 结转); per 项 when projects carry a 科目. */
const rule: Rule = {
  meta: {
    id: 'cross/general-vs-projects',
    category: 'cross',
    severity: 'error',
    title: '一般公共预算项目支出与项目支出表',
    description: '一般公共预算支出表的项目支出合计 = 项目支出表中一般公共预算资金（本年拨款 + 财政拨款结转结余）合计；项目支出表列出功能科目时，每个项级科目的项目之和 = 该项的项目支出。',
    implements: ['X-07', 'X-12'],
    example: '一般公共预算支出表 合计 项目支出 121.00 ≠ 项目支出表 一般公共预算 139.00，差 18.00 万元',
    documents: ['budget'],
  },
  check(ctx) {
    const projects = ctx.model.byKind('project-expenditure').find((t) => t.rows.length > 0);
    const general = ctx.model.byKind('general-budget-expenditure');
    if (!projects || general.length === 0) return ctx.skip('缺少项目支出表或一般公共预算支出表');
    const pName = ctx.model.name(projects);
    const pTotal = totalRow(projects);
    const gWithProject = general.find((t) => totalRow(t) && pickKey(t, '项目支出'));
    const fundKeys = ['本年拨款.一般公共预算', '财政拨款结转结余.一般公共预算'].filter((k) => projects.columns.some((c) => c.key === k));
    if (gWithProject && pTotal && fundKeys.length) {
      const g = qty(gWithProject, totalRow(gWithProject) as NonNullable<ReturnType<typeof totalRow>>, '项目支出');
      const parts = fundKeys.map((k) => qty(projects, pTotal, k));
      if (g && parts.every(Boolean)) ctx.sum(g, parts as Q[], { subject: `${ctx.model.name(gWithProject)} 合计 项目支出`, parts: ` ${pName} 一般公共预算资金（本年拨款 + 结转结余）` });
    }
    // projects listed under a 项 code (S001): Σ projects per 项 = 项目支出 of that 项
    const byCode = new Map<string, Recognised['rows']>();
    for (const r of functionRows(projects).filter((r) => r.level === 3)) {
      const key = r.code as string;
      const list = byCode.get(key);
      if (list) list.push(r);
      else byCode.set(key, [r]);
    }
    if (byCode.size === 0) return;
    for (const [code, rows] of byCode) {
      const parts = qtys(projects, rows, '合计');
      if (!parts) continue;
      const direct = general.map((t) => ({ t, row: functionRows(t).find((r) => r.code === code) })).find((x) => x.row && pickKey(x.t, '项目支出'));
      if (direct?.row) {
        const g = qty(direct.t, direct.row, '项目支出');
        if (g) ctx.sum(g, parts, { subject: `${ctx.model.name(direct.t)} ${code} ${direct.row.name} 项目支出`, parts: ` ${pName} 该科目各项目之和` });
        continue;
      }
      // 合计 in one table and 基本支出 in another: 合计 = 基本 + Σ projects
      const withTotal = general.map((t) => ({ t, row: functionRows(t).find((r) => r.code === code && !pickKey(t, '基本支出.小计|基本支出')) })).find((x) => x.row);
      const withBasic = general.map((t) => ({ t, row: functionRows(t).find((r) => r.code === code), k: pickKey(t, '基本支出.小计|基本支出') })).find((x) => x.row && x.k);
      if (!withTotal?.row || !withBasic?.row || !withBasic.k) continue;
      const total = qty(withTotal.t, withTotal.row, '合计');
      const basic = qty(withBasic.t, withBasic.row, withBasic.k);
      if (total && basic) ctx.sum(total, [basic, ...parts], { subject: `${ctx.model.name(withTotal.t)} ${code} ${withTotal.row.name}`, parts: ` 基本支出 + ${pName} 该科目各项目之和` });
    }
  },
};
export default rule;
