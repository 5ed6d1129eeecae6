/**
 * The batch review workbook (`budget-check --report`, and the page's batch download): a summary
 * sheet 汇总 with one row per file (文件, 单位, 年度, 类型, 错误, 警告, 提示, 审核清单, 说明), the file
 * cell linking to that file's sheet; then one sheet per file with its root-cause findings (their
 * consequences as rows 1.1, 1.2 …) and the checklist's completion figure, followed by the file's
 * 检查表 sheet (检查项 | 是否合格 | 问题 | 位置). Node and browser (exceljs, bytes out).
 */
import ExcelJS from 'exceljs';
import type { FileReport } from '../../core/report';
import { findingRows } from '../../core/review/rows';
import { summaryCell, summaryRow, type SummaryKey } from '../../core/review/summary';
import { completionText } from '../../core/checklist';
import { addChecklistSheet } from './checklist-sheet';

export const SUMMARY_SHEET = '汇总';
/** Columns of a file's sheet (the findings export's, without the acceptance columns). */
export const FILE_SHEET_COLUMNS = ['序号', '级别', '类别', '表格', '位置', '问题说明', '应为', '实为', '差额', '规则', '状态'] as const;
const SUMMARY_HEAD: { key: SummaryKey | 'infos'; title: string; width: number }[] = [
  { key: 'file', title: '文件', width: 36 },
  { key: 'unit', title: '单位', width: 26 },
  { key: 'year', title: '年度', width: 8 },
  { key: 'kind', title: '类型', width: 8 },
  { key: 'errors', title: '错误', width: 8 },
  { key: 'warnings', title: '警告', width: 8 },
  { key: 'infos', title: '提示', width: 8 },
  { key: 'checklist', title: '审核清单', width: 10 },
  { key: 'note', title: '说明', width: 40 },
];
const WIDTHS = [7, 6, 10, 18, 28, 80, 14, 22, 10, 26, 12];
/** A4 landscape, all columns on one page wide: what a reviewer prints and files. */
const PAGE: Partial<ExcelJS.PageSetup> = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
/** The line under a file's findings: the checklist's completion figure and where the 检查表 is. */
export function checklistLine(f: FileReport, checklistSheet: string): string {
  return `审核清单：${f.checklistSummary ? completionText(f.checklistSummary) : '没有'}，见工作表“${checklistSheet}”`;
}

/** The name of a file's 检查表 sheet (before making it unique). */
export function checklistSheetFor(file: string): string {
  return `检查表-${baseName(file)}`;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique in the workbook. */
export function sheetNameFor(file: string, taken: Set<string>): string {
  const stem = baseName(file).replace(/\.(xlsx|xlsm|xls|et|ods)$/i, '').replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '') || '文件';
  let name = stem.slice(0, 31);
  for (let i = 2; taken.has(name.toLowerCase()) || name === SUMMARY_SHEET; i++) {
    const suffix = ` (${i})`;
    name = stem.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

function bytesOf(data: ArrayBuffer | Uint8Array): Uint8Array<ArrayBuffer> {
  const src = data instanceof Uint8Array ? data : new Uint8Array(data);
  const out = new Uint8Array(src.byteLength);
  out.set(src);
  return out;
}

/** The review workbook of a batch of checked files. */
export async function reviewReportXlsx(files: FileReport[], name: (f: FileReport) => string = (f) => baseName(f.path)): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'budget-check';
  const summary = wb.addWorksheet(SUMMARY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: PAGE });
  summary.columns = SUMMARY_HEAD.map((c) => ({ header: c.title, key: c.key, width: c.width }));
  summary.getRow(1).font = { bold: true };
  const taken = new Set<string>();
  for (const f of files) {
    const row = summaryRow(f, name(f));
    const sheetName = sheetNameFor(f.path, taken);
    const values = SUMMARY_HEAD.map((c) => {
      if (c.key === 'infos') return row.infos ?? '—';
      const v = row[c.key];
      return typeof v === 'number' ? v : summaryCell(row, c.key);
    });
    const r = summary.addRow(values);
    r.getCell(1).value = { text: row.file, hyperlink: `#'${sheetName.replace(/'/g, "''")}'!A1` };
    r.getCell(1).font = { color: { argb: 'FF0563C1' }, underline: true };

    const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: { ...PAGE, printTitlesRow: '1:1' } });
    ws.columns = FILE_SHEET_COLUMNS.map((h, i) => ({ header: h, key: h, width: WIDTHS[i] }));
    ws.getRow(1).font = { bold: true };
    if (f.error) ws.addRow(['', '', '', '', '', `无法读取：${f.error}`]);
    for (const fr of findingRows(f, f.findings)) {
      const added = ws.addRow(fr.values.slice(0, FILE_SHEET_COLUMNS.length).map((v) => v.replace(/\r\n?/g, '\n')));
      if (fr.values[0].includes('.')) added.font = { color: { argb: 'FF595959' } };
    }
    ws.getColumn(6).alignment = { wrapText: true, vertical: 'top' };
    const listName = sheetNameFor(checklistSheetFor(f.path), taken);
    ws.addRow([]);
    ws.addRow([checklistLine(f, listName)]).getCell(1).value = { text: checklistLine(f, listName), hyperlink: `#'${listName.replace(/'/g, "''")}'!A1` };
    addChecklistSheet(wb, listName, f, name(f));
  }
  summary.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SUMMARY_HEAD.length } };
  return bytesOf((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The 检查表 workbook: one 检查表 sheet per file (检查项 | 是否合格 | 问题 | 位置). */
export async function checklistXlsx(files: FileReport[], name: (f: FileReport) => string = (f) => baseName(f.path)): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'budget-check';
  const taken = new Set<string>();
  for (const f of files) addChecklistSheet(wb, sheetNameFor(f.path, taken), f, name(f));
  return bytesOf((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
