/**
 * The narrative (情况说明) as the model holds it: paragraphs with their location — cells of the
 * workbook's narrative sheet, or numbered paragraphs of a .txt/.docx file or pasted text that
 * replaces it. Functions over paragraphs are in ../narrative/source.ts.
 */

export interface NarrativeParagraph {
  text: string;
  /** Workbook narrative: sheet and cell (A1). */
  sheet?: string;
  cell?: string;
  /** Narrative outside the workbook: its name (file name, or 粘贴的文字) and 1-based paragraph number. */
  file?: string;
  paragraph?: number;
}

/** A narrative that replaces the workbook's own narrative sheet for the check. */
export interface NarrativeInput {
  /** File name, or '粘贴的文字'. */
  source: string;
  paragraphs: NarrativeParagraph[];
}
