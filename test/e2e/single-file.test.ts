/**
 * The one-file page (dist/budget-check.html), copied alone into an empty folder and opened
 * from file:// — no server — with the network blocked (offline, and every http(s) request
 * aborted and counted). It does what the standalone page does: check, preview, exports,
 * marked copy, draft (with its Word file) and autofix (with its corrected copy).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { analyseWorkbook } from '../../src/core/report';
import { findingRows } from '../../src/core/review/rows';
import { generateNarrative } from '../../src/core/narrative/generate';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';

const ROOT = path.join(__dirname, '..', '..');
const PAGE = path.join(ROOT, 'dist', 'budget-check.html');
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const CAIDIAN = path.join(ROOT, 'test', 'fixtures', '2025-caidian-ybj-budget.xlsx');

let dir: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const blocked: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(PAGE)) throw new Error('dist/budget-check.html 不存在：请先运行 npm run build');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-one-file-'));
  fs.copyFileSync(PAGE, path.join(dir, 'budget-check.html'));
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, offline: true });
  await context.route(/^https?:/, (route) => {
    blocked.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(pathToFileURL(path.join(dir, 'budget-check.html')).toString());
  await page.getByTestId('mode').waitFor();
}, 60000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function save(trigger: () => Promise<void>, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const file = path.join(dir, name);
  await download.saveAs(file);
  return file;
}

test('opens from file:// as the standalone page, its icon inlined', async () => {
  expect(page.url()).toMatch(/^file:\/\//);
  expect(await page.getByTestId('mode').textContent()).toBe('独立网页版');
  const icon = await page.locator('header img').getAttribute('src');
  expect(icon).toMatch(/^data:image\/png;base64,/);
});

test('check, preview, exports and marked copy, as the standalone page', async () => {
  const expected = analyseWorkbook(path.basename(CAIDIAN), await readWorkbookFile(CAIDIAN));
  await page.getByTestId('file-input').setInputFiles(CAIDIAN);
  await page.getByTestId('findings-total').waitFor({ timeout: 30000 });
  expect(Number(await page.getByTestId('findings-total').getAttribute('data-total'))).toBe(expected.findings.length);
  await page.getByTestId('finding').first().click();
  await page.getByTestId('sheet-preview').waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, 'one-file-page.png') });

  const xlsx = await save(async () => {
    await page.getByTestId('export').click();
    await page.getByTestId('export-xlsx').click();
  }, 'findings.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  // one row per root cause and per consequence under it (序号 1, 1.1, 1.2, 2 …)
  expect(wb.worksheets[0].rowCount).toBe(findingRows(expected, expected.findings).length + 1);

  const csv = await save(async () => {
    await page.getByTestId('export').click();
    await page.getByTestId('export-csv').click();
  }, 'findings.csv');
  expect(fs.readFileSync(csv, 'utf8').startsWith('\uFEFF')).toBe(true);

  const marked = await save(async () => {
    await page.getByTestId('export').click();
    await page.getByTestId('download-marked').click();
  }, 'marked.xlsx');
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(marked);
  expect(copy.worksheets.length).toBe((await readWorkbookFile(CAIDIAN)).sheets.length);
}, 90000);

test('autofix asks first, applies, re-checks; the corrected copy downloads', async () => {
  await page.getByTestId('fix-toggle').click();
  await page.getByTestId('fix-apply-all').click();
  await page.getByTestId('fix-confirm').waitFor();
  await page.getByTestId('fix-confirm-apply').click();
  await page.getByTestId('status').filter({ hasText: '已重新检查' }).waitFor({ timeout: 30000 });
  const corrected = await save(async () => {
    await page.getByTestId('export').click();
    await page.getByTestId('download-corrected').click();
  }, 'corrected.xlsx');
  const texts = (await readWorkbookFile(corrected)).sheets.flatMap((s) => s.rows.flat().map((c) => c?.text ?? ''));
  expect(texts.some((t) => t.includes('住房保障支出 22.48'))).toBe(true);
}, 90000);

test('draft: the same text as the engine, and its Word file', async () => {
  const expected = generateNarrative(await readWorkbookFile(CAIDIAN));
  await page.getByTestId('fix-undo').click(); // back to the workbook as given
  await page.getByTestId('status').filter({ hasText: '已撤销' }).waitFor({ timeout: 30000 });
  await page.getByTestId('generate').click();
  await page.getByTestId('draft').waitFor();
  const paragraphs = await page.getByTestId('draft-paragraph').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
  expect(paragraphs).toEqual(expected.sections.flatMap((s) => s.paragraphs));
  const docx = await save(() => page.getByTestId('draft-docx').click(), 'draft.docx');
  const { value } = await mammoth.extractRawText({ path: docx });
  expect(value).toContain(expected.title);
}, 90000);

test('nothing was fetched: no http(s) request at all, only the file itself and in-page data/blob URLs', () => {
  expect(blocked).toEqual([]);
  const outside = requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(outside).toEqual([]);
  expect(requests.filter((u) => u.startsWith('file:'))).toEqual([pathToFileURL(path.join(dir, 'budget-check.html')).toString()]);
});
