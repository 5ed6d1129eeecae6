/** The texts of a document for the wording rules: narrative paragraphs and the tables' text cells. */
import type { CheckModel, TextCell } from '../../model/model';

export interface DocText extends TextCell {
  /** A paragraph of the narrative (else a text cell of a table: title, header, note). */
  narrative: boolean;
}

const TEXTS = new WeakMap<CheckModel, readonly DocText[]>();

/**
 * Every text of the document: the workbook's text cells, with an external narrative in place of the
 * narrative sheet. Computed once per model (several rules read it); the list is shared, never changed.
 */
export function documentText(model: CheckModel): readonly DocText[] {
  let texts = TEXTS.get(model);
  if (!texts) TEXTS.set(model, (texts = collectText(model)));
  return texts;
}

function collectText(model: CheckModel): DocText[] {
  const out: DocText[] = [];
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
        out.push({ sheet: sheet.name, cell: cell.address, text: cell.text, narrative: narrativeCells !== undefined && narrativeCells.has(cell.address) });
      }
    }
  }
  if (external) out.push(...model.narrative.map((p) => ({ ...p, narrative: true })));
  return out;
}

/** Not empty once trimmed (no trimmed copy made when the text starts with a character). */
function hasText(text: string): boolean {
  return text.length > 0 && (!/\s/.test(text[0]) || text.trim().length > 0);
}

/** "…the words around…", at most `n` characters. */
export function around(text: string, at: number, len: number, n = 36): string {
  const t = text.replace(/\s+/g, ' ');
  const start = Math.max(0, at - Math.floor((n - len) / 2));
  const s = t.slice(start, start + n).trim();
  return `${start > 0 ? '…' : ''}${s}${start + n < t.length ? '…' : ''}`;
}
