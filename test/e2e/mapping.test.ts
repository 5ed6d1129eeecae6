/**
 * 手动指定 on the standalone page: a column of figures the engine could not read is said out
 * loud (a notice and the list entry), the user gives its meaning, the page re-checks with it,
 * and the assignment is used again when the same file is checked later; a block that is no
 * known table can be given its kind.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { standaloneSuite } from './browser';
import { createSheet, makeCell, putCell, type Sheet } from '../../src/core/workbook';
import { writeWorkbook } from '../recognize/variants';

const ROOT = path.join(__dirname, '..', '..');
const suite = standaloneSuite(path.join(ROOT, 'dist'), path.join(ROOT, 'test', 'artifacts'));
const DONGXIHU = path.join(ROOT, 'test', 'fixtures', '2022-dongxihu-ybj-budget.xlsx');

/** A 支出总表 whose title and headers say nothing the recogniser knows. */
function oddSheet(): Sheet {
  const s = createSheet('附表A', 0);
  const rows: (string | number | null)[][] = [
    ['附表A'],
    ['编码', '名称', '总数', '甲', '乙'],
    [null, '合计', 100, 80, 20],
    ['208', '社会保障和就业支出', 100, 80, 25],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && putCell(s, makeCell({ row: i + 1, col: j + 1, value: v, numFmt: typeof v === 'number' ? '0.00' : undefined }))));
  return s;
}

test('an unread column: notice, assign its meaning, re-check, remembered for the file', async () => {
  const page = await suite.page(420);
  await page.getByTestId('file-input').setInputFiles(DONGXIHU);
  await page.getByTestId('results').waitFor({ timeout: 30000 });
  await page.getByTestId('unread-notice').waitFor();
  expect(await page.getByTestId('unread-notice').textContent()).toContain('3 列金额未能识别含义');
  await page.getByTestId('tables-toggle').click();
  const entry = page.getByTestId('unrecognised-item').filter({ hasText: '预算内资金' });
  expect(await entry.textContent()).toContain('未能对应的列（G5:G15）');
  await page.getByTestId('assign-column').nth(2).click();
  await page.getByTestId('mapping-choice').click();
  await page.getByRole('option', { name: '本年拨款 › 一般公共预算' }).click();
  await page.screenshot({ path: path.join(ROOT, 'test', 'artifacts', 'mapping-column.png') });
  await page.getByTestId('mapping-save').click();
  await page.getByText('已保存指定并重新检查。').waitFor({ timeout: 30000 });
  expect(await page.getByTestId('unread-notice').textContent()).toContain('2 列金额未能识别含义');
  // the same file checked again: the assignment is used
  await page.getByTestId('file-input').setInputFiles(DONGXIHU);
  await page.getByTestId('results').waitFor({ timeout: 30000 });
  await page.getByTestId('unread-notice').waitFor();
  expect(await page.getByTestId('unread-notice').textContent()).toContain('2 列金额未能识别含义');
  await page.close();
}, 120000);

test('a block that is no known table: give its kind, and its checks run', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bc-map-'));
  const file = path.join(dir, '附表.xlsx');
  await writeWorkbook({ source: file, sheets: [oddSheet()] }, file);
  const page = await suite.page(420);
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByTestId('results').waitFor({ timeout: 30000 });
  await page.getByTestId('tables-toggle').click();
  expect(await page.getByTestId('unrecognised-item').first().textContent()).toContain('未识别（A1:E4）');
  await page.getByTestId('assign-table').first().click();
  await page.getByTestId('mapping-choice').click();
  await page.getByRole('option', { name: '支出总表' }).click();
  await page.getByTestId('mapping-save').click();
  await page.getByText('已保存指定并重新检查。').waitFor({ timeout: 30000 });
  await page.getByTestId('tables-toggle').click({ trial: true }).catch(() => undefined);
  const item = page.getByTestId('table-item').first();
  await item.waitFor();
  expect(await item.textContent()).toContain('支出总表');
  expect(await item.textContent()).toContain('用户指定');
  await page.close();
  await fs.rm(dir, { recursive: true, force: true });
}, 120000);
