/**
 * `npm run bench`: how long reading and analysing workbooks takes.
 *  - each fixture in test/fixtures: .xlsx parse (exceljs → model), table recognition, and
 *    the whole engine (recognition + document facts + report);
 *  - a synthetic large workbook (15 sheets × 2,000 rows × 10 columns = 300,000 cells).
 * Medians over several runs; figures are machine-dependent (see README, 性能).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { recognise } from '../src/core/recognize';
import { analyseWorkbook } from '../src/core/report';
import { readWorkbookFile } from '../src/hosts/xlsx/node';

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t0 = process.hrtime.bigint();
  const r = await fn();
  return [Number(process.hrtime.bigint() - t0) / 1e6, r];
}

async function measure(file: string, runs: number): Promise<{ parse: number; recognise: number; engine: number; cells: number; sheets: number }> {
  const parse: number[] = [];
  const rec: number[] = [];
  const engine: number[] = [];
  let cells = 0;
  let sheets = 0;
  for (let i = 0; i < runs; i++) {
    const [tp, wb] = await time(() => readWorkbookFile(file));
    const [tr] = await time(() => recognise(wb));
    const [te] = await time(() => analyseWorkbook(file, wb));
    parse.push(tp);
    rec.push(tr);
    engine.push(te);
    sheets = wb.sheets.length;
    cells = wb.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.filter(Boolean).length, 0), 0);
  }
  return { parse: median(parse), recognise: median(rec), engine: median(engine), cells, sheets };
}

async function syntheticWorkbook(): Promise<string> {
  const file = path.join(os.tmpdir(), 'budget-check-bench-large.xlsx');
  if (fs.existsSync(file)) return file;
  const wb = new ExcelJS.Workbook();
  for (let s = 1; s <= 15; s++) {
    const ws = wb.addWorksheet(`表${s}`);
    ws.addRow([`2025年部门预算表${s}`]);
    ws.addRow(['部门/单位：某区某局', '', '', '', '', '', '', '', '', '单位：万元']);
    for (let r = 0; r < 2000; r++) {
      const row: (string | number)[] = [`${2080500 + r}`, `科目${r}`];
      for (let c = 0; c < 8; c++) row.push(Math.round(((r * 31 + c * 17) % 100000) * 100) / 100 / 100);
      ws.addRow(row).eachCell((cell, col) => {
        if (col > 2) cell.numFmt = '#,##0.00';
      });
    }
  }
  await wb.xlsx.writeFile(file);
  return file;
}

async function main(): Promise<void> {
  const rows: string[] = [];
  const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).sort();
  for (const f of files) {
    const m = await measure(path.join(FIXTURES, f), 9);
    rows.push(`| ${f} | ${m.sheets} | ${m.cells} | ${m.parse.toFixed(1)} | ${m.recognise.toFixed(1)} | ${m.engine.toFixed(1)} |`);
  }
  const large = await syntheticWorkbook();
  const m = await measure(large, 3);
  rows.push(`| synthetic 15 × 2,000 × 10 | ${m.sheets} | ${m.cells} | ${m.parse.toFixed(1)} | ${m.recognise.toFixed(1)} | ${m.engine.toFixed(1)} |`);
  console.log(`budget-check bench — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`);
  console.log('| workbook | sheets | cells | .xlsx parse ms | recognition ms | engine total ms |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(r);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
