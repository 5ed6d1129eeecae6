/**
 * Exports of the standalone page (and the CLI), in Node and in the browser: findings as .csv
 * or .xlsx, and a marked copy of the user's workbook (fills and notes of cellMarks). The
 * original bytes are never modified; the copy changes no value and adds nothing else.
 */
import ExcelJS from 'exceljs';
import type { FileReport } from '../../core/report';
import { NOTE_HEADER, type CellMark } from '../../core/review/marks';
import { FINDING_COLUMNS, type FindingRow } from '../../core/review/rows';

export interface ExportFile {
  report: FileReport;
  rows: FindingRow[];
}

/** Name of the findings sheet of the .xlsx export. */
export const EXPORT_SHEET = '审核结果';
const FILE_COLUMN = '文件';

/** File name without folders. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Header and rows of the export; a 文件 column first when there are several files. */
function table(files: ExportFile[]): string[][] {
  const many = files.length > 1;
  const header = many ? [FILE_COLUMN, ...FINDING_COLUMNS] : [...FINDING_COLUMNS];
  const rows = files.flatMap((f) => f.rows.map((r) => (many ? [baseName(f.report.path), ...r.values] : r.values)));
  return [header, ...rows];
}

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF (quotes doubled). */
function csvField(value: string): string {
  const s = inert(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A text Excel would run as a formula when the CSV is opened ("=…", "+…", "@…", "-…", a tab or
 * CR in front, also after leading spaces) gets a leading apostrophe. Only a plain number such as
 * "-0.25" or "-1,234.50" stays as it is: "-2+3+cmd|' /C calc'!A0" starts with a minus and a digit
 * and is still a formula.
 */
export function inert(s: string): string {
  if (/^-[\d.][\d,]*(\.\d+)?%?$/.test(s)) return s;
  return /^[\s\u3000]*[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** Findings as CSV: UTF-8 with BOM (so Excel reads the Chinese right), CRLF line ends. */
export function findingsCsv(files: ExportFile[]): string {
  return '\uFEFF' + table(files).map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Column widths (characters) of the .xlsx export, by header. */
const WIDTHS: Record<string, number> = {
  文件: 28,
  序号: 6,
  级别: 6,
  类别: 10,
  表格: 18,
  位置: 24,
  问题说明: 70,
  应为: 14,
  实为: 14,
  差额: 12,
  规则: 26,
  状态: 8,
  接受理由: 30,
  接受人: 10,
  接受时间: 17,
};

/** Bytes written by exceljs (a Buffer in Node, an ArrayBuffer in the browser) as a plain Uint8Array. */
function bytesOf(data: ArrayBuffer | Uint8Array): Uint8Array<ArrayBuffer> {
  const src = data instanceof Uint8Array ? data : new Uint8Array(data);
  const out = new Uint8Array(src.byteLength);
  out.set(src);
  return out;
}

/** Findings as an .xlsx workbook: one sheet 审核结果, bold frozen header, set widths. */
export async function findingsXlsx(files: ExportFile[]): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'budget-check';
  const ws = wb.addWorksheet(EXPORT_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const [header, ...rows] = table(files);
  ws.columns = header.map((h) => ({ header: h, key: h, width: WIDTHS[h] ?? 12 }));
  ws.getRow(1).font = { bold: true };
  // a cell's line break is LF in .xlsx
  for (const r of rows) ws.addRow(r.map((v) => v.replace(/\r\n?/g, '\n')));
  const message = header.indexOf('问题说明') + 1;
  ws.getColumn(message).alignment = { wrapText: true, vertical: 'top' };
  if (rows.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return bytesOf((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Text of a note as exceljs reads it (a string, or rich text runs). */
function noteText(note: unknown): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text?: string }[] }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : '';
}

/** "#FFC7CE" → exceljs ARGB "FFFFC7CE". */
function argb(color: string): string {
  return `FF${color.replace(/^#/, '').toUpperCase()}`;
}

/**
 * A marked copy: the original loaded with exceljs, each marked cell given a solid fill and a
 * note (a note already there is kept, ours appended below it; a note of ours from an earlier
 * marked copy is replaced). Values, formulas and everything else are left as they are.
 * Marks on a cell covered by a merge go to the merge's top-left cell.
 */
export async function markedCopy(bytes: Uint8Array, marks: CellMark[]): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  // exceljs reads from a copy: the caller's bytes stay untouched
  await wb.xlsx.load(bytesOf(bytes).buffer);
  const byCell = new Map<ExcelJS.Cell, CellMark[]>();
  for (const m of marks) {
    const ws = wb.getWorksheet(m.sheet);
    if (!ws) continue;
    let cell: ExcelJS.Cell;
    try {
      cell = ws.getCell(m.cell);
    } catch {
      continue;
    }
    if (cell.isMerged && cell.master && cell.master !== cell) cell = cell.master;
    const list = byCell.get(cell);
    if (list) list.push(m);
    else byCell.set(cell, [m]);
  }
  const rank = { error: 0, warning: 1, info: 2 } as const;
  for (const [cell, ms] of byCell) {
    const top = ms.reduce((a, b) => (rank[b.severity] < rank[a.severity] ? b : a));
    const ours = ms.length === 1 ? ms[0].note : [NOTE_HEADER, ...ms.map((m) => m.note.replace(`${NOTE_HEADER}\n`, ''))].join('\n');
    const before = noteText(cell.note);
    const keep = before && !before.startsWith(NOTE_HEADER) ? before.replace(new RegExp(`\\n*${NOTE_HEADER}[\\s\\S]*$`), '') : '';
    // a fresh style object: exceljs may share one between cells of the same style
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(top.color) } } };
    cell.note = keep ? `${keep}\n\n${ours}` : ours;
  }
  return bytesOf((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A text cell's new text (autofix on the standalone page). */
export interface CellEdit {
  sheet: string;
  cell: string;
  text: string;
}

/**
 * A corrected copy: the original with the given text cells rewritten (nothing else changes).
 * A cell that no longer holds plain text (a formula, rich text, a number) is left alone and listed.
 */
export async function correctedCopy(bytes: Uint8Array, edits: CellEdit[]): Promise<{ bytes: Uint8Array<ArrayBuffer>; skipped: CellEdit[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytesOf(bytes).buffer);
  const skipped: CellEdit[] = [];
  for (const e of edits) {
    const cell = wb.getWorksheet(e.sheet)?.getCell(e.cell);
    if (!cell || typeof cell.value !== 'string') skipped.push(e);
    else cell.value = e.text;
  }
  return { bytes: bytesOf((await wb.xlsx.writeBuffer()) as ArrayBuffer), skipped };
}

/** "2025 部门预算.xlsx" → "2025 部门预算-已改正.xlsx". */
export function correctedFileName(name: string): string {
  return `${stem(name)}-已改正.xlsx`;
}

/** "D:\\预算\\2025 部门预算.xlsx" → "2025 部门预算-已标记.xlsx". */
export function markedFileName(name: string): string {
  return `${stem(name)}-已标记.xlsx`;
}

/** File name of a findings export: "原名-审核结果.csv", or "审核结果-20250301.xlsx" for several files. */
export function exportFileName(names: string[], ext: 'csv' | 'xlsx', at: Date = new Date()): string {
  if (names.length === 1) return `${stem(names[0])}-审核结果.${ext}`;
  const p = (n: number) => String(n).padStart(2, '0');
  return `审核结果-${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}.${ext}`;
}

function stem(name: string): string {
  const base = baseName(name).replace(/\.(xlsx|xlsm|xls|et|csv)$/i, '');
  return base || '工作簿';
}
