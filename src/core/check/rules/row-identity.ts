import type { TableKind, Recognised } from '../../recognize';
import type { Rule } from '../types';
import { hasUnmappedColumns, moneyKeys, pickKey, rowQtys, SumWords, unmappedMoneyColumns } from './helpers';
import { CHECK, columnLabel, qty, rowLabel, rowSumHolds, type Q } from '../../model/quantity';

interface Identity {
  kinds: TableKind[];
  /** Total column (alternatives with |). */
  total: string;
  /** Part columns (alternatives with |), or every column under these prefixes. */
  parts: string[];
  prefixes?: string[];
  signs?: number[];
  /** Not when the table has columns under this prefix (they are parts the identity does not list). */
  unless?: string;
  /** Every other top-level money column must be a part: a column the identity does not know stops it. */
  exhaustive?: boolean;
}

/** Column identities that hold on every row of a table. */
const IDENTITIES: Identity[] = [
  { kinds: ['income-summary'], total: '合计', parts: ['本年收入.小计', '上年结转结余.小计'] },
  { kinds: ['income-summary'], total: '本年收入.小计', parts: [], prefixes: ['本年收入.'] },
  { kinds: ['income-summary'], total: '上年结转结余.小计', parts: [], prefixes: ['上年结转结余.'] },
  { kinds: ['income-summary'], total: '合计', parts: ['财政拨款收入', '上级补助收入', '事业收入', '经营收入|事业单位经营收入', '附属单位上缴收入', '其他收入'], unless: '上年结转结余' },
  {
    kinds: ['expenditure-summary'],
    total: '合计',
    parts: ['基本支出|基本支出.小计', '项目支出|项目支出.小计', '事业单位经营支出', '上缴上级支出', '对附属单位补助支出', '单位预留机动经费', '结转下年资金'],
    exhaustive: true,
  },
  { kinds: ['general-budget-expenditure', 'general-budget-by-unit'], total: '合计', parts: ['基本支出.小计|基本支出', '项目支出'] },
  { kinds: ['general-budget-expenditure', 'general-budget-by-unit'], total: '基本支出.小计', parts: ['基本支出.人员经费', '基本支出.公用经费'] },
  { kinds: ['basic-expenditure'], total: '合计', parts: ['人员经费', '公用经费'] },
  { kinds: ['gov-fund', 'state-capital'], total: '合计', parts: ['基本支出', '项目支出'] },
  { kinds: ['gov-fund', 'state-capital'], total: '本年支出.小计', parts: ['本年支出.基本支出', '本年支出.项目支出'] },
  { kinds: ['gov-fund'], total: '年末结转和结余', parts: ['年初结转和结余', '本年收入', '本年支出.小计'], signs: [1, 1, -1] },
  { kinds: ['project-expenditure'], total: '合计', parts: ['财政专户管理资金', '单位资金'], prefixes: ['本年拨款.', '财政拨款结转结余.'] },
  { kinds: ['fiscal-summary'], total: '决算数.小计', parts: ['决算数.一般公共预算', '决算数.政府性基金预算', '决算数.国有资本经营预算'] },
];

function partKeys(t: Recognised, id: Identity, total: string): string[] {
  const keys: string[] = [];
  for (const p of id.parts) {
    const k = pickKey(t, p);
    if (k) keys.push(k);
  }
  for (const prefix of id.prefixes ?? []) {
    for (const c of t.columns) if (c.key && c.key.startsWith(prefix) && c.key !== total && !c.key.endsWith('.小计') && !keys.includes(c.key)) keys.push(c.key);
  }
  return keys;
}

/** "基本支出 + 项目支出", "年初结转和结余 + 本年收入 − 本年支出小计": the parts of an identity in words. */
function partsLabel(parts: string[], signs: number[] | undefined): string {
  return parts.map((k, i) => `${signs && signs[i] < 0 ? '− ' : ''}${columnLabel(k)}`).join(' + ').replace(/\+ −/g, '−');
}

/** The identities of each table kind, by position in IDENTITIES: made once per process. */
const IDENTITIES_OF = new Map<TableKind, number[]>();
IDENTITIES.forEach((id, i) => {
  for (const k of id.kinds) {
    const list = IDENTITIES_OF.get(k);
    if (!list) IDENTITIES_OF.set(k, [i]);
    else if (!list.includes(i)) list.push(i);
  }
});

/**
 * The tables each identity applies to, in table order: what `tables.filter((x) => id.kinds.includes(x.kind))`
 * gives for each, in one pass over the tables (no closure and no scan of the tables per identity).
 */
function tablesByIdentity(tables: Recognised[]): Recognised[][] {
  const out: Recognised[][] = IDENTITIES.map(() => []);
  for (const t of tables) {
    const ids = IDENTITIES_OF.get(t.kind);
    if (ids) for (const i of ids) out[i].push(t);
  }
  return out;
}

/** Row identities: 合计 = 基本 + 项目 + …, 基本 = 人员 + 公用, 收入合计 = Σ来源 … on every row. */
const rule: Rule = {
  meta: {
    id: 'intra/row-identity',
    category: 'intra',
    severity: 'error',
    title: '表内各列勾稽（逐行）',
    description: '每一行：收入总表 合计 = 本年收入小计 + 上年结转结余小计、小计 = 各来源之和；支出总表 合计 = 基本支出 + 项目支出 + 经营支出 + 上缴上级 + 对附属单位补助；一般公共预算支出表 合计 = 基本 + 项目、基本 = 人员经费 + 公用经费；基本支出表 合计 = 人员经费 + 公用经费；基金/国资表 合计 = 基本 + 项目，年末 = 年初 + 收入 − 支出；项目支出表 合计 = 各资金来源之和；决算04表 小计 = 三类拨款之和。',
    implements: ['IN-05', 'IN-07', 'IN-10', 'IN-11', 'IN-13', 'IN-14', 'FIN-02', 'FIN-03', 'FIN-04', 'FIN-06', 'FIN-08', 'FIN-09'],
    example: '一般公共预算支出表 合计行 基本支出小计 264.50 与 人员经费 + 公用经费 264.51 相差 0.01 万元（尾差）',
  },
  check(ctx) {
    let applicable = 0;
    const byIdentity = tablesByIdentity(ctx.model.tables);
    for (let i = 0; i < IDENTITIES.length; i++) {
      const id = IDENTITIES[i];
      for (const t of byIdentity[i]) {
        const total = pickKey(t, id.total);
        if (!total) continue;
        if (id.unless && t.columns.some((c) => c.key?.startsWith(id.unless as string))) continue;
        const parts = partKeys(t, id, total);
        if (parts.length < 2) continue;
        // a column that was not understood may be a missing part: do not guess
        const unknown = unmappedMoneyColumns(t);
        if (unknown.length) {
          ctx.skipPart(`${ctx.model.name(t)}（${t.block.sheet}）有未能识别的金额列（${unknown.map((c) => `“${c.path.join('/')}”`).join('、')}），${columnLabel(total)}的逐行勾稽未执行；可在任务窗格或用 --mapping 指定这些列的含义`);
          continue;
        }
        if (hasUnmappedColumns(t)) continue;
        const extra = id.exhaustive ? moneyKeys(t).filter((k) => k !== total && !parts.includes(k) && !k.includes('.')) : [];
        if (extra.length) {
          ctx.skipPart(`${ctx.model.name(t)}（${t.block.sheet}）的“${extra.map(columnLabel).join('、')}”列不在“${columnLabel(total)} = ${parts.map(columnLabel).join(' + ')}”中，逐行勾稽未执行`);
          continue;
        }
        applicable++;
        const name = ctx.model.name(t);
        // the same on every row of the table: worked out once
        const signs = id.signs ? parts.map((k) => (id.signs as number[])[id.parts.findIndex((p) => p.split('|').includes(k))] ?? 1) : undefined;
        // the words of a row's relation are made only when it does not hold (SumWords), the parts' once
        let label: string | null = null;
        const words = new SumWords(
          (row) => `${name} ${row.type === 'total' ? '合计行' : rowLabel(row)} ${columnLabel(total)}`,
          () => ` ${(label ??= partsLabel(parts, signs))}`,
        );
        for (const row of t.rows) {
          // a relation that holds exactly reports nothing: its figures are not made (most hold)
          if (rowSumHolds(row, total, parts, signs) !== CHECK) continue;
          ctx.sum(qty(t, row, total) as Q, rowQtys(t, row, parts) as Q[], words.at(row, total), signs);
        }
      }
    }
    if (applicable === 0) ctx.skip('没有可逐行勾稽的表（缺少对应的列，或有未能识别的列）');
  },
};
export default rule;
