/** 表间: the summary tables against the 收入总表 and 支出总表 (X-01, X-02, X-03, XF-01…XF-03). */
import type { Recognised } from '../../recognize';
import { qty, type Q } from '../../model/quantity';
import { summaryValue, type CheckModel } from '../../model/model';
import { incomeListLines } from '../../model/income-list';
import type { Rule, RuleContext } from '../types';
import { functionRows, mainTable, summaryQ, totalRow } from './helpers';

const INCOME_COLUMNS: [string, string[]][] = [
  ['in:一般公共预算', ['本年收入.一般公共预算']],
  ['in:政府性基金预算', ['本年收入.政府性基金预算']],
  ['in:国有资本经营预算', ['本年收入.国有资本经营预算']],
  ['in:财政专户管理资金', ['本年收入.财政专户管理资金']],
  ['in:事业收入', ['本年收入.事业收入', '事业收入']],
  ['in:事业单位经营收入', ['本年收入.事业单位经营收入', '经营收入', '事业单位经营收入']],
  ['in:上级补助收入', ['本年收入.上级补助收入', '上级补助收入']],
  ['in:附属单位上缴收入', ['本年收入.附属单位上缴收入', '附属单位上缴收入']],
  ['in:其他收入', ['本年收入.其他收入', '其他收入']],
  ['in:本年收入合计', ['本年收入.小计', '合计']],
  ['in:上年结转结余', ['上年结转结余.小计']],
];

function colQ(t: Recognised, key: string): Q | null {
  const total = totalRow(t);
  return total ? qty(t, total, key) : null;
}

/** The 江苏 收入预算总表 list's 小计 lines by the 收支预算总表 line they equal. */
const LIST_GROUPS: [string, RegExp][] = [
  ['in:一般公共预算', /^一般公共预算/],
  ['in:政府性基金预算', /^政府性基金/],
  ['in:国有资本经营预算', /^国有资本经营/],
  ['in:财政专户管理资金', /^财政(转)?专户管理资金/],
  ['in:其他资金', /^其他资金$/],
  ['in:上年结转结余', /^上年结转/],
];

/** 收支预算总表 against a 江苏 收入预算总表 (项目—金额 list): 收入合计 and each 小计; the number compared. */
function againstList(ctx: RuleContext, model: CheckModel, summary: Recognised, income: Recognised): number {
  const lines = incomeListLines(model, income);
  if (!lines) return 0;
  const sName = model.name(summary);
  const iName = model.name(income);
  let compared = 0;
  const pairs: [string, (typeof lines)[number] | undefined][] = [
    ['in:收入总计', lines.find((l) => l.role === 'grand')],
    ...LIST_GROUPS.map(([concept, re]): [string, (typeof lines)[number] | undefined] => [concept, lines.find((l) => l.role === 'subtotal' && re.test(l.group))]),
  ];
  for (const [concept, line] of pairs) {
    const s = summaryQ(model, summary, concept);
    if (!s || !line?.q) continue;
    compared++;
    ctx.same(s.q, line.q, { a: `${sName} ${s.line.row.name.trim()}`, b: `${iName} ${line.role === 'grand' ? line.item : `${line.group} 小计`}` });
  }
  return compared;
}

export const summaryVsIncome: Rule = {
  meta: {
    id: 'cross/summary-vs-income',
    category: 'cross',
    severity: 'error',
    title: '收支总表与收入总表',
    description:
      '收支总表各项收入、本年收入合计、上年结转结余等于收入总表合计行的对应列（决算：01表收入与02表合计行一致，01表财政拨款收入三行之和 = 02表财政拨款收入；江苏：收支预算总表的一般公共预算、政府性基金预算、财政专户管理资金、其他资金、上年结转资金和收入合计等于按“项目名称—金额”列示的收入预算总表的各小计和收入总计）。',
    implements: ['X-01', 'XF-01'],
    example: '收支总表 事业收入 12.00 ≠ 收入总表 合计行 事业收入 10.00，差 2.00 万元',
  },
  check(ctx) {
    const summary = mainTable(ctx.model, 'income-expense-summary');
    const income = ctx.model.byKind('income-summary').find((t) => totalRow(t));
    if (!summary || !income) return ctx.skip('缺少收支总表或收入总表（合计行）');
    const sName = ctx.model.name(summary);
    const iName = ctx.model.name(income);
    let compared = 0;
    for (const [concept, keys] of INCOME_COLUMNS) {
      const s = summaryQ(ctx.model, summary, concept);
      // 合计 stands for 本年收入 only when the table has no 上年结转结余 columns
      const carry = income.columns.some((c) => c.key?.startsWith('上年结转结余'));
      const key = keys.filter((k) => !(k === '合计' && carry)).find((k) => income.columns.some((c) => c.key === k));
      const i = key ? colQ(income, key) : null;
      if (!s || !i) continue;
      compared++;
      ctx.same(s.q, i, { a: `${sName} ${s.line.row.name.trim()}`, b: `${iName} 合计行 ${key}` });
    }
    // 决算: 财政拨款收入 of 02表 = the three 财政拨款 lines of 01表
    const fiscal = income.columns.some((c) => c.key === '财政拨款收入') ? colQ(income, '财政拨款收入') : null;
    if (fiscal) {
      const parts = ['in:一般公共预算', 'in:政府性基金预算', 'in:国有资本经营预算'].map((c) => summaryQ(ctx.model, summary, c)?.q).filter((q): q is Q => !!q);
      if (parts.length) {
        compared++;
        ctx.sum(fiscal, parts, { subject: `${iName} 合计行 财政拨款收入`, parts: `${sName} 三类财政拨款收入之和` });
      }
    }
    // 江苏: the 收入预算总表 is a 项目—金额 list
    compared += againstList(ctx, ctx.model, summary, income);
    if (compared === 0) ctx.skip('收支总表与收入总表没有可对应的收入项');
  },
};

export const summaryVsExpenditure: Rule = {
  meta: {
    id: 'cross/summary-vs-expenditure',
    category: 'cross',
    severity: 'error',
    title: '收支总表与支出总表',
    description: '收支总表各类支出等于支出总表对应类的合计，本年支出合计等于支出总表合计；一方有金额的类另一方也必须列出。',
    implements: ['X-02', 'XF-02'],
    example: '收支总表 社会保障和就业支出 122.74 与 支出决算表 208 122.73 不一致',
  },
  check(ctx) {
    const summary = mainTable(ctx.model, 'income-expense-summary');
    const exp = ctx.model.byKind('expenditure-summary').find((t) => functionRows(t).some((r) => r.level === 1));
    if (!summary || !exp) return ctx.skip('缺少收支总表或按类列示的支出总表');
    compareClasses(ctx, summary, exp, '合计');
    const s = summaryQ(ctx.model, summary, 'ex:本年支出合计');
    const e = colQ(exp, '合计');
    if (s && e) ctx.same(s.q, e, { a: `${ctx.model.name(summary)} 本年支出合计`, b: `${ctx.model.name(exp)} 合计` });
  },
};

/** Each 类 of a summary table against the 类 rows of a function table (one column). */
export function compareClasses(ctx: RuleContext, summary: Recognised, table: Recognised, key: string, summaryKey?: string): void {
  const sName = ctx.model.name(summary);
  const tName = ctx.model.name(table);
  const classes = new Map(functionRows(table).filter((r) => r.level === 1).map((r) => [r.code as string, r]));
  const seen = new Set<string>();
  for (const line of ctx.model.summary(summary).filter((l) => l.concept?.startsWith('ex:类:'))) {
    const code = (line.concept as string).slice(5);
    seen.add(code);
    const s = summaryKey ? qty(summary, line.row, summaryKey, line.row.name.trim()) : null;
    const sq = s ?? (summaryKey ? null : summaryValue(summary, line));
    if (!sq) continue;
    const row = classes.get(code);
    if (!row) {
      if (!sq.value.isZero()) {
        ctx.report({
          message: `${sName} ${line.row.name.trim()} ${sq.value.toFixed(2)} 万元，${tName} 却没有 ${code} 类`,
          locations: [{ sheet: sq.sheet, cell: sq.cell }],
          expected: sq.value.toFixed(2),
          actual: null,
        });
      }
      continue;
    }
    const tq = qty(table, row, key);
    if (tq) ctx.same(sq, tq, { a: `${sName} ${line.row.name.trim()}`, b: `${tName} ${row.code} ${row.name}` });
  }
  for (const [code, row] of classes) {
    if (seen.has(code)) continue;
    const tq = qty(table, row, key);
    if (tq && !tq.value.isZero() && ctx.model.summary(summary).some((l) => l.concept?.startsWith('ex:类:'))) {
      ctx.report({
        message: `${tName} ${code} ${row.name} ${tq.value.toFixed(2)} 万元，${sName} 没有列出该类`,
        locations: [{ sheet: tq.sheet, cell: tq.cell }],
        expected: null,
        actual: tq.value.toFixed(2),
      });
    }
  }
}

export const fiscalIncome: Rule = {
  meta: {
    id: 'cross/fiscal-income',
    category: 'cross',
    severity: 'error',
    title: '财政拨款收入三表一致',
    description: '财政拨款收支总表的一般公共预算、政府性基金、国有资本经营预算拨款（本年及上年结转）等于收支总表和收入总表的对应数（决算：04表收入行1–3 = 01表行1–3）。',
    implements: ['X-03', 'XF-03'],
    example: '财政拨款收支总表 一般公共预算拨款 385.50 ≠ 收支总表 一般公共预算拨款收入 385.52',
  },
  check(ctx) {
    const fiscal = mainTable(ctx.model, 'fiscal-summary');
    if (!fiscal) return ctx.skip('缺少财政拨款收支总表');
    const summary = mainTable(ctx.model, 'income-expense-summary');
    const income = ctx.model.byKind('income-summary').find((t) => totalRow(t));
    if (!summary && !income) return ctx.skip('缺少收支总表和收入总表');
    const fName = ctx.model.name(fiscal);
    for (const fund of ['一般公共预算', '政府性基金预算', '国有资本经营预算']) {
      const f = summaryQ(ctx.model, fiscal, `in:${fund}`);
      if (!f) continue;
      const s = summary ? summaryQ(ctx.model, summary, `in:${fund}`) : null;
      if (s) ctx.same(f.q, s.q, { a: `${fName} ${f.line.row.name.trim()}`, b: `${ctx.model.name(summary as Recognised)} ${s.line.row.name.trim()}` });
      const i = income && income.columns.some((c) => c.key === `本年收入.${fund}`) ? colQ(income, `本年收入.${fund}`) : null;
      if (i) ctx.same(f.q, i, { a: `${fName} ${f.line.row.name.trim()}`, b: `${ctx.model.name(income as Recognised)} 本年收入 ${fund}` });
      const fc = summaryQ(ctx.model, fiscal, `in:上年结转结余.${fund}`);
      const ic = income && income.columns.some((c) => c.key === `上年结转结余.${fund}`) ? colQ(income, `上年结转结余.${fund}`) : null;
      if (fc && ic) ctx.same(fc.q, ic, { a: `${fName} 上年结转 ${fund}`, b: `${ctx.model.name(income as Recognised)} 上年结转结余 ${fund}` });
    }
  },
};
