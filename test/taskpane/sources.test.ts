/**
 * The task pane's sources hand a pasted narrative and the stored settings to the engine: for
 * the open workbook, and for chosen files (the narrative only when exactly one is checked).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as report from '../../src/core/report';
import { narrativeFromText } from '../../src/core/narrative/source';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';

jest.mock('../../src/hosts/excel/read', () => ({ readOpenWorkbook: jest.fn() }));
jest.mock('../../src/hosts/excel/review-state', () => ({ loadReviewState: jest.fn() }));
jest.mock('../../src/core/report', () => {
  const actual = jest.requireActual('../../src/core/report');
  return { ...actual, analyseWorkbook: jest.fn(actual.analyseWorkbook) };
});

import { readOpenWorkbook } from '../../src/hosts/excel/read';
import { loadReviewState } from '../../src/hosts/excel/review-state';
import { acceptFinding } from '../../src/core/review/accepted';
import { DEFAULT_SETTINGS } from '../../src/core/review/settings';
import { checkOpenWorkbook } from '../../taskpane/excel-actions';
import { checkChosenFiles } from '../../taskpane/session';

const checkFiles = async (...args: Parameters<typeof checkChosenFiles>) => (await checkChosenFiles(...args)).map((f) => f.report);
const narrativeOf = (i: number) => (analyse.mock.calls[i][3] ?? {}).narrative;

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
  expect(narrativeOf(0)).toEqual(NARRATIVE);
});

test('several chosen files: the pasted narrative is not used for any of them', async () => {
  const reports = await checkFiles([fixtureFile('a.xlsx'), fixtureFile('b.xlsx')], undefined, NARRATIVE);
  expect(reports.map((r) => r.error)).toEqual([null, null]);
  expect([narrativeOf(0), narrativeOf(1)]).toEqual([undefined, undefined]);
});

test('no pasted narrative: the workbook is checked as it is', async () => {
  await checkFiles([fixtureFile()]);
  expect(narrativeOf(0)).toBeUndefined();
});

describe('open workbook (Excel)', () => {
  const g = globalThis as unknown as { Excel?: unknown };
  beforeAll(async () => {
    const wb = await readWorkbookFile(FIXTURE);
    (readOpenWorkbook as jest.Mock).mockResolvedValue(wb);
    (loadReviewState as jest.Mock).mockResolvedValue({ accepted: [], settings: null, marked: 0 });
    g.Excel = { run: (fn: (ctx: unknown) => unknown) => fn({}) };
  });
  afterAll(() => {
    delete g.Excel;
  });

  test('the pasted narrative is passed to the check', async () => {
    const { report: r } = await checkOpenWorkbook(undefined, NARRATIVE);
    expect(r.path).toBe('当前工作簿');
    expect(r.error).toBeNull();
    expect(narrativeOf(0)).toEqual(NARRATIVE);
  });

  test('without it, the workbook is checked as it is', async () => {
    await checkOpenWorkbook();
    expect(narrativeOf(0)).toBeUndefined();
  });

  test('the settings and accepted exceptions stored in the workbook are used', async () => {
    const wb = await readWorkbookFile(FIXTURE);
    const plain = await checkOpenWorkbook();
    // hiding 尾差 also hides the 尾差 statement finding (nothing to state when 尾差 are not shown)
    const rounding = plain.report.findings.filter((f) => f.category === 'rounding' || f.rule === 'compliance/rounding-statement').length;
    expect(rounding).toBeGreaterThan(0);
    const accepted = [acceptFinding(plain.report.findings[0], '尾差，系统自动生成', '张三')];
    (loadReviewState as jest.Mock).mockResolvedValueOnce({ accepted, settings: { ...DEFAULT_SETTINGS, rounding: false }, marked: 12 });
    (readOpenWorkbook as jest.Mock).mockResolvedValueOnce(wb);
    const r = await checkOpenWorkbook();
    expect(r.report.findings.length).toBe(plain.report.findings.length - rounding);
    expect(r.settings.rounding).toBe(false);
    expect(r.accepted).toEqual(accepted);
    expect(r.marked).toBe(12);
  });

  test('a failure to read becomes a Chinese message on the report', async () => {
    (readOpenWorkbook as jest.Mock).mockRejectedValueOnce(new Error('GeneralException'));
    const r = await checkOpenWorkbook();
    expect(r.report.error).toMatch(/[\u4e00-\u9fa5]/);
    expect(r.workbook).toBeNull();
  });
});
