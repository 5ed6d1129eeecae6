/**
 * The 检查表 of a checked file as a worksheet: one row per checklist item — 检查项 | 是否合格 | 问题 |
 * 位置 — grouped by the 检查表's sections, the completion figure and the template above. Used by the
 * review workbook (one 检查表 sheet per file) and by the standalone 检查表 workbook.
 */
import ExcelJS from 'exceljs';
import { completionText, failsItem, flatFindings, ITEM_GROUPS, OUTCOME_NAMES, type ChecklistEntry } from '../../core/checklist';
import { locationLabel } from '../../core/narrative/source';
import type { FileReport } from '../../core/report';

export const CHECKLIST_COLUMNS = ['检查项', '是否合格', '问题', '位置'] as const;
const WIDTHS = [60, 10, 70, 40];
const FILL: Record<ChecklistEntry['outcome'], string> = { pass: 'FFE2EFDA', fail: 'FFF8CBAD', 'cannot-check': 'FFFFF2CC', 'not-applicable': 'FFEDEDED' };
/** Locations listed per item at most (the findings sheet has them all). */
const MAX_PLACES = 12;

/** Where an item's failing findings are: their first locations, "表3!A10、情况说明!A64 等 15 处". */
export function itemPlaces(f: FileReport, e: ChecklistEntry): string {
  if (e.outcome !== 'fail') return '';
  const mine = new Set(e.findings);
  const failing = flatFindings(f.findings).filter((x) => x.fingerprint && mine.has(x.fingerprint) && failsItem(x));
  // each problem's first place first, then the others
  const places = [...new Set([...failing.flatMap((x) => x.locations.slice(0, 1)), ...failing.flatMap((x) => x.locations.slice(1))].map(locationLabel))];
  return places.length > MAX_PLACES ? `${places.slice(0, MAX_PLACES).join('、')} 等 ${places.length} 处` : places.join('、');
}

/** The rows of a file's 检查表 (the values the sheet shows), in checklist order with the section rows. */
export function checklistRows(f: FileReport): { section: string | null; values: [string, string, string, string]; outcome: ChecklistEntry['outcome'] | null }[] {
  const list = f.checklist ?? [];
  const out: ReturnType<typeof checklistRows> = [];
  for (const g of ITEM_GROUPS) {
    const items = list.filter((e) => e.group === g);
    if (items.length === 0) continue;
    out.push({ section: g, values: [g, '', '', ''], outcome: null });
    for (const e of items) out.push({ section: null, values: [e.title, OUTCOME_NAMES[e.outcome], e.reason ?? '', itemPlaces(f, e)], outcome: e.outcome });
  }
  return out;
}

/** Write a file's 检查表 into a new sheet of `wb`. */
export function addChecklistSheet(wb: ExcelJS.Workbook, sheetName: string, f: FileReport, fileName: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 3 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' } });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const t = f.document?.template;
  ws.addRow([`检查表：${fileName}${f.document?.unit ? ` · ${f.document.unit}` : ''}${f.document?.year ? ` · ${f.document.year} 年` : ''}`]).font = { bold: true, size: 12 };
  ws.addRow([
    `${f.checklistSummary ? completionText(f.checklistSummary) : '没有审核清单'}（审核清单第 ${f.checklistVersion ?? '?'} 版）${t ? `；模板：${t.name}（${t.source === 'user' ? '用户指定' : `依据：${t.evidence}`}）` : ''}${f.error ? `；无法读取：${f.error}` : ''}`,
  ]);
  ws.addRow([...CHECKLIST_COLUMNS]).font = { bold: true };
  for (const r of checklistRows(f)) {
    const row = ws.addRow(r.values);
    if (r.section) {
      row.font = { bold: true };
      continue;
    }
    if (r.outcome) row.getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[r.outcome] } };
  }
  for (const c of [1, 3, 4]) ws.getColumn(c).alignment = { wrapText: true, vertical: 'top' };
  ws.getColumn(2).alignment = { vertical: 'top', horizontal: 'center' };
  return ws;
}
