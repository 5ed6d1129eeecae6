/**
 * The layout variants of variants.ts on real fixtures: each variant has the intended effect,
 * keeps the workbook model consistent, never touches its input, and survives an .xlsx round trip.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { formatRange, toA1 } from '../../src/core/address';
import { formatNumber } from '../../src/core/numfmt';
import { cellCount, cells, findSheet, getCell, type Cell, type Sheet, type Workbook } from '../../src/core/workbook';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import {
  amountsInYuan,
  genericSheetNames,
  isAmountCell,
  numbersAsText,
  remergeHeaders,
  splitCodeColumns,
  stackOnOneSheet,
  STACK_GAP,
  writeWorkbook,
} from './variants';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const HUANGPI = '2023-huangpi-ybfwzx-budget.xlsx';
const CAIDIAN = '2025-caidian-ybj-budget.xlsx';

const VARIANTS: [string, (wb: Workbook) => Workbook][] = [
  ['splitCodeColumns', splitCodeColumns],
  ['stackOnOneSheet', stackOnOneSheet],
  ['genericSheetNames', genericSheetNames],
  ['amountsInYuan', amountsInYuan],
  ['numbersAsText', numbersAsText],
  ['remergeHeaders', (wb) => remergeHeaders(wb)],
  ['remergeHeaders everyCell', (wb) => remergeHeaders(wb, { horizontal: 'everyCell' })],
];

const read = (file: string): Promise<Workbook> => readWorkbookFile(path.join(FIXTURES, file));

let huangpi: Workbook;
let caidian: Workbook;
beforeAll(async () => {
  [huangpi, caidian] = await Promise.all([read(HUANGPI), read(CAIDIAN)]);
});

// --- helpers -----------------------------------------------------------------------------------

function sheetOf(wb: Workbook, name: string): Sheet {
  const s = findSheet(wb, name);
  if (!s) throw new Error(`sheet ${name} missing`);
  return s;
}

const text = (s: Sheet, address: string): string | undefined => getCell(s, address)?.text;
const value = (s: Sheet, address: string) => getCell(s, address)?.value ?? null;
const refs = (s: Sheet): string[] => s.merges.map((m) => m.ref);

/** The row whose cells include one with this (trimmed) text. */
function rowWith(s: Sheet, label: string): number {
  for (const c of cells(s)) if (c.type === 'string' && String(c.value).trim() === label) return c.row;
  throw new Error(`${label} not on ${s.name}`);
}

function rowTexts(s: Sheet, row: number, from: number, to: number): string[] {
  const out: string[] = [];
  for (let col = from; col <= to; col++) out.push(s.rows[row - 1]?.[col - 1]?.text ?? '');
  return out;
}

function numbersOf(s: Sheet): number[] {
  return [...cells(s)].filter((c) => c.type === 'number').map((c) => c.value as number).sort((a, b) => a - b);
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    Object.values(o as object).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
}

/** Cell positions, extents, merge refs and texts agree with each other. */
function expectConsistent(wb: Workbook): void {
  wb.sheets.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(s.rowCount).toBe(s.rows.length);
    expect(s.colCount).toBe(Math.max(0, ...s.rows.map((r) => r.length)));
    if (s.rows.length > 0) expect(s.rows[s.rows.length - 1].some((c) => c)).toBe(true);
    s.rows.forEach((r, ri) =>
      r.forEach((c, ci) => {
        if (!c) return;
        expect([c.row, c.col, c.address]).toEqual([ri + 1, ci + 1, toA1(ri + 1, ci + 1)]);
        if (c.type === 'number') expect(c.text).toBe(formatNumber(c.value as number, c.numFmt));
        if (c.type === 'string') expect(c.text).toBe(c.value);
      }),
    );
    for (const m of s.merges) expect(m.ref).toBe(formatRange(m));
    expect(refs(s)).toEqual([...refs(s)].sort());
  });
}

// --- every variant -----------------------------------------------------------------------------

describe.each([HUANGPI, CAIDIAN])('every variant of %s', (file) => {
  const wb = () => (file === HUANGPI ? huangpi : caidian);

  test.each(VARIANTS)('%s leaves its input unchanged', async (_name, variant) => {
    const frozen = deepFreeze(await read(file));
    const out = variant(frozen); // a frozen input throws on any mutation
    expect(frozen).toEqual(await read(file));
    expect(out).not.toBe(frozen);
    expect(out.sheets.some((s, i) => s === frozen.sheets[i])).toBe(false);
  });

  test.each(VARIANTS)('%s gives a consistent model', (_name, variant) => {
    expectConsistent(variant(wb()));
  });

  test.each(VARIANTS)('%s survives writeWorkbook → readWorkbookFile exactly', async (name, variant) => {
    const out = variant(wb());
    const file2 = path.join(os.tmpdir(), `variant-${process.pid}-${name.replace(/\s+/g, '-')}-${file}`);
    try {
      await writeWorkbook(out, file2);
      const back = await readWorkbookFile(file2);
      expect(back.sheets).toEqual(out.sheets);
    } finally {
      await fs.rm(file2, { force: true });
    }
  });
});

test('writeWorkbook keeps sheet visibility and the original workbook round-trips', async () => {
  const wb: Workbook = {
    ...huangpi,
    sheets: huangpi.sheets.map((s, i) => ({ ...s, visibility: i === 2 ? 'hidden' : i === 3 ? 'veryHidden' : s.visibility })),
  };
  const file = path.join(os.tmpdir(), `variant-${process.pid}-visibility.xlsx`);
  try {
    await writeWorkbook(wb, file);
    const back = await readWorkbookFile(file);
    expect(back.sheets.map((s) => s.visibility).slice(0, 5)).toEqual(['visible', 'visible', 'hidden', 'veryHidden', 'visible']);
    expect(back.sheets).toEqual(wb.sheets);
  } finally {
    await fs.rm(file, { force: true });
  }
});

// --- 1. splitCodeColumns -----------------------------------------------------------------------

describe('splitCodeColumns', () => {
  test('表3 支出总表 (one-row header): 类 | 款 | 项 under a merged 科目编码, a header row inserted', () => {
    const before = sheetOf(huangpi, '表3 支出总表');
    const s = sheetOf(splitCodeColumns(huangpi), '表3 支出总表');
    expect(rowTexts(s, 3, 1, 5)).toEqual(['科目编码', '', '', '科目名称', '合计']);
    expect(rowTexts(s, 4, 1, 5)).toEqual(['类', '款', '项', '', '']);
    expect(refs(s)).toEqual(expect.arrayContaining(['A1:J1', 'A3:C3', 'D3:D4', 'E3:E4', 'J3:J4']));
    expect(text(s, 'J2')).toBe('单位：万元');
    // 合计 row: C4 → E5
    expect(text(s, 'D5')).toBe('合计');
    expect([value(s, 'E5'), text(s, 'E5')]).toEqual([1157.86, '1157.86']);
    const r = rowWith(s, '机关事业单位基本养老保险缴费支出');
    expect(r).toBe(rowWith(before, '机关事业单位基本养老保险缴费支出') + 1);
    expect(rowTexts(s, r, 1, 5)).toEqual(['208', '05', '05', '  机关事业单位基本养老保险缴费支出', '82.71']);
    expect(rowTexts(s, rowWith(s, '社会保障和就业支出'), 1, 3)).toEqual(['208', '', '']);
    expect(rowTexts(s, rowWith(s, '行政事业单位养老支出'), 1, 3)).toEqual(['208', '05', '']);
    expect([s.rowCount, s.colCount]).toEqual([before.rowCount + 1, before.colCount + 2]);
    expect(numbersOf(s)).toEqual(numbersOf(before));
  });

  test('表5 一般公共预算支出表 (vertical A3:A4 header): split in place, everything else two columns right', () => {
    const before = sheetOf(huangpi, '表5 一般公共预算支出表');
    const s = sheetOf(splitCodeColumns(huangpi), '表5 一般公共预算支出表');
    expect(refs(s)).toEqual(['A1:I1', 'A3:C3', 'D3:D4', 'E3:E4', 'F3:H3', 'I3:I4']);
    expect(rowTexts(s, 3, 1, 6)).toEqual(['科目编码', '', '', '科目名称', '合计', '基本支出']);
    expect(rowTexts(s, 4, 1, 8)).toEqual(['类', '款', '项', '', '', '小计', '人员经费', '公用经费']);
    expect([text(s, 'D5'), text(s, 'E5'), text(s, 'I5')]).toEqual(['合计', '1,157.86', '150.00']);
    expect(rowTexts(s, 9, 1, 5)).toEqual(['208', '05', '05', '  机关事业单位基本养老保险缴费支出', '82.71']);
    expect(rowTexts(s, 16, 1, 4)).toEqual(['210', '15', '50', '  事业运行']);
    expect([s.rowCount, s.colCount]).toEqual([before.rowCount, before.colCount + 2]);
    expect(rowTexts(s, 19, 1, 4)).toEqual(['221', '02', '01', '  住房公积金']);
  });

  test('表8 (no data rows): header split, the note stays in column A with its merge widened', () => {
    const before = sheetOf(huangpi, '表8 政府性基金预算支出表');
    const s = sheetOf(splitCodeColumns(huangpi), '表8 政府性基金预算支出表');
    expect(refs(s)).toEqual(['A1:G1', 'A3:C3', 'A6:G6', 'D3:D4', 'E3:G3']);
    expect(getCell(s, 'A6')).toEqual(getCell(before, 'A6'));
    expect(rowTexts(s, 4, 1, 5)).toEqual(['类', '款', '项', '', '合计']);
  });

  test('表6 基本支出表: economic codes split into 类 | 款 (one column added)', () => {
    const s = sheetOf(splitCodeColumns(huangpi), '表6 一般公共预算基本支出表');
    expect(refs(s)).toEqual(expect.arrayContaining(['A3:C3', 'A4:B4', 'C4:C5', 'D3:F3']));
    expect(rowTexts(s, 3, 1, 4)).toEqual(['部门预算支出经济分类科目', '', '', '本年一般公共预算基本支出']);
    expect(rowTexts(s, 5, 1, 2)).toEqual(['类', '款']);
    expect(rowTexts(s, rowWith(s, '基本工资'), 1, 4)).toEqual(['301', '01', ' 基本工资', '170.27']);
    expect(rowTexts(s, rowWith(s, '工资福利支出'), 1, 2)).toEqual(['301', '']);
  });

  test('蔡甸: 表3 and 表5 codes, 表6 economic under a row-2 group header, 表9 经济科目编码', () => {
    const out = splitCodeColumns(caidian);
    const t3 = sheetOf(out, '表3 支出总表');
    const r = rowWith(t3, '机关事业单位基本养老保险缴费支出');
    expect(rowTexts(t3, r, 1, 5)).toEqual(['208', '05', '05', '机关事业单位基本养老保险缴费支出', '19.62']);
    expect([text(t3, 'D5'), text(t3, 'E5')]).toEqual(['合计', '385.50']);
    const t5 = sheetOf(out, '表5 一般公共预算支出表');
    expect(rowTexts(t5, rowWith(t5, '行政运行'), 1, 5)).toEqual(['210', '15', '01', '行政运行', '189.18']);
    const t6 = sheetOf(out, '表6 一般公共预算基本支出表');
    expect(refs(t6)).toEqual(expect.arrayContaining(['A2:C2', 'A3:B3', 'C3:C4', 'D2:F2']));
    expect(rowTexts(t6, rowWith(t6, '其他交通费用'), 1, 4)).toEqual(['302', '39', '其他交通费用', '7.88']);
    const t9 = sheetOf(out, '表9 项目支出表');
    expect(rowTexts(t9, 3, 1, 3)).toEqual(['经济科目编码', '', '经济科目名称']);
    expect(rowTexts(t9, 4, 1, 2)).toEqual(['类', '款']);
  });

  test('sheets without a 科目编码 column are copied unchanged', () => {
    const out = splitCodeColumns(huangpi);
    for (const name of ['情况说明', '表1 收支总表', '表2 收入总表', '表9 项目支出表', '表10 单位整体支出绩效目标申报表']) {
      expect(sheetOf(out, name)).toEqual(sheetOf(huangpi, name));
    }
  });
});

// --- 2. stackOnOneSheet ------------------------------------------------------------------------

describe('stackOnOneSheet', () => {
  test.each([HUANGPI, CAIDIAN])('%s: every table on Sheet1, the narrative kept, nothing lost', (file) => {
    const wb = file === HUANGPI ? huangpi : caidian;
    const out = stackOnOneSheet(wb);
    expect(out.sheets.map((s) => s.name)).toEqual(['情况说明', 'Sheet1']);
    expect(out.sheets[0]).toEqual(wb.sheets[0]);
    const tables = wb.sheets.slice(1);
    const stacked = out.sheets[1];
    expect(cellCount(stacked)).toBe(tables.reduce((n, s) => n + cellCount(s), 0));
    expect(stacked.merges).toHaveLength(tables.reduce((n, s) => n + s.merges.length, 0));
    expect(stacked.colCount).toBe(Math.max(...tables.map((s) => s.colCount)));
    // each table starts two blank rows below the previous one, its title in place
    let top = 1;
    for (const s of tables) {
      const title = getCell(s, 'A1') as Cell;
      expect(getCell(stacked, toA1(top, 1))).toEqual({ ...title, row: top, address: toA1(top, 1) });
      for (let gap = 1; gap <= STACK_GAP; gap++) expect(stacked.rows[top + s.rowCount + gap - 2] ?? []).toEqual([]);
      top += s.rowCount + STACK_GAP;
    }
  });

  test('merges are shifted with their table', () => {
    const stacked = stackOnOneSheet(huangpi).sheets[1];
    const t1 = sheetOf(huangpi, '表1 收支总表');
    const offset = t1.rowCount + STACK_GAP; // 表2 starts at row offset + 1
    expect(text(stacked, toA1(offset + 1, 1))).toBe('二、收入总表');
    expect(refs(stacked)).toEqual(expect.arrayContaining(['A1:D1', `A${offset + 1}:S${offset + 1}`, `D${offset + 3}:M${offset + 3}`]));
  });
});

// --- 3. genericSheetNames ----------------------------------------------------------------------

test.each([HUANGPI, CAIDIAN])('genericSheetNames renames %s sheets in order, content unchanged', (file) => {
  const wb = file === HUANGPI ? huangpi : caidian;
  const out = genericSheetNames(wb);
  expect(out.sheets.map((s) => s.name)).toEqual(wb.sheets.map((_s, i) => `Sheet${i + 1}`));
  out.sheets.forEach((s, i) => expect({ ...s, name: wb.sheets[i].name }).toEqual(wb.sheets[i]));
});

// --- 4. amountsInYuan --------------------------------------------------------------------------

describe('amountsInYuan', () => {
  test('黄陂: amounts × 10,000 as #,##0.00, unit lines in 元', () => {
    const out = amountsInYuan(huangpi);
    const t1 = sheetOf(out, '表1 收支总表');
    expect(getCell(t1, 'B5')).toMatchObject({ type: 'number', value: 11578600, text: '11,578,600.00', numFmt: '#,##0.00' });
    expect(getCell(t1, 'D5')).toMatchObject({ value: 0, text: '0.00' });
    expect(text(t1, 'D2')).toBe('单位：元');
    expect(text(sheetOf(out, '表2 收入总表'), 'C5')).toBe('11,578,600.00');
    expect(text(sheetOf(out, '表7 一般公共预算“三公”经费支出表'), 'F2')).toBe('单位：元'); // was 单位:万元
    expect(text(sheetOf(out, '表6 一般公共预算基本支出表'), 'D9')).toBe('3,280,000.00'); // 奖金 328.00
  });

  test('黄陂: percents, years and tables already in 元 are not scaled', () => {
    const out = amountsInYuan(huangpi);
    const t10 = sheetOf(out, '表10 单位整体支出绩效目标申报表');
    const o10 = sheetOf(huangpi, '表10 单位整体支出绩效目标申报表');
    for (const a of ['E7', 'E11', 'E13']) expect(getCell(t10, a)).toEqual(getCell(o10, a));
    expect(text(t10, 'E13')).toBe('12.96%');
    expect(text(t10, 'D7')).toBe('11,578,600.00');
    const t11 = sheetOf(out, '表11 部门（单位）项目申报表(含绩效目标)');
    expect([value(t11, 'B9'), value(t11, 'F9')]).toEqual([2023, 2023]); // 起始年度 / 终止年度
    expect(value(t11, 'B17')).toBe(1500000); // 项目总预算 150
    expect(sheetOf(out, '表12 政府采购预算表')).toEqual(sheetOf(huangpi, '表12 政府采购预算表')); // 单位:元
    expect(sheetOf(out, '情况说明')).toEqual(sheetOf(huangpi, '情况说明'));
  });

  test('蔡甸: decimal-exact scaling, 资金单位：万元 and General-format cells', () => {
    const out = amountsInYuan(caidian);
    const t6 = sheetOf(out, '表6 一般公共预算基本支出表');
    expect([value(t6, 'C18'), text(t6, 'C18')]).toEqual([700, '700.00']); // 印刷费 0.07 (0.07 × 10000 ≠ 700 in floats)
    expect(value(t6, 'C30')).toBe(100); // 0.01
    const t10 = sheetOf(out, '表10 部门整体支出绩效目标表');
    expect(text(t10, 'H2')).toBe('资金单位：元');
    expect([value(t10, 'D7'), value(t10, 'F7')]).toEqual([3855000, 4016200]);
    expect(getCell(t10, 'E8')).toEqual(getCell(sheetOf(caidian, '表10 部门整体支出绩效目标表'), 'E8')); // 占比 0
    expect(text(sheetOf(out, '表11 项目支出绩效目标表'), 'H3')).toBe('单位：元');
  });

  test('every number is either unchanged or an amount × 10,000', () => {
    for (const wb of [huangpi, caidian]) {
      const out = amountsInYuan(wb);
      wb.sheets.forEach((s, i) => {
        for (const c of cells(s)) {
          const v = getCell(out.sheets[i], c.address) as Cell;
          if (c.type !== 'number') continue;
          const scaled = isAmountCell(s, c) && !['表12 政府采购预算表'].includes(s.name);
          expect(v.value).toBeCloseTo(scaled ? (c.value as number) * 10000 : (c.value as number), 6);
        }
        for (const c of cells(out.sheets[i])) expect(c.text).not.toMatch(/单位\s*[:：]\s*万元/);
      });
    }
  });
});

// --- 5. numbersAsText --------------------------------------------------------------------------

describe('numbersAsText', () => {
  test('黄陂: amounts as text with thousands separators, zero amounts blank', () => {
    const out = numbersAsText(huangpi);
    const t5 = sheetOf(out, '表5 一般公共预算支出表');
    expect(getCell(t5, 'C5')).toEqual({ row: 5, col: 3, address: 'C5', type: 'string', value: '1,157.86', text: '1,157.86' });
    expect(getCell(t5, 'G6')).toBeUndefined(); // 0.00
    expect(getCell(sheetOf(out, '表2 收入总表'), 'C5')?.value).toBe('1,157.86'); // '0.00' format gains a separator
    expect(getCell(sheetOf(out, '表1 收支总表'), 'D30')?.value).toBe('1,157.86');
    const t10 = sheetOf(out, '表10 单位整体支出绩效目标申报表');
    expect(getCell(t10, 'E7')).toMatchObject({ type: 'number', value: 1, text: '100.00%' });
    expect(getCell(t10, 'D13')?.value).toBe('150'); // General format keeps its own digits
    expect(getCell(sheetOf(out, '表11 部门（单位）项目申报表(含绩效目标)'), 'B9')?.value).toBe(2023);
    expect(sheetOf(out, '表7 一般公共预算“三公”经费支出表').rows[4]).toEqual([]); // a row of 0.00
  });

  test('蔡甸: General amounts, 占比 0 kept as a number', () => {
    const t10 = sheetOf(numbersAsText(caidian), '表10 部门整体支出绩效目标表');
    expect([value(t10, 'D7'), value(t10, 'F7')]).toEqual(['385.5', '401.62']);
    expect(getCell(t10, 'D8')).toBeUndefined();
    expect(getCell(t10, 'E8')).toMatchObject({ type: 'number', value: 0 });
  });

  test.each([HUANGPI, CAIDIAN])('%s: no amount is left a number, no 0.00 cell remains', (file) => {
    const out = numbersAsText(file === HUANGPI ? huangpi : caidian);
    for (const s of out.sheets) {
      for (const c of cells(s)) {
        expect(c.text).not.toBe('0.00');
        if (c.type === 'number') expect(isAmountCell(s, c)).toBe(false);
      }
    }
  });
});

// --- 6. remergeHeaders -------------------------------------------------------------------------

describe('remergeHeaders', () => {
  test('vertical merges repeat their text, horizontal ones keep it in the first cell, banners stay', () => {
    const out = remergeHeaders(huangpi);
    const t5 = sheetOf(out, '表5 一般公共预算支出表');
    expect(refs(t5)).toEqual(['A1:G1']);
    expect(rowTexts(t5, 3, 1, 7)).toEqual(['科目编码', '科目名称', '合计', '基本支出', '', '', '项目支出']);
    expect(rowTexts(t5, 4, 1, 7)).toEqual(['科目编码', '科目名称', '合计', '小计', '人员经费', '公用经费', '项目支出']);
    const t7 = sheetOf(out, '表7 一般公共预算“三公”经费支出表');
    expect(refs(t7)).toEqual(['A1:F1', 'A6:F6']); // title and note
    expect(rowTexts(t7, 4, 1, 3)).toEqual(['“三公”经费合计', '因公出国（境）费', '小计']);
    expect(text(sheetOf(out, '表1 收支总表'), 'B3')).toBeUndefined(); // 收 入 over A3:B3
  });

  test('everyCell repeats horizontal group headers across their span', () => {
    const t5 = sheetOf(remergeHeaders(huangpi, { horizontal: 'everyCell' }), '表5 一般公共预算支出表');
    expect(rowTexts(t5, 3, 4, 6)).toEqual(['基本支出', '基本支出', '基本支出']);
    const t6 = sheetOf(remergeHeaders(caidian, { horizontal: 'everyCell' }), '表6 一般公共预算基本支出表');
    expect(rowTexts(t6, 2, 1, 5)).toEqual([
      '部门预算支出经济分类科目',
      '部门预算支出经济分类科目',
      '本年一般公共预算基本支出',
      '本年一般公共预算基本支出',
      '本年一般公共预算基本支出',
    ]);
    expect(refs(t6)).toEqual(['A1:E1']);
  });

  test('numbers are never duplicated', () => {
    const out = remergeHeaders(caidian, { horizontal: 'everyCell' });
    caidian.sheets.forEach((s, i) => expect(numbersOf(out.sheets[i])).toEqual(numbersOf(s)));
  });
});
