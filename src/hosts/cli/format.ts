/** Text rendering of a run report for people at a terminal. */
import { countBySeverity, describeDocument, type RunReport } from '../../core/report';

const SEVERITY_ZH = { error: '错误', warning: '警告', info: '提示' } as const;

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
      `✔ ${f.path}  ${describeDocument(f.document)} · ${f.sheets.length} 张工作表${hidden ? `（其中隐藏 ${hidden} 张）` : ''}`,
    );
    lines.push(`    工作表：${f.sheets.map((s) => (s.visibility === 'visible' ? s.name : `${s.name}（隐藏）`)).join('、')}`);
    for (const t of f.tables) lines.push(`    表格：${t.sheet}!${t.range}  ${t.kind}  ${t.title}`);
    for (const x of f.findings) {
      const where = x.locations.map((l) => `${l.sheet}!${l.cell}`).join('，');
      lines.push(`    [${SEVERITY_ZH[x.severity]}] ${x.message}${where ? `（${where}）` : ''}`);
    }
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
