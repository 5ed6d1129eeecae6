import type { Rule } from '../types';
import { SumWords, childrenOf, colSuffix, footerQ, moneyKeys, qtys, totalRow } from './helpers';
import { CHECK, columnSumHolds, qty, type Q } from '../../model/quantity';

const STAFF_FOOTER = /^人员经费(合计)?$/;
const OFFICE_FOOTER = /^公用经费(合计)?$/;

/**
 * 基本支出表 / 公开06表 / 江苏 财政拨款基本支出表 / 机关运行经费支出表: 合计 = Σ类, 类 = Σ款; 人员经费合计 = 301 + 303,
 * 公用经费合计 = 302 + 310.
 */
const rule: Rule = {
  meta: {
    id: 'intra/economic-hierarchy',
    category: 'intra',
    severity: 'error',
    title: '经济分类科目逐级合计',
    description:
      '一般公共预算基本支出表（决算公开06表）、财政拨款基本支出表（江苏公开表六）和按经济科目列示的机关运行经费支出表（江苏公开表十一）中，合计等于各类之和，类（301/302/303/310）等于其下各款之和；决算06表的人员经费合计等于301与303之和，公用经费合计等于302与310之和。',
    implements: ['IN-11', 'FIN-07'],
    example: '一般公共预算基本支出表 301 工资福利支出 959.99 与其下各款合计 960.00 相差 0.01 万元（尾差）',
  },
  check(ctx) {
    const tables = [...ctx.model.byKind('basic-expenditure'), ...ctx.model.byKind('fiscal-basic-expenditure'), ...ctx.model.byKind('operation-expenditure')].filter((t) =>
      t.rows.some((r) => r.type === 'economic'),
    );
    if (tables.length === 0) return ctx.skip('没有基本支出（经济分类）表');
    for (const t of tables) {
      const name = ctx.model.name(t);
      // the words of each relation, made only for one that does not hold (most hold)
      const words = new SumWords((row, key) => `${name} ${row.code} ${row.name}${colSuffix(key)}`, () => '其下各款合计');
      const keys = moneyKeys(t);
      const classes = t.rows.filter((r) => r.type === 'economic' && r.level === 1);
      for (const row of classes) {
        const kids = childrenOf(t, row, 'economic');
        if (kids.length === 0) continue;
        for (const key of keys) {
          // a relation that holds exactly reports nothing: its figures are not made (most hold)
          if (columnSumHolds(row, kids, key) === CHECK) ctx.sum(qty(t, row, key) as Q, qtys(t, kids, key) as Q[], words.at(row, key));
        }
      }
      const total = totalRow(t);
      if (total && classes.length) {
        for (const key of keys) {
          if (columnSumHolds(total, classes, key) === CHECK) ctx.sum(qty(t, total, key) as Q, qtys(t, classes, key) as Q[], { subject: `${name} 合计行${colSuffix(key)}`, parts: '各类合计' });
        }
      }
      // 公开06表 footer
      const footer = (label: RegExp, codes: string[], what: string) => {
        const parts = classes.filter((c) => codes.includes(c.code ?? '')).map((c) => qty(t, c, Object.keys(c.values)[0], `${c.code} ${c.name}`));
        // without its classes there is nothing to check: the footer line (a search of the rows) is not looked for
        if (parts.length === 0) return;
        const q = footerQ(t, label);
        if (q && parts.length && parts.every(Boolean)) ctx.sum(q, parts as NonNullable<(typeof parts)[number]>[], { subject: `${name} ${q?.label}`, parts: what });
      };
      footer(STAFF_FOOTER, ['301', '303'], '301 与 303 之和');
      footer(OFFICE_FOOTER, ['302', '310'], '302 与 310 之和');
    }
  },
};
export default rule;
