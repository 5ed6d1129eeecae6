/** The recognised model of a workbook: which table each block of cells is, and what its rows and columns mean. */
import type { RangeRef } from '../address';
import type { Amount } from '../amount';

/** Table kinds: the ids of the CLI contract (same ids for 预算 and 决算 tables). */
export const TABLE_KINDS = [
  'income-expense-summary',
  'income-summary',
  'expenditure-summary',
  'fiscal-summary',
  'general-budget-expenditure',
  'general-budget-by-unit',
  'basic-expenditure',
  'three-public',
  'gov-fund',
  'state-capital',
  'project-expenditure',
  'procurement',
  'purchase-services',
  'asset-allocation',
  'dept-performance',
  'project-performance',
  'narrative',
] as const;

export type TableKind = (typeof TABLE_KINDS)[number];

export const KIND_NAMES: Record<TableKind, string> = {
  'income-expense-summary': '收支总表',
  'income-summary': '收入总表',
  'expenditure-summary': '支出总表',
  'fiscal-summary': '财政拨款收支总表',
  'general-budget-expenditure': '一般公共预算支出表',
  'general-budget-by-unit': '一般公共预算支出表（分单位）',
  'basic-expenditure': '一般公共预算基本支出表',
  'three-public': '“三公”经费支出表',
  'gov-fund': '政府性基金预算支出表',
  'state-capital': '国有资本经营预算支出表',
  'project-expenditure': '项目支出表',
  procurement: '政府采购预算表',
  'purchase-services': '政府购买服务预算表',
  'asset-allocation': '资产配置预算表',
  'dept-performance': '部门整体支出绩效目标表',
  'project-performance': '项目支出绩效目标表',
  narrative: '情况说明',
};

export interface CellText {
  cell: string;
  text: string;
}

/** A block of cells on one sheet that forms one table (or the narrative). */
export interface Block {
  sheet: string;
  range: RangeRef;
  title: CellText | null;
  /** 部门/单位：… and 单位：万元 lines. */
  unitLines: CellText[];
  /** Rows of the (possibly multi-row, merged) header, 1-based inclusive; null when none. */
  header: [number, number] | null;
  /** Rows holding data, 1-based inclusive; null when the table is empty. */
  body: [number, number] | null;
  notes: CellText[];
}

export type ColumnKey = string;

export interface ColumnInfo {
  col: number;
  /** Header path from the top header row down, e.g. ['基本支出', '人员经费']. */
  path: string[];
  /** Semantic key, e.g. 'basic.personnel'; null when the header is not understood. */
  key: ColumnKey | null;
  /** Which side of a two-sided summary table (收入 | 支出), when relevant. */
  side?: 'income' | 'expense';
}

/** `detail`: a line of a 采购/购买服务/资产配置 table (it repeats its unit's code). */
export type RowType = 'total' | 'function' | 'economic' | 'unit' | 'project' | 'category' | 'detail' | 'label';

export interface ValueCell {
  cell: string;
  amount: Amount;
}

export interface TableRow {
  row: number;
  type: RowType;
  side?: 'income' | 'expense';
  code: string | null;
  name: string;
  /** 1 = 类 / 部门, 2 = 款 / 单位, 3 = 项. */
  level: number | null;
  parent: string | null;
  /** 行次 printed in the row (决算 summary tables). */
  lineNo: number | null;
  /** Values by column key (amounts normalised to 万元). */
  values: Record<ColumnKey, ValueCell>;
}

export interface Recognised {
  kind: TableKind;
  block: Block;
  confidence: number;
  evidence: string[];
  /** The kind implied by the title or sheet name when it disagrees with the content. */
  titleDisagreement: { titleKind: TableKind; source: 'title' | 'sheet'; text: string } | null;
  moneyUnit: '万元' | '元' | null;
  columns: ColumnInfo[];
  rows: TableRow[];
}

export interface Unrecognised {
  block: Block;
  reason: string;
}
