/**
 * Root causes (src/core/review/roots.ts): on the 蔡甸 sample, what its seed document says the
 * defects are (each wrong year once, the amount and the list total it breaks, the paragraph
 * repeated in 十 and 十一(六), 25 尾差 that are the 尾差 of three tables); on hand-built findings,
 * the suspect cell and the evidence rules. Oracles are written from the documents, not the engine.
 */
import * as path from 'path';
import { analyseWorkbook, type FileReport, type Finding } from '../../src/core/report';
import { cellMarks } from '../../src/core/review/marks';
import { findingValues } from '../../src/core/review/present';
import { expectedIsCertain, findingWeight, flattenFindings, messageWithoutLocation, rootCauses } from '../../src/core/review/roots';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_FILES, FIXTURES } from './helpers';

const CAIDIAN = path.join(FIXTURES, '2025-caidian-ybj-budget.xlsx');
const at = (f: Finding) => f.locations.map((l) => `${l.sheet}!${l.cell}`);

describe('蔡甸 2025: the counts are root causes', () => {
  let roots: FileReport;
  let flat: FileReport;
  beforeAll(async () => {
    const wb = await readWorkbookFile(CAIDIAN);
    roots = analyseWorkbook(CAIDIAN, wb);
    flat = analyseWorkbook(CAIDIAN, wb, undefined, {}, { rootCauses: false });
  });

  test('each wrong year is one finding, the sentences repeating it listed under it', () => {
    const years = roots.findings.filter((f) => f.rule === 'narrative/year-labels');
    // 2024 written for 2025 in 一、(一)、(二)、(三)、(四); 2023 for 2024 once (比 2023 年减少)
    expect(years.map((f) => [f.actual, f.expected])).toEqual([
      ['2024', '2025'],
      ['2023', '2024'],
    ]);
    const [wrong2024, wrong2023] = years;
    expect(wrong2024.rootCause?.kind).toBe('year');
    expect(wrong2024.message).toBe('年份写错：5 处把 2025 年写成 2024 年（这是 2025 年预算），应为 2025 年');
    expect(wrong2024.consequences!.map((c) => c.locations[0].cell)).toEqual(['A54', 'A56', 'A58', 'A60', 'A62']);
    expect(wrong2024.locations.map((l) => l.cell)).toEqual(['A54', 'A56', 'A58', 'A60', 'A62']);
    expect(wrong2023.consequences).toBeUndefined();
    expect(at(wrong2023)).toEqual(['情况说明!A62']);
    // the engine reported six
    expect(flat.findings.filter((f) => f.rule === 'narrative/year-labels')).toHaveLength(6);
  });

  test('a wrong narrative amount and the list totals it breaks are one finding', () => {
    // 商品服务支出 21.62 (table 21.96): 基本支出 264.5 = 242.55 + 21.62 fails, and 21.62 ≠ its 14 items (21.96)
    const amount = roots.findings.find((f) => f.rule === 'narrative/amounts' && /商品服务支出 21\.62/.test(f.message))!;
    expect(amount.consequences!.map((c) => [c.rule, c.locations[0].cell])).toEqual([
      ['narrative/enumerations', 'A71'],
      ['narrative/enumerations', 'A73'],
    ]);
    expect(amount.rootCause?.kind).toBe('narrative-amount');
    // 卫生健康支出 333.58 vs 22.78 + 326.88: correcting those two amounts to the table's does not make it add up → its own finding
    expect(roots.findings.some((f) => f.rule === 'narrative/enumerations' && /卫生健康支出\(合计\) 333\.58/.test(f.message))).toBe(true);
  });

  test('the paragraph repeated in 十 and 十一(六) is counted once', () => {
    const projects = roots.findings.filter((f) => f.rule === 'narrative/amounts' && /医保专项经费 50 万|基金审计经费 3 万/.test(f.message));
    expect(projects.map((f) => f.locations[0].cell)).toEqual(['A85', 'A85']);
    const fifty = projects.find((f) => /医保专项经费/.test(f.message))!;
    // its copy in A98, and the list total (121 = 50 + 3 + 64 + 22? 139) that the two wrong amounts break, with its copy
    expect(fifty.consequences!.map((c) => [c.rule, c.locations[0].cell])).toEqual([
      ['narrative/amounts', 'A98'],
      ['narrative/enumerations', 'A85'],
      ['narrative/enumerations', 'A98'],
    ]);
    const three = projects.find((f) => /基金审计经费/.test(f.message))!;
    expect(three.consequences!.map((c) => c.locations[0].cell)).toEqual(['A98']);
  });

  test('the 尾差 are one finding per table, listing its cells', () => {
    const tables = roots.findings.filter((f) => f.rootCause?.kind === 'rounding-table');
    expect(tables.map((f) => [f.locations[0].sheet, f.consequences!.length])).toEqual([
      ['表5 一般公共预算支出表', 13],
      ['表6 一般公共预算基本支出表', 4],
      ['表3 支出总表', 8],
    ]);
    expect(tables.reduce((n, f) => n + f.consequences!.length, 0)).toBe(25);
    expect(tables[2].message).toBe('尾差 8 处：表3 支出总表 C6、D6、C9、D9、C10、D10、C18、D18 的合计与分项之和相差 0.01 万元，均在各数分别四舍五入的误差范围内');
    expect(roots.findings.filter((f) => f.category === 'rounding' && f.severity === 'info')).toHaveLength(3);
  });

  test('表9 holding an empty 国有资本经营 table instead of 项目支出表 is one finding', () => {
    const t9 = roots.findings.filter((f) => f.locations[0]?.sheet === '表9 项目支出表');
    expect(t9.map((f) => f.rule)).toEqual(['compliance/title-content']);
    expect(t9[0].consequences!.map((c) => c.rule).sort()).toEqual(['compliance/empty-table-note', 'compliance/required-tables']);
  });

  test('the error count shown is the number of root causes, and nothing is lost', () => {
    const errors = roots.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBe(24); // 表8 空表 is explained in the narrative: a warning since issue 14
    expect(flat.findings.filter((f) => f.severity === 'error').length).toBe(35); // 37 before 表8/表9's 空表 became warnings (explained in the narrative)
    // every finding the rules reported is there, under its root
    const key = (f: Finding) => `${f.rule}|${f.message}|${at(f).join(',')}`;
    const all = flattenFindings(roots.findings).map(key);
    for (const f of flat.findings) expect(all).toContain(key(f));
    expect(roots.findings.reduce((n, f) => n + findingWeight(f), 0)).toBe(flat.findings.length + 3 /* 尾差 tables */ + 1 /* the 2024 year */);
  });

  test('marking the roots marks every cell a finding points at, consequences included', () => {
    const marked = new Set(cellMarks(roots.findings).map((m) => `${m.sheet}!${m.cell}`));
    const pointed = new Set(cellMarks(flat.findings).map((m) => `${m.sheet}!${m.cell}`));
    expect([...pointed].filter((c) => !marked.has(c))).toEqual([]);
  });

  test('percentage differences are in 个百分点', () => {
    const rate = roots.findings.find((f) => f.rule === 'narrative/changes' && /0\.07%/.test(f.message))!;
    expect(rate.differenceUnit).toBe('个百分点');
    expect(findingValues(rate)).toMatchObject({ expected: '0.72%', actual: '0.07%', unit: '个百分点' });
  });
});

describe('no 应为 without evidence', () => {
  test.each(FIXTURE_FILES)('%s: 应为 is shown only where the evidence decides which side is wrong', async (file) => {
    const report = analyseWorkbook(file, await readWorkbookFile(path.join(FIXTURES, file)));
    for (const f of flattenFindings(report.findings)) {
      const v = findingValues(f);
      if (!f.expectedCertain) expect([f.rule, v.expected]).toEqual([f.rule, '']);
      // a message that says 应为 is one whose side is decided
      if (/应为/.test(messageWithoutLocation(f))) expect([f.rule, f.message, f.expectedCertain]).toEqual([f.rule, f.message, true]);
    }
  });

  test('relations between two printed figures decide nothing; the table decides a narrative figure; a recomputed ratio is decided', () => {
    const base = { severity: 'error' as const, locations: [], actual: '2.00', expected: '1.00', difference: '1.00' };
    expect(expectedIsCertain({ ...base, rule: 'intra/function-hierarchy', category: 'intra', message: '合计 2.00 ≠ 各项之和 1.00' })).toBe(false);
    expect(expectedIsCertain({ ...base, rule: 'cross/general-vs-basic', category: 'cross', message: 'a ≠ b' })).toBe(false);
    expect(expectedIsCertain({ ...base, rule: 'narrative/change-consistency', category: 'narrative', message: '增减额不一致' })).toBe(false);
    expect(expectedIsCertain({ ...base, rule: 'narrative/enumerations', category: 'narrative', message: '所列之和' })).toBe(false);
    expect(expectedIsCertain({ ...base, rule: 'narrative/amounts', category: 'narrative', message: '与表不符' })).toBe(true);
    expect(expectedIsCertain({ ...base, rule: 'intra/dept-performance', category: 'intra', expected: '30.22%', actual: '30.32%', message: '占比印为 30.32%，应为 30.22%' })).toBe(true);
    expect(expectedIsCertain({ ...base, rule: 'compliance/code-dictionary', category: 'compliance', expected: '职工基本医疗保险缴费', message: '旧名称' })).toBe(true);
  });
});

/** A relation finding between table cells, as the engine writes one. */
function relation(rule: string, cells: string[], difference: string, expected: string, actual: string): Finding {
  return {
    rule,
    severity: 'error',
    category: rule.startsWith('cross') ? 'cross' : 'intra',
    message: `${cells.join(' + ')}：${actual} ≠ ${expected}，差 ${difference.replace('-', '')} 万元`,
    locations: cells.map((c) => ({ sheet: '表3 支出总表', cell: c })),
    expected,
    actual,
    difference,
  };
}

describe('a wrong cell and every relation it breaks', () => {
  test('the only cell common to three relations, all off by 0.50: one root naming it, the relations under it', () => {
    const findings = [
      relation('intra/function-hierarchy', ['C9', 'C10', 'C11'], '0.50', '333.08', '333.58'),
      relation('intra/row-identity', ['C9', 'D9', 'E9'], '0.50', '333.08', '333.58'),
      relation('intra/function-hierarchy', ['C5', 'C9', 'C20'], '-0.50', '1000.50', '1000.00'),
      relation('intra/row-identity', ['C30', 'D30'], '2.00', '5.00', '7.00'),
    ];
    const roots = rootCauses(findings);
    expect(roots).toHaveLength(2);
    const [cell, other] = roots;
    expect(cell.rootCause).toEqual({ kind: 'cell', summary: '表3 支出总表!C9 一格有误，引起 3 处不符' });
    expect(cell.locations[0]).toEqual({ sheet: '表3 支出总表', cell: 'C9' });
    expect(cell.consequences).toHaveLength(3);
    // where it is the checked total twice with one expected value, the evidence gives the right value
    expect(cell.message).toBe('表3 支出总表!C9 同时使 3 个关系不成立，差额都是 0.50 万元，而这些关系的其他数彼此一致：很可能是这一格有误，应为 333.08');
    expect([cell.expected, cell.actual, cell.expectedCertain]).toEqual(['333.08', '333.58', true]);
    expect(other.consequences).toBeUndefined();
  });

  test('different differences, or two shared cells: the evidence does not decide, nothing is grouped', () => {
    const unequal = [relation('intra/function-hierarchy', ['C9', 'C10'], '0.50', '1', '1.5'), relation('intra/row-identity', ['C9', 'D9'], '0.70', '1', '1.7')];
    expect(rootCauses(unequal).every((f) => !f.consequences)).toBe(true);
    const twoShared = [relation('intra/function-hierarchy', ['C9', 'C10'], '0.50', '1', '1.5'), relation('cross/general-vs-basic', ['C9', 'C10'], '0.50', '1', '1.5')];
    expect(rootCauses(twoShared).every((f) => !f.consequences)).toBe(true);
  });

  test('a narrative figure that quotes the suspect cell joins it, and no longer says the table is right', () => {
    const findings = [
      relation('intra/function-hierarchy', ['C9', 'C10', 'C11'], '0.50', '333.08', '333.58'),
      relation('cross/expenditure-vs-general', ['C9', 'F9'], '0.50', '333.08', '333.58'),
      {
        rule: 'narrative/amounts',
        severity: 'error' as const,
        category: 'narrative' as const,
        message: '情况说明!A60：“卫生健康支出 333.08 万元” 与 支出总表 C9 333.58 不符，差 0.50 万元',
        locations: [{ sheet: '情况说明', cell: 'A60', start: 3, end: 9 }, { sheet: '表3 支出总表', cell: 'C9' }],
        expected: '333.58',
        actual: '333.08',
        difference: '-0.50',
      },
    ];
    const [root] = rootCauses(findings);
    expect(root.rootCause?.kind).toBe('cell');
    expect(root.consequences!.map((c) => c.rule)).toEqual(['intra/function-hierarchy', 'cross/expenditure-vs-general', 'narrative/amounts']);
    expect(root.consequences![2].expectedCertain).toBe(false);
  });
});

describe('the same sentence in two places', () => {
  test('grouped when only the paragraph prefix differs; not when the table cell differs', () => {
    const said = (cell: string, start: number, table: string): Finding => ({
      rule: 'narrative/amounts',
      severity: 'error',
      category: 'narrative',
      message: `情况说明!${cell}：“医保专项经费 50 万” 与 项目支出绩效目标表 ${table}（医保专项经费） 30 不符，差 20 万元`,
      locations: [{ sheet: '情况说明', cell, start, end: start + 4 }, { sheet: '表11', cell: table }],
      expected: '30',
      actual: '50',
      difference: '20',
    });
    const grouped = rootCauses([said('A85', 48, 'F91'), said('A98', 52, 'F91')]);
    expect(grouped).toHaveLength(1);
    expect(grouped[0].rootCause).toEqual({ kind: 'repeated-text', summary: '同一句话出现在 情况说明!A85、情况说明!A98，同一问题只计一次' });
    expect(rootCauses([said('A85', 48, 'F91'), said('A98', 52, 'F92')])).toHaveLength(2);
  });
});
