import { norm } from '../../recognize/text';
import type { Q } from '../../model/quantity';
import { qty } from '../../model/quantity';
import type { Rule } from '../types';
import { formQ, isBlank } from './forms-helpers';
import { mainTable, pickKey, summaryQ, totalRow } from './helpers';

/** 整体支出绩效目标表 ↔ the tables: 收入合计 = 收入总计; 基本/项目 or 人员类/运转类/特定目标类 (X-13, CLS-13). */
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
