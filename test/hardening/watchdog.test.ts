/**
 * The compiled CLI (lib/, built by `npm test` before jest) with its per-file worker: an expansion
 * bomb and a 1,000-sheet workbook get their message within the batch, under 500 MB, and a file
 * that runs past --timeout is stopped and reported as 检查超时 while the next file is checked; files checked
 * side by side (--jobs) give the same output as one at a time.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import { expansionBomb, manySheets, workbookOf } from '../support/hostile';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'budget-check.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'cli-output.schema.json'), 'utf8')));

/** Run the real binary; the preload reports the peak resident memory of the whole process (workers included). */
function runBin(args: string[]): { code: number | null; json: { files: { path: string; error: string | null; errorCode?: string; tables: unknown[] }[] }; maxRssMb: number; seconds: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-rss-'));
  const preload = path.join(dir, 'rss.js');
  fs.writeFileSync(preload, "process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));\n");
  const t = Date.now();
  const r = spawnSync(process.execPath, ['-r', preload, BIN, '--format', 'json', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const rss = /MAXRSS (\d+)/.exec(r.stderr);
  return { code: r.status, json: JSON.parse(r.stdout), maxRssMb: rss ? Number(rss[1]) / 1024 : NaN, seconds: (Date.now() - t) / 1000 };
}

const built = fs.existsSync(path.join(ROOT, 'lib', 'hosts', 'cli', 'check-worker.js'));
const maybe = built ? test : test.skip;

maybe('an expansion bomb and 1,000 sheets in a batch: their messages, the other files reported, under 500 MB', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-batch-'));
  const bomb = path.join(dir, '2-bomb.xlsx');
  const sheets = path.join(dir, '3-sheets.xlsx');
  fs.writeFileSync(bomb, await expansionBomb(450));
  fs.writeFileSync(sheets, manySheets(1000));
  const first = path.join(FIXTURES, '2023-huangpi-ybfwzx-budget.xlsx');
  const last = path.join(FIXTURES, '2025-caidian-ybj-budget.xlsx');
  const r = runBin([first, bomb, sheets, last]);
  expect(r.code).toBe(2);
  expect(validate(r.json)).toBe(true);
  const [a, b, c, d] = r.json.files;
  expect([a.error, d.error]).toEqual([null, null]);
  expect(a.tables.length).toBeGreaterThan(10);
  expect(d.tables.length).toBeGreaterThan(10);
  expect(b.errorCode).toBe('PART_TOO_LARGE');
  expect(b.error).toMatch(/解压后过大/);
  expect(c.errorCode).toBe('TOO_MANY_SHEETS');
  expect(r.maxRssMb).toBeLessThan(500);
  // the time is in the README (measured, not asserted: see `npm run bench` for speed)
  console.log(`bomb + 1,000 sheets batch: ${r.seconds.toFixed(1)} s, peak ${r.maxRssMb.toFixed(0)} MB`);
});

maybe('a file that runs past --timeout is reported as 检查超时 and the batch goes on', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-timeout-'));
  const big = path.join(dir, '1-big.xlsx');
  const rows: (string | number)[][] = [['一般公共预算支出表'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出']];
  // 200,000 rows (1M cells, half the per-sheet limit): far longer than the limit on any machine, while the
  // normal file beside it takes a fraction of it even on a loaded CI machine (the limit is not a speed test)
  for (let i = 0; i < 200_000; i++) rows.push([String(2010101 + i), `项目${i}`, 1, 1, 0]);
  fs.writeFileSync(big, workbookOf([['表5', rows]]));
  const next = path.join(FIXTURES, '2023-huangpi-ybfwzx-budget.xlsx');
  const last = path.join(FIXTURES, '2025-caidian-ybj-budget.xlsx');
  // two lanes (--jobs 2): the other lane checks the next files while the first is stopped, and its worker is replaced
  const r = runBin(['--jobs', '2', '--timeout', '3', big, next, last, next]);
  expect(r.code).toBe(2);
  expect(validate(r.json)).toBe(true);
  expect(r.json.files.map((f) => path.basename(f.path))).toEqual([big, next, last, next].map((f) => path.basename(f)));
  const [a, ...rest] = r.json.files;
  expect(a.errorCode).toBe('TIMEOUT');
  expect(a.error).toMatch(/^检查超时：超过 3 秒仍未完成.*可用 --timeout 调整时限/);
  for (const b of rest) {
    expect(b.error).toBeNull();
    expect(b.tables.length).toBeGreaterThan(10);
  }
});

maybe('a folder checked in 1, 2 or 3 lanes (--jobs): the same output, file for file', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-jobs-'));
  const seeds = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx'));
  // each seed twice, and a file that cannot be read, in the middle of the batch
  seeds.forEach((f, i) => {
    fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, `${i}a-${f}`));
    fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, `${i}b-${f}`));
  });
  fs.writeFileSync(path.join(dir, '2c-broken.xlsx'), 'not a workbook');
  const outputs = [1, 2, 3].map((j) => spawnSync(process.execPath, [BIN, '--format', 'json', '--jobs', String(j), dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  for (const o of outputs) expect(o.status).toBe(2);
  const files = JSON.parse(outputs[0].stdout).files as { path: string; error: string | null }[];
  expect(files).toHaveLength(2 * seeds.length + 1);
  expect(files.filter((f) => f.error !== null).map((f) => path.basename(f.path))).toEqual(['2c-broken.xlsx']);
  expect(outputs[1].stdout).toBe(outputs[0].stdout);
  expect(outputs[2].stdout).toBe(outputs[0].stdout);
});
