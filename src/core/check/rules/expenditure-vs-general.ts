import type { Recognised, TableRow } from '../../recognize';
import type { CheckModel } from '../../model/model';
import { isZero, qty, sumVerdict, type Q } from '../../model/quantity';
import { norm } from '../../recognize/text';
import type { Rule } from '../types';
import { functionRowByCode, functionRows, mainTable, pickKey, summaryQ, totalRow } from './helpers';

/**
 * The 一般公共预算 上年结转 (年初结转) of the department: the 财政拨款收支总表's line, else the
 * 收入总表's 上年结转结余 一般公共预算 column; null when no table states it.
 */
function generalCarry(model: CheckModel): Q | null {
  const fiscal = mainTable(model, 'fiscal-summary');
  const f = fiscal ? summaryQ(model, fiscal, 'in:上年结转结余.一般公共预算') : null;
  if (f) return f.q;
  const income = model.byKind('income-summary').find((t) => totalRow(t) && t.columns.some((c) => c.key === '上年结转结余.一般公共预算'));
  const total = income && totalRow(income);
  return income && total ? qty(income, total, '上年结转结余.一般公共预算') : null;
}

/**
 * Whether every yuan the department spends is 一般公共预算 — provable only from the income side:
 * 本年收入 all 一般公共预算, and nothing carried over (上年结转结余, 使用非财政拨款结余) but
 * 一般公共预算 money. Then 支出总表 (all funds) and 一般公共预算支出表 (that fund) cover the same
 * spending; otherwise the 支出总表 holds other money too, of 科目 no table tells apart.
 */
function onlyGeneral(model: CheckModel, summary: Recognised | undefined): boolean {
  if (!summary) return false;
  const line = (c: string) => summaryQ(model, summary, c)?.q ?? null;
  const general = line('in:一般公共预算');
  const current = line('in:本年收入合计') ?? line('in:收入总计');
  if (!general || !current || !general.value.equals(current.value)) return false;
  const surplus = line('in:使用非财政拨款结余');
  if (surplus && !isZero(surplus)) return false;
  const carry = line('in:上年结转结余');
  if (!carry || isZero(carry)) return true;
  const carryGeneral = generalCarry(model);
  return !!carryGeneral && sumVerdict(carry, [carryGeneral]).status !== 'mismatch';
}

const PAIRS: [string, string, string][] = [
  ['合计', '合计', '合计'],
  ['基本支出|基本支出.小计', '基本支出.小计|基本支出', '基本支出'],
  ['项目支出', '项目支出', '项目支出'],
];

/** A value of the row that is a number other than 0 (for…in: no array of values per row). */
function anyNonZero(row: TableRow): boolean {
  for (const key in row.values) {
    const a = row.values[key].amount;
    if (a.kind === 'number' && !a.value.isZero()) return true;
  }
  return false;
}

/**
 * The words of one comparison ("支出总表 2101506 项目支出 基本支出" against "一般公共预算支出表 基本支出"),
 * made only when ctx.same or ctx.atLeast reads them, during the call: one object, pointed at each row
 * and column in turn.
 */
class PairWords {
  private row: TableRow | null = null;
  private what = '';

  constructor(
    private readonly eName: string,
    private readonly gName: string,
    readonly why: string | undefined,
  ) {}

  at(row: TableRow, what: string): this {
    this.row = row;
    this.what = what;
    return this;
  }

  get a(): string {
    const r = this.row as TableRow;
    return `${this.eName} ${r.code} ${r.name} ${this.what}`;
  }

  get b(): string {
    return `${this.gName} ${this.what}`;
  }
}

/** Per 科目: 支出总表 基本/项目 ≥ 一般公共预算支出表; equal when all money is 一般公共预算 (X-08, XF-07). */
const rule: Rule = {
  meta: {
    id: 'cross/expenditure-vs-general',
    category: 'cross',
    severity: 'error',
    title: '支出总表与一般公共预算支出表',
    description:
      '每个功能科目：支出总表（全部资金）的合计、基本支出、项目支出不小于一般公共预算支出表（仅一般公共预算资金）的对应数；本年收入全部为一般公共预算拨款且上年结转（年初结转和结余）也全部是一般公共预算资金时两表应相等（有其他资金的上年结转时，只查“不小于”）；一般公共预算支出表的科目必须出现在支出总表中。',
    implements: ['X-08', 'XF-07'],
    example: '支出总表 2101506 项目支出 5.00 小于 一般公共预算支出表 项目支出 8.00',
  },
  check(ctx) {
    const exp = ctx.model.byKind('expenditure-summary').find((t) => functionRows(t).length > 0 && pickKey(t, '基本支出|基本支出.小计'));
    const gen = ctx.model.byKind('general-budget-expenditure').find((t) => functionRows(t).length > 0 && pickKey(t, '基本支出.小计|基本支出'));
    if (!exp || !gen) return ctx.skip('缺少按科目列示基本支出的支出总表或一般公共预算支出表');
    const equal = onlyGeneral(ctx.model, mainTable(ctx.model, 'income-expense-summary'));
    const eName = ctx.model.name(exp);
    const gName = ctx.model.name(gen);
    // the columns compared, each table's key worked out once (not per row)
    const pairs = PAIRS.map(([ek, gk, what]) => ({ ekey: pickKey(exp, ek), gkey: pickKey(gen, gk), what }));
    // the words of each comparison, made only for one that fails (most hold)
    const words = new PairWords(eName, gName, equal ? undefined : '一般公共预算只是全部资金的一部分');
    for (const g of functionRows(gen)) {
      // a 项 code printed truncated ("208050") is matched by its parent and name; the code
      // format is reported by compliance/code-format
      const e =
        functionRowByCode(exp, g.code as string) ??
        functionRows(exp).find((r) => r.code?.length === 6 && g.code?.startsWith(r.code) && (norm(g.name).startsWith(norm(r.name)) || norm(r.name).startsWith(norm(g.name))));
      const gAny = anyNonZero(g);
      if (!e) {
        if (gAny) {
          const first = Object.values(g.values)[0];
          ctx.report({ message: `${gName} 列有 ${g.code} ${g.name}，${eName} 中却没有该科目`, locations: [{ sheet: gen.block.sheet, cell: first?.cell ?? 'A1' }], expected: null, actual: null });
        }
        continue;
      }
      for (const { ekey, gkey, what } of pairs) {
        if (!ekey || !gkey) continue;
        const eq = qty(exp, e, ekey);
        const gq = qty(gen, g, gkey);
        if (!eq || !gq) continue;
        if (equal) ctx.same(eq, gq, words.at(e, what));
        else ctx.atLeast(eq, gq, words.at(e, what));
      }
    }
  },
};
export default rule;
