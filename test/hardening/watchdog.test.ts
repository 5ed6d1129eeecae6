/**
 * The compiled CLI (lib/, built by `npm test` before jest) with its per-file worker: an expansion
 * bomb and a 1,000-sheet workbook get their message within the batch, under 500 MB, and a file
 * that runs past --timeout is stopped and reported as 检查超时 while the next file is checked.
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
  const r = runBin(['--timeout', '3', big, next]);
  expect(r.code).toBe(2);
  expect(validate(r.json)).toBe(true);
  const [a, b] = r.json.files;
  expect(a.errorCode).toBe('TIMEOUT');
  expect(a.error).toMatch(/^检查超时：超过 3 秒仍未完成.*可用 --timeout 调整时限/);
  expect(b.error).toBeNull();
  expect(b.tables.length).toBeGreaterThan(10);
});
