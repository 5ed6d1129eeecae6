/**
 * A small fake Excel for the adapter tests, built on office-addin-mock: every object whose
 * properties the code loads is an OfficeMockObject (so load-before-sync is enforced), wrapped
 * so that reading an unloaded property throws and every property write is captured. Writes
 * and method calls are queued and applied to an in-memory workbook at `context.sync()`, in
 * order; an operation Excel would refuse fails the sync after the earlier ones were applied,
 * as Office.js does. office-addin-mock has no notes, comments, settings or RangeAreas: they
 * are implemented here, and exist only on hosts whose ExcelApi version has them.
 *
 * Test files must `jest.mock('office-addin-manifest', …)` as excel-read.test.ts does.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { parseRange, quoteSheetName, toA1 } from '../../src/core/address';

export type ApiVersion = '1.7' | '1.9' | '1.10' | '1.18';

export interface FakeFill {
  color: string;
  /** undefined stands for the null Excel returns (office-addin-mock cannot hold null). */
  pattern?: string;
  patternColor: string;
  tintAndShade?: number;
}

export interface FakeCell {
  value?: unknown;
  formula?: unknown;
  numberFormat?: unknown;
  fill?: FakeFill;
  note?: string;
  bold?: boolean;
  wrap?: boolean;
}

export interface FakeSheet {
  name: string;
  id: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  cells: Map<string, FakeCell>;
  widths: Map<number, number>;
  frozenRows: number;
}

export interface FakeComment {
  id: string;
  sheet: string;
  cell: string;
  content: string;
}

/** One captured write: which sync applied it, where, what. */
export interface FakeWrite {
  sync: number;
  sheet: string;
  address: string;
  prop: string;
  value: unknown;
}

export const NO_FILL: FakeFill = { color: '#FFFFFF', pattern: 'None', patternColor: '#000000' };
export const solid = (color: string): FakeFill => ({ color: color.toUpperCase(), pattern: 'Solid', patternColor: '#000000', tintAndShade: 0 });

const NOT_LOADED = ['Error, property was not loaded', 'Error, context.sync() was not called'];

/** Wrap a mock: reading an unloaded property throws; writes go to onSet (or throw). */
function strict<T extends object>(target: T, onSet?: (prop: string, value: unknown) => void): T {
  return new Proxy(target, {
    get(t, p) {
      const v = Reflect.get(t, p) as unknown;
      if (typeof v === 'string' && NOT_LOADED.includes(v)) throw new Error(`mock: ${String(p)} read before load and sync`);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
    set(_t, p, v) {
      if (!onSet) throw new Error(`mock: unexpected write of ${String(p)}`);
      onSet(String(p), v);
      return true;
    },
  });
}

const officeError = (code: string, message: string) => Object.assign(new Error(message), { code });

function cellsOfArea(area: string): string[] {
  const r = parseRange(area.replace(/\$/g, ''));
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(toA1(row, col));
  return out;
}

let nextId = 1;

export interface SheetSpec {
  name: string;
  visibility?: FakeSheet['visibility'];
  protected?: boolean;
  cells?: Record<string, FakeCell>;
}

export class FakeExcel {
  readonly context: Excel.RequestContext;
  readonly sync: jest.Mock<Promise<void>, []>;
  readonly sheets: FakeSheet[];
  readonly writes: FakeWrite[] = [];
  /** Operations applied per sync (index 0 = first sync). */
  readonly opsPerSync: number[] = [];
  screenSuspensions = 0;
  active: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** Make this sync (1-based) fail before applying anything. */
  failSync?: number;

  private queue: { op: () => void; count: boolean }[] = [];
  private mocks: OfficeMockObject[] = [];

  /**
   * @param settings the add-in's Workbook.settings (see reopen)
   * @param comments threaded comments (1.10+)
   */
  constructor(
    readonly api: ApiVersion,
    sheets: SheetSpec[],
    readonly settings: Map<string, string> = new Map(),
    readonly comments: FakeComment[] = [],
  ) {
    this.sheets = sheets.map((s) => ({
      name: s.name,
      id: `{sheet-${nextId++}}`,
      visibility: s.visibility ?? 'Visible',
      protected: s.protected ?? false,
      cells: new Map(Object.entries(s.cells ?? {}).map(([a, c]) => [a, { ...c }])),
      widths: new Map(),
      frozenRows: 0,
    }));
    this.sync = jest.fn(() => this.syncAll());
    const workbook: Record<string, unknown> = { worksheets: this.worksheetCollection(), settings: this.settingCollection() };
    if (this.at('1.10')) workbook.comments = this.commentCollection();
    // the selected cell (the first cell of the selection; A1 of the first sheet when nothing was selected)
    workbook.getSelectedRange = () => {
      const sel = this.selection ?? { sheet: this.sheets[0]?.name ?? 'Sheet1', address: 'A1' };
      const r = { address: `${quoteSheetName(sel.sheet)}!${sel.address.split(/[:,]/)[0]}`, load: () => r };
      return r;
    };
    const application: Record<string, unknown> = {};
    if (this.at('1.9')) application.suspendScreenUpdatingUntilNextSync = () => this.later(() => this.screenSuspensions++, false);
    this.context = { workbook, application, sync: this.sync } as unknown as Excel.RequestContext;
  }

  /** The same workbook saved and opened again, possibly in another Excel: cells, comments and settings carry over. */
  reopen(api: ApiVersion = this.api): FakeExcel {
    const next = new FakeExcel(api, [], this.settings, this.comments);
    next.sheets.push(...this.sheets);
    return next;
  }

  /** Every sheet's cells, notes and the comments, for comparing states. */
  snapshot(): unknown {
    return {
      sheets: this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells.entries()]
          .map(([a, c]) => [a, { ...c, fill: c.fill ?? NO_FILL }] as const)
          .filter(([, c]) => Object.keys(c).length > 1 || JSON.stringify(c.fill) !== JSON.stringify(NO_FILL))
          .sort(([a], [b]) => (a < b ? -1 : 1)),
      })),
      comments: this.comments.map((c) => ({ ...c })),
    };
  }

  /** Whether the fake host supports this ExcelApi version. */
  at(version: ApiVersion): boolean {
    const n = (v: string) => v.split('.').map(Number).reduce((a, b) => a * 100 + b);
    return n(this.api) >= n(version);
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  cell(sheet: string, address: string): FakeCell {
    const s = this.sheet(sheet);
    let c = s.cells.get(address);
    if (!c) s.cells.set(address, (c = {}));
    return c;
  }

  fillOf(sheet: string, address: string): FakeFill {
    return this.cell(sheet, address).fill ?? NO_FILL;
  }

  commentAt(sheet: string, cell: string): FakeComment | undefined {
    return this.comments.find((c) => c.sheet === sheet && c.cell === cell);
  }

  /** Writes applied by each sync. */
  writesOf(sync: number): FakeWrite[] {
    return this.writes.filter((w) => w.sync === sync);
  }

  // ---------------------------------------------------------------- machinery

  private track<T extends OfficeMockObject>(o: T): T {
    this.mocks.push(o);
    return o;
  }

  private later(op: () => void, count = true): void {
    this.queue.push({ op, count });
  }

  private log(sheet: string, address: string, prop: string, value: unknown): void {
    this.writes.push({ sync: this.sync.mock.calls.length, sheet, address, prop, value });
  }

  private async syncAll(): Promise<void> {
    const queue = this.queue;
    const mocks = this.mocks;
    this.queue = [];
    this.mocks = [];
    this.opsPerSync.push(queue.filter((q) => q.count).length);
    if (this.failSync === this.sync.mock.calls.length) throw officeError('GeneralException', 'mock: sync failed');
    for (const { op } of queue) op(); // throws like Excel: the rest of the batch is dropped
    for (const m of mocks) await m.sync();
  }

  // ---------------------------------------------------------------- settings

  private settingCollection() {
    return {
      getItemOrNullObject: (key: string) => {
        const has = this.settings.has(key);
        const item = this.track(new OfficeMockObject({ value: this.settings.get(key) ?? '' }));
        (item as unknown as { isNullObject: boolean }).isNullObject = !has;
        (item as unknown as { delete: () => void }).delete = () => this.later(() => this.settings.delete(key));
        return strict(item);
      },
      add: (key: string, value: unknown) => {
        if (typeof value !== 'string') throw new Error('mock: settings hold strings here');
        this.later(() => this.settings.set(key, value));
      },
    };
  }

  // ---------------------------------------------------------------- worksheets

  private worksheetCollection() {
    const collection: Record<string, unknown> = {
      load: (props: string) => {
        const fields = props.split(',').map((p) => p.trim());
        if (!fields.every((p) => p.startsWith('items/'))) throw new Error(`mock: unexpected load ${props}`);
        collection.items = this.sheets.map((s) => {
          const ws = this.worksheet(s);
          ws.load(fields.map((f) => f.slice('items/'.length)).join(','));
          return ws;
        });
        return collection;
      },
      getItem: (name: string) => {
        const s = this.sheets.find((x) => x.name === name);
        if (!s) throw officeError('ItemNotFound', `mock: no sheet ${name}`);
        return this.worksheet(s);
      },
      getItemOrNullObject: (name: string) => {
        const s = this.sheets.find((x) => x.name === name);
        if (s) return this.worksheet(s);
        const missing = this.track(new OfficeMockObject({ name: '', visibility: 'Visible' }));
        (missing as unknown as { isNullObject: boolean }).isNullObject = true;
        return strict(missing);
      },
      add: (name: string) => {
        const s: FakeSheet = { name, id: `{sheet-${nextId++}}`, visibility: 'Visible', protected: false, cells: new Map(), widths: new Map(), frozenRows: 0 };
        this.later(() => {
          if (this.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase())) throw officeError('ItemAlreadyExists', `mock: sheet ${name} exists`);
          this.sheets.push(s);
        });
        return this.worksheet(s);
      },
    };
    return collection;
  }

  /** A worksheet proxy (loadable: name, id, visibility, position, protection/protected). */
  private worksheet(s: FakeSheet, exists = true): Excel.Worksheet {
    const ws = this.track(
      new OfficeMockObject({ name: s.name, id: s.id, visibility: s.visibility, position: this.sheets.indexOf(s), protection: { protected: s.protected } }),
    ) as unknown as Record<string, unknown>;
    ws.isNullObject = !exists;
    // a whole column ("A:A") stands for its first cell: only its format (width) is used
    ws.getRange = (address: string) => this.range(s, [address.replace(/^([A-Z]+):([A-Z]+)$/, '$11:$21')]);
    ws.getRangeByIndexes = (row: number, col: number, rows: number, cols: number) =>
      this.range(s, [rows * cols === 1 ? toA1(row + 1, col + 1) : `${toA1(row + 1, col + 1)}:${toA1(row + rows, col + cols)}`]);
    if (this.at('1.9')) ws.getRanges = (address: string) => this.range(s, address.split(',').map((a) => a.trim()), true);
    ws.activate = () => this.later(() => (this.active = s.name));
    ws.delete = () =>
      this.later(() => {
        if (this.sheets.filter((x) => x.visibility === 'Visible' && x !== s).length === 0) throw officeError('InvalidOperation', 'mock: last visible sheet');
        this.sheets.splice(this.sheets.indexOf(s), 1);
      });
    ws.freezePanes = { freezeRows: (n: number) => this.later(() => (s.frozenRows = n)) };
    if (this.at('1.18')) ws.notes = this.noteCollection(s);
    return strict(ws, (prop, value) => {
      if (prop !== 'name') throw new Error(`mock: unexpected worksheet write ${prop}`);
      this.later(() => {
        if (this.sheets.some((x) => x !== s && x.name.toLowerCase() === String(value).toLowerCase())) throw officeError('ItemAlreadyExists', 'mock: name taken');
        s.name = String(value);
      });
    }) as unknown as Excel.Worksheet;
  }

  /** A Range (one area) or RangeAreas (getRanges): writes apply to every cell of every area. */
  private range(s: FakeSheet, areas: string[], multi = false): Excel.Range {
    const cells = () => areas.flatMap(cellsOfArea);
    const address = areas.join(',');
    const write = (prop: string, value: unknown, apply: (c: FakeCell, i: number, j: number) => void) => {
      this.later(() => {
        this.log(s.name, address, prop, value);
        const r = parseRange(areas[0]);
        for (const a of cells()) {
          const p = parseRange(a);
          const c = s.cells.get(a) ?? {};
          s.cells.set(a, c);
          apply(c, p.top - r.top, p.left - r.left);
        }
      });
    };
    const grid = (value: unknown, i: number, j: number) => (Array.isArray(value) ? (value as unknown[][])[i][j] : value);
    const first = s.cells.get(cellsOfArea(areas[0])[0])?.fill ?? NO_FILL;
    const fillData: Record<string, unknown> = { color: first.color };
    if (this.at('1.9')) Object.assign(fillData, { pattern: first.pattern, patternColor: first.patternColor, tintAndShade: first.tintAndShade });
    const fillMock = this.track(new OfficeMockObject(fillData)) as unknown as Record<string, unknown>;
    fillMock.clear = () => write('format.fill.clear', null, (c) => (c.fill = { ...NO_FILL }));
    const fill = strict(fillMock, (prop, value) => {
      if (prop === 'color') write('format.fill.color', value, (c) => (c.fill = solid(String(value))));
      else if (prop === 'pattern' && this.at('1.9')) write('format.fill.pattern', value, (c) => (c.fill = { ...(c.fill ?? NO_FILL), pattern: String(value) }));
      else if (prop === 'patternColor' && this.at('1.9')) write('format.fill.patternColor', value, (c) => (c.fill = { ...(c.fill ?? NO_FILL), patternColor: String(value) }));
      else throw new Error(`mock: unexpected fill write ${prop}`);
    });
    const font = strict({}, (prop, value) => {
      if (prop === 'size') return write('format.font.size', value, () => undefined);
      if (prop !== 'bold') throw new Error(`mock: unexpected font write ${prop}`);
      write('format.font.bold', value, (c) => (c.bold = Boolean(value)));
    });
    // format.columnWidth reads the width set on the first column (Excel's default 8.43 characters ≈ 48 pt otherwise)
    const formatData: Record<string, unknown> = { fill, font, load: () => undefined };
    Object.defineProperty(formatData, 'columnWidth', { get: () => s.widths.get(parseRange(areas[0]).left) ?? 48, configurable: true });
    const format = strict(formatData, (prop, value) => {
      if (prop === 'columnWidth') {
        this.later(() => {
          this.log(s.name, address, 'format.columnWidth', value);
          const r = parseRange(areas[0]);
          for (let col = r.left; col <= r.right; col++) s.widths.set(col, Number(value));
        });
      } else if (prop === 'wrapText') write('format.wrapText', value, (c) => (c.wrap = Boolean(value)));
      else if (prop === 'verticalAlignment') write('format.verticalAlignment', value, () => undefined);
      else throw new Error(`mock: unexpected format write ${prop}`);
    });
    // reads of values/formulas: loaded values are what the cells hold at the next sync
    let loaded: { values: unknown[][]; formulas: unknown[][] } | null = null;
    const table = (pick: (c: FakeCell | undefined) => unknown) => {
      const r = parseRange(areas[0]);
      const out: unknown[][] = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line: unknown[] = [];
        for (let col = r.left; col <= r.right; col++) line.push(pick(s.cells.get(toA1(row, col))));
        out.push(line);
      }
      return out;
    };
    const range: Record<string, unknown> = {
      format,
      select: () => this.later(() => (this.selection = { sheet: s.name, address })),
      load: () => {
        this.later(() => {
          loaded = { values: table((c) => c?.value ?? ''), formulas: table((c) => c?.formula ?? c?.value ?? '') };
        }, false);
        return range;
      },
    };
    Object.defineProperty(range, 'values', { get: () => loaded?.values ?? NOT_LOADED[0], configurable: true });
    Object.defineProperty(range, 'formulas', { get: () => loaded?.formulas ?? NOT_LOADED[0], configurable: true });
    return strict(range, (prop, value) => {
      if (multi) throw new Error(`mock: RangeAreas write ${prop}`);
      if (prop === 'values') write('values', value, (c, i, j) => (c.value = grid(value, i, j)));
      else if (prop === 'formulas') write('formulas', value, (c, i, j) => (c.formula = grid(value, i, j)));
      else if (prop === 'numberFormat') write('numberFormat', value, (c, i, j) => (c.numberFormat = grid(value, i, j)));
      else throw new Error(`mock: unexpected range write ${prop}`);
    }) as unknown as Excel.Range;
  }

  // ---------------------------------------------------------------- notes (1.18) and comments (1.10)

  private noteCollection(s: FakeSheet) {
    return {
      getItemOrNullObject: (cell: string) => {
        const text = s.cells.get(cell)?.note;
        const note = this.track(new OfficeMockObject({ content: text ?? '' })) as unknown as Record<string, unknown>;
        note.isNullObject = text === undefined;
        note.delete = () =>
          this.later(() => {
            this.log(s.name, cell, 'note.delete', null);
            if (s.cells.get(cell)?.note === undefined) throw officeError('ItemNotFound', 'mock: no note');
            delete s.cells.get(cell)!.note;
          });
        return strict(note, (prop, value) => {
          if (prop !== 'content') throw new Error(`mock: unexpected note write ${prop}`);
          this.later(() => {
            this.log(s.name, cell, 'note.content', value);
            if (s.cells.get(cell)?.note === undefined) throw officeError('ItemNotFound', 'mock: no note');
            s.cells.get(cell)!.note = String(value);
          });
        });
      },
      add: (cell: string, content: string) =>
        this.later(() => {
          this.log(s.name, cell, 'note.add', content);
          const c = s.cells.get(cell) ?? {};
          if (c.note !== undefined || this.commentAt(s.name, cell)) throw officeError('InvalidOperation', 'mock: cell already annotated');
          c.note = content;
          s.cells.set(cell, c);
        }),
    };
  }

  private commentCollection() {
    const collection: Record<string, unknown> = {
      load: (props: string) => {
        if (props !== 'items/content') throw new Error(`mock: unexpected comments load ${props}`);
        collection.items = this.comments.map((c) => {
          const item = this.comment(c);
          item.load('content');
          return item;
        });
        return collection;
      },
      add: (address: string, content: string) => {
        const bang = address.lastIndexOf('!');
        const sheetPart = address.slice(0, bang);
        const sheet = sheetPart.startsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
        const cell = address.slice(bang + 1);
        this.later(() => {
          this.log(sheet, cell, 'comment.add', content);
          if (this.sheet(sheet).cells.get(cell)?.note !== undefined || this.commentAt(sheet, cell)) {
            throw officeError('InvalidOperation', 'mock: cell already annotated');
          }
          this.comments.push({ id: `c${nextId++}`, sheet, cell, content });
        });
      },
    };
    return collection;
  }

  private comment(c: FakeComment): Excel.Comment {
    const m = this.track(new OfficeMockObject({ content: c.content })) as unknown as Record<string, unknown>;
    m.getLocation = () => strict(this.track(new OfficeMockObject({ address: `${quoteSheetName(c.sheet)}!${c.cell}` })));
    m.delete = () =>
      this.later(() => {
        this.log(c.sheet, c.cell, 'comment.delete', null);
        const i = this.comments.indexOf(c);
        if (i < 0) throw officeError('ItemNotFound', 'mock: no comment');
        this.comments.splice(i, 1);
      });
    return strict(m, (prop, value) => {
      if (prop !== 'content') throw new Error(`mock: unexpected comment write ${prop}`);
      this.later(() => {
        this.log(c.sheet, c.cell, 'comment.content', value);
        c.content = String(value);
      });
    }) as unknown as Excel.Comment;
  }
}
