/**
 * Files a reviewer drops or picks on the standalone page, folders included: a dropped folder is
 * walked (FileSystemEntry API), a picked folder (`webkitdirectory`) arrives as a flat list; only
 * workbooks are kept (.xlsx, .xlsm, .xls, .et, .ods; not Office's "~$" lock files), in path order.
 */

export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.et', '.ods'];

/** The file's path inside a picked folder, else its name. */
export function relativeName(f: File): string {
  return (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;
}

export function isWorkbookName(name: string): boolean {
  const base = name.split('/').pop() ?? name;
  const dot = base.lastIndexOf('.');
  return !base.startsWith('~$') && !base.startsWith('.') && dot > 0 && WORKBOOK_EXTENSIONS.includes(base.slice(dot).toLowerCase());
}

/** Workbooks of a picked list, in path order (a single file chosen by hand is kept whatever its name: the reader says what it is). */
export function workbooksOf(files: File[]): File[] {
  if (files.length === 1 && !relativeName(files[0]).includes('/')) return files;
  return files.filter((f) => isWorkbookName(relativeName(f))).sort((a, b) => (relativeName(a) < relativeName(b) ? -1 : relativeName(a) > relativeName(b) ? 1 : 0));
}

interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
  file?: (ok: (f: File) => void, fail: (e: unknown) => void) => void;
  createReader?: () => { readEntries: (ok: (entries: Entry[]) => void, fail: (e: unknown) => void) => void };
}

async function walk(entry: Entry, out: { file: File; path: string }[]): Promise<void> {
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((ok, fail) => entry.file!(ok, fail));
    out.push({ file, path: entry.fullPath.replace(/^\//, '') });
  } else if (entry.isDirectory && entry.createReader) {
    const reader = entry.createReader();
    // readEntries gives a folder's entries in batches, until an empty one
    for (;;) {
      const batch = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail));
      if (batch.length === 0) break;
      for (const e of batch) await walk(e, out);
    }
  }
}

/** Files of a drop: folders walked; plain files as they are. */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const items = Array.from(data.items ?? []);
  const entries = items.map((i) => (i.kind === 'file' ? ((i as DataTransferItem & { webkitGetAsEntry?: () => Entry | null }).webkitGetAsEntry?.() ?? null) : null));
  if (!entries.some((e) => e?.isDirectory)) return Array.from(data.files);
  const found: { file: File; path: string }[] = [];
  for (const e of entries) if (e) await walk(e, found);
  return found
    .filter((f) => isWorkbookName(f.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => f.file);
}
