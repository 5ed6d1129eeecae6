/**
 * Recognition's fast paths (issue 19, second pass) against the plain code they replace, on every
 * block of every fixture workbook and of its layout variants: the classifier asks words of cell
 * word sets instead of searching one joined text (plain: test/recognize/plain-classify.ts); merged
 * ranges looked up in a grid per sheet; form labels asked about patterns through bits per key;
 * header columns found by flags (plain: test/recognize/plain-columns.ts); a number cell's amount
 * remembered per format and value.
 */
import * as path from 'path';
import { findBlocks } from '../../src/core/recognize';
import { isAmountText, readBlocks } from '../../src/core/recognize/blocks';
import { blockText, CellTexts, kindFromContent } from '../../src/core/recognize/classify';
import { formatRange, type RangeRef } from '../../src/core/address';
import { parseCellAmount } from '../../src/core/amount';
import { cellAmount } from '../../src/core/recognize/amounts';
import { codeShape } from '../../src/core/recognize/rows';
import { keyBits, PATTERNS } from '../../src/core/recognize/forms';
import { mergeAt } from '../../src/core/recognize/merges';
import { norm } from '../../src/core/recognize/text';
import { addMerge, createSheet, makeCell, mergeAt as mergeAtPlain, putCell, type Sheet, type Workbook } from '../../src/core/workbook';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { headerColumns } from '../../src/core/recognize/columns';
import type { Block } from '../../src/core/recognize/types';
import { plainBlockText, plainCodeRows, plainKindFromContent } from './plain-classify';
import { plainHeaderColumns } from './plain-columns';
import { FIXTURE_FILES, FIXTURES, LAYOUT_VARIANTS } from './fixture-variants';

const files = FIXTURE_FILES;
const variants = LAYOUT_VARIANTS;

describe.each(files)('%s', (file) => {
  let wb: Workbook;
  beforeAll(async () => {
    wb = await readWorkbookFile(path.join(FIXTURES, file));
  });

  test.each(variants)('%s: every block classified as the plain classifier does', (_name, variant) => {
    const book = variant(wb);
    let blocks = 0;
    for (const sheet of book.sheets) {
      const read = readBlocks(sheet);
      expect(read.blocks).toEqual(findBlocks(sheet));
      for (const b of read.blocks) {
        blocks++;
        const fast = blockText(sheet, b, read.rows.get(b));
        const plain = plainBlockText(sheet, b);
        expect([sheet.name, b.range, kindFromContent(fast)]).toEqual([sheet.name, b.range, plainKindFromContent(plain)]);
        // the words each asks of the header and of the body, and the code labels
        expect(fast.header.joined).toBe(plain.header);
        expect(fast.body.joined).toBe(plain.body);
        expect(fast.codes).toEqual(plainCodeRows(plain.labels));
        // the rows findBlocks read = the sheet's rows scanned again
        const scanned = blockText(sheet, b);
        expect([scanned.header.joined, scanned.body.joined, scanned.codes]).toEqual([fast.header.joined, fast.body.joined, fast.codes]);
        // header columns and paths (flags in column order, arrays by column)
        expect(headerColumns(sheet, b)).toEqual(plainHeaderColumns(sheet, b));
      }
    }
    expect(blocks).toBeGreaterThan(0);
  });
});

describe('CellTexts', () => {
  const texts = ['项目名称', '绩效 目标', '部门|职能', '因公出国（境）费', '其他收入', '', '财政拨款(补助)', '人员经费|公用经费', '１２３'];
  const words = ['项目名称', '绩效目标', '部门职能', '部门', '职能', '因公出国', '财政拨款(补助)', '其他收入', '人员经费', '公用经费', '不在词表中', '123', '费|其他', '名称|绩效'];

  test('a word is in the cells exactly when it is in their texts joined by "|" (words in the list or not)', () => {
    for (let n = 0; n <= texts.length; n++) {
      const t = new CellTexts();
      for (const x of texts.slice(0, n)) if (x) t.add(x);
      for (const w of words) expect([n, w, t.has(w)]).toEqual([n, w, t.joined.includes(w)]);
      expect(t.hasAny(words.slice(0, 3))).toBe(words.slice(0, 3).some((w) => t.joined.includes(w)));
      expect(t.hasAll(['人员经费', '公用经费'])).toBe(t.joined.includes('人员经费') && t.joined.includes('公用经费'));
    }
  });

  test('add gives the normalised text, asked twice (remembered) the same', () => {
    const t = new CellTexts();
    expect(t.add(' 因公出国（境）费 ')).toBe('因公出国(境)费');
    expect(t.add(' 因公出国（境）费 ')).toBe('因公出国(境)费');
    expect(t.joined).toBe('因公出国(境)费|因公出国(境)费');
    expect(t.has('因公出国')).toBe(true);
    expect(t.has('公务接待')).toBe(false);
  });
});

describe('mergeAt through the per-sheet grid', () => {
  const sheetWith = (merges: RangeRef[]): Sheet => {
    const s = createSheet('m', 0);
    putCell(s, makeCell({ row: 200, col: 12, value: 'x' }));
    for (const m of merges) addMerge(s, formatRange(m), m);
    return s;
  };
  const agree = (s: Sheet) => {
    for (let r = 0; r <= s.rowCount + 1; r++) for (let c = 0; c <= s.colCount + 1; c++) if (mergeAt(s, r, c) !== mergeAtPlain(s, r, c)) throw new Error(`${s.name} (${r}, ${c})`);
  };

  test.each(files)('%s: the same merge as workbook.ts gives, for every cell of every sheet', async (file) => {
    const wb = await readWorkbookFile(path.join(FIXTURES, file));
    for (const s of wb.sheets) agree(s);
  });

  test('overlapping merges (the first listed), tall merges, few and many merges', () => {
    const few = [
      { top: 2, left: 2, bottom: 4, right: 5 },
      { top: 3, left: 4, bottom: 6, right: 8 },
    ];
    agree(sheetWith(few));
    const many = [...few, { top: 1, left: 1, bottom: 150, right: 2 }, ...Array.from({ length: 20 }, (_, i) => ({ top: 10 + i * 3, left: 3, bottom: 11 + i * 3, right: 3 + (i % 4) }))];
    agree(sheetWith(many));
    agree(sheetWith([...many].reverse()));
  });

  test('a merge added after the grid was built is seen; a sheet of huge merges is asked without a grid', () => {
    const s = sheetWith([{ top: 1, left: 1, bottom: 2, right: 2 }]);
    expect(mergeAt(s, 5, 5)).toBeUndefined();
    addMerge(s, 'E5:F6', { top: 5, left: 5, bottom: 6, right: 6 });
    expect(mergeAt(s, 6, 6)?.ref).toBe('E5:F6');
    agree(s);
    const huge = sheetWith([{ top: 1, left: 1, bottom: 1000, right: 200 }, { top: 3, left: 3, bottom: 4, right: 4 }]);
    expect(mergeAt(huge, 3, 3)?.ref).toBe('A1:GR1000');
    agree(huge);
  });
});

test.each(files)('%s: the form patterns read from a label\'s bits = each pattern tested on its key', async (file) => {
  const wb = await readWorkbookFile(path.join(FIXTURES, file));
  const keys = new Set<string>(['项目名称', '项目名称：某项目', '项目编码', '项目代码:123', '总预算（万元）', '本年度预算数', '资金来源', '支出明细及测算依据', '收入构成', '支出', '项目支出情况（万元）', '当年金额', '占比', '近两年']);
  for (const s of wb.sheets) for (const row of s.rows) for (const c of row) if (c && c.type === 'string') keys.add(norm(c.text).replace(/:$/, ''));
  for (const k of keys) {
    const bits = keyBits(k);
    PATTERNS.forEach((re, i) => {
      if (((bits >> i) & 1) !== (re.test(k) ? 1 : 0)) throw new Error(`${re} on ${k}`);
    });
  }
});

test('header texts that are no names (栏次 digits, asterisks) are dropped as the plain index drops them', () => {
  const s = createSheet('t', 0);
  const rows: (string | number | null)[][] = [
    ['支出决算表'],
    ['单位：万元'],
    ['项目', null, '本年支出', null, '＊', '*', '12a', ' 3 '],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出', '**', '1', '2'],
    ['208', '社会保障和就业支出', 100, 80, 20, 1, 2, 3],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && putCell(s, makeCell({ row: i + 1, col: j + 1, value: v }))));
  addMerge(s, 'A3:B3', { top: 3, left: 1, bottom: 3, right: 2 });
  addMerge(s, 'C3:D3', { top: 3, left: 3, bottom: 3, right: 4 });
  const b: Block = { sheet: 't', range: { top: 1, left: 1, bottom: 5, right: 9 }, title: null, unitLines: [], header: [3, 4], body: [5, 5], notes: [] };
  const fast = headerColumns(s, b);
  expect(fast).toEqual(plainHeaderColumns(s, b));
  expect(fast.paths[6]).toEqual(['12a']);
  expect(fast.paths[5]).toEqual([]);
  expect(fast.columns).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
});

test('code rows counted from first texts as the plain classifier counts its labels (edge cases)', () => {
  const firsts: (string | null)[][] = [
    ['201', '一般公共服务支出'],
    ['201'],
    ['20101'],
    ['2010101', '行政运行'],
    ['208支出'],
    ['[101001]', '某局'],
    ['[101001]'],
    ['101', '某局本级支出'],
    ['101001', '某局'],
    ['301', '工资福利支出'],
    ['30101'],
    ['3010101', 'x'],
    ['2x', '支出'],
    ['[12]', '某'],
    [null, '201', '支出'],
    ['２０１', '一般 公共服务 支出'],
  ];
  const s = createSheet('c', 0);
  firsts.forEach((r, i) => r.forEach((v, j) => v !== null && putCell(s, makeCell({ row: i + 1, col: j + 1, value: v }))));
  const b: Block = { sheet: 'c', range: { top: 1, left: 1, bottom: firsts.length, right: 3 }, title: null, unitLines: [], header: null, body: [1, firsts.length], notes: [] };
  const plain = plainBlockText(s, b);
  expect(blockText(s, b).codes).toEqual(plainCodeRows(plain.labels));
  expect(plainCodeRows(plain.labels)).toEqual({ functionRows: 6, unitRows: 2, economicRows: 2 });
});

test('isAmountText = the amount-text pattern on the trimmed text, for every first character', () => {
  const rule = /^[（(-]?\d{1,3}(,\d{3})*(\.\d+)?[)）]?$|^[（(-]?\d+\.\d+[)）]?$/;
  const texts = ['1,234.50', ' 12.5 ', '（12.50）', '(1)', '-3', '\u3000１２', '12a', '合计', '', ' ', 'x1', '.5', '1.', '\t(2.0)'];
  for (let ch = 0; ch < 0x10000; ch += ch < 0x3100 ? 1 : 97) texts.push(`${String.fromCharCode(ch)}12.5`, `${String.fromCharCode(ch)}1`);
  for (const t of texts) if (isAmountText(t) !== rule.test(t.trim())) throw new Error(`isAmountText(${JSON.stringify(t)})`);
  expect(isAmountText(' 12.5 ')).toBe(true);
});

describe('cellAmount (amounts remembered per format and value) = parseCellAmount', () => {
  const same = (cell: Parameters<typeof parseCellAmount>[0]) => {
    const plain = parseCellAmount(cell);
    for (let pass = 0; pass < 2; pass++) {
      const fast = cellAmount(cell);
      // every field, in order (a Decimal as its string), and the values equal as decimals
      if (JSON.stringify(fast) !== JSON.stringify(plain)) throw new Error(`${cell?.address}: ${JSON.stringify(fast)} ≠ ${JSON.stringify(plain)}`);
      if (fast.kind === 'number' && plain.kind === 'number') {
        const equal = fast.value.equals(plain.value) || (fast.value.isNaN() && plain.value.isNaN());
        expect(equal && fast.value.isNegative() === plain.value.isNegative() && fast.decimals === plain.decimals && fast.text === plain.text).toBe(true);
        expect(fast.stored?.toString()).toBe(plain.stored?.toString());
      }
    }
  };

  test.each(files)('%s: every cell', async (file) => {
    const wb = await readWorkbookFile(path.join(FIXTURES, file));
    for (const s of wb.sheets) for (const row of s.rows) for (const c of row) same(c);
  });

  test('the same value under other formats and texts; -0, NaN, infinities, empty and text cells', () => {
    const formats = [undefined, '0.00', '#,##0.00', '0%', '0.00%', '0.0', '#,##0', '0.000_ ', '@'];
    const values = [0, -0, 1, -1, 0.1, 0.125, 1.005, 12345.678, 1e21, -2.5, 1 / 3, 99999999.995, NaN, Infinity, -Infinity];
    const s = createSheet('v', 0);
    let r = 0;
    for (const numFmt of formats) for (const value of values) putCell(s, makeCell({ row: ++r, col: 1, value, numFmt }));
    putCell(s, makeCell({ row: ++r, col: 1, value: 12.5, numFmt: '0.00', text: '12.50 (shown)' }));
    putCell(s, makeCell({ row: ++r, col: 1, value: '1,234.50' }));
    for (const row of s.rows) for (const c of row) same(c);
    same(undefined);
    same(null);
    // past its bound the memo takes no more pairs and answers stay right
    const many = createSheet('many', 0);
    for (let i = 1; i <= 20050; i++) putCell(many, makeCell({ row: i, col: 1, value: i + 0.25, numFmt: '0.00' }));
    for (const row of many.rows) cellAmount(row[0]);
    for (const i of [1, 19999, 20001, 20050]) same(many.rows[i - 1][0]);
    // one cell's copy is not another's: each keeps its own text and object
    const a = cellAmount(s.rows[3][0]);
    const b = cellAmount(s.rows[3][0]);
    expect(a).not.toBe(b);
  });
});

test('codeShape (remembered per code) = each pattern classify asked of the code', () => {
  const codes = ['201', '20101', '2010101', '208050', '301', '30101', '31', '04', '101001', '23A123456', '2023A1234567', '3x', 'x', '', '２０１', '0', '2'];
  for (let pass = 0; pass < 2; pass++)
    for (const code of codes)
      expect([code, codeShape(code)]).toMatchObject([
        code,
        {
          project: /^\d{2,}[A-Z]\d{6,}$/.test(code),
          digits: /^\d+$/.test(code),
          fn: /^2\d{2}(\d{2}){0,2}$/.test(code),
          startsWith3: /^3/.test(code),
          economic: /^3\d{2}(\d{2})?$/.test(code),
          truncated: /^2\d{5}$/.test(code),
          two: /^\d{2}$/.test(code),
        },
      ]);
});
