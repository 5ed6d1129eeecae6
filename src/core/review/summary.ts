/**
 * The batch summary: one row per checked file (文件, 单位, 年度, 类型, 错误, 警告, 审核清单, 说明),
 * the same in the CLI's text output, the --report workbook and the standalone page's batch view.
 * Errors and warnings count root causes. The 审核清单 column is the checklist's outcome: 不合格
 * items out of the applicable ones, or 合格 and the items checked.
 */
import { checklistCell } from '../checklist';
import type { FileReport, Severity } from '../contract';

const KIND_ZH = { budget: '预算', final: '决算' } as const;

export interface SummaryRow {
  /** The file as named (path on the command line, file name in the page). */
  file: string;
  unit: string | null;
  year: number | null;
  kind: '预算' | '决算' | null;
  /** Root causes by severity; null when the file could not be read. */
  errors: number | null;
  warnings: number | null;
  infos: number | null;
  /** The checklist outcome (审核清单): "不合格 3/25", "合格 22/25", "未能检查"; null when the file was not read. */
  checklist: string | null;
  /** Why the file could not be read, else null. */
  note: string | null;
}

export type SummaryKey = 'file' | 'unit' | 'year' | 'kind' | 'errors' | 'warnings' | 'checklist' | 'note';

export const SUMMARY_COLUMNS: { key: SummaryKey; title: string; numeric?: boolean }[] = [
  { key: 'file', title: '文件' },
  { key: 'unit', title: '单位' },
  { key: 'year', title: '年度', numeric: true },
  { key: 'kind', title: '类型' },
  { key: 'errors', title: '错误', numeric: true },
  { key: 'warnings', title: '警告', numeric: true },
  { key: 'checklist', title: '审核清单' },
  { key: 'note', title: '说明' },
];

function count(f: FileReport, s: Severity): number {
  return f.findings.filter((x) => x.severity === s).length;
}

export function summaryRow(f: FileReport, name: string = f.path): SummaryRow {
  const d = f.document;
  const read = f.error === null;
  return {
    file: name,
    unit: d?.unit ?? null,
    year: d?.year ?? null,
    kind: d?.kind ? KIND_ZH[d.kind] : null,
    errors: read ? count(f, 'error') : null,
    warnings: read ? count(f, 'warning') : null,
    infos: read ? count(f, 'info') : null,
    checklist: read && f.checklistSummary ? checklistCell(f.checklistSummary) : null,
    note: read ? null : `无法读取：${f.error}`,
  };
}

export function summaryRows(files: FileReport[], name?: (f: FileReport) => string): SummaryRow[] {
  return files.map((f) => summaryRow(f, name ? name(f) : f.path));
}

/** A row's cell as shown: "—" for what is unknown. */
export function summaryCell(r: SummaryRow, key: SummaryKey): string {
  const v = r[key];
  if (key === 'note') return (v as string | null) ?? '';
  return v === null || v === undefined ? '—' : String(v);
}
