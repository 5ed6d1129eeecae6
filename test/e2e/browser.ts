/** Launch Debian's Chromium through playwright-core (no browser download). */
import * as fs from 'fs';
import * as path from 'path';
import { serveDir, type StaticServer } from '../../scripts/static-server';
import { execSync } from 'child_process';
import { chromium, type Browser, type Page } from 'playwright-core';

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('which chromium || which chromium-browser', { encoding: 'utf8' }).trim().split('\n')[0];
  } catch {
    throw new Error('找不到 Chromium：请安装 Debian 的 chromium 软件包（apt-get install chromium），或设置 CHROMIUM_PATH。');
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh page on the standalone app (downloads allowed, page errors fail the test, storage cleared). */
export async function openStandalone(browser: Browser, baseUrl: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(`${baseUrl}/index.html`);
  await page.getByTestId('mode').waitFor();
  await page.evaluate(() => localStorage.clear());
  return page;
}

/**
 * A test file's standalone-page setup: serves the built dist/ on 127.0.0.1 and launches
 * Chromium before the tests, closes both after; `page(width)` opens a fresh page.
 */
export function standaloneSuite(dist: string, artifacts: string): { page: (width: number) => Promise<Page> } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error('dist/ 不存在：请先运行 npm run build');
    fs.mkdirSync(artifacts, { recursive: true });
    server = await serveDir(dist);
    browser = await launchChromium();
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { page: (width) => openStandalone(browser!, server!.url, width) };
}
