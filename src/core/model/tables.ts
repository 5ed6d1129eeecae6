/**
 * Reading the recognised tables: the main table of a kind, its 合计 row, a column by its
 * alternative keys, footer lines, the projects of a 项目支出表 and the items of a “三公” table.
 * Shared by the check rules and the narrative analysis (both are clients of the model).
 */
import { columnLetter } from '../address';
import type { Recognised, TableKind, TableRow } from '../recognize';
import { norm } from '../recognize/text';
import { cellAt, findSheet } from '../workbook';
import type { CheckModel } from './model';
import { qty, type Q } from './quantity';

/** The first 合计 row of a table (not a side of a summary table). */
export function totalRow(t: Recognised): TableRow | undefined {
  return t.rows.find((r) => r.type === 'total' && !r.side);
}

/** The main table of a kind: the first one with data rows. */
export function mainTable(model: CheckModel, kind: TableKind): Recognised | undefined {
  const all = model.byKind(kind);
  return all.find((t) => t.rows.length > 0) ?? all[0];
}

/** First existing key among alternatives ("基本支出|基本支出.小计"). */
export function pickKey(t: Recognised, alternatives: string): string | null {
  const keys = columnKeys(t);
  for (const k of splitAlternatives(alternatives)) if (keys.has(k)) return k;
  return null;
}

/** The keys of a table's columns, by its column list (rules ask pickKey thousands of times: issue 19). */
const COLUMN_KEYS = new WeakMap<Recognised['columns'], { count: number; keys: Set<string | null> }>();

function columnKeys(t: Recognised): Set<string | null> {
  const cached = COLUMN_KEYS.get(t.columns);
  // a list that grew since (columns are not changed once recognised; this keeps the answer true anyway)
  if (cached && cached.count === t.columns.length) return cached.keys;
  const keys = new Set(t.columns.map((c) => c.key));
  COLUMN_KEYS.set(t.columns, { count: t.columns.length, keys });
  return keys;
}

/** "a|b" → ["a", "b"], remembered: a pure function of the text, whose few values are written in the rules. */
const ALTERNATIVES = new Map<string, string[]>();

function splitAlternatives(alternatives: string): string[] {
  let list = ALTERNATIVES.get(alternatives);
  if (!list) {
    list = alternatives.split('|');
    if (ALTERNATIVES.size < 1024) ALTERNATIVES.set(alternatives, list);
  }
  return list;
}

/** A table with no figure at all (blank or zero everywhere). */
export function isEmptyTable(t: Recognised): boolean {
  return t.rows.every((r) => Object.values(r.values).every((v) => v.amount.kind === 'empty' || (v.amount.kind === 'number' && v.amount.value.isZero())));
}

/**
 * A footer line of side-by-side panels (公开06表 人员经费合计): panels may repeat the label over
 * an empty cell, so the row that carries a figure; else (unless `figureOnly`) the first one.
 */
export function footerQ(t: Recognised, label: RegExp, figureOnly = false): Q | null {
  const rows = t.rows.filter((r) => r.type === 'label' && label.test(norm(r.name)));
  const row = rows.find((r) => Object.values(r.values).some((v) => v.amount.kind === 'number')) ?? (figureOnly ? undefined : rows[0]);
  const key = row ? Object.keys(row.values)[0] : undefined;
  return row && key ? qty(t, row, key, row.name) : null;
}

/** A project of the 项目支出表. */
export interface TableProject {
  name: string;
  code: string | null;
  q: Q;
  cell: string;
}

/** Project rows of the 项目支出表: name from the 项目名称 column when the row is named by its 科目 (S001). */
export function tableProjects(model: CheckModel, t: Recognised): TableProject[] {
  const sheet = findSheet(model.wb, t.block.sheet);
  const nameCol = t.columns.find((c) => c.key === '项目名称');
  const out: TableProject[] = [];
  for (const r of t.rows as TableRow[]) {
    const isProject = r.type === 'project' || (r.type === 'function' && r.level === 3 && nameCol);
    if (!isProject) continue;
    let name = r.name;
    if (r.type === 'function' && nameCol && sheet) name = cellAt(sheet, r.row, nameCol.col)?.text.trim() ?? '';
    const q = qty(t, r, '合计', name);
    if (!q || !name) continue;
    const labelCol = nameCol ?? t.columns.find((c) => c.key === '项目名称' || c.key === '科目名称' || c.key === '项目');
    out.push({ name, code: r.type === 'project' ? r.code : null, q, cell: labelCol ? `${columnLetter(labelCol.col)}${r.row}` : q.cell });
  }
  return out;
}

/** The “三公” items (column keys of a one-row table) and how a vertical list names them. */
export const THREE_PUBLIC_ITEMS: [string, RegExp][] = [
  ['合计', /^(合计|"?三公"?经费合计)$/],
  ['因公出国(境)费', /因公出国\(境\)费/],
  ['公务用车购置及运行费.小计', /公务用车购置及运行(维护)?费/],
  ['公务用车购置及运行费.公务用车购置费', /^公务用车购置(费)?$/],
  ['公务用车购置及运行费.公务用车运行费', /^公务用车运行(维护)?费$/],
  ['公务接待费', /公务接待费/],
];

/** A vertical 三公 list (S001): rows 合计 / 1.因公出国 / 2.公务用车… /（1）购置 /（2）运行 / 3.接待. */
export function verticalValues(t: Recognised): Map<string, Q> {
  const out = new Map<string, Q>();
  for (const row of t.rows) {
    const name = norm(row.name).replace(/^(\d+[.、]|\(\d+\)|[一二三四五六七八九十]+、)/, '').replace(/^其中:?/, '');
    const key = Object.keys(row.values)[0];
    if (!key) continue;
    for (const [item, re] of THREE_PUBLIC_ITEMS) {
      if (!out.has(item) && (re.test(name) || (item === '合计' && row.type === 'total'))) {
        const q = qty(t, row, key, row.name.trim() || '合计');
        if (q) out.set(item, q);
        break;
      }
    }
  }
  return out;
}

/** The four “三公” items that have a basic 经济款 of their own: item, 款, name. */
export const THREE_PUBLIC_ECONOMIC: [string, string, string][] = [
  ['因公出国(境)费', '30212', '因公出国（境）费'],
  ['公务接待费', '30217', '公务接待费'],
  ['公务用车购置及运行费.公务用车运行费', '30231', '公务用车运行费'],
  ['公务用车购置及运行费.公务用车购置费', '31013', '公务用车购置费'],
];

/** The items of a “三公” table (its 决算数 for a 决算 09表); a vertical list read by its names. */
export function threePublicValues(t: Recognised): Map<string, Q> {
  if (!t.columns.some((c) => c.key?.endsWith('因公出国(境)费'))) return verticalValues(t);
  const out = new Map<string, Q>();
  const prefix = t.columns.some((c) => c.key?.startsWith('决算数.')) ? '决算数.' : t.columns.some((c) => c.key?.startsWith('预算数.')) ? '预算数.' : '';
  const row = t.rows[0];
  if (!row) return out;
  for (const [item] of THREE_PUBLIC_ECONOMIC) {
    const q = qty(t, row, prefix + item);
    if (q) out.set(item, q);
  }
  return out;
}

/** Similarity of two names (longest common subsequence over the longer length). */
export function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  const dp: number[] = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(dp[j], dp[j - 1]);
      prev = tmp;
    }
  }
  return dp[b.length] / Math.max(a.length, b.length);
}
