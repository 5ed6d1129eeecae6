/**
 * The report's shape and the helpers that need no engine: what every host shows and what the CLI prints
 * as JSON (docs/cli-output.schema.json — fields are added, never removed or renamed). Light on purpose:
 * the pane's first script and the CLI's main thread use it without loading recognition or the rules;
 * report.ts adds analyseWorkbook and re-exports all of this.
 */
import type { DocumentKind } from './facts';
import type { DocumentReport, FileReport, Severity } from './contract';
import { emptyCoverage } from './narrative/coverage';
import { CHECKLIST_VERSION } from './checklist/items';
import { summarizeChecklist, unreadableChecklist } from './checklist/evaluate';

export * from './contract';

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
