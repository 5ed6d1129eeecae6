/**
 * Table finder: split a sheet into blocks (one table each, or the narrative), and find
 * in each block its title, unit lines, header rows, data rows and notes.
 */
import type { RangeRef } from '../address';
import type { Cell, Sheet } from '../workbook';
import type { Block, CellText } from './types';
import { isBlank, isNoteText, isSpaceCode, isTotalLabel, memoText, norm } from './text';

/**
 * What recognition asks of a text cell's text, remembered per distinct text (cellFacts): looked up
 * once per text cell of a row that is asked about its texts (rowFlags), not once per question.
 */
export interface CellFacts {
  /** norm(text). */
  readonly n: string;
  /** The finder's questions the text answers yes: UNIT_LINE_TEXT, NUMBERING_WORD, AMOUNT, NO_LINE_ITEM. */
  readonly flags: number;
  /** The classifier's word masks of n (classify.ts fills them the first time it asks: a pure function of n). */
  words: { m0: number; m1: number; m2: number } | null;
  /** What the text says as the first text of a row's label (classify.ts fills it the first time it asks: a pure function of n); -1 before. */
  code: number;
  /** The form reader's label key and pattern bits of n (forms.ts fills them the first time it asks: a pure function of n). */
  label: { key: string; bits: number } | null;
}

/** isUnitLineText(text) */
const UNIT_LINE_TEXT = 1;
/** A 栏次 / 行次 word. */
const NUMBERING_WORD = 2;
/** isAmountText(text) */
const AMOUNT = 4;
/** Neither a numbered line of a summary nor a total label (isNoLineItem). */
const NO_LINE_ITEM = 8;

/**
 * A non-empty row as findBlocks reads it: its filled cells (see `filled`), in column order, are
 * those among cells[from] … cells[to - 1], the sheet's own row (cells[from] and cells[to - 1] are
 * filled); `texts` and `numbers` count its string and number cells. (The sheet's row and counts: no
 * arrays per row.)
 *
 * Once the row has been asked about its texts (rowFlags), its text cells' facts, in order, are
 * facts[t0] … facts[t0 + texts - 1] (one list per sheet, of the rows asked, in the order asked) and
 * its flags are theirs or'ed: `known` = t0 * 16 + flags, -1 before. A body row of a long table that
 * is asked no more than its first cell's normalised text looks up no facts and takes no room. (Two
 * numbers in one field, and no count of filled cells: a row keeps nine fields, one more than before.)
 */
export interface BlockRow {
  r: number;
  cells: readonly (Cell | null)[];
  from: number;
  to: number;
  texts: number;
  numbers: number;
  facts: CellFacts[];
  known: number;
  /** signature(), once computed. */
  sig: string | undefined;
}

/** The rows findBlocks read for a block: rows[from] … rows[to - 1]. */
export interface BlockRows {
  rows: readonly BlockRow[];
  from: number;
  to: number;
}

/** A filled cell: one that is there and not blank (white space only). */
export function filled(c: Cell | null | undefined): c is Cell {
  return !!c && !isBlank(c.text);
}

/** The n-th text cell of a row (n from 0), if it has one. */
function textCell(info: BlockRow, n: number): Cell | undefined {
  for (let i = info.from; i < info.to; i++) {
    const c = info.cells[i];
    if (filled(c) && c.type === 'string' && n-- === 0) return c;
  }
  return undefined;
}

/** The facts of the n-th text cell of a row (n < info.texts). */
function textFacts(info: BlockRow, n: number): CellFacts {
  return info.facts[factsStart(info) + n];
}

/** The flags of a row's texts (their facts are looked up the first time the row is asked). */
function rowFlags(info: BlockRow): number {
  return (info.known >= 0 ? info.known : ask(info)) & 15;
}

/** Where a row's facts start in info.facts (looked up the first time the row is asked; exported for the classifier). */
export function factsStart(info: BlockRow): number {
  return (info.known >= 0 ? info.known : ask(info)) >> 4;
}

/** Look up the facts of a row's text cells: info.known. */
function ask(info: BlockRow): number {
  let flags = 0;
  const facts = info.facts;
  const t0 = facts.length;
  for (let i = info.from; i < info.to; i++) {
    const c = info.cells[i];
    if (filled(c) && c.type === 'string') {
      const f = cellFacts(c.text);
      facts.push(f);
      flags |= f.flags;
    }
  }
  return (info.known = t0 * 16 + flags);
}

/** How many body rows after the first the classifier reads (blockText). */
export const CLASSIFIED_BODY_ROWS = 400;

/** The non-empty rows of a sheet: the span and counts of each one's filled cells. */
function readSheetRows(sheet: Sheet): BlockRow[] {
  const infos: BlockRow[] = [];
  // the facts of the rows asked about their texts, in the order asked
  const facts: CellFacts[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.rows[r - 1];
    if (!row) continue;
    let from = -1;
    let to = 0;
    let texts = 0;
    let numbers = 0;
    for (let k = 0; k < row.length; k++) {
      const c = row[k];
      if (!filled(c)) continue;
      if (from < 0) from = k;
      to = k + 1;
      if (c.type === 'string') texts++;
      else if (c.type === 'number') numbers++;
    }
    if (from >= 0) infos.push({ r, cells: row, from, to, texts, numbers, facts, known: -1, sig: undefined });
  }
  return infos;
}

const TITLE_WORDS = /表|情况|明细|预算|决算|说明/;
const NUM = '(\\d+(-\\d+)?|[一二三四五六七八九十]+)';
/** A table number printed on its own: 表1, 表5-1, 表一, 公开01表, 公开表一, 公开 09 表, 附件2. */
const MARKER = new RegExp(`^(表\\s*${NUM}|公开\\s*${NUM}\\s*表|公开表\\s*${NUM}|附件\\s*\\d*)\\s*[.．:：]?$`);
const UNIT_LINE = /((部门\/单位|部门（单位）|部门\(单位\)|编制单位|填报单位|单位名称|单位)\s*[:：]|^\[\d{3,}\])/;

/**
 * UNIT_LINE.test(text.trim()) (asked once per distinct text: cellFacts). Each of its words holds
 * 单位, its code starts with "[": a text with neither is told without running the pattern over it.
 */
export function isUnitLineText(text: string): boolean {
  return (text.includes('单位') || text.includes('[')) && UNIT_LINE.test(text.trim());
}

export function isMarkerText(text: string): boolean {
  return MARKER.test(text.trim());
}

function isUnitLine(info: BlockRow): boolean {
  return info.numbers === 0 && (rowFlags(info) & UNIT_LINE_TEXT) !== 0;
}

/** A title: one or two text cells, short, with a table word, no numbers. */
function isTitleRow(info: BlockRow): boolean {
  if (info.numbers > 0 || info.texts === 0 || info.texts > 2) return false;
  // the text with the longest normalised form (the first of equals)
  let main = textFacts(info, 0);
  let n = 0;
  if (info.texts === 2 && textFacts(info, 1).n.length > main.n.length) {
    main = textFacts(info, 1);
    n = 1;
  }
  const t = main.n;
  if (t.length < 2 || t.length > 80 || (main.flags & UNIT_LINE_TEXT) !== 0) return false;
  const text = (textCell(info, n) as Cell).text;
  if (isNoteText(text)) return false;
  return TITLE_WORDS.test(t) || isMarkerText(text);
}

const NUMBERING = /^(栏次|行次|栏|行)$/;

/** A 栏次 / 行次 word (n: a normalised text). */
function isNumberingWord(n: string): boolean {
  return NUMBERING.test(n);
}

/** A number format that prints decimals. (The patterns asked per row or cell are module constants: a literal allocates a RegExp each time it is evaluated.) */
const DECIMAL_FORMAT = /0\.0/;
const CONTINUED = /^(续表|\(续\)|（续）)$/;
const COLUMN_PREFIX = /^(\d+):/;

/** 栏次 / 行次 numbering rows: the words, or consecutive small integers 1, 2, 3… */
function isNumberingRow(info: BlockRow): boolean {
  if ((rowFlags(info) & NUMBERING_WORD) !== 0) return true;
  if (info.numbers < 2) return false;
  // every number an integer in a format without decimals, the first ≤ 7, each one more than the one
  // before (one pass over the number cells: no list of their values)
  let prev: number | null = null;
  for (let i = info.from; i < info.to; i++) {
    const c = info.cells[i];
    if (!filled(c) || c.type !== 'number') continue;
    const v = c.value as number;
    if (!Number.isInteger(v) || (c.numFmt && DECIMAL_FORMAT.test(c.numFmt))) return false;
    if (prev === null ? v > 7 : v !== prev + 1) return false;
    prev = v;
  }
  return true;
}

const CODE = /^\s*(\d{3}(\d{2}){0,2}|\d{6}|\d{2}\d*[A-Z]\d{6,})(\s|$)/;
const AMOUNT_TEXT = /^[（(-]?\d{1,3}(,\d{3})*(\.\d+)?[)）]?$|^[（(-]?\d+\.\d+[)）]?$/;

/**
 * AMOUNT_TEXT.test(text.trim()). The trimmed text must start with a digit, "(", "（" or "-": a text
 * whose first character is none of these nor white space is told without trimming or the pattern.
 */
export function isAmountText(text: string): boolean {
  const ch = text.charCodeAt(0);
  if (!((ch >= 48 && ch <= 57) || ch === 40 || ch === 0xff08 || ch === 45 || isSpaceCode(ch))) return false;
  return AMOUNT_TEXT.test(text.trim());
}

/** A data row: amounts (numbers or number text), a classification/unit/project code, or a total label. */
function isDataRow(info: BlockRow): boolean {
  if (isNumberingRow(info)) return false;
  if (info.numbers > 0) return true;
  if ((rowFlags(info) & AMOUNT) !== 0) return true;
  const first = textCell(info, 0);
  // a lone total label is a (blank) total row; 合计 among other header words is a header
  if (!!first && (CODE.test(first.text) || (isTotalLabel(first.text) && info.texts === 1))) return true;
  // a blank line of a two-sided summary (a template not filled in): numbered items and totals only
  return info.texts > 0 && (rowFlags(info) & NO_LINE_ITEM) === 0;
}

/** Neither a numbered line of a summary nor a total label (n = norm(text)). */
const isNoLineItem = (text: string, n: string): boolean => !LINE_ITEM.test(n) && !isTotalLabel(text);

/** "一、一般公共预算财政拨款收入", "十九、住房保障支出": a numbered line of a summary table. */
const LINE_ITEM = /^[一二三四五六七八九十]+[、.．].*(收入|支出|拨款|资金)$/;

/** A text's facts, remembered per distinct text. */
export const cellFacts: (text: string) => CellFacts = memoText((text: string): CellFacts => {
  const n = norm(text);
  const flags = (isUnitLineText(text) ? UNIT_LINE_TEXT : 0) | (isNumberingWord(n) ? NUMBERING_WORD : 0) | (isAmountText(text) ? AMOUNT : 0) | (isNoLineItem(text, n) ? NO_LINE_ITEM : 0);
  return { n, flags, words: null, code: -1, label: null };
}, 50000);

/**
 * A sheet of paragraphs, one per row in column A; a short list set out in columns inside it
 * (the 单位构成 table of 第一部分: 序号 | 单位名称 | 备注) does not make it a table.
 */
function isNarrativeSheet(sheet: Sheet, infos: BlockRow[]): boolean {
  if (sheet.colCount > 4) return false;
  let all = 0;
  let inA = 0;
  let inALength = 0;
  let numbers = 0;
  let aloneInA = 0;
  for (const i of infos) {
    numbers += i.numbers;
    // (the row's filled cells counted here, where they are looked at anyway)
    let count = 0;
    for (let k = i.from; k < i.to; k++) {
      const c = i.cells[k];
      if (!filled(c)) continue;
      count++;
      if (c.col !== 1) continue;
      inA++;
      inALength += c.text.length;
    }
    all += count;
    if (count === 1 && (i.cells[i.from] as Cell).col === 1) aloneInA++;
  }
  if (all < 3) return false;
  const avg = inALength / Math.max(1, inA);
  return inA / all >= 0.8 && aloneInA / infos.length >= 0.8 && numbers <= Math.max(3, all * 0.05) && avg >= 20;
}

const ct = (c: Cell): CellText => ({ cell: c.address, text: c.text.trim() });

/** The extent of rows[from] … rows[to - 1] (non-empty rows). */
function extent(rows: readonly BlockRow[], from: number, to: number): RangeRef {
  let left = Infinity;
  let right = 0;
  // a row's cells are in column order: its first and last are its leftmost and rightmost
  for (let k = from; k < to; k++) {
    const i = rows[k];
    left = Math.min(left, (i.cells[i.from] as Cell).col);
    right = Math.max(right, (i.cells[i.to - 1] as Cell).col);
  }
  return { top: rows[from].r, left: left === Infinity ? 1 : left, bottom: rows[to - 1].r, right: Math.max(right, 1) };
}

/** Add a row's text cells to `out`, as CellTexts. */
function pushTexts(out: CellText[], info: BlockRow): void {
  for (let i = info.from; i < info.to; i++) {
    const c = info.cells[i];
    if (filled(c) && c.type === 'string') out.push(ct(c));
  }
}

const notMarker = (text: string): boolean => !isMarkerText(text);

/** The first text cell of a row that satisfies `test`, if any. */
function findText(info: BlockRow, test: (text: string) => boolean): Cell | undefined {
  for (let i = info.from; i < info.to; i++) {
    const c = info.cells[i];
    if (filled(c) && c.type === 'string' && test(c.text)) return c;
  }
  return undefined;
}

/**
 * Lay out one block's parts from its rows: rows[from] … rows[to - 1] (non-empty rows only, in
 * order; an index range of the sheet's rows, not a copy).
 */
function describeBlock(sheet: Sheet, rows: readonly BlockRow[], from: number, to: number): Block {
  let i = from;
  let title: CellText | null = null;
  const unitLines: CellText[] = [];
  // title area: markers, the title itself and unit lines, in any order, within the first rows
  while (i < to && i < from + 5) {
    const info = rows[i];
    if (isUnitLine(info)) {
      pushTexts(unitLines, info);
    } else if (isTitleRow(info) && !isDataRow(info)) {
      const main = findText(info, notMarker);
      if (main && (!title || isMarkerText(title.text))) title = ct(main);
      else if (!title) title = ct(textCell(info, 0) as Cell);
      else if (!main) {
        /* a marker row ("公开 01 表") after the title */
      } else break;
    } else break;
    i++;
  }
  // notes: trailing single-text rows from the first one that reads like a note (备注：/注：)
  let end = to;
  let k = to;
  while (k > i && rows[k - 1].numbers === 0 && rows[k - 1].texts === 1) {
    k--;
    if (isNoteText((textCell(rows[k], 0) as Cell).text)) end = k;
  }
  const notes: CellText[] = [];
  for (let k = end; k < to; k++) pushTexts(notes, rows[k]);
  let firstData = i;
  while (firstData < end && !isDataRow(rows[firstData])) firstData++;
  const header: [number, number] | null = firstData > i ? [rows[i].r, rows[firstData - 1].r] : null;
  const body: [number, number] | null = firstData < end ? [rows[firstData].r, rows[end - 1].r] : null;
  // a table printed over several pages repeats its header (and title, unit line) inside the body
  const repeatsHead = headMatcher(rows, i, firstData, title ? norm(title.text) : null);
  const skip: number[] = [];
  // the classifier reads the texts of the first body rows (blockText): their facts now, the first
  // cell's normalised text taken from them (one lookup per text cell, not one more for the first)
  const classified = firstData < end ? rows[firstData].r + CLASSIFIED_BODY_ROWS : 0;
  for (let k = firstData; k < end; k++) {
    const x = rows[k];
    if (x.r <= classified) factsStart(x);
    if (repeatsHead(x) || isUnitLine(x) || (title && x.texts === 1 && CONTINUED.test(textFacts(x, 0).n))) skip.push(x.r);
  }
  const block: Block = { sheet: sheet.name, range: extent(rows, from, to), title, unitLines, header, body, notes };
  if (skip.length) block.skip = skip;
  return block;
}

/** A row's texts in column order (to recognise a header repeated on the next page). */
function signature(info: BlockRow): string {
  if (info.sig !== undefined) return info.sig;
  // every filled cell, numbers included: a row of figures only is not a repeat of a 栏次 row (1 2 3 …) above it
  let sig = '';
  for (let i = info.from, j = factsStart(info); i < info.to; i++) {
    const c = info.cells[i];
    // (a part is never empty: it holds its column; a text cell's normalised text is in its facts)
    if (filled(c)) sig += `${sig ? '|' : ''}${c.col}:${c.type === 'string' ? info.facts[j++].n : norm(c.text)}`;
  }
  return (info.sig = sig || '∅');
}

/**
 * Does a row repeat the header (its signature equals a header row's) or the title (equals the
 * title's normalised text)? A signature starts with its first cell's part, "12:科目编码" (column
 * and normalised text), followed by "|" or nothing. When no first cell's text holds a "|", a row
 * whose first cell (column and text) begins no head cannot equal one, and is told so without any
 * whole signature being built (a body row seldom repeats a header; a form's "header" may be most
 * of its rows).
 */
function headMatcher(rows: readonly BlockRow[], from: number, to: number, title: string | null): (info: BlockRow) => boolean {
  let heads: Set<string> | null = null;
  const all = (): Set<string> => {
    if (!heads) {
      heads = new Set();
      for (let k = from; k < to; k++) heads.add(signature(rows[k]));
      if (title !== null) heads.add(title);
    }
    return heads;
  };
  // each head's first part, by column: column → normalised texts
  const firsts = new Map<number, Set<string>>();
  const add = (col: number, text: string) => {
    let set = firsts.get(col);
    if (!set) firsts.set(col, (set = new Set()));
    set.add(text);
  };
  let exact = true;
  for (let k = from; k < to; k++) {
    const h = rows[k];
    const first = h.cells[h.from] as Cell;
    const n = firstNorm(h);
    if (n.includes('|')) exact = false;
    else add(first.col, n);
  }
  if (title !== null) {
    // the title's text before its first "|", read as a first part "12:…" (a superset does no harm)
    const cut = title.includes('|') ? title.slice(0, title.indexOf('|')) : title;
    const m = COLUMN_PREFIX.exec(cut);
    if (m) add(Number(m[1]), cut.slice(m[0].length));
  }
  return (info) => {
    if (!exact) return all().has(signature(info));
    const c = info.cells[info.from] as Cell;
    const n = firstNorm(info);
    if (n.includes('|')) return all().has(signature(info));
    return firsts.get(c.col)?.has(n) === true && all().has(signature(info));
  };
}

/** norm() of a row's first filled cell (a text cell's is in its facts, once looked up). */
function firstNorm(info: BlockRow): string {
  const c = info.cells[info.from] as Cell;
  return c.type === 'string' && info.known >= 0 ? info.facts[info.known >> 4].n : norm(c.text);
}

/** The signature of row r: '∅' for an empty row (not in `rows`, the sheet's non-empty rows in order). */
function rowSignature(rows: readonly BlockRow[], r: number): string {
  // binary search by row number
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].r === r) return signature(rows[mid]);
    if (rows[mid].r < r) lo = mid + 1;
    else hi = mid - 1;
  }
  return '∅';
}

/** Do two blocks have headers, row for row of the same signatures? (compared row by row, not joined) */
function sameHeader(rows: readonly BlockRow[], a: Block, b: Block): boolean {
  if (!a.header || !b.header || a.header[1] - a.header[0] !== b.header[1] - b.header[0]) return false;
  for (let k = 0; k <= a.header[1] - a.header[0]; k++) if (rowSignature(rows, a.header[0] + k) !== rowSignature(rows, b.header[0] + k)) return false;
  return true;
}

/**
 * A table continued on the next page: the block after it repeats its title (or says 续表) and
 * its header. The two are one table: the continuation's title, unit line and header rows are
 * skipped.
 */
function joinContinued(rows: readonly BlockRow[], blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    const sameTitle = !!prev?.title && !!b.title && (norm(b.title.text) === norm(prev.title.text) || norm(b.title.text).includes('续'));
    // (the headers are compared last: only for a block that could be a continuation)
    if (!prev || !prev.body || !b.body || (!sameTitle && b.title) || !sameHeader(rows, prev, b)) {
      out.push(b);
      continue;
    }
    const skip = [...(prev.skip ?? [])];
    for (let r = b.range.top; r < b.body[0]; r++) skip.push(r);
    skip.push(...(b.skip ?? []));
    out[out.length - 1] = {
      ...prev,
      range: { top: prev.range.top, left: Math.min(prev.range.left, b.range.left), bottom: b.range.bottom, right: Math.max(prev.range.right, b.range.right) },
      body: [prev.body[0], b.body[1]],
      notes: [...prev.notes, ...b.notes],
      skip,
    };
  }
  return out;
}

/** Split a sheet into blocks. Empty sheets give none. */
export function findBlocks(sheet: Sheet): Block[] {
  return readBlocks(sheet).blocks;
}

/** Is some row of rows[from] … rows[to - 1] (to cut at the end of the list) one that `test` holds for? */
function anyRow(rows: readonly BlockRow[], from: number, to: number, test: (info: BlockRow) => boolean): boolean {
  for (let k = from; k < Math.min(to, rows.length); k++) if (test(rows[k])) return true;
  return false;
}

/**
 * findBlocks, with the rows read for each block (in order; none for a block joined from two
 * pages): recognition reads the blocks' texts from them instead of scanning the sheet again.
 */
export function readBlocks(sheet: Sheet): { blocks: Block[]; rows: Map<Block, BlockRows> } {
  const rows = new Map<Block, BlockRows>();
  const infos = readSheetRows(sheet);
  if (infos.length === 0) return { blocks: [], rows };
  if (isNarrativeSheet(sheet, infos)) {
    const block: Block = { sheet: sheet.name, range: extent(infos, 0, infos.length), title: ct(infos[0].cells[infos[0].from] as Cell), unitLines: [], header: null, body: [infos[0].r, infos[infos.length - 1].r], notes: [], narrative: true };
    rows.set(block, { rows: infos, from: 0, to: infos.length });
    return { blocks: [block], rows };
  }
  // A new block starts at a title row after two blank rows, or after one blank row when a
  // unit line follows closely: stacked tables. Headings inside forms have neither.
  const starts: number[] = [0];
  for (let k = 1; k < infos.length; k++) {
    const gap = infos[k].r - infos[k - 1].r - 1;
    if (gap < 1 || !isTitleRow(infos[k])) continue;
    // (the three rows after it, as an index range)
    if (gap >= 2 || anyRow(infos, k + 1, k + 4, isUnitLine) || (isMarkerText(textCell(infos[k], 0)?.text ?? '') && anyRow(infos, k + 1, k + 4, isTitleRow))) starts.push(k);
  }
  const described: Block[] = [];
  for (let n = 0; n < starts.length; n++) {
    const to = starts[n + 1] ?? infos.length;
    const block = describeBlock(sheet, infos, starts[n], to);
    rows.set(block, { rows: infos, from: starts[n], to });
    described.push(block);
  }
  return { blocks: joinContinued(infos, described), rows };
}
