/**
 * The task pane's sources hand a pasted narrative to the engine: for the open workbook, and
 * for chosen files only when exactly one is checked.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as report from '../../src/core/report';
import { narrativeFromText } from '../../src/core/narrative/source';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';

jest.mock('../../src/hosts/excel/read', () => ({ readOpenWorkbook: jest.fn() }));
jest.mock('../../src/core/report', () => {
  const actual = jest.requireActual('../../src/core/report');
  return { ...actual, analyseWorkbook: jest.fn(actual.analyseWorkbook) };
});

import { readOpenWorkbook } from '../../src/hosts/excel/read';
import { checkFiles, checkOpenWorkbook } from '../../taskpane/sources';

const FIXTURE = path.join(__dirname, '..', 'fixtures', '2025-caidian-ybj-budget.xlsx');
const NARRATIVE = narrativeFromText('三、支出安排情况\n2025 年部门预算总支出 385.5 万元，住房保障支出 22.73 万元。');
const analyse = report.analyseWorkbook as jest.MockedFunction<typeof report.analyseWorkbook>;

function fixtureFile(name = '2025-caidian-ybj-budget.xlsx'): File {
  return new File([fs.readFileSync(FIXTURE)], name);
}

beforeEach(() => analyse.mockClear());

test('one chosen file: the pasted narrative is passed to the check', async () => {
  const [r] = await checkFiles([fixtureFile()], undefined, NARRATIVE);
  expect(r.error).toBeNull();
  expect(analyse).toHaveBeenCalledTimes(1);
  expect(analyse.mock.calls[0][3]).toEqual({ narrative: NARRATIVE });
});

test('several chosen files: the pasted narrative is not used for any of them', async () => {
  const reports = await checkFiles([fixtureFile('a.xlsx'), fixtureFile('b.xlsx')], undefined, NARRATIVE);
  expect(reports.map((r) => r.error)).toEqual([null, null]);
  expect(analyse.mock.calls.map((c) => c[3])).toEqual([{}, {}]);
});

test('no pasted narrative: the workbook is checked as it is', async () => {
  await checkFiles([fixtureFile()]);
  expect(analyse.mock.calls[0][3]).toEqual({});
});

describe('open workbook (Excel)', () => {
  const g = globalThis as unknown as { Excel?: unknown };
  beforeAll(async () => {
    const wb = await readWorkbookFile(FIXTURE);
    (readOpenWorkbook as jest.Mock).mockResolvedValue(wb);
    g.Excel = { run: (fn: (ctx: unknown) => unknown) => fn({}) };
  });
  afterAll(() => {
    delete g.Excel;
  });

  test('the pasted narrative is passed to the check', async () => {
    const r = await checkOpenWorkbook(undefined, NARRATIVE);
    expect(r.path).toBe('当前工作簿');
    expect(r.error).toBeNull();
    expect(analyse.mock.calls[0][3]).toEqual({ narrative: NARRATIVE });
  });

  test('without it, the workbook is checked as it is', async () => {
    await checkOpenWorkbook();
    expect(analyse.mock.calls[0][3]).toEqual({});
  });
});
