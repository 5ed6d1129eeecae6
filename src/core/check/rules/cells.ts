/** Input quality: money cells that hold text or an Excel error, and the 尾差 statement. */
import type { CheckModel } from '../../model/model';
import type { TableRow } from '../../recognize';
import type { Rule } from '../types';
import { moneyKeys } from './helpers';
import { documentText } from './text-cells';
import { F_ROUNDING } from './text-features';

export const nonNumericCell: Rule = {
  meta: {
    id: 'compliance/non-numeric-cell',
    category: 'compliance',
    severity: 'error',
    title: '金额单元格不是数字',
    description: '金额列中的单元格应为数字（空白、“-”表示无）；文字或 #REF!、#VALUE! 等错误值无法参与核对，涉及它的勾稽关系不再检查。',
    implements: ['RND-6'],
    example: '支出总表 D7 的内容“#REF!”是 Excel 错误值，不是金额',
  },
  check(ctx) {
    const tables = ctx.model.tables.filter((t) => t.rows.length > 0);
    if (tables.length === 0) return ctx.skip('没有有数据的表');
    for (const t of tables) {
      const money = moneyKeys(t);
      const keys = new Set(money);
      for (const r of t.rows) {
        // almost every row holds only numbers and blanks: its money cells are read by key, and only a
        // row with something to report is walked in its own key order (for…in), as the findings list it
        if (!reportsIn(r.values, money)) continue;
        for (const key in r.values) {
          if (!keys.has(key)) continue;
          const v = r.values[key];
          const a = v.amount;
          if (a.kind === 'error') {
            ctx.report({ message: `${ctx.model.name(t)} ${t.block.sheet}!${v.cell} 是 Excel 错误值“${a.text}”，不是金额：涉及它的核对无法进行`, locations: [{ sheet: t.block.sheet, cell: v.cell }], expected: '数字', actual: a.text });
          } else if (a.kind === 'text') {
            ctx.report({ message: `${ctx.model.name(t)} ${t.block.sheet}!${v.cell} 的内容“${a.text}”不是数字：涉及它的核对无法进行`, locations: [{ sheet: t.block.sheet, cell: v.cell }], expected: '数字', actual: a.text });
          } else if (a.kind === 'number' && a.warnings?.includes('leading-zero')) {
            ctx.report({ severity: 'warning', message: `${ctx.model.name(t)} ${t.block.sheet}!${v.cell} 写作“${a.text}”，数字前多了 0，按 ${a.value.toString()} 核对`, locations: [{ sheet: t.block.sheet, cell: v.cell }], expected: a.value.toString(), actual: a.text });
          }
        }
      }
    }
  },
};

/**
 * Whether one of the money cells of a row is reported below: an Excel error, text, or a number
 * written with a leading zero. The same cells as the for…in over the row's values that keeps those
 * in `money`, read by key (no enumeration of the row's values).
 */
export function reportsIn(values: TableRow['values'], money: readonly string[]): boolean {
  for (let i = 0; i < money.length; i++) {
    const v = values[money[i]];
    if (v === undefined) continue;
    const a = v.amount;
    if (a.kind === 'error' || a.kind === 'text' || (a.kind === 'number' && a.warnings?.includes('leading-zero'))) return true;
  }
  return false;
}

export const roundingStatement: Rule = {
  meta: {
    id: 'compliance/rounding-statement',
    category: 'compliance',
    severity: 'info',
    title: '尾差说明',
    description: '表格存在尾差时，文档中应说明“金额转换为万元时四舍五入可能存在尾差”之类的内容。',
    implements: ['RND-5'],
    example: '发现 12 处尾差，但文档中没有“四舍五入可能存在尾差”的说明',
  },
  check() {
    // evaluated after all other rules, see finish()
  },
  finish(ctx, findings) {
    const n = findings.filter((f) => f.category === 'rounding').length;
    if (n === 0) return;
    if (saidInWorkbook(ctx.model)) return;
    ctx.report({ message: `发现 ${n} 处尾差，但文档中没有“金额转换为万元时四舍五入可能存在尾差”之类的说明`, locations: [], expected: '尾差说明', actual: null });
  },
};

/**
 * Whether a text cell of the workbook says it. With the narrative in the workbook the document's
 * distinct texts are exactly the texts of its text cells (blank ones left out, which say nothing): each
 * is read once, not once per cell. With an external narrative they hold its paragraphs and not the
 * workbook's narrative block: the cells are read.
 */
function saidInWorkbook(model: CheckModel): boolean {
  if (model.narrativeSource === 'workbook') {
    // a text without 尾 or 舍 (its features, read once per model) holds none of the words: not searched
    const texts = documentText(model);
    const features = texts.features;
    return texts.distinct.texts.some((t, k) => saysRoundingWith(t, features[k]));
  }
  return model.wb.sheets.some((s) => s.rows.some((row) => row.some((c) => c && c.type === 'string' && saysRounding(c.text))));
}

/** saysRounding of a text with these text-features.ts bits: one without 尾 or 舍 is not searched. */
export function saysRoundingWith(text: string, features: number): boolean {
  return (features & F_ROUNDING) !== 0 && saysRounding(text);
}

/** /尾差|尾数误差|四舍五入/ by substring searches (every cell of the workbook may be read). */
export function saysRounding(text: string): boolean {
  return text.includes('尾差') || text.includes('尾数误差') || text.includes('四舍五入');
}
