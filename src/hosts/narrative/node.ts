/** Node entry point of the narrative reader: read a .txt/.docx 情况说明 from disk. */
import * as path from 'path';
import type { NarrativeInput } from '../../core/narrative/source';
import { readLocalFile } from '../local-file';
import { readNarrativeBytes } from './read';

/** Files larger than this are refused before reading (a 情况说明 is a few dozen pages; images make a .docx big, not text). */
export const MAX_NARRATIVE_BYTES = 50 * 1024 * 1024;

/** Read a narrative file; its paragraphs are located by the file's base name ("情况说明.docx 第 3 段"). */
export async function readNarrativeFile(file: string): Promise<NarrativeInput> {
  return readNarrativeBytes(path.basename(file), await readLocalFile(file, MAX_NARRATIVE_BYTES));
}
