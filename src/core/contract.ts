/**
 * The report's contract: the types of what every host shows and what the CLI prints as JSON
 * (docs/cli-output.schema.json — fields are added, never removed or renamed), and the tool's name.
 * At the bottom of the core's layers (it imports only base types): every module takes them from here
 * without importing the engine. report-base.ts adds the helpers that need no engine and report.ts the
 * engine; both re-export this.
 */
import type { DocumentKind, MoneyUnitName } from './facts';

export const TOOL_NAME = 'budget-check';
export const TOOL_VERSION = '0.1.0';

export type Severity = 'error' | 'warning' | 'info';
export type Category = 'intra' | 'cross' | 'narrative' | 'rounding' | 'compliance';

export interface Location {
  /** Sheet and cell (A1); both '' for a narrative outside the workbook (then file and paragraph say where). */
  sheet: string;
  cell: string;
  /** Extension: a narrative given as a file (.txt/.docx) or pasted text: its name and 1-based paragraph. */
  file?: string;
  paragraph?: number;
  /** Extension: character offsets [start, end) of the quoted fragment in the cell or paragraph text. */
  start?: number;
  end?: number;
}

export interface Finding extends FindingExtras {
  rule: string;
  severity: Severity;
  category: Category;
  message: string;
  locations: Location[];
  expected: string | null;
  actual: string | null;
  /**
   * Extension: whether the evidence decides which side is wrong, so that `expected` is the right
   * value (应为). False: `expected` and `actual` are only the two sides of a relation that does not
   * hold (合计 and 分项之和, two tables), and neither is known to be right.
   */
  expectedCertain?: boolean;
  /** Extension: the unit of `difference`: 万元, or 个百分点 when both sides are percentages. */
  differenceUnit?: '万元' | '个百分点' | null;
  /** Extension: set on a finding that stands for one defect with consequences (review/roots.ts). */
  rootCause?: RootCause;
  /** Extension: the findings that follow from this one (each complete, with its locations). */
  consequences?: Finding[];
}

/** Why findings were grouped under one root (what the one defect is). */
export interface RootCause {
  kind: RootCauseKind;
  /** The defect in plain Chinese, e.g. "情况说明 5 处把 2025 年写成 2024 年". */
  summary: string;
}

export type RootCauseKind = 'cell' | 'year' | 'narrative-amount' | 'repeated-text' | 'same-defect' | 'same-place' | 'rounding-table';

export interface TableReport {
  kind: string;
  title: string;
  sheet: string;
  range: string;
  /** Extension: how sure the classifier is (0–1), and what it relied on. */
  confidence?: number;
  evidence?: string[];
  /** Extension: header texts of columns that were not understood. */
  unmappedColumns?: string[];
  /** Extension: the title or sheet name announces another table (e.g. 表9 项目支出表 holding 国有资本经营预算支出表). */
  titleDisagreement?: string | null;
}

/** Extension: a block of cells that is not a standard table, said out loud. */
export interface UnrecognisedReport {
  sheet: string;
  range: string;
  title: string | null;
  reason: string;
  /** Extension: a column of a recognised table whose figures have no known meaning (letter, header, the table's kind). */
  column?: { letter: string; header: string; tableKind: string };
}

export interface SheetReport {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  /** Used range ("A1:H30"), null for an empty sheet. */
  range: string | null;
}

export interface DocumentReport {
  kind: DocumentKind | null;
  year: number | null;
  unit: string | null;
  moneyUnit: MoneyUnitName | null;
  /** Extension: facts set by the user (settings) instead of recognised; absent when none. */
  overridden?: ('kind' | 'year')[];
  /** Extension: the disclosure template the document was checked against, and why. */
  template?: TemplateReport | null;
}

/** Extension: a known template (src/core/model/templates.ts), detected or set by the user. */
export interface TemplateReport {
  id: string;
  name: string;
  /** What it was told from ("有财政拨款支出预算表…"), or 用户指定. */
  evidence: string;
  source: 'detected' | 'user';
}

export interface FileReport {
  path: string;
  /** Chinese message when the file could not be read; then the other fields are empty. */
  error: string | null;
  /** Extension: stable code of that error (e.g. TOO_MANY_CELLS, TIMEOUT, CORRUPT); absent when the file was read. */
  errorCode?: string;
  document: DocumentReport | null;
  sheets: SheetReport[];
  tables: TableReport[];
  unrecognised: UnrecognisedReport[];
  findings: Finding[];
  /** Extension: rules that could not run on this file (未执行), with the reason. */
  skipped?: SkippedRule[];
  narrative: NarrativeCoverage;
  /** Extension: the version of the checklist items (src/core/checklist/items.ts). */
  checklistVersion?: string;
  /** Extension: every checklist item's outcome for this file (合格/不合格/不适用/无法检查, with why). */
  checklist?: ChecklistEntry[];
  /** Extension: the completion figure (items checked out of items applicable). */
  checklistSummary?: ChecklistSummary;
}

export interface RunReport {
  tool: typeof TOOL_NAME;
  version: string;
  files: FileReport[];
}

/** Extension fields of a finding (documented in the CLI schema). */
export interface FindingExtras {
  /** The difference between the two sides, when there are two. */
  difference?: string | null;
  /** A likely cause, e.g. an omitted row. */
  diagnosis?: string | null;
  /** domain.md rule ids. */
  refs?: string[];
  /** Stable id of the finding (rule + cells), for accepted exceptions. */
  fingerprint?: string;
}

export interface SkippedRule {
  rule: string;
  reason: string;
}

/** Why a number is not a budget amount to tie (counted as classified, not ignored). */
export type ClaimClass =
  | 'year' // 2025 年, 截至 2024 年 12 月 31 日
  | 'date'
  | 'headcount' // 人, 人次
  | 'count' // 个, 辆, 项, 批次, 台（套）…
  | 'indicator' // 绩效指标值, 参保人数, business statistics outside the budget
  | 'reference' // 文号, 电话, 地址, 编号
  | 'numbering' // list numbers
  | 'reason'; // amounts inside a stated reason (上年数, 变化说明): no table holds them

export interface UntiedClaim {
  location: Location;
  /** The number as printed, with its unit: "22.73 万元", "4%". */
  text: string;
  /** The sentence fragment around it. */
  context: string;
}

export interface NarrativeCoverage {
  /** Every numeric claim in the narrative (amounts, percentages, years, counts …). */
  numbers: number;
  /** Claims compared with a table cell (or recomputed from table cells). */
  tied: number;
  /** Extension: claims checked against other figures of the text only (e.g. a rate from its stated change). */
  checked?: number;
  /** Extension: claims that are not budget amounts, by class (years, headcounts, counts, 指标值 …). */
  classified?: Partial<Record<ClaimClass, number>>;
  /** Extension: amounts and percentages that could not be checked (未能核对). */
  untied?: UntiedClaim[];
  /** Extension: where the narrative came from: 'workbook', a file name, or 粘贴的文字; null when there is none. */
  source?: string | null;
}

/** The 检查表's sections, in the order a reviewer works through them. */
export type ItemGroup = '完整性' | '细化程度' | '真实性与一致性' | '说明质量' | '规范性';

/** 合格 / 不合格 / 不适用 / 无法检查. */
export type Outcome = 'pass' | 'fail' | 'not-applicable' | 'cannot-check';

/** One item's outcome for one document (the CLI JSON's `checklist[]`). */
export interface ChecklistEntry {
  id: string;
  title: string;
  /** Extension: the item's section of the 检查表. */
  group: ItemGroup;
  outcome: Outcome;
  /** Why, in Chinese: the problems (不合格), the input it needed (无法检查), why it does not apply, or notes. */
  reason: string | null;
  /** Fingerprints of the findings of the item's rules (all severities, consequences included). */
  findings: string[];
}

/** The completion figure: items checked out of items applicable. */
export interface ChecklistSummary {
  /** Items in the checklist. */
  items: number;
  /** Items that apply to the document (all but 不适用). */
  applicable: number;
  /** Items that could be checked (合格 + 不合格). */
  checked: number;
  passed: number;
  failed: number;
  /** 无法检查. */
  unchecked: number;
  notApplicable: number;
}
