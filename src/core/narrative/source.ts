/**
 * Where the narrative (情况说明) comes from: the workbook's narrative sheet(s), a .txt/.docx
 * file given on the command line, or text pasted into the task pane. Every paragraph keeps
 * its location so findings can point back to it.
 */
import type { Location } from '../contract';
import type { NarrativeInput, NarrativeParagraph } from '../model/paragraphs';

export type { NarrativeInput, NarrativeParagraph } from '../model/paragraphs';

export const PASTED_SOURCE = '粘贴的文字';

/** Split plain text into paragraphs (one per non-empty line), numbered from 1. */
export function narrativeFromText(text: string, source: string = PASTED_SOURCE): NarrativeInput {
  const paragraphs: NarrativeParagraph[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const t = line.replace(/\s+$/, '');
    if (t.trim()) paragraphs.push({ text: t, file: source, paragraph: paragraphs.length + 1 });
  }
  return { source, paragraphs };
}

/** The location of a paragraph (with optional character offsets of a fragment). */
export function paragraphLocation(p: NarrativeParagraph, start?: number, end?: number): Location {
  // each shape written out (no spread per location; the keys in the same order as before)
  if (p.file !== undefined) return start === undefined ? { sheet: '', cell: '', file: p.file, paragraph: p.paragraph } : { sheet: '', cell: '', file: p.file, paragraph: p.paragraph, start, end };
  return start === undefined ? { sheet: p.sheet ?? '', cell: p.cell ?? '' } : { sheet: p.sheet ?? '', cell: p.cell ?? '', start, end };
}

/** "表3 支出总表!C9" for a cell, "情况说明.docx 第 3 段" for a paragraph of a narrative outside the workbook. */
export function locationLabel(l: Location): string {
  if (l.file !== undefined) return l.paragraph !== undefined ? `${l.file} 第 ${l.paragraph} 段` : l.file;
  return l.cell ? `${l.sheet}!${l.cell}` : l.sheet;
}

/** How a paragraph is named in messages: "情况说明!A56" or "情况说明.docx 第 3 段". */
export function paragraphLabel(p: NarrativeParagraph): string {
  return locationLabel(paragraphLocation(p));
}
