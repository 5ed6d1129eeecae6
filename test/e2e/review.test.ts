/**
 * The review workflow on the standalone page, for every seed fixture, in Debian's Chromium:
 * the findings count equals the CLI's, clicking a finding highlights its cells in the sheet
 * preview, and the marked copy keeps every value and carries the marks. Screenshots of the
 * pane go to test/artifacts/.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { standaloneSuite } from './browser';
import { cellMarks, MARK_COLORS, NOTE_HEADER } from '../../src/core/review/marks';
import type { RunReport } from '../../src/core/report';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const SEEDS = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).sort();

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-review-'));

/** What the CLI reports for a file (the public JSON contract). */
function cliReport(file: string): RunReport {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'budget-check.js'), '--format', 'json', file], { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`CLI failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as RunReport;
}

/** "FFC7CE" from "#FFC7CE", exceljs argb "FFFFC7CE" → "FFC7CE". */
const rgb = (argb: string | undefined) => (argb ?? '').slice(-6).toUpperCase();

const suite = standaloneSuite(DIST, ARTIFACTS);
const openPage = (width = 1280): Promise<Page> => suite.page(width);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe.each(SEEDS)('%s', (seed) => {
  const file = path.join(FIXTURES, seed);
  const expected = cliReport(file).files[0];

  test('findings count = CLI, a click highlights the cells, the marked copy keeps the values', async () => {
    const page = await openPage();
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('findings-total').waitFor({ timeout: 30000 });

    // 1. the same number of findings as the CLI, in the total line and in the group badges
    expect(Number(await page.getByTestId('findings-total').getAttribute('data-total'))).toBe(expected.findings.length);
    const badges = await page.getByTestId('finding-group').locator('.fui-Badge').allTextContents();
    expect(badges.map(Number).reduce((a, b) => a + b, 0)).toBe(expected.findings.length);

    // 2. clicking the first finding that points at a cell shows it highlighted in the preview
    const items = page.getByTestId('finding');
    const n = await items.count();
    expect(n).toBeGreaterThan(0);
    let clicked = false;
    for (let i = 0; i < n && !clicked; i++) {
      const rule = await items.nth(i).getAttribute('data-rule');
      const message = (await items.nth(i).getByTestId('finding-message').textContent()) ?? '';
      const f = expected.findings.find((x) => x.rule === rule && x.message === message);
      const cell = f?.locations.find((l) => l.sheet && l.cell);
      if (!f || !cell) continue;
      await items.nth(i).click();
      const preview = page.getByTestId('sheet-preview');
      await preview.waitFor();
      // every sheet the finding involves is shown, with its cells highlighted
      const sheets = [...new Set(f.locations.filter((l) => l.sheet && l.cell).map((l) => l.sheet))].slice(0, 3);
      expect(await preview.getByTestId('preview-sheet').evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet')))).toEqual(sheets);
      const grid = preview.locator(`[data-testid="preview-sheet"][data-sheet="${cell.sheet}"]`);
      const highlighted = await grid.locator('[data-highlighted="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell')));
      expect(highlighted).toContain(cell.cell.split(':')[0].replace(/\$/g, ''));
      expect(await items.nth(i).getAttribute('aria-pressed')).toBe('true');
      clicked = true;
    }
    expect(clicked).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, `review-${seed.replace(/\.xlsx$/, '')}.png`) });

    // 3. the marked copy: every value unchanged, the marks of cellMarks present
    await page.getByTestId('export').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-marked').click()]);
    expect(download.suggestedFilename()).toBe(seed.replace(/\.xlsx$/, '-已标记.xlsx'));
    const copyPath = path.join(tmp, download.suggestedFilename());
    await download.saveAs(copyPath);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(file);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(copyPath);
    expect(copy.worksheets.map((w) => w.name)).toEqual(original.worksheets.map((w) => w.name));
    for (const ws of original.worksheets) {
      const cws = copy.getWorksheet(ws.name)!;
      ws.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          expect([ws.name, cell.address, cws.getCell(r, c).value]).toEqual([ws.name, cell.address, cell.value]);
        }),
      );
    }
    const marks = cellMarks(expected.findings);
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) {
      const c = copy.getWorksheet(m.sheet)!.getCell(m.cell);
      const fill = c.fill as { fgColor?: { argb?: string } } | undefined;
      expect([m.sheet, m.cell, rgb(fill?.fgColor?.argb)]).toEqual([m.sheet, m.cell, MARK_COLORS[m.severity].slice(1)]);
      const note = typeof c.note === 'string' ? c.note : (c.note?.texts ?? []).map((t) => t.text).join('');
      expect(note).toContain(NOTE_HEADER);
    }
    // the original file is untouched
    expect(fs.readFileSync(file).equals(fs.readFileSync(file))).toBe(true);
    await page.close();
  }, 90000);
});

test('narrow pane (350 px): accept a finding with a reason; it moves to the accepted group and stays after a re-check', async () => {
  const file = path.join(FIXTURES, '2025-caidian-ybj-budget.xlsx');
  const expected = cliReport(file).files[0];
  const page = await openPage(360);
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByTestId('findings-total').waitFor({ timeout: 30000 });
  await page.screenshot({ path: path.join(ARTIFACTS, 'review-narrow.png'), fullPage: false });

  const first = page.getByTestId('finding').first();
  const message = (await first.getByTestId('finding-message').textContent()) ?? '';
  // keyboard: a finding is a focusable button; Enter selects it and shows its cells
  await first.focus();
  await page.keyboard.press('Enter');
  expect(await first.getAttribute('aria-pressed')).toBe('true');
  await page.getByTestId('sheet-preview').waitFor();
  await first.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ARTIFACTS, 'review-narrow-preview.png') });
  await first.getByTestId('accept').click();
  await page.getByTestId('accept-reason').fill('尾差，系统自动生成');
  await page.getByTestId('accept-by').fill('张会计');
  await page.getByTestId('accept-confirm').click();
  await page.getByTestId('accepted-group').waitFor();
  expect(await page.getByTestId('findings-total').textContent()).toContain(`待处理 ${expected.findings.length - 1} 条，已接受 1 条`);
  await page.getByTestId('accepted-group').click();
  const reason = await page.getByTestId('accepted-reason').first().textContent();
  expect(reason).toContain('理由：尾差，系统自动生成 — 张会计');
  expect(await page.getByTestId('accepted-finding').first().textContent()).toContain(message);
  await page.screenshot({ path: path.join(ARTIFACTS, 'review-accepted.png'), fullPage: true });

  // a re-check with the same values keeps it accepted
  await page.getByTestId('recheck').click();
  await page.getByTestId('accepted-group').waitFor({ timeout: 30000 });
  expect(await page.getByTestId('findings-total').textContent()).toContain('已接受 1 条');
  await page.close();
}, 90000);

test('settings: turning 尾差 off removes the rounding findings, and is remembered for the file', async () => {
  const file = path.join(FIXTURES, '2026-qingshan-ybfwzx-budget.xlsx');
  const expected = cliReport(file).files[0];
  // hiding 尾差 also hides the 尾差 statement finding (nothing to state)
  const rounding = expected.findings.filter((f) => f.category === 'rounding' || f.rule === 'compliance/rounding-statement').length;
  const page = await openPage();
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByTestId('findings-total').waitFor({ timeout: 30000 });
  await page.getByTestId('open-settings').click();
  await page.getByTestId('settings').waitFor();
  await page.waitForTimeout(400); // let the dialog finish fading in
  await page.screenshot({ path: path.join(ARTIFACTS, 'review-settings.png') });
  await page.getByTestId('rounding-switch').click();
  await page.getByTestId('settings-save').click();
  await page.getByTestId('status').filter({ hasText: '设置已保存' }).waitFor({ timeout: 30000 });
  expect(Number(await page.getByTestId('findings-total').getAttribute('data-total'))).toBe(expected.findings.length - rounding);
  // the same file chosen again: the setting is still applied
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByTestId('findings-total').waitFor({ timeout: 30000 });
  expect(Number(await page.getByTestId('findings-total').getAttribute('data-total'))).toBe(expected.findings.length - rounding);
  await page.close();
}, 90000);
