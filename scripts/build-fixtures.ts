/**
 * Builds the seed fixture workbooks from test/fixtures/src/s*.ts.
 *   npm run fixtures            # all
 *   npm run fixtures -- s000    # one
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../test/fixtures/src/spec';

const SRC = path.join(__dirname, '..', 'test', 'fixtures', 'src');
const OUT = path.join(__dirname, '..', 'test', 'fixtures');
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

export function loadSpecs(only?: string[]): WorkbookSpec[] {
  const ids = fs
    .readdirSync(SRC)
    .filter((f) => /^s\d{3}\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .filter((id) => !only || only.length === 0 || only.includes(id))
    .sort();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return ids.map((id) => (require(path.join(SRC, id)) as { default: WorkbookSpec }).default);
}

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

function writeCell(cell: ExcelJS.Cell, spec: CellSpec, numFmt: string): void {
  if (spec === null) return;
  if (typeof spec === 'string') {
    cell.value = spec;
  } else if (typeof spec === 'number') {
    cell.value = spec;
    cell.numFmt = numFmt;
  } else if ('v' in spec) {
    cell.value = spec.v;
    cell.numFmt = spec.fmt;
  } else {
    cell.value = spec.text;
    cell.numFmt = '@';
  }
}

function buildSheet(wb: ExcelJS.Workbook, sheet: SheetSpec): void {
  const ws = wb.addWorksheet(sheet.name, { state: sheet.hidden ? 'hidden' : 'visible' });
  const numFmt = sheet.numFmt ?? '#,##0.00';
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  sheet.rows.forEach((row, r) => {
    row.forEach((spec, c) => writeCell(ws.getCell(r + 1, c + 1), spec, numFmt));
  });
  for (const m of sheet.merges ?? []) ws.mergeCells(m);

  if (sheet.narrative) {
    ws.getColumn(1).width = sheet.widths?.[0] ?? 100;
    ws.eachRow((row) => {
      row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    });
    const first = ws.getRow(1).getCell(1);
    first.font = { bold: true, size: 14 };
    first.alignment = { wrapText: true, horizontal: 'center' };
    return;
  }

  const widths = sheet.widths ?? [];
  for (let c = 1; c <= width; c++) ws.getColumn(c).width = widths[c - 1] ?? 14;
  const layout = sheet.layout ?? {};
  const titleRow = layout.titleRow ?? 1;
  const title = ws.getRow(titleRow).getCell(1);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  if (layout.headerRows) {
    const [h1, h2] = layout.headerRows;
    const last = layout.lastTableRow ?? sheet.rows.length;
    for (let r = h1; r <= last; r++) {
      for (let c = 1; c <= width; c++) {
        const cell = ws.getRow(r).getCell(c);
        cell.border = border;
        if (r <= h2) {
          cell.font = { bold: true };
          cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        }
      }
    }
  }
}

export async function buildWorkbook(spec: WorkbookSpec): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'budget-check fixtures';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of spec.sheets) buildSheet(wb, sheet);
  const out = path.join(OUT, spec.file);
  await wb.xlsx.writeFile(out);
  return out;
}

async function main(): Promise<void> {
  const specs = loadSpecs(process.argv.slice(2));
  if (specs.length === 0) {
    console.error('没有找到夹具源文件（test/fixtures/src/s*.ts）。');
    process.exit(2);
  }
  for (const spec of specs) {
    const out = await buildWorkbook(spec);
    console.log(`${path.relative(process.cwd(), out)}  (${spec.sheets.length} sheets)`);
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
