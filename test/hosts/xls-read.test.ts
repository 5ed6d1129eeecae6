/**
 * .xls, .et and .ods input (SheetJS, `@e965/xlsx`): every fixture saved by LibreOffice as .xls and
 * .ods (test/fixtures-xls/, made by scripts/build-xls-fixtures.ts) reads into the same model as its
 * .xlsx and gives the same findings; the features workbook keeps values, formats, merges, errors,
 * dates and hidden sheets; SheetJS and exceljs give the same model for .xlsx (so the faster one
 * reads); bad inputs still get their precise messages.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ReadError } from '../../src/core/errors';
import { analyseWorkbook } from '../../src/core/report';
import { cellAt, findSheet, getCell, type Workbook } from '../../src/core/workbook';
import { readWorkbookFileExcelJS } from '../../src/hosts/xlsx/exceljs-node';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { readWorkbookBytes } from '../../src/hosts/xlsx/workbook-bytes';
import { featuresWorkbook } from '../support/features-workbook';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const SAVED = path.join(ROOT, 'test', 'fixtures-xls');
const BAD = path.join(ROOT, 'test', 'bad-inputs');
const SEEDS = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).sort();
const STALE = '（test/fixtures-xls 过期时运行 npx tsx scripts/build-xls-fixtures.ts 重新生成）';

/** The model without its source name (the file names differ by extension). */
const model = (wb: Workbook) => wb.sheets;

describe('every fixture saved as .xls and .ods by LibreOffice', () => {
  test('there is one of each for every fixture', () => {
    for (const f of SEEDS) for (const ext of ['.xls', '.ods']) expect([f, fs.existsSync(path.join(SAVED, f.replace(/\.xlsx$/, ext)))]).toEqual([f, true]);
  });

  test.each(SEEDS.flatMap((f) => [[f, '.xls'], [f, '.ods']]))('%s as %s: the same model and the same findings as the .xlsx', async (file, ext) => {
    const xlsx = await readWorkbookFile(path.join(FIXTURES, file));
    const other = await readWorkbookFile(path.join(SAVED, file.replace(/\.xlsx$/, ext)));
    expect(other.sheets.map((s) => [s.name, s.visibility, s.rowCount, s.colCount])).toEqual(xlsx.sheets.map((s) => [s.name, s.visibility, s.rowCount, s.colCount]));
    // .ods: SheetJS drops the merge of an empty merged cell; every merge it keeps is right
    for (const [i, s] of other.sheets.entries()) for (const m of s.merges) expect(xlsx.sheets[i].merges.map((x) => x.ref)).toContain(m.ref);
    // cell by cell: value, type, number format (printed precision) and displayed text
    if (ext === '.xls') expect(model(other)).toEqual(model(xlsx));
    const a = analyseWorkbook(file, xlsx);
    const b = analyseWorkbook(file, other);
    expect([STALE, b.findings]).toEqual([STALE, a.findings]);
    expect(b.document).toEqual(a.document);
    expect(b.findings.length).toBeGreaterThan(0);
  });

  test('a WPS 表格 .et (a BIFF compound file, like .xls) reads the same', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-et-'));
    const et = path.join(dir, '2025-caidian-ybj-budget.et');
    fs.copyFileSync(path.join(SAVED, '2025-caidian-ybj-budget.xls'), et);
    const wb = await readWorkbookFile(et);
    expect(wb.source).toBe('2025-caidian-ybj-budget.et');
    expect(model(wb)).toEqual(model(await readWorkbookFile(path.join(FIXTURES, '2025-caidian-ybj-budget.xlsx'))));
  });
});

describe('the features workbook through every format', () => {
  let xlsx: Workbook;
  beforeAll(async () => {
    xlsx = await readWorkbookBytes(await featuresWorkbook(), 'features.xlsx');
  });

  test.each(['.xls', '.ods'])('%s: values, formats, formulas, errors, dates, merges and hidden sheets', async (ext) => {
    const wb = await readWorkbookFile(path.join(SAVED, `features${ext}`));
    expect(wb.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['表1 收支总表', 'visible'],
      ['底稿', 'hidden'],
      // LibreOffice has no "very hidden": it saves such a sheet as hidden (the reader's mapping is tested below)
      ['参数', 'hidden'],
      ['空表', 'visible'],
    ]);
    const s = findSheet(wb, '表1 收支总表')!;
    expect(s.merges.map((m) => m.ref)).toEqual(['A1:D1', 'A3:A4']);
    expect(cellAt(s, 1, 1)?.value).toBe('收支总表');
    expect(getCell(s, 'B5')).toMatchObject({ type: 'number', value: 1157.86, text: '1,157.86' });
    expect(getCell(s, 'C6')).toMatchObject({ value: 0.1989, text: '19.89%' });
    expect(getCell(s, 'B7')).toMatchObject({ value: 0, text: '-' });
    expect(getCell(s, 'C7')).toMatchObject({ value: 12.5, text: '12.5' });
    expect(getCell(s, 'C5')).toMatchObject({ type: 'number', value: 2315.72, text: '2315.72' });
    expect(getCell(s, 'C5')?.formula?.replace(/^of:=|\[\.|\]/g, '')).toMatch(/B5\*2/);
    expect(getCell(s, 'D5')).toMatchObject({ type: 'error', value: null, error: '#REF!' });
    expect(getCell(s, 'E5')).toMatchObject({ type: 'error', error: '#DIV/0!' });
    expect(getCell(s, 'E6')).toMatchObject({ type: 'string', value: '#REF!' });
    expect(getCell(s, 'B6')).toMatchObject({ type: 'string', value: '1,157.86' });
    expect(getCell(s, 'D6')).toMatchObject({ type: 'string', value: '卫生健康支出' });
    expect(getCell(s, 'F6')).toMatchObject({ type: 'date', value: 44926 });
    // LibreOffice keeps a boolean as a number formatted TRUE/FALSE in .ods
    expect(getCell(s, 'D7')).toMatchObject(ext === '.xls' ? { type: 'boolean', value: true } : { value: 1 });
    // the same printed precision as the .xlsx, cell by cell
    const x = findSheet(xlsx, '表1 收支总表')!;
    for (const a of ['B5', 'C6', 'B7', 'C7']) expect([a, getCell(s, a)?.text]).toEqual([a, getCell(x, a)?.text]);
  });
});

test('a very hidden sheet of an .xls (as Excel writes it) stays very hidden', async () => {
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['收支总表'], [1157.86]]), '表1');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['x']]), '底稿');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([[2025]]), '参数');
  book.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }, { Hidden: 2 }] };
  const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
  const wb = await readWorkbookBytes(bytes, 'a.xls');
  expect(wb.sheets.map((s) => [s.name, s.visibility])).toEqual([
    ['表1', 'visible'],
    ['底稿', 'hidden'],
    ['参数', 'veryHidden'],
  ]);
});

describe('SheetJS and exceljs read .xlsx into the same model', () => {
  test.each(SEEDS)('%s', async (file) => {
    const f = path.join(FIXTURES, file);
    expect(await readWorkbookFile(f)).toEqual(await readWorkbookFileExcelJS(f));
  });

  test('the features workbook', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-features-'));
    const f = path.join(dir, 'features.xlsx');
    fs.writeFileSync(f, await featuresWorkbook());
    expect(await readWorkbookFile(f)).toEqual(await readWorkbookFileExcelJS(f));
  });
});

describe('bad inputs through the new reader', () => {
  const code = async (file: string) =>
    readWorkbookFile(file).then(
      () => null,
      (e: unknown) => (e instanceof ReadError ? e.code : `not a ReadError: ${String(e)}`),
    );

  test.each([
    ['html-export.xls', 'HTML_TABLE'],
    ['password-protected.xlsx', 'ENCRYPTED'],
    ['truncated-corrupt.xlsx', 'CORRUPT'],
    ['text-export.xlsx', 'CSV_TEXT'],
    ['word-document.xlsx', 'NOT_XLSX_ZIP'],
    ['zero-bytes.xlsx', 'EMPTY_FILE'],
    ['empty-workbook.xlsx', 'EMPTY_WORKBOOK'],
  ])('%s → %s', async (file, expected) => {
    expect(await code(path.join(BAD, file))).toBe(expected);
  });

  test('the legacy .xls of the bad inputs now reads', async () => {
    const wb = await readWorkbookFile(path.join(BAD, 'legacy-97-2003.xls'));
    expect(getCell(wb.sheets[0], 'B3')).toMatchObject({ value: 1157.86, numFmt: '#,##0.00', text: '1,157.86' });
  });

  test('a cut .xls and an .ods cut short are corrupt, never a crash', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-cut-'));
    for (const [name, src] of [
      ['cut.xls', '2025-caidian-ybj-budget.xls'],
      ['cut.et', '2025-caidian-ybj-budget.xls'],
      ['cut.ods', '2025-caidian-ybj-budget.ods'],
    ]) {
      const f = path.join(dir, name);
      fs.writeFileSync(f, fs.readFileSync(path.join(SAVED, src)).subarray(0, 3000));
      expect([name, await code(f)]).toEqual([name, 'CORRUPT']);
    }
  });

  test('an OLE2 file that is not a workbook (a Word 97 .doc renamed .xls) is refused', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-doc-'));
    const f = path.join(dir, 'report.xls');
    // an OLE2 header followed by nothing a spreadsheet reader understands
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    fs.writeFileSync(f, bytes);
    expect(await code(f)).toBe('CORRUPT');
  });
});
