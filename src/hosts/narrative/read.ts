/**
 * A narrative (情况说明) file → paragraphs, host-independent (Node and browser: bytes in,
 * no fs). `.txt`: UTF-8 (BOM stripped), UTF-16 with a BOM (Notepad's “Unicode”), else
 * GB18030/GBK (Chinese Windows “ANSI” text files). `.docx`: the raw text through mammoth.
 * One paragraph per non-empty line, numbered from 1 (narrativeFromText). Anything else gets
 * a ReadError with a Chinese message: .doc/.wps, an encrypted .docx, a corrupt package, a
 * binary file named .txt, an empty file or one without text, another extension.
 */
import mammoth from 'mammoth';
import { ReadError } from '../../core/errors';
import { narrativeFromText, type NarrativeInput } from '../../core/narrative/source';
import { ascii, contains, isEncryptedOoxml, OLE2, startsWith, ZIP, ZIP_END, zipComplete } from '../bytes';

/** Extensions a narrative file may have. */
export const NARRATIVE_EXTENSIONS = ['.txt', '.docx'];

/** The lower-case extension of a file name, with its dot ('' when there is none). */
export function extensionOf(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  const i = base.lastIndexOf('.');
  return i > 0 ? base.slice(i).toLowerCase() : '';
}

/** An OLE2 (CFB) container: a legacy .doc/.wps, or an encrypted OOXML package (EncryptionInfo + EncryptedPackage). */
function refuseOle2(bytes: Uint8Array): never {
  if (isEncryptedOoxml(bytes)) throw new ReadError('DOCX_ENCRYPTED');
  throw new ReadError('DOC_FORMAT');
}

/** Decode a text file: BOM first, then strict UTF-8, then GB18030 (a superset of GBK/GB2312). */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: a Chinese Windows text file (“ANSI” = GBK); GB18030 decodes GBK and GB2312 too
  }
  try {
    return new TextDecoder('gb18030').decode(bytes);
  } catch {
    // a runtime without the GB18030 decoder (Node built without ICU data): keep what UTF-8 can read
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function readTxt(name: string, bytes: Uint8Array): NarrativeInput {
  if (startsWith(bytes, OLE2) || startsWith(bytes, ZIP) || startsWith(bytes, ZIP_END)) throw new ReadError('TEXT_NOT_PLAIN');
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  // control bytes (NUL above all) do not occur in a text file; tab, newlines, form feed, DOS end-of-file (1A) and ESC do
  if (!utf16 && bytes.subarray(0, 4096).some((b) => b < 9 || (b > 13 && b < 26) || (b > 27 && b < 32))) throw new ReadError('TEXT_NOT_PLAIN');
  return narrativeFromText(decodeText(bytes), name);
}

async function readDocx(name: string, bytes: Uint8Array): Promise<NarrativeInput> {
  if (startsWith(bytes, OLE2)) refuseOle2(bytes);
  if (!startsWith(bytes, ZIP) && !startsWith(bytes, ZIP_END)) throw new ReadError('DOCX_CORRUPT');
  // a zip ends with its central directory record: without it the file was cut short
  if (!zipComplete(bytes)) throw new ReadError('DOCX_CORRUPT', '文件不完整');
  if (!contains(bytes, ascii('word/')) && contains(bytes, ascii('xl/workbook.'))) throw new ReadError('DOCX_CORRUPT', '这是 Excel 工作簿');
  // mammoth opens `buffer` in Node and `arrayBuffer` in the browser build; jszip takes either
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let text: string;
  try {
    const result = await mammoth.extractRawText({ arrayBuffer, buffer: arrayBuffer } as { arrayBuffer: ArrayBuffer });
    text = result.value;
  } catch {
    throw new ReadError('DOCX_CORRUPT');
  }
  return narrativeFromText(text, name);
}

/**
 * Read a narrative file's bytes. `name` is the file name shown in messages and locations
 * ("情况说明.docx 第 3 段"); its extension chooses the format.
 */
export async function readNarrativeBytes(name: string, bytes: Uint8Array): Promise<NarrativeInput> {
  const ext = extensionOf(name);
  if (ext === '.doc' || ext === '.wps') {
    if (bytes.length > 0 && startsWith(bytes, OLE2)) refuseOle2(bytes);
    throw new ReadError('DOC_FORMAT');
  }
  if (!NARRATIVE_EXTENSIONS.includes(ext)) throw new ReadError('NARRATIVE_TYPE', ext ? `收到 ${ext}` : '文件没有扩展名');
  if (bytes.length === 0) throw new ReadError('EMPTY_FILE');
  const source = name.replace(/^.*[\\/]/, '');
  const narrative = ext === '.txt' ? readTxt(source, bytes) : await readDocx(source, bytes);
  if (narrative.paragraphs.length === 0) throw new ReadError('NARRATIVE_EMPTY');
  return narrative;
}
