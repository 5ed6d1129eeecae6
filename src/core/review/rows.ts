/**
 * Findings as rows of a table: the findings sheet in Excel ("导出审核结果") and the .xlsx/.csv
 * export of the standalone page write exactly these columns.
 */
import { parseA1, parseRange, rangeContains } from '../address';
import { locationLabel } from '../narrative/source';
import type { TableKind } from '../recognize/types';
import { tableKindName } from '../model/names';
import type { Category, FileReport, Finding, Location, Severity } from '../contract';

export const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
export const CATEGORY_NAMES: Record<Category, string> = {
  intra: '表内',
  cross: '表间',
  narrative: '表文（情况说明）',
  rounding: '尾差',
  compliance: '规范性',
};

export const FINDING_COLUMNS = ['序号', '级别', '类别', '表格', '位置', '问题说明', '应为', '实为', '差额', '规则', '状态', '接受理由', '接受人', '接受时间'] as const;

/** Why a finding was accepted (出错说明), when it was. */
export interface AcceptanceInfo {
  reason: string;
  by: string;
  /** ISO date-time. */
  at: string;
}

export interface FindingRow {
  /** One string per FINDING_COLUMNS entry. */
  values: string[];
  /** The cell the 位置 column links to (first workbook location), when there is one. */
  link: { sheet: string; cell: string } | null;
  finding: Finding;
}

/** The first location that is a workbook cell. */
export function firstCell(f: Finding): Location | null {
  return f.locations.find((l) => l.sheet && l.cell) ?? null;
}

/** Which table a finding is about: the recognised table holding its first cell, else its sheet. */
export function findingTable(report: FileReport, f: Finding): string {
  const l = firstCell(f);
  if (!l) return f.category === 'narrative' ? '情况说明' : '工作簿';
  try {
    const { row, col } = parseA1(l.cell.split(':')[0]);
    const t = report.tables.find((t) => t.sheet === l.sheet && rangeContains(parseRange(t.range), row, col));
    if (t) return tableKindName(t.kind as TableKind, report.document?.kind);
  } catch {
    // not an A1 address: fall back to the sheet
  }
  return f.category === 'narrative' ? '情况说明' : l.sheet;
}

/** 应为 / 实为 as shown: 应为 only when the evidence decides it; otherwise both sides under 实为. */
export function sideValues(f: Finding): { expected: string; actual: string } {
  const certain = f.expectedCertain ?? true;
  if (certain || !f.expected) return { expected: f.expected ?? '', actual: f.actual ?? '' };
  return { expected: '', actual: f.actual ? `${f.actual}；另一边 ${f.expected}` : `另一边 ${f.expected}` };
}

/**
 * One row per root cause, numbered 1, 2, …; its consequences follow as rows "1.1", "1.2" whose
 * 状态 says which finding they follow from (a 尾差 group lists its cells in the message instead).
 */
export function findingRows(report: FileReport, findings: Finding[], accepted?: (f: Finding) => AcceptanceInfo | undefined): FindingRow[] {
  const out: FindingRow[] = [];
  findings.forEach((f, i) => {
    out.push(findingRow(report, f, String(i + 1), accepted?.(f)));
    if (f.rootCause?.kind === 'rounding-table') return;
    (f.consequences ?? []).forEach((c, j) => out.push(findingRow(report, c, `${i + 1}.${j + 1}`, undefined, i + 1)));
  });
  return out;
}

function findingRow(report: FileReport, f: Finding, number: string, a: AcceptanceInfo | undefined, parent?: number): FindingRow {
  const l = firstCell(f);
  const sides = sideValues(f);
  return {
    values: [
      number,
      SEVERITY_NAMES[f.severity],
      CATEGORY_NAMES[f.category],
      findingTable(report, f),
      f.locations.map(locationLabel).join('，'),
      f.message,
      sides.expected,
      sides.actual,
      f.difference ?? '',
      f.rule,
      parent !== undefined ? `由第 ${parent} 条引起` : a ? '已接受' : '待处理',
      a?.reason ?? '',
      a?.by ?? '',
      a ? formatTime(a.at) : '',
    ],
    link: l ? { sheet: l.sheet, cell: l.cell.split(':')[0].replace(/\$/g, '') } : null,
    finding: f,
  };
}

/** ISO → "2025-03-01 10:20" in local time; the input when it is not a date. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
