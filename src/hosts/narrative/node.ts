/** Node entry point of the narrative reader: read a .txt/.docx 情况说明 from disk. */
import { promises as fs } from 'fs';
import * as path from 'path';
import { ReadError } from '../../core/errors';
import type { NarrativeInput } from '../../core/narrative/source';
import { readNarrativeBytes } from './read';

/** Files larger than this are refused before reading (a 情况说明 is a few dozen pages; images make a .docx big, not text). */
export const MAX_NARRATIVE_BYTES = 50 * 1024 * 1024;

/** Read a narrative file; its paragraphs are located by the file's base name ("情况说明.docx 第 3 段"). */
export async function readNarrativeFile(file: string): Promise<NarrativeInput> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new ReadError('NOT_FOUND', file);
  }
  if (!stat.isFile()) throw new ReadError('NOT_FOUND', file);
  if (stat.size > MAX_NARRATIVE_BYTES) throw new ReadError('TOO_LARGE', `${Math.round(stat.size / 1048576)} MB`);
  const bytes = await fs.readFile(file);
  return readNarrativeBytes(path.basename(file), new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
