/**
 * The row reader as it was before the allocation pass of issue 19 (a split code read through two
 * arrays, a list of panel rows per row, an amount copied and then scaled to 万元): the oracle of
 * src/core/recognize/rows.ts' readRows. Kept verbatim but for its imports and its name; amounts are
 * parsed by parseCellAmount itself (what the memo of recognize/amounts.ts stands for).
 */
import { toA1 } from '../../src/core/address';
import { parseAmountText, parseCellAmount as cellAmount, toWanYuan, type Amount } from '../../src/core/amount';
import type { Cell, Sheet } from '../../src/core/workbook';
import { mergeAt } from '../../src/core/recognize/merges';
import type { Block, ColumnInfo, RowType, TableKind, TableRow, ValueCell } from '../../src/core/recognize/types';
import { DESCRIPTIVE_KEYS, LABEL_KEYS, QUANTITY_KEYS } from '../../src/core/recognize/columns';
import { isTotalLabel, memoText } from '../../src/core/recognize/text';

const PROJECT_CODE = /^\d{2,}[A-Z]\d{6,}$/;

function text(cell: Cell | null | undefined): string {
  return cell && cell.type === 'string' ? cell.text : cell && cell.type === 'number' ? cell.text : '';
}

function amountOf(cell: Cell | null | undefined, moneyUnit: '万元' | '元' | null, quantity: boolean): Amount {
  const a = cellAmount(cell);
  return a.kind === 'number' && moneyUnit === '元' && !a.percent && !quantity ? toWanYuan(a, '元') : a;
}

/**
 * Code from split 类/款/项 cells ("208","05","05") or a full code printed in the 类 cell. A row
 * that prints only its own segment ("05" under 款, the 类 "208" on a row above) continues the
 * code of the rows above it (`above`: the last full code read in these columns).
 */
function joinSplitCode(parts: string[], above: string | null): string {
  const [a, b, c] = parts.map((p) => (p ?? '').trim());
  if (!a && /^\d{2}$/.test(b) && above && above.length >= 3 && /^\d+$/.test(above)) return `${above.slice(0, 3)}${b}${/^\d{2}$/.test(c) ? c : ''}`;
  if (!a && !b && /^\d{2}$/.test(c) && above && above.length >= 5 && /^\d+$/.test(above)) return `${above.slice(0, 5)}${c}`;
  if (a && a.length >= 5) return a;
  // a full code centred across the three columns repeats in each: "208" "208" "208"
  if (a && [b, c].every((x) => !x || x === a) && (b === a || c === a)) return a;
  return `${a ?? ''}${b ?? ''}${c ?? ''}`;
}

/** Which column a row's code was read from: it decides between 科目 and 单位 codes. */
type CodeSource = 'subject' | 'unit' | 'project' | 'name' | null;

const DETAIL_KINDS: TableKind[] = ['procurement', 'purchase-services', 'asset-allocation'];

const functionCode = (c: string) => /^2\d{2}(\d{2}){0,2}$/.test(c);
/** Tables whose codes may be 部门/单位 codes. */
const UNIT_TABLES = new Set<TableKind>(['income-summary', 'general-budget-by-unit', 'project-expenditure', ...DETAIL_KINDS]);

interface RowClass {
  type: RowType;
  level: number | null;
  parent: string | null;
}
/** The classes without a level or parent, shared (a class is read, never changed: readOne copies it). */
const TOTAL: RowClass = Object.freeze({ type: 'total', level: null, parent: null });
const LABEL: RowClass = Object.freeze({ type: 'label', level: null, parent: null });
const PROJECT: RowClass = Object.freeze({ type: 'project', level: null, parent: null });
const CATEGORY: RowClass = Object.freeze({ type: 'category', level: null, parent: null });

/** What classify asks of a code's own text, remembered per distinct code (the same codes recur in every table; exported for its test). */
interface CodeShape {
  project: boolean;
  digits: boolean;
  fn: boolean;
  startsWith3: boolean;
  economic: boolean;
  truncated: boolean;
  two: boolean;
}

const codeShape = memoText(
  (code: string): CodeShape => ({
    project: PROJECT_CODE.test(code),
    digits: /^\d+$/.test(code),
    fn: functionCode(code),
    startsWith3: /^3/.test(code),
    economic: /^3\d{2}(\d{2})?$/.test(code),
    truncated: /^2\d{5}$/.test(code),
    two: /^\d{2}$/.test(code),
  }),
);

function classify(code: string | null, name: string, kind: TableKind, source: CodeSource): RowClass {
  if (isTotalLabel(name) || (code && isTotalLabel(code))) return TOTAL;
  if (!code) return LABEL;
  const shape = codeShape(code);
  if (shape.project) return PROJECT;
  if (!shape.digits) return LABEL;
  // a 单位代码 column, or a 项目编码 column holding the 部门/单位 subtotal rows; S001 prints
  // 7-digit 项 codes in its 单位代码 column, and unit codes in its 科目编码 column
  const unitTable = UNIT_TABLES.has(kind);
  const unitCode =
    !(code.length === 7 && shape.fn) &&
    (source === 'unit' || source === 'project' || (source === 'name' && unitTable && kind !== 'project-expenditure') || (source === 'subject' && unitTable && !shape.fn && !shape.startsWith3));
  if (unitCode) {
    if (shape.two) return CATEGORY; // "31 本级支出项目", "04 社保街道科"
    if (code.length <= 3) return { type: 'unit', level: 1, parent: null };
    return { type: 'unit', level: 2, parent: code.slice(0, code.length - 3) };
  }
  if (shape.economic || kind === 'basic-expenditure') {
    return { type: 'economic', level: code.length === 3 ? 1 : 2, parent: code.length === 5 ? code.slice(0, 3) : null };
  }
  if (shape.fn) {
    const level = (code.length - 1) / 2;
    return { type: 'function', level, parent: level > 1 ? code.slice(0, code.length - 2) : null };
  }
  if (shape.truncated) return { type: 'function', level: null, parent: code.slice(0, 5) }; // truncated 项 code, as printed
  if (shape.two) return CATEGORY;
  return LABEL;
}

/**
 * A label that stands to the left of a panel (the footer of side-by-side panels:
 * "公用经费合计" merged, or written once, across the columns before the amount).
 */
function labelFromLeft(sheet: Sheet, r: number, col: number): string {
  const m = mergeAt(sheet, r, col);
  const master = m ? sheet.rows[m.top - 1]?.[m.left - 1] : undefined;
  if (master && master.type === 'string') return master.text.trim();
  const row = sheet.rows[r - 1] ?? [];
  for (let c = col - 1; c >= 1; c--) {
    const cell = row[c - 1];
    if (!cell) continue;
    const t = cell.type === 'string' ? cell.text.trim() : '';
    return parseAmountText(t).kind === 'text' ? t : '';
  }
  return '';
}

interface Side {
  side?: 'income' | 'expense';
  columns: ColumnInfo[];
}

function splitSides(columns: ColumnInfo[]): Side[] {
  if (!columns.some((c) => c.side)) return [{ columns }];
  return (['income', 'expense'] as const).map((side) => ({ side, columns: columns.filter((c) => c.side === side) }));
}

function hasFigure(row: TableRow): boolean {
  return Object.values(row.values).some((v) => v.amount.kind !== 'empty');
}

/** Columns that name a row (code or label) and can start a panel. */
const PANEL_LABELS = new Set(['科目编码', '科目编码.类', '科目名称', '项目', '项目名称']);

/**
 * Side-by-side panels (公开06表's panels, 江苏 收支预算总表's 功能分类 | 支出用途 halves): a new
 * panel starts at a label column that follows an amount column.
 */
function splitPanels(columns: ColumnInfo[]): ColumnInfo[][] {
  const isLabel = (c: ColumnInfo) => !!c.key && PANEL_LABELS.has(c.key);
  const isValue = (c: ColumnInfo) => !!c.key && !LABEL_KEYS.has(c.key) && !DESCRIPTIVE_KEYS.has(c.key);
  const starts = [0];
  for (let i = 1; i < columns.length; i++) if (isLabel(columns[i]) && isValue(columns[i - 1]) && columns.slice(0, i).some(isLabel)) starts.push(i);
  if (starts.length < 2) return [columns];
  return starts.map((s, n) => columns.slice(s, starts[n + 1] ?? columns.length));
}

/**
 * A row label merged across into a later panel (江苏 "当年支出小计" over C:E with its amount in F)
 * belongs to the panel where the merge ends: the earlier panel skips the row.
 */
function labelRunsPast(sheet: Sheet, r: number, panel: ColumnInfo[]): boolean {
  const last = panel[panel.length - 1].col;
  for (const c of panel) {
    const m = mergeAt(sheet, r, c.col);
    if (m && m.left === c.col && m.right > last && sheet.rows[r - 1]?.[m.left - 1]?.type === 'string') return true;
  }
  return false;
}

/** A row read from one panel; `borrowed`: its label stands to the left of the panel. */
interface PanelRow {
  row: TableRow;
  borrowed: boolean;
}

/** A value column of a panel: its key, and whether it holds counts (never scaled to 万元). */
interface ValueColumn {
  col: number;
  key: string;
  quantity: boolean;
}

/**
 * What a panel's columns mean, worked out once for the panel (the same for every row): which
 * columns hold the code, the name, the 行次 and the values.
 */
interface PanelPlan {
  columns: ColumnInfo[];
  /** 科目编码.类 / .款 / .项 columns; `split` when the 类 column exists. */
  split: (ColumnInfo | undefined)[] | null;
  /** 科目编码, 项目编码, 单位代码 columns (first of each key), when there is no split code. */
  codeColumns: [ColumnInfo | undefined, CodeSource][];
  nameCol: ColumnInfo | undefined;
  lineCol: ColumnInfo | undefined;
  values: ValueColumn[];
  /** 采购品目 / 资产名称 / 政府购买服务内容 columns: a detail line names its item in one of them. */
  items: ColumnInfo[];
}

const ITEM_KEYS = new Set(['采购品目', '资产名称', '政府购买服务内容']);

/**
 * The plan of a panel, as it was before its one pass (issue 19, ninth pass): a find per key, filters
 * for the values and items. Also the oracle of test/recognize/panel-plan.test.ts. Do not optimise.
 */
export function panelPlan(columns: ColumnInfo[]): PanelPlan {
  const byKey = (k: string) => columns.find((c) => c.key === k);
  const split = ['科目编码.类', '科目编码.款', '科目编码.项'].map(byKey);
  return {
    columns,
    split: split[0] ? split : null,
    codeColumns: [
      [byKey('科目编码'), 'subject'],
      [byKey('项目编码'), 'project'],
      [byKey('单位代码'), 'unit'],
    ],
    nameCol: byKey('科目名称') ?? byKey('项目') ?? byKey('项目名称') ?? byKey('单位名称'),
    lineCol: byKey('行次'),
    values: columns.filter((c) => !!c.key && !LABEL_KEYS.has(c.key) && !DESCRIPTIVE_KEYS.has(c.key)).map((c) => ({ col: c.col, key: c.key as string, quantity: QUANTITY_KEYS.has(c.key as string) })),
    items: columns.filter((c) => ITEM_KEYS.has(c.key ?? '')),
  };
}

const NAMED_CODE = /^(\d{3}(?:\d{2}){0,2}|\d{2,}[A-Z]\d{6,})\s+(.+)$/;

function readOne(sheet: Sheet, r: number, firstBodyRow: number, plan: PanelPlan, kind: TableKind, moneyUnit: '万元' | '元' | null, side: 'income' | 'expense' | undefined, above: { code: string | null }): PanelRow | null {
  const row = sheet.rows[r - 1] ?? [];
  const { columns } = plan;
  let code: string | null = null;
  let source: CodeSource = null;
  if (plan.split) {
    const split = plan.split;
    code = joinSplitCode(
      [split[0] ? text(row[split[0].col - 1]) : '', split[1] ? text(row[split[1].col - 1]) : '', split[2] ? text(row[split[2].col - 1]) : ''],
      above.code,
    );
    if (/^\d{3,}$/.test(code)) above.code = code;
    source = 'subject';
  } else {
    // a table with both (S001 项目支出表: 科目编码 and 单位代码) names the row by whichever is filled
    for (const [col, src] of plan.codeColumns) {
      if (!col) continue;
      const t = text(row[col.col - 1]).trim();
      if (t || code === null) {
        code = t;
        source = src;
        if (t) break;
      }
    }
  }
  const nameCol = plan.nameCol;
  let name = nameCol ? text(row[nameCol.col - 1]).trim() : '';
  if (!nameCol && !code) {
    // no label columns: a text in the first column is the label (text in a value column is a bad value, not a name)
    const first = row[columns[0].col - 1];
    name = first && first.type === 'string' && parseAmountText(first.text).kind === 'text' ? first.text.trim() : '';
  }
  // (NAMED_CODE starts with a digit: a name that does not is not tried)
  if (!code && name && name.charCodeAt(0) >= 48 && name.charCodeAt(0) <= 57) {
    const m = NAMED_CODE.exec(name);
    if (m) {
      code = m[1];
      name = m[2].trim();
      source = 'name';
    }
  }
  // a label written in the code column ("人员经费合计" footer of 公开06表) is a name
  if (code && !(code.charCodeAt(0) >= 48 && code.charCodeAt(0) <= 57)) {
    if (!name) name = code;
    code = null;
  }
  const values: Record<string, ValueCell> = {};
  let anyValue = false;
  for (const c of plan.values) {
    const cell = row[c.col - 1];
    let amount = amountOf(cell, moneyUnit, c.quantity);
    // a row label repeated across the value cells (text centred across a footer) is no value
    if (amount.kind === 'text' && name && amount.text.trim() === name) amount = { kind: 'empty', text: amount.text };
    if (amount.kind !== 'empty') anyValue = true;
    // the cell's own address string (not a copy per value: a report keeps one per figure)
    values[c.key] = { cell: cell?.address ?? toA1(r, c.col), amount };
  }
  let borrowed = false;
  if (!code && !name) {
    // a label merged in from the left (a panel's first column covered by "结转下年资金" over C:E)
    const m = mergeAt(sheet, r, columns[0].col);
    const master = m && m.left < columns[0].col ? sheet.rows[m.top - 1]?.[m.left - 1] : undefined;
    if (master && master.type === 'string' && master.text.trim()) name = master.text.trim();
    else if (anyValue) name = labelFromLeft(sheet, r, columns[0].col);
    borrowed = !!name;
  }
  if (!code && !name && !anyValue) return null;
  const line = plan.lineCol ? row[plan.lineCol.col - 1] : undefined;
  let cls = classify(code && code !== '' ? code : null, name, kind, source);
  // a line of a detail table repeats its unit's code and names its item
  if (cls.type === 'unit' && DETAIL_KINDS.includes(kind) && plan.items.some((c) => text(row[c.col - 1]).trim())) {
    cls = { ...cls, type: 'detail' };
  }
  // the first line of a table with values and no label is its 合计 (S003 表10, S001 项目支出表)
  if (cls.type === 'label' && !code && !name && anyValue && r === firstBodyRow) cls = TOTAL;
  const rowCode = code && code !== '' && !isTotalLabel(code) ? code : null;
  const lineNo = line && line.type === 'number' ? (line.value as number) : null;
  // the same fields in the same order as always (side only on a two-sided table)
  const out: TableRow = side
    ? { row: r, type: cls.type, side, code: rowCode, name, level: cls.level, parent: cls.parent, lineNo, values }
    : { row: r, type: cls.type, code: rowCode, name, level: cls.level, parent: cls.parent, lineNo, values };
  return { borrowed, row: out };
}

export function plainReadRows(sheet: Sheet, block: Block, kind: TableKind, columns: ColumnInfo[], moneyUnit: '万元' | '元' | null): TableRow[] {
  if (!block.body || columns.length === 0) return [];
  const out: TableRow[] = [];
  const skip = new Set(block.skip ?? []);
  // computed once: the panels are the same for every row (and a side may have no column at all)
  const sides = splitSides(columns).map((s) => ({ side: s.side, panels: splitPanels(s.columns).filter((p) => p.length > 0).map(panelPlan) }));
  // per panel: the last full code of its split 类/款/项 columns (rows may print only their own segment)
  const above = new Map<number, { code: string | null }>();
  for (let r = block.body[0]; r <= block.body[1]; r++) {
    if (skip.has(r)) continue;
    // an empty row gives no table row: skip it without reading its columns (work bounded by the cells that exist)
    if (!sheet.rows[r - 1]?.some((c) => c)) continue;
    for (const { side, panels } of sides) {
      const read: PanelRow[] = [];
      for (const plan of panels) {
        const first = plan.columns[0].col;
        if (panels.length > 1 && labelRunsPast(sheet, r, plan.columns)) continue;
        let last = above.get(first);
        if (!last) above.set(first, (last = { code: null }));
        const one = readOne(sheet, r, block.body[0], plan, kind, moneyUnit, side, last);
        if (!one) continue;
        // a label written once over two panels ("公用经费合计" with its figure in the next panel): one row
        const prev = read[read.length - 1];
        if (prev && prev.row.name === one.row.name && !prev.row.code && !hasFigure(prev.row) && hasFigure(one.row)) read.pop();
        read.push(one);
      }
      for (const x of read) out.push(x.row);
    }
  }
  return out;
}
