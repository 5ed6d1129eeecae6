/** Shared helpers of the rules: finding rows, columns and quantities in recognised tables. */
import type { ColumnInfo, Recognised, TableRow } from '../../recognize';
import { columnLetter } from '../../address';
import { DESCRIPTIVE_KEYS, LABEL_KEYS, QUANTITY_KEYS } from '../../recognize/columns';
import type { CheckModel, SummaryLine } from '../../model/model';
import { summaryValue } from '../../model/model';
import { columnLabel, qty, type Q } from '../../model/quantity';
import type { SumText } from '../types';

export { footerQ, isEmptyTable, mainTable, pickKey, totalRow } from '../../model/tables';

/** Columns that are not additive money (counts, unit prices, percentages). */
const NON_ADDITIVE = /(单价|数量|编制数|行次|栏次|占比)/;

const MONEY_KEYS = new WeakMap<Recognised, string[]>();

/** Money columns of a table, in column order: worked out once per table (several rules ask), read only. */
export function moneyKeys(t: Recognised): string[] {
  let keys = MONEY_KEYS.get(t);
  if (keys) return keys;
  keys = [];
  for (const c of t.columns) {
    if (!c.key || QUANTITY_KEYS.has(c.key) || NON_ADDITIVE.test(c.key)) continue;
    // a code, name or descriptive column is never among a row's values (recognize/rows.ts reads only
    // the others): no row has it, so it is not scanned for (every row, in vain)
    if (LABEL_KEYS.has(c.key) || DESCRIPTIVE_KEYS.has(c.key)) continue;
    if (!keys.includes(c.key) && anyRowHas(t.rows, c.key)) keys.push(c.key);
  }
  MONEY_KEYS.set(t, keys);
  return keys;
}

/** Whether a row has a value in the column (a loop: no closure per column). */
function anyRowHas(rows: TableRow[], key: string): boolean {
  for (let i = 0; i < rows.length; i++) if (rows[i].values[key]) return true;
  return false;
}

/** Header texts of columns that were not understood (their meaning is unknown). */
export function hasUnmappedColumns(t: Recognised): boolean {
  return t.columns.some((c) => c.key === null && c.path.length > 0);
}

/** Columns holding figures whose meaning was not understood: their values are unknown, never 0. */
export function unmappedMoneyColumns(t: Recognised): ColumnInfo[] {
  return t.unmappedMoney ?? [];
}

const CHILDREN = new WeakMap<Recognised, Map<TableRow['type'], Map<string, TableRow[]>>>();
const NO_ROWS: TableRow[] = [];

/**
 * Children of a coded row: rows of the given type whose parent is its code (indexed once per table,
 * by type then parent code: no key string per question). The list is the index's own (read only);
 * a copy only for a row listed as its own child.
 */
export function childrenOf(t: Recognised, row: TableRow, type: TableRow['type'] = row.type): TableRow[] {
  if (!row.code) return NO_ROWS;
  let index = CHILDREN.get(t);
  if (!index) {
    index = new Map();
    for (const r of t.rows) if (r.parent) {
      let byParent = index.get(r.type);
      if (!byParent) index.set(r.type, (byParent = new Map()));
      const list = byParent.get(r.parent);
      if (list) list.push(r);
      else byParent.set(r.parent, [r]);
    }
    CHILDREN.set(t, index);
  }
  const list = index.get(type)?.get(row.code);
  if (!list) return NO_ROWS;
  return list.includes(row) ? list.filter((r) => r !== row) : list;
}

/** Quantities of the rows in one column; null when any is not a number. (An array of the rows' length, filled: not grown.) */
export function qtys(t: Recognised, rows: TableRow[], key: string): Q[] | null {
  if (rows.length > SIZED_MAX) return qtysGrown(t, rows, key);
  const out = new Array<Q>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const q = qty(t, rows[i], key);
    if (!q) return null;
    out[i] = q;
  }
  return out;
}

/** One row's quantities in these columns; null when one of them is not a number (as qtys, across a row). */
export function rowQtys(t: Recognised, row: TableRow, keys: string[]): Q[] | null {
  const out: Q[] = [];
  for (const k of keys) {
    const q = qty(t, row, k);
    if (!q) return null;
    out.push(q);
  }
  return out;
}

/** Past this many rows an array is grown, as `new Array(n)` of more would not have fast elements. */
const SIZED_MAX = 8192;

function qtysGrown(t: Recognised, rows: TableRow[], key: string): Q[] | null {
  const out: Q[] = [];
  for (const r of rows) {
    const q = qty(t, r, key);
    if (!q) return null;
    out.push(q);
  }
  return out;
}

/**
 * The words of a relation ctx.sum checks, made only when read: ctx.sum reads them for a relation that
 * does not hold (most hold), during the call. One per table, pointed at each row and column in turn
 * (`at`): no string or closure per relation checked.
 */
export class SumWords implements SumText {
  private row: TableRow | null = null;
  private key = '';

  constructor(
    private readonly subjectOf: (row: TableRow, key: string) => string,
    private readonly partsOf: (row: TableRow) => string,
  ) {}

  at(row: TableRow, key: string): this {
    this.row = row;
    this.key = key;
    return this;
  }

  get subject(): string {
    return this.subjectOf(this.row as TableRow, this.key);
  }

  get parts(): string {
    return this.partsOf(this.row as TableRow);
  }
}

/** " （基本支出）" for a column other than the table's main 合计 column. */
export function colSuffix(key: string): string {
  return key === '合计' || key === '预算数' || key === '决算数' ? '' : `（${columnLabel(key)}）`;
}

export function levelName(level: number | null, scheme: 'function' | 'economic' = 'function'): string {
  if (scheme === 'economic') return level === 1 ? '类' : '款';
  return level === 1 ? '类' : level === 2 ? '款' : '项';
}

const FUNCTION_ROWS = new WeakMap<Recognised, TableRow[]>();

/** Function-coded rows (类/款/项) of a table: listed once per table (several rules ask), read only. */
export function functionRows(t: Recognised): TableRow[] {
  let rows = FUNCTION_ROWS.get(t);
  if (!rows) FUNCTION_ROWS.set(t, (rows = t.rows.filter((r) => r.type === 'function' && r.code)));
  return rows;
}

const FUNCTION_BY_CODE = new WeakMap<Recognised, Map<string, TableRow>>();

/**
 * The first function-coded row of a table with this code (what `functionRows(t).find((r) => r.code
 * === code)` gives): indexed once per table, no closure per question.
 */
export function functionRowByCode(t: Recognised, code: string): TableRow | undefined {
  let index = FUNCTION_BY_CODE.get(t);
  if (!index) {
    index = new Map();
    for (const r of functionRows(t)) if (!index.has(r.code as string)) index.set(r.code as string, r);
    FUNCTION_BY_CODE.set(t, index);
  }
  return index.get(code);
}

const LINES_BY_CONCEPT = new WeakMap<SummaryLine[], { length: number; index: Map<string, SummaryLine> }>();

/**
 * A summary table's first line of a concept (what `lines.find((l) => l.concept === concept)` gives):
 * the lines (the model's own list, made once per table) indexed by concept when first asked, as the
 * summary rules ask for a dozen concepts of each table. A list that grew since is indexed again.
 */
export function conceptLine(lines: SummaryLine[], concept: string): SummaryLine | undefined {
  let known = LINES_BY_CONCEPT.get(lines);
  if (!known || known.length !== lines.length) {
    const index = new Map<string, SummaryLine>();
    for (const l of lines) if (l.concept && !index.has(l.concept)) index.set(l.concept, l);
    LINES_BY_CONCEPT.set(lines, (known = { length: lines.length, index }));
  }
  return known.index.get(concept);
}

/** A summary table's line for a concept, with its value. */
export function summaryQ(model: CheckModel, t: Recognised, concept: string): { line: SummaryLine; q: Q } | null {
  const line = conceptLine(model.summary(t), concept);
  if (!line) return null;
  const q = summaryValue(t, line);
  return q ? { line, q } : null;
}

/** Quantity of a function row by code in a table's column. */
export function functionQ(t: Recognised, code: string, key: string): Q | null {
  const row = t.rows.find((r) => r.type === 'function' && r.code === code);
  return row ? qty(t, row, key) : null;
}

/** Address of the cell a row's code is printed in (科目编码 / 单位代码 column), else its first value cell. */
export function codeCell(t: Recognised, row: TableRow): string {
  const col = t.columns.find((c) => c.key === '科目编码' || c.key === '科目编码.类' || c.key === '单位代码' || c.key === '项目编码');
  if (col) return `${columnLetter(col.col)}${row.row}`;
  return Object.values(row.values)[0]?.cell ?? `A${row.row}`;
}


