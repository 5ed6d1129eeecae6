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
 * collector). A text is made a DocText only when a rule reports on it. The fields are sized once
 * (the texts are counted first): grown push by push they would be allocated about three times over.
 */
export class DocTexts {
  /** Each text, in document order: the tables' text cells sheet by sheet, then an external narrative. */
  readonly text: string[];
  /** Whether each text is a paragraph of the narrative (1) or a text cell of a table (0). */
  private readonly narrativeFlag: Uint8Array;
  /** The sheet (index into `sheetNames`) and cell of each text of the workbook (the first `cells` texts). */
  private readonly sheet: Uint16Array | Int32Array;
  private readonly cell: string[];
  private readonly sheetNames: readonly string[];
  /** The paragraphs of an external narrative, after the workbook's texts. */
  private readonly paragraphs: readonly TextCell[];
  private cells = 0;
  private unique: Distinct | null = null;
  private bits: Uint32Array | null = null;

  /** Room for `cellCount` text cells of the workbook (addCell), then the paragraphs (addParagraphs, once the cells are in). */
  constructor(sheetNames: readonly string[], cellCount: number, paragraphs: readonly TextCell[] = []) {
    const n = cellCount + paragraphs.length;
    this.sheetNames = sheetNames;
    this.paragraphs = paragraphs;
    this.text = sizedArray<string>(n);
    this.cell = sizedArray<string>(cellCount);
    this.narrativeFlag = new Uint8Array(n);
    this.sheet = sheetNames.length <= 0xffff ? new Uint16Array(cellCount) : new Int32Array(cellCount);
  }

  get length(): number {
    return this.text.length;
  }

  /** Text cell number `this.cells` (in document order): of sheet number `sheet`. */
  addCell(sheet: number, cell: string, text: string, narrative: boolean): void {
    const i = this.cells++;
    this.sheet[i] = sheet;
    this.cell[i] = cell;
    this.text[i] = text;
    this.narrativeFlag[i] = narrative ? 1 : 0;
  }

  /** The paragraphs' texts, after every cell is added (in order: a grown array is never written out of order). */
  addParagraphs(): void {
    const cells = this.cell.length;
    for (let k = 0; k < this.paragraphs.length; k++) {
      this.text[cells + k] = this.paragraphs[k].text;
      this.narrativeFlag[cells + k] = 1;
    }
  }

  /** Whether text i is a paragraph of the narrative (else a text cell of a table: title, header, note). */
  narrative(i: number): boolean {
    return this.narrativeFlag[i] === 1;
  }

  /** The i-th text with its place, as the rules report it. */
  at(i: number): DocText {
    if (i < this.cell.length) return { sheet: this.sheetNames[this.sheet[i]], cell: this.cell[i], text: this.text[i], narrative: this.narrativeFlag[i] === 1 };
    return { ...this.paragraphs[i - this.cell.length], narrative: true };
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
    return (this.unique = { texts, slot });
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
  let count = 0;
  for (let s = 0; s < sheets.length; s++) {
    names.push(sheets[s].name);
    count += countTexts(model, sheets[s], external);
  }
  const out = new DocTexts(names, count, external ? model.narrative : []);
  for (let s = 0; s < sheets.length; s++) {
    const sheet = sheets[s];
    const narrativeCells = inNarrative.get(sheet.name);
    const rows = sheet.rows;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!isText(model, sheet.name, cell, r, c, external)) continue;
        out.addCell(s, cell.address, cell.text, narrativeCells !== undefined && narrativeCells.has(cell.address));
      }
    }
  }
  out.addParagraphs();
  return out;
}

/** A text cell that is one of the document's texts: not blank, not in the narrative block an external narrative replaces. */
function isText(model: CheckModel, sheet: string, cell: Cell | null | undefined, r: number, c: number, external: boolean): cell is Cell {
  if (!cell || cell.type !== 'string' || !hasText(cell.text)) return false;
  return !(external && model.inNarrativeBlock(sheet, r + 1, c + 1));
}

/** How many of a sheet's cells are texts of the document. */
function countTexts(model: CheckModel, sheet: Sheet, external: boolean): number {
  let n = 0;
  const rows = sheet.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) if (isText(model, sheet.name, row[c], r, c, external)) n++;
  }
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
