/** Reading a user's file from disk (Node hosts), with the same Chinese messages for every reader. */
import { promises as fs } from 'fs';
import { ReadError } from '../core/errors';
import { formatBytes } from '../core/limits';

/** The file's bytes; ReadError NOT_FOUND when it is missing or not a file, TOO_LARGE above `maxBytes`. */
export async function readLocalFile(file: string, maxBytes: number): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new ReadError('NOT_FOUND', file);
  }
  if (!stat.isFile()) throw new ReadError('NOT_FOUND', file);
  if (stat.size > maxBytes) throw new ReadError('TOO_LARGE', `${formatBytes(stat.size)}，上限 ${formatBytes(maxBytes)}`);
  const b = await fs.readFile(file);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
