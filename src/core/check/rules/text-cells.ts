/** The texts of a document for the wording rules: narrative paragraphs and the tables' text cells. */
import { isSpaceCode } from '../../chars';
import type { CheckModel, TextCell } from '../../model/model';
import type { Cell, Sheet } from '../../workbook';
import { textFeatures } from './text-features';

export interface DocText extends TextCell {
  /** A paragraph of the narrative (else a text cell of a table: title, header, note). */
  narrative: boolean;
}

/**
 * Every text of the document, field by field (one array per field, not one object per text: a
 * workbook has thousands of text cells, and objects that outlive the rules are copied by the
 * collector). A text is made a DocText only when a rule reports on it. The fields are sized once,
 * for every cell of the workbook (an upper bound, no pass to count the texts first), and cut to the
 * texts found: grown push by push they would be allocated about three times over.
 */
export class DocTexts {
  /** Each text, in document order: the tables' text cells sheet by sheet, then an external narrative. */
  readonly text: string[];
  /** Whether each text is a paragraph of the narrative (1) or a text cell of a table (0). */
  private readonly narrativeFlag: Uint8Array;
  /** sheetEnd[s]: how many texts of the workbook sheets 0…s hold (the sheet of a text, without a field per text). */
  private readonly sheetEnd: Int32Array;
  /** The cell of each text of the workbook (the first `cells` texts). */
  private readonly cell: string[];
  private readonly sheetNames: readonly string[];
  /** The paragraphs of an external narrative, after the workbook's texts. */
  private readonly paragraphs: readonly TextCell[];
  private cells = 0;
  private unique: Distinct | null = null;
  /** Each distinct text's index in `distinct.texts` (kept for featuresOf). */
  private index: Map<string, number> | null = null;
  private bits: Uint32Array | null = null;

  /** Room for up to `cellBound` text cells of the workbook (addCell, sheet by sheet), then the paragraphs (endCells). */
  constructor(sheetNames: readonly string[], cellBound: number, paragraphs: readonly TextCell[] = []) {
    const n = cellBound + paragraphs.length;
    this.sheetNames = sheetNames;
    this.paragraphs = paragraphs;
    this.text = sizedArray<string>(n);
    this.cell = sizedArray<string>(cellBound);
    this.narrativeFlag = new Uint8Array(n);
    this.sheetEnd = new Int32Array(sheetNames.length);
  }

  get length(): number {
    return this.text.length;
  }

  /** Text cell number `this.cells` (in document order). */
  addCell(cell: string, text: string, narrative: boolean): void {
    const i = this.cells++;
    this.cell[i] = cell;
    this.text[i] = text;
    this.narrativeFlag[i] = narrative ? 1 : 0;
  }

  /** Sheet number `sheet` has had its cells added. */
  endSheet(sheet: number): void {
    this.sheetEnd[sheet] = this.cells;
  }

  /**
   * Every cell is added: the fields are cut to the texts found, and the paragraphs' texts follow
   * (in order: a grown array is never written out of order).
   */
  endCells(): void {
    const cells = this.cells;
    this.cell.length = cells;
    for (let k = 0; k < this.paragraphs.length; k++) {
      this.text[cells + k] = this.paragraphs[k].text;
      this.narrativeFlag[cells + k] = 1;
    }
    this.text.length = cells + this.paragraphs.length;
  }

  /** Whether text i is a paragraph of the narrative (else a text cell of a table: title, header, note). */
  narrative(i: number): boolean {
    return this.narrativeFlag[i] === 1;
  }

  /** The i-th text with its place, as the rules report it. */
  at(i: number): DocText {
    if (i < this.cell.length) return { sheet: this.sheetNames[this.sheetOf(i)], cell: this.cell[i], text: this.text[i], narrative: this.narrativeFlag[i] === 1 };
    return { ...this.paragraphs[i - this.cell.length], narrative: true };
  }

  /** The sheet (index into `sheetNames`) of text cell i: the first whose texts end after it (read only to report). */
  private sheetOf(i: number): number {
    let s = 0;
    while (this.sheetEnd[s] <= i) s++;
    return s;
  }

  /**
   * The distinct texts (in order of first occurrence) and, for each text, its index among them: a
   * text written in many cells (合计, 科目 names) is checked once where the answer depends on the text only.
   */
  get distinct(): Distinct {
    if (this.unique) return this.unique;
    const index = new Map<string, number>();
    const texts: string[] = [];
    const slot = new Int32Array(this.text.length);
    for (let i = 0; i < this.text.length; i++) {
      const t = this.text[i];
      let k = index.get(t);
      if (k === undefined) {
        k = texts.length;
        index.set(t, k);
        texts.push(t);
      }
      slot[i] = k;
    }
    this.index = index;
    return (this.unique = { texts, slot });
  }

  /**
   * The text-features.ts bits of any text: a text of the document's from `features`, another (a
   * paragraph that is no cell as it is written) read afresh.
   */
  featuresOf(text: string): number {
    const features = this.features;
    const k = (this.index as Map<string, number>).get(text);
    return k === undefined ? textFeatures(text) : features[k];
  }

  /**
   * The text-features.ts bits of each distinct text (by its index in `distinct.texts`): read once
   * per model for the wording, template-text and placeholder rules, which each scanned every text.
   */
  get features(): Uint32Array {
    if (this.bits) return this.bits;
    const { texts } = this.distinct;
    const bits = new Uint32Array(texts.length);
    for (let k = 0; k < texts.length; k++) bits[k] = textFeatures(texts[k]);
    return (this.bits = bits);
  }
}

export interface Distinct {
  texts: string[];
  /** slot[i]: the index of text i in `texts`. */
  slot: Int32Array;
}

const TEXTS = new WeakMap<CheckModel, DocTexts>();

/**
 * Every text of the document: the workbook's text cells, with an external narrative in place of the
 * narrative sheet. Computed once per model (several rules read it); shared, never changed.
 */
export function documentText(model: CheckModel): DocTexts {
  let texts = TEXTS.get(model);
  if (!texts) TEXTS.set(model, (texts = collectText(model)));
  return texts;
}

function collectText(model: CheckModel): DocTexts {
  const external = model.narrativeSource !== 'workbook';
  // the narrative's cells by sheet: a look-up by the cell's own address string, no key built per cell
  const inNarrative = new Map<string, Set<string>>();
  for (const p of model.narrative) {
    if (!p.sheet || p.cell === undefined) continue;
    let cells = inNarrative.get(p.sheet);
    if (!cells) inNarrative.set(p.sheet, (cells = new Set()));
    cells.add(p.cell);
  }
  const sheets = model.wb.sheets;
  const names: string[] = [];
  let bound = 0;
  for (let s = 0; s < sheets.length; s++) {
    names.push(sheets[s].name);
    bound += cellCount(sheets[s]);
  }
  const out = new DocTexts(names, bound, external ? model.narrative : []);
  for (let s = 0; s < sheets.length; s++) {
    const sheet = sheets[s];
    const narrativeCells = inNarrative.get(sheet.name);
    const rows = sheet.rows;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!isText(model, sheet.name, cell, r, c, external)) continue;
        out.addCell(cell.address, cell.text, narrativeCells !== undefined && narrativeCells.has(cell.address));
      }
    }
    out.endSheet(s);
  }
  out.endCells();
  return out;
}

/** A text cell that is one of the document's texts: not blank, not in the narrative block an external narrative replaces. */
function isText(model: CheckModel, sheet: string, cell: Cell | null | undefined, r: number, c: number, external: boolean): cell is Cell {
  if (!cell || cell.type !== 'string' || !hasText(cell.text)) return false;
  return !(external && model.inNarrativeBlock(sheet, r + 1, c + 1));
}

/** How many cells (and holes) a sheet's rows hold: no more of them can be texts. */
function cellCount(sheet: Sheet): number {
  let n = 0;
  const rows = sheet.rows;
  for (let r = 0; r < rows.length; r++) n += rows[r].length;
  return n;
}

/**
 * An array of n slots, filled by the caller. `new Array(n)` keeps fast elements up to a size V8
 * allocates in one piece; past that (a very large workbook) the array is grown, as `push` would.
 */
function sizedArray<T>(n: number): T[] {
  return n <= SIZED_MAX ? new Array<T>(n) : [];
}
const SIZED_MAX = 8192;

/** Not empty once trimmed: a character that is not white space (trim and /\s/ strip the same set), no copy or regex per text. */
export function hasText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/** "…the words around…", at most `n` characters. */
export function around(text: string, at: number, len: number, n = 36): string {
  const t = text.replace(/\s+/g, ' ');
  const start = Math.max(0, at - Math.floor((n - len) / 2));
  const s = t.slice(start, start + n).trim();
  return `${start > 0 ? '…' : ''}${s}${start + n < t.length ? '…' : ''}`;
}
