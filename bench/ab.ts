/**
 * `npm run bench:ab -- <git ref>`: the engine of another commit against this checkout's, on this machine,
 * in the bench's condition (an exceljs parse of the file before every analyseWorkbook run).
 *
 * A change that makes the engine a few per cent faster cannot be seen by running `npm run bench` before and
 * after: the machine's speed drifts by more than that from one minute to the next. So the two builds run
 * side by side, in turns — one process of the old build, one of the new, again and again — and each file's
 * figure is the median over the processes of each process's median. First the two builds' reports of every
 * file are compared byte for byte: a speed-up that changes a finding is not a speed-up, and nothing is timed.
 *
 *   --rounds N    processes per build (default 6)
 *   --runs N      timed runs per file in each process, after 10 warm-up runs (default 60)
 *   --files a,b   the files (default: every seed and real document of test/fixtures)
 *   --no-parse    no exceljs parse before each run (the engine alone)
 *   --fresh       a file's first check: each run on a model converted afresh from a SheetJS parse (untimed)
 *                 with every memo of texts emptied (forgetTexts; the ref must have it: 24f1d96 or later),
 *                 as the bench's `engine, new texts` — what a CLI run gets; noisier (each run's new model)
 *
 * Each build is bundled with esbuild from its own sources (the other commit is checked out with
 * `git worktree` in a temporary folder, using this checkout's node_modules), so the comparison is of the
 * two commits' src/ and nothing else. Old against itself reads within ±1 % on the sum on a quiet 2-core machine.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { median } from './stats';

const ROOT = path.join(__dirname, '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

interface Options {
  ref: string;
  rounds: number;
  runs: number;
  files: string[];
  parse: boolean;
  fresh: boolean;
}

function options(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const flags = new Set(['--rounds', '--runs', '--files']);
  const ref = argv.find((a, i) => !a.startsWith('--') && !flags.has(argv[i - 1]));
  if (!ref) throw new Error('usage: npm run bench:ab -- <git ref> [--rounds 6] [--runs 60] [--files a.xlsx,b.xlsx] [--no-parse] [--fresh]');
  const all = [FIXTURES, path.join(FIXTURES, 'real')].flatMap((d) =>
    fs.readdirSync(d).filter((f) => f.endsWith('.xlsx')).sort().map((f) => path.join(d, f)),
  );
  const files = value('--files')?.split(',').map((f) => path.resolve(f)) ?? all;
  return { ref, rounds: Number(value('--rounds') ?? 6), runs: Number(value('--runs') ?? 60), files, parse: !argv.includes('--no-parse'), fresh: argv.includes('--fresh') };
}

/** The program each side runs: read every file, then time analyseWorkbook; prints {file: median ms}, or the reports. */
function sideSource(src: string): string {
  const j = (p: string) => JSON.stringify(path.join(src, p));
  return `
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import * as fs from 'fs';
import { analyseWorkbook } from ${j('src/core/report')};
import { readWorkbookFile } from ${j('src/hosts/xlsx/node')};
import { parseWithSheetJS, workbookFromSheetJS } from ${j('src/hosts/xlsx/sheetjs')};
import * as text from ${j('src/core/recognize/text')};
(async () => {
  const [mode, runsText, parseText, freshText, ...files] = process.argv.slice(2);
  const forget = (text as { forgetTexts?: () => void }).forgetTexts;
  if (freshText === '1' && !forget) throw new Error('--fresh: this commit has no forgetTexts (src/core/recognize/text.ts)');
  const books = [];
  for (const f of files) books.push({ f, wb: await readWorkbookFile(f), bytes: fs.readFileSync(f) });
  if (mode === 'report') {
    const out = {};
    for (const { f, wb } of books) out[f] = analyseWorkbook(f, wb, undefined, {});
    process.stdout.write(JSON.stringify(out));
    return;
  }
  const runs = Number(runsText), times = {};
  for (let i = 0; i < runs + 10; i++)
    for (const { f, wb: same, bytes } of books) {
      if (parseText === '1') await new ExcelJS.Workbook().xlsx.load(bytes);
      let wb = same;
      if (freshText === '1') {
        wb = workbookFromSheetJS(XLSX, parseWithSheetJS(XLSX, bytes), f);
        forget();
      }
      const a = performance.now();
      analyseWorkbook(f, wb, undefined, {});
      const t = performance.now() - a;
      if (i >= 10) (times[f] ??= []).push(t);
    }
  const out = {};
  for (const [f, t] of Object.entries(times)) { t.sort((x, y) => x - y); out[f] = t[t.length >> 1]; }
  process.stdout.write(JSON.stringify(out));
})();
`;
}

async function bundle(src: string, dir: string, name: string): Promise<string> {
  const entry = path.join(dir, `${name}.ts`);
  const out = path.join(dir, `${name}.js`);
  fs.writeFileSync(entry, sideSource(src));
  await esbuild.build({ entryPoints: [entry], outfile: out, bundle: true, platform: 'node', nodePaths: [path.join(ROOT, 'node_modules')], logLevel: 'error' });
  return out;
}

function runSide(script: string, args: string[]): string {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${path.basename(script)} failed: ${r.stderr}`);
  return r.stdout;
}

const pctChange = (a: number, b: number): string => `${b >= a ? '+' : ''}${((100 * (b - a)) / a).toFixed(1)} %`;

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-check-ab-'));
  const oldTree = path.join(tmp, 'old');
  execFileSync('git', ['worktree', 'add', '--quiet', '--detach', oldTree, o.ref], { cwd: ROOT, stdio: 'inherit' });
  try {
    if (o.fresh && !fs.readFileSync(path.join(oldTree, 'src/core/recognize/text.ts'), 'utf8').includes('export function forgetTexts')) {
      console.error(`--fresh: ${o.ref} has no forgetTexts (src/core/recognize/text.ts): its first check cannot be measured (24f1d96 or later can)`);
      process.exitCode = 1;
      return;
    }
    const oldJs = await bundle(oldTree, tmp, 'old');
    const newJs = await bundle(ROOT, tmp, 'new');
    const oldReports = JSON.parse(runSide(oldJs, ['report', '0', '0', '0', ...o.files]));
    const newReports = JSON.parse(runSide(newJs, ['report', '0', '0', '0', ...o.files]));
    const differ = o.files.filter((f) => JSON.stringify(oldReports[f]) !== JSON.stringify(newReports[f]));
    if (differ.length) {
      console.log(`reports differ on ${differ.length} of ${o.files.length} files (nothing timed):`);
      for (const f of differ) console.log(`  ${path.relative(ROOT, f)}`);
      process.exitCode = 1;
      return;
    }
    console.log(`${o.ref} → this checkout: reports identical on ${o.files.length} files; ${o.rounds} processes each, ${o.runs} runs a file${o.parse ? ', exceljs parse before each run' : ''}${o.fresh ? ', first check (a model converted afresh, memos of texts emptied)' : ''}, load ${os.loadavg()[0].toFixed(1)}`);
    const times: Record<'old' | 'new', Record<string, number>[]> = { old: [], new: [] };
    const args = ['time', String(o.runs), o.parse ? '1' : '0', o.fresh ? '1' : '0', ...o.files];
    for (let r = 0; r < o.rounds; r++) {
      times.old.push(JSON.parse(runSide(oldJs, args)));
      times.new.push(JSON.parse(runSide(newJs, args)));
    }
    let sumOld = 0;
    let sumNew = 0;
    const width = Math.max(...o.files.map((f) => path.basename(f).length));
    for (const f of o.files) {
      const a = median(times.old.map((t) => t[f]));
      const b = median(times.new.map((t) => t[f]));
      sumOld += a;
      sumNew += b;
      console.log(`  ${path.basename(f).padEnd(width)}  ${a.toFixed(3)} → ${b.toFixed(3)} ms  ${pctChange(a, b)}`);
    }
    console.log(`  ${'sum of the files'.padEnd(width)}  ${sumOld.toFixed(2)} → ${sumNew.toFixed(2)} ms  ${pctChange(sumOld, sumNew)}`);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', oldTree], { cwd: ROOT });
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
