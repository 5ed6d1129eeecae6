/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * The task pane in Excel mode, rendered in jsdom against a fake Excel (test/hosts/excel-fake.ts):
 * 检查 → the findings of the open workbook; clicking one selects its cells; 标记到单元格 fills and
 * annotates them; 清除标记 restores the originals exactly; an accepted finding is stored in the
 * workbook's settings and is still accepted after the workbook is checked again.
 */
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));
jest.mock('../../src/hosts/excel/read', () => ({ readOpenWorkbook: jest.fn() }));

import * as path from 'path';
import * as React from 'react';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { analyseWorkbook } from '../../src/core/report';
import { findingRows } from '../../src/core/review/rows';
import { cellMarks, MARK_COLORS } from '../../src/core/review/marks';
import { SETTING_KEYS } from '../../src/hosts/excel/store';
import { readOpenWorkbook } from '../../src/hosts/excel/read';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import type { Workbook } from '../../src/core/workbook';
import { App } from '../../taskpane/App';
import { FakeExcel, NO_FILL, solid } from '../hosts/excel-fake';

const FIXTURE = path.join(__dirname, '..', 'fixtures', '2025-caidian-ybj-budget.xlsx');
/** The whole pane renders in jsdom (Fluent, 70 findings): slow on a busy machine. */
const PANE_TIMEOUT = 120000;
configure({ asyncUtilTimeout: 30000 });

let wb: Workbook;
let fake: FakeExcel;
const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };

beforeAll(async () => {
  // jsdom has no ResizeObserver (Fluent's tooltips and dialogs use it)
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
  wb = await readWorkbookFile(FIXTURE);
  (readOpenWorkbook as jest.Mock).mockImplementation(async () => wb);
});

beforeEach(() => {
  fake = new FakeExcel(
    '1.18',
    wb.sheets.map((s) => ({ name: s.name })),
  );
  g.Excel = { run: (fn: (ctx: Excel.RequestContext) => unknown) => fn(fake.context) };
  g.Office = { context: { requirements: { isSetSupported: (_: string, v: string) => fake.at(v as '1.18') } } };
  localStorage.clear();
});

afterAll(() => {
  delete g.Excel;
  delete g.Office;
});

function renderPane() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App mode="excel" />
    </FluentProvider>,
  );
}

async function check() {
  fireEvent.click(screen.getByTestId('check'));
  await waitFor(() => expect(screen.getByTestId('findings-total')).toBeTruthy(), { timeout: PANE_TIMEOUT / 2 });
}

const expected = () => analyseWorkbook('当前工作簿', wb);

test('检查 shows the open workbook’s findings; a click selects the finding’s cells', async () => {
  renderPane();
  await check();
  const report = expected();
  expect(Number(screen.getByTestId('findings-total').getAttribute('data-total'))).toBe(report.findings.length);
  const first = screen.getAllByTestId('finding')[0];
  fireEvent.click(first);
  await waitFor(() => expect(fake.selection).not.toBeNull());
  const f = report.findings.find((x) => x.message === within(first).getByTestId('finding-message').textContent)!;
  const cell = f.locations.find((l) => l.sheet && l.cell)!;
  expect(fake.active).toBe(cell.sheet);
  expect(fake.selection!.sheet).toBe(cell.sheet);
  expect(fake.selection!.address).toContain(cell.cell);
}, PANE_TIMEOUT);

test('标记到单元格 fills and annotates the flagged cells; 清除标记 restores them exactly', async () => {
  const marks = cellMarks(expected().findings);
  // one flagged cell already has a yellow fill and a note of the user's
  const own = marks[0];
  fake.cell(own.sheet, own.cell).fill = solid('#FFFF00');
  fake.cell(own.sheet, own.cell).note = '原有批注';
  const before = JSON.stringify(fake.snapshot());

  renderPane();
  await check();
  await act(async () => {
    fireEvent.click(screen.getByTestId('mark'));
  });
  await waitFor(() => expect(screen.getByTestId('status').textContent).toContain(`已标记 ${marks.length} 个单元格`));
  for (const m of marks) expect(fake.fillOf(m.sheet, m.cell).color).toBe(MARK_COLORS[m.severity]);
  expect(fake.cell(own.sheet, own.cell).note).toContain('原有批注');
  expect(fake.cell(own.sheet, own.cell).note).toContain('【预算审核】');
  expect(fake.settings.has(SETTING_KEYS.marks)).toBe(true);
  expect(screen.getByTestId('legend')).toBeTruthy();
  // values are never written
  expect(fake.writes.filter((w) => w.prop === 'values' || w.prop === 'formulas')).toEqual([]);

  await act(async () => {
    fireEvent.click(screen.getByTestId('more'));
  });
  await act(async () => {
    fireEvent.click(await screen.findByTestId('clear'));
  });
  await waitFor(() => expect(screen.getByTestId('status').textContent).toContain('已清除'));
  expect(JSON.stringify(fake.snapshot())).toBe(before);
  expect(fake.fillOf(marks[1].sheet, marks[1].cell)).toEqual(NO_FILL);
  expect(fake.settings.has(SETTING_KEYS.marks)).toBe(false);
}, PANE_TIMEOUT);

test('an accepted finding is stored in the workbook and stays accepted on the next check', async () => {
  const view = renderPane();
  await check();
  const total = expected().findings.length;
  fireEvent.click(within(screen.getAllByTestId('finding')[0]).getByTestId('accept'));
  const reason = await screen.findByTestId('accept-reason');
  fireEvent.change(reason.querySelector('textarea') ?? reason, { target: { value: '尾差，系统自动生成' } });
  fireEvent.change(screen.getByTestId('accept-by').querySelector('input') ?? screen.getByTestId('accept-by'), { target: { value: '李会计' } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('accept-confirm'));
  });
  await waitFor(() => expect(fake.settings.has(SETTING_KEYS.accepted)).toBe(true));
  const stored = JSON.parse(fake.settings.get(SETTING_KEYS.accepted)!) as { reason: string; by: string }[];
  expect(stored).toEqual([expect.objectContaining({ reason: '尾差，系统自动生成', by: '李会计' })]);
  view.unmount();

  // the workbook is opened again (same settings) and checked by another user
  fake = fake.reopen();
  renderPane();
  await check();
  expect(screen.getByTestId('findings-total').textContent).toContain(`待处理 ${total - 1} 条，已接受 1 条`);
  expect(screen.getByTestId('accepted-group')).toBeTruthy();
}, PANE_TIMEOUT);

/** The fake workbook with the fixture's values, for features that read cell text back. */
function fakeWithValues(): FakeExcel {
  const f = new FakeExcel(
    '1.18',
    wb.sheets.map((s) => ({
      name: s.name,
      cells: Object.fromEntries(s.rows.flat().filter((c): c is NonNullable<typeof c> => c !== null).map((c) => [c.address, { value: c.value, formula: c.formula ? `=${c.formula}` : c.value }])),
    })),
  );
  g.Excel = { run: (fn: (ctx: Excel.RequestContext) => unknown) => fn(f.context) };
  return f;
}

test('导出审核结果 writes the findings sheet with a link per finding', async () => {
  renderPane();
  await check();
  await act(async () => {
    fireEvent.click(screen.getByTestId('more'));
  });
  await act(async () => {
    fireEvent.click(await screen.findByTestId('export-sheet'));
  });
  await waitFor(() => expect(screen.getByTestId('status').textContent).toContain('审核结果'));
  const sheet = fake.sheet('审核结果');
  expect(sheet.cells.get('A1')?.value).toBe('序号');
  // one row per root cause and per consequence under it (序号 1, 1.1, 1.2, 2 …)
  const all = findingRows(expected(), expected().findings);
  const rows = all.length;
  // rows are written as one block of formulas: 序号, texts, and =HYPERLINK for 位置
  expect(String(sheet.cells.get(`A${rows + 1}`)?.formula)).toBe(all[rows - 1].values[0]);
  expect(sheet.cells.get(`A${rows + 2}`)).toBeUndefined();
  expect(String(sheet.cells.get('E2')?.formula)).toMatch(/^=HYPERLINK\("#'?[^"]+!/);
}, PANE_TIMEOUT);

test('自动改正 in Excel: 22.73 → 22.48 written into the narrative cell, and 撤销改正 restores the text', async () => {
  fake = fakeWithValues();
  const cell = wb.sheets.flatMap((s) => s.rows.flat().filter((c) => c && typeof c.value === 'string' && c.value.includes('22.73')).map((c) => ({ sheet: s.name, cell: c! })))[0];
  const original = cell.cell.value as string;
  renderPane();
  await check();
  fireEvent.click(within(screen.getByTestId('fix-toggle')).getByRole('button'));
  const fix = screen.getAllByTestId('fix').find((el) => el.textContent?.includes('22.73') && el.textContent.includes('22.48'))!;
  // the re-check reads the workbook again: let the reader see the corrected text
  (readOpenWorkbook as jest.Mock).mockImplementation(async () => withCellText(wb, cell.sheet, cell.cell.address, String(fake.cell(cell.sheet, cell.cell.address).value)));
  await act(async () => {
    fireEvent.click(within(fix).getByTestId('fix-apply'));
  });
  await waitFor(() => expect(screen.getByTestId('status').textContent).toContain('已改正 1 处'));
  const written = String(fake.cell(cell.sheet, cell.cell.address).value);
  expect(written).toBe(original.replace('22.73', '22.48'));
  expect(fake.settings.has(SETTING_KEYS.narrativeUndo)).toBe(true);

  await act(async () => {
    fireEvent.click(screen.getByTestId('fix-undo'));
  });
  await waitFor(() => expect(screen.getByTestId('status').textContent).toContain('已还原 1 个单元格'));
  expect(fake.cell(cell.sheet, cell.cell.address).value).toBe(original);
  (readOpenWorkbook as jest.Mock).mockImplementation(async () => wb);
}, PANE_TIMEOUT);

/** A copy of the workbook model with one cell's text replaced (what Excel would read after a write). */
function withCellText(w: Workbook, sheet: string, address: string, text: string): Workbook {
  return {
    ...w,
    sheets: w.sheets.map((s) =>
      s.name !== sheet ? s : { ...s, rows: s.rows.map((r) => r.map((c) => (c && c.address === address ? { ...c, value: text, text } : c))) },
    ),
  };
}

test('生成说明 → 写入新工作表: the draft lands in a new 情况说明 sheet, one paragraph per row', async () => {
  renderPane();
  await check();
  fireEvent.click(screen.getByTestId('generate'));
  await screen.findByTestId('draft');
  const paragraphs = screen.getAllByTestId('draft-paragraph').map((el) => (el.querySelector('textarea') ?? (el as HTMLTextAreaElement)).value);
  expect(paragraphs.length).toBeGreaterThan(10);
  await act(async () => {
    fireEvent.click(screen.getByTestId('draft-insert-sheet'));
  });
  await waitFor(() => expect(screen.getByTestId('draft-status').textContent).toContain('已写入工作表'));
  const name = /工作表“([^”]+)”/.exec(screen.getByTestId('draft-status').textContent ?? '')![1];
  expect(name).toMatch(/^情况说明/);
  const texts = [...fake.sheet(name).cells.values()].map((c) => String(c.value ?? c.formula ?? ''));
  for (const p of paragraphs.slice(0, 5)) expect(texts).toContain(p);
}, PANE_TIMEOUT);

test('生成说明 → 写入所选位置 over cells that are not empty: asks first; 取消 writes nothing, 覆盖 writes the draft', async () => {
  const sheet = wb.sheets[0].name;
  renderPane();
  await check();
  fake.selection = { sheet, address: 'H3' };
  fake.cell(sheet, 'H3').value = '原有内容';
  fireEvent.click(screen.getByTestId('generate'));
  await screen.findByTestId('draft');
  const first = (() => {
    const el = screen.getAllByTestId('draft-paragraph')[0];
    return (el.querySelector('textarea') ?? (el as HTMLTextAreaElement)).value;
  })();
  await act(async () => {
    fireEvent.click(screen.getByTestId('draft-insert-selection'));
  });
  // the question names the cells the draft would cover
  const title = await screen.findByText('覆盖已有内容？');
  expect(title.closest('.fui-DialogBody')?.textContent).toMatch(/所选位置已有 1 个非空单元格（H3）/);
  await act(async () => {
    fireEvent.click(screen.getByTestId('overwrite-cancel'));
  });
  await waitFor(() => expect(screen.getByTestId('draft-status').textContent).toContain('未写入：所选位置已有内容'));
  expect(fake.cell(sheet, 'H3').value).toBe('原有内容');
  await act(async () => {
    fireEvent.click(screen.getByTestId('draft-insert-selection'));
  });
  await act(async () => {
    fireEvent.click(await screen.findByTestId('overwrite-confirm'));
  });
  await waitFor(() => expect(screen.getByTestId('draft-status').textContent).toContain(`已写入工作表“${sheet}”`));
  // the draft starts at the selected cell (its title) and runs down column H
  expect(fake.cell(sheet, 'H3').value).not.toBe('原有内容');
  const column = [...fake.sheet(sheet).cells.entries()].filter(([a]) => /^H\d+$/.test(a)).map(([, c]) => String(c.value ?? ''));
  expect(column).toContain(first);
}, PANE_TIMEOUT);
