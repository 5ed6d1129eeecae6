import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { ReadError } from '../../src/core/errors';
import { cellAt, findSheet, getCell, mergeAt, usedRange, type Workbook } from '../../src/core/workbook';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';

const BAD = path.join(__dirname, '..', 'bad-inputs');

describe('bad inputs get an exact Chinese message', () => {
  test.each([
    ['zero-bytes.xlsx', 'EMPTY_FILE', '无法读取：文件为空（0 字节）。'],
    [
      'password-protected.xlsx',
      'ENCRYPTED',
      '无法读取：工作簿设有打开密码（文件已加密）。请在 Excel 中打开后依次点击“文件 → 信息 → 保护工作簿 → 用密码进行加密”，清空密码并保存，再进行检查。',
    ],
    [
      'truncated-corrupt.xlsx',
      'CORRUPT',
      '无法读取：文件已损坏或不是有效的 Excel 工作簿（.xlsx）。请在 Excel 中打开确认，必要时重新导出。',
    ],
    [
      'html-export.xls',
      'HTML_TABLE',
      '无法读取：这是网页（HTML）格式的表格，只是扩展名为 .xls/.xlsx。请在 Excel 或 WPS 中打开后“另存为”Excel 工作簿（*.xlsx）再检查。',
    ],
    [
      'text-export.xlsx',
      'CSV_TEXT',
      '无法读取：这是纯文本（CSV/TXT）文件，不是 Excel 工作簿。请在 Excel 中打开后“另存为”Excel 工作簿（*.xlsx）再检查。',
    ],
    ['word-document.xlsx', 'NOT_XLSX_ZIP', '无法读取：文件是压缩包或其他 Office 文档（如 Word），不是 Excel 工作簿（.xlsx）。'],
    ['empty-workbook.xlsx', 'EMPTY_WORKBOOK', '工作簿中没有任何数据：所有工作表均为空。'],
  ])('%s → %s', async (file, code, message) => {
    const err = await readWorkbookFile(path.join(BAD, file)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).code).toBe(code);
    expect((err as ReadError).message).toBe(message);
  });

  test('a missing file', async () => {
    await expect(readWorkbookFile(path.join(BAD, 'nope.xlsx'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  test('random bytes are reported as corrupt, never crash', async () => {
    const file = path.join(os.tmpdir(), `bc-random-${process.pid}.xlsx`);
    fs.writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
    await expect(readWorkbookFile(file)).rejects.toMatchObject({ code: 'CORRUPT' });
  });

  test('a zip whose workbook part is broken XML is corrupt', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').getCell('A1').value = 1;
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    // flip bytes in the middle of the compressed data
    const bad = Buffer.from(good);
    for (let i = 200; i < 1200; i++) bad[i] = 0x41;
    const file = path.join(os.tmpdir(), `bc-flipped-${process.pid}.xlsx`);
    fs.writeFileSync(file, bad);
    await expect(readWorkbookFile(file)).rejects.toMatchObject({ code: 'CORRUPT' });
  });
});

describe('reading a workbook', () => {
  let wb: Workbook;
  beforeAll(async () => {
    const ejs = new ExcelJS.Workbook();
    const ws = ejs.addWorksheet('表1 收支总表');
    ws.getCell('A1').value = '收支总表';
    ws.mergeCells('A1:D1');
    ws.getCell('A2').value = '部门/单位：黄陂区医疗保障服务中心';
    ws.getCell('D2').value = '单位：万元';
    ws.mergeCells('A3:A4');
    ws.getCell('A3').value = '项目';
    ws.getCell('B5').value = 1157.86;
    ws.getCell('B5').numFmt = '#,##0.00';
    ws.getCell('C5').value = { formula: 'B5*2', result: 2315.72 } as ExcelJS.CellFormulaValue;
    ws.getCell('C5').numFmt = '0.00';
    ws.getCell('D5').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    ws.getCell('E5').value = { formula: '1/0', result: { error: '#DIV/0!' } } as unknown as ExcelJS.CellFormulaValue;
    ws.getCell('B6').value = '1,157.86';
    ws.getCell('C6').value = 0.1989;
    ws.getCell('C6').numFmt = '0.00%';
    ws.getCell('D6').value = { richText: [{ text: '卫生' }, { text: '健康支出' }] };
    ws.getCell('E6').value = '#REF!';
    ws.getCell('F6').value = new Date(Date.UTC(2022, 11, 31));
    ws.getCell('B7').value = 0;
    ws.getCell('B7').numFmt = '#,##0.00;-#,##0.00;"-"';
    const hidden = ejs.addWorksheet('底稿', { state: 'hidden' });
    hidden.getCell('A1').value = 'x';
    ejs.addWorksheet('空表');
    const file = path.join(os.tmpdir(), `bc-read-${process.pid}.xlsx`);
    await ejs.xlsx.writeFile(file);
    wb = await readWorkbookFile(file);
  });

  test('sheets with names, order, visibility and used ranges', () => {
    expect(wb.sheets.map((s) => [s.name, s.index, s.visibility])).toEqual([
      ['表1 收支总表', 0, 'visible'],
      ['底稿', 1, 'hidden'],
      ['空表', 2, 'visible'],
    ]);
    expect(usedRange(wb.sheets[0])).toBe('A1:F7');
    expect(usedRange(wb.sheets[2])).toBeNull();
  });

  test('numbers keep their value, format and displayed text', () => {
    const s = findSheet(wb, '表1 收支总表')!;
    expect(getCell(s, 'B5')).toMatchObject({ type: 'number', value: 1157.86, numFmt: '#,##0.00', text: '1,157.86' });
    expect(getCell(s, 'C6')).toMatchObject({ value: 0.1989, text: '19.89%' });
    expect(getCell(s, 'B7')).toMatchObject({ value: 0, text: '-' });
  });

  test('formulas keep their cached result and formula text', () => {
    const s = findSheet(wb, '表1 收支总表')!;
    expect(getCell(s, 'C5')).toMatchObject({ type: 'number', value: 2315.72, formula: 'B5*2', text: '2315.72' });
  });

  test('error values are errors, not numbers; a typed "#REF!" text is text', () => {
    const s = findSheet(wb, '表1 收支总表')!;
    expect(getCell(s, 'D5')).toMatchObject({ type: 'error', value: null, error: '#REF!', text: '#REF!' });
    expect(getCell(s, 'E5')).toMatchObject({ type: 'error', error: '#DIV/0!', formula: '1/0' });
    expect(getCell(s, 'E6')).toMatchObject({ type: 'string', value: '#REF!' });
  });

  test('text numbers, rich text and dates', () => {
    const s = findSheet(wb, '表1 收支总表')!;
    expect(getCell(s, 'B6')).toMatchObject({ type: 'string', value: '1,157.86' });
    expect(getCell(s, 'D6')).toMatchObject({ type: 'string', value: '卫生健康支出' });
    expect(getCell(s, 'F6')).toMatchObject({ type: 'date', value: 44926, text: '2022-12-31' });
  });

  test('merged ranges; only the master cell holds the value', () => {
    const s = findSheet(wb, '表1 收支总表')!;
    expect(s.merges.map((m) => m.ref)).toEqual(['A1:D1', 'A3:A4']);
    expect(mergeAt(s, 1, 3)?.ref).toBe('A1:D1');
    expect(cellAt(s, 1, 1)?.value).toBe('收支总表');
    expect(cellAt(s, 1, 2)).toBeUndefined();
    expect(s.mergesKnown).toBe(true);
  });
});
