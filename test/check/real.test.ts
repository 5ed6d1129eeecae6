/**
 * The checker on the 18 real disclosures of ../shared/real (test/fixtures/real), against the
 * expected findings a person worked out by reading each document with exact decimal arithmetic
 * (test/fixtures/real/expected): every table recognised with its kind and every money column
 * understood (or the expected file says why not); every listed error reported as an error at one
 * of its cells; no error the audit does not list; 尾差 never errors; the document's facts.
 * `npx tsx scripts/real-status.ts -v` prints the same comparison for all fixtures at once.
 */
import type { FileReport } from '../../src/core/report';
import { compare, loadExpected, reportOf } from './real-expect';

const docs = loadExpected();

/** 中国共产党江苏省委员会办公厅 and 中共江苏省委办公厅 are one unit. */
function unitKey(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, '').replace(/^中国共产党/, '中共').replace(/委员会/g, '委');
}

test('all 18 documents of ../shared/real have an expected-findings file', () => {
  expect(docs).toHaveLength(18);
});

describe.each(docs.map((e) => [e.fixture, e] as const))('%s', (_, e) => {
  let report: FileReport;
  beforeAll(async () => {
    report = await reportOf(e);
  });

  test('document facts', () => {
    const d = report.document;
    expect({ kind: d?.kind, year: d?.year, moneyUnit: d?.moneyUnit, unit: unitKey(d?.unit) }).toEqual({ kind: e.document.kind, year: e.document.year, moneyUnit: e.document.moneyUnit, unit: unitKey(e.document.unit) });
  });

  test('every table recognised with its kind; no money column left unmapped unless the audit says why', () => {
    const c = compare(e, report);
    expect(c.kinds).toEqual([]);
    expect(c.unmapped).toEqual([]);
  });

  test('every listed error is reported as an error at one of its cells', () => {
    expect(compare(e, report).missed.map((p) => `${p.id}: ${p.what.slice(0, 80)}`)).toEqual([]);
  });

  test('no error that the audit does not list; no 尾差 reported as an error', () => {
    const c = compare(e, report);
    expect(c.unexpected.map((f) => `[${f.rule}] ${f.message}`)).toEqual([]);
    expect(c.roundingAsError.map((x) => `${x.problem.id}: [${x.finding.rule}] ${x.finding.message}`)).toEqual([]);
  });
});
