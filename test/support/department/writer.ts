/**
 * Writing logical tables into sheets of the workbook model, in a given layout: the title block
 * of the template, a multi-row header (merged or not), 科目编码 in one column or split over
 * 类|款|项, a 栏次 row, amounts rounded on their own to 0.01 万元 (or printed in 元), as numbers
 * or text, zeros printed or blank, notes under the table.
 *
 * Only the workbook model's cell constructors are used (no recognition, no amount parsing).
 */
import Decimal from 'decimal.js';
import { formatRange, toA1 } from '../../../src/core/address';
import { addMerge, createSheet, makeCell, putCell, type Sheet } from '../../../src/core/workbook';
import type { Layout } from './layout';

/** A cell of a logical row: text, money in 元, a count, or nothing. */
export type Value = string | Decimal | { count: number } | null;

export interface Column {
  /** Header path from the top header row down. */
  head: string[];
  /** 'code' / 'ecode': 功能分类 / 经济分类 code (its layout follows Layout.codes); 'line': 行次. */
  kind: 'code' | 'ecode' | 'text' | 'money' | 'count' | 'line';
}

export interface TRow {
  values: Value[];
  /** What the row is, for planting errors: 'total', 'class', 'kuan', 'item', 'econ-class', 'econ-kuan', 'income', 'unit', 'project' … */
  role?: string;
}

export type Head =
  | { style: 'wuhan'; marker: string; title: string; unitLine: string }
  | { style: 'jiangsu'; marker: string; title: string; dept: string }
  | { style: 'final-wuhan'; marker: string; title: string; unit: string; year: string }
  | { style: 'final-shanghai'; title: string }
  | { style: 'form'; marker: string; title: string; dateLine: string };

export interface Table {
  /** Stable id of the table, for planted errors ('expenditure-summary', 'basic' …). */
  id: string;
  /** Sheet name in the named layout. */
  name: string;
  head: Head;
  columns: Column[];
  rows: TRow[];
  notes: string[];
  /** 栏次 row under the header: labelled ('栏次' in the first text column, numbers 1…n) or numbers only. */
  colNumbers?: 'labelled' | 'bare';
  /** Logical columns that print '栏次' (default: the first text column). */
  colLabelAt?: number[];

  /** Printed in 元 (the layout decides). */
  yuan?: boolean;
  /** Raw cells instead of columns/rows (the 绩效目标 forms): written as given, relative to the table's first row. */
  raw?: RawCell[];
  rawMerges?: [number, number, number, number][];
}

export interface RawCell {
  row: number;
  col: number;
  value: Value;
  role?: string;
  /** A money cell's column label (for the cell index). */
  label?: string;
}

/** A money cell written: where, what, and the printed figure. */
export interface MoneyCell {
  sheet: string;
  cell: string;
  table: string;
  role: string;
  column: string;
  /** Printed value as a decimal string (万元 with 2 decimals, or 元). */
  printed: string;
  yuan: boolean;
}

export class SheetWriter {
  readonly sheet: Sheet;
  constructor(
    name: string,
    index: number,
    private readonly layout: Layout,
    private readonly money: MoneyCell[],
  ) {
    this.sheet = createSheet(name, index);
  }

  text(row: number, col: number, text: string): void {
    putCell(this.sheet, makeCell({ row, col, value: text }));
  }

  number(row: number, col: number, value: number, fmt = '0'): void {
    putCell(this.sheet, makeCell({ row, col, value, numFmt: fmt }));
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom === top && right === left) return;
    const range = { top, left, bottom, right };
    addMerge(this.sheet, formatRange(range), range);
  }

  /** A money figure (元 → printed), recorded in the cell index. */
  amount(row: number, col: number, yuan: Decimal, meta: { table: string; role: string; column: string; yuanTable: boolean }): void {
    const v = meta.yuanTable ? yuan.toDecimalPlaces(2, Decimal.ROUND_HALF_UP) : yuan.dividedBy(10000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    if (v.isZero() && this.layout.blankZero) return;
    const fmt = this.layout.thousands || meta.yuanTable ? '#,##0.00' : '0.00';
    if (this.layout.textNumbers) {
      const s = formatFixed(v, 2, this.layout.thousands);
      putCell(this.sheet, makeCell({ row, col, value: s }));
    } else {
      putCell(this.sheet, makeCell({ row, col, value: v.toNumber(), numFmt: fmt }));
    }
    this.money.push({ sheet: this.sheet.name, cell: toA1(row, col), table: meta.table, role: meta.role, column: meta.column, printed: v.toFixed(2), yuan: meta.yuanTable });
  }

  /** Write a table from `top`; returns the first row after it. */
  table(t: Table, top: number, tableIndex: number): number {
    const width = this.physicalColumns(t).length || maxRawCol(t);
    let r = this.titleBlock(t, top, width);
    if (t.raw) return this.rawTable(t, r);
    const cols = this.physicalColumns(t);
    r = this.header(t, cols, r, tableIndex);
    for (const row of t.rows) {
      this.row(t, cols, row, r);
      r++;
    }
    for (const note of t.notes) {
      this.text(r, 1, note);
      if (this.layout.merges) this.merge(r, 1, r, width);
      r++;
    }
    return r;
  }

  private rawTable(t: Table, first: number): number {
    let last = first;
    for (const c of t.raw ?? []) {
      const row = first + c.row - 1;
      last = Math.max(last, row);
      if (c.value === null) continue;
      if (c.value instanceof Decimal) this.amount(row, c.col, c.value, { table: t.id, role: c.role ?? 'form', column: c.label ?? '', yuanTable: !!t.yuan });
      else if (typeof c.value === 'string') this.text(row, c.col, c.value);
      else this.number(row, c.col, c.value.count);
    }
    if (this.layout.merges) for (const [a, b, c, d] of t.rawMerges ?? []) this.merge(first + a - 1, b, first + c - 1, d);
    for (const note of t.notes) this.text(++last, 1, note);
    return last + 1;
  }

  private titleBlock(t: Table, top: number, width: number): number {
    const unit = t.yuan ? '单位：元' : '单位：万元';
    const h = t.head;
    const mergeTitle = (r: number) => this.layout.merges && width > 1 && this.merge(r, 1, r, width);
    switch (h.style) {
      case 'wuhan':
        this.text(top, 1, h.marker);
        this.text(top + 1, 1, h.title);
        mergeTitle(top + 1);
        this.text(top + 2, 1, h.unitLine);
        if (this.layout.merges && width > 3) this.merge(top + 2, 1, top + 2, 2);
        this.text(top + 2, width, unit);
        return top + 3;
      case 'jiangsu':
        this.text(top, 1, h.title);
        mergeTitle(top);
        this.text(top + 1, 1, h.marker);
        this.text(top + 2, 1, '部门：');
        this.text(top + 2, 2, h.dept);
        this.text(top + 2, Math.max(3, width), unit);
        return top + 3;
      case 'final-wuhan':
        this.text(top, 1, h.title);
        mergeTitle(top);
        this.text(top + 1, width, h.marker);
        this.text(top + 2, 1, h.unit);
        this.text(top + 2, Math.max(2, Math.ceil(width / 2)), h.year);
        this.text(top + 2, width, unit);
        return top + 3;
      case 'final-shanghai':
        this.text(top, 1, h.title);
        mergeTitle(top);
        this.text(top + 1, width, unit);
        return top + 2;
      case 'form':
        this.text(top, 1, h.marker);
        this.text(top + 1, 1, h.title);
        mergeTitle(top + 1);
        this.text(top + 2, 1, h.dateLine);
        this.text(top + 2, width, unit);
        return top + 3;
    }
  }

  /** Physical columns: a code column becomes 1, 2 or 3 columns. */
  physicalColumns(t: Table): PhysicalColumn[] {
    const out: PhysicalColumn[] = [];
    t.columns.forEach((c, i) => {
      if ((c.kind === 'code' || c.kind === 'ecode') && this.layout.codes !== 'one') {
        const parts = c.kind === 'code' ? ['类', '款', '项'] : ['类', '款'];
        parts.forEach((p, k) => out.push({ logical: i, part: k, parts: parts.length, head: [...c.head, p], kind: c.kind }));
      } else out.push({ logical: i, part: 0, parts: 1, head: c.head, kind: c.kind });
    });
    return out;
  }

  private header(t: Table, cols: PhysicalColumn[], top: number, tableIndex: number): number {
    const depth = Math.max(...cols.map((c) => c.head.length));
    const repeat = tableIndex % 2 === 0;
    // vertical spans: a path shorter than the depth spans down to the last header row
    cols.forEach((c, i) => {
      const col = i + 1;
      for (let level = 0; level < c.head.length; level++) {
        const text = c.head[level];
        const first = i === 0 || !samePrefix(cols[i - 1].head, c.head, level);
        const last = level === c.head.length - 1;
        const bottom = last ? top + depth - 1 : top + level;
        if (first) {
          let end = i;
          while (end + 1 < cols.length && samePrefix(cols[end + 1].head, c.head, level)) end++;
          this.text(top + level, col, text);
          if (this.layout.merges) this.merge(top + level, col, bottom, end + 1);
          else if (repeat) for (let k = i + 1; k <= end; k++) this.text(top + level, k + 1, text);
        }
      }
    });
    let r = top + depth;
    if (t.colNumbers) {
      const firstText = cols.findIndex((c) => c.kind === 'text');
      const labels = t.colLabelAt ?? (firstText >= 0 ? [cols[firstText].logical] : []);
      let n = 1;
      cols.forEach((c, i) => {
        if (c.kind === 'money') this.number(r, i + 1, n++);
        else if (t.colNumbers === 'labelled' && c.part === 0 && labels.includes(c.logical)) this.text(r, i + 1, '栏次');
      });
      r++;
    }
    return r;
  }

  private row(t: Table, cols: PhysicalColumn[], row: TRow, r: number): void {
    cols.forEach((c, i) => {
      const v = row.values[c.logical];
      const col = i + 1;
      if (v === null || v === undefined) return;
      if (c.kind === 'code' || c.kind === 'ecode') {
        if (typeof v !== 'string') return;
        const text = codePart(v, c, this.layout.codes);
        if (text) this.text(r, col, text);
        if (this.layout.codes === 'merged' && c.part === 0 && this.layout.merges) this.merge(r, col, r, col + c.parts - 1);
        return;
      }
      if (v instanceof Decimal) {
        this.amount(r, col, v, { table: t.id, role: row.role ?? 'row', column: t.columns[c.logical].head.join('.'), yuanTable: !!t.yuan });
        return;
      }
      if (typeof v === 'string') this.text(r, col, v);
      else this.number(r, col, v.count);
    });
  }
}

interface PhysicalColumn {
  logical: number;
  part: number;
  parts: number;
  head: string[];
  kind: Column['kind'];
}

function samePrefix(a: string[], b: string[], level: number): boolean {
  // a column's own (last) header segment never merges with a neighbour's
  if (level >= a.length - 1 || level >= b.length - 1) return false;
  for (let k = 0; k <= level; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The text of a code in one of its physical columns. */
function codePart(code: string, c: PhysicalColumn, style: Layout['codes']): string {
  if (c.parts === 1) return code;
  if (style === 'merged') return c.part === 0 ? code : '';
  const segs = c.kind === 'code' ? [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)] : [code.slice(0, 3), code.slice(3, 5)];
  const level = code.length <= 3 ? 0 : code.length <= 5 ? 1 : 2;
  if (style === 'split-own') return c.part === level ? segs[level] : '';
  return c.part <= level ? segs[c.part] : '';
}

function maxRawCol(t: Table): number {
  return Math.max(1, ...(t.raw ?? []).map((c) => c.col), ...(t.rawMerges ?? []).map((m) => m[3]));
}

/** "1,234.56" / "1234.56". */
export function formatFixed(v: Decimal, decimals: number, thousands: boolean): string {
  const s = v.toFixed(decimals);
  if (!thousands) return s;
  const [int, frac] = s.split('.');
  const neg = int.startsWith('-');
  const digits = neg ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}
