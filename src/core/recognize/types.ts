/** The recognised model of a workbook: which table each block of cells is, and what its rows and columns mean. */
import type { RangeRef } from '../address';
import type { Amount } from '../amount';

/** Table kinds: the ids of the CLI contract (same ids for 预算 and 决算 tables). */
export const TABLE_KINDS = [
  'income-expense-summary',
  'income-summary',
  'expenditure-summary',
  'fiscal-summary',
  'fiscal-expenditure',
  'fiscal-basic-expenditure',
  'general-budget-expenditure',
  'general-budget-by-unit',
  'basic-expenditure',
  'three-public',
  'gov-fund',
  'state-capital',
  'operation-expenditure',
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
  'fiscal-expenditure': '财政拨款支出表（功能科目）',
  'fiscal-basic-expenditure': '财政拨款基本支出表（经济科目）',
  'general-budget-expenditure': '一般公共预算支出表',
  'general-budget-by-unit': '一般公共预算支出表（分单位）',
  'basic-expenditure': '一般公共预算基本支出表',
  'three-public': '“三公”经费支出表',
  'gov-fund': '政府性基金预算支出表',
  'state-capital': '国有资本经营预算支出表',
  'operation-expenditure': '机关运行经费支出表',
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
  /** The block is a sheet of paragraphs (the 情况说明), told by its layout. */
  narrative?: boolean;
  /** Rows inside the body that are no data: a header, title or unit line repeated on a new page. */
  skip?: number[];
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
  /** The key was given by the user (mapping), not recognised. */
  assigned?: boolean;
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
  /** Columns holding figures whose header was not understood (said out loud, never read as 0). */
  unmappedMoney?: ColumnInfo[];
  rows: TableRow[];
  /** dept-performance: the form's figures (null when the form could not be read). */
  deptForm?: DeptPerformanceForm | null;
  /** project-performance: one entry per project form in the block. */
  projectForms?: ProjectPerformanceForm[];
}

/**
 * A line of a 整体绩效目标表 (收入构成 / 支出构成). A value is null when the form has no such
 * column; a blank cell in an existing column is a ValueCell with an 'empty' amount.
 */
export interface FormLine {
  name: string;
  nameCell: string;
  current: ValueCell | null;
  /** 占比, in percentage points (30.32 for "30.32%"). */
  share: ValueCell | null;
  /** One entry per 近两年 column, in printed order. */
  prior: { label: string; year: number | null; value: ValueCell | null }[];
}

export interface DeptPerformanceForm {
  /** 收入构成 lines (财政拨款, 财政专户管理资金, 单位资金 …), without the total. */
  income: FormLine[];
  incomeTotal: FormLine | null;
  /** 支出构成 lines (基本支出/项目支出, or 人员类/运转类/特定目标类项目支出 …), without the total. */
  expense: FormLine[];
  expenseTotal: FormLine | null;
  /** The 近两年 column headers as printed ("2024年", "__年"); empty when the form has none. */
  priorYearLabels: { text: string; cell: string; year: number | null }[];
  /** 项目支出情况 list, when printed. */
  projects: { name: string; cell: string; category: string | null; total: ValueCell | null; current: ValueCell | null }[];
}

/** A 资金来源 line; 其中 lines are nested under the line they belong to. */
export interface FormSource {
  name: string;
  nameCell: string;
  value: ValueCell;
  sub: { name: string; nameCell: string; value: ValueCell }[];
}

/** A 项目支出明细测算 line. */
export interface FormDetail {
  /** 项目活动 (or 项目支出明细) text as printed; a vertically merged activity is repeated. */
  activity: string;
  /** 活动内容表述, when the form has that column. */
  content: string | null;
  /** 支出经济分类 text as printed, null when the form has no such column or it is blank. */
  economic: string | null;
  value: ValueCell;
}

export interface ProjectPerformanceForm {
  sheet: string;
  /** Rows of the form, 1-based inclusive (a block may hold several forms). */
  rows: [number, number];
  /** 项目名称 */
  name: { text: string; cell: string } | null;
  /** 项目编码 */
  code: { text: string; cell: string } | null;
  /** 项目总预算 */
  totalBudget: ValueCell | null;
  /** 项目当年预算 / 本年度预算 / 全年预算数 */
  currentBudget: ValueCell | null;
  /** 资金来源 lines, excluding 合计. */
  sources: FormSource[];
  sourceTotal: ValueCell | null;
  /** 项目支出明细测算 lines, excluding 合计. */
  details: FormDetail[];
  detailTotal: ValueCell | null;
}

export interface Unrecognised {
  block: Block;
  reason: string;
  /** A column of a recognised table whose figures could not be given a meaning (its block is the column). */
  column?: { col: number; header: string; tableKind: TableKind; tableAt: string };
}
