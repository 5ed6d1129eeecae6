/**
 * Recognition's allocation pass (issue 19, sixth pass) against the plain code it replaces, on every
 * fixture workbook and its layout variants, and on generated sheets: the table finder reads each row
 * as a range of one list of the sheet's cells, with counts, instead of three arrays per row, and
 * describes blocks from index ranges instead of slices (plain: test/recognize/plain-blocks.ts); the
 * row reader pushes rows as it reads them and shares a code's classes (plain:
 * test/recognize/plain-rows.ts); the form reader keeps labels only for the texts that match one of
 * its patterns (plain: test/recognize/plain-forms.ts); column mapping keeps a header path that has
 * nothing to drop (plain: test/recognize/plain-map-columns.ts). Compared as JSON (the key order is the CLI's)
 * and deep.
 */
import * as path from 'path';
import { parseCellAmount } from '../../src/core/amount';
import { recognise } from '../../src/core/recognize';
import { amountMemo } from '../../src/core/recognize/amounts';
import { filled, readBlocks, type BlockRows } from '../../src/core/recognize/blocks';
import { mapColumns } from '../../src/core/recognize/columns';
import { readDeptForm, readProjectForms } from '../../src/core/recognize/forms';
import { readRows } from '../../src/core/recognize/rows';
import { TABLE_KINDS, type Block } from '../../src/core/recognize/types';
import { createSheet, makeCell, putCell, type Sheet, type Workbook } from '../../src/core/workbook';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { plainReadBlocks } from './plain-blocks';
import { plainReadDeptForm, plainReadProjectForms } from './plain-forms';
import { plainMapColumns } from './plain-map-columns';
import { plainReadRows } from './plain-rows';
import { FIXTURE_FILES, FIXTURES, LAYOUT_VARIANTS } from './fixture-variants';

const files = FIXTURE_FILES;
const variants = LAYOUT_VARIANTS;

/** A block's rows as the plain finder gives them: row number and text cells' texts. */
function rowTexts(rows: BlockRows | undefined): [number, string[]][] | undefined {
  if (!rows) return undefined;
  const out: [number, string[]][] = [];
  for (let k = rows.from; k < rows.to; k++) {
    const info = rows.rows[k];
    const texts: string[] = [];
    for (let i = info.from; i < info.to; i++) {
      const c = info.cells[i];
      if (filled(c) && c.type === 'string') texts.push(c.text);
    }
    out.push([info.r, texts]);
  }
  return out;
}

/** readBlocks = the plain finder on a sheet: the same blocks (as JSON too), the same rows read for each. */
function expectBlocksAsPlain(sheet: Sheet): Block[] {
  const fast = readBlocks(sheet);
  const plain = plainReadBlocks(sheet);
  expect(JSON.stringify(fast.blocks)).toBe(JSON.stringify(plain.blocks));
  expect(fast.blocks).toStrictEqual(plain.blocks);
  fast.blocks.forEach((b, i) => {
    const p = plain.rows.get(plain.blocks[i]);
    expect([sheet.name, b.range, rowTexts(fast.rows.get(b))]).toEqual([sheet.name, b.range, p?.map((x) => [x.r, x.texts.map((c) => c.text)])]);
  });
  return fast.blocks;
}

describe.each(files)('%s', (file) => {
  let wb: Workbook;
  beforeAll(async () => {
    wb = await readWorkbookFile(path.join(FIXTURES, file));
  });

  test.each(variants)('%s: blocks and the rows of every table as the plain code reads them', (_name, variant) => {
    const book = variant(wb);
    let blocks = 0;
    for (const sheet of book.sheets) blocks += expectBlocksAsPlain(sheet).length;
    expect(blocks).toBeGreaterThan(0);
    let rows = 0;
    for (const t of recognise(book).tables) {
      const sheet = book.sheets.find((s) => s.name === t.block.sheet) as Sheet;
      const fast = readRows(sheet, t.block, t.kind, t.columns, t.moneyUnit);
      const plain = plainReadRows(sheet, t.block, t.kind, t.columns, t.moneyUnit);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(plain));
      expect(fast).toStrictEqual(plain);
      rows += fast.length;
    }
    expect(rows).toBeGreaterThan(0);
  });

  test.each(variants)('%s: the columns of every block, as every kind, mapped as the plain code maps them', (_name, variant) => {
    const book = variant(wb);
    let columns = 0;
    for (const sheet of book.sheets)
      for (const b of readBlocks(sheet).blocks)
        for (const kind of TABLE_KINDS) {
          const fast = mapColumns(sheet, b, kind);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(plainMapColumns(sheet, b, kind)));
          columns += fast.length;
        }
    expect(columns).toBeGreaterThan(0);
  });

  test.each(variants)('%s: every block read as a form as the plain form reader reads it', (_name, variant) => {
    const book = variant(wb);
    // every block, not only the forms: a table read as a form must give what the plain reader gives too
    let forms = 0;
    for (const sheet of book.sheets) {
      const read = readBlocks(sheet);
      for (const b of read.blocks)
        for (const unit of ['万元', '元'] as const) {
          const dept = readDeptForm(sheet, b, unit);
          const plainDept = JSON.stringify(plainReadDeptForm(sheet, b, unit));
          expect(JSON.stringify(dept)).toBe(plainDept);
          const projects = readProjectForms(sheet, b, unit);
          const plainProjects = JSON.stringify(plainReadProjectForms(sheet, b, unit));
          expect(JSON.stringify(projects)).toBe(plainProjects);
          // and with the rows findBlocks read for the block (labels from their facts), as recognise reads them
          expect(JSON.stringify(readDeptForm(sheet, b, unit, read.rows.get(b)))).toBe(plainDept);
          expect(JSON.stringify(readProjectForms(sheet, b, unit, read.rows.get(b)))).toBe(plainProjects);
          forms += projects.length + (dept ? 1 : 0);
        }
    }
    if (wb.sheets.some((s) => /绩效/.test(s.name))) expect(forms).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------- generated sheets

/** xorshift, no Math.random: a failure reproduces. */
function random(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

type Row = (string | number | null)[];
/** Rows of every sort the finder tells apart, with stray blanks and white space. */
const ROWS: Row[] = [
  ['2022年部门收支总表'],
  ['一般公共预算支出表', null, '公开02表'],
  ['表1'],
  ['公开 09 表'],
  ['附件2'],
  ['续表'],
  ['（续）'],
  ['单位：万元'],
  ['部门：某局', null, '单位：元'],
  ['[101001]某局本级'],
  ['科目编码', '科目名称', '合计'],
  ['科目编码', '科目名称', '基本支出', '项目支出'],
  [null, '项目', '预算数'],
  ['栏次', 1, 2, 3],
  [1, 2, 3, 4],
  [2, 3, 4],
  [9, 10, 11],
  [7, 8, 9],
  [8, 9, 10],
  ['2080501', '行政单位离退休', 12.5, 3],
  ['  2080502', '  事业单位离退休', 1.25],
  ['208', '社会保障和就业支出', 100, 20, 80],
  ['合计', null, 100],
  ['合 计'],
  ['一、一般公共预算拨款收入', null, '一、一般公共服务支出'],
  ['1,234.50', '其他'],
  ['(12.50)'],
  ['23A1234567', '某项目', 5],
  ['注：本表为空表。'],
  ['备注：单位为万元'],
  ['说明：'],
  ['这是一段很长的说明文字，讲部门的职能、机构设置和预算安排的情况，一行一段。'],
  ['   ', '\u3000', null],
  ['', null, '科目名称'],
  [' 收 入 ', null, ' 支 出 '],
  // words told on their normalised text (white space inside): cellFacts asks norm(), not the raw text
  ['栏 次', 1, 2, 3],
  [' 行\u3000次 ', '科 目 名 称', ' 合 计 '],
  ['一、一般公共预算 拨款收入', null, '二、 支出'],
];

/** Parts of stacked tables: a few of each, so that titles and headers often repeat (a table continued). */
const TITLES: Row[] = [['一般公共预算支出表'], ['2022年部门收支总表'], ['续表'], ['表1'], ['公开01表', null, null, '单位：万元']];
const UNIT_LINES: Row[] = [['单位：万元'], ['部门：某局', null, '单位：元'], ['[101001]某局本级']];
const HEADERS: Row[] = [
  ['科目编码', '科目名称', '合计'],
  [null, '项目', '预算数'],
  ['栏次', 1, 2, 3],
  [null, null, '金额'],
  ['科目 编码', '科目名称 ', '合　计'],
];
const DATA: Row[] = [
  ['2080501', '行政单位离退休', 12.5, 3],
  ['208', '社会保障和就业支出', 100, 20, 80],
  ['合计', null, 100],
  ['一、一般公共预算拨款收入', null, '一、一般公共服务支出'],
  [1, 2, 3, 4],
  [8, 9, 10],
];
const NOTES: Row[] = [['注：本表为空表。'], ['备注：单位为万元'], ['说明：']];

function generatedSheet(seed: number): Sheet {
  const next = random(seed);
  const pick = (rows: Row[]): Row => rows[Math.floor(next() * rows.length)];
  const s = createSheet(`G${seed}`, 0);
  let r = 1;
  const put = (row: Row, left: number) => {
    const fmt = next() < 0.2 ? '0.00' : next() < 0.5 ? '0' : '#,##0.00';
    row.forEach((v, j) => {
      if (v !== null) putCell(s, makeCell({ row: r, col: left + j, value: v, numFmt: typeof v === 'number' ? fmt : undefined }));
    });
    r++;
  };
  const parts = 2 + Math.floor(next() * 12);
  for (let i = 0; i < parts; i++) {
    // gaps of 0–3 blank rows
    r += Math.floor(next() * 4);
    const left = 1 + (next() < 0.85 ? 0 : 1);
    if (next() < 0.3) {
      put(pick(ROWS), left);
      continue;
    }
    // a table: title, unit line, header rows (a blank one among them at times), data rows, a note
    // a title area of up to six rows at times (a marker, the title, unit lines): the finder looks at five
    if (next() < 0.2) put(['公开 09 表'], left);
    put(pick(TITLES), left);
    for (let u = next() < 0.2 ? 4 : next() < 0.7 ? 1 : 0; u > 0; u--) put(pick(UNIT_LINES), left);
    for (let h = 1 + Math.floor(next() * 3); h > 0; h--) {
      if (next() < 0.1) r++;
      put(pick(HEADERS), left);
    }
    for (let d = Math.floor(next() * 5); d > 0; d--) put(pick(next() < 0.15 ? HEADERS : DATA), left);
    if (next() < 0.3) put(pick(NOTES), left);
  }
  return s;
}

test('generated sheets: the same blocks and rows as the plain finder', () => {
  let blocks = 0;
  let skipped = 0;
  for (let seed = 1; seed <= 1500; seed++) {
    const found = expectBlocksAsPlain(generatedSheet(seed));
    blocks += found.length;
    skipped += found.filter((b) => b.skip).length;
  }
  // the generator reaches blocks with repeated heads or continuations, not only plain ones
  expect(blocks).toBeGreaterThan(2000);
  expect(skipped).toBeGreaterThan(250);
});

test('a sheet repeated on the next page, header row for row: joined as the plain finder joins it', () => {
  const s = createSheet('续', 0);
  const put = (r: number, row: Row) => row.forEach((v, j) => v !== null && putCell(s, makeCell({ row: r, col: j + 1, value: v, numFmt: typeof v === 'number' ? '0.00' : undefined })));
  for (const top of [1, 12]) {
    put(top, ['一般公共预算支出表']);
    put(top + 1, ['单位：万元']);
    put(top + 2, ['科目编码', '科目名称', '合计']);
    // a blank header row inside the header: its signature is the empty one on both pages
    put(top + 4, [null, null, '金额']);
    for (let k = 0; k < 4; k++) put(top + 5 + k, [`20805${k}`, `支出${k}`, 10 + k]);
  }
  const blocks = expectBlocksAsPlain(s);
  expect(blocks).toHaveLength(1);
  expect(blocks[0].skip).toEqual([12, 13, 14, 15, 16]);
});

test('a long table (rows past the first 400 the classifier reads, asked only their first text): the same blocks as the plain finder', () => {
  // rows past the first 400 of a body look up no facts: their first text is normalised as it is asked;
  // the header repeated there (a page break), text rows and unit lines among them are still found
  const s = createSheet('长表', 0);
  const put = (r: number, row: Row) => row.forEach((v, j) => v !== null && putCell(s, makeCell({ row: r, col: j + 1, value: v, numFmt: typeof v === 'number' ? '0.00' : undefined })));
  put(1, ['一般公共预算支出表']);
  put(2, ['单位：万元']);
  put(3, [' 科目 编码', '科目名称', '合 计']);
  for (let r = 4; r < 1300; r++) {
    if (r % 450 === 0) put(r, [' 科目 编码', '科目名称', '合 计']);
    else if (r % 451 === 0) put(r, ['续表']);
    else if (r % 452 === 0) put(r, ['单位：万元']);
    else if (r % 97 === 0) put(r, ['其他 支出', '说明']);
    else put(r, [`2080${r % 100}`, ` 支出 ${r}`, r * 1.5]);
  }
  const blocks = expectBlocksAsPlain(s);
  expect(blocks).toHaveLength(1);
  expect(blocks[0].skip).toEqual([450, 451, 452, 900, 902, 904]);
});

test('a form whose labels end in a colon, read from the rows findBlocks read: as the plain form reader reads it', () => {
  const s = createSheet('表', 0);
  const rows: Row[] = [
    ['项目支出绩效目标表'],
    ['单位：万元'],
    ['项目名称：', '某 项目', '项目编码:', '2023A1234567'],
    ['项目总预算：', 10, '项目当年预算：', 8],
    ['资金来源：', null, '金额'],
    ['财政拨款', null, 5],
    ['其中：一般公共预算', null, 5],
    ['其他资金', null, 3],
    ['合计：', null, 8],
  ];
  rows.forEach((row, i) => row.forEach((v, j) => v !== null && putCell(s, makeCell({ row: i + 1, col: j + 1, value: v, numFmt: typeof v === 'number' ? '0.00' : undefined }))));
  const read = readBlocks(s);
  expect(read.blocks).toHaveLength(1);
  const b = read.blocks[0];
  const fast = readProjectForms(s, b, '万元', read.rows.get(b));
  expect(JSON.stringify(fast)).toBe(JSON.stringify(plainReadProjectForms(s, b, '万元')));
  expect(fast[0].name?.text).toBe('某 项目');
  expect(fast[0].totalBudget?.cell).toBe('B4');
});

test('generated tables of every kind, split or whole codes, 元 or 万元: the same rows as the plain reader', () => {
  const CODES = ['', '201', '20101', '2010101', '208050', '301', '30101', '3010101', '31', '04', '101', '101001', '23A123456', '2023A1234567', '合计', 'x'];
  const SEGMENTS = ['', '208', '05', ' 05 ', '2080505', '20805', '3', '301', '02', '2', 'x'];
  const NAMES = ['', '合计', '某项目', '  人员经费合计', '2080505 机关事业单位', '301 工资福利支出', '一、收入'];
  const VALUES: (string | number | null)[] = [null, null, 0, 12.5, 30000, -1, '1,234.50', '—', '某项目', '人员经费合计'];
  const ITEMS = [null, null, '台式计算机', ' '];
  const layouts: [string, (string | null)[]][] = [
    ['split', ['科目编码.类', '科目编码.款', '科目编码.项', '科目名称', '合计', '采购数量', '采购品目']],
    ['codes', ['科目编码', '项目编码', '单位代码', '单位名称', '合计', '基本支出', '资产名称']],
    ['one code', ['科目编码', '科目名称', '行次', '金额', '数量']],
    ['panels', ['科目编码', '科目名称', '合计', '科目编码', '科目名称', '合计']],
    ['no label', [null, '合计', '基本支出']],
  ];
  const kinds = ['income-summary', 'general-budget-by-unit', 'project-expenditure', 'procurement', 'purchase-services', 'basic-expenditure', 'fiscal-expenditure', 'three-public', 'gov-fund'] as const;
  let compared = 0;
  for (let seed = 1; seed <= 120; seed++) {
    const next = random(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
    for (const [name, keys] of layouts) {
      const s = createSheet(`R${seed}`, 0);
      const rows = 3 + Math.floor(next() * 12);
      for (let r = 1; r <= rows; r++) {
        if (next() < 0.1) continue; // a blank row
        keys.forEach((key, j) => {
          const v = key === null || /名称|项目$/.test(key) ? pick(NAMES) : key.startsWith('科目编码.') ? pick(SEGMENTS) : /编码|代码/.test(key) ? pick(CODES) : key === '行次' ? r : /品目|资产名称/.test(key) ? pick(ITEMS) : pick(VALUES);
          if (v !== null && v !== '') putCell(s, makeCell({ row: r, col: j + 1, value: v, numFmt: typeof v === 'number' ? '#,##0.00' : undefined }));
        });
      }
      const columns = keys.map((key, j) => ({ col: j + 1, path: key ? [key] : [], key }));
      const block: Block = { sheet: s.name, range: { top: 1, left: 1, bottom: rows, right: keys.length }, title: null, unitLines: [], header: null, body: [1, rows], notes: [] };
      if (next() < 0.3) block.skip = [2];
      for (const kind of kinds)
        for (const unit of ['万元', '元', null] as const) {
          const fast = readRows(s, block, kind, columns, unit);
          expect([name, kind, unit, JSON.stringify(fast)]).toEqual([name, kind, unit, JSON.stringify(plainReadRows(s, block, kind, columns, unit))]);
          compared += fast.length;
        }
    }
  }
  expect(compared).toBeGreaterThan(10000);
});

describe('the memo of amounts (recognize/amounts.ts): bounded, frozen when full, emptied for the next workbook', () => {
  /** Amounts as JSON (a Decimal as its string): every field, in order. */
  const json = (a: unknown) => JSON.stringify(a);
  const cellsOf = (n: number, offset: number, numFmt: string) => Array.from({ length: n }, (_, i) => makeCell({ row: i + 1, col: 1, value: offset + i * 1.25, numFmt }));

  test('never holds more than its bound; every answer = parseCellAmount, before and after the bound, asked once or again', () => {
    const memo = amountMemo(50);
    const cells = [...cellsOf(40, 0, '0.00'), ...cellsOf(40, 0, '#,##0.0'), ...cellsOf(40, 1000, '0%'), makeCell({ row: 1, col: 1, value: '12.5' }), makeCell({ row: 1, col: 1, value: -0, numFmt: '0.00' })];
    for (let pass = 0; pass < 3; pass++)
      for (const c of cells) {
        expect(json(memo.amount(c))).toBe(json(parseCellAmount(c)));
        expect(memo.size()).toBeLessThanOrEqual(50);
      }
    // full: the first 50 pairs (40 of one format, 10 of the next) are kept, no other is taken
    expect(memo.size()).toBe(50);
    // a cell's copy carries its own text, and is its own object
    const shown = makeCell({ row: 1, col: 1, value: 0, numFmt: '0.00', text: '0.00 (shown)' });
    expect(json(memo.amount(shown))).toBe(json(parseCellAmount(shown)));
    expect(memo.amount(cells[0])).not.toBe(memo.amount(cells[0]));
  });

  test('a new workbook empties a full memo, and it learns that workbook; one not full keeps what it has', () => {
    const memo = amountMemo(10);
    const first = cellsOf(30, 0, '0.00');
    for (const c of first) memo.amount(c);
    expect(memo.size()).toBe(10);
    memo.startRun();
    expect(memo.size()).toBe(0);
    const second = cellsOf(5, 500, '0.00');
    for (const c of second) expect(json(memo.amount(c))).toBe(json(parseCellAmount(c)));
    expect(memo.size()).toBe(5);
    memo.startRun();
    expect(memo.size()).toBe(5);
    for (const c of [...second, ...first]) expect(json(memo.amount(c))).toBe(json(parseCellAmount(c)));
  });

  test('recognise over workbooks of more amounts than the bound: the same rows as the plain reader', () => {
    // 25,000 distinct amounts in one table (more than the module's bound of 20,000), read twice
    const s = createSheet('大表', 0);
    const put = (r: number, c: number, v: string | number) => putCell(s, makeCell({ row: r, col: c, value: v, numFmt: typeof v === 'number' ? '#,##0.00' : undefined }));
    put(1, 1, '一般公共预算支出表');
    put(2, 1, '单位：万元');
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'].forEach((h, j) => put(3, j + 1, h));
    for (let i = 0; i < 8400; i++) {
      put(4 + i, 1, `2080${String(i % 100).padStart(3, '0')}`);
      put(4 + i, 2, `支出${i}`);
      for (let j = 0; j < 3; j++) put(4 + i, 3 + j, i * 3 + j + 0.25);
    }
    const book: Workbook = { source: 't', sheets: [s] };
    for (let pass = 0; pass < 2; pass++) {
      const t = recognise(book).tables[0];
      expect(t.rows.length).toBe(8400);
      expect(JSON.stringify(t.rows)).toBe(JSON.stringify(plainReadRows(s, t.block, t.kind, t.columns, t.moneyUnit)));
    }
  });
});
