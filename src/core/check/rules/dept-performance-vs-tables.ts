import type { DeptPerformanceForm } from '../../recognize';
import { norm } from '../../recognize/text';
import type { Q } from '../../model/quantity';
import { qty } from '../../model/quantity';
import type { Rule } from '../types';
import { formQ, isBlank } from './forms-helpers';
import { mainTable, pickKey, summaryQ, totalRow } from './helpers';

/** 整体支出绩效目标表 ↔ the tables: 收入合计 = 收入总计; 基本/项目 or 人员类/运转类/特定目标类 (X-13, CLS-13). */
type Ctx = Parameters<Rule['check']>[0];
type Line = DeptPerformanceForm['expense'][number];

/**
 * A form of all funds (收入 = 收支总表 收入总计) against the 支出总表 合计 row: 基本支出 and 项目支出
 * line by line; 人员类 + 运转类 = 基本支出, 特定目标类 (+ 其他运转类) = 项目支出, or 合计 − 基本支出
 * when the department has 经营/上缴/附属 支出 (everything but 人员类 and 运转类) (人员经费 and
 * 公用经费 of all funds are in no table: only their sum is).
 */
function allFunds(ctx: Ctx, name: string, sheet: string, lines: Line[], fromAll: (key: string) => Q | null): void {
  const find = (re: RegExp) => lines.find((l) => re.test(norm(l.name).replace(/^\d+[.、]/, '')) && !isBlank(l.current));
  const q = (l: Line | undefined) => (l ? formQ(sheet, l.current, l.name) : null);
  const basic = fromAll('基本支出');
  const project = fromAll('项目支出');
  const plain: [RegExp, Q | null, string][] = [
    [/^基本支出$/, basic, '基本支出'],
    [/^项目支出$/, project, '项目支出'],
  ];
  for (const [re, tq, what] of plain) {
    const fq = q(find(re));
    if (fq && tq) ctx.same(fq, tq, { a: `${name} ${fq.label}`, b: `${tq.sheet} 合计 ${what}` });
  }
  const staff = q(find(/人员类/));
  const running = q(find(/^(公用经费)?运转类/));
  const other = q(find(/其他运转类/));
  const target = q(find(/特定目标类/));
  if (basic && staff && running) ctx.sum(basic, [staff, running], { subject: `${basic.sheet} 合计 基本支出`, parts: ` ${name} 人员类 + 运转类项目支出` });
  if (!target) return;
  const rest = ['事业单位经营支出', '上缴上级支出', '对附属单位补助支出'].map(fromAll).filter((x): x is Q => !!x && !x.value.isZero());
  const total = fromAll('合计');
  const targets = [target, ...(other ? [other] : [])];
  const what = `${name} 特定目标类${other ? ' + 其他运转类' : ''}项目支出`;
  // 特定目标类 is all but 人员类 and 运转类: with 经营/上缴/附属 支出 it is 合计 − 基本支出, not 项目支出 alone
  if (rest.length && total && basic) ctx.sum(total, [basic, ...targets], { subject: `${total.sheet} 合计`, parts: ` 基本支出 + ${what}` });
  else if (project) ctx.sum(project, targets, { subject: `${project.sheet} 合计 项目支出`, parts: ` ${what}` });
}

const rule: Rule = {
  meta: {
    id: 'cross/dept-performance-vs-tables',
    category: 'cross',
    severity: 'error',
    title: '整体支出绩效目标表与预算表',
    description: '整体支出绩效目标表的收入合计 = 收支总表收入总计；支出构成中基本支出、项目支出等于预算表的对应数；湖北项目化口径下人员类项目 = 基本支出人员经费，公用经费运转类（运转类）项目 = 公用经费，特定目标类（含其他运转类）项目 = 项目支出。',
    implements: ['X-13', 'CLS-13'],
    example: '部门整体支出绩效目标表 人员类项目支出 980.99 ≠ 一般公共预算基本支出表 合计 人员经费 981.99',
    documents: ['budget'],
  },
  check(ctx) {
    const t = ctx.model.byKind('dept-performance').find((x) => x.deptForm);
    const f = t?.deptForm;
    if (!t || !f) return ctx.skip('没有可读取金额的整体支出绩效目标表');
    const sheet = t.block.sheet;
    const name = ctx.model.name(t);
    const summary = mainTable(ctx.model, 'income-expense-summary');
    const total = summary ? summaryQ(ctx.model, summary, 'in:收入总计') : null;
    const inc = formQ(sheet, f.incomeTotal?.current, '收入合计');
    if (total && inc && !isBlank(f.incomeTotal?.current)) ctx.same(inc, total.q, { a: `${name} 收入合计`, b: `${ctx.model.name(summary as NonNullable<typeof summary>)} 收入总计` });
    // table-side quantities
    const basic = ctx.model.byKind('basic-expenditure').find((x) => totalRow(x) && x.columns.some((c) => c.key === '人员经费'));
    const general = ctx.model.byKind('general-budget-expenditure').find((x) => totalRow(x) && pickKey(x, '基本支出.小计|基本支出'));
    const fromGeneral = (key: string): Q | null => {
      if (!general) return null;
      const k = pickKey(general, key);
      return k ? qty(general, totalRow(general) as NonNullable<ReturnType<typeof totalRow>>, k) : null;
    };
    const fromBasic = (key: string): Q | null => (basic ? qty(basic, totalRow(basic) as NonNullable<ReturnType<typeof totalRow>>, key) : null);
    // the form's scope: all funds (its 支出合计 is the 支出总表's, not the 一般公共预算支出表's) or 一般公共预算 only
    const expenditure = ctx.model.byKind('expenditure-summary').find((x) => totalRow(x) && pickKey(x, '基本支出'));
    const fromAll = (key: string): Q | null => {
      if (!expenditure) return null;
      const k = pickKey(expenditure, key);
      return k ? qty(expenditure, totalRow(expenditure) as NonNullable<ReturnType<typeof totalRow>>, k) : null;
    };
    const formTotal = formQ(sheet, f.expenseTotal?.current, '支出合计');
    const allTotal = fromAll('合计');
    const generalTotal = fromGeneral('合计');
    const near = (a: Q | null, b: Q | null) => !!a && !!b && a.value.minus(b.value).abs().lte(0.1);
    if (formTotal && !isBlank(f.expenseTotal?.current) && near(formTotal, allTotal) && !near(formTotal, generalTotal)) {
      allFunds(ctx, name, sheet, f.expense, fromAll);
      return;
    }
    const targets: [RegExp, () => Q | null, string][] = [
      [/^基本支出$/, () => fromGeneral('基本支出.小计|基本支出') ?? fromBasic('合计'), '基本支出'],
      [/^项目支出$/, () => fromGeneral('项目支出'), '项目支出'],
      [/人员类/, () => fromBasic('人员经费') ?? fromGeneral('基本支出.人员经费'), '基本支出人员经费'],
      [/运转类/, () => fromBasic('公用经费') ?? fromGeneral('基本支出.公用经费'), '基本支出公用经费'],
      [/特定目标类/, () => fromGeneral('项目支出'), '项目支出'],
    ];
    let compared = 0;
    for (const line of f.expense) {
      const n = norm(line.name).replace(/^\d+[.、]/, '');
      if (/其他运转类/.test(n)) continue; // 其他运转类 + 特定目标类 = 项目支出: not one line
      const target = targets.find(([re]) => re.test(n));
      const q = formQ(sheet, line.current, line.name);
      if (!target || !q || isBlank(line.current)) continue;
      const tq = target[1]();
      if (!tq) continue;
      compared++;
      ctx.same(q, tq, { a: `${name} ${line.name}`, b: `${tq.sheet} 合计 ${target[2]}` });
    }
    if (compared === 0 && !(total && inc)) ctx.skip('整体支出绩效目标表的支出构成无法与预算表对应');
  },
};
export default rule;
