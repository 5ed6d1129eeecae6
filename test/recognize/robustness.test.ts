/** The finder and classifier on hand-made sheets: stacked tables, empty and odd sheets, a very long sheet. */
import { findBlocks, recognise } from '../../src/core/recognize';
import { formatRange } from '../../src/core/address';
import { createSheet, makeCell, putCell, type Sheet, type Workbook } from '../../src/core/workbook';

type Row = (string | number | null)[];
function sheetOf(name: string, rows: Row[]): Sheet {
  const s = createSheet(name, 0);
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v !== null) putCell(s, makeCell({ row: i + 1, col: j + 1, value: v, numFmt: typeof v === 'number' ? '#,##0.00' : undefined }));
    }),
  );
  return s;
}
const wbOf = (...sheets: Sheet[]): Workbook => ({ source: 't', sheets: sheets.map((s, i) => ({ ...s, index: i })) });

const EXPENDITURE: Row[] = [
  ['支出总表'],
  ['部门/单位：某局', null, null, null, '单位：万元'],
  ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
  [null, '合计', 100, 80, 20],
  ['208', '社会保障和就业支出', 100, 80, 20],
];
const THREE_PUBLIC: Row[] = [
  ['一般公共预算“三公”经费支出表'],
  ['部门/单位：某局', null, null, null, '单位：万元'],
  ['“三公”经费合计', '因公出国（境）费', '公务用车购置及运行费', '公务接待费'],
  [3, 0, 2, 1],
  ['备注：本表无政府性基金安排的“三公”经费。'],
];

test('tables stacked on one sheet are split into blocks', () => {
  const s = sheetOf('Sheet1', [...EXPENDITURE, [], [], ...THREE_PUBLIC]);
  const blocks = findBlocks(s);
  expect(blocks.map((b) => [formatRange(b.range), b.title?.text, b.header, b.body, b.notes.map((n) => n.text)])).toEqual([
    ['A1:E5', '支出总表', [3, 3], [4, 5], []],
    ['A8:E12', '一般公共预算“三公”经费支出表', [10, 10], [11, 11], ['备注：本表无政府性基金安排的“三公”经费。']],
  ]);
  const r = recognise(wbOf(s));
  expect(r.tables.map((t) => t.kind)).toEqual(['expenditure-summary', 'three-public']);
  // generic sheet names do not matter
  expect(r.tables.every((t) => t.titleDisagreement === null)).toBe(true);
});

test('empty sheets and pictures-only sheets give no block and no crash', () => {
  const r = recognise(wbOf(sheetOf('空表', []), sheetOf('图片', [])));
  expect(r).toEqual({ tables: [], unrecognised: [] });
});

test('a block that is no standard table is reported as 未识别 with the reason', () => {
  const s = sheetOf('Sheet2', [
    ['人员名单'],
    ['姓名', '岗位'],
    ['张三', '会计'],
  ]);
  const r = recognise(wbOf(s));
  expect(r.tables).toEqual([]);
  expect(r.unrecognised.map((u) => [u.block.sheet, formatRange(u.block.range), u.reason])).toEqual([
    ['Sheet2', 'A1:B3', '没有标题，表头也不像任何一张标准公开表'],
  ]);
});

test('title only: recognised with low confidence and the evidence says so', () => {
  const s = sheetOf('x', [['政府性基金预算支出表'], ['部门/单位：某局', null, '单位：万元'], ['甲', '乙'], ['丙', '丁']]);
  const [t] = recognise(wbOf(s)).tables;
  expect(t.kind).toBe('gov-fund');
  expect(t.confidence).toBe(0.5);
  expect(t.evidence[0]).toMatch(/^仅凭标题/);
});

test('amounts stored as text with thousands separators are read as amounts', () => {
  const s = sheetOf('表3', [
    ['支出总表'],
    ['部门/单位：某局', null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    [null, '合计', '1,157.86', '1,007.86', '150.00'],
  ]);
  const [t] = recognise(wbOf(s)).tables;
  const total = t.rows.find((r) => r.type === 'total')!;
  const a = total.values['合计'].amount;
  expect(a.kind === 'number' && a.value.toString()).toBe('1157.86');
  expect(a.kind === 'number' && a.storedAsText).toBe(true);
});

test('amounts in 元 are normalised to 万元 with their precision scaled', () => {
  const s = sheetOf('表3', [
    ['支出总表'],
    ['部门/单位：某局', null, null, null, '单位：元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    [null, '合计', 11578600, 10078600, 1500000],
  ]);
  const [t] = recognise(wbOf(s)).tables;
  expect(t.moneyUnit).toBe('元');
  const a = t.rows[0].values['合计'].amount;
  expect(a.kind === 'number' && [a.value.toString(), a.decimals]).toEqual(['1157.86', 6]);
});

test('a sheet with 100,000 rows is recognised without trouble', () => {
  const rows: Row[] = [['支出总表'], ['部门/单位：某局', null, null, null, '单位：万元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出']];
  for (let i = 0; i < 100000; i++) rows.push([`2080${String(500 + (i % 99)).padStart(3, '0')}`, `科目${i}`, 1, 1, 0]);
  const r = recognise(wbOf(sheetOf('大表', rows)));
  expect(r.tables).toHaveLength(1);
  expect(r.tables[0].rows).toHaveLength(100000);
});
