/**
 * 审核意见 as files, Node and browser (bytes out): one .docx per checked file, named after it,
 * and all of a batch in one .zip (the page's download; the CLI writes them into a folder).
 */
import JSZip from 'jszip';
import type { FileReport } from '../../core/report';
import { reviewOpinion } from '../../core/review/opinion';
import { writeDocx } from './docx-write';

/** "2025-caidian-ybj-budget.xlsx" → "2025-caidian-ybj-budget-审核意见.docx", unique among `taken`. */
export function opinionFileName(file: string, taken: Set<string>): string {
  const stem = (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, '');
  let name = `${stem}-审核意见.docx`;
  for (let i = 2; taken.has(name); i++) name = `${stem}-审核意见 (${i}).docx`;
  taken.add(name);
  return name;
}

/** One opinion per file, with its file name. */
export async function opinionDocuments(files: FileReport[], date: Date = new Date()): Promise<{ name: string; bytes: Uint8Array }[]> {
  const taken = new Set<string>();
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const f of files) out.push({ name: opinionFileName(f.path, taken), bytes: await writeDocx(reviewOpinion(f, { date })) });
  return out;
}

/** All opinions of a batch in one .zip. */
export async function opinionsZip(files: FileReport[], date: Date = new Date()): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const d of await opinionDocuments(files, date)) zip.file(d.name, d.bytes, { date });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
