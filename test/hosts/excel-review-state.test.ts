/**
 * Review state in Workbook.settings: accepted exceptions and settings survive save and reopen,
 * everything loads in one sync, and an accepted finding whose values changed comes back open.
 * Real findings: the 2025 蔡甸 budget fixture.
 */
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import * as path from 'path';
import { analyseWorkbook, type FileReport, type Finding } from '../../src/core/report';
import { acceptFinding, partitionFindings } from '../../src/core/review/accepted';
import { cellMarks } from '../../src/core/review/marks';
import { DEFAULT_SETTINGS, type ReviewSettings } from '../../src/core/review/settings';
import { findSheet, getCell, makeCell, putCell, type Workbook } from '../../src/core/workbook';
import { capabilitiesOf } from '../../src/hosts/excel/capabilities';
import { markCells } from '../../src/hosts/excel/marks';
import { loadReviewState, saveAccepted, saveSettings } from '../../src/hosts/excel/review-state';
import { SETTING_KEYS } from '../../src/hosts/excel/store';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FakeExcel } from './excel-fake';

const FIXTURE = path.join(__dirname, '..', 'fixtures', '2025-caidian-ybj-budget.xlsx');
const SHEET5 = '表5 一般公共预算支出表';

let wb: Workbook;
let report: FileReport;
beforeAll(async () => {
  wb = await readWorkbookFile(FIXTURE);
  report = analyseWorkbook('2025-caidian-ybj-budget.xlsx', wb);
});

/** The finding about 住房保障支出 (情况说明 22.73 vs 表5 C18 22.48). */
const housing = (findings: Finding[]) =>
  findings.find((f) => f.rule === 'narrative/amounts' && f.locations.some((l) => l.sheet === SHEET5 && l.cell === 'C18'))!;
/** The missing 政府采购预算表 (values never change). */
const procurement = (findings: Finding[]) => findings.find((f) => f.rule === 'compliance/required-tables' && f.message.includes('政府采购'))!;

function emptyBook(): FakeExcel {
  return new FakeExcel('1.18', [{ name: SHEET5 }]);
}

it('an empty workbook has no state (one sync)', async () => {
  const fx = emptyBook();
  expect(await loadReviewState(fx.context)).toEqual({ accepted: [], settings: null, marked: 0 });
  expect(fx.sync).toHaveBeenCalledTimes(1);
});

it('accepted exceptions persist across a reopen; a changed finding comes back open', async () => {
  const h = housing(report.findings);
  const p = procurement(report.findings);
  expect(h).toBeDefined();
  expect(p).toBeDefined();
  const at = new Date('2025-03-01T08:00:00Z');
  const accepted = [acceptFinding(h, '情况说明按调整前口径', '张三', at), acceptFinding(p, '本单位无政府采购预算表', '李四', at)];

  const fx = emptyBook();
  saveAccepted(fx.context, accepted);
  await fx.context.sync();
  expect(fx.sync).toHaveBeenCalledTimes(1);
  expect(JSON.parse(fx.settings.get(SETTING_KEYS.accepted)!)).toEqual(accepted);

  // Reopen: the same exceptions come back, and this check's findings are all accepted still.
  const reopened = fx.reopen();
  const state = await loadReviewState(reopened.context);
  expect(reopened.sync).toHaveBeenCalledTimes(1);
  expect(state.accepted).toEqual(accepted);
  const same = partitionFindings(report.findings, state.accepted);
  expect(same.accepted.map((a) => a.finding)).toEqual([h, p]);
  expect(same.changed).toEqual([]);
  expect(same.open).toHaveLength(report.findings.length - 2);

  // The user corrects 表5 C18 to 22.50 (still not 22.73): the housing finding changes value.
  const sheet = findSheet(wb, SHEET5)!;
  const old = getCell(sheet, 'C18')!;
  try {
    putCell(sheet, makeCell({ row: old.row, col: old.col, value: 22.5, text: '22.50', numFmt: old.numFmt }));
    const rechecked = analyseWorkbook('2025-caidian-ybj-budget.xlsx', wb).findings;
    const h2 = housing(rechecked);
    expect(h2.message).toContain('22.50');
    const after = partitionFindings(rechecked, state.accepted);
    expect(after.changed.map((c) => [c.finding, c.exception])).toEqual([[h2, accepted[0]]]);
    expect(after.open).toContain(h2);
    expect(after.accepted.map((a) => a.finding)).toEqual([procurement(rechecked)]);
  } finally {
    putCell(sheet, old);
  }
});

it('settings persist across a reopen; an empty accepted list removes the setting', async () => {
  const settings: ReviewSettings = { ...DEFAULT_SETTINGS, rules: { 'compliance/typos': 'off' }, rounding: false, document: { kind: 'budget', year: 2025 } };
  const fx = emptyBook();
  saveSettings(fx.context, settings);
  saveAccepted(fx.context, [acceptFinding(procurement(report.findings), '无', '王五')]);
  await fx.context.sync();
  const reopened = fx.reopen();
  const state = await loadReviewState(reopened.context);
  expect(state.settings).toEqual(settings);
  expect(state.accepted).toHaveLength(1);

  saveAccepted(reopened.context, []);
  await reopened.context.sync();
  expect(reopened.settings.has(SETTING_KEYS.accepted)).toBe(false);
  expect((await loadReviewState(reopened.reopen().context)).accepted).toEqual([]);
});

it('reports how many cells are marked, still in one sync', async () => {
  const fx = new FakeExcel('1.18', wb.sheets.map((s) => ({ name: s.name })));
  const marks = cellMarks(report.findings);
  await markCells(fx.context, marks, capabilitiesOf('1.18'));
  const reopened = fx.reopen();
  const state = await loadReviewState(reopened.context);
  expect(state.marked).toBe(marks.length);
  expect(reopened.sync).toHaveBeenCalledTimes(1);
});

it('drops malformed stored data instead of failing', async () => {
  const fx = emptyBook();
  fx.settings.set(SETTING_KEYS.accepted, '{not json');
  fx.settings.set(SETTING_KEYS.settings, JSON.stringify({ rules: { 'no/such-rule': 'off' }, rounding: 'yes' }));
  fx.settings.set(SETTING_KEYS.marks, JSON.stringify({ cells: 7 }));
  expect(await loadReviewState(fx.context)).toEqual({ accepted: [], settings: DEFAULT_SETTINGS, marked: 0 });
});
