/**
 * What "标记到单元格" writes, decided without any host: one mark per flagged cell, coloured by
 * the most severe finding on it, with a note listing every finding there. The Excel adapter
 * and the standalone marked copy both write exactly these marks.
 */
import type { Finding, Severity } from '../contract';
import { parseRange, toA1 } from '../address';
import { SEVERITY_NAMES } from './rows';

/** Fill colours (Excel's own "light red / yellow / light blue" fills), most severe first. */
export const MARK_COLORS: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

/** The legend shown next to the marks. */
export const MARK_LEGEND: { severity: Severity; color: string; label: string }[] = [
  { severity: 'error', color: MARK_COLORS.error, label: '错误' },
  { severity: 'warning', color: MARK_COLORS.warning, label: '警告' },
  { severity: 'info', color: MARK_COLORS.info, label: '提示 / 尾差' },
];

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Notes start with this line, so a note we wrote is recognisable. */
export const NOTE_HEADER = '【预算审核】';
/** Longest note we write (Excel allows more, but a note is read in a small box). */
export const NOTE_MAX_CHARS = 1000;

export interface CellMark {
  sheet: string;
  /** A1 address of one cell. */
  cell: string;
  severity: Severity;
  color: string;
  /** Note text: the header line, then one line per finding on this cell. */
  note: string;
  /** Fingerprints (or rules) of the findings on this cell. */
  findings: string[];
}

/**
 * One mark per cell that some finding points at; cells outside the workbook (external narrative)
 * are skipped. A root cause marks its cells, then the cells of its consequences it does not
 * already cover (with the consequence's message).
 */
export function cellMarks(findings: Finding[]): CellMark[] {
  const byCell = new Map<string, { sheet: string; cell: string; severity: Severity; lines: string[]; ids: string[] }>();
  for (const root of findings) {
    const seen = new Set<string>();
    for (const f of [root, ...(root.consequences ?? [])]) {
      for (const l of f.locations) {
        if (!l.sheet || !l.cell) continue;
        for (const cell of cellsOf(l.cell)) {
          const key = `${l.sheet}\u0000${cell}`;
          if (seen.has(key)) continue;
          seen.add(key);
          let m = byCell.get(key);
          if (!m) byCell.set(key, (m = { sheet: l.sheet, cell, severity: f.severity, lines: [], ids: [] }));
          if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[m.severity]) m.severity = f.severity;
          m.lines.push(`[${SEVERITY_NAMES[f.severity]}] ${f.message}`);
          m.ids.push(f.fingerprint ?? f.rule);
        }
      }
    }
  }
  return [...byCell.values()].map((m) => ({
    sheet: m.sheet,
    cell: m.cell,
    severity: m.severity,
    color: MARK_COLORS[m.severity],
    note: noteText(m.lines),
    findings: m.ids,
  }));
}

function noteText(lines: string[]): string {
  let text = NOTE_HEADER;
  for (let i = 0; i < lines.length; i++) {
    const next = `${text}\n${lines[i]}`;
    if (next.length > NOTE_MAX_CHARS) {
      return `${text}\n……另有 ${lines.length - i} 条，见任务窗格。`;
    }
    text = next;
  }
  return text;
}

/** Most cells a range location is expanded to (a bigger range marks its first cell only). */
const MAX_RANGE_CELLS = 400;

/** "$B$5" → ["B5"]; "B5:C6" → its cells; [] when not an address. */
export function cellsOf(address: string): string[] {
  try {
    const r = parseRange(address);
    const n = (r.bottom - r.top + 1) * (r.right - r.left + 1);
    if (n === 1 || n > MAX_RANGE_CELLS) return [toA1(r.top, r.left)];
    const out: string[] = [];
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(toA1(row, col));
    return out;
  } catch {
    return [];
  }
}

/** Marks grouped by sheet and colour (what a host writes as one RangeAreas per group). */
export function groupMarks(marks: CellMark[]): { sheet: string; color: string; cells: string[] }[] {
  const groups = new Map<string, { sheet: string; color: string; cells: string[] }>();
  for (const m of marks) {
    const key = `${m.sheet}\u0000${m.color}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { sheet: m.sheet, color: m.color, cells: [] }));
    g.cells.push(m.cell);
  }
  return [...groups.values()];
}
