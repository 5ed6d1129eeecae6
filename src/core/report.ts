/**
 * The report of one file: what every host shows and what the CLI prints as JSON.
 * The shape is the public CLI contract (docs/cli-output.schema.json): later work adds
 * fields and fills `tables`, `findings` and `narrative`; nothing is removed or renamed.
 */
import { columnLetter, formatRange } from './address';
import { documentFacts, type DocumentKind, type MoneyUnitName } from './facts';
import { KIND_NAMES, recognise, type Recognised, type Recognition, type TableKind } from './recognize';
import { usedRange, type Workbook } from './workbook';
import { check, overrideFacts, type CheckConfig, type FindingExtras, type SkippedRule } from './check';
import { findingFingerprint } from './check/engine';
import { emptyCoverage, type NarrativeCoverage } from './narrative/coverage';
import { rootCauses } from './review/roots';
import { CHECKLIST_VERSION, evaluateChecklist, summarizeChecklist, unreadableChecklist, type ChecklistEntry, type ChecklistSummary } from './checklist';

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

function tableReport(t: Recognised): TableReport {
  const unmapped = t.columns.filter((c) => c.key === null && c.path.length > 0).map((c) => c.path.join('/'));
  const d = t.titleDisagreement;
  return {
    kind: t.kind,
    title: t.block.title?.text ?? '',
    sheet: t.block.sheet,
    range: formatRange(t.block.range),
    confidence: t.confidence,
    evidence: t.evidence,
    ...(unmapped.length ? { unmappedColumns: unmapped } : {}),
    titleDisagreement: d ? `${d.source === 'sheet' ? '工作表名' : '标题'}“${d.text}”像${KIND_NAMES[d.titleKind as TableKind]}，内容却是${KIND_NAMES[t.kind]}` : null,
  };
}

/** Rule id of the file-level finding of a workbook in which no budget or final table was recognised. */
export const NO_TABLES_RULE = 'document/no-tables';

/**
 * A workbook without any recognised budget/final table (a non-budget file, or one whose text
 * was lost) must never look clean: one warning says so, with what the workbook holds.
 */
function noTablesFinding(wb: Workbook, recognition: Recognition): Finding | null {
  if (recognition.tables.some((t) => t.kind !== 'narrative')) return null;
  let texts = 0;
  let numbers = 0;
  for (const s of wb.sheets) {
    for (const row of s.rows) {
      for (const c of row) {
        if (!c) continue;
        if (c.type === 'string') texts++;
        else if (c.type === 'number') numbers++;
      }
    }
  }
  const what =
    texts === 0
      ? `工作簿中没有任何文字（只有 ${numbers} 个数字），可能不是公开表格，或文件已损坏（例如文字所在的共享字符串丢失）`
      : `${wb.sheets.length} 张工作表中没有一张像部门预算或决算公开表（收支总表、支出总表等）${recognition.unrecognised.length ? `，${recognition.unrecognised.length} 处表格未能识别` : ''}`;
  const message = `没有识别出预算或决算表：${what}。请确认这是部门预算或决算公开工作簿，没有对它做任何核对。`;
  return {
    rule: NO_TABLES_RULE,
    severity: 'warning',
    category: 'compliance',
    message,
    locations: [],
    expected: '预算或决算公开表',
    actual: null,
    difference: null,
    diagnosis: null,
    refs: [],
    fingerprint: findingFingerprint(NO_TABLES_RULE, [], message),
  };
}

/** Findings stay ordered by severity: a warning goes after the errors. */
function withFinding(findings: Finding[], f: Finding): Finding[] {
  const at = findings.findIndex((x) => x.severity !== 'error');
  return at < 0 ? [...findings, f] : [...findings.slice(0, at), f, ...findings.slice(at)];
}

export interface AnalyseOptions {
  /** Group findings into root causes with their consequences (review/roots.ts); default true. */
  rootCauses?: boolean;
}

/** Analyse a workbook that was read successfully. */
export function analyseWorkbook(path: string, wb: Workbook, given?: Recognition, config: CheckConfig = {}, options: AnalyseOptions = {}): FileReport {
  const recognition = given ?? recognise(wb, { mapping: config.mapping });
  const { facts, overridden } = overrideFacts(documentFacts(wb), config.document);
  const result = check(wb, recognition, config, facts);
  const narrativeSheets = recognition.tables.filter((t) => t.kind === 'narrative').map((t) => t.block.sheet);
  const findings = options.rootCauses === false ? result.findings : rootCauses(result.findings, { narrativeSheets });
  const noTables = noTablesFinding(wb, recognition);
  const template = result.template ?? null;
  const off = Object.entries(config.rules ?? {}).filter(([, v]) => v === 'off').map(([k]) => k);
  const checklist = evaluateChecklist({ findings: result.findings, skipped: result.skipped, ran: result.ran, kind: facts.kind, year: facts.year, template, off });
  return {
    path,
    error: null,
    document: {
      kind: facts.kind,
      year: facts.year,
      unit: facts.unit,
      moneyUnit: facts.moneyUnit,
      ...(overridden.length ? { overridden } : {}),
      template: template ? { id: template.profile.id, name: template.profile.name, evidence: template.evidence, source: template.source } : null,
    },
    sheets: wb.sheets.map((s) => ({ name: s.name, visibility: s.visibility, range: usedRange(s) })),
    tables: recognition.tables.map(tableReport),
    unrecognised: recognition.unrecognised.map((u) => ({
      sheet: u.block.sheet,
      range: formatRange(u.block.range),
      title: u.block.title?.text ?? null,
      reason: u.reason,
      ...(u.column ? { column: { letter: columnLetter(u.column.col), header: u.column.header, tableKind: u.column.tableKind } } : {}),
    })),
    findings: noTables ? withFinding(findings, noTables) : findings,
    skipped: result.skipped,
    narrative: result.narrative ?? emptyCoverage(),
    checklistVersion: CHECKLIST_VERSION,
    checklist,
    checklistSummary: summarizeChecklist(checklist),
  };
}

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
