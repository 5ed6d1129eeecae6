/** Rules of the two-sided summary tables: 收支总表, 财政拨款收支总表 (决算公开01/04表). */
import type { Recognised } from '../../recognize';
import type { CheckModel, SummaryLine } from '../../model/model';
import { summaryValue } from '../../model/model';
import { columnLabel, qty, type Q } from '../../model/quantity';
import type { Rule } from '../types';
import { conceptLine } from './helpers';

function summaryTables(model: CheckModel): Recognised[] {
  return [...model.byKind('income-expense-summary'), ...model.byKind('fiscal-summary')].filter((t) => model.summary(t).some((l) => l.concept));
}

function find(model: CheckModel, t: Recognised, concept: string): Q | null {
  const line = conceptLine(model.summary(t), concept);
  return line ? summaryValue(t, line) : null;
}

export const summaryBalance: Rule = {
  meta: {
    id: 'intra/summary-balance',
    category: 'intra',
    severity: 'error',
    title: '收支总表平衡',
    description: '收支总表、财政拨款收支总表（决算公开01/04表）：收入总计 = 支出总计；收入总计 = 本年收入合计 + 上年结转结余（+ 使用非财政拨款结余）；支出总计 = 本年支出合计 + 年终结转结余（+ 结余分配）。',
    implements: ['IN-01', 'IN-03', 'IN-09', 'FIN-01', 'FIN-04'],
    example: '收支总表 收入总计 385.50 ≠ 支出总计 385.52，差 0.02 万元',
  },
  check(ctx) {
    const tables = summaryTables(ctx.model);
    if (tables.length === 0) return ctx.skip('没有收支总表或财政拨款收支总表');
    for (const t of tables) {
      const name = ctx.model.name(t);
      const inTotal = find(ctx.model, t, 'in:收入总计');
      const exTotal = find(ctx.model, t, 'ex:支出总计');
      if (inTotal && exTotal) ctx.same(inTotal, exTotal, { a: `${name} 收入总计`, b: '支出总计' });
      const compose = (total: Q | null, concepts: string[], label: string, parts: string) => {
        if (!total) return;
        const qs = concepts.map((c) => find(ctx.model, t, c));
        if (!qs[0]) return;
        ctx.sum(total, qs.filter((q): q is Q => !!q), { subject: `${name} ${label}`, parts });
      };
      compose(inTotal, ['in:本年收入合计', 'in:上年结转结余', 'in:使用非财政拨款结余'], '收入总计', ' 本年收入合计 + 上年结转结余');
      compose(exTotal, ['ex:本年支出合计', 'ex:年终结转结余', 'ex:结余分配'], '支出总计', ' 本年支出合计 + 年终结转结余');
    }
  },
};

/** Every line with an amount above the total is understood (a concept, or a sub-row of one). */
function understood(lines: SummaryLine[], total: SummaryLine | undefined): boolean {
  const above = total ? lines.slice(0, lines.indexOf(total)) : [];
  return !above.some((l) => !l.concept && !l.parent && Object.values(l.row.values).some((v) => v.amount.kind === 'number' && !v.amount.value.isZero()));
}

function groupedSum(ctx: Parameters<Rule['check']>[0], t: Recognised, total: SummaryLine, items: SummaryLine[], subject: string, parts: string): void {
  for (const key of Object.keys(total.row.values)) {
    const q = qty(t, total.row, key, total.row.name);
    const qs = items.map((l) => qty(t, l.row, key, l.row.name.trim()));
    if (!q || qs.some((x) => !x) || qs.length === 0) continue;
    const col = Object.keys(total.row.values).length > 1 ? `（${columnLabel(key)}）` : '';
    ctx.sum(q, qs as Q[], { subject: `${subject}${col}`, parts });
  }
}

export const summaryIncome: Rule = {
  meta: {
    id: 'intra/summary-income',
    category: 'intra',
    severity: 'error',
    title: '收支总表收入合计',
    description: '本年收入合计 = 各项收入之和；上年结转（年初结转和结余）= 其下各类资金之和；有明细行的收入项 = 其明细之和（如“经费拨款（补助）”等）。',
    implements: ['IN-02', 'IN-09', 'FIN-01', 'FIN-04'],
    example: '收支总表 本年收入合计 385.50 ≠ 各项收入之和 385.52，差 0.02 万元',
  },
  check(ctx) {
    const tables = summaryTables(ctx.model);
    if (tables.length === 0) return ctx.skip('没有收支总表或财政拨款收支总表');
    for (const t of tables) {
      const name = ctx.model.name(t);
      const lines = ctx.model.summary(t).filter((l) => l.side === 'income');
      const total = lines.find((l) => l.concept === 'in:本年收入合计');
      // an income line of another template (S001 一、财政拨款（补助）) means the list is not understood
      if (!understood(lines, total)) continue;
      // 江苏: 一、财政拨款 = 1.一般公共预算 + 2.政府性基金预算, and it stands for them among the items
      const fiscalGroup = lines.find((l) => l.concept === 'in:财政拨款');
      // its funds: the fund lines after it, up to the next top-level line (一、二、…)
      const after = fiscalGroup ? lines.slice(lines.indexOf(fiscalGroup) + 1) : [];
      const end = after.findIndex((l) => TOP_NUMBERING.test(l.row.name.trim()));
      const funds = (end < 0 ? after : after.slice(0, end)).filter((l) => l.concept && FUND_CONCEPT.test(l.concept));
      if (fiscalGroup && funds.length) groupedSum(ctx, t, fiscalGroup, funds, `${name} ${fiscalGroup.row.name.trim()}`, '其下各类财政拨款之和');
      const itemRe = fiscalGroup && funds.length ? ITEMS_WITH_FISCAL_GROUP : ITEMS_WITH_FUNDS;
      const items = lines.filter((l) => l.concept && !l.concept.includes('.') && itemRe.test(l.concept));
      if (total && items.length) groupedSum(ctx, t, total, items, `${name} 本年收入合计`, '各项收入之和');
      const carry = lines.find((l) => l.concept === 'in:上年结转结余');
      const carryItems = lines.filter((l) => l.concept?.startsWith('in:上年结转结余.'));
      if (carry && carryItems.length) groupedSum(ctx, t, carry, carryItems, `${name} ${carry.row.name.trim()}`, '其下各类资金之和');
      const exCarry = conceptLine(ctx.model.summary(t), 'ex:年终结转结余');
      const exCarryItems = ctx.model.summary(t).filter((l) => l.concept?.startsWith('ex:年终结转结余.'));
      if (exCarry && exCarryItems.length) groupedSum(ctx, t, exCarry, exCarryItems, `${name} ${exCarry.row.name.trim()}`, '其下各类资金之和');
      // sub-rows under a numbered income item
      for (const parent of lines.filter((l) => l.concept)) {
        const subs = lines.filter((l) => l.parent === parent.concept);
        if (subs.length) groupedSum(ctx, t, parent, subs, `${name} ${parent.row.name.trim()}`, '其下明细之和');
      }
    }
  },
};

// the summary rules' patterns, made once (a regex literal in a callback is a new object per line)
const TOP_NUMBERING = /^[一二三四五六七八九十]+[、.．]/;
const FUND_CONCEPT = /^in:(一般公共预算|政府性基金预算|国有资本经营预算)$/;
const ITEMS_WITH_FISCAL_GROUP = /^in:(财政拨款|财政专户管理资金|事业收入|事业单位经营收入|上级补助收入|附属单位上缴收入|其他收入|其他资金)$/;
const ITEMS_WITH_FUNDS = /^in:(一般公共预算|政府性基金预算|国有资本经营预算|财政专户管理资金|事业收入|事业单位经营收入|上级补助收入|附属单位上缴收入|其他收入|其他资金)$/;
const USE_CONCEPT = /^ex:(基本支出|项目支出|单位预留机动经费)$/;

export const summaryExpense: Rule = {
  meta: {
    id: 'intra/summary-expense',
    category: 'intra',
    severity: 'error',
    title: '收支总表支出合计',
    description: '本年支出合计 = 各功能分类（类）支出之和，逐列检查（决算04表按资金性质分列）。',
    implements: ['IN-04', 'IN-09', 'FIN-01', 'FIN-04'],
    example: '收支总表 本年支出合计 385.50 ≠ 各类支出之和 385.25，差 0.25 万元',
  },
  check(ctx) {
    const tables = summaryTables(ctx.model);
    if (tables.length === 0) return ctx.skip('没有收支总表或财政拨款收支总表');
    for (const t of tables) {
      const lines = ctx.model.summary(t).filter((l) => l.side === 'expense');
      const total = lines.find((l) => l.concept === 'ex:本年支出合计');
      const classes = lines.filter((l) => l.concept?.startsWith('ex:类:'));
      if (!understood(lines, total)) continue;
      if (total && classes.length) groupedSum(ctx, t, total, classes, `${ctx.model.name(t)} 本年支出合计`, '各类支出之和');
      // 江苏 支出用途: 基本支出 + 项目支出 + 单位预留机动经费
      const uses = lines.filter((l) => l.concept && USE_CONCEPT.test(l.concept));
      if (total && uses.length >= 2) groupedSum(ctx, t, total, uses, `${ctx.model.name(t)} 本年支出合计`, '按支出用途（基本支出、项目支出等）之和');
    }
  },
};
