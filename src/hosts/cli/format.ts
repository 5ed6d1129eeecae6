/** Text rendering of a run report for people at a terminal. */
import { KIND_NAMES, type TableKind } from '../../core/recognize';
import { countBySeverity, describeDocument, type FileReport, type RunReport } from '../../core/report';

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;

/** Findings grouped by severity, then by sheet (table); one line per finding with sheet!cell. */
export function formatFindings(f: FileReport): string[] {
  const lines: string[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const all = f.findings.filter((x) => x.severity === severity);
    if (all.length === 0) continue;
    const rounding = all.filter((x) => x.category === 'rounding').length;
    lines.push(`  ${SEVERITY_ZH[severity]} ${all.length} 个${rounding ? `（其中尾差 ${rounding} 个）` : ''}`);
    const groups = new Map<string, typeof all>();
    for (const x of all) {
      const g = x.locations[0]?.sheet ?? '（整个文件）';
      groups.set(g, [...(groups.get(g) ?? []), x]);
    }
    const order = (name: string) => {
      const i = f.sheets.findIndex((s) => s.name === name);
      return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    };
    for (const [sheet, items] of [...groups].sort((a, b) => order(a[0]) - order(b[0]))) {
      lines.push(`    ${sheet}`);
      for (const x of items) {
        const first = x.locations[0];
        const where = first ? `${first.sheet}!${first.cell}${x.locations.length > 1 ? ` 等 ${x.locations.length} 格` : ''}` : '—';
        lines.push(`      ${where}  ${x.message}  [${x.rule}]`);
      }
    }
  }
  if (f.skipped?.length) {
    lines.push(`  未执行的检查 ${f.skipped.length} 项`);
    for (const s of f.skipped) lines.push(`      ${s.rule}：${s.reason}`);
  }
  return lines;
}

export function formatText(report: RunReport, notes: string[] = []): string {
  const lines: string[] = [];
  for (const f of report.files) {
    if (f.error) {
      lines.push(`✖ ${f.path}  ${f.error}`);
      continue;
    }
    const visible = f.sheets.filter((s) => s.visibility === 'visible');
    const hidden = f.sheets.length - visible.length;
    lines.push(
      `✔ ${f.path}  ${describeDocument(f.document)} · ${f.sheets.length} 张工作表${hidden ? `（其中隐藏 ${hidden} 张）` : ''} · 识别 ${f.tables.length} 张表${f.unrecognised.length ? `，未识别 ${f.unrecognised.length} 处` : ''}`,
    );
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
    lines.push(...formatFindings(f));
  }
  for (const n of notes) lines.push(`✖ ${n}`);
  const read = report.files.filter((f) => !f.error).length;
  const failed = report.files.length - read;
  const n = countBySeverity(report.files);
  lines.push(
    `共 ${report.files.length} 个文件：已读取 ${read} 个，无法读取 ${failed} 个；错误 ${n.error} 个，警告 ${n.warning} 个，提示 ${n.info} 个。`,
  );
  return lines.join('\n') + '\n';
}
