/** Text rendering of a run report for people at a terminal. */
import { CLAIM_CLASS_NAMES, CLAIM_CLASS_ORDER, type NarrativeCoverage } from '../../core/narrative/coverage';
import { locationLabel } from '../../core/narrative/source';

export { locationLabel };
import { KIND_NAMES, type TableKind } from '../../core/recognize/types';
import { countBySeverity, describeDocument, type FileReport, type Finding, type Location, type RunReport } from '../../core/report-base';
import { findingWeight, messageWithoutLocation } from '../../core/review/roots';
import { SUMMARY_COLUMNS, summaryCell, summaryRows, type SummaryRow } from '../../core/review/summary';
import { completionText, OUTCOME_NAMES, shortTitle, type ChecklistEntry } from '../../core/checklist';

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;

/** The group a finding is listed under: its sheet, or the narrative file it points into. */
function groupOf(l: Location | undefined): string {
  if (!l) return '（整个文件）';
  if (l.file !== undefined) return l.file;
  return l.sheet || '（整个文件）';
}


/** Context of an untied claim, cut when the engine gives a long one. */
function shortContext(s: string, max = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

/** Where the narrative came from, as said in the coverage line. */
function sourceText(f: FileReport, source: string | null | undefined): string {
  if (source === undefined) return '';
  if (source === 'workbook') {
    const sheets = [...new Set(f.tables.filter((t) => t.kind === 'narrative').map((t) => t.sheet))];
    return sheets.length ? `（来源：工作表“${sheets.join('”“')}”）` : '（来源：工作簿）';
  }
  return `（来源：${source}）`;
}

/**
 * The narrative coverage block: "情况说明（来源：x.docx）：数字 123 个，已与表格核对 98 个，文内核对 5 个，
 * 已分类 15 个（年份 8、人数 4、个数 3），未能核对 5 个：" and one line per untied claim. Nothing while
 * the check found no number and does not say where the narrative came from.
 */
export function formatCoverage(f: FileReport, c: NarrativeCoverage = f.narrative): string[] {
  if (c.source === null) return ['  情况说明：没有（工作簿中没有情况说明，也没有用 --narrative 指定），未核对数字'];
  if (c.numbers === 0) return c.source === undefined ? [] : [`  情况说明${sourceText(f, c.source)}：没有找到数字`];
  const parts = [`数字 ${c.numbers} 个`, `已与表格核对 ${c.tied} 个`];
  if (c.checked) parts.push(`文内核对 ${c.checked} 个`);
  const classes = CLAIM_CLASS_ORDER.filter((k) => (c.classified?.[k] ?? 0) > 0);
  const classified = classes.reduce((n, k) => n + (c.classified?.[k] ?? 0), 0);
  if (classified) parts.push(`已分类 ${classified} 个（${classes.map((k) => `${CLAIM_CLASS_NAMES[k]} ${c.classified?.[k]}`).join('、')}）`);
  const untied = c.untied ?? [];
  if (c.untied) parts.push(`未能核对 ${untied.length} 个`);
  const lines = [`  情况说明${sourceText(f, c.source)}：${parts.join('，')}${untied.length ? '：' : '。'}`];
  for (const u of untied) lines.push(`    ${locationLabel(u.location)}  “${shortContext(u.context)}”  ${u.text}`);
  return lines;
}

/** How the text report is printed. */
export interface TextOptions {
  /** List the recognised tables of each file. */
  tables?: boolean;
  /** Findings only: no coverage block, no skipped checks. */
  quiet?: boolean;
  /** ANSI colours (a terminal that is a TTY, and NO_COLOR not set). */
  color?: boolean;
}

const COLORS = { error: '31', warning: '33', info: '36', ok: '32', dim: '2', bold: '1' } as const;

function painter(on: boolean | undefined) {
  return (c: keyof typeof COLORS, s: string): string => (on ? `\x1b[${COLORS[c]}m${s}\x1b[0m` : s);
}

/** One finding line: its first location once, then the message without the location repeated. */
function findingLine(x: Finding): string {
  const first = x.locations[0];
  const where = first ? locationLabel(first) : '—';
  return `${where}  ${messageWithoutLocation(x)}`;
}

/** Findings grouped by severity, then by sheet (table); one line per root cause, its consequences under it. */
export function formatFindings(f: FileReport, opts: TextOptions = {}): string[] {
  const paint = painter(opts.color);
  const lines: string[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const all = f.findings.filter((x) => x.severity === severity);
    if (all.length === 0) continue;
    const roundingRoots = all.filter((x) => x.category === 'rounding');
    // the 尾差 of a table are one finding listing its cells: counted as 处, not listed line by line
    const places = roundingRoots.reduce((n, x) => n + (x.rootCause?.kind === 'rounding-table' ? findingWeight(x) - 1 : 1), 0);
    const follow = all.filter((x) => x.rootCause?.kind !== 'rounding-table').reduce((n, x) => n + findingWeight(x) - 1, 0);
    const notes = [
      roundingRoots.length ? `其中尾差 ${roundingRoots.length} 个${places > roundingRoots.length ? `，共 ${places} 处` : ''}` : '',
      follow ? `另有 ${follow} 个由此引起的问题列在其下` : '',
    ].filter(Boolean);
    lines.push(paint(severity, `  ${SEVERITY_ZH[severity]} ${all.length} 个${notes.length ? `（${notes.join('；')}）` : ''}`));
    const groups = new Map<string, typeof all>();
    for (const x of all) {
      const g = groupOf(x.locations[0]);
      const list = groups.get(g);
      if (list) list.push(x);
      else groups.set(g, [x]);
    }
    const order = (name: string) => {
      const i = f.sheets.findIndex((s) => s.name === name);
      return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    };
    for (const [sheet, items] of [...groups].sort((a, b) => order(a[0]) - order(b[0]))) {
      lines.push(`    ${sheet}`);
      for (const x of items) {
        lines.push(`      ${findingLine(x)}  ${paint('dim', `[${x.rule}]`)}`);
        // the 尾差 of a table list their cells in the message: their lines would repeat it
        if (x.rootCause?.kind === 'rounding-table') continue;
        for (const c of x.consequences ?? []) lines.push(`        └ ${findingLine(c)}`);
      }
    }
  }
  if (f.skipped?.length && !opts.quiet) {
    lines.push(`  未执行的检查 ${f.skipped.length} 项`);
    for (const s of f.skipped) lines.push(`      ${s.rule}：${s.reason}`);
  }
  if (!opts.quiet) lines.push(...formatCoverage(f));
  return lines;
}

const OUTCOME_MARK = { pass: '✔', fail: '✖', 'cannot-check': '?', 'not-applicable': '–' } as const;
const OUTCOME_COLOR = { pass: 'ok', fail: 'error', 'cannot-check': 'warning', 'not-applicable': 'dim' } as const;

/**
 * The checklist after the findings: the completion figure and the template, one line per
 * applicable item (合格, 不合格 and 无法检查 with why), the 不适用 items folded into one line.
 */
export function formatChecklist(f: FileReport, opts: TextOptions = {}): string[] {
  const list: ChecklistEntry[] = f.checklist ?? [];
  if (list.length === 0 || !f.checklistSummary) return [];
  const paint = painter(opts.color);
  const t = f.document?.template;
  const lines = [`  审核清单（第 ${f.checklistVersion ?? '?'} 版）：${completionText(f.checklistSummary)}${t ? ` · 模板：${t.name}（${t.source === 'user' ? '用户指定' : `依据：${t.evidence}`}）` : ''}`];
  for (const e of list) {
    if (e.outcome === 'not-applicable') continue;
    const why = e.outcome !== 'pass' ? (e.reason ? `：${e.reason}` : '') : e.reason?.includes('部分未检查') ? '（部分未检查）' : '';
    lines.push(`    ${paint(OUTCOME_COLOR[e.outcome], `${OUTCOME_MARK[e.outcome]} ${OUTCOME_NAMES[e.outcome]}`)}  ${shortTitle(e.title)}${why}`);
  }
  const na = list.filter((e) => e.outcome === 'not-applicable');
  if (na.length) lines.push(paint('dim', `    – 不适用 ${na.length} 项：${na.map((e) => shortTitle(e.title)).join('、')}`));
  return lines;
}

function tableLines(f: FileReport): string[] {
  const lines: string[] = [];
  for (const sheet of f.sheets) {
    const tables = f.tables.filter((t) => t.sheet === sheet.name);
    const unknown = f.unrecognised.filter((u) => u.sheet === sheet.name);
    const hidden = sheet.visibility === 'visible' ? '' : '（隐藏）';
    if (tables.length === 0 && unknown.length === 0) {
      lines.push(`    ${sheet.name}${hidden}：${sheet.range ? '没有表格' : '空表'}`);
      continue;
    }
    for (const t of tables) {
      const warn = t.titleDisagreement ? `  ⚠ ${t.titleDisagreement}` : '';
      const partial = t.unmappedColumns?.length ? `  （${t.unmappedColumns.length} 列未能对应：${t.unmappedColumns.slice(0, 3).join('、')}${t.unmappedColumns.length > 3 ? '…' : ''}）` : '';
      lines.push(`    ${sheet.name}${hidden}!${t.range}  ${KIND_NAMES[t.kind as TableKind] ?? t.kind}（${t.kind}）${warn}${partial}`);
    }
    for (const u of unknown) lines.push(`    ${sheet.name}${hidden}!${u.range}  未识别：${u.reason}`);
  }
  return lines;
}

/** The mark of a file's headline: ✖ errors (or unreadable), ⚠ warnings only, ✔ neither. */
function mark(f: FileReport, paint: ReturnType<typeof painter>): string {
  if (f.error || f.findings.some((x) => x.severity === 'error')) return paint('error', '✖');
  if (f.findings.some((x) => x.severity === 'warning')) return paint('warning', '⚠');
  return paint('ok', '✔');
}

/** Display width of a string in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

/** The summary table printed after several files: one row per file (summary.ts decides the values). */
export function formatSummaryTable(rows: SummaryRow[]): string[] {
  const head = SUMMARY_COLUMNS.map((c) => c.title);
  const body = rows.map((r) => SUMMARY_COLUMNS.map((c) => summaryCell(r, c.key)));
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((b) => displayWidth(b[i]))));
  const numeric = SUMMARY_COLUMNS.map((c) => c.numeric === true);
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i], numeric[i])).join('  ').trimEnd();
  return ['汇总', line(head), line(widths.map((w) => '─'.repeat(w))), ...body.map(line)];
}

export function formatText(report: RunReport, notes: string[] = [], opts: TextOptions = {}): string {
  const paint = painter(opts.color);
  const lines: string[] = [];
  for (const f of report.files) {
    if (f.error) {
      lines.push(`${mark(f, paint)} ${f.path}  ${/^无法(读取|检查)/.test(f.error) ? '' : '无法读取：'}${f.error}`);
      continue;
    }
    const visible = f.sheets.filter((s) => s.visibility === 'visible');
    const hidden = f.sheets.length - visible.length;
    lines.push(
      `${mark(f, paint)} ${f.path}  ${describeDocument(f.document)} · ${f.sheets.length} 张工作表${hidden ? `（其中隐藏 ${hidden} 张）` : ''} · 识别 ${f.tables.length} 张表${f.unrecognised.length ? `，未识别 ${f.unrecognised.length} 处` : ''}`,
    );
    if (opts.tables) lines.push(...tableLines(f));
    lines.push(...formatFindings(f, opts));
    if (!opts.quiet) lines.push(...formatChecklist(f, opts));
  }
  for (const n of notes) lines.push(`✖ ${n}`);
  if (report.files.length > 1) lines.push('', ...formatSummaryTable(summaryRows(report.files)), '');
  const read = report.files.filter((f) => !f.error).length;
  const failed = report.files.length - read;
  const n = countBySeverity(report.files);
  lines.push(
    `共 ${report.files.length} 个文件：已读取 ${read} 个，无法读取 ${failed} 个；错误 ${n.error} 个，警告 ${n.warning} 个，提示 ${n.info} 个（按根本原因计）。`,
  );
  return lines.join('\n') + '\n';
}
