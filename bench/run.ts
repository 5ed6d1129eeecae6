/**
 * `npm run bench`: the speed contract of issue 19. Every figure is a median with its spread (min–max
 * of the runs): the machine is named on the first line, and a wide spread says it was busy.
 *
 *   fixtures    every seed (test/fixtures/*.xlsx) and real document (test/fixtures/real/*.xlsx): parse
 *               time of each reader (exceljs' load, SheetJS' read), the conversion to the model, each
 *               engine stage (recognise, model, checks, tie-out, roots; bench/stages.ts), the engine
 *               (analyseWorkbook: what the CLI does per file after reading), the collector's pauses inside
 *               it (engine GC, part of engine), engine / exceljs parse, the engine on texts it has not seen
 *               (a model converted afresh, memos of texts emptied: a file's first check) and its ratio,
 *               and the drafting of the 情况说明
 *   narrative   2025-caidian-ybj-budget.xlsx with a 20-page narrative (the seeds' 情况说明 paragraphs
 *               repeated to 20,000 characters) given as an external narrative
 *   scaling     consistent synthetic departments of 1k → 200k cells, and one unit with 10 → 2,000
 *               projects, each checked with its own drafted 情况说明; the exponent k of time ≈ c · size^k
 *               fitted per stage (bench/scaling.ts)
 *   readers     exceljs and SheetJS give the same model on every fixture (JSON of the model)
 *   CLI         wall time of `node bin/budget-check.js <seed> --format json` (node start included), of a
 *               folder of 100 fixture copies (default --jobs, and --jobs 1), and the peak RSS of a run on
 *               the 200k-cell department
 *   pane        the size of the pane's first script (dist/, from `npm run build`) and whether a
 *               spreadsheet reader is in it
 * Then one line per target of issue 19, PASS or FAIL. `--strict` exits 1 when a target is missed;
 * `--quick` runs fewer repetitions and a shorter scaling series (a smoke run, figures not quotable).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildModel } from '../src/core/check';
import { narrativeFromText, type NarrativeInput } from '../src/core/narrative/source';
import { recognise } from '../src/core/recognize';
import { cellCount, type Workbook } from '../src/core/workbook';
import { readWorkbookFileExcelJS } from '../src/hosts/xlsx/exceljs-node';
import { readWorkbookFile } from '../src/hosts/xlsx/node';
import { defaultJobs } from '../src/hosts/cli/pool';
import { syntheticBudget, writeXlsx } from '../test/support/synthetic';
import { CELL_UNITS, cellSeries, PROJECT_COUNTS, projectSeries, SCALE_STAGES, type Series } from './scaling';
import { ENGINE_STAGES, timeStages, type Stage, type StageTimes } from './stages';
import { CLOCK, ms, msSpread, pct, spread, thousands, wallNow, type Spread } from './stats';

const ROOT = path.join(__dirname, '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const REAL = path.join(FIXTURES, 'real');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-check-bench-'));
const BIN = path.join(ROOT, 'bin', 'budget-check.js');

const TARGET = {
  engineShareOfParse: 0.25,
  seedEngineMs: 10,
  exponent: 1.15,
  largeEngineMs: 1500,
  projectsTieOutMs: 300,
  cliWallMs: 400,
  folderWallMs: 15000,
  paneFirstScriptKb: 700,
  peakMb: 300,
  narrativeEngineMs: 200,
};
const NARRATIVE_CHARS = 20000;

const quick = process.argv.includes('--quick');
const strict = process.argv.includes('--strict');

interface FixtureRow {
  name: string;
  seed: boolean;
  cells: number;
  times: StageTimes;
}

function cellsOf(wb: Workbook): number {
  return wb.sheets.reduce((n, s) => n + cellCount(s), 0);
}

async function fixtureRow(file: string, seed: boolean, runs: number, warmup: number, narrative?: NarrativeInput, name = path.basename(file)): Promise<FixtureRow> {
  const wb = await readWorkbookFile(file);
  const bytes = new Uint8Array(fs.readFileSync(file));
  const times = await timeStages(wb, { warmup, runs, bytes, generate: true, config: narrative ? { narrative } : {} });
  return { name, seed, cells: cellsOf(wb), times };
}

/** One untimed pass of a fixture through the readers, the engine and the drafter (the bench's warm-up). */
async function warmUp(file: string): Promise<void> {
  const wb = await readWorkbookFile(file);
  await timeStages(wb, { warmup: 1, runs: 0, bytes: new Uint8Array(fs.readFileSync(file)), generate: true });
}

/** The seeds' narrative paragraphs, repeated to 20,000 characters. */
async function twentyPageNarrative(files: string[]): Promise<{ narrative: NarrativeInput; chars: number }> {
  const paragraphs: string[] = [];
  for (const f of files) {
    const wb = await readWorkbookFile(f);
    paragraphs.push(...buildModel(wb, recognise(wb)).narrative.map((p) => p.text.trim()).filter((t) => t.length > 0));
  }
  const out: string[] = [];
  let chars = 0;
  for (let i = 0; chars < NARRATIVE_CHARS; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    chars += p.length;
  }
  return { narrative: narrativeFromText(out.join('\n'), '情况说明（20 页）.txt'), chars };
}

/** Whether exceljs and SheetJS give the same model of a file. */
async function sameModel(file: string): Promise<boolean> {
  const a = await readWorkbookFileExcelJS(file);
  const b = await readWorkbookFile(file);
  return JSON.stringify(a) === JSON.stringify(b);
}

interface Run {
  wall: number;
  /** user + system seconds of the whole run (both threads), in ms; null without /usr/bin/time. */
  cpu: number | null;
  peakMb: number | null;
  exit: number | null;
}

const TIME = '/usr/bin/time';
const haveTime = fs.existsSync(TIME) && (spawnSync(TIME, ['-v', 'true'], { encoding: 'utf8' }).stderr ?? '').includes('Maximum resident set size');

/**
 * The environment of the timed CLI runs: this one without NODE_EXTRA_CA_CERTS. Where it is set (this
 * sandbox sets it for its proxy), every Node process reads that CA bundle at start, about 50 ms before
 * any code of ours runs; the CLI opens no connection and a reviewer's machine does not set it. The bench
 * prints the one-seed run with the variable too, when it is set.
 */
const EXTRA_CA = process.env.NODE_EXTRA_CA_CERTS;
const CLEAN_ENV: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_EXTRA_CA_CERTS'));

/** One whole CLI run (node start included), its wall time and peak RSS (/usr/bin/time -v, else the child's getrusage). */
function cliRun(args: string[], env: NodeJS.ProcessEnv = CLEAN_ENV): Run {
  const preload = path.join(TMP, 'report-maxrss.js');
  if (!haveTime && !fs.existsSync(preload)) fs.writeFileSync(preload, "process.on('exit', () => process.stderr.write('BENCH_MAXRSS_KB ' + process.resourceUsage().maxRSS + '\\n'));\n");
  const cmd = haveTime ? TIME : process.execPath;
  const argv = haveTime ? ['-v', process.execPath, BIN, ...args] : ['--require', preload, BIN, ...args];
  const t0 = wallNow();
  const r = spawnSync(cmd, argv, { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const wall = wallNow() - t0;
  const kb = (haveTime ? /Maximum resident set size \(kbytes\): (\d+)/ : /BENCH_MAXRSS_KB (\d+)/).exec(r.stderr ?? '');
  const exit = haveTime ? /Exit status: (\d+)/.exec(r.stderr ?? '') : null;
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  const cpu = user && sys ? (Number(user[1]) + Number(sys[1])) * 1000 : null;
  return { wall, cpu, peakMb: kb ? Number(kb[1]) / 1024 : null, exit: exit ? Number(exit[1]) : r.status };
}

function cliSpread(args: string[], warmup: number, runs: number, env: NodeJS.ProcessEnv = CLEAN_ENV): { wall: Spread; cpu: Spread | null; peakMb: Spread | null; last: Run } {
  const walls: number[] = [];
  const cpus: number[] = [];
  const peaks: number[] = [];
  let last: Run = { wall: 0, cpu: null, peakMb: null, exit: null };
  for (let i = 0; i < warmup + runs; i++) {
    last = cliRun(args, env);
    if (i < warmup) continue;
    walls.push(last.wall);
    if (last.cpu !== null) cpus.push(last.cpu);
    if (last.peakMb !== null) peaks.push(last.peakMb);
  }
  return { wall: spread(walls), cpu: cpus.length ? spread(cpus) : null, peakMb: peaks.length ? spread(peaks) : null, last };
}

interface Pane {
  file: string | null;
  kb: number | null;
  reader: boolean | null;
}

/** The pane's first script: the taskpane entry that dist/taskpane.html loads. */
function paneFirstScript(): Pane {
  const html = path.join(ROOT, 'dist', 'taskpane.html');
  if (!fs.existsSync(html)) return { file: null, kb: null, reader: null };
  const scripts = [...fs.readFileSync(html, 'utf8').matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+\.js)/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
  let bytes = 0;
  let reader = false;
  for (const s of scripts) {
    const text = fs.readFileSync(path.join(ROOT, 'dist', s), 'utf8');
    bytes += Buffer.byteLength(text);
    // the readers and their zip libraries, by names that survive minification (SheetJS' sheet_to_json,
    // exceljs' and JSZip's names in their messages, pako's inflateRaw)
    if (/SheetJS|sheet_to_json|exceljs|ExcelJS|JSZip|inflateRaw/.test(text)) reader = true;
  }
  return { file: scripts.join(' + '), kb: bytes / 1024, reader };
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

// the collector's pauses are rare and long (a median of 0, a run with one scavenge of several ms): their mean per run
const cellMs = (t: StageTimes, s: Stage): string => (!t[s] ? '—' : s === 'engine GC' ? `${ms((t[s] as Spread).mean)} mean (max ${ms((t[s] as Spread).max)})` : msSpread(t[s] as Spread));

async function main(): Promise<void> {
  const started = wallNow();
  const runs = quick ? 3 : 15;
  const warmup = quick ? 1 : 3;
  if (!fs.existsSync(path.join(ROOT, 'lib', 'hosts', 'cli', 'main.js'))) throw new Error('lib/ is missing: run `npm run build:cli` first (npm run bench does)');
  const progress = (s: string) => process.stderr.write(`  … ${s}\n`);

  const seeds = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).sort().map((f) => path.join(FIXTURES, f));
  const reals = fs.existsSync(REAL) ? fs.readdirSync(REAL).filter((f) => f.endsWith('.xlsx')).sort().map((f) => path.join(REAL, f)) : [];
  // CLI first, one seed and a folder of 100 copies, while this process is small: later its heap holds the
  // 200k-cell series, and V8's background threads sweeping it take CPU from the timed child processes
  // (the same one-seed run read 338 ms alone and 388–425 ms after the scaling series)
  const seedFile = path.join(FIXTURES, '2023-huangpi-ybfwzx-budget.xlsx');
  const cliOne = cliSpread([seedFile, '--format', 'json'], 1, quick ? 3 : 10);
  const cliOneWithCa = EXTRA_CA ? cliSpread([seedFile, '--format', 'json'], 1, quick ? 3 : 10, process.env) : null;
  const folder = path.join(TMP, 'folder-100');
  fs.mkdirSync(folder);
  for (let i = 0; i < 100; i++) fs.copyFileSync(seeds[i % seeds.length], path.join(folder, `${String(i).padStart(3, '0')}-${path.basename(seeds[i % seeds.length])}`));
  const cliFolder = cliSpread([folder, '--format', 'json'], 0, quick ? 1 : 3);
  // the same, one file at a time (--jobs 1): what the default lanes (pool.ts) gain on this machine
  const cliFolderOne = cliSpread([folder, '--format', 'json', '--jobs', '1'], 0, quick ? 1 : 3);
  progress('CLI');
  // every fixture through every stage a few times before anything is timed: the JIT's state is shared by
  // all fixtures, and without this the first ones measured run on code that is not yet optimised
  const warmPasses = quick ? 1 : 6;
  for (let pass = 0; pass < warmPasses; pass++) for (const f of [...seeds, ...reals]) await warmUp(f);
  progress(`warm-up (${warmPasses} passes over ${seeds.length + reals.length} fixtures)`);
  const fixtures: FixtureRow[] = [];
  for (const f of seeds) fixtures.push(await fixtureRow(f, true, runs, warmup));
  progress('seeds');
  for (const f of reals) fixtures.push(await fixtureRow(f, false, quick ? 3 : 9, warmup));
  progress('real documents');
  const { narrative, chars } = await twentyPageNarrative(seeds);
  const caidian = path.join(FIXTURES, '2025-caidian-ybj-budget.xlsx');
  const narrativeRow = await fixtureRow(caidian, false, runs, warmup, narrative, `2025-caidian-ybj-budget.xlsx + 20-page narrative (${thousands(chars)} chars)`);
  const readers: [string, boolean][] = [];
  for (const f of [...seeds, ...reals]) readers.push([path.basename(f), await sameModel(f)]);
  progress('readers');

  const cells = await cellSeries(quick ? CELL_UNITS.slice(0, 5) : CELL_UNITS, progress);
  const projects = await projectSeries(quick ? PROJECT_COUNTS.slice(0, 4) : PROJECT_COUNTS, progress);

  // the largest department's peak memory (a child's own peak: unaffected by this process)
  const largeUnits = CELL_UNITS[CELL_UNITS.length - 1];
  const largeFile = path.join(TMP, `synthetic-${largeUnits}-units.xlsx`);
  const largeBook = syntheticBudget({ seed: 1, units: largeUnits, itemsPerUnit: 10 }).workbook;
  const largeCells = cellsOf(largeBook);
  await writeXlsx(largeBook, largeFile);
  // peak memory: the highest of a few runs is judged (it varies by some MB from run to run)
  const mem = cliSpread([largeFile, '--format', 'json'], 0, quick ? 1 : 5);
  const pane = paneFirstScript();

  // ---- report
  const cpu = os.cpus();
  console.log(`budget-check bench — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.arch()}, load ${os.loadavg()[0].toFixed(1)}`);
  console.log(`${CLOCK === 'cpu' ? 'CPU ms of this process (process.cpuUsage)' : 'wall-clock ms (--cpu for CPU time)'}, median (min–max) of ${runs} runs after ${warmPasses} warm-up passes over all fixtures and ${warmup} warm-ups each (real documents: ${quick ? 3 : 9} runs); engine = analyseWorkbook, the stages are timed one by one, engine GC = the collector's pauses inside engine (mean per run, part of engine); engine, new texts = analyseWorkbook on a model converted afresh with every memo of texts emptied (a file's first check, warm code)${quick ? ' — QUICK RUN, not for quoting' : ''}\n`);
  const cols: Stage[] = ['parse exceljs', 'parse SheetJS', 'convert', ...ENGINE_STAGES, 'engine', 'engine GC', 'engine, new texts', 'generate'];
  console.log(row(['workbook', 'cells', ...cols, 'engine / exceljs parse', 'new texts / exceljs parse']));
  console.log(row(['---', '---:', ...cols.map(() => '---:'), '---:', '---:']));
  for (const f of [...fixtures, narrativeRow]) {
    const parse = f.times['parse exceljs']?.median;
    const ratio = (s: Stage) => (f.times[s] && parse ? pct((f.times[s] as Spread).median / parse) : '—');
    console.log(row([f.name, thousands(f.cells), ...cols.map((c) => cellMs(f.times, c)), ratio('engine'), ratio('engine, new texts')]));
  }
  const differing = readers.filter(([, same]) => !same);
  console.log(`\nreaders: exceljs and SheetJS give the same model on ${readers.length - differing.length} of ${readers.length} fixtures${differing.length ? ` (not on: ${differing.map(([n]) => n).join(', ')})` : ''}`);

  for (const s of [cells, projects]) printSeries(s);

  console.log(`\nCLI (node ${path.relative(ROOT, BIN)} … --format json, node start included):`);
  const cpuOf = (c: { cpu: Spread | null }) => (c.cpu ? `, CPU (user + system, both threads) ${msSpread(c.cpu)} ms` : '');
  console.log(`  one seed fixture (${path.basename(seedFile)}): wall ${msSpread(cliOne.wall)} ms${cpuOf(cliOne)}, exit ${cliOne.last.exit}${EXTRA_CA ? ' (without NODE_EXTRA_CA_CERTS)' : ''}`);
  if (cliOneWithCa) console.log(`  the same with this environment's NODE_EXTRA_CA_CERTS (Node reads a CA bundle at start): wall ${msSpread(cliOneWithCa.wall)} ms${cpuOf(cliOneWithCa)}`);
  console.log(`  a folder of 100 fixture copies: wall ${msSpread(cliFolder.wall)} ms${cpuOf(cliFolder)}, exit ${cliFolder.last.exit} (${defaultJobs(100)} lanes, the default here)`);
  console.log(`  the same folder one file at a time (--jobs 1): wall ${msSpread(cliFolderOne.wall)} ms${cpuOf(cliFolderOne)}, exit ${cliFolderOne.last.exit}`);
  const mb = (x: number) => x.toFixed(0);
  console.log(`  the ${thousands(largeCells)}-cell department (${largeUnits} units), ${mem.wall.runs} runs: wall ${msSpread(mem.wall)} ms, peak RSS ${mem.peakMb === null ? '?' : `${mb(mem.peakMb.median)} MB (${mb(mem.peakMb.min)}–${mb(mem.peakMb.max)})`} (${haveTime ? '/usr/bin/time -v' : 'getrusage of the CLI process'}), exit ${mem.last.exit}`);
  console.log(`pane: first script ${pane.file === null ? 'not measured (run `npm run build`)' : `${pane.file} ${pane.kb?.toFixed(0)} KB minified, spreadsheet reader in it: ${pane.reader ? 'YES' : 'no'}`}`);

  // ---- targets
  const results: [boolean, string][] = [];
  const share = (f: FixtureRow) => (f.times.engine?.median ?? Infinity) / (f.times['parse exceljs']?.median ?? 0);
  const worstShare = fixtures.reduce((a, b) => (share(b) > share(a) ? b : a));
  results.push([share(worstShare) <= TARGET.engineShareOfParse, `engine ≤ ${pct(TARGET.engineShareOfParse)} of exceljs parse on every seed and real fixture (highest ${pct(share(worstShare))}, ${worstShare.name})`]);
  const seedRows = fixtures.filter((f) => f.seed);
  const slowSeed = seedRows.reduce((a, b) => ((b.times.engine?.median ?? 0) > (a.times.engine?.median ?? 0) ? b : a));
  results.push([(slowSeed.times.engine?.median ?? Infinity) < TARGET.seedEngineMs, `each seed's engine < ${TARGET.seedEngineMs} ms (slowest ${ms(slowSeed.times.engine?.median ?? NaN)} ms, ${slowSeed.name})`]);
  for (const s of [cells, projects]) {
    const worst = SCALE_STAGES.reduce((a, b) => (s.exponents[b] > s.exponents[a] ? b : a));
    results.push([
      s.exponents[worst] <= TARGET.exponent,
      `growth exponent ≤ ${TARGET.exponent} per stage over ${s.name === 'cells' ? '10k → 200k cells' : '100 → 2,000 projects'} (highest ${s.exponents[worst].toFixed(2)}, ${worst}; stages without GC pauses — the pauses ${Number.isFinite(s.exponents.gc) ? `grow with k ${s.exponents.gc.toFixed(2)}` : 'are too few to fit'}, the whole engine with k ${s.exponents.engine.toFixed(2)})`,
    ]);
  }
  const largest = cells.points[cells.points.length - 1];
  results.push([largest.cells >= 190000 && largest.times.engine < TARGET.largeEngineMs, `a 200k-cell department's engine < ${TARGET.largeEngineMs} ms (${thousands(largest.cells)} cells: ${ms(largest.times.engine)} ms)`]);
  const most = projects.points[projects.points.length - 1];
  results.push([most.projects >= 2000 && most.times['tie-out'] < TARGET.projectsTieOutMs, `2,000 projects' tie-out < ${TARGET.projectsTieOutMs} ms (${thousands(most.projects)} projects: ${ms(most.times['tie-out'])} ms)`]);
  results.push([cliOne.wall.median < TARGET.cliWallMs, `CLI wall time for one seed fixture < ${TARGET.cliWallMs} ms (${ms(cliOne.wall.median)} ms${cliOne.cpu ? `; CPU ${ms(cliOne.cpu.median)} ms` : ''})`]);
  results.push([cliFolder.wall.median < TARGET.folderWallMs, `a folder of 100 fixture copies < ${TARGET.folderWallMs / 1000} s (${(cliFolder.wall.median / 1000).toFixed(1)} s)`]);
  results.push([pane.kb !== null && pane.kb <= TARGET.paneFirstScriptKb && pane.reader === false, `the pane's first script ≤ ${TARGET.paneFirstScriptKb} KB, no spreadsheet reader in it (${pane.kb === null ? 'not measured: run npm run build' : `${pane.kb.toFixed(0)} KB, reader ${pane.reader ? 'in it' : 'not in it'}`})`]);
  results.push([mem.peakMb !== null && mem.peakMb.max < TARGET.peakMb && (mem.last.exit === 0 || mem.last.exit === 1), `peak memory for a 200k-cell workbook < ${TARGET.peakMb} MB on every run (${mem.peakMb === null ? 'not measured' : `highest ${mem.peakMb.max.toFixed(0)} MB of ${mem.peakMb.runs}`}, CLI exit ${mem.last.exit})`]);
  results.push([(narrativeRow.times.engine?.median ?? Infinity) < TARGET.narrativeEngineMs, `engine with a 20-page narrative < ${TARGET.narrativeEngineMs} ms (${ms(narrativeRow.times.engine?.median ?? NaN)} ms)`]);
  results.push([differing.length === 0, `exceljs and SheetJS give the same model on every fixture`]);
  console.log('\ntargets:');
  for (const [ok, text] of results) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${text}`);
  console.log(`\nbench took ${((wallNow() - started) / 1000).toFixed(0)} s`);
  fs.rmSync(TMP, { recursive: true, force: true });
  if (strict && results.some(([ok]) => !ok)) process.exitCode = 1;
}

function printSeries(s: Series): void {
  const stages = [...SCALE_STAGES, 'gc', 'engine'] as const;
  console.log(`\nscaling — ${s.name === 'cells' ? 'synthetic departments, 10 项 and 4 projects a unit' : 'one unit, 12 项, growing projects'} (median ms; each stage without the GC pauses inside it, gc = those pauses, engine = the whole run, pauses included)`);
  console.log(row([s.name === 'cells' ? 'units' : 'projects', 'cells', 'paragraphs', ...stages]));
  console.log(row(['---', '---:', '---:', ...stages.map(() => '---:')]));
  for (const p of s.points) console.log(row([p.label, thousands(p.cells), String(p.paragraphs), ...stages.map((k) => ms(p.times[k]))]));
  console.log(row([`exponent k (from ${thousands(s.from)} ${s.name})`, '', '', ...stages.map((k) => s.exponents[k].toFixed(2))]));
}

main().catch((e) => {
  console.error(e);
  fs.rmSync(TMP, { recursive: true, force: true });
  process.exit(1);
});
