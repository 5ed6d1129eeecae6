import { acceptFinding, partitionFindings } from '../../src/core/review/accepted';
import {
  acceptanceText,
  filterFindings,
  findingValues,
  formatTime,
  groupFindings,
  severityGroup,
  summaryCounts,
  summaryLine,
} from '../../src/core/review/present';
import { findingTable } from '../../src/core/review/rows';
import { KIND_NAMES, type TableKind } from '../../src/core/recognize/types';
import type { FileReport, Finding } from '../../src/core/report';
import { analyse, CAIDIAN, FIXTURE_FILES, readFixture } from './helpers';

let report: FileReport;
beforeAll(async () => {
  report = analyse(await readFixture(CAIDIAN));
});

describe('groupFindings', () => {
  test('by severity: 错误, 警告, 尾差, 提示, every finding once', () => {
    const groups = groupFindings(report, report.findings, 'severity');
    const order = ['错误', '警告', '尾差', '提示'];
    const titles = groups.map((g) => g.title);
    expect(titles).toEqual(order.filter((t) => titles.includes(t)));
    expect(titles).toEqual(expect.arrayContaining(['错误', '尾差']));
    expect(groups.flatMap((g) => g.findings)).toHaveLength(report.findings.length);
    const rounding = groups.find((g) => g.key === 'rounding')!;
    expect(rounding.findings.every((f) => f.category === 'rounding' && f.severity === 'info')).toBe(true);
    expect(groups.find((g) => g.key === 'error')!.findings.every((f) => f.severity === 'error')).toBe(true);
  });

  test.each(FIXTURE_FILES)('%s: by table, in the order of report.tables, then sheets, then the rest', async (file) => {
    const r = analyse(await readFixture(file));
    const groups = groupFindings(r, r.findings, 'table');
    const index = (f: Finding) => r.findings.indexOf(f);
    expect(groups.flatMap((g) => g.findings.map(index)).sort((a, b) => a - b)).toEqual(r.findings.map((_, i) => i));
    const tableNames = r.tables.map((t) => KIND_NAMES[t.kind as TableKind]);
    const positions = groups.map((g) => tableNames.indexOf(g.title)).filter((i) => i >= 0);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // recognised tables come before anything else
    const firstOther = groups.findIndex((g) => !tableNames.includes(g.title));
    if (firstOther >= 0) expect(groups.slice(firstOther).every((g) => !tableNames.includes(g.title))).toBe(true);
    for (const g of groups) {
      expect(g.findings.every((f) => findingTable(r, f) === g.key)).toBe(true);
      const ranks = g.findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
});

describe('filterFindings', () => {
  test('by severity, category and words', () => {
    const all = report.findings;
    expect(filterFindings(all, {})).toEqual(all);
    expect(filterFindings(all, { severities: [] })).toEqual(all);
    const errors = filterFindings(all, { severities: ['error'] });
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.severity === 'error')).toBe(true);
    const rounding = filterFindings(all, { categories: ['rounding'] });
    expect(rounding.every((f) => f.category === 'rounding')).toBe(true);
    expect(filterFindings(all, { text: '住房改革  尾差' }).every((f) => f.message.includes('住房改革') && f.message.includes('尾差'))).toBe(true);
    expect(filterFindings(all, { text: '住房改革 尾差' }).length).toBeGreaterThan(0);
    // locations and rule ids are searched too; case-insensitive
    expect(filterFindings(all, { text: 'INTRA/ROW' }).every((f) => f.rule === 'intra/row-identity')).toBe(true);
    expect(filterFindings(all, { text: '表3 支出总表!C6' }).length).toBeGreaterThan(0);
    expect(filterFindings(all, { text: '没有这样的字' })).toEqual([]);
  });

  test('a root cause is found by the words or cells of its consequences', () => {
    const [a, b] = report.findings.filter((f) => f.locations.length > 0 && f.category !== 'rounding');
    const consequence: Finding = { ...b, message: '后果：某某表合计随之不符', locations: [{ sheet: '表99 后果表', cell: 'Z99' }] };
    const root: Finding = { ...a, consequences: [consequence] };
    expect(filterFindings([root], { text: '表99 后果表!Z99' })).toEqual([root]);
    expect(filterFindings([root], { text: '随之不符' })).toEqual([root]);
    expect(filterFindings([{ ...root, consequences: [] }], { text: '表99 后果表!Z99' })).toEqual([]);
    expect(filterFindings([root], { text: '表99 后果表!Z99 没有这样的字' })).toEqual([]);
  });
});

describe('summary', () => {
  test('counts open findings by group; accepted ones apart', () => {
    const rounding = report.findings.filter((f) => severityGroup(f) === 'rounding');
    const accepted = rounding.slice(0, 2).map((f) => acceptFinding(f, '尾差，系统自动生成', '张三'));
    const p = partitionFindings(report.findings, accepted);
    const c = summaryCounts(report, p);
    const count = (pred: (f: Finding) => boolean) => report.findings.filter(pred).length;
    expect(c.error).toBe(count((f) => f.severity === 'error'));
    expect(c.warning).toBe(count((f) => f.severity === 'warning'));
    expect(c.rounding).toBe(rounding.length - 2);
    expect(c.accepted).toBe(2);
    expect(c.compliance).toBe(count((f) => f.category === 'compliance'));
    expect(c.narrative).toBe(count((f) => f.category === 'narrative'));
    expect(c.open).toBe(report.findings.length - 2);
    expect(c.error + c.warning + c.rounding + c.info).toBe(c.open);
    expect(summaryLine(c)).toMatch(new RegExp(`^错误 ${c.error} · .*尾差 ${c.rounding}.* · 已接受 2`));
    expect(summaryLine(summaryCounts({ ...report, skipped: [] }, partitionFindings([], [])))).toBe('未发现问题');
  });
});

describe('values', () => {
  test('display strings, the difference signed', () => {
    const base = { ...report.findings[0], expectedCertain: true, differenceUnit: '万元' as const };
    expect(findingValues({ ...base, expected: '1.00', actual: '2.00', difference: '1.00' })).toEqual({ expected: '1.00', actual: '2.00', other: '', difference: '+1.00', unit: '万元' });
    expect(findingValues({ ...base, expected: '≥ 5.00', actual: '4.00', difference: '-1.00' })).toEqual({ expected: '≥ 5.00', actual: '4.00', other: '', difference: '-1.00', unit: '万元' });
    expect(findingValues({ ...base, expected: null, actual: null, difference: null })).toEqual({ expected: '', actual: '', other: '', difference: '', unit: '' });
    // neither side known to be right: no 应为, both sides
    expect(findingValues({ ...base, expectedCertain: false, expected: '349.66', actual: '333.58', difference: '-16.08' })).toEqual({
      expected: '',
      actual: '333.58',
      other: '349.66',
      difference: '-16.08',
      unit: '万元',
    });
    // percentages differ in 个百分点
    expect(findingValues({ ...base, expected: '0.72%', actual: '0.07%', difference: '-0.65', differenceUnit: '个百分点' }).unit).toBe('个百分点');
    expect(findingValues({ ...base, difference: '0.00' }).difference).toBe('0.00');
    expect(findingValues({ ...base, difference: '1,234.50' }).difference).toBe('+1,234.50');
  });

  test('acceptance text', () => {
    const e = acceptFinding(report.findings[0], '尾差，系统自动生成', '张三', new Date(2025, 2, 1, 10, 5));
    expect(acceptanceText(e)).toBe('理由：尾差，系统自动生成 — 张三，2025-03-01 10:05');
    expect(formatTime('bad')).toBe('bad');
  });
});
