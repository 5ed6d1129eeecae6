/**
 * The report of one file: analyseWorkbook runs recognition, the rules, the narrative tie-out and the
 * checklist. The report's shape and the helpers that need no engine are in report-base.ts (re-exported
 * here); the shape is the public CLI contract (docs/cli-output.schema.json).
 */
import { columnLetter, formatRange } from './address';
import { documentFacts } from './facts';
import { KIND_NAMES, recognise, type Recognised, type Recognition, type TableKind } from './recognize';
import { usedRange, type Workbook } from './workbook';
import { check, overrideFacts, type CheckConfig } from './check';
import { findingFingerprint } from './check/fingerprint';
import { emptyCoverage } from './narrative/coverage';
import { rootCauses } from './review/roots';
import { CHECKLIST_VERSION, evaluateChecklist, summarizeChecklist } from './checklist';
import { NO_TABLES_RULE, type FileReport, type Finding, type TableReport } from './report-base';

export * from './report-base';

function tableReport(t: Recognised): TableReport {
  const d = t.titleDisagreement;
  const title = t.block.title?.text ?? '';
  const range = formatRange(t.block.range);
  const titleDisagreement = d ? `${d.source === 'sheet' ? '工作表名' : '标题'}“${d.text}”像${KIND_NAMES[d.titleKind as TableKind]}，内容却是${KIND_NAMES[t.kind]}` : null;
  const unmapped = unmappedColumns(t);
  // two literals, not a spread of a conditional object (each such object got a hidden class of its own); the keys in the report's order
  if (unmapped) return { kind: t.kind, title, sheet: t.block.sheet, range, confidence: t.confidence, evidence: t.evidence, unmappedColumns: unmapped, titleDisagreement };
  return { kind: t.kind, title, sheet: t.block.sheet, range, confidence: t.confidence, evidence: t.evidence, titleDisagreement };
}

/** Header texts of the columns with a header but no meaning; null when every column was understood. */
function unmappedColumns(t: Recognised): string[] | null {
  let out: string[] | null = null;
  for (const c of t.columns) if (c.key === null && c.path.length > 0) (out ??= []).push(c.path.join('/'));
  return out;
}

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
