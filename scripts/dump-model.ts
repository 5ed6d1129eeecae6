/** Print the recognised model of a workbook: tables, column keys and rows (for rule authors). */
import { readWorkbookFile } from '../src/hosts/xlsx/node';
import { recognise } from '../src/core/recognize';

async function main(): Promise<void> {
  const [file, filter] = process.argv.slice(2);
  const wb = await readWorkbookFile(file);
  const { tables } = recognise(wb);
  for (const t of tables) {
    if (filter && !t.kind.includes(filter) && t.block.sheet !== filter) continue;
    console.log(`\n## ${t.block.sheet} [${t.kind}] ${t.block.title?.text ?? ''} unit=${t.moneyUnit}`);
    console.log('cols: ' + t.columns.map((c) => `${c.col}:${c.key ?? '?' + c.path.join('/')}${c.side ? '@' + c.side : ''}`).join(' | '));
    for (const r of t.rows) {
      const vals = Object.entries(r.values)
        .map(([k, v]) => `${k}=${v.amount.kind === 'number' ? v.amount.value.toString() : v.amount.kind === 'text' ? JSON.stringify((v.amount as { text: string }).text) : v.amount.kind}`)
        .join(' ');
      console.log(`  r${r.row} ${r.type}${r.side ? '@' + r.side : ''} L${r.level ?? '-'} ${r.code ?? ''} ${r.name} ${r.parent ? '^' + r.parent : ''} ${r.lineNo ?? ''} :: ${vals}`);
    }
  }
}
void main();
