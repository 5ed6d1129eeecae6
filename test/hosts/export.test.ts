import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import ExcelJS from 'exceljs';
import { analyseWorkbook, type FileReport } from '../../src/core/report';
import { cellMarks, MARK_COLORS, NOTE_HEADER, type CellMark } from '../../src/core/review/marks';
import { findingRows, FINDING_COLUMNS } from '../../src/core/review/rows';
import { correctedCopy, correctedFileName, exportFileName, findingsCsv, findingsXlsx, inert, markedCopy, markedFileName, EXPORT_SHEET } from '../../src/hosts/xlsx/export';
import { readXlsxBytes } from '../../src/hosts/xlsx/read';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const FILES = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).sort();

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

async function analyseBytes(bytes: Uint8Array, name: string): Promise<FileReport> {
  const wb = await readXlsxBytes(ExcelJS, bytes, name, (w) => w.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer));
  return analyseWorkbook(name, wb);
}

function noteOf(cell: ExcelJS.Cell): string {
  const n = cell.note as unknown;
  if (!n) return '';
  if (typeof n === 'string') return n;
  return ((n as { texts?: { text: string }[] }).texts ?? []).map((t) => t.text).join('');
}

/** Every non-empty cell of every sheet: "sheet!A1" → what it holds. */
function cellMap(wb: ExcelJS.Workbook): Map<string, { value: string; style: string; note: string; cell: ExcelJS.Cell }> {
  const out = new Map<string, { value: string; style: string; note: string; cell: ExcelJS.Cell }>();
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        out.set(`${ws.name}!${cell.address}`, {
          value: JSON.stringify({ v: cell.value, t: cell.type, f: cell.formula ?? null, fmt: cell.numFmt ?? null }),
          style: JSON.stringify(cell.style ?? {}),
          note: noteOf(cell),
          cell,
        });
      });
    });
  });
  return out;
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe.each(FILES)('%s: marked copy', (file) => {
  test('every value kept, marks written, the original bytes untouched', async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(FIXTURES, file)));
    const before = sha(bytes);
    const report = await analyseBytes(bytes, file);
    const marks = cellMarks(report.findings);
    expect(marks.length).toBeGreaterThan(0);
    const copy = await markedCopy(bytes, marks);
    expect(sha(bytes)).toBe(before);

    const a = cellMap(await load(bytes));
    const copyBook = await load(copy);
    const b = cellMap(copyBook);
    // same sheets, same cells, same values; styles change only where marked
    expect(copyBook.worksheets.map((w) => w.name)).toEqual((await load(bytes)).worksheets.map((w) => w.name));
    const marked = new Set(marks.map((m) => `${m.sheet}!${m.cell}`));
    for (const [key, x] of a) {
      const y = b.get(key);
      expect([key, y?.value]).toEqual([key, x.value]);
      if (!marked.has(key)) {
        expect([key, y?.style]).toEqual([key, x.style]);
        expect([key, y?.note]).toEqual([key, x.note]);
      }
    }
    for (const m of marks) {
      const c = copyBook.getWorksheet(m.sheet)!.getCell(m.cell);
      const target = c.isMerged ? c.master : c;
      expect([m.cell, (target.fill as ExcelJS.FillPattern)?.fgColor?.argb]).toEqual([m.cell, `FF${m.color.slice(1)}`]);
      expect(noteOf(target)).toContain(m.note.split('\n')[1]);
      expect(noteOf(target).startsWith(NOTE_HEADER)).toBe(true);
    }
    // sheet layout kept: visibility, merges, widths, heights, views
    const layout = (wb: ExcelJS.Workbook) =>
      wb.worksheets.map((w) => ({
        name: w.name,
        state: w.state,
        merges: [...((w as unknown as { model: { merges?: string[] } }).model.merges ?? [])].sort(),
        widths: (w.columns ?? []).map((c) => c.width ?? null),
        heights: Array.from({ length: w.rowCount }, (_, i) => w.getRow(i + 1).height ?? null),
        views: JSON.stringify(w.views),
      }));
    expect(layout(copyBook)).toEqual(layout(await load(bytes)));
    // the copy reads and checks exactly like the original
    const again = await analyseBytes(copy, file);
    expect(again.findings).toEqual(report.findings);
    expect(again.sheets).toEqual(report.sheets);
  });
});

describe('marked copy details', () => {
  async function sample(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表1');
    ws.getCell('A1').value = 12.5;
    ws.getCell('A1').note = '原有批注：请核对';
    ws.getCell('B2').value = { formula: 'A1*2', result: 25 };
    ws.getCell('C3').value = '合计';
    ws.mergeCells('C3:D4');
    ws.getCell('E5').value = 1;
    ws.getCell('E5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }
  const mark = (cell: string, severity: CellMark['severity'], text: string): CellMark => ({
    sheet: '表1',
    cell,
    severity,
    color: MARK_COLORS[severity],
    note: `${NOTE_HEADER}\n${text}`,
    findings: [text],
  });

  test('a note already there is kept, ours below it; a merged cell is marked at its top-left cell', async () => {
    const bytes = await sample();
    const copy = await load(await markedCopy(bytes, [mark('A1', 'error', '[错误] 甲'), mark('B2', 'info', '[提示] 乙'), mark('D4', 'warning', '[警告] 丙'), mark('Z1', 'error', 'x')].filter((m) => m.cell !== 'Z1')));
    const ws = copy.getWorksheet('表1')!;
    expect(noteOf(ws.getCell('A1'))).toBe(`原有批注：请核对\n\n${NOTE_HEADER}\n[错误] 甲`);
    expect(noteOf(ws.getCell('B2'))).toBe(`${NOTE_HEADER}\n[提示] 乙`);
    expect(noteOf(ws.getCell('C3'))).toBe(`${NOTE_HEADER}\n[警告] 丙`);
    expect((ws.getCell('C3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFEB9C');
    expect(ws.getCell('A1').value).toBe(12.5);
    expect(ws.getCell('B2').value).toEqual({ formula: 'A1*2', result: 25 });
    expect((ws.getCell('E5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF00FF00');
    expect(ws.getCell('E5').note).toBeUndefined();
  });

  test('marking a marked copy again replaces our note instead of adding a second one', async () => {
    const once = await markedCopy(await sample(), [mark('A1', 'error', '[错误] 甲'), mark('B2', 'info', '[提示] 乙')]);
    const twice = await load(await markedCopy(once, [mark('A1', 'warning', '[警告] 丁'), mark('B2', 'info', '[提示] 乙')]));
    const ws = twice.getWorksheet('表1')!;
    expect(noteOf(ws.getCell('A1'))).toBe(`原有批注：请核对\n\n${NOTE_HEADER}\n[警告] 丁`);
    expect(noteOf(ws.getCell('B2'))).toBe(`${NOTE_HEADER}\n[提示] 乙`);
  });

  test('marks on missing sheets or bad addresses are skipped', async () => {
    const bytes = await sample();
    const copy = await load(await markedCopy(bytes, [{ ...mark('A1', 'error', 'x'), sheet: '没有' }, mark('not-a-cell', 'error', 'y')]));
    expect(noteOf(copy.getWorksheet('表1')!.getCell('A1'))).toBe('原有批注：请核对');
  });
});

/** A strict RFC 4180 reader (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe('findings export', () => {
  let files: { report: FileReport; rows: ReturnType<typeof findingRows> }[];
  beforeAll(async () => {
    files = [];
    for (const f of FILES.slice(0, 2)) {
      const report = await analyseBytes(new Uint8Array(fs.readFileSync(path.join(FIXTURES, f))), f);
      const rows = findingRows(report, report.findings);
      files.push({ report, rows });
    }
    // a value with quotes, commas and a line break
    const r = files[0].rows[0];
    files[0].rows[0] = { ...r, values: r.values.map((v, i) => (i === 5 ? `他说"是的",\r\n然后，${v}` : v)) };
  });

  test('CSV: BOM, CRLF, parses back to the same rows; 文件 column only for several files', () => {
    const one = findingsCsv([files[0]]);
    expect(one.startsWith('\uFEFF')).toBe(true);
    expect(one.endsWith('\r\n')).toBe(true);
    expect(parseCsv(one.slice(1))).toEqual([[...FINDING_COLUMNS], ...files[0].rows.map((r) => r.values)]);
    const many = parseCsv(findingsCsv(files).slice(1));
    expect(many[0]).toEqual(['文件', ...FINDING_COLUMNS]);
    expect(many.slice(1)).toEqual(files.flatMap((f) => f.rows.map((r) => [f.report.path, ...r.values])));
  });

  test('CSV: a text that Excel would run as a formula is made inert; numbers stay numbers', () => {
    expect(inert('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(inert('+1+1')).toBe("'+1+1");
    expect(inert('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(inert('-A1')).toBe("'-A1");
    expect(inert('-0.25')).toBe('-0.25');
    expect(inert('≥ 385.50')).toBe('≥ 385.50');
    const r = files[0].rows[0];
    const csv = findingsCsv([{ ...files[0], rows: [{ ...r, values: r.values.map((v, i) => (i === 5 ? '=1+1' : v)) }] }]);
    expect(parseCsv(csv.slice(1))[1][5]).toBe("'=1+1");
  });

  test('xlsx: one sheet 审核结果 with a bold frozen header and the same rows', async () => {
    const wb = await load(await findingsXlsx(files));
    expect(wb.worksheets.map((w) => w.name)).toEqual([EXPORT_SHEET]);
    const ws = wb.getWorksheet(EXPORT_SHEET)!;
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(7).width).toBeGreaterThan(40);
    const read: string[][] = [];
    ws.eachRow((row) => read.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
    const expected = [['文件', ...FINDING_COLUMNS], ...files.flatMap((f) => f.rows.map((r) => [f.report.path, ...r.values.map((v) => v.replace(/\r\n/g, '\n'))]))];
    expect(read.map((r) => [...r, ...Array(expected[0].length - r.length).fill('')])).toEqual(expected);
  });

  test('file names', () => {
    expect(markedFileName('D:\\预算\\2025 部门预算.xlsx')).toBe('2025 部门预算-已标记.xlsx');
    expect(markedFileName('/tmp/a.XLSM')).toBe('a-已标记.xlsx');
    expect(markedFileName('.xlsx')).toBe('工作簿-已标记.xlsx');
    expect(exportFileName(['x/预算.xlsx'], 'csv')).toBe('预算-审核结果.csv');
    expect(exportFileName(['a.xlsx', 'b.xlsx'], 'xlsx', new Date(2025, 2, 1))).toBe('审核结果-20250301.xlsx');
  });
});

describe('correctedCopy (autofix on the standalone page)', () => {
  const FILE = path.join(FIXTURES, '2025-caidian-ybj-budget.xlsx');

  test('rewrites only the given text cells; a non-text cell is left alone and listed', async () => {
    const bytes = new Uint8Array(fs.readFileSync(FILE));
    const hash = sha(bytes);
    const original = await load(bytes);
    const ws = original.worksheets.find((w) => {
      let hit = false;
      w.eachRow((row) => row.eachCell((c) => (hit ||= typeof c.value === 'string' && c.value.includes('22.73'))));
      return hit;
    })!;
    let address = '';
    ws.eachRow((row) => row.eachCell((c) => {
      if (!address && typeof c.value === 'string' && c.value.includes('22.73')) address = c.address;
    }));
    const text = String(ws.getCell(address).value).replace('22.73', '22.48');
    let numberCell = { sheet: '', cell: '' };
    for (const w of original.worksheets)
      w.eachRow((row) => row.eachCell((c) => {
        if (!numberCell.sheet && typeof c.value === 'number') numberCell = { sheet: w.name, cell: c.address };
      }));
    const r = await correctedCopy(bytes, [{ sheet: ws.name, cell: address, text }, { ...numberCell, text: 'x' }]);
    expect(sha(bytes)).toBe(hash);
    const copy = await load(r.bytes);
    expect(copy.getWorksheet(ws.name)!.getCell(address).value).toBe(text);
    expect(typeof copy.getWorksheet(numberCell.sheet)!.getCell(numberCell.cell).value).toBe('number');
    expect(r.skipped).toEqual([{ ...numberCell, text: 'x' }]);
    for (const w of original.worksheets) {
      w.eachRow((row, ri) =>
        row.eachCell((c, ci) => {
          if (w.name === ws.name && c.address === address) return;
          expect([w.name, c.address, copy.getWorksheet(w.name)!.getCell(ri, ci).value]).toEqual([w.name, c.address, c.value]);
        }),
      );
    }
    expect(correctedFileName('D:\\预算\\2025 部门预算.xlsx')).toBe('2025 部门预算-已改正.xlsx');
  });
});
