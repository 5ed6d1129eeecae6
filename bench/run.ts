/**
 * `npm run bench`: how long reading and checking workbooks takes, and how much memory a CLI run needs.
 *
 * For each fixture in test/fixtures, and for a synthetic large department (syntheticBudget
 * { seed: 1, units: 200, itemsPerUnit: 10 }: ≈ 48,000 cells, 2,000 项 rows, written to a temp
 * .xlsx and read back), medians after warm-up runs of:
 *   parse       .xlsx → workbook model (readWorkbookFile: SheetJS since issue 17)
 *   recognise   table recognition (recognise)
 *   check       the check engine alone (check(wb, recognition): model + all rules)
 *   end to end  parse + analyseWorkbook (recognition + document facts + check + report), what
 *               the CLI does per file
 * plus a recognition stress workbook (15 sheets × 2,000 rows × 10 columns = 300,000 cells), and
 * a 20-page narrative (情况说明, ≥ 20,000 Chinese characters: the seed fixtures' narrative
 * paragraphs, repeated) given as an external narrative (config.narrative, what --narrative
 * does) to the check of 2025-caidian-ybj-budget.xlsx.
 * Then the peak RSS of a whole CLI run on the large file (`node bin/budget-check.js <file>
 * --format json`), measured with /usr/bin/time -v when available, else with the child's own
 * getrusage (process.resourceUsage().maxRSS, reported on exit by a preloaded script).
 *
 * Readers: exceljs (readWorkbookFileExcelJS) and SheetJS (readWorkbookFile) on every fixture, the
 * large department and the stress workbook — median read time and whether both give the same
 * model (the reader used is the faster one where the model is the same); and SheetJS on every
 * fixture saved as .xls by LibreOffice (test/fixtures-xls).
 * Also: narrate, the 情况说明 generator alone (generateNarrative(wb, { recognition })), per fixture
 * and on the large department (information, no target).
 * Targets (printed PASS/FAIL): check < 20 ms per fixture; check < 1 s on the large department;
 * check with the 20-page narrative < 200 ms;
 * check ≤ 25 % of the parse time of the same file; CLI peak RSS < 300 MB on the large department.
 * `--strict` exits 1 when a target is missed. Figures are machine-dependent (README, 性能).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { buildModel, check, type CheckConfig } from '../src/core/check';
import { generateNarrative } from '../src/core/narrative/generate';
import { narrativeFromText, type NarrativeInput } from '../src/core/narrative/source';
import { recognise } from '../src/core/recognize';
import { analyseWorkbook, countBySeverity } from '../src/core/report';
import { cellCount, type Workbook } from '../src/core/workbook';
import { readWorkbookFile } from '../src/hosts/xlsx/node';
import { readWorkbookFileExcelJS } from '../src/hosts/xlsx/exceljs-node';
import { syntheticBudget, writeXlsx } from '../test/support/synthetic';

const ROOT = path.join(__dirname, '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-check-bench-'));

const TARGET = { fixtureCheckMs: 20, largeCheckMs: 1000, checkShareOfParse: 0.25, cliPeakMb: 300, narrativeCheckMs: 200 };
const NARRATIVE_CHARS = 20000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

interface Measured {
  name: string;
  sheets: number;
  cells: number;
  parse: number;
  recognise: number;
  check: number;
  endToEnd: number;
  /** Findings of the check: errors / warnings / info. */
  findings: string;
}

async function measure(name: string, file: string, warmup: number, runs: number, config: CheckConfig = {}): Promise<Measured> {
  const t = { parse: [] as number[], recognise: [] as number[], check: [] as number[], endToEnd: [] as number[] };
  let wb: Workbook | null = null;
  let findings = '';
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = now();
    wb = await readWorkbookFile(file);
    const t1 = now();
    const rec = recognise(wb);
    const t2 = now();
    check(wb, rec, config);
    const t3 = now();
    const report = analyseWorkbook(file, wb, undefined, config);
    const t4 = now();
    if (i < warmup) continue;
    t.parse.push(t1 - t0);
    t.recognise.push(t2 - t1);
    t.check.push(t3 - t2);
    t.endToEnd.push(t1 - t0 + (t4 - t3));
    const n = countBySeverity([report]);
    findings = `${n.error} / ${n.warning} / ${n.info}`;
  }
  const w = wb as Workbook;
  return {
    name,
    sheets: w.sheets.length,
    cells: w.sheets.reduce((n, s) => n + cellCount(s), 0),
    parse: median(t.parse),
    recognise: median(t.recognise),
    check: median(t.check),
    endToEnd: median(t.endToEnd),
    findings,
  };
}

/** The synthetic large department, written to a temp .xlsx. */
async function largeDepartment(): Promise<{ file: string; projectRows: number }> {
  const file = path.join(TMP, 'synthetic-200-units.xlsx');
  const b = syntheticBudget({ seed: 1, units: 200, itemsPerUnit: 10 });
  await writeXlsx(b.workbook, file);
  const rec = recognise(b.workbook);
  const itemRows = rec.tables.filter((t) => t.block.sheet.startsWith('表5-3')).reduce((n, t) => n + t.rows.filter((r) => r.type === 'function' && r.level === 3).length, 0);
  return { file, projectRows: itemRows };
}

/** Recognition stress: 15 sheets × 2,000 rows × 10 columns (not a real budget). */
async function stressWorkbook(): Promise<string> {
  const file = path.join(TMP, 'stress-15x2000x10.xlsx');
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

/**
 * A 20-page narrative: the narrative paragraphs of every seed fixture (their 情况说明 sheets),
 * concatenated and repeated until it has at least 20,000 characters (≈ 1,000 characters a page).
 */
async function twentyPageNarrative(files: string[]): Promise<{ narrative: NarrativeInput; chars: number }> {
  const paragraphs: string[] = [];
  for (const f of files) {
    const wb = await readWorkbookFile(f);
    paragraphs.push(...buildModel(wb, recognise(wb)).narrative.map((p) => p.text.trim()).filter((t) => t.length > 0));
  }
  if (paragraphs.length === 0) throw new Error('the fixtures have no narrative paragraphs');
  const out: string[] = [];
  let chars = 0;
  for (let i = 0; chars < NARRATIVE_CHARS; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    chars += p.length;
  }
  return { narrative: narrativeFromText(out.join('\n'), '情况说明（20 页）.txt'), chars };
}

interface Memory {
  peakMb: number | null;
  wallMs: number;
  exit: number | null;
  method: string;
  note?: string;
}

/** Peak RSS of one whole CLI run (`node bin/budget-check.js <file> --format json`, stdout discarded). */
function cliPeakRss(file: string): Memory {
  const bin = path.join(ROOT, 'bin', 'budget-check.js');
  const args = [bin, file, '--format', 'json'];
  const timeBin = '/usr/bin/time';
  const haveTime = fs.existsSync(timeBin) && spawnSync(timeBin, ['-v', 'true'], { encoding: 'utf8' }).stderr?.includes('Maximum resident set size');
  const t0 = now();
  if (haveTime) {
    const r = spawnSync(timeBin, ['-v', process.execPath, ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    const wallMs = now() - t0;
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
    const exit = /Exit status: (\d+)/.exec(r.stderr ?? '');
    return { peakMb: m ? Number(m[1]) / 1024 : null, wallMs, exit: exit ? Number(exit[1]) : r.status, method: '/usr/bin/time -v (Maximum resident set size)' };
  }
  // fallback: the child reports its own getrusage() maximum on exit
  const preload = path.join(TMP, 'report-maxrss.js');
  fs.writeFileSync(preload, "process.on('exit', () => process.stderr.write('BENCH_MAXRSS_KB ' + process.resourceUsage().maxRSS + '\\n'));\n");
  const r = spawnSync(process.execPath, ['--require', preload, ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const wallMs = now() - t0;
  const m = /BENCH_MAXRSS_KB (\d+)/.exec(r.stderr ?? '');
  return { peakMb: m ? Number(m[1]) / 1024 : null, wallMs, exit: r.status, method: 'process.resourceUsage().maxRSS of the CLI process (getrusage), /usr/bin/time not available' };
}

/** Median time of drafting the 情况说明 of each workbook (recognition done beforehand). */
async function narrateTimes(files: string[]): Promise<[string, number][]> {
  const out: [string, number][] = [];
  for (const f of files) {
    const wb = await readWorkbookFile(f);
    const recognition = recognise(wb);
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t0 = now();
      generateNarrative(wb, { recognition });
      if (i > 0) times.push(now() - t0);
    }
    out.push([f, median(times)]);
  }
  return out;
}

interface ReaderRow {
  name: string;
  exceljs: number | null;
  sheetjs: number;
  same: boolean | null;
}

/** Median read time of each reader on a file, and whether they give the same model. */
async function compareReaders(name: string, file: string, warmup: number, runs: number, xlsx = true): Promise<ReaderRow> {
  const times = { exceljs: [] as number[], sheetjs: [] as number[] };
  let a: Workbook | null = null;
  let b: Workbook | null = null;
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = now();
    b = await readWorkbookFile(file);
    const t1 = now();
    if (xlsx) a = await readWorkbookFileExcelJS(file);
    const t2 = now();
    if (i < warmup) continue;
    times.sheetjs.push(t1 - t0);
    times.exceljs.push(t2 - t1);
  }
  return {
    name,
    exceljs: xlsx ? median(times.exceljs) : null,
    sheetjs: median(times.sheetjs),
    same: xlsx ? JSON.stringify(a) === JSON.stringify(b) : null,
  };
}

const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
const thousands = (n: number): string => n.toLocaleString('en-US');

async function main(): Promise<void> {
  const strict = process.argv.includes('--strict');
  const started = now();
  const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).sort();
  const fixtures: Measured[] = [];
  for (const f of files) fixtures.push(await measure(f, path.join(FIXTURES, f), 3, 15));

  const large = await largeDepartment();
  const largeM = await measure(`synthetic 200 units × 10 项 (${large.projectRows} 项 rows)`, large.file, 1, 5);
  const stress = await measure('stress 15 × 2,000 × 10 (recognition only, not a budget)', await stressWorkbook(), 1, 3);
  const { narrative, chars } = await twentyPageNarrative(files.map((f) => path.join(FIXTURES, f)));
  const narrativeM = await measure(
    `2025-caidian-ybj-budget.xlsx + 20-page narrative (${thousands(chars)} chars, ${thousands(narrative.paragraphs.length)} paragraphs)`,
    path.join(FIXTURES, '2025-caidian-ybj-budget.xlsx'),
    3,
    15,
    { narrative },
  );

  const readers: ReaderRow[] = [];
  for (const f of files) readers.push(await compareReaders(f, path.join(FIXTURES, f), 3, 10));
  readers.push(await compareReaders(largeM.name, large.file, 1, 3));
  const stressFile = path.join(TMP, 'stress-15x2000x10.xlsx');
  readers.push(await compareReaders(stress.name, stressFile, 1, 2));
  const XLS = path.join(ROOT, 'test', 'fixtures-xls');
  for (const f of files) {
    const xls = path.join(XLS, f.replace(/\.xlsx$/, '.xls'));
    if (fs.existsSync(xls)) readers.push(await compareReaders(`${path.basename(xls)} (LibreOffice)`, xls, 3, 10, false));
  }

  if (!fs.existsSync(path.join(ROOT, 'lib', 'hosts', 'cli', 'main.js'))) throw new Error('lib/ is missing: run `npm run build:cli` first (npm run bench does)');
  const mem = cliPeakRss(large.file);

  console.log(`budget-check bench — Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${os.platform()} ${os.arch()}`);
  console.log('medians (ms): fixtures and narrative 15 runs after 3 warm-ups; large 5 after 1; stress 3 after 1\n');
  console.log('| workbook | sheets | cells | parse ms | recognise ms | check ms | end to end ms | check / parse | findings e / w / i |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const m of [...fixtures, largeM, stress, narrativeM]) {
    console.log(`| ${m.name} | ${m.sheets} | ${thousands(m.cells)} | ${ms(m.parse)} | ${ms(m.recognise)} | ${ms(m.check)} | ${ms(m.endToEnd)} | ${pct(m.check / m.parse)} | ${m.findings} |`);
  }
  console.log('\nreaders (median ms): exceljs vs SheetJS (@e965/xlsx), same model?\n');
  console.log('| file | exceljs ms | SheetJS ms | SheetJS / exceljs | same model |');
  console.log('|---|---:|---:|---:|---|');
  for (const r of readers) {
    console.log(`| ${r.name} | ${r.exceljs === null ? '—' : ms(r.exceljs)} | ${ms(r.sheetjs)} | ${r.exceljs === null ? '—' : pct(r.sheetjs / r.exceljs)} | ${r.same === null ? '—（.xls）' : r.same ? 'yes' : 'NO'} |`);
  }
  const narrate = await narrateTimes([...files.map((f) => path.join(FIXTURES, f)), large.file]);
  console.log(`\nnarrate (generateNarrative, recognition given; median of 5 after 1): ${narrate.map(([f, t]) => `${path.basename(f)} ${ms(t)} ms`).join(', ')}`);
  console.log(`\nCLI run on the large department: peak RSS ${mem.peakMb === null ? '?' : `${mem.peakMb.toFixed(1)} MB`}, wall ${ms(mem.wallMs)} ms, exit ${mem.exit} — ${mem.method}`);

  const results: [boolean, string][] = [];
  const worst = fixtures.reduce((a, b) => (b.check > a.check ? b : a));
  results.push([worst.check < TARGET.fixtureCheckMs, `check < ${TARGET.fixtureCheckMs} ms on every fixture (slowest ${ms(worst.check)} ms, ${worst.name})`]);
  results.push([largeM.check < TARGET.largeCheckMs, `check < ${TARGET.largeCheckMs} ms on the large department (${ms(largeM.check)} ms)`]);
  results.push([narrativeM.check < TARGET.narrativeCheckMs, `check < ${TARGET.narrativeCheckMs} ms with a 20-page narrative (${ms(narrativeM.check)} ms)`]);
  for (const m of [...fixtures, largeM]) {
    results.push([m.check / m.parse <= TARGET.checkShareOfParse, `check ≤ ${pct(TARGET.checkShareOfParse)} of parse: ${m.name} ${pct(m.check / m.parse)}`]);
  }
  results.push([mem.peakMb !== null && mem.peakMb < TARGET.cliPeakMb && (mem.exit === 0 || mem.exit === 1), `CLI peak RSS < ${TARGET.cliPeakMb} MB on the large department (${mem.peakMb === null ? 'not measured' : `${mem.peakMb.toFixed(1)} MB`}, exit ${mem.exit})`]);
  console.log('\ntargets:');
  for (const [ok, text] of results) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${text}`);
  console.log(`\nbench took ${((now() - started) / 1000).toFixed(1)} s`);
  fs.rmSync(TMP, { recursive: true, force: true });
  if (strict && results.some(([ok]) => !ok)) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  fs.rmSync(TMP, { recursive: true, force: true });
  process.exit(1);
});
