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
  const inNarrative = new Set(model.narrative.filter((p) => p.sheet).map((p) => `${p.sheet}!${p.cell}`));
  model.wb.sheets.forEach((sheet) => {
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell || cell.type !== 'string' || !cell.text.trim()) return;
        if (external && model.inNarrativeBlock(sheet.name, r + 1, c + 1)) return;
        const key = `${sheet.name}!${cell.address}`;
        out.push({ sheet: sheet.name, cell: cell.address, text: cell.text, narrative: inNarrative.has(key) });
      }),
    );
  });
  if (external) out.push(...model.narrative.map((p) => ({ ...p, narrative: true })));
  return out;
}

/** "…the words around…", at most `n` characters. */
export function around(text: string, at: number, len: number, n = 36): string {
  const t = text.replace(/\s+/g, ' ');
  const start = Math.max(0, at - Math.floor((n - len) / 2));
  const s = t.slice(start, start + n).trim();
  return `${start > 0 ? '…' : ''}${s}${start + n < t.length ? '…' : ''}`;
}
