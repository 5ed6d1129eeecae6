/**
 * Builds the fixture workbooks: the seeds from test/fixtures/src/s*.ts, the ../shared/real
 * documents from test/fixtures/real/src/<name>.ts (written to test/fixtures/real/).
 *   npm run fixtures                              # all
 *   npm run fixtures -- s000 2018-jiangsu-renda-budget   # some, by source file name
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../test/fixtures/src/spec';

const OUT = path.join(__dirname, '..', 'test', 'fixtures');
const SRC = path.join(OUT, 'src');
const REAL_SRC = path.join(OUT, 'real', 'src');
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

/** Source modules: seeds (s000.ts …) and real documents (2018-jiangsu-renda-budget.ts …; files starting with _ are helpers). */
function sourceFiles(): { id: string; file: string }[] {
  const seeds = fs.readdirSync(SRC).filter((f) => /^s\d{3}\.ts$/.test(f)).map((f) => ({ id: f.replace(/\.ts$/, ''), file: path.join(SRC, f) }));
  const real = fs.existsSync(REAL_SRC)
    ? fs.readdirSync(REAL_SRC).filter((f) => /^\d{4}-.*\.ts$/.test(f)).map((f) => ({ id: f.replace(/\.ts$/, ''), file: path.join(REAL_SRC, f) }))
    : [];
  return [...seeds, ...real].sort((a, b) => a.id.localeCompare(b.id));
}

export function loadSpecs(only?: string[]): WorkbookSpec[] {
  return sourceFiles()
    .filter((s) => !only || only.length === 0 || only.includes(s.id))
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .map((s) => (require(s.file) as { default: WorkbookSpec }).default);
}

/** The seed fixtures only (s000–s004). */
export function loadSeedSpecs(): WorkbookSpec[] {
  return loadSpecs().filter((s) => !s.file.includes('/'));
}

/** The fixtures of ../shared/real documents only. */
export function loadRealSpecs(): WorkbookSpec[] {
  return loadSpecs().filter((s) => s.file.startsWith('real/'));
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

/** Display width of a text in Excel column units (CJK characters count double). */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

const LINE_HEIGHT = 15;

/** Row heights so that wrapped text is visible when the file is opened or printed. */
function fitRowHeights(ws: ExcelJS.Worksheet, sheet: SheetSpec, colWidth: (c: number) => number): void {
  const mergedWidth = new Map<string, number>();
  const covered = new Set<string>();
  for (const m of sheet.merges ?? []) {
    const [a, b] = m.split(':');
    const tl = ws.getCell(a);
    const br = ws.getCell(b);
    let w = 0;
    for (let c = Number(tl.col); c <= Number(br.col); c++) w += colWidth(c);
    const rows = Number(br.row) - Number(tl.row) + 1;
    mergedWidth.set(tl.address, w * 1.0);
    if (rows > 1) covered.add(tl.address); // multi-row merges have room of their own
  }
  ws.eachRow((row) => {
    let lines = 1;
    row.eachCell((cell) => {
      // cells hidden inside a merge repeat the master's value: measure the master only
      if (cell.type === ExcelJS.ValueType.Merge || typeof cell.value !== 'string' || covered.has(cell.address)) return;
      const width = mergedWidth.get(cell.address) ?? colWidth(Number(cell.col));
      const explicit = cell.value.split('\n');
      const needed = explicit.reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / Math.max(4, width - 1))), 0);
      lines = Math.max(lines, needed);
    });
    if (lines > 1) row.height = Math.min(409, lines * LINE_HEIGHT + 3);
  });
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
    // 80 characters fit an A4 portrait page at 100 % (LibreOffice ignores fit-to-width here)
    const w = Math.min(sheet.widths?.[0] ?? 80, 80);
    ws.getColumn(1).width = w;
    ws.eachRow((row) => {
      row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    });
    const first = ws.getRow(1).getCell(1);
    first.font = { bold: true, size: 14 };
    first.alignment = { wrapText: true, horizontal: 'center' };
    fitRowHeights(ws, sheet, () => w);
    ws.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
    return;
  }

  const widths = sheet.widths ?? [];
  const colWidth = (c: number) => widths[c - 1] ?? 14;
  for (let c = 1; c <= width; c++) ws.getColumn(c).width = colWidth(c);
  // Text wraps and sits in the middle of (merged) cells, as in the published tables.
  ws.eachRow((row, r) => {
    row.eachCell((cell) => {
      if (r === (sheet.layout?.titleRow ?? 1)) return;
      cell.alignment = { vertical: 'middle', wrapText: typeof cell.value === 'string' };
    });
  });
  fitRowHeights(ws, sheet, colWidth);
  ws.pageSetup = {
    paperSize: 9,
    orientation: width > 6 ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
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

export function workbookFromSpec(spec: WorkbookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'budget-check fixtures';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of spec.sheets) buildSheet(wb, sheet);
  return wb;
}

export async function buildWorkbook(spec: WorkbookSpec): Promise<string> {
  const wb = workbookFromSpec(spec);
  const out = path.join(OUT, spec.file);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await wb.xlsx.writeFile(out);
  return out;
}

async function main(): Promise<void> {
  const specs = loadSpecs(process.argv.slice(2));
  if (specs.length === 0) {
    console.error('没有找到夹具源文件（test/fixtures/src/s*.ts、test/fixtures/real/src/*.ts）。');
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
