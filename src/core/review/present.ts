/**
 * What the findings list shows, decided without any host: groups with Chinese titles, filters,
 * the summary line and the value columns. The task pane and the standalone page render these.
 */
import Decimal from 'decimal.js';
import type { TableKind } from '../recognize/types';
import { tableKindName } from '../model/names';
import { locationLabel } from '../narrative/source';
import { SEVERITY_RANK } from '../check/order';
import type { Category, FileReport, Finding, Severity } from '../contract';
import type { AcceptedException, Partition } from './accepted';
import { CATEGORY_NAMES, findingTable, formatTime } from './rows';

export { formatTime };

/** Groups of the severity view, in display order: 尾差 are info findings of category rounding. */
export type SeverityGroup = 'error' | 'warning' | 'rounding' | 'info';

export const SEVERITY_GROUP_TITLES: Record<SeverityGroup, string> = {
  error: '错误',
  warning: '警告',
  rounding: '尾差',
  info: '提示',
};

const GROUP_ORDER: SeverityGroup[] = ['error', 'warning', 'rounding', 'info'];

/** Title of the collapsed group of accepted findings. */
export const ACCEPTED_TITLE = '已接受（出错说明）';

export interface FindingGroup {
  /** A SeverityGroup, or the table name in the table view. */
  key: string;
  title: string;
  findings: Finding[];
}

export function severityGroup(f: Finding): SeverityGroup {
  if (f.severity === 'info') return f.category === 'rounding' ? 'rounding' : 'info';
  return f.severity;
}

/** Order of the table view: recognised tables in report order, then other sheets, then the rest. */
function tableOrder(report: FileReport): string[] {
  const names = [
    ...report.tables.map((t) => tableKindName(t.kind as TableKind, report.document?.kind)),
    ...report.sheets.map((s) => s.name),
    '情况说明',
    '工作簿',
  ];
  return [...new Set(names)];
}

/** Findings in groups (empty groups left out); within a group, most severe first, else report order. */
export function groupFindings(report: FileReport, findings: Finding[], by: 'severity' | 'table'): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  const keyOf = by === 'severity' ? severityGroup : (f: Finding) => findingTable(report, f);
  for (const f of findings) {
    const k = keyOf(f);
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  const order: string[] = by === 'severity' ? GROUP_ORDER : tableOrder(report);
  const keys = [...groups.keys()].sort((a, b) => rank(order, a) - rank(order, b));
  return keys.map((key) => {
    const list = groups.get(key)!;
    return {
      key,
      title: by === 'severity' ? SEVERITY_GROUP_TITLES[key as SeverityGroup] : key,
      findings: by === 'severity' ? list : stableSort(list, (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]),
    };
  });
}

function rank(order: string[], k: string): number {
  const i = order.indexOf(k);
  return i < 0 ? order.length : i;
}

function stableSort<T>(list: T[], cmp: (a: T, b: T) => number): T[] {
  return list
    .map((x, i) => [x, i] as const)
    .sort((a, b) => cmp(a[0], b[0]) || a[1] - b[1])
    .map(([x]) => x);
}

export interface FindingFilter {
  severities?: Severity[];
  categories?: Category[];
  /** Words (space separated) that must all occur in the message, rule, location, values or category (a root cause's consequences included). */
  text?: string;
}

/** Findings that pass every given criterion (an empty or absent criterion passes everything). */
export function filterFindings(findings: Finding[], filter: FindingFilter): Finding[] {
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return findings.filter((f) => {
    if (filter.severities?.length && !filter.severities.includes(f.severity)) return false;
    if (filter.categories?.length && !filter.categories.includes(f.category)) return false;
    if (!words.length) return true;
    const hay = searchText(f).toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** What the text filter searches in a finding: its words, cells and values, and those of its consequences. */
function searchText(f: Finding): string {
  const own = [f.message, f.rule, CATEGORY_NAMES[f.category], f.expected, f.actual, f.difference, ...f.locations.map(locationLabel)];
  return [...own, ...(f.consequences ?? []).map(searchText)].filter(Boolean).join('\n');
}

export interface SummaryCounts {
  /** Open findings by severity group (accepted ones are not counted here). */
  error: number;
  warning: number;
  rounding: number;
  info: number;
  /** Open findings of category compliance (规范性), whatever their severity. */
  compliance: number;
  /** Open findings about the narrative (表文). */
  narrative: number;
  /** Accepted and unchanged. */
  accepted: number;
  /** Accepted once, values changed since (already counted in the open groups). */
  changed: number;
  /** All open findings. */
  open: number;
  /** Rules that could not run (未执行). */
  skipped: number;
}

export function summaryCounts(report: FileReport, partition: Partition): SummaryCounts {
  const n: SummaryCounts = { error: 0, warning: 0, rounding: 0, info: 0, compliance: 0, narrative: 0, accepted: 0, changed: 0, open: 0, skipped: 0 };
  for (const f of partition.open) {
    n[severityGroup(f)]++;
    if (f.category === 'compliance') n.compliance++;
    if (f.category === 'narrative') n.narrative++;
  }
  n.open = partition.open.length;
  n.accepted = partition.accepted.length;
  n.changed = partition.changed.length;
  n.skipped = report.skipped?.length ?? 0;
  return n;
}

/** The summary line: "错误 3 · 警告 2 · 尾差 25 · 已接受 1", or "未发现问题". */
export function summaryLine(c: SummaryCounts): string {
  const parts: string[] = [];
  for (const g of GROUP_ORDER) if (c[g]) parts.push(`${SEVERITY_GROUP_TITLES[g]} ${c[g]}`);
  if (c.accepted) parts.push(`已接受 ${c.accepted}`);
  if (c.changed) parts.push(`数值已变 ${c.changed}`);
  if (c.skipped) parts.push(`未执行 ${c.skipped}`);
  return parts.length ? parts.join(' · ') : '未发现问题';
}

export interface FindingValues {
  /** The right value, only when the evidence decides which side is wrong ('' otherwise). */
  expected: string;
  actual: string;
  /** The other side of the relation when neither side is known to be right ('' otherwise). */
  other: string;
  /** Signed: "+0.01" / "-16.70"; '' when there is none. */
  difference: string;
  /** 万元, 个百分点, or '' */
  unit: string;
}

/** Display strings of a finding's values ('' when absent): 应为 only with evidence, else both sides. */
export function findingValues(f: Finding): FindingValues {
  const certain = f.expectedCertain ?? true;
  return {
    expected: certain ? (f.expected ?? '') : '',
    actual: f.actual ?? '',
    other: certain ? '' : (f.expected ?? ''),
    difference: signed(f.difference ?? ''),
    unit: f.difference ? (f.differenceUnit ?? '') : '',
  };
}

function signed(s: string): string {
  const t = s.trim();
  if (!/^[+-]?[\d,]+(\.\d+)?$/.test(t)) return t;
  try {
    return new Decimal(t.replace(/,/g, '')).gt(0) && !t.startsWith('+') ? `+${t}` : t;
  } catch {
    return t;
  }
}

/** One line under an accepted finding: "理由：尾差，系统自动生成 — 张三，2025-03-01 10:20". */
export function acceptanceText(e: AcceptedException): string {
  return `理由：${e.reason} — ${e.by}，${formatTime(e.at)}`;
}
