/**
 * The Excel host reader against office-addin-mock. The mock enforces load-before-read and
 * sync (an unloaded property reads as an error string), but has no Excel semantics: the
 * worksheets below answer getUsedRangeOrNullObject / getRangeByIndexes / getRange /
 * getMergedAreasOrNullObject from a small in-test grid, and every mock object created is
 * registered so that one `context.sync()` syncs them all.
 */

// office-addin-mock only needs the OfficeApp enum from office-addin-manifest, whose main
// entry pulls in an ESM-only dependency that Jest (CommonJS) cannot parse.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import { OfficeMockObject } from 'office-addin-mock';
import { ReadError } from '../../src/core/errors';
import { cellAt, cellCount, getCell, type Workbook } from '../../src/core/workbook';
import { readOpenWorkbook, type ExcelReadOptions } from '../../src/hosts/excel/read';
import { planBatches, rowMajorBlocks } from '../../src/hosts/excel/plan';
import { splitAreasAddress } from '../../src/hosts/excel/cells';
import { parseA1 } from '../../src/core/address';

// ---------------------------------------------------------------- in-test grid

interface SpecCell {
  value: string | number | boolean;
  text?: string;
  numberFormat?: string;
  /** With the leading '=' as Excel returns it. */
  formula?: string;
  error?: boolean;
}

/** A rectangle, 0-based, as Excel's rowIndex/columnIndex/rowCount/columnCount. */
interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

interface SheetSpec {
  name: string;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Values-only used range, null for a sheet without values. */
  used: Rect | null;
  /** Cell at 0-based absolute coordinates. */
  cell: (row: number, col: number) => SpecCell | null;
  /** Areas as Excel writes them in RangeAreas.address. */
  merges?: string[];
}

/** A sheet from a few A1-addressed cells; the used range is their bounding box. */
function sheetOf(name: string, cells: Record<string, SpecCell>, extra: Partial<SheetSpec> = {}): SheetSpec {
  const refs = Object.keys(cells).map(parseA1);
  const used =
    refs.length === 0
      ? null
      : {
          row: Math.min(...refs.map((r) => r.row)) - 1,
          col: Math.min(...refs.map((r) => r.col)) - 1,
          rows: Math.max(...refs.map((r) => r.row)) - Math.min(...refs.map((r) => r.row)) + 1,
          cols: Math.max(...refs.map((r) => r.col)) - Math.min(...refs.map((r) => r.col)) + 1,
        };
  const byPos = new Map(Object.entries(cells).map(([a, c]) => [`${parseA1(a).row - 1},${parseA1(a).col - 1}`, c]));
  return { name, used, cell: (r, c) => byPos.get(`${r},${c}`) ?? null, ...extra };
}

/** A dense numeric sheet whose values encode their own position: row * 100000 + col (0-based). */
function denseSheet(name: string, used: Rect): SheetSpec {
  return { name, used, cell: (r, c) => ({ value: r * 100000 + c }) };
}

function valueTypeOf(c: SpecCell | null): string {
  if (!c) return 'Empty';
  if (c.error) return 'Error';
  return typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : c.value === '' ? 'Empty' : 'String';
}

/** The five parallel arrays Excel returns for a range. */
function rangeArrays(spec: SheetSpec, r: Rect) {
  const grid = (f: (c: SpecCell | null) => unknown) =>
    Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => f(spec.cell(r.row + i, r.col + j))));
  return {
    values: grid((c) => (c ? c.value : '')),
    text: grid((c) => (c ? (c.text ?? String(c.value)) : '')),
    numberFormat: grid((c) => c?.numberFormat ?? 'General'),
    formulas: grid((c) => (c ? (c.formula ?? c.value) : '')),
    valueTypes: grid(valueTypeOf),
  };
}

// ---------------------------------------------------------------- mock Excel

class MockExcel {
  readonly context: Excel.RequestContext;
  readonly sync: jest.SpyInstance;
  /** Cells queued (getRangeByIndexes) before each sync. */
  readonly cellsPerSync: number[] = [];
  readonly rangeRequests: Rect[] = [];
  readonly usedRangeArgs: unknown[] = [];
  /** Make the merged areas of this sheet fail the sync once (more than 512 areas). */
  failMergesOf?: string;
  /** Make this sync (1-based) reject like Office.js does. */
  failSync?: number;
  /** Simulate a forgotten load: block ranges ignore load(). */
  dropCellLoads = false;

  private objects: OfficeMockObject[] = [];
  private pendingCells = 0;

  constructor(specs: SheetSpec[]) {
    const worksheets = specs.map((s, i) => this.worksheet(s, i));
    const root = new OfficeMockObject({ workbook: { worksheets: { items: worksheets } } });
    this.collectionLoad(root.workbook.worksheets, worksheets);
    root.sync = async () => this.syncAll(root);
    this.sync = jest.spyOn(root, 'sync');
    this.context = root as unknown as Excel.RequestContext;
  }

  private track<T extends OfficeMockObject>(o: T): T {
    this.objects.push(o);
    return o;
  }

  /** One sync: fail on demand, else sync the root tree and every created object. */
  private async syncAll(root: OfficeMockObject): Promise<void> {
    this.cellsPerSync.push(this.pendingCells);
    this.pendingCells = 0;
    const pending = this.objects;
    if (this.failSync === this.sync.mock.calls.length) {
      this.objects = [];
      throw Object.assign(new Error('The requested resource does not exist.'), { code: 'ItemNotFound' });
    }
    await OfficeMockObject.prototype.sync.call(root);
    for (const o of pending) await o.sync();
  }

  /** Collections are not mock-able as such (items is an array): load 'items/x' on each item. */
  private collectionLoad(collection: OfficeMockObject, items: OfficeMockObject[]): void {
    collection.load = (arg: string) => {
      const props = arg.split(',').map((p) => p.trim());
      if (!props.every((p) => p.startsWith('items/'))) throw new Error(`unexpected collection load ${arg}`);
      OfficeMockObject.prototype.load.call(collection, 'items');
      for (const item of items) item.load(props.map((p) => p.slice('items/'.length)).join(','));
      return collection;
    };
  }

  private worksheet(spec: SheetSpec, position: number): OfficeMockObject {
    const ws = this.track(new OfficeMockObject({ name: spec.name, visibility: spec.visibility ?? 'Visible', position }));
    ws.getUsedRangeOrNullObject = (valuesOnly?: boolean) => {
      this.usedRangeArgs.push(valuesOnly);
      const u = spec.used ?? { row: 0, col: 0, rows: 1, cols: 1 };
      const used = this.track(
        new OfficeMockObject({ rowIndex: u.row, columnIndex: u.col, rowCount: u.rows, columnCount: u.cols }),
      );
      used.isNullObject = spec.used === null; // set by Office.js on every proxy after sync
      return used;
    };
    ws.getRangeByIndexes = (row: number, col: number, rows: number, cols: number) => this.block(spec, { row, col, rows, cols });
    ws.getRange = (address?: string) => {
      if (address !== undefined) throw new Error('mock: only the whole-sheet range');
      const whole = this.track(new OfficeMockObject({ address: `${spec.name}!1:1048576` }));
      whole.getMergedAreasOrNullObject = () => this.mergedAreas(spec);
      return whole;
    };
    return ws;
  }

  private block(spec: SheetSpec, r: Rect): OfficeMockObject {
    const u = spec.used;
    if (!u || r.row < u.row || r.col < u.col || r.row + r.rows > u.row + u.rows || r.col + r.cols > u.col + u.cols) {
      throw new Error(`mock: range outside the used range of ${spec.name}`);
    }
    this.rangeRequests.push(r);
    this.pendingCells += r.rows * r.cols;
    const range = this.track(new OfficeMockObject(rangeArrays(spec, r)));
    if (this.dropCellLoads) range.load = () => range;
    return range;
  }

  private mergedAreas(spec: SheetSpec): OfficeMockObject {
    const merges = spec.merges ?? [];
    const areas = this.track(new OfficeMockObject({ address: merges.join(', ') }));
    areas.isNullObject = merges.length === 0;
    if (this.failMergesOf === spec.name) {
      areas.sync = async () => {
        this.objects = this.objects.filter((o) => o !== areas); // a failed batch is discarded
        throw Object.assign(new Error('The operation failed.'), { code: 'GeneralException' });
      };
    }
    return areas;
  }
}

// ---------------------------------------------------------------- fixtures

const SUMMARY = sheetOf(
  '收支总表',
  {
    B2: { value: '项目' },
    C2: { value: '金额（万元）' },
    B3: { value: '一般公共预算拨款' },
    C3: { value: 1234.5, text: '1,234.50', numberFormat: '#,##0.00' },
    B4: { value: '合计' },
    C4: { value: 1234.5, text: '1,234.50', numberFormat: '#,##0.00', formula: '=SUM(C3:C3)' },
    D4: { value: '#REF!', text: '#REF!', formula: '=C3+#REF!', error: true },
    B5: { value: true, text: 'TRUE' },
    D5: { value: 45292, text: '2024-01-01', numberFormat: 'yyyy-mm-dd' },
    E6: { value: '', formula: '=IF(C3>0,"","x")' },
  },
  { merges: ["'收支总表'!B5:B6", "'收支总表'!C2:D2"] },
);
const HIDDEN = sheetOf(
  "附表, 'x'",
  { A1: { value: '说明' }, B1: { value: 7, text: '7' } },
  { visibility: 'Hidden', merges: ["'附表, ''x'''!A1:A2"] },
);
const EMPTY: SheetSpec = { name: '空表', visibility: 'VeryHidden', used: null, cell: () => null };

async function read(specs: SheetSpec[], options: ExcelReadOptions = {}, setup?: (m: MockExcel) => void) {
  const mock = new MockExcel(specs);
  setup?.(mock);
  const wb = await readOpenWorkbook(mock.context, options);
  return { wb, mock };
}

function smallSheets(n: number): SheetSpec[] {
  return Array.from({ length: n }, (_, i) => sheetOf(`表${i + 1}`, { A1: { value: `标题${i + 1}` }, B2: { value: i } }));
}

// ---------------------------------------------------------------- tests

describe('readOpenWorkbook: model', () => {
  let wb: Workbook;
  let mock: MockExcel;
  beforeAll(async () => {
    ({ wb, mock } = await read([SUMMARY, HIDDEN, EMPTY], { supportsMerges: true }));
  });

  it('reads sheets with name, position and visibility', () => {
    expect(wb.source).toBe('Excel');
    expect(wb.sheets.map((s) => [s.name, s.index, s.visibility])).toEqual([
      ['收支总表', 0, 'visible'],
      ["附表, 'x'", 1, 'hidden'],
      ['空表', 2, 'veryHidden'],
    ]);
    expect(mock.usedRangeArgs).toEqual([true, true, true]);
  });

  it('places cells at absolute addresses when the used range starts at B2', () => {
    const s = wb.sheets[0];
    expect(cellAt(s, 1, 1)).toBeUndefined();
    expect(getCell(s, 'B2')).toMatchObject({ row: 2, col: 2, address: 'B2', type: 'string', value: '项目' });
    expect(getCell(s, 'C3')).toMatchObject({ type: 'number', value: 1234.5, text: '1,234.50', numFmt: '#,##0.00' });
    expect(s.rowCount).toBe(6);
    expect(s.colCount).toBe(5);
    expect(cellCount(s)).toBe(10);
  });

  it('keeps formulas without "=", errors as errors, booleans and dates', () => {
    const s = wb.sheets[0];
    expect(getCell(s, 'C4')).toMatchObject({ type: 'number', value: 1234.5, formula: 'SUM(C3:C3)' });
    const err = getCell(s, 'D4')!;
    expect(err).toMatchObject({ type: 'error', value: null, error: '#REF!', text: '#REF!', formula: 'C3+#REF!' });
    expect(typeof err.value).not.toBe('number');
    expect(getCell(s, 'B5')).toMatchObject({ type: 'boolean', value: true });
    expect(getCell(s, 'D5')).toMatchObject({ type: 'date', value: 45292, text: '2024-01-01', numFmt: 'yyyy-mm-dd' });
    expect(getCell(s, 'E6')).toMatchObject({ type: 'string', value: '', formula: 'IF(C3>0,"","x")' });
    expect(getCell(s, 'B2')!.numFmt).toBeUndefined(); // 'General' is not stored
    expect(getCell(s, 'B2')!.formula).toBeUndefined(); // constants are not formulas
  });

  it('does not store empty cells', () => {
    const s = wb.sheets[0];
    expect(getCell(s, 'C5')).toBeUndefined();
    expect(getCell(s, 'B6')).toBeUndefined();
    expect(wb.sheets[2]).toMatchObject({ rowCount: 0, colCount: 0, rows: [], merges: [] });
  });

  it('reads merges when supported, including quoted sheet names', () => {
    expect(wb.sheets[0].mergesKnown).toBe(true);
    expect(wb.sheets[0].merges).toEqual([
      { ref: 'B5:B6', top: 5, left: 2, bottom: 6, right: 2 },
      { ref: 'C2:D2', top: 2, left: 3, bottom: 2, right: 4 },
    ]);
    expect(wb.sheets[1].merges.map((m) => m.ref)).toEqual(['A1:A2']);
    expect(getCell(wb.sheets[1], 'B1')).toMatchObject({ value: 7 });
  });

  it('marks merges unknown when not supported, without asking Excel', async () => {
    const { wb: w, mock: m } = await read([SUMMARY, HIDDEN, EMPTY], { supportsMerges: false });
    expect(w.sheets.map((s) => s.mergesKnown)).toEqual([false, false, false]);
    expect(w.sheets.every((s) => s.merges.length === 0)).toBe(true);
    expect(m.sync).toHaveBeenCalledTimes(3);
  });
});

describe('readOpenWorkbook: merge support detection', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('is off when Office is undefined', async () => {
    const { wb } = await read([SUMMARY]);
    expect(wb.sheets[0].mergesKnown).toBe(false);
  });

  it('asks Office for ExcelApi 1.13', async () => {
    const isSetSupported = jest.fn((name: string, v?: string) => name === 'ExcelApi' && v === '1.13');
    (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported } } };
    const { wb } = await read([SUMMARY]);
    expect(isSetSupported).toHaveBeenCalledWith('ExcelApi', '1.13');
    expect(wb.sheets[0].mergesKnown).toBe(true);
    expect(wb.sheets[0].merges).toHaveLength(2);
  });

  it('falls back to no merges when Excel refuses them (one extra sync)', async () => {
    const { wb, mock } = await read([SUMMARY, HIDDEN], { supportsMerges: true }, (m) => (m.failMergesOf = SUMMARY.name));
    expect(wb.sheets.map((s) => s.mergesKnown)).toEqual([false, false]);
    expect(wb.sheets.every((s) => s.merges.length === 0)).toBe(true);
    expect(getCell(wb.sheets[0], 'C3')!.value).toBe(1234.5);
    expect(mock.sync).toHaveBeenCalledTimes(4);
  });
});

describe('readOpenWorkbook: sync count', () => {
  it('takes 3 syncs for 1 sheet', async () => {
    const { mock } = await read(smallSheets(1), { supportsMerges: true });
    expect(mock.sync).toHaveBeenCalledTimes(3);
  });

  it('still takes 3 syncs for 15 sheets, merges included', async () => {
    const { wb, mock } = await read(smallSheets(15), { supportsMerges: true });
    expect(mock.sync).toHaveBeenCalledTimes(3);
    expect(wb.sheets).toHaveLength(15);
    expect(getCell(wb.sheets[14], 'B2')).toMatchObject({ value: 14 });
    expect(mock.cellsPerSync).toEqual([0, 0, 15 * 4]);
  });

  it('takes 2 syncs when every sheet is empty', async () => {
    const { wb, mock } = await read([EMPTY, { ...EMPTY, name: '空表2' }]);
    expect(mock.sync).toHaveBeenCalledTimes(2);
    expect(wb.sheets.map((s) => s.rowCount)).toEqual([0, 0]);
  });
});

describe('readOpenWorkbook: large sheets', () => {
  /** Every cell of the used range is where its value says it is. */
  function expectDense(wb: Workbook, used: Rect): void {
    const s = wb.sheets[0];
    expect(s.rowCount).toBe(used.row + used.rows);
    expect(s.colCount).toBe(used.col + used.cols);
    expect(cellCount(s)).toBe(used.rows * used.cols);
    for (let r = used.row; r < used.row + used.rows; r++) {
      for (let c = used.col; c < used.col + used.cols; c++) {
        const cell = cellAt(s, r + 1, c + 1);
        if (cell?.value !== r * 100000 + c) throw new Error(`cell (${r + 1}, ${c + 1}) holds ${String(cell?.value)}`);
      }
    }
  }

  it('reads 250,000 cells at C3 (500 × 500) in 2 + 3 syncs of at most 100,000 cells', async () => {
    const used = { row: 2, col: 2, rows: 500, cols: 500 };
    const progress: [number, number][] = [];
    const { wb, mock } = await read([denseSheet('大表', used)], {
      maxCellsPerSync: 100_000,
      onProgress: (d, t) => progress.push([d, t]),
    });
    expect(mock.sync).toHaveBeenCalledTimes(5);
    expect(mock.cellsPerSync).toEqual([0, 0, 100_000, 100_000, 50_000]);
    expect(progress).toEqual([
      [100_000, 250_000],
      [200_000, 250_000],
      [250_000, 250_000],
    ]);
    const s = wb.sheets[0];
    expect(getCell(s, 'C3')!.value).toBe(2 * 100000 + 2); // first
    expect(getCell(s, 'SH502')!.value).toBe(501 * 100000 + 501); // last
    expect(cellAt(s, 202, 502)!.value).toBe(201 * 100000 + 501); // last cell of chunk 1
    expect(cellAt(s, 203, 3)!.value).toBe(202 * 100000 + 2); // first row of chunk 2
    expectDense(wb, used);
  });

  it('splits a chunk boundary in the middle of a row (16 × 15,625 at B3)', async () => {
    const used = { row: 2, col: 1, rows: 16, cols: 15_625 };
    const { wb, mock } = await read([denseSheet('宽表', used)], { maxCellsPerSync: 100_000 });
    expect(mock.sync).toHaveBeenCalledTimes(5);
    expect(mock.cellsPerSync).toEqual([0, 0, 100_000, 100_000, 50_000]);
    // 100,000 = 6 rows + 6,250 cells: row 7 of the range is split between syncs 3 and 4.
    expect(mock.rangeRequests.slice(0, 3)).toEqual([
      { row: 2, col: 1, rows: 6, cols: 15_625 },
      { row: 8, col: 1, rows: 1, cols: 6_250 },
      { row: 8, col: 6_251, rows: 1, cols: 9_375 },
    ]);
    const s = wb.sheets[0];
    expect(cellAt(s, 9, 6_251)!.value).toBe(8 * 100000 + 6_250); // last cell of sync 3
    expect(cellAt(s, 9, 6_252)!.value).toBe(8 * 100000 + 6_251); // first cell of sync 4
    expectDense(wb, used);
  });

  it('keeps small sheets around a big one in the same batches', async () => {
    const used = { row: 0, col: 0, rows: 300, cols: 100 };
    const { wb, mock } = await read([smallSheets(1)[0], denseSheet('中表', used), smallSheets(2)[1]], {
      maxCellsPerSync: 10_000,
    });
    expect(mock.sync).toHaveBeenCalledTimes(2 + Math.ceil((4 + 30_000 + 4) / 10_000));
    expect(Math.max(...mock.cellsPerSync)).toBeLessThanOrEqual(10_000);
    expect(getCell(wb.sheets[1], 'CV300')!.value).toBe(299 * 100000 + 99);
    expect(getCell(wb.sheets[2], 'B2')!.value).toBe(1);
  });
});

describe('readOpenWorkbook: errors', () => {
  it('wraps a failing sync in ReadError EXCEL_READ_FAILED', async () => {
    const p = read(smallSheets(2), {}, (m) => (m.failSync = 3));
    await expect(p).rejects.toBeInstanceOf(ReadError);
    await expect(read(smallSheets(2), {}, (m) => (m.failSync = 2))).rejects.toMatchObject({
      code: 'EXCEL_READ_FAILED',
      message: expect.stringContaining('ItemNotFound'),
    });
  });

  it('fails instead of reading garbage when cell data did not come back', async () => {
    await expect(read(smallSheets(1), {}, (m) => (m.dropCellLoads = true))).rejects.toMatchObject({
      code: 'EXCEL_READ_FAILED',
      message: expect.stringContaining('range data missing'),
    });
  });

  it('rejects a nonsensical maxCellsPerSync', async () => {
    await expect(read(smallSheets(1), { maxCellsPerSync: 0 })).rejects.toMatchObject({ code: 'EXCEL_READ_FAILED' });
  });
});

describe('batch planning', () => {
  it('covers a row-major span with head, whole rows and tail', () => {
    expect(rowMajorBlocks(10, 7, 25)).toEqual([
      { row: 0, col: 7, rows: 1, cols: 3 },
      { row: 1, col: 0, rows: 2, cols: 10 },
      { row: 3, col: 0, rows: 1, cols: 2 },
    ]);
  });

  it('needs exactly ceil(total / max) batches and never exceeds max', () => {
    const extents = [{ rows: 3, cols: 7 }, { rows: 0, cols: 0 }, { rows: 1000, cols: 13 }, { rows: 5, cols: 5 }];
    const total = 21 + 13_000 + 25;
    const batches = planBatches(extents, 1000);
    expect(batches).toHaveLength(Math.ceil(total / 1000));
    expect(batches.every((b) => b.cells <= 1000 && b.blocks.reduce((n, x) => n + x.rows * x.cols, 0) === b.cells)).toBe(true);
  });

  it('splits RangeAreas addresses outside quoted names', () => {
    expect(splitAreasAddress("Sheet1!A1:B2, 'a,b'!C3:D4,'x'',y'!E5:F6")).toEqual(['Sheet1!A1:B2', "'a,b'!C3:D4", "'x'',y'!E5:F6"]);
  });
});
