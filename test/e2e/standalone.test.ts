/**
 * The standalone page, built (`npm run build`) and served on 127.0.0.1, loads a workbook
 * chosen in its file input in Debian's Chromium and shows its sheets.
 * Screenshots go to test/artifacts/.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { serveDir, type StaticServer } from '../../scripts/static-server';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', '2023-huangpi-ybfwzx-budget.xlsx');
const BAD = path.join(ROOT, 'test', 'bad-inputs', 'legacy-97-2003.xls');

let server: StaticServer;
let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ 不存在：请先运行 npm run build');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  server = await serveDir(DIST);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 360, height: 900 } });
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(`${server.url}/index.html`);
}, 60000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('standalone mode is detected and the empty state is shown', async () => {
  await page.getByTestId('mode').waitFor();
  expect(await page.getByTestId('mode').textContent()).toBe('独立网页版');
  expect(await page.getByText('选择一个或多个部门预算/决算公开工作簿').count()).toBe(1);
});

test('a workbook chosen in the file input shows its facts and sheets', async () => {
  const expected = (await readWorkbookFile(FIXTURE)).sheets.map((s) => s.name);
  await page.getByTestId('file-input').setInputFiles(FIXTURE);
  await page.getByTestId('results').waitFor({ timeout: 30000 });
  const names = await page.getByTestId('sheet-item').locator('span[title]').allTextContents();
  expect(names).toEqual(expected);
  const kinds = await page.getByTestId('table-item').locator('span').first().allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  expect(await page.getByTestId('table-item').count()).toBe(13);
  expect(await page.getByTestId('table-item').nth(3).textContent()).toContain('支出总表');
  expect(await page.getByTestId('document-facts').textContent()).toBe('预算 · 2023 年 · 黄陂区医疗保障服务中心 · 万元');
  await page.screenshot({ path: path.join(ARTIFACTS, 'standalone-sheets.png'), fullPage: true });
}, 60000);

test('an .xls file gets the Chinese message, not a crash', async () => {
  await page.getByTestId('file-input').setInputFiles(BAD);
  await page.getByText('无法读取：这是旧版 Excel 97-2003 工作簿（.xls）').waitFor({ timeout: 30000 });
  await page.screenshot({ path: path.join(ARTIFACTS, 'standalone-error.png'), fullPage: true });
}, 60000);

test('an old EdgeHTML webview gets the plain-HTML message instead of the React app', async () => {
  const ctx = await browser.newContext({
    viewport: { width: 360, height: 400 },
    userAgent:
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041',
  });
  const old = await ctx.newPage();
  await old.goto(`${server.url}/taskpane.html`).catch(() => undefined);
  await old.getByText('当前 Office 使用的浏览器内核（Internet Explorer / 旧版 Edge）过旧').waitFor();
  expect(await old.getByTestId('mode').count()).toBe(0);
  await old.screenshot({ path: path.join(ARTIFACTS, 'old-webview.png') });
  await ctx.close();
}, 60000);

test('the page makes no request outside 127.0.0.1', () => {
  const outside = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:') && !u.startsWith('blob:'));
  expect(outside).toEqual([]);
});
