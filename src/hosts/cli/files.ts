/** Expand the CLI's paths into the list of workbook files to check. */
import { promises as fs } from 'fs';
import * as path from 'path';

/** Extensions picked up when a folder is given. */
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.et', '.ods'];

export interface InputFile {
  path: string;
  /** Set when the path itself is unusable (not found). */
  missing?: boolean;
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile() && !e.name.startsWith('~$') && WORKBOOK_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(p);
  }
}

/**
 * Files named explicitly are kept whatever their extension (the reader says what they
 * are); a folder without any workbook is reported in `emptyFolders`.
 */
export async function expandPaths(paths: string[]): Promise<{ files: InputFile[]; emptyFolders: string[] }> {
  const out: InputFile[] = [];
  const emptyFolders: string[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      out.push({ path: p, missing: true });
      continue;
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      await walk(p, found);
      if (found.length === 0) emptyFolders.push(p);
      out.push(...found.map((f) => ({ path: f })));
    } else out.push({ path: p });
  }
  return { files: out, emptyFolders };
}
