/**
 * Regressions of issue 20, each from its minimal input: the three-cell crash, a stray far cell,
 * a 50,000-row table, a year 1900, lost shared strings, a workbook without any budget table,
 * bit-flipped files, and a formula-like text starting with "-" and a digit in the CSV export.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { recognise } from '../../src/core/recognize';
import { analyseWorkbook, NO_TABLES_RULE } from '../../src/core/report';
import { createSheet, makeCell, putCell, type Sheet, type Workbook } from '../../src/core/workbook';
import { ReadError } from '../../src/core/errors';
import { findingsCsv, findingsXlsx, inert } from '../../src/hosts/xlsx/export';
import { readXlsxBytes } from '../../src/hosts/xlsx/read';
import { cli } from '../support/cli';
import { readParts, zipParts } from '../support/zip';
import { workbookOf } from '../support/hostile';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const read = (bytes: Uint8Array) => readXlsxBytes(ExcelJS, bytes, 'x.xlsx', (wb) => wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer));

function sheetOf(cells: [number, number, string | number][], name = 'Sheet1'): Sheet {
  const s = createSheet(name, 0);
  for (const [row, col, value] of cells) putCell(s, makeCell({ row, col, value, numFmt: typeof value === 'number' ? '#,##0.00' : undefined }));
  return s;
}
const wbOf = (...sheets: Sheet[]): Workbook => ({ source: 't.xlsx', sheets: sheets.map((s, i) => ({ ...s, index: i })) });

test('three cells — a title and label rows without any money column — are no crash', () => {
  const wb = wbOf(sheetOf([[1, 1, '四、财政拨款收支总表'], [2, 1, '收入'], [3, 1, '收入总计']]));
  const r = recognise(wb);
  expect(r.tables.map((t) => t.kind)).toEqual(['fiscal-summary']);
  const report = analyseWorkbook('t.xlsx', wb, r);
  expect(report.skipped?.filter((s) => /规则运行出错/.test(s.reason))).toEqual([]);
});

describe('a stray cell far away changes nothing and costs nothing', () => {
  const table: [number, number, string | number][] = [
    [1, 1, '支出总表'],
    [2, 1, '部门/单位：某局'],
    [2, 5, '单位：万元'],
    [3, 1, '科目编码'],
    [3, 2, '科目名称'],
    [3, 3, '合计'],
    [3, 4, '基本支出'],
    [3, 5, '项目支出'],
    [4, 2, '合计'],
    [4, 3, 100],
    [4, 4, 80],
    [4, 5, 20],
    [5, 1, '208'],
    [5, 2, '社会保障和就业支出'],
    [5, 3, 100],
    [5, 4, 80],
    [5, 5, 20],
  ];
  const rowsOf = (wb: Workbook) => recognise(wb).tables.flatMap((t) => t.rows.map((r) => [r.type, r.code, r.name, Object.keys(r.values).sort().join()]));
  const plain = rowsOf(wbOf(sheetOf(table)));
  const errorsOf = (wb: Workbook) => analyseWorkbook('t.xlsx', wb).findings.filter((f) => f.severity === 'error').map((f) => f.message);

  test.each([
    ['below the table (V20000)', 20000, 22],
    ['at the last cell of a sheet (XFD1048576)', 1048576, 16384],
  ])('%s', (_, row, col) => {
    const wb = wbOf(sheetOf([...table, [row, col, 'x']]));
    // before the fix this ran for minutes (header and body scans over the rectangle); jest's timeout bounds it now
    expect(rowsOf(wb)).toEqual(plain);
    expect(errorsOf(wb)).toEqual(errorsOf(wbOf(sheetOf(table))));
  });

  test('a header made of thousands of text rows is read in one pass', () => {
    const cells: [number, number, string | number][] = [[1, 1, '支出总表']];
    for (let r = 2; r < 3000; r++) cells.push([r, 1, `说明 ${r}`], [r, 3, `第 ${r} 行`]);
    cells.push([3000, 22, 'x']);
    const r = recognise(wbOf(sheetOf(cells)));
    expect(r.tables.length + r.unrecognised.length).toBeGreaterThan(0);
  });
});

test('a coded table of 50,000 rows is read and checked (linear work)', () => {
  const n = 50_000;
  const cells: [number, number, string | number][] = [
    [1, 1, '一般公共预算支出表'],
    [2, 1, '部门/单位：某局'],
    [2, 5, '单位：万元'],
    ...['科目编码', '科目名称', '合计', '基本支出', '项目支出'].map((h, i): [number, number, string] => [3, i + 1, h]),
    [4, 2, '合计'],
    [4, 3, n],
    [4, 4, n],
    [4, 5, 0],
  ];
  for (let i = 0; i < n; i++) cells.push([5 + i, 1, String(2010101 + i)], [5 + i, 2, `项目${i}`], [5 + i, 3, 1], [5 + i, 4, 1], [5 + i, 5, 0]);
  const wb = wbOf(sheetOf(cells, '表5'));
  const rec = recognise(wb);
  expect(rec.tables[0].rows).toHaveLength(n + 1);
  const report = analyseWorkbook('t.xlsx', wb, rec);
  expect(report.skipped?.filter((s) => /规则运行出错/.test(s.reason))).toEqual([]);
});

test('a title "1900年…" gives no document year outside 1990–2100 (the schema)', () => {
  const wb = wbOf(sheetOf([[1, 1, '1900年部门预算收支总表'], [2, 1, '收入'], [2, 3, '支出']]));
  expect(analyseWorkbook('t.xlsx', wb).document?.year).toBeNull();
  const ok = wbOf(sheetOf([[1, 1, '2025年部门预算收支总表'], [2, 1, '收入'], [2, 3, '支出']]));
  expect(analyseWorkbook('t.xlsx', ok).document?.year).toBe(2025);
});

describe('damaged and unrelated workbooks never look clean', () => {
  test('lost shared strings: refused, and the message says no budget table was recognised', async () => {
    const parts = await readParts(fs.readFileSync(path.join(FIXTURES, '2025-caidian-ybj-budget.xlsx')));
    parts.delete('xl/sharedStrings.xml');
    const err = await read(zipParts(parts)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).code).toBe('LOST_STRINGS');
    expect((err as ReadError).message).toContain('没有识别出预算或决算表');
  });

  test('a workbook with one unrelated text cell: a warning "没有识别出预算或决算表", ⚠ in the text output', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bc-')), '名单.xlsx');
    fs.writeFileSync(file, workbookOf([['Sheet1', [['张三']]]]));
    const json = await cli(['--format', 'json', file]);
    const [f] = JSON.parse(json.out).files;
    expect(f.error).toBeNull();
    expect(f.findings.map((x: { rule: string; severity: string }) => [x.rule, x.severity])).toEqual([[NO_TABLES_RULE, 'warning']]);
    expect(f.findings[0].message).toMatch(/^没有识别出预算或决算表/);
    const text = await cli([file]);
    expect(text.out).toMatch(/^⚠ .*名单\.xlsx/m);
    expect(text.out).not.toMatch(/^✔/m);
    expect(text.out).toContain('没有识别出预算或决算表');
  });

  test('a workbook of numbers only says its text may be lost', () => {
    const wb = wbOf(sheetOf([[1, 1, 0], [2, 1, 1], [3, 2, 2]]));
    const f = analyseWorkbook('t.xlsx', wb).findings.find((x) => x.rule === NO_TABLES_RULE);
    expect(f?.message).toContain('没有任何文字');
  });

  test('the fixtures have their tables and no such warning', async () => {
    const { out } = await cli(['--format', 'json', FIXTURES]);
    for (const f of JSON.parse(out).files) expect(f.findings.some((x: { rule: string }) => x.rule === NO_TABLES_RULE)).toBe(false);
  });

  test('bit-flipped files: a Chinese message that says damaged, never "所有工作表均为空", never the library’s English', async () => {
    const bytes = fs.readFileSync(path.join(FIXTURES, '2023-huangpi-ybfwzx-budget.xlsx'));
    let seed = 20;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    let refused = 0;
    for (let i = 0; i < 40; i++) {
      const b = new Uint8Array(bytes);
      for (let k = 0; k < 4; k++) {
        const at = Math.floor(rand() * b.length);
        b[at] ^= 1 << Math.floor(rand() * 8);
      }
      const err = await read(b).then(
        () => null,
        (e: unknown) => e,
      );
      if (!err) continue; // the flips hit bytes nobody reads (e.g. a header's time stamp)
      refused++;
      expect(err).toBeInstanceOf(ReadError);
      const m = (err as Error).message;
      expect(m).not.toContain('所有工作表均为空');
      expect(m).not.toMatch(/Error|Cannot|undefined|Invalid|Unexpected|unexpected|end of data|\[object/);
    }
    expect(refused).toBeGreaterThan(30);
  });
});

test('CSV export: "-2+3+cmd|\' /C calc\'!A0" (a minus and a digit) is made inert; plain negative numbers stay', () => {
  const attack = "-2+3+cmd|' /C calc'!A0";
  expect(inert(attack)).toBe(`'${attack}`);
  expect(inert('-0.25')).toBe('-0.25');
  expect(inert('-1,234.50')).toBe('-1,234.50');
  expect(inert(' =1+1')).toBe("' =1+1");
  const csv = findingsCsv([{ report: { path: 'a.xlsx' } as never, rows: [{ values: [attack, '-12.5'] } as never] }]);
  expect(csv).toContain(`"'${attack.replace(/"/g, '""')}"`.replace(/^"|"$/g, ''));
  expect(csv).not.toMatch(/(^|,)-2\+3/m);
});

test('.xlsx export: formula-like text is written as text (a string cell, no formula), exactly as it was', async () => {
  const texts = ['=HYPERLINK("http://x","y")', "-2+3+cmd|' /C calc'!A0", '+1+1', '@SUM(A1)'];
  const bytes = await findingsXlsx([{ report: { path: 'a.xlsx' } as never, rows: [{ values: texts } as never] }]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const row = wb.worksheets[0].getRow(2);
  expect(texts.map((_, i) => [row.getCell(i + 1).type, row.getCell(i + 1).value])).toEqual(texts.map((t) => [ExcelJS.ValueType.String, t]));
  const parts = await readParts(bytes);
  const sheetXml = new TextDecoder().decode([...parts].find(([n]) => /worksheets\/sheet1\.xml$/.test(n))![1]);
  expect(sheetXml).not.toContain('<f>');
});
