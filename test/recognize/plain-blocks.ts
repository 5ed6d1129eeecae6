/**
 * The table finder as it was before the allocation pass of issue 19 (three arrays per row, slices of
 * the row list, header signatures joined to be compared): the oracle of
 * src/core/recognize/blocks.ts' readBlocks. Kept verbatim but for its imports, its name and a plain
 * isBlank (text.trim() === '').
 */
import type { RangeRef } from '../../src/core/address';
import type { Cell, Sheet } from '../../src/core/workbook';
import type { Block, CellText } from '../../src/core/recognize/types';
import { isNoteText, isSpaceCode, isTotalLabel, memoText, norm } from '../../src/core/recognize/text';

const isBlank = (text: string): boolean => text.trim() === '';

interface RowInfo {
  r: number;
  cells: Cell[];
  texts: Cell[];
  numbers: Cell[];
  /** signature(), once computed. */
  sig?: string;
}

function rowInfo(sheet: Sheet, r: number): RowInfo {
  const cells: Cell[] = [];
  const texts: Cell[] = [];
  const numbers: Cell[] = [];
  for (const c of sheet.rows[r - 1] ?? []) {
    if (!c || isBlank(c.text)) continue;
    cells.push(c);
    if (c.type === 'string') texts.push(c);
    else if (c.type === 'number') numbers.push(c);
  }
  return { r, cells, texts, numbers };
}

const TITLE_WORDS = /表|情况|明细|预算|决算|说明/;
const NUM = '(\\d+(-\\d+)?|[一二三四五六七八九十]+)';
/** A table number printed on its own: 表1, 表5-1, 表一, 公开01表, 公开表一, 公开 09 表, 附件2. */
const MARKER = new RegExp(`^(表\\s*${NUM}|公开\\s*${NUM}\\s*表|公开表\\s*${NUM}|附件\\s*\\d*)\\s*[.．:：]?$`);
const UNIT_LINE = /((部门\/单位|部门（单位）|部门\(单位\)|编制单位|填报单位|单位名称|单位)\s*[:：]|^\[\d{3,}\])/;

/**
 * UNIT_LINE.test(text.trim()), remembered per distinct text: every text of a form's rows is asked,
 * and a form's texts are long. Each of its words holds 单位, its code starts with "[": a text with
 * neither is told without running the pattern over it.
 */
const isUnitLineText: (text: string) => boolean = memoText((text: string) => (text.includes('单位') || text.includes('[')) && UNIT_LINE.test(text.trim()));

function isMarkerText(text: string): boolean {
  return MARKER.test(text.trim());
}

function isUnitLine(info: RowInfo): boolean {
  return info.numbers.length === 0 && info.texts.some((c) => isUnitLineText(c.text));
}

/** A title: one or two text cells, short, with a table word, no numbers. */
function isTitleRow(info: RowInfo): boolean {
  if (info.numbers.length > 0 || info.texts.length === 0 || info.texts.length > 2) return false;
  // the text with the longest normalised form (the first of equals)
  let main = info.texts[0];
  let t = norm(main.text);
  for (let i = 1; i < info.texts.length; i++) {
    const n = norm(info.texts[i].text);
    if (n.length > t.length) {
      main = info.texts[i];
      t = n;
    }
  }
  if (t.length < 2 || t.length > 80 || isNoteText(main.text) || isUnitLineText(main.text)) return false;
  return TITLE_WORDS.test(t) || isMarkerText(main.text);
}

/** A 栏次 / 行次 word, remembered per distinct text. */
const isNumberingWord = memoText((text: string) => /^(栏次|行次|栏|行)$/.test(norm(text)));

/** 栏次 / 行次 numbering rows: the words, or consecutive small integers 1, 2, 3… */
function isNumberingRow(info: RowInfo): boolean {
  if (info.texts.some((c) => isNumberingWord(c.text))) return true;
  const ints = info.numbers.map((c) => c.value as number);
  if (ints.length < 2 || ints.some((v) => !Number.isInteger(v))) return false;
  if (info.numbers.some((c) => c.numFmt && /0\.0/.test(c.numFmt))) return false;
  return ints.every((v, i) => i === 0 || v === ints[i - 1] + 1) && ints[0] <= 7;
}

const CODE = /^\s*(\d{3}(\d{2}){0,2}|\d{6}|\d{2}\d*[A-Z]\d{6,})(\s|$)/;
const AMOUNT_TEXT = /^[（(-]?\d{1,3}(,\d{3})*(\.\d+)?[)）]?$|^[（(-]?\d+\.\d+[)）]?$/;

/**
 * AMOUNT_TEXT.test(text.trim()). The trimmed text must start with a digit, "(", "（" or "-": a text
 * whose first character is none of these nor white space is told without trimming or the pattern.
 */
function isAmountText(text: string): boolean {
  const ch = text.charCodeAt(0);
  if (!((ch >= 48 && ch <= 57) || ch === 40 || ch === 0xff08 || ch === 45 || isSpaceCode(ch))) return false;
  return AMOUNT_TEXT.test(text.trim());
}

/** A data row: amounts (numbers or number text), a classification/unit/project code, or a total label. */
function isDataRow(info: RowInfo): boolean {
  if (isNumberingRow(info)) return false;
  if (info.numbers.length > 0) return true;
  if (info.texts.some((c) => isAmountText(c.text))) return true;
  const first = info.texts[0];
  // a lone total label is a (blank) total row; 合计 among other header words is a header
  if (!!first && (CODE.test(first.text) || (isTotalLabel(first.text) && info.texts.length === 1))) return true;
  // a blank line of a two-sided summary (a template not filled in): numbered items and totals only
  return info.texts.length > 0 && info.texts.every((c) => LINE_ITEM.test(norm(c.text)) || isTotalLabel(c.text));
}

/** "一、一般公共预算财政拨款收入", "十九、住房保障支出": a numbered line of a summary table. */
const LINE_ITEM = /^[一二三四五六七八九十]+[、.．].*(收入|支出|拨款|资金)$/;

/**
 * A sheet of paragraphs, one per row in column A; a short list set out in columns inside it
 * (the 单位构成 table of 第一部分: 序号 | 单位名称 | 备注) does not make it a table.
 */
function isNarrativeSheet(sheet: Sheet, infos: RowInfo[]): boolean {
  if (sheet.colCount > 4) return false;
  let all = 0;
  let inA = 0;
  let inALength = 0;
  let numbers = 0;
  let aloneInA = 0;
  for (const i of infos) {
    all += i.cells.length;
    numbers += i.numbers.length;
    if (i.cells.length === 1 && i.cells[0].col === 1) aloneInA++;
    for (const c of i.cells) {
      if (c.col !== 1) continue;
      inA++;
      inALength += c.text.length;
    }
  }
  if (all < 3) return false;
  const avg = inALength / Math.max(1, inA);
  return inA / all >= 0.8 && aloneInA / infos.length >= 0.8 && numbers <= Math.max(3, all * 0.05) && avg >= 20;
}

/**
 * A non-empty row of a block as findBlocks read it: its text cells (string type, not blank) in
 * column order, all inside the block's columns (the block's range is the extent of its rows).
 */
interface BlockRow {
  r: number;
  texts: readonly Cell[];
}

const ct = (c: Cell): CellText => ({ cell: c.address, text: c.text.trim() });

function extent(infos: RowInfo[]): RangeRef {
  let left = Infinity;
  let right = 0;
  // a row's cells are in column order: its first and last are its leftmost and rightmost
  for (const i of infos) {
    if (i.cells.length === 0) continue;
    left = Math.min(left, i.cells[0].col);
    right = Math.max(right, i.cells[i.cells.length - 1].col);
  }
  return { top: infos[0].r, left: left === Infinity ? 1 : left, bottom: infos[infos.length - 1].r, right: Math.max(right, 1) };
}

/** Lay out one block's parts from its rows (non-empty rows only, in order). */
function describeBlock(sheet: Sheet, rows: RowInfo[]): Block {
  let i = 0;
  let title: CellText | null = null;
  const unitLines: CellText[] = [];
  // title area: markers, the title itself and unit lines, in any order, within the first rows
  while (i < rows.length && i < 5) {
    const info = rows[i];
    if (isUnitLine(info)) {
      unitLines.push(...info.texts.map(ct));
    } else if (isTitleRow(info) && !isDataRow(info)) {
      const main = info.texts.filter((c) => !isMarkerText(c.text));
      if (main.length && (!title || isMarkerText(title.text))) title = ct(main[0]);
      else if (!title) title = ct(info.texts[0]);
      else if (main.length === 0) {
        /* a marker row ("公开 01 表") after the title */
      } else break;
    } else break;
    i++;
  }
  // notes: trailing single-text rows from the first one that reads like a note (备注：/注：)
  let end = rows.length;
  let k = rows.length;
  while (k > i && rows[k - 1].numbers.length === 0 && rows[k - 1].texts.length === 1) {
    k--;
    if (isNoteText(rows[k].texts[0].text)) end = k;
  }
  const notes: CellText[] = [];
  for (let k = end; k < rows.length; k++) notes.push(...rows[k].texts.map(ct));
  let firstData = i;
  while (firstData < end && !isDataRow(rows[firstData])) firstData++;
  const header: [number, number] | null = firstData > i ? [rows[i].r, rows[firstData - 1].r] : null;
  const body: [number, number] | null = firstData < end ? [rows[firstData].r, rows[end - 1].r] : null;
  // a table printed over several pages repeats its header (and title, unit line) inside the body
  const repeatsHead = headMatcher(rows.slice(i, firstData), title ? norm(title.text) : null);
  const skip: number[] = [];
  for (let k = firstData; k < end; k++) {
    const x = rows[k];
    if (repeatsHead(x) || isUnitLine(x) || (title && x.texts.length === 1 && /^(续表|\(续\)|（续）)$/.test(norm(x.texts[0].text)))) skip.push(x.r);
  }
  return { sheet: sheet.name, range: extent(rows), title, unitLines, header, body, notes, ...(skip.length ? { skip } : {}) };
}

/** A row's texts in column order (to recognise a header repeated on the next page). */
function signature(info: RowInfo): string {
  if (info.sig !== undefined) return info.sig;
  // every filled cell, numbers included: a row of figures only is not a repeat of a 栏次 row (1 2 3 …) above it
  let sig = '';
  for (let i = 0; i < info.cells.length; i++) {
    const c = info.cells[i];
    sig += `${i ? '|' : ''}${c.col}:${norm(c.text)}`;
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
function headMatcher(headRows: RowInfo[], title: string | null): (info: RowInfo) => boolean {
  let heads: Set<string> | null = null;
  const all = (): Set<string> => {
    if (!heads) {
      heads = new Set(headRows.map(signature));
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
  for (const h of headRows) {
    const n = h.cells.length ? norm(h.cells[0].text) : '|';
    if (n.includes('|')) exact = false;
    else add(h.cells[0].col, n);
  }
  if (title !== null) {
    // the title's text before its first "|", read as a first part "12:…" (a superset does no harm)
    const cut = title.includes('|') ? title.slice(0, title.indexOf('|')) : title;
    const m = /^(\d+):/.exec(cut);
    if (m) add(Number(m[1]), cut.slice(m[0].length));
  }
  return (info) => {
    if (!exact || info.cells.length === 0) return all().has(signature(info));
    const c = info.cells[0];
    const n = norm(c.text);
    if (n.includes('|')) return all().has(signature(info));
    return firsts.get(c.col)?.has(n) === true && all().has(signature(info));
  };
}

function headerSignatures(sheet: Sheet, b: Block): string[] {
  if (!b.header) return [];
  const out: string[] = [];
  for (let r = b.header[0]; r <= b.header[1]; r++) out.push(signature(rowInfo(sheet, r)));
  return out;
}

/**
 * A table continued on the next page: the block after it repeats its title (or says 续表) and
 * its header. The two are one table: the continuation's title, unit line and header rows are
 * skipped.
 */
function joinContinued(sheet: Sheet, blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    const sameTitle = !!prev?.title && !!b.title && (norm(b.title.text) === norm(prev.title.text) || /续/.test(norm(b.title.text)));
    const heads = prev ? headerSignatures(sheet, prev) : [];
    const sameHeader = heads.length > 0 && headerSignatures(sheet, b).join('\n') === heads.join('\n');
    if (!prev || !prev.body || !b.body || !sameHeader || (!sameTitle && b.title)) {
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


/**
 * findBlocks, with the rows read for each block (in order; none for a block joined from two
 * pages): recognition reads the blocks' texts from them instead of scanning the sheet again.
 */
export function plainReadBlocks(sheet: Sheet): { blocks: Block[]; rows: Map<Block, readonly BlockRow[]> } {
  const rows = new Map<Block, readonly BlockRow[]>();
  const infos: RowInfo[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const info = rowInfo(sheet, r);
    if (info.cells.length) infos.push(info);
  }
  if (infos.length === 0) return { blocks: [], rows };
  if (isNarrativeSheet(sheet, infos)) {
    const block: Block = { sheet: sheet.name, range: extent(infos), title: ct(infos[0].cells[0]), unitLines: [], header: null, body: [infos[0].r, infos[infos.length - 1].r], notes: [], narrative: true };
    rows.set(block, infos);
    return { blocks: [block], rows };
  }
  // A new block starts at a title row after two blank rows, or after one blank row when a
  // unit line follows closely: stacked tables. Headings inside forms have neither.
  const starts: number[] = [0];
  for (let k = 1; k < infos.length; k++) {
    const gap = infos[k].r - infos[k - 1].r - 1;
    if (gap < 1 || !isTitleRow(infos[k])) continue;
    const next = infos.slice(k + 1, k + 4);
    if (gap >= 2 || next.some(isUnitLine) || (isMarkerText(infos[k].texts[0]?.text ?? '') && next.some(isTitleRow))) starts.push(k);
  }
  const described = starts.map((s, n) => {
    const own = infos.slice(s, starts[n + 1] ?? infos.length);
    const block = describeBlock(sheet, own);
    rows.set(block, own);
    return block;
  });
  return { blocks: joinContinued(sheet, described), rows };
}
