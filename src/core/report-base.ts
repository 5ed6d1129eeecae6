/**
 * The report's shape and the helpers that need no engine: what every host shows and what the CLI prints
 * as JSON (docs/cli-output.schema.json — fields are added, never removed or renamed). Light on purpose:
 * the pane's first script and the CLI's main thread use it without loading recognition or the rules;
 * report.ts adds analyseWorkbook and re-exports all of this.
 */
import type { DocumentKind, MoneyUnitName } from './facts';
import type { FindingExtras, SkippedRule } from './check/types';
import { emptyCoverage, type NarrativeCoverage } from './narrative/coverage';
import { CHECKLIST_VERSION } from './checklist/items';
import { summarizeChecklist, unreadableChecklist } from './checklist/evaluate';
import type { ChecklistEntry, ChecklistSummary } from './checklist/types';

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

/** Rule id of the file-level finding of a workbook in which no budget or final table was recognised. */
export const NO_TABLES_RULE = 'document/no-tables';

/** The report of a file that could not be read (with the error's stable code when known). */
export function failedFile(path: string, message: string, code?: string): FileReport {
  const checklist = unreadableChecklist(message);
  return {
    path,
    error: message,
    ...(code ? { errorCode: code } : {}),
    document: null,
    sheets: [],
    tables: [],
    unrecognised: [],
    findings: [],
    narrative: emptyCoverage(),
    checklistVersion: CHECKLIST_VERSION,
    checklist,
    checklistSummary: summarizeChecklist(checklist),
  };
}

/** Root causes by severity (a root with consequences counts once). */
export function countBySeverity(files: FileReport[]): Record<Severity, number> {
  const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of files) for (const x of f.findings) n[x.severity]++;
  return n;
}

const KIND_ZH: Record<DocumentKind, string> = { budget: '预算', final: '决算' };

/** One line of document facts in Chinese: "预算 · 2023 年 · 黄陂区医疗保障服务中心 · 万元". */
export function describeDocument(d: DocumentReport | null): string {
  if (!d) return '';
  return [
    d.kind ? KIND_ZH[d.kind] : '类型未识别',
    d.year ? `${d.year} 年` : '年度未识别',
    d.unit ?? '单位未识别',
    d.moneyUnit ?? '金额单位未识别',
  ].join(' · ');
}
