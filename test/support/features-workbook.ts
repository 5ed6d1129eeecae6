/**
 * A small workbook with every feature the readers must carry through: merges, number formats
 * (thousands, percent, a zero shown as "-"), a formula with its cached result, error values, a
 * typed "#REF!" text, rich text, a date, a hidden and a very hidden sheet, an empty sheet.
 * Used by the reader tests and saved as .xls/.ods by scripts/build-xls-fixtures.ts.
 */
import ExcelJS from 'exceljs';

export async function featuresWorkbook(): Promise<Uint8Array> {
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
  ws.getCell('F6').numFmt = 'yyyy-mm-dd';
  ws.getCell('B7').value = 0;
  ws.getCell('B7').numFmt = '#,##0.00;-#,##0.00;"-"';
  ws.getCell('C7').value = 12.5;
  ws.getCell('C7').numFmt = '0.0';
  ws.getCell('D7').value = true;
  const hidden = ejs.addWorksheet('底稿', { state: 'hidden' });
  hidden.getCell('A1').value = 'x';
  const veryHidden = ejs.addWorksheet('参数', { state: 'veryHidden' });
  veryHidden.getCell('B2').value = 2025;
  ejs.addWorksheet('空表');
  return new Uint8Array(await ejs.xlsx.writeBuffer());
}
