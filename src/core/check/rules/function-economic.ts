import Decimal from 'decimal.js';
import type { Recognised, TableRow } from '../../recognize';
import type { Rule } from '../types';
import { qty, zeroQ, type Q } from '../../model/quantity';
import { functionRows, pickKey } from './helpers';

/** Function 项 whose 基本支出 equals one economic 款 (domain.md "Function ↔ economic correspondence"). */
const IDENTITIES: [string, string[]][] = [
  ['30108', ['2080505']],
  ['30109', ['2080506']],
  ['30110', ['2101101', '2101102']],
  ['30111', ['2101103']],
  ['30113', ['2210201']],
];

interface Side {
  t: Recognised;
  rows: TableRow[];
  key: string;
  personnelKey: string | null;
}

function functionSide(tables: Recognised[]): Side | null {
  for (const t of tables) {
    const key = pickKey(t, '基本支出.小计|基本支出');
    const rows = functionRows(t).filter((r) => r.level === 3 || (r.code?.length === 7));
    if (key && rows.length) return { t, rows, key, personnelKey: pickKey(t, '基本支出.人员经费') };
  }
  return null;
}

const rule: Rule = {
  meta: {
    id: 'cross/function-economic',
    category: 'cross',
    severity: 'error',
    title: '功能科目与经济科目对应',
    description: '基本支出中：30108 = 2080505，30109 = 2080506，30110 = 2101101/2101102，30111 = 2101103，30113 = 2210201（错误）；303 对个人和家庭的补助应记在离退休项（2080501/2080502）下：303 多于离退休项时提示核实（记在运行项等其他科目下）；表中有人员经费列时，离退休项人员经费多于 303 也提示核实（没有人员经费列时，离退休项的基本支出可含公用经费，不作判断）；职业年金 30109 约为养老保险 30108 的一半，相差较大时提示。',
    implements: ['CLS-06', 'CLS-08', 'CLS-11'],
    example: '基本支出表 30113 住房公积金 18.69 ≠ 一般公共预算支出表 2210201 住房公积金 基本支出 18.96',
  },
  check(ctx) {
    const basic = ctx.model.byKind('basic-expenditure').find((t) => t.rows.some((r) => r.type === 'economic'));
    const fn = functionSide(ctx.model.byKind('general-budget-expenditure')) ?? functionSide(ctx.model.byKind('expenditure-summary'));
    if (!basic || !fn) return ctx.skip('缺少基本支出表或按项列示基本支出的一般公共预算支出表');
    const econ = (code: string): Q | null => {
      const row = basic.rows.find((r) => r.type === 'economic' && r.code === code);
      if (!row) return null;
      const key = Object.keys(row.values).includes('合计') ? '合计' : Object.keys(row.values)[0];
      return key ? qty(basic, row, key) : null;
    };
    const fnQ = (code: string, key = fn.key): Q | null => {
      const row = fn.rows.find((r) => r.code === code);
      return row ? qty(fn.t, row, key, `${row.code} ${row.name}`) : null;
    };
    const bName = ctx.model.name(basic);
    const fName = ctx.model.name(fn.t);
    for (const [e, fs] of IDENTITIES) {
      const eq = econ(e);
      const fq = fs.map((c) => fnQ(c)).filter((q): q is Q => !!q);
      if (!eq && fq.length === 0) continue;
      const left = eq ?? zeroQ(basic, `${e}（未列）`);
      const parts = fq.length ? fq : [zeroQ(fn.t, `${fs.join('/')}（未列）`)];
      ctx.sum(left, parts, { subject: `${bName} ${e}${eq ? ' ' + basic.rows.find((r) => r.code === e)?.name : '（未列出）'}`, parts: ` ${fName} ${fs.join('、')} 基本支出` });
    }
    // 303 belongs to the retirees' 项
    const row303 = basic.rows.find((r) => r.type === 'economic' && r.code === '303');
    const retire = ['2080501', '2080502'].map((c) => fnQ(c, fn.personnelKey ?? fn.key)).filter((q): q is Q => !!q);
    if (row303 && retire.length) {
      const q303 = econ('303');
      const sum = retire.reduce((a, q) => a.plus(q.value), new Decimal(0));
      const slack = q303 ? q303.half.plus(retire.reduce((a, q) => a.plus(q.half), new Decimal(0))) : null;
      const d = q303 ? q303.value.minus(sum) : null;
      // 303 above the retirees' 项: part of it is booked under another 项. 303 below them is a finding only when
      // the 人员经费 column is known: the retirees' 基本支出 may hold 公用经费 (活动经费) besides 303.
      const over = d && slack && d.gt(slack);
      const under = d && slack && d.neg().gt(slack) && fn.personnelKey;
      if (q303 && d && (over || under)) {
        const what = fn.personnelKey ? '人员经费' : '基本支出';
        const why = over
          ? `有 ${d.toFixed(2)} 万元 303 支出记在离退休项以外的功能科目（如行政运行）下`
          : `离退休项人员经费中有 ${d.abs().toFixed(2)} 万元不是 303 对个人和家庭的补助（如记在 301 工资福利支出下）`;
        ctx.report({
          severity: 'warning',
          message: `${bName} 303 对个人和家庭的补助 ${q303.value.toFixed(2)} 万元，而离退休项（${retire.map((q) => q.label).join('、')}）${what}合计 ${sum.toFixed(2)} 万元：${why}，请核实`,
          locations: [q303, ...retire].map((q) => ({ sheet: q.sheet, cell: q.cell })),
          expected: sum.toFixed(2),
          actual: q303.value.toFixed(2),
          difference: d.toFixed(2),
        });
      }
    }
    // 职业年金 ≈ 50% of 养老保险 (8% vs 16% of the base) — information only
    const pension = econ('30108');
    const annuity = econ('30109');
    if (pension && annuity && !pension.value.isZero() && !annuity.value.isZero()) {
      const ratio = annuity.value.dividedBy(pension.value).times(100);
      if (ratio.lt(45) || ratio.gt(55)) {
        ctx.report({
          severity: 'info',
          message: `${bName} 30109 职业年金缴费 ${annuity.value.toFixed(2)} 万元是 30108 基本养老保险缴费 ${pension.value.toFixed(2)} 万元的 ${ratio.toFixed(1)}%（按 8% 与 16% 的缴费比例通常约为 50%），请确认口径（如事业单位职业年金记账部分未列支）`,
          locations: [annuity, pension].map((q) => ({ sheet: q.sheet, cell: q.cell })),
          expected: null,
          actual: `${ratio.toFixed(1)}%`,
        });
      }
    }
  },
};
export default rule;
