/** Print a workbook's sheets as grids (rows of cell texts) — a look at a layout. */
import { readWorkbookFile } from '../src/hosts/xlsx/node';

async function main(): Promise<void> {
  const [file, filter, maxRows] = process.argv.slice(2);
  const wb = await readWorkbookFile(file);
  for (const s of wb.sheets) {
    if (filter && filter !== '-' && !s.name.includes(filter)) continue;
    console.log(`\n## ${s.name}  merges: ${s.merges.map((m) => m.ref).join(' ')}`);
    s.rows.slice(0, Number(maxRows ?? 40)).forEach((r, i) => {
      const cells = r.map((c) => (c ? (c.type === 'number' ? `#${c.text}` : c.text.replace(/\n/g, '⏎').slice(0, 24)) : '·'));
      if (cells.length) console.log(`${String(i + 1).padStart(3)} | ${cells.join(' | ')}`);
    });
  }
}
void main();
