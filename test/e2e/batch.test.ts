/**
 * The standalone page's batch view (issue 17): a folder picked in the page (the five fixtures, one
 * of them also as .xls, and a file that is not a workbook) gives the summary table — one row per
 * workbook with 单位, 年度, 类型, errors and warnings as root causes — each row opens that file's
 * review, and the two downloads are the review workbook and the 审核意见 .zip. The files are checked side by
 * side, one Web Worker per lane (src/hosts/lanes.ts).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { standaloneSuite } from './browser';
import { analyseWorkbook, type FileReport } from '../../src/core/report';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';

const ROOT = path.join(__dirname, '..', '..');
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const SEEDS = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).sort();
const suite = standaloneSuite(path.join(ROOT, 'dist'), ARTIFACTS);

/** A district's folder: the fixtures, 蔡甸 also as the .xls LibreOffice saved, a note that is not a workbook. */
function districtFolder(): { dir: string; names: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-district-'));
  const folder = path.join(dir, '报送材料');
  fs.mkdirSync(path.join(folder, '旧格式'), { recursive: true });
  for (const f of SEEDS) fs.copyFileSync(path.join(FIXTURES, f), path.join(folder, f));
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures-xls', '2025-caidian-ybj-budget.xls'), path.join(folder, '旧格式', '2025-caidian-ybj-budget.xls'));
  fs.writeFileSync(path.join(folder, '说明.txt'), '报送说明');
  return { dir: folder, names: [...SEEDS, '2025-caidian-ybj-budget.xls'] };
}

test('a picked folder: summary table, a row opens its review, the two downloads', async () => {
  const page = await suite.page(1100);
  const { dir, names } = districtFolder();
  const expected = new Map<string, FileReport>();
  for (const f of SEEDS) expected.set(f, analyseWorkbook(f, await readWorkbookFile(path.join(FIXTURES, f))));

  const checkWorkers: string[] = [];
  page.on('worker', (w) => {
    if (w.url().endsWith('/check-worker.js')) checkWorkers.push(w.url());
  });
  await page.getByTestId('folder-input').setInputFiles(dir);
  await page.getByTestId('batch-summary').waitFor({ timeout: 60000 });
  const rows = page.getByTestId('batch-row');
  expect(await rows.count()).toBe(names.length);
  const cells = async (i: number) => rows.nth(i).locator('td').allTextContents();
  const heads = await page.getByTestId('batch-summary').locator('th').allTextContents();
  expect(heads).toEqual(['文件', '单位', '年度', '类型', '错误', '警告', '审核清单']);
  const byName = new Map<string, string[]>();
  for (let i = 0; i < names.length; i++) {
    const c = await cells(i);
    byName.set(c[0], c);
  }
  for (const f of SEEDS) {
    const r = expected.get(f)!;
    const count = (s: string) => String(r.findings.filter((x) => x.severity === s).length);
    // 审核清单: items not passed / items that apply, or 合格 passed / apply (from the report's checklist outcomes)
    const outcomes = (r.checklist ?? []).map((c) => c.outcome);
    const applicable = outcomes.filter((o) => o !== 'not-applicable').length;
    const failed = outcomes.filter((o) => o === 'fail').length;
    const checklist = failed ? `不合格 ${failed}/${applicable}` : `合格 ${outcomes.filter((o) => o === 'pass').length}/${applicable}`;
    expect(byName.get(f)).toEqual([f, r.document!.unit, String(r.document!.year), r.document!.kind === 'budget' ? '预算' : '决算', count('error'), count('warning'), checklist]);
  }
  // the .xls of 蔡甸 says the same as its .xlsx
  expect(byName.get('2025-caidian-ybj-budget.xls')!.slice(1)).toEqual(byName.get('2025-caidian-ybj-budget.xlsx')!.slice(1));
  expect(byName.get('2025-caidian-ybj-budget.xlsx')![4]).toBe('24');
  expect(await page.getByTestId('file-report').count()).toBe(0);
  // the files were checked side by side: one Web Worker per lane, a lane per processor (at most 4)
  const cpus = await page.evaluate(() => navigator.hardwareConcurrency || 1);
  expect(checkWorkers).toHaveLength(Math.min(4, cpus, names.length));
  // once the batch is done only the first lane's worker is kept (for re-checks)
  expect(page.workers().filter((w) => w.url().endsWith('/check-worker.js'))).toHaveLength(1);
  await page.screenshot({ path: path.join(ARTIFACTS, 'standalone-batch.png'), fullPage: true });

  // a row opens that file's review; its wrong year is one finding with the five sentences under it
  const caidian = names.indexOf('2025-caidian-ybj-budget.xlsx');
  const row = rows.filter({ hasText: '2025-caidian-ybj-budget.xlsx' });
  await row.click();
  await page.getByTestId('file-report').waitFor();
  expect(await page.getByTestId('file-report').count()).toBe(1);
  expect(await page.getByTestId('document-facts').textContent()).toBe('预算 · 2025 年 · 蔡甸区医疗保障局 · 万元');
  const year = page.locator('[data-testid="finding"][data-rule="narrative/year-labels"]').filter({ hasText: '年份写错' });
  expect(await year.getByTestId('finding-message').textContent()).toBe('年份写错：5 处把 2025 年写成 2024 年（这是 2025 年预算），应为 2025 年');
  await year.getByTestId('consequences-toggle').click();
  expect(await year.getByTestId('consequence').count()).toBe(5);
  expect(await year.getByTestId('consequence').first().textContent()).toContain('情况说明!A54');
  await year.screenshot({ path: path.join(ARTIFACTS, 'standalone-consequences.png') });
  // neither side known: both sides, no 应为
  const consistency = page.locator('[data-testid="finding"][data-rule="narrative/change-consistency"]');
  expect(await consistency.getByTestId('finding-values').textContent()).toBe('一边 16.25，另一边 16.12');
  await page.screenshot({ path: path.join(ARTIFACTS, 'standalone-batch-file.png'), fullPage: true });
  expect(caidian).toBeGreaterThanOrEqual(0);

  await page.getByTestId('back-to-summary').click();
  await page.getByTestId('batch-summary').waitFor();

  // the review workbook: 汇总, then per file its findings sheet and its 检查表 sheet
  const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-review-report').click()]);
  expect(report.suggestedFilename()).toBe(`审核结果-${names.length}个文件.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync((await report.path())!) as unknown as ExcelJS.Buffer);
  expect(wb.worksheets[0].name).toBe('汇总');
  expect(wb.worksheets.length).toBe(1 + 2 * names.length);
  expect(wb.worksheets.filter((w) => w.name.startsWith('检查表-')).length).toBe(names.length);
  expect(wb.getWorksheet('汇总')!.rowCount).toBe(1 + names.length);
  expect(wb.worksheets.map((w) => w.name)).toContain('2025-caidian-ybj-budget (2)');

  // the 检查表 alone (issue 16): one 检查表 sheet per file, 检查项 | 是否合格 | 问题 | 位置
  const [list] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-checklist').click()]);
  expect(list.suggestedFilename()).toBe(`检查表-${names.length}个文件.xlsx`);
  const lw = new ExcelJS.Workbook();
  await lw.xlsx.load(fs.readFileSync((await list.path())!) as unknown as ExcelJS.Buffer);
  expect(lw.worksheets.length).toBe(names.length);
  const listCells = lw.worksheets[0].getSheetValues().flat().filter((v): v is string => typeof v === 'string');
  expect(listCells).toEqual(expect.arrayContaining(['检查项', '是否合格', '问题', '位置']));

  // the opinions: one .docx per file in a .zip
  const [opinions] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-opinions').click()]);
  expect(opinions.suggestedFilename()).toBe(`审核意见-${names.length}个文件.zip`);
  const zip = await JSZip.loadAsync(fs.readFileSync((await opinions.path())!));
  expect(Object.keys(zip.files).sort()).toEqual(
    [...SEEDS.map((f) => f.replace(/\.xlsx$/, '-审核意见.docx')), '2025-caidian-ybj-budget-审核意见 (2).docx'].sort(),
  );
  const xml = await zip.file('2025-caidian-ybj-budget-审核意见.docx')!.async('uint8array');
  const inner = await JSZip.loadAsync(xml);
  expect(await inner.file('word/document.xml')!.async('string')).toContain('关于蔡甸区医疗保障局2025年部门预算公开材料的审核意见');
  await page.close();
}, 120000);
