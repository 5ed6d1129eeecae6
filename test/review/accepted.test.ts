import {
  acceptanceLookup,
  acceptFinding,
  fingerprintOf,
  parseAccepted,
  partitionFindings,
  removeAccepted,
  upsertAccepted,
  valueKey,
  UNKNOWN_USER,
  type AcceptedException,
} from '../../src/core/review/accepted';
import { findingRows, FINDING_COLUMNS } from '../../src/core/review/rows';
import type { Finding } from '../../src/core/report';
import { analyse, CAIDIAN, FIXTURE_FILES, numberAt, readFixture, setNumber } from './helpers';

const T3 = '表3 支出总表';
const AT = new Date('2025-03-01T02:20:00Z');

function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: 'intra/function-hierarchy',
    severity: 'error',
    category: 'intra',
    message: '支出总表 210 卫生健康支出 333.58 ≠ 其下各款合计 333.68，差 0.10 万元',
    locations: [{ sheet: T3, cell: 'C9' }, { sheet: T3, cell: 'C10' }],
    expected: '333.68',
    actual: '333.58',
    difference: '0.10',
    ...over,
  };
}

/** The 尾差 of 表3: 20805 行政事业单位养老支出 29.44 vs its items 29.43 (C6 = C7 + C8). */
const isPension = (f: Finding) => f.rule === 'intra/function-hierarchy' && f.locations[0]?.sheet === T3 && f.locations[0]?.cell === 'C6';

describe('valueKey and fingerprint', () => {
  test('valueKey is stable, and changes with every value of the finding', () => {
    const f = finding();
    expect(valueKey(f)).toBe(valueKey(finding()));
    expect(valueKey(finding({ expected: '333.69' }))).not.toBe(valueKey(f));
    expect(valueKey(finding({ actual: '333.59' }))).not.toBe(valueKey(f));
    expect(valueKey(finding({ difference: '0.11' }))).not.toBe(valueKey(f));
    expect(valueKey(finding({ message: f.message.replace('0.10', '0.11') }))).not.toBe(valueKey(f));
    // not values: severity (a settings change) and wording without numbers
    expect(valueKey(finding({ severity: 'warning' }))).toBe(valueKey(f));
    expect(valueKey(finding({ message: f.message.replace('卫生健康支出', '卫生健康') }))).toBe(valueKey(f));
  });

  test('fingerprintOf computes what the engine writes', async () => {
    const report = analyse(await readFixture(CAIDIAN));
    for (const f of report.findings) {
      expect(f.fingerprint).toMatch(/^[0-9a-f]{8}$/);
      expect(fingerprintOf({ ...f, fingerprint: undefined })).toBe(f.fingerprint);
    }
  });

  test.each(FIXTURE_FILES)('%s: fingerprints are stable across re-checks, and (fingerprint, values) tell findings apart', async (file) => {
    const a = analyse(await readFixture(file));
    const b = analyse(await readFixture(file));
    expect(a.findings.length).toBeGreaterThan(0);
    expect(b.findings.map(fingerprintOf)).toEqual(a.findings.map(fingerprintOf));
    expect(b.findings.map(valueKey)).toEqual(a.findings.map(valueKey));
    const keys = a.findings.map((f) => `${fingerprintOf(f)}/${valueKey(f)}`);
    expect(new Set(keys).size).toBe(keys.length);
    // accept everything: on a re-check everything stays accepted, nothing changed or orphaned
    const all = a.findings.map((f) => acceptFinding(f, '已核实', '张三', AT));
    const p = partitionFindings(b.findings, all);
    expect(p.open).toEqual([]);
    expect(p.changed).toEqual([]);
    expect(p.orphaned).toEqual([]);
    expect(p.accepted.map((x) => x.finding)).toEqual(b.findings);
  });

  test('fingerprints alone are unique except two claims of one paragraph against one cell (known)', async () => {
    const dups: string[] = [];
    for (const file of FIXTURE_FILES) {
      const seen = new Map<string, Finding>();
      for (const f of analyse(await readFixture(file)).findings) {
        const fp = fingerprintOf(f);
        if (seen.has(fp)) dups.push(`${file} ${f.rule} ${f.locations.map((l) => `${l.sheet}!${l.cell}`).join(',')}`);
        seen.set(fp, f);
      }
    }
    expect(dups).toEqual([`${CAIDIAN} narrative/amounts 情况说明!A67,表5 一般公共预算支出表!C12`]);
  });
});

describe('acceptFinding and parseAccepted', () => {
  test('the reason is required and trimmed; the user defaults to 未署名', () => {
    const e = acceptFinding(finding(), '  尾差，系统自动生成 \n', '  ', AT);
    expect(e).toEqual({
      fingerprint: fingerprintOf(finding()),
      valueKey: valueKey(finding()),
      rule: 'intra/function-hierarchy',
      message: finding().message,
      reason: '尾差，系统自动生成',
      by: UNKNOWN_USER,
      at: '2025-03-01T02:20:00.000Z',
    });
    expect(() => acceptFinding(finding(), ' \t', '张三')).toThrow(/请填写接受理由/);
    expect(() => acceptFinding(finding(), '长'.repeat(501), '张三')).toThrow(/过长/);
  });

  test('stored data is validated: malformed entries dropped, never throws', () => {
    const good = acceptFinding(finding(), '尾差', '张三', AT);
    expect(parseAccepted([good])).toEqual([good]);
    expect(parseAccepted(JSON.stringify([good]))).toEqual([good]);
    for (const junk of [null, undefined, 42, 'not json', '{"a":1}', {}, { accepted: [good] }]) expect(parseAccepted(junk)).toEqual([]);
    const bad = [
      null,
      'x',
      { ...good, fingerprint: '' },
      { ...good, valueKey: 7 },
      { ...good, rule: undefined },
      { ...good, reason: '   ' },
      { ...good, at: 'yesterday' },
    ];
    expect(parseAccepted([...bad, good])).toEqual([good]);
    // missing by → 未署名, missing message → ''; a later copy of the same exception wins
    const { by: _by, message: _m, ...bare } = good;
    expect(parseAccepted([bare])).toEqual([{ ...good, by: UNKNOWN_USER, message: '' }]);
    const later = { ...good, reason: '新理由' };
    expect(parseAccepted([good, later])).toEqual([later]);
  });

  test('upsert replaces the same exception (and the old one of a changed finding); remove withdraws', () => {
    const a = acceptFinding(finding(), '理由一', '张三', AT);
    const b = acceptFinding(finding({ rule: 'intra/other' }), '理由二', '张三', AT);
    let list = upsertAccepted(upsertAccepted([], a), b);
    list = upsertAccepted(list, { ...a, reason: '理由三' });
    expect(list.map((e) => e.reason)).toEqual(['理由二', '理由三']);
    const changed = acceptFinding(finding({ actual: '1.00' }), '重新接受', '李四', AT);
    list = upsertAccepted(list, changed, list[1]);
    expect(list.map((e) => e.reason)).toEqual(['理由二', '重新接受']);
    expect(removeAccepted(list, changed.fingerprint)).toEqual([list[0]]);
    expect(removeAccepted(list, changed.fingerprint, 'other')).toEqual(list);
  });
});

describe('re-check with accepted exceptions (蔡甸 2025)', () => {
  async function acceptPension(): Promise<AcceptedException> {
    const report = analyse(await readFixture(CAIDIAN));
    const f = report.findings.find(isPension);
    expect(f?.category).toBe('rounding');
    return acceptFinding(f!, '尾差，系统自动生成', '张三', AT);
  }

  test('values unchanged: the finding stays accepted; reviewers see who and why', async () => {
    const accepted = [await acceptPension()];
    const report = analyse(await readFixture(CAIDIAN));
    const p = partitionFindings(report.findings, accepted);
    expect(p.accepted).toHaveLength(1);
    expect(p.accepted[0].finding).toBe(report.findings.find(isPension));
    expect(p.open).toHaveLength(report.findings.length - 1);
    expect(p.changed).toEqual([]);
    expect(p.orphaned).toEqual([]);
    const rows = findingRows(report, report.findings, acceptanceLookup(p));
    const row = rows.find((r) => isPension(r.finding))!;
    const col = (name: (typeof FINDING_COLUMNS)[number]) => row.values[FINDING_COLUMNS.indexOf(name)];
    expect([col('状态'), col('接受理由'), col('接受人')]).toEqual(['已接受', '尾差，系统自动生成', '张三']);
    expect(col('接受时间')).toBe('2025-03-01 02:20');
    expect(rows.filter((r) => r.values[FINDING_COLUMNS.indexOf('状态')] === '已接受')).toHaveLength(1);
  });

  test('a value changes but it is still the same 尾差: the finding comes back as changed', async () => {
    const accepted = [await acceptPension()];
    const wb = await readFixture(CAIDIAN);
    // items 29.43 → 29.45 against the total 29.44: still a 尾差, other numbers
    setNumber(wb, T3, 'C7', numberAt(wb, T3, 'C7') + 0.02);
    const report = analyse(wb);
    const f = report.findings.find(isPension)!;
    expect(f.category).toBe('rounding');
    const p = partitionFindings(report.findings, accepted);
    expect(p.accepted).toEqual([]);
    expect(p.changed).toEqual([{ finding: f, exception: accepted[0] }]);
    expect(p.open).toContain(f);
    expect(p.orphaned).toEqual([]);
  });

  test('the 尾差 turns into an error: the finding is open, the exception kept as orphaned', async () => {
    const accepted = [await acceptPension()];
    const wb = await readFixture(CAIDIAN);
    setNumber(wb, T3, 'C6', numberAt(wb, T3, 'C6') + 1);
    const report = analyse(wb);
    const f = report.findings.find(isPension)!;
    expect(f.severity).toBe('error');
    const p = partitionFindings(report.findings, accepted);
    expect(p.open).toContain(f);
    expect(p.accepted).toEqual([]);
    expect(p.orphaned).toEqual(accepted);
    // put the value back: accepted again, without asking
    setNumber(wb, T3, 'C6', numberAt(wb, T3, 'C6') - 1);
    const again = partitionFindings(analyse(wb).findings, accepted);
    expect(again.accepted).toHaveLength(1);
    expect(again.orphaned).toEqual([]);
  });

  test('two claims sharing a fingerprint are accepted separately', async () => {
    const report = analyse(await readFixture(CAIDIAN));
    const [a, b] = report.findings.filter((f) => f.rule === 'narrative/amounts' && f.locations[0].cell === 'A67' && f.locations[1]?.cell === 'C12');
    expect(fingerprintOf(a)).toBe(fingerprintOf(b));
    const onlyB = [acceptFinding(b, '口径不同', '张三', AT)];
    const p = partitionFindings(report.findings, onlyB);
    expect(p.accepted.map((x) => x.finding)).toEqual([b]);
    expect(p.open).toContain(a);
    expect(p.changed).toEqual([]);
    const both = upsertAccepted(onlyB, acceptFinding(a, '口径不同', '张三', AT));
    expect(partitionFindings(report.findings, both).accepted.map((x) => x.finding)).toEqual([a, b]);
  });
});
