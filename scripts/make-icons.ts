/**
 * Renders the add-in icons from assets/icon.svg with headless Chromium.
 *   npx tsx scripts/make-icons.ts
 * The PNGs are checked in; CI does not regenerate them. Sizes up to
 * SMALL_MAX use assets/icon-16.svg, a pixel-grid variant that stays legible.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const ASSETS = path.resolve(__dirname, '..', 'assets');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Output file name → pixel size. */
const ICONS: ReadonlyArray<{ file: string; size: number }> = [
  { file: 'icon-16.png', size: 16 },
  { file: 'icon-32.png', size: 32 },
  { file: 'icon-64.png', size: 64 },
  { file: 'icon-80.png', size: 80 },
  { file: 'icon-128.png', size: 128 },
  { file: 'logo-filled.png', size: 300 },
];

const SMALL_MAX = 16;

function svgFor(size: number): string {
  const name = size <= SMALL_MAX ? 'icon-16.svg' : 'icon.svg';
  return readFileSync(path.join(ASSETS, name), 'utf8');
}

/** A page that shows only the SVG, scaled to size × size, on a transparent background. */
function pageHtml(svg: string, size: number): string {
  const css = `html,body{margin:0;padding:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}`;
  return `<!doctype html><html><head><style>${css}</style></head><body>${svg}</body></html>`;
}

async function renderIcon(browser: Browser, svg: string, size: number, out: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  try {
    await page.setContent(pageHtml(svg, size));
    await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const { file, size } of ICONS) {
      const out = path.join(ASSETS, file);
      await renderIcon(browser, svgFor(size), size, out);
      console.log(`已生成 ${path.relative(process.cwd(), out)} (${size}×${size})`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error('图标生成失败：', err);
  process.exit(1);
});
