/** 表间: 财政拨款收支总表 支出 against the three fund tables (X-04, X-05, X-09, XF-04, XF-05). */
import type { Recognised } from '../../recognize';
import { qty, zeroQ, type Q } from '../../model/quantity';
import type { SummaryLine } from '../../model/model';
import type { Rule } from '../types';
import { functionRowByCode, functionRows, mainTable, pickKey, summaryQ, totalRow } from './helpers';

/** The total of a fund table; an empty table (header only) stands for exactly 0. */
function fundTotal(t: Recognised | undefined, key: string): Q | null {
  if (!t) return null;
  const total = totalRow(t);
  const k = pickKey(t, key);
  if (total && k) return qty(t, total, k, '合计');
  if (t.rows.length === 0) return zeroQ(t, '（空表）');
  return null;
}

function classQ(t: Recognised | undefined, code: string, key: string): Q | null {
  if (!t) return null;
  const row = functionRowByCode(t, code);
  const k = pickKey(t, key);
  if (!row || !k) return t.rows.length === 0 || (k && !row) ? zeroQ(t, '（无此类）') : null;
  return qty(t, row, k);
}

/**
 * 决算04表: 年末财政拨款结转和结余 is one line on the 支出 side with a 决算数 column per fund
 * (收入 + 年初结转 = 支出 + 年末结转), not a line per fund.
 */
function carriedForward(lines: SummaryLine[], fiscal: Recognised, fund: string): Q | null {
  const line = lines.find((l) => l.concept === 'ex:年终结转结余');
  return line ? qty(fiscal, line.row, `决算数.${fund}`, `${line.row.name.trim()}（${fund}）`) : null;
}

const rule: Rule = {
  meta: {
    id: 'cross/fiscal-vs-funds',
    category: 'cross',
    severity: 'error',
    title: '财政拨款支出与分资金支出表',
    description: '财政拨款收支总表每类支出 = 一般公共预算支出表 + 政府性基金预算支出表 + 国有资本经营预算支出表该类合计；一般公共预算支出表合计 = 一般公共预算拨款（本年 + 上年结转 − 年终结转结余）；基金、国资支出表合计 = 对应拨款。决算04表按资金性质分列的支出与05/07/08表一致。',
    implements: ['X-04', 'X-05', 'X-09', 'XF-04', 'XF-05'],
    example: '财政拨款收支总表 卫生健康支出 333.58 ≠ 一般公共预算支出表 + 基金 + 国资 该类之和 333.85',
  },
  check(ctx) {
    const fiscal = mainTable(ctx.model, 'fiscal-summary');
    const general = ctx.model.byKind('general-budget-expenditure').find((t) => functionRows(t).some((r) => r.level === 1));
    if (!fiscal || !general) return ctx.skip('缺少财政拨款收支总表或按类列示的一般公共预算支出表');
    const fund = mainTable(ctx.model, 'gov-fund');
    const capital = mainTable(ctx.model, 'state-capital');
    const fName = ctx.model.name(fiscal);
    const final = fiscal.columns.some((c) => c.key === '决算数.一般公共预算');
    const fundKey = '合计|本年支出.小计';
    for (const line of ctx.model.summary(fiscal).filter((l) => l.concept?.startsWith('ex:类:'))) {
      const code = (line.concept as string).slice(5);
      const label = `${fName} ${line.row.name.trim()}`;
      if (final) {
        // 决算04表: one column per fund
        const pairs: [string, Recognised | undefined, string][] = [
          ['决算数.一般公共预算', general, '合计'],
          ['决算数.政府性基金预算', fund, fundKey],
          ['决算数.国有资本经营预算', capital, '合计'],
        ];
        for (const [col, table, key] of pairs) {
          const f = qty(fiscal, line.row, col, `${line.row.name.trim()}（${col.slice(4)}）`);
          const t = classQ(table, code, key);
          if (f && t && table) ctx.same(f, t, { a: `${label}（${col.slice(4)}）`, b: `${ctx.model.name(table)} ${code} 类` });
        }
        continue;
      }
      const f = summaryQ(ctx.model, fiscal, line.concept as string);
      const parts = [classQ(general, code, '合计'), classQ(fund, code, fundKey), classQ(capital, code, '合计')].filter((q): q is Q => !!q);
      if (f && parts.length) ctx.sum(f.q, parts, { subject: label, parts: ` 一般公共预算、政府性基金、国有资本经营预算支出表该类之和` });
    }
    // fund totals against the fiscal income (本年 + 上年结转 − 年终结转结余)
    const funds: [string, Recognised | undefined, string][] = [
      ['一般公共预算', general, '合计'],
      ['政府性基金预算', fund, fundKey],
      ['国有资本经营预算', capital, '合计'],
    ];
    for (const [name, table, key] of funds) {
      const total = fundTotal(table, key);
      const income = summaryQ(ctx.model, fiscal, `in:${name}`);
      if (!total || !income || !table) continue;
      const carry = summaryQ(ctx.model, fiscal, `in:上年结转结余.${name}`);
      const left = summaryQ(ctx.model, fiscal, `ex:年终结转结余.${name}`)?.q ?? (final ? carriedForward(ctx.model.summary(fiscal), fiscal, name) : null);
      const parts = [income.q, ...(carry ? [carry.q] : []), ...(left ? [left] : [])];
      const signs = [1, ...(carry ? [1] : []), ...(left ? [-1] : [])];
      ctx.sum(total, parts, { subject: `${ctx.model.name(table)} 合计`, parts: ` ${fName} ${name}拨款（本年${carry ? ' + 上年结转' : ''}${left ? ' − 年终结转结余' : ''}）` }, signs);
    }
  },
};
export default rule;
