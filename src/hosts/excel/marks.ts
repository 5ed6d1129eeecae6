/**
 * "标记到单元格" / "清除标记" in the open workbook (Office.js).
 *
 * Each flagged cell gets a fill colour by severity and, where the host allows, a note
 * (ExcelApi 1.18) or else a threaded comment (1.10); on older hosts the fill only. Before a
 * cell is touched its original fill and note are recorded in Workbook.settings
 * (SETTING_KEYS.marks), so clearing restores them exactly, also after save and reopen.
 * Cell values are never written.
 *
 * Sync plan, independent of the number of cells (n cells touched, chunk size c):
 *   1. the record, the worksheets (name, protection) and, on 1.10+, the threaded comments;
 *   2. the originals of newly marked cells and the current state of previously marked ones
 *      (fill, note) plus the location of every threaded comment — skipped when nothing to load;
 *   3+. ceil(n / c) write syncs (at least one: the record is written in the first). Fills are
 *      grouped by sheet × colour into RangeAreas (1.9) or queued as per-cell ranges (1.7).
 *
 * Decisions where the issue is silent:
 * - "No fill" vs white: from 1.9 the fill's pattern / tintAndShade tell them apart (no fill
 *   has pattern None or tintAndShade null). On 1.7/1.8 Excel reports both as #FFFFFF, so a
 *   white original is recorded as "no fill" and restored with fill.clear(): the colour is the
 *   same, only a white fill's hiding of gridlines is lost.
 * - A cell with the user's own note keeps it: our text is appended below a blank line, and
 *   clearing puts the user's text back verbatim. A cell with the user's threaded comment is
 *   never touched and gets no note (Excel allows only one of note / comment per cell).
 * - Marking again while marks exist merges: cells still flagged keep their first originals
 *   and get the new colour and text; cells no longer flagged are restored. The end state is
 *   "clear, then mark", without reading our own marks as originals.
 * - Clearing touches only what is still ours: a fill the user changed since marking, or a
 *   note that no longer carries NOTE_HEADER, is left alone (counted as `changed`).
 * - Protected sheets are skipped (their record entries kept). Entries whose note or comment
 *   this Excel cannot handle (marked on a newer host) stay in the record as `pending`.
 * - Sheets are found again by worksheet id after a rename; entries of a deleted sheet are
 *   dropped (named in skippedSheets).
 */
import { formatRange, parseA1, quoteSheetName, type RangeRef } from '../../core/address';
import { NOTE_HEADER, type CellMark } from '../../core/review/marks';
import { detectCapabilities, type ExcelCapabilities } from './capabilities';
import { loadSetting, SETTING_KEYS, writeSetting } from './store';

/** Cells written per sync. */
export const DEFAULT_MARK_CHUNK = 500;
/**
 * Longest getRanges address we build. Excel rejects some RangeAreas addresses above ~8,000
 * characters (office-js issue #5198); stay well below.
 */
export const MAX_AREAS_ADDRESS = 2000;

// ---------------------------------------------------------------- the record

/** Original fill: 0 = no fill; "#RRGGBB" = solid colour; [colour, pattern, patternColor] = a patterned fill (1.9). */
export type FillRecord = 0 | string | [string, string, string];
/**
 * What we did with the cell's annotation: 0 nothing; 1 added a note (there was none);
 * 2 added a threaded comment; a string: the user's own note, to which we appended ours.
 */
export type NoteRecord = 0 | 1 | 2 | string;
/** [original fill, our fill colour (null once restored while the note waits), annotation]. */
export type CellRecord = [FillRecord, string | null, NoteRecord];

export interface MarkRecord {
  v: 1;
  /** ISO time of the last marking. */
  at: string;
  /** Sheet name → A1 cell → record. */
  cells: Record<string, Record<string, CellRecord>>;
  /** Sheet name → worksheet id, so marks are found again after the user renames a sheet. */
  ids?: Record<string, string>;
}

function isFillRecord(x: unknown): x is FillRecord {
  if (x === 0 || typeof x === 'string') return true;
  return Array.isArray(x) && x.length === 3 && x.every((s) => typeof s === 'string');
}

function isCellRecord(x: unknown): x is CellRecord {
  return (
    Array.isArray(x) &&
    x.length === 3 &&
    isFillRecord(x[0]) &&
    (x[1] === null || typeof x[1] === 'string') &&
    (x[2] === 0 || x[2] === 1 || x[2] === 2 || typeof x[2] === 'string')
  );
}

/** The record from its stored JSON; malformed entries are dropped, null when there is none. */
export function parseMarkRecord(json: unknown): MarkRecord | null {
  if (typeof json !== 'object' || json === null) return null;
  const { at, cells, ids } = json as { at?: unknown; cells?: unknown; ids?: unknown };
  if (typeof cells !== 'object' || cells === null) return null;
  const out: MarkRecord = { v: 1, at: typeof at === 'string' ? at : '', cells: {} };
  if (typeof ids === 'object' && ids !== null) {
    const valid = Object.entries(ids as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string');
    if (valid.length) out.ids = Object.fromEntries(valid);
  }
  for (const [sheet, byCell] of Object.entries(cells as Record<string, unknown>)) {
    if (typeof byCell !== 'object' || byCell === null) continue;
    for (const [cell, rec] of Object.entries(byCell as Record<string, unknown>)) {
      if (isCellRecord(rec)) (out.cells[sheet] ??= {})[cell] = rec;
    }
  }
  return out;
}

/** Cells currently carrying our fill. */
export function markedCellCount(record: MarkRecord | null): number {
  if (!record) return 0;
  let n = 0;
  for (const byCell of Object.values(record.cells)) for (const rec of Object.values(byCell)) if (rec[1] !== null) n++;
  return n;
}

/** Queue loading the record; after the next sync the getter gives the number of marked cells. */
export function queueMarkedCount(context: Excel.RequestContext): () => number {
  const get = loadSetting<unknown>(context, SETTING_KEYS.marks);
  return () => markedCellCount(parseMarkRecord(get()));
}

/** Whether the workbook carries our marks (one sync). */
export async function hasMarks(context: Excel.RequestContext): Promise<boolean> {
  const count = queueMarkedCount(context);
  await context.sync();
  return count() > 0;
}

// ---------------------------------------------------------------- addresses

/**
 * Cells ("B5") merged into rectangles: runs along each row, then equal runs of consecutive
 * rows stacked ("B5:D9"). Shorter addresses, fewer areas for Excel to parse.
 */
export function compactAreas(cells: string[]): string[] {
  const byRow = new Map<number, number[]>();
  for (const a of new Set(cells.map((c) => c.replace(/\$/g, '').toUpperCase()))) {
    try {
      const { row, col } = parseA1(a);
      const list = byRow.get(row);
      if (list) list.push(col);
      else byRow.set(row, [col]);
    } catch {
      // not a cell address: skipped
    }
  }
  // Runs [left, right] per row, rows ascending.
  const open = new Map<string, RangeRef>(); // "left:right" → rectangle still growing downwards
  const done: RangeRef[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = byRow.get(row)!.sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && c === last[1] + 1) last[1] = c;
      else runs.push([c, c]);
    }
    const seen = new Set<string>();
    for (const [left, right] of runs) {
      const k = `${left}:${right}`;
      seen.add(k);
      const r = open.get(k);
      if (r && r.bottom === row - 1) r.bottom = row;
      else {
        if (r) done.push(r);
        open.set(k, { top: row, left, bottom: row, right });
      }
    }
    for (const [k, r] of open) {
      if (!seen.has(k)) {
        done.push(r);
        open.delete(k);
      }
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left).map(formatRange);
}

/** Join areas into comma-separated addresses of at most `max` characters each. */
export function chunkAddresses(areas: string[], max = MAX_AREAS_ADDRESS): string[] {
  const out: string[] = [];
  let cur = '';
  for (const a of areas) {
    if (cur && cur.length + 1 + a.length > max) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

// ---------------------------------------------------------------- results

export interface MarkResult {
  /** Cells now carrying a mark. */
  cells: number;
  /** How findings are described on the cells on this host. */
  annotation: 'notes' | 'comments' | 'none';
  /** Notes or comments written (added or updated). */
  annotated: number;
  /** Marked cells without our text: they hold the user's threaded comment, or Excel refused the comment. */
  unannotated: number;
  /** Previously marked cells no longer flagged, restored. */
  restored: number;
  /** Cells whose fill or note the user changed since marking: left as they are. */
  changed: number;
  /** Record entries kept for later: protected sheets, or notes/comments this Excel cannot edit. */
  pending: number;
  /** Marks not written: their sheet is protected or no longer exists. */
  skipped: number;
  /** Names of those sheets. */
  skippedSheets: string[];
}

export interface ClearResult extends Pick<MarkResult, 'changed' | 'pending' | 'skippedSheets'> {
  /** Cells restored. */
  cells: number;
}

export interface MarkOptions {
  /** Cells written per sync (default DEFAULT_MARK_CHUNK). */
  chunkSize?: number;
}

// ---------------------------------------------------------------- mark / clear

/**
 * Mark these cells (one CellMark per cell, from cellMarks), restoring cells marked before
 * that are no longer flagged. Syncs: 2 + ceil(cells touched / chunk).
 */
export async function markCells(
  context: Excel.RequestContext,
  marks: CellMark[],
  caps: ExcelCapabilities = detectCapabilities(),
  options: MarkOptions = {},
): Promise<MarkResult> {
  return run(context, marks, caps, options);
}

/** Restore every cell we marked and drop the record. Syncs: 1 when nothing is marked, else 2 + ceil(cells / chunk). */
export async function clearMarks(
  context: Excel.RequestContext,
  caps: ExcelCapabilities = detectCapabilities(),
  options: MarkOptions = {},
): Promise<ClearResult> {
  const { restored, changed, pending, skippedSheets } = await run(context, [], caps, options);
  return { cells: restored, changed, pending, skippedSheets };
}

/** One cell this run touches: to mark (mark set), and/or previously marked (old set). */
interface Slot {
  sheet: string;
  cell: string;
  ws: Excel.Worksheet;
  mark: CellMark | null;
  old: CellRecord | null;
  fill?: Excel.RangeFill;
  note?: Excel.Note;
}

/** A threaded comment found in the workbook. */
interface FoundComment {
  proxy: Excel.Comment;
  ours: boolean;
}

/** What to write to one cell. */
interface CellWrite {
  sheet: string;
  cell: string;
  ws: Excel.Worksheet;
  fill: FillRecord | null;
  note?: { add?: string; set?: string; remove?: boolean; proxy?: Excel.Note };
  comment?: { set?: string; remove?: boolean; proxy: Excel.Comment };
  commentAdd?: string;
}

const key = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

async function run(context: Excel.RequestContext, marks: CellMark[], caps: ExcelCapabilities, options: MarkOptions): Promise<MarkResult> {
  if (!caps.settings) throw new Error('此版本的 Excel 不能在工作簿中保存标记记录（需要 ExcelApi 1.4），无法标记。');
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? DEFAULT_MARK_CHUNK));
  const annotation = caps.notes ? 'notes' : caps.comments ? 'comments' : 'none';

  // Sync 1: record, worksheets, comments.
  const getRecord = loadSetting<unknown>(context, SETTING_KEYS.marks);
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/id,items/protection/protected');
  const comments = caps.comments ? context.workbook.comments : null;
  comments?.load('items/content');
  await context.sync();

  const record = parseMarkRecord(getRecord());
  const result: MarkResult = { cells: 0, annotation, annotated: 0, unannotated: 0, restored: 0, changed: 0, pending: 0, skipped: 0, skippedSheets: [] };
  if (!record && marks.length === 0) return result;

  const sheets = new Map(worksheets.items.map((ws) => [ws.name, ws]));
  const byId = new Map(worksheets.items.map((ws) => [ws.id, ws]));
  const writable = (name: string) => sheets.has(name) && !sheets.get(name)!.protection.protected;
  const skippedSheets = new Set<string>();
  const next: MarkRecord = { v: 1, at: new Date().toISOString(), cells: {}, ids: {} };
  const keep = (sheet: string, cell: string, rec: CellRecord) => {
    (next.cells[sheet] ??= {})[cell] = rec;
    const id = sheets.get(sheet)?.id ?? record?.ids?.[sheet];
    if (id) next.ids![sheet] = id;
  };

  // The cells of this run.
  const slots = new Map<string, Slot>();
  for (const m of marks) {
    if (!writable(m.sheet)) {
      result.skipped++;
      skippedSheets.add(m.sheet);
      continue;
    }
    slots.set(key(m.sheet, m.cell), { sheet: m.sheet, cell: m.cell, ws: sheets.get(m.sheet)!, mark: m, old: null });
  }
  for (const [recorded, byCell] of Object.entries(record?.cells ?? {})) {
    // The sheet by id (it may have been renamed since), else by name.
    const id = record?.ids?.[recorded];
    const sheet = (id !== undefined ? byId.get(id)?.name : undefined) ?? recorded;
    for (const [cell, rec] of Object.entries(byCell)) {
      if (!sheets.has(sheet)) {
        skippedSheets.add(sheet); // deleted: nothing left to restore
        continue;
      }
      const slot = slots.get(key(sheet, cell));
      if (slot) slot.old = rec;
      else if (!writable(sheet)) {
        keep(sheet, cell, rec);
        result.pending++;
        skippedSheets.add(sheet);
      } else slots.set(key(sheet, cell), { sheet, cell, ws: sheets.get(sheet)!, mark: null, old: rec });
    }
  }

  // Sync 2: originals and current state, comment locations.
  const located = queueCommentLocations(comments);
  let loads = located.length;
  for (const s of slots.values()) {
    const needsOriginal = s.mark && (!s.old || s.old[1] === null);
    const needsCurrent = !s.mark && s.old && s.old[1] !== null;
    if (needsOriginal || needsCurrent) {
      s.fill = s.ws.getRange(s.cell).format.fill;
      s.fill.load(needsOriginal && caps.fillPattern ? 'color,pattern,patternColor,tintAndShade' : 'color');
      loads++;
    }
    if (caps.notes) {
      s.note = s.ws.notes.getItemOrNullObject(s.cell);
      s.note.load('content');
      loads++;
    }
  }
  if (loads > 0) await context.sync();
  const commentAt = new Map<string, FoundComment>();
  for (const { proxy, location } of located) {
    const at = splitAddress(location.address);
    if (at) commentAt.set(key(at.sheet, at.cell), { proxy, ours: String(proxy.content ?? '').startsWith(NOTE_HEADER) });
  }

  // Decide what to write.
  const writes: CellWrite[] = [];
  for (const s of slots.values()) {
    const w: CellWrite = { sheet: s.sheet, cell: s.cell, ws: s.ws, fill: null };
    const comment = commentAt.get(key(s.sheet, s.cell));
    const noteNow = s.note && !s.note.isNullObject ? String(s.note.content ?? '') : null;
    if (s.mark) {
      const original = s.old && s.old[1] !== null ? s.old[0] : readFill(s.fill!, caps);
      w.fill = Array.isArray(original) ? [s.mark.color, 'Solid', ''] : s.mark.color;
      const note = annotate(w, s, noteNow, comment, caps, result);
      keep(s.sheet, s.cell, [original, s.mark.color, note]);
      result.cells++;
    } else {
      const old = s.old!;
      if (old[1] !== null) {
        if (sameColor(s.fill!.color, old[1])) w.fill = old[0];
        else result.changed++;
      }
      const waiting = restoreNote(w, old[2], s.note, noteNow, comment, caps, result);
      if (waiting) {
        keep(s.sheet, s.cell, [old[0], null, old[2]]);
        result.pending++;
      }
      result.restored++;
    }
    if (w.fill !== null || w.note || w.comment || w.commentAdd !== undefined) writes.push(w);
  }

  // Syncs 3+: the record first, then the cells, chunk by chunk.
  const empty = Object.keys(next.cells).length === 0;
  let withComments = true;
  const chunks = Math.max(1, Math.ceil(writes.length / chunkSize));
  for (let i = 0; i < chunks; i++) {
    const chunk = writes.slice(i * chunkSize, (i + 1) * chunkSize);
    const recordValue = i === 0 ? (empty ? null : next) : undefined;
    const adds = chunk.filter((w) => w.commentAdd !== undefined).length;
    if (!withComments || adds === 0) {
      await writeChunk(context, chunk, caps, recordValue, { annotations: true, commentAdds: false });
      result.unannotated += adds;
      continue;
    }
    try {
      await writeChunk(context, chunk, caps, recordValue, { annotations: true, commentAdds: true });
      result.annotated += adds;
    } catch {
      // A comment Excel refuses (e.g. the cell holds a note, invisible before 1.18) fails the
      // batch: write the chunk's fills again without annotations, and add no more comments.
      // Comments added before the failure carry NOTE_HEADER and are found again on clearing.
      withComments = false;
      await writeChunk(context, chunk, caps, recordValue, { annotations: false, commentAdds: false });
      result.unannotated += adds;
    }
  }
  result.skippedSheets = [...skippedSheets];
  return result;
}

/** Decide the annotation of a cell being marked; returns its record. */
function annotate(w: CellWrite, s: Slot, noteNow: string | null, comment: FoundComment | undefined, caps: ExcelCapabilities, result: MarkResult): NoteRecord {
  const text = s.mark!.note;
  const before = s.old?.[2] ?? 0;
  if (before === 1 || typeof before === 'string') {
    // We wrote a note earlier.
    if (!caps.notes) return before; // cannot edit notes here: the earlier text stays, recorded
    const base = typeof before === 'string' ? before : null;
    if (noteNow === null) w.note = { add: compose(base, text) };
    else if (noteNow.includes(NOTE_HEADER)) w.note = { set: compose(base, text), proxy: s.note };
    else {
      result.changed++; // the user rewrote the note: it is theirs now
      result.unannotated++;
      return 0;
    }
    result.annotated++;
    return before;
  }
  if (before === 2) {
    // We wrote a threaded comment earlier.
    if (!caps.comments) return before;
    if (comment?.ours) {
      w.comment = { set: text, proxy: comment.proxy };
      result.annotated++;
      return 2;
    }
    if (comment) {
      result.unannotated++;
      return 0;
    }
    w.commentAdd = text; // counted when the chunk succeeds
    return 2;
  }
  if (comment) {
    result.unannotated++; // the user's threaded comment stays untouched, and a cell cannot have a note too
    return 0;
  }
  if (caps.notes) {
    if (noteNow === null) w.note = { add: text };
    else w.note = { set: compose(noteNow, text), proxy: s.note };
    result.annotated++;
    return noteNow === null ? 1 : noteNow;
  }
  if (caps.comments) {
    w.commentAdd = text; // counted when the chunk succeeds
    return 2;
  }
  return 0;
}

/** Queue restoring the annotation of a cell no longer marked; true when it must wait for another host. */
function restoreNote(
  w: CellWrite,
  before: NoteRecord,
  note: Excel.Note | undefined,
  noteNow: string | null,
  comment: FoundComment | undefined,
  caps: ExcelCapabilities,
  result: MarkResult,
): boolean {
  if (before === 0) return false;
  if (before === 2) {
    if (!caps.comments) return true;
    if (comment?.ours) w.comment = { remove: true, proxy: comment.proxy };
    return false;
  }
  if (!caps.notes) return true;
  if (noteNow === null || !noteNow.includes(NOTE_HEADER)) {
    // The user deleted or rewrote the note since: theirs now.
    if (noteNow !== null || typeof before === 'string') result.changed++;
    return false;
  }
  w.note = typeof before === 'string' ? { set: before, proxy: note } : { remove: true, proxy: note };
  return false;
}

/** The user's note, a blank line, then ours. */
function compose(base: string | null, ours: string): string {
  return base ? `${base}\n\n${ours}` : ours;
}

function sameColor(a: unknown, b: string): boolean {
  return typeof a === 'string' && a.toUpperCase() === b.toUpperCase();
}

/** The original fill of a cell, as loaded in sync 2 (see the decision on "no fill" above). */
function readFill(fill: Excel.RangeFill, caps: ExcelCapabilities): FillRecord {
  const color = typeof fill.color === 'string' ? fill.color.toUpperCase() : '';
  const white = color === '' || color === '#FFFFFF';
  if (!caps.fillPattern) return white ? 0 : color;
  const pattern = fill.pattern as string | null | undefined;
  if (pattern === 'None') return 0;
  if (pattern && pattern !== 'Solid') return [color, pattern, typeof fill.patternColor === 'string' ? fill.patternColor.toUpperCase() : ''];
  return white && fill.tintAndShade == null ? 0 : color;
}

/** Queue the location of every threaded comment (one getLocation per comment, all in one sync). */
function queueCommentLocations(comments: Excel.CommentCollection | null): { proxy: Excel.Comment; location: Excel.Range }[] {
  if (!comments) return [];
  return comments.items.map((proxy) => {
    const location = proxy.getLocation();
    location.load('address');
    return { proxy, location };
  });
}

/** "'表1 收支'!$B$5" → { sheet: "表1 收支", cell: "B5" }. */
export function splitAddress(address: string): { sheet: string; cell: string } | null {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = address.slice(bang + 1).replace(/\$/g, '').split(':')[0].toUpperCase();
  return sheet && cell ? { sheet, cell } : null;
}

// ---------------------------------------------------------------- writing

/** Queue one chunk of writes (and the record, when given) and sync. */
async function writeChunk(
  context: Excel.RequestContext,
  chunk: CellWrite[],
  caps: ExcelCapabilities,
  record: MarkRecord | null | undefined,
  what: { annotations: boolean; commentAdds: boolean },
): Promise<void> {
  if (caps.fillPattern) context.application.suspendScreenUpdatingUntilNextSync();
  if (record !== undefined) writeSetting(context, SETTING_KEYS.marks, record);
  queueFills(chunk, caps);
  if (what.annotations) {
    for (const w of chunk) {
      if (w.note?.add !== undefined) w.ws.notes.add(w.cell, w.note.add);
      else if (w.note?.set !== undefined && w.note.proxy) w.note.proxy.content = w.note.set;
      else if (w.note?.remove && w.note.proxy) w.note.proxy.delete();
      if (w.comment?.set !== undefined) w.comment.proxy.content = w.comment.set;
      else if (w.comment?.remove) w.comment.proxy.delete();
    }
  }
  if (what.annotations && what.commentAdds) {
    // Last in the batch: if Excel refuses one, everything before it is already written.
    for (const w of chunk) {
      if (w.commentAdd !== undefined) context.workbook.comments.add(`${quoteSheetName(w.sheet)}!${w.cell}`, w.commentAdd);
    }
  }
  await context.sync();
}

/** Queue the fills of a chunk: one RangeAreas per sheet × fill (1.9), else one range per cell. */
function queueFills(chunk: CellWrite[], caps: ExcelCapabilities): void {
  const groups = new Map<string, { ws: Excel.Worksheet; fill: FillRecord; cells: string[] }>();
  for (const w of chunk) {
    if (w.fill === null) continue;
    const k = `${w.sheet}\u0000${JSON.stringify(w.fill)}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { ws: w.ws, fill: w.fill, cells: [] }));
    g.cells.push(w.cell);
  }
  for (const g of groups.values()) {
    if (caps.rangeAreas) {
      for (const address of chunkAddresses(compactAreas(g.cells))) applyFill(g.ws.getRanges(address).format.fill, g.fill);
    } else {
      for (const cell of g.cells) applyFill(g.ws.getRange(cell).format.fill, g.fill);
    }
  }
}

function applyFill(fill: Excel.RangeFill, f: FillRecord): void {
  if (f === 0) {
    fill.clear();
  } else if (typeof f === 'string') {
    fill.color = f;
  } else {
    fill.color = f[0];
    fill.pattern = f[1] as Excel.FillPattern;
    if (f[2]) fill.patternColor = f[2];
  }
}
