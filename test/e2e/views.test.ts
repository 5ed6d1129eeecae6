/**
 * The page at the task pane's width (350 px) and on a wide screen (1280 px), each view
 * screenshotted into test/artifacts/views/ (<view>-<width>.png) and measured:
 *  - 350 px: after a check the first finding is on the first screen (by element position);
 *    the command bar is one row with nothing cut off; every dialog fits the width;
 *  - 1280 px: 生成说明 takes the page (no stale preview beside it) and the autofix proposals
 *    open as a table beside the findings list.
 * Excel mode cannot run here (no Office): its command bar is measured with a stand-in Office
 * object that reports the Excel host, before any check.
 */
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import type { Locator, Page } from 'playwright-core';
import { standaloneSuite } from './browser';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const VIEWS = path.join(ARTIFACTS, 'views');
const CAIDIAN = path.join(ROOT, 'test', 'fixtures', '2025-caidian-ybj-budget.xlsx');
const NARROW = 350;
const WIDE = 1280;
const HEIGHT = 700;

const suite = standaloneSuite(DIST, ARTIFACTS);

beforeAll(() => fs.mkdirSync(VIEWS, { recursive: true }));

async function open(width: number): Promise<Page> {
  const page = await suite.page(width);
  await page.setViewportSize({ width, height: HEIGHT });
  return page;
}

async function shot(page: Page, view: string, width: number, top = false): Promise<void> {
  await page.mouse.move(width - 5, HEIGHT - 5); // no tooltip in the picture
  if (top) await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300); // let dialogs and accordions finish their motion
  await page.screenshot({ path: path.join(VIEWS, `${view}-${width}.png`) });
}

async function checked(width: number): Promise<Page> {
  const page = await open(width);
  await page.getByTestId('file-input').setInputFiles(CAIDIAN);
  await page.getByTestId('findings-total').waitFor({ timeout: 30000 });
  return page;
}

async function box(l: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await l.boundingBox();
  if (!b) throw new Error('element not visible');
  return b;
}

/** The command bar is one row and shows every command in full. */
async function expectOneRow(page: Page): Promise<void> {
  const bar = page.getByTestId('command-bar');
  // (Fluent's focus guards are 1-px elements)
  const tops = await bar.locator(':scope > *').evaluateAll((els) =>
    els.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 1 && r.height > 1).map((r) => Math.round(r.top)),
  );
  expect(tops.length).toBeGreaterThan(3);
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(2);
  const fits = await bar.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, height: el.getBoundingClientRect().height }));
  expect(fits.scroll).toBeLessThanOrEqual(fits.client);
  expect(fits.height).toBeLessThan(48);
}

/** A dialog and everything in it lie within the page's width; the page does not scroll sideways. */
async function expectFits(page: Page, surface: Locator, width: number): Promise<void> {
  const b = await box(surface);
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width).toBeLessThanOrEqual(width);
  const outside = await surface.locator('input, textarea, button, [role="combobox"], label').evaluateAll(
    (els, w) =>
      els
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.left < 0 || r.right > (w as number) + 0.5))
        .map(({ e, r }) => `${e.tagName} ${(e.textContent ?? '').slice(0, 20)} ${Math.round(r.left)}–${Math.round(r.right)}`),
    width,
  );
  expect(outside).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

describe('350 px (the task pane)', () => {
  test('start: the empty page, the command bar in one row', async () => {
    const page = await open(NARROW);
    await expectOneRow(page);
    await shot(page, 'start', NARROW);
    await page.close();
  }, 60000);

  test('review: after a check the first finding is on the first screen, below one line of counts', async () => {
    const page = await checked(NARROW);
    await expectOneRow(page);
    const first = page.getByTestId('finding').first();
    const b = await box(first);
    expect(b.y).toBeGreaterThan(0);
    expect(b.y + Math.min(b.height, 60)).toBeLessThanOrEqual(HEIGHT);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // the counts are one line; the tie-out and the autofix are one line each until opened
    expect((await box(page.getByTestId('summary'))).height).toBeLessThan(24);
    expect((await box(page.getByTestId('narrative-summary-toggle'))).height).toBeLessThan(40);
    expect((await box(page.getByTestId('fix-toggle'))).height).toBeLessThan(40);
    expect(await page.getByTestId('narrative-coverage').count()).toBe(0);
    expect(await page.getByTestId('fix').count()).toBe(0);
    await shot(page, 'review', NARROW);

    await first.click();
    await page.getByTestId('sheet-preview').waitFor();
    await shot(page, 'preview', NARROW);

    await page.getByTestId('narrative-summary-toggle').click();
    await page.getByTestId('narrative-coverage').waitFor();
    await page.getByTestId('narrative-summary-toggle').scrollIntoViewIfNeeded();
    await shot(page, 'narrative', NARROW);
    await page.close();
  }, 90000);

  test('检查表 beside the findings: its tab on the first screen; every applicable item with its outcome, 不适用 in one line; a 不合格 item leads to its finding', async () => {
    const page = await checked(NARROW);
    const tab = page.getByTestId('tab-checklist');
    const t = await box(tab);
    expect(t.y + t.height).toBeLessThanOrEqual(HEIGHT);
    // (Fluent prints a tab's label twice: the second reserves the width of the bold one)
    expect(await tab.textContent()).toMatch(/^(检查表 不合格 \d+\/\d+)+$/);
    await tab.click();
    await page.getByTestId('checklist').waitFor();
    expect(await page.getByTestId('finding').count()).toBe(0);
    const items = page.getByTestId('checklist-item');
    const outcomes = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-outcome')));
    expect(outcomes.length).toBeGreaterThan(10);
    expect(outcomes).not.toContain('not-applicable');
    expect(outcomes).toContain('fail');
    // issue 16: every item of this 预算 (S004) can be checked now
    expect(outcomes).toContain('pass');
    expect(await page.getByTestId('checklist-head').textContent()).toMatch(/^不合格 \d+ 项（已检查 \d+\/\d+ 项/);
    await expectFits(page, page.getByTestId('checklist'), NARROW);
    await shot(page, 'checklist', NARROW);
    await page.locator('[data-testid="checklist-item"][data-outcome="fail"]', { hasText: '目录与正文标题' }).click();
    await page.getByTestId('finding').first().waitFor();
    expect(await page.getByTestId('checklist').count()).toBe(0);
    await page.close();
  }, 90000);

  test('检查表 counts accepted findings as cleared: accepting the only problem of an item makes it 合格', async () => {
    const page = await checked(NARROW);
    await page.getByTestId('tab-checklist').click();
    const numbers = page.locator('[data-testid="checklist-item"]', { hasText: '数字书写规范' });
    expect(await numbers.getAttribute('data-outcome')).toBe('fail');
    const before = (await page.getByTestId('checklist-head').textContent()) ?? '';
    const failed = Number(/^不合格 (\d+) 项/.exec(before)?.[1]);
    await page.getByTestId('tab-findings').click();
    // S004 “培训费01.74”: the one problem of the item 数字书写规范
    const finding = page.getByTestId('finding').filter({ hasText: '01.74' }).first();
    await finding.getByTestId('accept').click();
    await page.getByTestId('accept-reason').fill('原文如此，已与编制单位核实');
    await page.getByTestId('accept-confirm').click();
    await page.getByTestId('accepted-group').waitFor();
    await page.getByTestId('tab-checklist').click();
    expect(await numbers.getAttribute('data-outcome')).toBe('pass');
    expect(await numbers.getByTestId('checklist-reason').textContent()).toBe('已接受 1 个问题（出错说明）');
    expect(await page.getByTestId('checklist-head').textContent()).toMatch(new RegExp(`^不合格 ${failed - 1} 项`));
    expect(await page.getByTestId('tab-checklist').textContent()).toMatch(new RegExp(`^(检查表 不合格 ${failed - 1}/\\d+)+$`));
    // the 审核意见 says the same: the item is no longer among those not passed
    const [opinion] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-opinions').click()]);
    const xml = await (await JSZip.loadAsync(fs.readFileSync((await opinion.path())!))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
    expect(text).toContain('审核清单未通过事项');
    expect(text).toMatch(new RegExp(`不合格 ${failed - 1} 项`));
    expect(text.split('\n').filter((p) => p.includes('数字书写规范') && p.includes('不合格：'))).toEqual([]);
    await page.close();
  }, 90000);

  test('autofix: collapsed behind its counts; opened, the proposals; 全部改正 asks first in a dialog that fits', async () => {
    const page = await checked(NARROW);
    await page.getByTestId('fix-toggle').click();
    await page.getByTestId('fix').first().waitFor();
    await page.getByTestId('fix-toggle').scrollIntoViewIfNeeded();
    await shot(page, 'autofix', NARROW);
    await page.getByTestId('fix-apply-all').click();
    const dialog = page.getByTestId('fix-confirm');
    await dialog.waitFor();
    await expectFits(page, dialog, NARROW);
    await shot(page, 'autofix-confirm', NARROW);
    await page.close();
  }, 90000);

  test('dialogs fit: 设置 (年度 field whole) and 接受', async () => {
    const page = await checked(NARROW);
    await page.getByTestId('open-settings').click();
    const settings = page.getByTestId('settings-surface');
    await settings.waitFor();
    await expectFits(page, settings, NARROW);
    const year = await box(page.getByTestId('settings-year'));
    expect(year.x + year.width).toBeLessThanOrEqual(NARROW);
    expect(year.width).toBeGreaterThan(80);
    await shot(page, 'settings', NARROW);
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'detached' });

    await page.getByTestId('finding').first().getByTestId('accept').click();
    const accept = page.getByTestId('accept-surface');
    await accept.waitFor();
    await expectFits(page, accept, NARROW);
    await shot(page, 'accept', NARROW);
    await page.close();
  }, 90000);

  test('draft: one column', async () => {
    const page = await checked(NARROW);
    await page.getByTestId('generate').click();
    await page.getByTestId('draft').waitFor();
    expect(await page.getByTestId('draft-wide').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW);
    await expectOneRow(page);
    await shot(page, 'draft', NARROW, true);
    await page.close();
  }, 90000);

  test('Excel mode (stand-in Office object): the command bar in one row', async () => {
    const page = await open(NARROW);
    await page.addInitScript(() => {
      (window as unknown as { Office: unknown }).Office = { HostType: { Excel: 'Excel' }, onReady: () => Promise.resolve({ host: 'Excel' }) };
    });
    await page.reload();
    await page.getByTestId('check').waitFor();
    expect(await page.getByTestId('mode').textContent()).toBe('Excel');
    await expectOneRow(page);
    await shot(page, 'excel-start', NARROW);
    await page.close();
  }, 60000);
});

describe('1280 px', () => {
  test('review and preview: the preview beside the list', async () => {
    const page = await checked(WIDE);
    await shot(page, 'review', WIDE);
    await page.getByTestId('finding').first().click();
    await page.getByTestId('sheet-preview').waitFor();
    await shot(page, 'preview', WIDE);
    await page.getByTestId('narrative-summary-toggle').click();
    await page.getByTestId('narrative-coverage').waitFor();
    await shot(page, 'narrative', WIDE);
    await page.getByTestId('finding').first().getByTestId('accept').click();
    await page.getByTestId('accept-surface').waitFor();
    await shot(page, 'accept', WIDE);
    await page.close();
  }, 90000);

  test('draft: the wide layout takes the page, and the preview of a selected finding does not stay beside it', async () => {
    const page = await checked(WIDE);
    await page.getByTestId('finding').first().click();
    await page.getByTestId('sheet-preview').waitFor();
    await page.getByTestId('generate').click();
    const wide = page.getByTestId('draft-wide');
    await wide.waitFor();
    expect((await box(wide)).width).toBeGreaterThan(900);
    expect(await page.getByTestId('sheet-preview').count()).toBe(0);
    // nothing sticks out: the side column and the placeholder count are within the page
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDE);
    const badge = await box(page.getByTestId('draft-placeholders'));
    expect(badge.x + badge.width).toBeLessThanOrEqual(WIDE);
    await shot(page, 'draft', WIDE, true);
    await page.close();
  }, 90000);

  test('autofix: the proposals as a table beside the list; the confirmation', async () => {
    const page = await checked(WIDE);
    await page.getByTestId('fix-toggle').click();
    const table = page.getByTestId('fix-wide');
    await table.waitFor();
    const b = await box(table);
    expect(b.width).toBeGreaterThan(600);
    expect(b.x).toBeGreaterThan(400); // beside the 420-px list
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDE);
    expect(await table.getByTestId('fix').count()).toBeGreaterThan(5);
    await shot(page, 'autofix', WIDE);
    await page.getByTestId('fix-apply-all').click();
    await page.getByTestId('fix-confirm').waitFor();
    await shot(page, 'autofix-confirm', WIDE);
    await page.keyboard.press('Escape');
    await page.getByTestId('open-settings').click();
    await page.getByTestId('settings-surface').waitFor();
    await shot(page, 'settings', WIDE);
    await page.close();
  }, 90000);

  test('start', async () => {
    const page = await open(WIDE);
    await shot(page, 'start', WIDE);
    await page.close();
  }, 60000);
});
