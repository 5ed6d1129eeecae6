/**
 * The narrative tools on the standalone page, in Debian's Chromium: the drafted 情况说明
 * (preview, reasons, Word download) and the autofix of a wrong narrative with undo.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { standaloneSuite } from './browser';
import { generateNarrative } from '../../src/core/narrative/generate';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const QINGSHAN = path.join(ROOT, 'test', 'fixtures', '2026-qingshan-ybfwzx-budget.xlsx');
const CAIDIAN = path.join(ROOT, 'test', 'fixtures', '2025-caidian-ybj-budget.xlsx');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-narrate-'));

const suite = standaloneSuite(DIST, ARTIFACTS);
const openPage = (width = 420): Promise<Page> => suite.page(width);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('生成说明: the draft equals the engine’s, a reason replaces its placeholder, and the Word file has the same text', async () => {
  const expected = generateNarrative(await readWorkbookFile(QINGSHAN));
  const page = await openPage();
  await page.getByTestId('file-input').setInputFiles(QINGSHAN);
  await page.getByTestId('findings-total').waitFor({ timeout: 30000 });
  await page.getByTestId('generate').click();
  await page.getByTestId('draft').waitFor();

  expect(await page.getByTestId('draft-section').count()).toBe(expected.sections.length);
  const paragraphs = await page.getByTestId('draft-paragraph').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
  expect(paragraphs).toEqual(expected.sections.flatMap((s) => s.paragraphs));
  await page.screenshot({ path: path.join(ARTIFACTS, 'draft.png') });

  // a reason typed once replaces the placeholder of that change sentence
  const reasons = page.getByTestId('draft-reason');
  if (expected.placeholders > 0 && (await reasons.count()) > 0) {
    const before = await page.getByTestId('draft-placeholders').textContent();
    await reasons.first().fill('主要是人员增加');
    await reasons.first().press('Enter');
    await page.waitForFunction((b) => document.querySelector('[data-testid="draft-placeholders"]')?.textContent !== b, before);
    const after = await page.getByTestId('draft-paragraph').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value).join('\n'));
    expect(after).toContain('主要是人员增加');
  }

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('draft-docx').click()]);
  expect(download.suggestedFilename()).toBe(`${expected.title}.docx`);
  const docx = path.join(tmp, 'draft.docx');
  await download.saveAs(docx);
  const { value } = await mammoth.extractRawText({ path: docx });
  const lines = value.split('\n').map((l) => l.trim()).filter(Boolean);
  expect(lines[0]).toBe(expected.title);
  for (const s of expected.sections) expect(lines).toContain(s.title);
  await page.close();
}, 90000);

test('自动改正: 全部改正 asks first, listing the changes; 住房保障支出 22.73 → 22.48 in the narrative, the finding goes, the page re-checks, and undo brings it back', async () => {
  const page = await openPage();
  await page.getByTestId('file-input').setInputFiles(CAIDIAN);
  await page.getByTestId('fix-panel').waitFor({ timeout: 30000 });
  const wrong = page.locator('[data-testid="finding"]', { hasText: '22.73' });
  expect(await wrong.count()).toBeGreaterThan(0);
  await page.getByTestId('fix-toggle').click();
  const fix = page.getByTestId('fix').filter({ hasText: '22.73' }).first();
  expect(await fix.textContent()).toContain('22.48');
  await page.screenshot({ path: path.join(ARTIFACTS, 'autofix.png') });

  const total = Number(await page.getByTestId('findings-total').getAttribute('data-total'));
  const fixes = await page.getByTestId('fix').count();
  // 全部改正 is not the primary action, and it asks first
  expect(await page.getByTestId('fix-apply-all').getAttribute('class')).not.toMatch(/primary/);
  await page.getByTestId('fix-apply-all').click();
  await page.getByTestId('fix-confirm').waitFor();
  const listed = await page.getByTestId('fix-confirm-item').allTextContents();
  expect(listed.length).toBeGreaterThanOrEqual(fixes);
  expect(listed.some((t) => t.includes('22.73 → 22.48'))).toBe(true);
  await page.screenshot({ path: path.join(ARTIFACTS, 'autofix-confirm.png') });
  // cancel changes nothing
  await page.getByTestId('fix-confirm-cancel').click();
  await page.getByTestId('fix-confirm').waitFor({ state: 'detached' });
  expect(await wrong.count()).toBeGreaterThan(0);
  await page.getByTestId('fix-apply-all').click();
  await page.getByTestId('fix-confirm-apply').click();
  const status = page.getByTestId('status').filter({ hasText: '已改正' });
  await status.waitFor({ timeout: 30000 });
  expect(await status.textContent()).toMatch(/已重新检查：情况说明错误 \d+ → \d+ 条/);
  expect(await wrong.count()).toBe(0);
  expect(Number(await page.getByTestId('findings-total').getAttribute('data-total'))).toBeLessThan(total);

  // the corrected copy: the narrative cell says 22.48, the original file is untouched
  await page.getByTestId('export').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-corrected').click()]);
  expect(download.suggestedFilename()).toBe('2025-caidian-ybj-budget-已改正.xlsx');
  const copy = await readWorkbookFile(await download.path());
  const texts = copy.sheets.flatMap((s) => s.rows.flat().map((c) => c?.text ?? ''));
  expect(texts.some((t) => t.includes('住房保障支出 22.48'))).toBe(true);
  expect(texts.some((t) => t.includes('住房保障支出 22.73'))).toBe(false);
  expect((await readWorkbookFile(CAIDIAN)).sheets.flatMap((s) => s.rows.flat().map((c) => c?.text ?? '')).some((t) => t.includes('22.73'))).toBe(true);

  await page.getByTestId('fix-undo').click();
  await page.getByTestId('status').filter({ hasText: '已撤销' }).waitFor({ timeout: 30000 });
  expect(Number(await page.getByTestId('findings-total').getAttribute('data-total'))).toBe(total);
  expect(await wrong.count()).toBeGreaterThan(0);
  await page.close();
}, 90000);
