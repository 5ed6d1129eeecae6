/**
 * The standalone page (built dist/, Debian's Chromium): the engine runs in a Web Worker, and
 * cell text, sheet names and file names are shown as text — a workbook named, titled and filled
 * with `<img src=x onerror=…>` runs no script and adds no element.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { standaloneSuite } from './browser';
import { readParts, zipParts } from '../support/zip';
import { xmlEscape } from '../support/hostile';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', '2025-caidian-ybj-budget.xlsx');
const suite = standaloneSuite(DIST, ARTIFACTS);

const XSS_SHEET = '<img src=x onerror=__xss=1>'; // 27 characters: sheet names have at most 31
const XSS_CELL = '<img src=x onerror=window.__xss=2>';

/** The fixture with its first table sheet renamed, and its title and unit texts replaced, to markup. */
async function hostileWorkbook(): Promise<string> {
  const parts = new Map<string, string | Uint8Array>(await readParts(fs.readFileSync(FIXTURE)));
  const dec = (n: string) => new TextDecoder().decode(parts.get(n) as Uint8Array);
  parts.set('xl/workbook.xml', dec('xl/workbook.xml').replace(/name="表1 收支总表"/, `name="${xmlEscape(XSS_SHEET)}"`));
  // every shared string naming the unit, and the first table's title, become markup
  parts.set('xl/sharedStrings.xml', dec('xl/sharedStrings.xml').replace(/蔡甸区医疗保障局/g, xmlEscape(XSS_CELL)).replace(/收支总表/, xmlEscape(`${XSS_CELL}收支总表`)));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-xss-'));
  const file = path.join(dir, '<img src=x onerror=window.__xss=3>.xlsx');
  fs.writeFileSync(file, zipParts(parts));
  return file;
}

test('the check runs in a Web Worker (check-worker.js) and gives the same report', async () => {
  const page = await suite.page(1000);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.getByTestId('file-input').setInputFiles(FIXTURE);
  await page.getByTestId('results').waitFor({ timeout: 60000 });
  expect(requests.some((u) => u.endsWith('/check-worker.js'))).toBe(true);
  expect(page.workers().length).toBeGreaterThan(0);
  expect(await page.getByTestId('document-facts').textContent()).toBe('预算 · 2025 年 · 蔡甸区医疗保障局 · 万元');
  await page.close();
}, 120000);

test('markup in file, sheet and cell names is shown as text and never runs', async () => {
  const file = await hostileWorkbook();
  const page = await suite.page(1000);
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByTestId('results').waitFor({ timeout: 60000 });
  await page.getByTestId('tables-toggle').click();
  // open the preview of several findings: quoted cells and sheet names are rendered there
  const findings = page.getByTestId('finding');
  const n = Math.min(await findings.count(), 12);
  for (let i = 0; i < n; i++) await findings.nth(i).click();
  const body = await page.evaluate(() => document.body.innerText);
  expect(body).toContain('<img src=x onerror');
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.evaluate(() => document.querySelectorAll('img[onerror], img[src="x"]').length)).toBe(0);
  await page.screenshot({ path: path.join(ARTIFACTS, 'standalone-markup-as-text.png'), fullPage: false });
  await page.close();
}, 120000);
