import type { TableRow } from '../../recognize';
import type { Rule } from '../types';
import { qty, type Q } from '../../model/quantity';
import { verticalValues } from '../../model/tables';

/**
 * Per row and per 预算数/决算数 group: 合计 = 出国 + 公车小计 + 接待; 小计 = 购置 + 运行; and in the
 * 江苏 “三公”经费、会议费、培训费 table, its first 合计 (总计) = “三公”小计 + 会议费 + 培训费.
 */
const rule: Rule = {
  meta: {
    id: 'intra/three-public',
    category: 'intra',
    severity: 'error',
    title: '“三公”经费合计',
    description:
      '“三公”经费表：合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费；公务用车购置及运行费 = 购置费 + 运行费（决算09表的预算数、决算数分别检查）；江苏“三公”经费、会议费、培训费支出预算表：合计 = “三公”经费小计 + 会议费 + 培训费。',
    implements: ['IN-12', 'FIN-10'],
    example: '“三公”经费支出表 合计 4.00 ≠ 各项之和 5.00，差 1.00 万元',
  },
  check(ctx) {
    const tables = ctx.model.byKind('three-public').filter((t) => t.rows.length > 0);
    if (tables.length === 0) return ctx.skip('没有“三公”经费表，或表中没有数据');
    for (const t of tables) {
      const name = ctx.model.name(t);
      const groups = new Set<string>();
      for (const c of t.columns) if (c.key) groups.add(/^(预算数|决算数)\./.exec(c.key)?.[1] ?? '');
      const check = (get: (item: string) => Q | null | undefined, where: string) => {
        const total = get('合计');
        const car = get('公务用车购置及运行费.小计');
        const parts = [get('因公出国(境)费'), car, get('公务接待费')];
        if (total && parts.every(Boolean)) ctx.sum(total, parts as Q[], { subject: `${name}${where} 合计`, parts: ' 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费' });
        const carParts = [get('公务用车购置及运行费.公务用车购置费'), get('公务用车购置及运行费.公务用车运行费')];
        if (car && carParts.every(Boolean)) ctx.sum(car, carParts as Q[], { subject: `${name}${where} 公务用车购置及运行费`, parts: ' 购置费 + 运行费' });
        // 江苏: 合计 (read as 总计) over “三公”经费 小计 (read as 合计), 会议费 and 培训费
        const grand = get('总计');
        const others = [get('会议费'), get('培训费')].filter((q): q is Q => !!q);
        if (grand && total && others.length) ctx.sum(grand, [total, ...others], { subject: `${name}${where} 合计`, parts: ` “三公”经费${others.map((q) => ` + ${q.label}`).join('')}` });
      };
      if (t.columns.some((c) => c.key?.endsWith('因公出国(境)费'))) {
        for (const row of t.rows as TableRow[]) {
          for (const g of groups) {
            const p = g ? `${g}.` : '';
            check((item) => qty(t, row, p + item, `${g}${item.replace(/^.*\./, '')}`), g ? `（${g}）` : '');
          }
        }
      } else {
        const values = verticalValues(t);
        check((item) => values.get(item), '');
      }
    }
  },
};
export default rule;
