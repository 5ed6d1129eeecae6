/**
 * 标记到单元格 / 清除标记 against a fake Excel (office-addin-mock, see excel-fake.ts): bounded
 * syncs, originals recorded in Workbook.settings and restored exactly (after a reopen too),
 * values never written, and the features gated by ExcelApi version.
 */
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import type { Finding, Severity } from '../../src/core/report';
import { cellMarks, MARK_COLORS, NOTE_HEADER, type CellMark } from '../../src/core/review/marks';
import { capabilitiesOf, detectCapabilities, type ExcelCapabilities } from '../../src/hosts/excel/capabilities';
import {
  chunkAddresses,
  clearMarks,
  compactAreas,
  hasMarks,
  markCells,
  MAX_AREAS_ADDRESS,
  parseMarkRecord,
  splitAddress,
  type MarkRecord,
} from '../../src/hosts/excel/marks';
import { SETTING_KEYS } from '../../src/hosts/excel/store';
import { FakeExcel, NO_FILL, solid, type ApiVersion, type SheetSpec } from './excel-fake';

const SHEET = '表1 收支总表';
const OTHER = '表3 支出总表';

/** A finding on some cells of a sheet. */
function finding(severity: Severity, cells: string[], message = `问题 ${cells.join(',')}`, sheet = SHEET): Finding {
  return {
    rule: 'intra/test',
    severity,
    category: 'intra',
    message,
    locations: cells.map((cell) => ({ sheet, cell })),
    expected: '1.00',
    actual: '2.00',
    fingerprint: `fp-${sheet}-${cells.join('-')}`,
  };
}

/**
 * B5 no fill, C5 yellow, D5 the user's note, E5 the user's threaded comment, F5 solid white,
 * G5 a patterned fill; every cell holds a value.
 */
function workbook(api: ApiVersion, extra: Partial<SheetSpec> = {}): FakeExcel {
  const fx = new FakeExcel(api, [
    {
      name: SHEET,
      cells: {
        B5: { value: 100 },
        C5: { value: 200, fill: solid('#FFFF00') },
        D5: { value: 300, ...(api === '1.18' ? { note: '请核对来源' } : {}) },
        E5: { value: 400 },
        F5: { value: 500, fill: solid('#FFFFFF') },
        G5: { value: 600, fill: { color: '#FF0000', pattern: 'Gray50', patternColor: '#0000FF', tintAndShade: 0 } },
        H5: { value: 700 },
      },
      ...extra,
    },
    { name: OTHER, cells: { C7: { value: 1 } } },
  ]);
  if (fx.at('1.10')) fx.comments.push({ id: 'user-1', sheet: SHEET, cell: 'E5', content: '财务科：此数待定' });
  return fx;
}

const FINDINGS = [
  finding('error', ['B5', 'C5']),
  finding('warning', ['C5', 'D5']),
  finding('info', ['E5', 'F5']),
  finding('error', ['G5']),
  finding('info', ['C7'], '另一张表', OTHER),
];

function recordOf(fx: FakeExcel): MarkRecord | null {
  const raw = fx.settings.get(SETTING_KEYS.marks);
  return raw === undefined ? null : parseMarkRecord(JSON.parse(raw));
}

/** No value, formula or number format was ever written to a user's sheet. */
function expectNoValueWrites(fx: FakeExcel): void {
  expect(fx.writes.filter((w) => ['values', 'formulas', 'numberFormat'].includes(w.prop))).toEqual([]);
}

const CAPS: Record<ApiVersion, ExcelCapabilities> = {
  '1.7': capabilitiesOf('1.7'),
  '1.9': capabilitiesOf('1.9'),
  '1.10': capabilitiesOf('1.10'),
  '1.18': capabilitiesOf('1.18'),
};

describe('capabilities', () => {
  afterEach(() => delete (globalThis as { Office?: unknown }).Office);

  it('are all off without Office', () => {
    expect(detectCapabilities()).toEqual({ rangeAreas: false, notes: false, comments: false, fillPattern: false, settings: false });
  });

  it('ask isSetSupported for each set', () => {
    const isSetSupported = jest.fn((name: string, v: string) => name === 'ExcelApi' && ['1.4', '1.9', '1.10'].includes(v));
    (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported } } };
    expect(detectCapabilities()).toEqual({ rangeAreas: true, notes: false, comments: true, fillPattern: true, settings: true });
  });

  it('are all off when Office throws', () => {
    (globalThis as { Office?: unknown }).Office = { context: {} };
    expect(detectCapabilities()).toEqual({ rangeAreas: false, notes: false, comments: false, fillPattern: false, settings: false });
  });

  it('follow the version ladder', () => {
    expect(CAPS['1.7']).toEqual({ rangeAreas: false, notes: false, comments: false, fillPattern: false, settings: true });
    expect(CAPS['1.10']).toEqual({ rangeAreas: true, notes: false, comments: true, fillPattern: true, settings: true });
    expect(CAPS['1.18']).toEqual({ rangeAreas: true, notes: true, comments: true, fillPattern: true, settings: true });
  });
});

describe('markCells on ExcelApi 1.18 (notes)', () => {
  let fx: FakeExcel;
  let before: unknown;
  let marks: CellMark[];

  beforeEach(async () => {
    fx = workbook('1.18');
    before = fx.snapshot();
    marks = cellMarks(FINDINGS);
    const result = await markCells(fx.context, marks, CAPS['1.18']);
    expect(result).toEqual({
      cells: 7,
      annotation: 'notes',
      annotated: 6,
      unannotated: 1, // E5 holds the user's threaded comment
      restored: 0,
      changed: 0,
      pending: 0,
      skipped: 0,
      skippedSheets: [],
    });
  });

  it('fills by severity, in 3 syncs', () => {
    expect(fx.sync).toHaveBeenCalledTimes(3);
    expect(fx.fillOf(SHEET, 'B5').color).toBe(MARK_COLORS.error);
    expect(fx.fillOf(SHEET, 'C5').color).toBe(MARK_COLORS.error); // most severe finding on the cell
    expect(fx.fillOf(SHEET, 'D5').color).toBe(MARK_COLORS.warning);
    expect(fx.fillOf(SHEET, 'E5').color).toBe(MARK_COLORS.info);
    expect(fx.fillOf(OTHER, 'C7').color).toBe(MARK_COLORS.info);
    expect(fx.fillOf(SHEET, 'G5')).toMatchObject({ color: MARK_COLORS.error, pattern: 'Solid' });
    expect(fx.screenSuspensions).toBe(1);
  });

  it('writes fills as RangeAreas per sheet and colour', () => {
    const fills = fx.writes.filter((w) => w.prop === 'format.fill.color');
    expect(fills.map((w) => [w.sheet, w.address, w.value]).sort()).toEqual(
      [
        [SHEET, 'B5:C5', MARK_COLORS.error],
        [SHEET, 'D5', MARK_COLORS.warning],
        [SHEET, 'E5:F5', MARK_COLORS.info],
        [SHEET, 'G5', MARK_COLORS.error],
        [OTHER, 'C7', MARK_COLORS.info],
      ].sort(),
    );
  });

  it('notes every cell, appending to the user note and leaving the comment alone', () => {
    const noteOf = (cell: string) => fx.cell(SHEET, cell).note;
    expect(noteOf('B5')).toBe(marks.find((m) => m.cell === 'B5')!.note);
    expect(noteOf('B5')!.startsWith(NOTE_HEADER)).toBe(true);
    expect(noteOf('D5')).toBe(`请核对来源\n\n${marks.find((m) => m.cell === 'D5')!.note}`);
    expect(noteOf('E5')).toBeUndefined();
    expect(fx.comments).toEqual([{ id: 'user-1', sheet: SHEET, cell: 'E5', content: '财务科：此数待定' }]);
  });

  it('records originals compactly in Workbook.settings', () => {
    const rec = recordOf(fx)!;
    expect(rec.cells[SHEET]).toEqual({
      B5: [0, MARK_COLORS.error, 1],
      C5: ['#FFFF00', MARK_COLORS.error, 1],
      D5: [0, MARK_COLORS.warning, '请核对来源'],
      E5: [0, MARK_COLORS.info, 0],
      F5: ['#FFFFFF', MARK_COLORS.info, 1], // white, not "no fill": told apart from 1.9 on
      G5: [['#FF0000', 'Gray50', '#0000FF'], MARK_COLORS.error, 1],
    });
    expect(rec.cells[OTHER]).toEqual({ C7: [0, MARK_COLORS.info, 1] });
    expect(rec.ids).toEqual({ [SHEET]: fx.sheet(SHEET).id, [OTHER]: fx.sheet(OTHER).id });
  });

  it('never writes values', () => {
    expectNoValueWrites(fx);
    expect(fx.cell(SHEET, 'B5').value).toBe(100);
  });

  it('restores everything exactly after save and reopen', async () => {
    const reopened = fx.reopen();
    expect(await hasMarks(reopened.context)).toBe(true);
    const result = await clearMarks(reopened.context, CAPS['1.18']);
    expect(result).toEqual({ cells: 7, changed: 0, pending: 0, skippedSheets: [] });
    expect(reopened.sync).toHaveBeenCalledTimes(1 + 3);
    expect(reopened.snapshot()).toEqual(before);
    expect(reopened.fillOf(SHEET, 'B5')).toEqual(NO_FILL); // "no fill", not white
    expect(reopened.fillOf(SHEET, 'F5')).toEqual(solid('#FFFFFF'));
    expect(reopened.settings.has(SETTING_KEYS.marks)).toBe(false);
    expectNoValueWrites(reopened);
  });

  it('clears in 1 sync when nothing is marked', async () => {
    const reopened = fx.reopen();
    await clearMarks(reopened.context, CAPS['1.18']);
    const again = reopened.reopen();
    expect(await clearMarks(again.context, CAPS['1.18'])).toEqual({ cells: 0, changed: 0, pending: 0, skippedSheets: [] });
    expect(again.sync).toHaveBeenCalledTimes(1);
    expect(await hasMarks(again.context)).toBe(false);
  });

  it('marking again keeps the first originals and restores cells no longer flagged', async () => {
    const again = fx.reopen();
    const result = await markCells(again.context, cellMarks([finding('info', ['C5', 'H5'])]), CAPS['1.18']);
    expect(result).toMatchObject({ cells: 2, restored: 6, annotated: 2 });
    expect(again.sync).toHaveBeenCalledTimes(3);
    expect(again.fillOf(SHEET, 'C5').color).toBe(MARK_COLORS.info);
    expect(again.fillOf(SHEET, 'B5')).toEqual(NO_FILL);
    expect(again.cell(SHEET, 'D5').note).toBe('请核对来源');
    expect(again.cell(SHEET, 'C5').note).toContain('C5,H5');
    expect(recordOf(again)!.cells).toEqual({ [SHEET]: { C5: ['#FFFF00', MARK_COLORS.info, 1], H5: [0, MARK_COLORS.info, 1] } });
    await clearMarks(again.context, CAPS['1.18']);
    expect(again.snapshot()).toEqual(before);
  });

  it('finds a renamed sheet again by id; drops entries of a deleted sheet', async () => {
    fx.sheet(SHEET).name = '表1 收支总表（改）';
    for (const c of fx.comments) c.sheet = '表1 收支总表（改）';
    fx.sheets.splice(fx.sheets.indexOf(fx.sheet(OTHER)), 1);
    const reopened = fx.reopen();
    expect(await clearMarks(reopened.context, CAPS['1.18'])).toEqual({ cells: 6, changed: 0, pending: 0, skippedSheets: [OTHER] });
    const after = reopened.snapshot() as { sheets: unknown[] };
    expect(after.sheets).toEqual([{ ...(before as { sheets: object[] }).sheets[0], name: '表1 收支总表（改）' }]);
    expect(reopened.settings.has(SETTING_KEYS.marks)).toBe(false);
  });

  it('leaves cells the user changed since marking', async () => {
    fx.cell(SHEET, 'B5').fill = solid('#00FF00'); // recoloured
    fx.cell(SHEET, 'C5').note = '我的新批注'; // our note rewritten
    const result = await clearMarks(fx.reopen().context, CAPS['1.18']);
    expect(result).toMatchObject({ cells: 7, changed: 2 });
    expect(fx.fillOf(SHEET, 'B5').color).toBe('#00FF00');
    expect(fx.cell(SHEET, 'B5').note).toBeUndefined(); // our note there is still removed
    expect(fx.cell(SHEET, 'C5').note).toBe('我的新批注');
    expect(fx.fillOf(SHEET, 'C5')).toEqual(solid('#FFFF00'));
  });
});

describe('gating by ExcelApi version', () => {
  it('1.7: fills only, one range per cell, white restored as no fill', async () => {
    const fx = workbook('1.7');
    const before = fx.snapshot();
    const result = await markCells(fx.context, cellMarks(FINDINGS), CAPS['1.7']);
    expect(result).toMatchObject({ cells: 7, annotation: 'none', annotated: 0, unannotated: 0 });
    expect(fx.sync).toHaveBeenCalledTimes(3);
    expect(fx.writes.every((w) => !w.address.includes(':') && !w.prop.startsWith('note') && !w.prop.startsWith('comment'))).toBe(true);
    expect(fx.screenSuspensions).toBe(0);
    const rec = recordOf(fx)!;
    expect(rec.cells[SHEET].F5).toEqual([0, MARK_COLORS.info, 0]); // #FFFFFF: cannot tell white from no fill
    expect(rec.cells[SHEET].G5).toEqual(['#FF0000', MARK_COLORS.error, 0]); // no pattern before 1.9
    expectNoValueWrites(fx);

    await clearMarks(fx.reopen().context, CAPS['1.7']);
    expect(fx.fillOf(SHEET, 'F5')).toEqual(NO_FILL); // the documented loss: white came back as no fill
    expect(fx.fillOf(SHEET, 'B5')).toEqual(NO_FILL);
    expect(fx.fillOf(SHEET, 'C5')).toEqual(solid('#FFFF00'));
    const expected = before as { sheets: { cells: [string, { fill: unknown }][] }[] };
    const f5 = expected.sheets[0].cells.find(([a]) => a === 'F5')![1];
    f5.fill = NO_FILL;
    const g5 = expected.sheets[0].cells.find(([a]) => a === 'G5')![1];
    g5.fill = solid('#FF0000'); // 1.7 sees the colour only
    expect(fx.snapshot()).toEqual(expected);
  });

  it('1.9: no notes or comments, but white and patterns restored exactly', async () => {
    const fx = workbook('1.9');
    const before = fx.snapshot();
    const result = await markCells(fx.context, cellMarks(FINDINGS), CAPS['1.9']);
    expect(result).toMatchObject({ cells: 7, annotation: 'none', annotated: 0 });
    expect(fx.writes.some((w) => w.address.includes(':'))).toBe(true); // RangeAreas
    await clearMarks(fx.reopen().context, CAPS['1.9']);
    expect(fx.snapshot()).toEqual(before);
  });

  it('1.9: tells no fill from white when pattern comes back null', async () => {
    const fx = new FakeExcel('1.9', [
      {
        name: SHEET,
        cells: {
          A1: { value: 1, fill: { color: '#FFFFFF', patternColor: '#000000' } }, // no fill: tintAndShade null
          A2: { value: 2, fill: { color: '#FFFFFF', patternColor: '#000000', tintAndShade: 0 } }, // white
        },
      },
    ]);
    await markCells(fx.context, cellMarks([finding('error', ['A1', 'A2'])]), CAPS['1.9']);
    expect(recordOf(fx)!.cells[SHEET]).toEqual({ A1: [0, MARK_COLORS.error, 0], A2: ['#FFFFFF', MARK_COLORS.error, 0] });
  });

  it('1.10: threaded comments, the user comment untouched, ours removed on clearing', async () => {
    const fx = workbook('1.10');
    const before = fx.snapshot();
    const marks = cellMarks(FINDINGS);
    const result = await markCells(fx.context, marks, CAPS['1.10']);
    expect(result).toMatchObject({ cells: 7, annotation: 'comments', annotated: 6, unannotated: 1 });
    expect(fx.sync).toHaveBeenCalledTimes(3);
    expect(fx.comments).toHaveLength(7);
    expect(fx.commentAt(SHEET, 'E5')!.content).toBe('财务科：此数待定');
    expect(fx.commentAt(SHEET, 'B5')!.content).toBe(marks.find((m) => m.cell === 'B5')!.note);
    expect(fx.writes.some((w) => w.prop.startsWith('note'))).toBe(false);
    expect(recordOf(fx)!.cells[SHEET].E5).toEqual([0, MARK_COLORS.info, 0]);
    expectNoValueWrites(fx);

    const reopened = fx.reopen();
    expect(await clearMarks(reopened.context, CAPS['1.10'])).toEqual({ cells: 7, changed: 0, pending: 0, skippedSheets: [] });
    expect(reopened.sync).toHaveBeenCalledTimes(3);
    expect(reopened.snapshot()).toEqual(before);
  });

  it('1.10: marking again updates our comments and removes those no longer needed', async () => {
    const fx = workbook('1.10');
    const before = fx.snapshot();
    await markCells(fx.context, cellMarks(FINDINGS), CAPS['1.10']);
    const again = fx.reopen();
    const result = await markCells(again.context, cellMarks([finding('warning', ['C5', 'E5'], '只剩这一条')]), CAPS['1.10']);
    expect(result).toMatchObject({ cells: 2, annotated: 1, unannotated: 1, restored: 5 });
    expect(again.comments.map((c) => [c.cell, c.content.split('\n')[1] ?? c.content])).toEqual([
      ['E5', '财务科：此数待定'],
      ['C5', '[警告] 只剩这一条'],
    ]);
    await clearMarks(again.reopen().context, CAPS['1.10']);
    expect(again.snapshot()).toEqual(before);
  });

  it('1.10: a cell with a note Excel hides from the API: fills still written, no more comments', async () => {
    const fx = workbook('1.10');
    fx.cell(SHEET, 'B5').note = '旧批注'; // notes are invisible before ExcelApi 1.18
    const before = fx.snapshot();
    const result = await markCells(fx.context, cellMarks(FINDINGS), CAPS['1.10']);
    expect(result).toMatchObject({ cells: 7, annotation: 'comments', annotated: 0, unannotated: 7 });
    expect(fx.sync).toHaveBeenCalledTimes(4); // the failed chunk is written again without comments
    expect(fx.fillOf(SHEET, 'G5').color).toBe(MARK_COLORS.error);
    expect(fx.fillOf(OTHER, 'C7').color).toBe(MARK_COLORS.info);
    await clearMarks(fx.reopen().context, CAPS['1.10']);
    expect(fx.snapshot()).toEqual(before);
  });

  it('notes written on 1.18 wait in the record when cleared on an older Excel', async () => {
    const fx = workbook('1.18');
    const before = fx.snapshot();
    await markCells(fx.context, cellMarks(FINDINGS), CAPS['1.18']);
    const old = fx.reopen('1.9');
    expect(await clearMarks(old.context, CAPS['1.9'])).toEqual({ cells: 7, changed: 0, pending: 6, skippedSheets: [] });
    expect(old.fillOf(SHEET, 'B5')).toEqual(NO_FILL);
    expect(old.cell(SHEET, 'B5').note).toContain(NOTE_HEADER);
    expect(await hasMarks(old.reopen().context)).toBe(false); // no fills left, but the record remains
    expect(Object.keys(recordOf(old)!.cells[SHEET])).toHaveLength(5);

    const back = old.reopen('1.18');
    expect(await clearMarks(back.context, CAPS['1.18'])).toEqual({ cells: 6, changed: 0, pending: 0, skippedSheets: [] });
    expect(back.snapshot()).toEqual(before);
    expect(back.settings.has(SETTING_KEYS.marks)).toBe(false);
  });

  it('refuses without Workbook.settings (nothing could be restored)', async () => {
    const fx = workbook('1.7');
    await expect(markCells(fx.context, cellMarks(FINDINGS), { ...CAPS['1.7'], settings: false })).rejects.toThrow('ExcelApi 1.4');
    expect(fx.sync).not.toHaveBeenCalled();
  });

  it('skips protected sheets and keeps their records', async () => {
    const fx = workbook('1.18');
    await markCells(fx.context, cellMarks(FINDINGS), CAPS['1.18']);
    fx.sheet(OTHER).protected = true;
    const reopened = fx.reopen();
    const result = await clearMarks(reopened.context, CAPS['1.18']);
    expect(result).toEqual({ cells: 6, changed: 0, pending: 1, skippedSheets: [OTHER] });
    expect(reopened.fillOf(OTHER, 'C7').color).toBe(MARK_COLORS.info);
    expect(recordOf(reopened)!.cells).toEqual({ [OTHER]: { C7: [0, MARK_COLORS.info, 1] } });
    const marked = await markCells(reopened.reopen().context, cellMarks([finding('error', ['C7'], 'x', OTHER)]), CAPS['1.18']);
    expect(marked).toMatchObject({ cells: 0, skipped: 1, pending: 1, skippedSheets: [OTHER] });
  });
});

describe('sync budget', () => {
  const COLS = 'BCDEFGHIJK';
  /** n findings with one cell each, over three sheets, severities mixed. */
  function manyFindings(n: number): Finding[] {
    const sheets = [SHEET, OTHER, '表5 基本支出表'];
    const sev: Severity[] = ['error', 'warning', 'info'];
    return Array.from({ length: n }, (_, i) => finding(sev[i % 3], [`${COLS[i % 10]}${Math.floor(i / 30) + 1}`], `问题 ${i}`, sheets[Math.floor(i / 10) % 3]));
  }
  function bigWorkbook(api: ApiVersion): FakeExcel {
    return new FakeExcel(api, [{ name: SHEET }, { name: OTHER }, { name: '表5 基本支出表' }]);
  }

  it.each(['1.7', '1.10', '1.18'] as ApiVersion[])('10 findings: 3 syncs to mark, 3 to clear (%s)', async (api) => {
    const fx = bigWorkbook(api);
    const marks = cellMarks(manyFindings(10));
    expect(marks).toHaveLength(10);
    await markCells(fx.context, marks, CAPS[api]);
    expect(fx.sync).toHaveBeenCalledTimes(3);
    const reopened = fx.reopen();
    await clearMarks(reopened.context, CAPS[api]);
    expect(reopened.sync).toHaveBeenCalledTimes(3);
  });

  it.each(['1.7', '1.10', '1.18'] as ApiVersion[])('2,000 findings: 2 + 4 syncs of at most 500 cells (%s)', async (api) => {
    const fx = bigWorkbook(api);
    const before = fx.snapshot();
    const marks = cellMarks(manyFindings(2000));
    expect(marks).toHaveLength(2000);
    const result = await markCells(fx.context, marks, CAPS[api]);
    expect(result.cells).toBe(2000);
    expect(fx.sync).toHaveBeenCalledTimes(2 + 4);
    expect(fx.sync.mock.calls.length).toBeLessThan(marks.length / 100);
    // fills: one RangeAreas per sheet × colour × chunk from 1.9, else one range per cell
    const fills = fx.writes.filter((w) => w.prop === 'format.fill.color');
    if (api === '1.7') expect(fills).toHaveLength(2000);
    else expect(fills.length).toBeLessThanOrEqual(3 * 3 * 4);
    for (const w of fills) expect(w.address.length).toBeLessThanOrEqual(MAX_AREAS_ADDRESS);
    // at most a fill and an annotation per cell, plus the record, in any one sync
    expect(Math.max(...fx.opsPerSync)).toBeLessThanOrEqual(2 * 500 + 1);
    expectNoValueWrites(fx);

    const reopened = fx.reopen();
    expect((await clearMarks(reopened.context, CAPS[api])).cells).toBe(2000);
    expect(reopened.sync).toHaveBeenCalledTimes(2 + 4);
    expect(reopened.snapshot()).toEqual(before);
  });

  it('the record of 2,000 cells stays compact', async () => {
    const fx = bigWorkbook('1.18');
    await markCells(fx.context, cellMarks(manyFindings(2000)), CAPS['1.18']);
    expect(fx.settings.get(SETTING_KEYS.marks)!.length).toBeLessThan(2000 * 30);
  });

  it('honours a smaller chunk size', async () => {
    const fx = bigWorkbook('1.18');
    await markCells(fx.context, cellMarks(manyFindings(100)), CAPS['1.18'], { chunkSize: 30 });
    expect(fx.sync).toHaveBeenCalledTimes(2 + 4);
  });
});

describe('helpers', () => {
  it('compacts cells into rectangles', () => {
    expect(compactAreas(['B5', 'B6', 'B7', 'C5', 'B9', 'AA1', 'B5', '$B$8'])).toEqual(['AA1', 'B5:C5', 'B6:B9']);
    expect(compactAreas(['C3', 'D3', 'C4', 'D4', 'C5', 'D5', 'F4', 'x'])).toEqual(['C3:D5', 'F4']);
    expect(compactAreas(['A1', 'B1', 'A2', 'C3', 'A3', 'B3'])).toEqual(['A1:B1', 'A2', 'A3:C3']);
  });

  it('chunks addresses under the limit', () => {
    const areas = Array.from({ length: 1000 }, (_, i) => `B${i * 2 + 1}`);
    const chunks = chunkAddresses(areas, 100);
    expect(chunks.every((c) => c.length <= 100)).toBe(true);
    expect(chunks.join(',').split(',')).toEqual(areas);
  });

  it('splits comment addresses', () => {
    expect(splitAddress("'表1 收支''总表'!$B$5")).toEqual({ sheet: "表1 收支'总表", cell: 'B5' });
    expect(splitAddress('Sheet1!C3')).toEqual({ sheet: 'Sheet1', cell: 'C3' });
    expect(splitAddress('C3')).toBeNull();
  });

  it('parses records defensively', () => {
    expect(parseMarkRecord(null)).toBeNull();
    expect(parseMarkRecord({ cells: { S: { A1: [0, '#FFC7CE', 1], A2: ['x'], A3: [0, null, 'n'] } } })!.cells).toEqual({
      S: { A1: [0, '#FFC7CE', 1], A3: [0, null, 'n'] },
    });
  });
});
