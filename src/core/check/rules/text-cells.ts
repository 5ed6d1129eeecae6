/** The texts of a document for the wording rules: narrative paragraphs and the tables' text cells. */
import { isSpaceCode } from '../../chars';
import type { CheckModel, TextCell } from '../../model/model';

export interface DocText extends TextCell {
  /** A paragraph of the narrative (else a text cell of a table: title, header, note). */
  narrative: boolean;
}

/**
 * Every text of the document, field by field (one array per field, not one object per text: a
 * workbook has thousands of text cells, and objects that outlive the rules are copied by the
 * collector). A text is made a DocText only when a rule reports on it.
 */
export class DocTexts {
  /** Each text, in document order: the tables' text cells sheet by sheet, then an external narrative. */
  readonly text: string[] = [];
  /** Whether each text is a paragraph of the narrative. */
  readonly narrative: boolean[] = [];
  /** The sheet and cell of each text of the workbook (the first `sheet.length` texts). */
  private readonly sheet: string[] = [];
  private readonly cell: string[] = [];
  /** The paragraphs of an external narrative, after the workbook's texts. */
  private readonly paragraphs: TextCell[] = [];
  private unique: Distinct | null = null;

  get length(): number {
    return this.text.length;
  }

  addCell(sheet: string, cell: string, text: string, narrative: boolean): void {
    this.sheet.push(sheet);
    this.cell.push(cell);
    this.text.push(text);
    this.narrative.push(narrative);
  }

  addParagraph(p: TextCell): void {
    this.paragraphs.push(p);
    this.text.push(p.text);
    this.narrative.push(true);
  }

  /** The i-th text with its place, as the rules report it. */
  at(i: number): DocText {
    if (i < this.sheet.length) return { sheet: this.sheet[i], cell: this.cell[i], text: this.text[i], narrative: this.narrative[i] };
    return { ...this.paragraphs[i - this.sheet.length], narrative: true };
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
  const out = new DocTexts();
  const external = model.narrativeSource !== 'workbook';
  // the narrative's cells by sheet: a look-up by the cell's own address string, no key built per cell
  const inNarrative = new Map<string, Set<string>>();
  for (const p of model.narrative) {
    if (!p.sheet || p.cell === undefined) continue;
    let cells = inNarrative.get(p.sheet);
    if (!cells) inNarrative.set(p.sheet, (cells = new Set()));
    cells.add(p.cell);
  }
  for (const sheet of model.wb.sheets) {
    const narrativeCells = inNarrative.get(sheet.name);
    const rows = sheet.rows;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell || cell.type !== 'string' || !hasText(cell.text)) continue;
        if (external && model.inNarrativeBlock(sheet.name, r + 1, c + 1)) continue;
        out.addCell(sheet.name, cell.address, cell.text, narrativeCells !== undefined && narrativeCells.has(cell.address));
      }
    }
  }
  if (external) for (const p of model.narrative) out.addParagraph(p);
  return out;
}

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
