/**
 * Narrative writes into the open workbook against office-addin-mock: autofix into the
 * narrative cells with an undo record in Workbook.settings, undo, and inserting a drafted
 * narrative. The mock has no Excel semantics: a small in-test grid answers getItem/getRange,
 * writes (values, number formats, bold, width) reach the grid at sync, settings too; a
 * getItem of a missing sheet fails the next sync as Office.js does. Syncs are counted.
 */

// office-addin-mock only needs the OfficeApp enum from office-addin-manifest (see excel-read.test.ts)
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import * as path from 'path';
import { OfficeMockObject } from 'office-addin-mock';
import { columnIndex, parseRange, toA1 } from '../../src/core/address';
import { proposeFixes, type NarrativeFix } from '../../src/core/narrative/autofix';
import { analyseWorkbook } from '../../src/core/report';
import { findSheet } from '../../src/core/workbook';
import { SETTING_KEYS } from '../../src/hosts/excel/store';
import {
  applyNarrativeFixes,
  cleanSheetName,
  freeSheetName,
  hasNarrativeUndo,
  insertNarrative,
  NARRATIVE_COLUMN_WIDTH,
  undoNarrativeFixes,
  type NarrativeText,
} from '../../src/hosts/excel/narrative-write';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';

// ---------------------------------------------------------------- in-test grid and mock Excel

interface GridCell {
  value: string | number;
  /** With the leading '='. */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  size?: number;
  wrap?: boolean;
}

type Grid = Map<string, Map<string, GridCell>>;

/** A range proxy with what was seeded, to tell writes from loads at sync. */
interface Tracked {
  sheet: string;
  address: string;
  range: OfficeMockObject;
  seeded: { values: unknown; numberFormat: unknown; columnWidth: unknown };
}

class MockExcel {
  readonly context: Excel.RequestContext;
  readonly sync: jest.SpyInstance;
  readonly settings = new Map<string, string>();
  readonly widths = new Map<string, number>();
  readonly activated: string[] = [];
  /** Ranges of synced batches (their later writes still count), and of the batch being queued. */
  private tracked: Tracked[] = [];
  private batch: Tracked[] = [];
  private pendingSettings: (() => void)[] = [];
  private failNext = false;

  constructor(readonly grid: Grid) {
    const worksheets = new OfficeMockObject({ items: [] });
    worksheets.load = () => {
      const items = [...this.grid.keys()].map((name) => new OfficeMockObject({ name }));
      items.forEach((i) => i.load('name'));
      Object.assign(worksheets, { items });
      this.pendingSettings.push(() => items.forEach((i) => void i.sync()));
      return worksheets;
    };
    worksheets.getItem = (name: string) => this.worksheet(name);
    worksheets.add = (name: string) => {
      if (this.grid.has(name)) throw new Error(`mock: sheet ${name} exists`);
      this.grid.set(name, new Map());
      return this.worksheet(name);
    };
    const settings = new OfficeMockObject({});
    settings.getItemOrNullObject = (key: string) => {
      const item = new OfficeMockObject({ value: this.settings.get(key) ?? '' });
      item.isNullObject = !this.settings.has(key);
      item.delete = () => this.pendingSettings.push(() => this.settings.delete(key));
      this.pendingSettings.push(() => void item.sync());
      return item;
    };
    settings.add = (key: string, value: string) => this.pendingSettings.push(() => this.settings.set(key, value));
    const root = new OfficeMockObject({});
    root.workbook = { worksheets, settings };
    root.sync = async () => this.syncAll();
    this.sync = jest.spyOn(root, 'sync');
    this.context = root as unknown as Excel.RequestContext;
  }

  private worksheet(name: string): Excel.Worksheet {
    if (!this.grid.has(name)) this.failNext = true; // Office.js: ItemNotFound at the next sync
    return {
      name,
      getRange: (address: string) => this.range(name, address),
      activate: () => this.activated.push(name),
    } as unknown as Excel.Worksheet;
  }

  private range(sheet: string, address: string): Excel.Range {
    const cells = this.grid.get(sheet) ?? new Map<string, GridCell>();
    const whole = /^[A-Z]+:[A-Z]+$/.test(address);
    const r = whole ? { top: 1, bottom: 1, left: columnIndex(address.split(':')[0]), right: columnIndex(address.split(':')[0]) } : parseRange(address);
    const grid = <T>(f: (c: GridCell | undefined) => T) =>
      Array.from({ length: r.bottom - r.top + 1 }, (_, i) => Array.from({ length: r.right - r.left + 1 }, (_, j) => f(cells.get(toA1(r.top + i, r.left + j)))));
    const seeded = {
      values: grid((c) => c?.value ?? ''),
      formulas: grid((c) => c?.formula ?? c?.value ?? ''),
      numberFormat: grid((c) => c?.numberFormat ?? 'General'),
      format: { columnWidth: this.widths.get(`${sheet}!${address.split(':')[0].replace(/\d+/, '')}`) ?? 48, wrapText: false, verticalAlignment: 'Bottom', font: { bold: false, size: 11 } },
    };
    const range = new OfficeMockObject(seeded);
    this.batch.push({ sheet, address, range, seeded: { values: range.values, numberFormat: range.numberFormat, columnWidth: seeded.format.columnWidth } });
    return range as unknown as Excel.Range;
  }

  /** One sync: fail if a missing sheet was asked for (the batch is discarded), else resolve loads and apply writes. */
  private async syncAll(): Promise<void> {
    const batch = this.batch;
    const settings = this.pendingSettings;
    this.batch = [];
    this.pendingSettings = [];
    if (this.failNext) {
      this.failNext = false;
      throw Object.assign(new Error('The requested resource does not exist.'), { code: 'ItemNotFound' });
    }
    this.tracked.push(...batch);
    for (const t of this.tracked) await this.applyWrites(t);
    for (const f of settings) f();
  }

  /** Resolve a range's loads and put what the code assigned since the last sync into the grid. */
  private async applyWrites(t: Tracked): Promise<void> {
    const before = { values: t.range.values, numberFormat: t.range.numberFormat };
    await t.range.sync();
    const cells = this.grid.get(t.sheet)!;
    const start = /^[A-Z]+:[A-Z]+$/.test(t.address) ? null : parseRange(t.address);
    const put = (i: number, j: number, f: (c: GridCell) => void) => {
      if (!start) return;
      const a = toA1(start.top + i, start.left + j);
      const c = cells.get(a) ?? { value: '' };
      f(c);
      cells.set(a, c);
    };
    // a write replaces the array (a load only makes the seeded one readable)
    if (Array.isArray(before.numberFormat) && before.numberFormat !== t.seeded.numberFormat) {
      (before.numberFormat as string[][]).forEach((row, i) => row.forEach((v, j) => put(i, j, (c) => (c.numberFormat = v))));
      t.seeded.numberFormat = before.numberFormat;
    }
    if (Array.isArray(before.values) && before.values !== t.seeded.values) {
      const write = (c: GridCell, v: string) => {
        c.value = v;
        delete c.formula;
      };
      (before.values as string[][]).forEach((row, i) => row.forEach((v, j) => put(i, j, (c) => write(c, v))));
      t.seeded.values = before.values;
    }
    const format = t.range.format as unknown as { wrapText: unknown; columnWidth: unknown; font: { bold: unknown; size: unknown } };
    if (format.wrapText === true) put(0, 0, (c) => (c.wrap = true));
    if (format.font.bold === true) put(0, 0, (c) => (c.bold = true));
    if (typeof format.font.size === 'number' && format.font.size !== 11) put(0, 0, (c) => (c.size = format.font.size as number));
    if (typeof format.columnWidth === 'number' && format.columnWidth !== t.seeded.columnWidth) {
      this.widths.set(`${t.sheet}!${t.address.split(':')[0].replace(/\d+/, '')}`, format.columnWidth);
      t.seeded.columnWidth = format.columnWidth;
    }
  }

  text(sheet: string, address: string): string | number | undefined {
    return this.grid.get(sheet)?.get(address)?.value;
  }
}

function gridOf(sheets: Record<string, Record<string, GridCell | string>>): Grid {
  return new Map(Object.entries(sheets).map(([name, cells]) => [name, new Map(Object.entries(cells).map(([a, c]) => [a, typeof c === 'string' ? { value: c } : c]))]));
}

function fixOf(sheet: string, cell: string, text: string, oldText: string, newText: string, nth = 0): NarrativeFix {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(oldText, start + 1);
  const end = start + oldText.length;
  return {
    id: `${sheet}!${cell}@${start}`,
    fingerprint: 'f',
    rule: 'narrative/amounts',
    location: { sheet, cell, start, end },
    start,
    end,
    oldText,
    newText,
    oldSentence: text,
    newSentence: text.slice(0, start) + newText + text.slice(end),
    message: `${oldText} → ${newText}`,
  };
}

const A60 = '2024 年蔡甸区医疗保障局（本级）部门预算总支出 385.5 万元。住房保障支出 22.73 万元。';
const A85 = '分别是：医保专项经费 50 万、基金审计经费 3 万、政府购买服务——市民之家 64 万。';

// ---------------------------------------------------------------- autofix and undo

describe('applyNarrativeFixes / undoNarrativeFixes', () => {
  const fixes = () => [
    fixOf('情况说明', 'A60', A60, '2024', '2025'),
    fixOf('情况说明', 'A60', A60, '22.73', '22.48'),
    fixOf('情况说明', 'A85', A85, '50', '30'),
    fixOf('情况说明', 'A85', A85, '3', '5'),
  ];

  test('writes the corrected texts in one read and one write sync, records the originals, undo restores them exactly', async () => {
    const m = new MockExcel(gridOf({ 情况说明: { A60, A85 } }));
    const r = await applyNarrativeFixes(m.context, fixes());
    expect(r.skipped).toEqual([]);
    expect(r.applied).toHaveLength(4);
    expect(m.sync).toHaveBeenCalledTimes(2);
    expect(m.text('情况说明', 'A60')).toBe('2025 年蔡甸区医疗保障局（本级）部门预算总支出 385.5 万元。住房保障支出 22.48 万元。');
    expect(m.text('情况说明', 'A85')).toBe('分别是：医保专项经费 30 万、基金审计经费 5 万、政府购买服务——市民之家 64 万。');
    const record = JSON.parse(m.settings.get(SETTING_KEYS.narrativeUndo)!);
    expect(record.cells.map((c: { cell: string; original: string }) => [c.cell, c.original])).toEqual([['A60', A60], ['A85', A85]]);
    expect(await hasNarrativeUndo(m.context)).toBe(true);

    m.sync.mockClear();
    const u = await undoNarrativeFixes(m.context);
    expect(u).toEqual({ restored: ['情况说明!A60', '情况说明!A85'], skipped: [] });
    expect(m.sync).toHaveBeenCalledTimes(3);
    expect(m.text('情况说明', 'A60')).toBe(A60);
    expect(m.text('情况说明', 'A85')).toBe(A85);
    expect(m.settings.has(SETTING_KEYS.narrativeUndo)).toBe(false);
    expect(await hasNarrativeUndo(m.context)).toBe(false);

    // re-applying after undo works, and undo again
    const again = await applyNarrativeFixes(m.context, fixes());
    expect(again.applied).toHaveLength(4);
    expect(m.text('情况说明', 'A60')).toMatch(/22\.48/);
    await undoNarrativeFixes(m.context);
    expect(m.text('情况说明', 'A60')).toBe(A60);
  });

  test('two syncs however many fixes', async () => {
    const cells: Record<string, string> = {};
    const many: NarrativeFix[] = [];
    for (let i = 1; i <= 200; i++) {
      cells[`A${i}`] = `第 ${i} 段：住房保障支出 22.73 万元。`;
      many.push(fixOf('情况说明', `A${i}`, cells[`A${i}`], '22.73', '22.48'));
    }
    const m = new MockExcel(gridOf({ 情况说明: cells }));
    const r = await applyNarrativeFixes(m.context, many);
    expect(r.applied).toHaveLength(200);
    expect(m.sync).toHaveBeenCalledTimes(2);
  });

  test('a second round keeps the first original: undo goes back to the text before any autofix', async () => {
    const m = new MockExcel(gridOf({ 情况说明: { A60 } }));
    await applyNarrativeFixes(m.context, [fixOf('情况说明', 'A60', A60, '2024', '2025')]);
    const once = m.text('情况说明', 'A60') as string;
    await applyNarrativeFixes(m.context, [fixOf('情况说明', 'A60', once, '22.73', '22.48')]);
    expect(m.text('情况说明', 'A60')).toBe('2025 年蔡甸区医疗保障局（本级）部门预算总支出 385.5 万元。住房保障支出 22.48 万元。');
    await undoNarrativeFixes(m.context);
    expect(m.text('情况说明', 'A60')).toBe(A60);
  });

  test('formula cells, non-text cells, moved text and pasted-text fixes are skipped with a reason; nothing is written when nothing applies', async () => {
    const m = new MockExcel(gridOf({ 情况说明: { A60: { value: A60, formula: '=B60&C60' }, A61: { value: 22.73 }, A85: `前言。${A85}` } }));
    const pasted = { ...fixOf('情况说明', 'A60', A60, '22.73', '22.48'), location: { sheet: '', cell: '', file: '粘贴的文字', paragraph: 3 } };
    const r = await applyNarrativeFixes(m.context, [
      fixOf('情况说明', 'A60', A60, '22.73', '22.48'),
      { ...fixOf('情况说明', 'A61', '22.73', '22.73', '22.48') },
      fixOf('情况说明', 'A85', A85, '50', '30'),
      pasted,
    ]);
    expect(r.applied).toEqual([]);
    expect(r.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/粘贴|不是工作簿/), expect.stringMatching(/公式/), expect.stringMatching(/不是文字/), expect.stringMatching(/已改动/)]);
    expect(m.sync).toHaveBeenCalledTimes(1);
    expect(m.text('情况说明', 'A60')).toBe(A60);
    expect(m.settings.size).toBe(0);
  });

  test('a sheet gone since the check: its fixes are skipped, the others applied (one extra read sync)', async () => {
    const m = new MockExcel(gridOf({ 情况说明: { A85 } }));
    const r = await applyNarrativeFixes(m.context, [fixOf('说明(旧)', 'A60', A60, '22.73', '22.48'), fixOf('情况说明', 'A85', A85, '50', '30')]);
    expect(r.applied.map((f) => f.newText)).toEqual(['30']);
    expect(r.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/找不到工作表/)]);
    expect(m.sync.mock.calls.length).toBeLessThanOrEqual(4);
    expect(m.text('情况说明', 'A85')).toMatch(/医保专项经费 30 万/);
  });

  test('undo leaves a cell edited since autofix alone (kept for a forced undo)', async () => {
    const m = new MockExcel(gridOf({ 情况说明: { A60, A85 } }));
    await applyNarrativeFixes(m.context, fixes());
    m.grid.get('情况说明')!.set('A85', { value: '用户改写的段落。' });
    const u = await undoNarrativeFixes(m.context);
    expect(u.restored).toEqual(['情况说明!A60']);
    expect(u.skipped).toEqual([{ cell: '情况说明!A85', reason: expect.stringMatching(/又被修改/) }]);
    expect(m.text('情况说明', 'A85')).toBe('用户改写的段落。');
    expect(JSON.parse(m.settings.get(SETTING_KEYS.narrativeUndo)!).cells).toHaveLength(1);
    const forced = await undoNarrativeFixes(m.context, { force: true });
    expect(forced.restored).toEqual(['情况说明!A85']);
    expect(m.text('情况说明', 'A85')).toBe(A85);
    expect(m.settings.has(SETTING_KEYS.narrativeUndo)).toBe(false);
  });

  test('seed 004 end to end: the proposed fixes written through the adapter', async () => {
    const file = path.join(__dirname, '..', 'fixtures', '2025-caidian-ybj-budget.xlsx');
    const wb = await readWorkbookFile(file);
    const { fixes: proposed } = proposeFixes(analyseWorkbook(file, wb), wb);
    const sheet = findSheet(wb, '情况说明')!;
    const cells: Record<string, string> = {};
    for (const row of sheet.rows) for (const c of row) if (c && c.type === 'string') cells[c.address] = c.text;
    const m = new MockExcel(gridOf({ 情况说明: cells }));
    const r = await applyNarrativeFixes(m.context, proposed);
    expect(r.skipped).toEqual([]);
    expect(r.applied).toHaveLength(proposed.length);
    expect(m.sync).toHaveBeenCalledTimes(2);
    expect(m.text('情况说明', 'A60')).toMatch(/住房保障支出 22\.48 万元。$/);
    await undoNarrativeFixes(m.context);
    for (const [a, t] of Object.entries(cells)) expect(m.text('情况说明', a)).toBe(t);
  });
});

// ---------------------------------------------------------------- inserting a narrative

const DRAFT: NarrativeText = {
  title: '2025年部门预算情况说明',
  sections: [
    { title: '一、收支预算总体情况', paragraphs: ['收入预算 385.50 万元。', '支出预算 385.50 万元。'] },
    { title: '二、“三公”经费', paragraphs: ['2025'] },
  ],
};

describe('insertNarrative', () => {
  test('a new sheet 情况说明: one paragraph per row in column A, titles bold, wrapped, column widened, two syncs', async () => {
    const m = new MockExcel(gridOf({ 表1: { A1: '收支总表' } }));
    const r = await insertNarrative(m.context, DRAFT, { kind: 'new-sheet' });
    expect(r).toEqual({ status: 'written', sheet: '情况说明', range: 'A1:A6' });
    expect(m.sync).toHaveBeenCalledTimes(2);
    const s = m.grid.get('情况说明')!;
    expect([1, 2, 3, 4, 5, 6, 7].map((i) => s.get(`A${i}`)?.value)).toEqual(['2025年部门预算情况说明', '一、收支预算总体情况', '收入预算 385.50 万元。', '支出预算 385.50 万元。', '二、“三公”经费', '2025', undefined]);
    expect(s.get('A6')).toMatchObject({ value: '2025', numberFormat: '@' }); // stays text
    expect([1, 2, 5].every((i) => s.get(`A${i}`)?.bold)).toBe(true);
    expect(s.get('A3')?.bold).toBeUndefined();
    expect(s.get('A1')?.size).toBe(14);
    expect(s.get('A1')?.wrap).toBe(true);
    expect(m.widths.get('情况说明!A')).toBe(NARRATIVE_COLUMN_WIDTH);
    expect(m.activated).toEqual(['情况说明']);
  });

  test('the name is taken: 情况说明 (2), then (3); names are cleaned', async () => {
    const m = new MockExcel(gridOf({ 情况说明: { A1: 'x' }, '情况说明 (2)': {} }));
    expect(await insertNarrative(m.context, DRAFT, { kind: 'new-sheet' })).toMatchObject({ sheet: '情况说明 (3)' });
    expect(freeSheetName('情况说明', ['表1', '情况说明'])).toBe('情况说明 (2)');
    expect(freeSheetName('Sheet', ['sheet'])).toBe('Sheet (2)');
    expect(freeSheetName('长'.repeat(31), ['长'.repeat(31)])).toBe(`${'长'.repeat(27)} (2)`);
    expect(cleanSheetName('说明[草稿]/2025')).toBe('说明 草稿  2025');
    expect(cleanSheetName('  ')).toBe('情况说明');
  });

  test('into a chosen range: empty cells are written, occupied ones are returned unless overwrite', async () => {
    const m = new MockExcel(gridOf({ 封面: { C1: '标题', C5: '已有内容', C8: { value: '', formula: '=IF(1,"","")' } } }));
    const occupied = await insertNarrative(m.context, DRAFT, { kind: 'range', sheet: '封面', cell: 'C3' });
    expect(occupied).toEqual({ status: 'occupied', cells: ['C5', 'C8'] });
    expect(m.sync).toHaveBeenCalledTimes(1);
    expect(m.text('封面', 'C5')).toBe('已有内容');

    m.sync.mockClear();
    const written = await insertNarrative(m.context, DRAFT, { kind: 'range', sheet: '封面', cell: 'C3' }, { overwrite: true });
    expect(written).toEqual({ status: 'written', sheet: '封面', range: 'C3:C8' });
    expect(m.sync).toHaveBeenCalledTimes(2);
    expect(m.text('封面', 'C5')).toBe('收入预算 385.50 万元。');
    expect(m.text('封面', 'C1')).toBe('标题');
    expect(m.grid.get('封面')!.get('C8')?.formula).toBeUndefined();
    expect(m.widths.get('封面!C')).toBe(NARRATIVE_COLUMN_WIDTH);

    const free = new MockExcel(gridOf({ 封面: {} }));
    expect(await insertNarrative(free.context, DRAFT, { kind: 'range', sheet: '封面', cell: 'B2' })).toEqual({ status: 'written', sheet: '封面', range: 'B2:B7' });
  });

  test('a missing sheet or an empty narrative is an error', async () => {
    const m = new MockExcel(gridOf({ 表1: {} }));
    await expect(insertNarrative(m.context, DRAFT, { kind: 'range', sheet: '没有', cell: 'A1' })).rejects.toThrow(/找不到工作表“没有”/);
    await expect(insertNarrative(m.context, { title: ' ', sections: [] }, { kind: 'new-sheet' })).rejects.toThrow(/没有文字/);
  });
});
