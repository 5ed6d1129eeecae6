/**
 * 导出审核结果: a findings sheet from real findings (2025 蔡甸 budget fixture) written to a fake
 * Excel in a bounded number of syncs; re-export replaces our sheet, never the user's own.
 */
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import * as path from 'path';
import { analyseWorkbook, type FileReport } from '../../src/core/report';
import { FINDING_COLUMNS, findingRows, type FindingRow } from '../../src/core/review/rows';
import { capabilitiesOf } from '../../src/hosts/excel/capabilities';
import {
  FINDINGS_SHEET_NAME,
  freeSheetName,
  linkFormula,
  sanitizeSheetName,
  writeFindingsSheet,
} from '../../src/hosts/excel/findings-sheet';
import { SETTING_KEYS } from '../../src/hosts/excel/store';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FakeExcel, type FakeSheet } from './excel-fake';

const FIXTURE = path.join(__dirname, '..', 'fixtures', '2025-caidian-ybj-budget.xlsx');
const CAPS = capabilitiesOf('1.7');

let report: FileReport;
let rows: FindingRow[];
beforeAll(async () => {
  report = analyseWorkbook('2025-caidian-ybj-budget.xlsx', await readWorkbookFile(FIXTURE));
  rows = findingRows(report, report.findings);
});

function book(extra: string[] = []): FakeExcel {
  return new FakeExcel('1.7', [...report.sheets.map((s) => s.name), ...extra].map((name) => ({ name })));
}

/** Row r (1-based) of a sheet as written: formulas where set, else values. */
function rowOf(s: FakeSheet, r: number): unknown[] {
  return FINDING_COLUMNS.map((_, c) => {
    const cell = s.cells.get(`${String.fromCharCode(65 + c)}${r}`);
    return cell?.formula ?? cell?.value;
  });
}

it('writes every finding with links, in 3 syncs', async () => {
  const fx = book();
  const result = await writeFindingsSheet(fx.context, rows, { caps: CAPS });
  // one row per root cause and one per consequence under it
  expect(result).toEqual({ sheet: FINDINGS_SHEET_NAME, rows: rows.length });
  expect(rows.length).toBeGreaterThan(report.findings.length);
  expect(fx.sync).toHaveBeenCalledTimes(3);
  const s = fx.sheet(FINDINGS_SHEET_NAME);
  expect(rowOf(s, 1)).toEqual([...FINDING_COLUMNS]);
  expect(s.cells.get('A1')).toMatchObject({ bold: true, fill: { color: '#D9E1F2' } });
  expect(s.frozenRows).toBe(1);
  expect(s.widths.get(6)).toBe(360); // 问题说明
  expect(fx.active).toBe(FINDINGS_SHEET_NAME);

  const first = rowOf(s, 2);
  expect(first[0]).toBe(1);
  expect(first[1]).toBe('错误');
  expect(first[4]).toBe(`=HYPERLINK("#'情况说明'!A58","${rows[0].values[4]}")`);
  expect(first[5]).toBe(report.findings[0].message);
  expect(first[6]).toBe('385.50'); // text, not the number 385.5
  expect(s.cells.get('G2')!.numberFormat).toBe('@');
  expect(s.cells.get('E2')!.numberFormat).toBe('General');
  const last = rowOf(s, rows.length + 1);
  expect(String(last[0])).toBe(rows[rows.length - 1].values[0]);
  expect(s.cells.get(`A${rows.length + 2}`)).toBeUndefined();

  // the data went in as one block, not cell by cell
  const formulaWrites = fx.writes.filter((w) => w.prop === 'formulas');
  expect(formulaWrites).toHaveLength(1);
  expect(formulaWrites[0].address).toBe(`A2:N${rows.length + 1}`);
  expect(JSON.parse(fx.settings.get(SETTING_KEYS.findingsSheet)!)).toEqual({ id: s.id, name: FINDINGS_SHEET_NAME });
});

it('re-export replaces our sheet, also after a reopen', async () => {
  const fx = book();
  await writeFindingsSheet(fx.context, rows, { caps: CAPS });
  const again = fx.reopen();
  const result = await writeFindingsSheet(again.context, rows.slice(0, 5), { caps: CAPS });
  expect(result).toEqual({ sheet: FINDINGS_SHEET_NAME, rows: 5 });
  expect(again.sheets.filter((s) => s.name.startsWith(FINDINGS_SHEET_NAME))).toHaveLength(1);
  const s = again.sheet(FINDINGS_SHEET_NAME);
  expect(s.cells.get('A6')!.formula).toBe(5);
  expect(s.cells.get('A7')).toBeUndefined();
  expect(again.sync).toHaveBeenCalledTimes(3);
});

it("never deletes the user's own sheet of that name", async () => {
  const fx = book([FINDINGS_SHEET_NAME]);
  fx.cell(FINDINGS_SHEET_NAME, 'A1').value = '我的笔记';
  const first = await writeFindingsSheet(fx.context, rows, { caps: CAPS });
  expect(first.sheet).toBe(`${FINDINGS_SHEET_NAME} (2)`);
  const second = await writeFindingsSheet(fx.reopen().context, rows, { caps: CAPS });
  expect(second.sheet).toBe(`${FINDINGS_SHEET_NAME} (2)`);
  expect(fx.cell(FINDINGS_SHEET_NAME, 'A1').value).toBe('我的笔记');
});

it('writes a new sheet when the user renamed ours, and keeps theirs', async () => {
  const fx = book();
  await writeFindingsSheet(fx.context, rows, { caps: CAPS });
  fx.sheet(FINDINGS_SHEET_NAME).name = '旧结果';
  const again = fx.reopen();
  await writeFindingsSheet(again.context, rows, { caps: CAPS });
  expect(again.sheets.map((s) => s.name)).toContain(FINDINGS_SHEET_NAME);
  expect(again.sheets.map((s) => s.name)).toContain('旧结果');
  // and the new one is ours again: the next export replaces it
  const third = again.reopen();
  await writeFindingsSheet(third.context, rows, { caps: CAPS });
  expect(third.sheets.filter((s) => s.name === FINDINGS_SHEET_NAME || s.name === '旧结果')).toHaveLength(2);
});

it('works without Workbook.settings, never replacing anything', async () => {
  const fx = book();
  const caps = { ...CAPS, settings: false };
  await writeFindingsSheet(fx.context, rows, { caps });
  expect(fx.sync).toHaveBeenCalledTimes(2);
  const second = await writeFindingsSheet(fx.reopen().context, rows, { caps });
  expect(second.sheet).toBe(`${FINDINGS_SHEET_NAME} (2)`);
});

it('chunks 2,000 findings into bounded syncs', async () => {
  const many = Array.from({ length: 2000 }, (_, i) => rows[i % rows.length]);
  const fx = book();
  await writeFindingsSheet(fx.context, many, { caps: CAPS });
  expect(fx.sync).toHaveBeenCalledTimes(3);
  expect(fx.sheet(FINDINGS_SHEET_NAME).cells.get('A2001')!.formula).toBe(Number(many[1999].values[0]));
  const many2 = Array.from({ length: 8000 }, (_, i) => rows[i % rows.length]);
  const fx2 = book();
  await writeFindingsSheet(fx2.context, many2, { caps: CAPS, sheetName: '结果/2025' });
  expect(fx2.sync).toHaveBeenCalledTimes(1 + Math.ceil((8000 * 14) / 50_000));
  expect(fx2.sheets.map((s) => s.name)).toContain('结果 2025');
});

it('an empty list still writes the header', async () => {
  const fx = book();
  expect(await writeFindingsSheet(fx.context, [], { caps: CAPS })).toEqual({ sheet: FINDINGS_SHEET_NAME, rows: 0 });
  expect(rowOf(fx.sheet(FINDINGS_SHEET_NAME), 1)).toEqual([...FINDING_COLUMNS]);
});

describe('helpers', () => {
  it('quotes sheet names and doubles quotes in links', () => {
    const row = { ...rows[0], values: rows[0].values.map((v, i) => (i === 4 ? '说"明"!A1' : v)), link: { sheet: "表1 收支'总表", cell: 'B5' } };
    expect(linkFormula(row)).toBe(`=HYPERLINK("#'表1 收支''总表'!B5","说""明""!A1")`);
    expect(linkFormula({ ...row, link: null })).toBe('说"明"!A1');
    const long = { ...row, values: row.values.map((v, i) => (i === 4 ? 'x'.repeat(400) : v)) };
    expect(linkFormula(long)).toContain(`"${'x'.repeat(254)}…"`);
  });

  it('sanitises and de-duplicates sheet names', () => {
    expect(sanitizeSheetName("'a[b]:c*d?e/f\\g'")).toBe('a b  c d e f g');
    expect(sanitizeSheetName('   ')).toBe(FINDINGS_SHEET_NAME);
    expect(sanitizeSheetName('x'.repeat(40))).toHaveLength(31);
    expect(freeSheetName('审核结果', ['审核结果', '审核结果 (2)'])).toBe('审核结果 (3)');
    expect(freeSheetName('Results', ['results'])).toBe('Results (2)');
    expect(freeSheetName('y'.repeat(31), ['y'.repeat(31)])).toBe(`${'y'.repeat(27)} (2)`);
  });
});
