/**
 * The narrative tie-out on the five seed fixtures: every inconsistency between the 情况说明
 * and the tables that a careful reviewer finds (worked out from the seed texts and
 * ../shared/docs/domain.md §2.5, TXT-01…TXT-19) is reported, nothing else is reported as a
 * narrative error or warning, and at least 90 % of the narrative's figures are tied to the
 * tables, checked within the text, or explicitly classified (years, headcounts, 序号 …).
 */
import * as path from 'path';
import { analyseWorkbook, type FileReport, type Finding } from '../../src/core/report';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';

interface Expect {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  /** The narrative cell, e.g. 'A60', and optionally a table cell ('表3 支出总表!C17'). */
  cell: string;
  message: RegExp;
}

const reports = new Map<string, FileReport>();
async function report(file: string): Promise<FileReport> {
  let r = reports.get(file);
  if (!r) {
    const p = path.join(__dirname, '..', 'fixtures', file);
    // the engine's findings, one per relation (root causes are tested in test/review/roots.test.ts)
    r = analyseWorkbook(p, await readWorkbookFile(p), undefined, {}, { rootCauses: false });
    reports.set(file, r);
  }
  return r;
}

function matches(f: Finding, e: Expect): boolean {
  return f.rule === e.rule && f.severity === e.severity && f.locations.some((l) => l.sheet === '情况说明' && l.cell === e.cell) && e.message.test(f.message);
}

function expectExactly(r: FileReport, expected: Expect[]): void {
  const narrative = r.findings.filter((f) => f.rule.startsWith('narrative/') && f.severity !== 'info');
  const missing = expected.filter((e) => !narrative.some((f) => matches(f, e))).map((e) => `${e.severity} ${e.rule} ${e.cell} ${e.message}`);
  const unexpected = narrative.filter((f) => !expected.some((e) => matches(f, e))).map((f) => `${f.severity} ${f.rule} ${f.message}`);
  expect({ missing, unexpected }).toEqual({ missing: [], unexpected: [] });
}

function coverage(r: FileReport): number {
  const n = r.narrative;
  const classified = Object.values(n.classified ?? {}).reduce((a, b) => a + (b ?? 0), 0);
  return (n.tied + (n.checked ?? 0) + classified) / n.numbers;
}

describe('S000 黄陂区医疗保障服务中心 2023 预算 (narrative right throughout)', () => {
  const file = '2023-huangpi-ybfwzx-budget.xlsx';
  test('no narrative finding', async () => expectExactly(await report(file), []));
  test('the stated changes are recomputed and hold: 5863.03 / 83.51 %, 162.77 / 19.89 %, 6028 / 97.57 %', async () => {
    const r = await report(file);
    expect(r.narrative.untied?.map((u) => u.text)).toEqual([]);
    expect(r.narrative.checked).toBeGreaterThanOrEqual(6);
  });
  test('coverage ≥ 90 %', async () => expect(coverage(await report(file))).toBeGreaterThanOrEqual(0.9));
});

describe('S001 东西湖区医疗保障局 2022 预算', () => {
  const file = '2022-dongxihu-ybj-budget.xlsx';
  test('findings', async () => {
    expectExactly(await report(file), [
      // TXT-01 / TXT-16: 基本支出 and 项目支出 moved 217.42 (购买服务人员) from 基本 to 项目
      { rule: 'narrative/amounts', severity: 'error', cell: 'A34', message: /基本支出 777\.39 万元.*994\.81.*差 217\.42/ },
      { rule: 'narrative/amounts', severity: 'error', cell: 'A34', message: /项目支出 2514\.52 万元.*2297\.10.*差 217\.42/ },
      // TXT-03: the 公用经费 list: 办公费 10.32 vs 13.32, 其他商品和服务支出 58.08 vs 55.11, and a line that is not an 款
      { rule: 'narrative/amounts', severity: 'error', cell: 'A51', message: /办公费 10\.32万元.*30201 办公费.*13\.32/ },
      { rule: 'narrative/amounts', severity: 'error', cell: 'A60', message: /其他商品及服务支出 58\.08万元.*30299.*55\.11/ },
      { rule: 'narrative/enumerations', severity: 'warning', cell: 'A63', message: /离退休人员公用经费.*经济科目/ },
      // TXT-05: 174.95 / (994.81 − 174.95) = 21.34 %, not 21.24 %
      { rule: 'narrative/changes', severity: 'error', cell: 'A45', message: /增长率应为 21\.34%，而不是 21\.24%/ },
      // TXT-08: 2022 budget compares with 2020
      { rule: 'narrative/year-labels', severity: 'error', cell: 'A64', message: /比 2020 年.*应为 2021 年/ },
      // TXT-16: 三公 单位范围 二个 vs 一个
      { rule: 'narrative/facts', severity: 'error', cell: 'A101', message: /单位范围.*一个.*二个.*前后不一致/ },
      // TXT-15: 项目绩效目标 3291.91 is the department total, 项目支出 2297.10
      { rule: 'narrative/facts', severity: 'warning', cell: 'A91', message: /3291\.91 万元.*部门支出总额.*2297\.10/ },
      // TXT-19: 2 事业单位 stated, one 单位 row
      { rule: 'narrative/facts', severity: 'warning', cell: 'A17', message: /2 个预算单位.*1 个单位/ },
    ]);
  });
  test('right statements hold: 181.08 / 5.82 %, 6.24 / 0.27 %, 30.41 / 33.19 %, 30.22 / 69.78 %, 三公 4 = 0 + 3 + 1 (300 %), 项目 8 items = 2297.1', async () => {
    const r = await report(file);
    const wrong = r.findings.filter((f) => f.rule.startsWith('narrative/') && /5\.82|0\.27 ?%|33\.19|30\.22|69\.78|300 ?%|2297\.1 万元，比/.test(f.message));
    expect(wrong.map((f) => f.message)).toEqual([]);
  });
  test('coverage ≥ 90 %', async () => expect(coverage(await report(file))).toBeGreaterThanOrEqual(0.9));
});

describe('S002 黄陂区医疗保障服务中心 2024 决算', () => {
  const file = '2024-huangpi-ybfwzx-final.xlsx';
  test('findings', async () => {
    expectExactly(await report(file), [
      // TXT-07: 1,099.73 / 1,073.78 = 102.42 %; 100 % is the completion of 调整后预算
      { rule: 'narrative/completion', severity: 'error', cell: 'A64', message: /102\.42%，而不是 100%.*调整后预算数/ },
      // TXT-07 (W): completion ≠ 100 % without a reason
      { rule: 'narrative/reasons', severity: 'warning', cell: 'A66', message: /99\.2%.*没有说明原因/ },
      { rule: 'narrative/reasons', severity: 'warning', cell: 'A75', message: /100\.7%.*没有说明原因/ },
      // TXT-17: 六 lists every 款 of the template
      { rule: 'narrative/item-lists', severity: 'warning', cell: 'A81', message: /人员经费.*职业年金缴费.*没有金额/ },
      { rule: 'narrative/item-lists', severity: 'warning', cell: 'A82', message: /公用经费.*没有金额/ },
      // TXT-14: "无国有资产占用情况" while 06表 has 31002 办公设备购置 1.88
      { rule: 'narrative/facts', severity: 'warning', cell: 'A99', message: /无国有资产占用.*31002 办公设备购置 1\.88/ },
      // TXT-16 (issue 16): 基本支出 999.73 in 三, 999.72 in 六 (docs/seed-findings.md S002)
      { rule: 'narrative/internal-consistency', severity: 'warning', cell: 'A49', message: /同一个基本支出前后写成 999\.73 和 999\.72/ },
    ]);
  });
  test('80.7 % (888.19 / 1,099.73 = 80.76 %, shares forced to 100 %) is a 尾差, not an error', async () => {
    const r = await report(file);
    const f = r.findings.find((x) => x.rule === 'narrative/shares' && /80\.7%/.test(x.message));
    expect(f?.severity).toBe('info');
    expect(f?.category).toBe('rounding');
  });
  test('122.74 equals the 01表 figure; 999.72 equals 06表 人员经费 + 公用经费', async () => {
    const r = await report(file);
    expect(r.findings.filter((f) => f.rule === 'narrative/amounts').map((f) => f.message)).toEqual([]);
  });
  test('coverage ≥ 90 %', async () => expect(coverage(await report(file))).toBeGreaterThanOrEqual(0.9));
});

describe('S003 青山区医疗保障服务中心 2026 预算', () => {
  const file = '2026-qingshan-ybfwzx-budget.xlsx';
  test('findings', async () => {
    expectExactly(await report(file), [
      // TXT-06: a new unit: "增长 100%" on a zero base
      { rule: 'narrative/changes', severity: 'warning', cell: 'A75', message: /上年数为 0/ },
      { rule: 'narrative/changes', severity: 'warning', cell: 'A85', message: /上年数为 0/ },
      { rule: 'narrative/changes', severity: 'warning', cell: 'A88', message: /上年数为 0/ },
      // TXT-17: 职业年金缴费 (no 30109) and 20 公用 items while 表6 has 30201 and 30299 only
      { rule: 'narrative/item-lists', severity: 'warning', cell: 'A92', message: /职业年金缴费/ },
      { rule: 'narrative/item-lists', severity: 'warning', cell: 'A94', message: /公用经费.*等 20 项/ },
    ]);
  });
  test('shares 73.94 % / 26.06 % and every amount hold', async () => {
    const r = await report(file);
    expect(r.findings.filter((f) => f.rule === 'narrative/amounts' || f.rule === 'narrative/shares').map((f) => f.message)).toEqual([]);
  });
  test('coverage ≥ 90 %', async () => expect(coverage(await report(file))).toBeGreaterThanOrEqual(0.9));
});

describe('S004 蔡甸区医疗保障局 2025 预算', () => {
  const file = '2025-caidian-ybj-budget.xlsx';
  test('findings', async () => {
    expectExactly(await report(file), [
      // TXT-01 / TXT-02
      { rule: 'narrative/amounts', severity: 'error', cell: 'A58', message: /385\.52 万元.*385\.50.*差 0\.02/ },
      { rule: 'narrative/amounts', severity: 'error', cell: 'A60', message: /住房保障支出 22\.73 万元.*22\.48.*差 0\.25 万元/ },
      { rule: 'narrative/amounts', severity: 'error', cell: 'A73', message: /商品服务支出 21\.62 万元.*302 商品和服务支出.*21\.96/ },
      // TXT-01 / TXT-09: the 卫生健康 款 and 项 figures of 五
      { rule: 'narrative/amounts', severity: 'error', cell: 'A67', message: /行政单位医疗 22\.78 万元.*11\.25/ },
      { rule: 'narrative/amounts', severity: 'error', cell: 'A67', message: /医疗保障管理事务 326\.88 万元.*310\.18/ },
      { rule: 'narrative/amounts', severity: 'error', cell: 'A67', message: /行政单位医疗 11\.20 万元.*11\.25/ },
      { rule: 'narrative/amounts', severity: 'error', cell: 'A67', message: /公务员医疗补助 11\.58 万元.*12\.15/ },
      { rule: 'narrative/amounts', severity: 'error', cell: 'A67', message: /行政运行 187\.88 万元.*189\.18/ },
      { rule: 'narrative/amounts', severity: 'error', cell: 'A67', message: /一般行政管理事务 115\.60 万元.*116\.00/ },
      { rule: 'narrative/amounts', severity: 'error', cell: 'A67', message: /医疗保障经办事务 3 万元.*5\.00/ },
      { rule: 'narrative/enumerations', severity: 'error', cell: 'A67', message: /其他医疗保障管理事务.*没有/ },
      { rule: 'narrative/enumerations', severity: 'error', cell: 'A67', message: /333\.58 万元.*349\.66/ },
      // TXT-03: the project list (last year's amounts) in 十 and again in 十一(六)
      { rule: 'narrative/amounts', severity: 'error', cell: 'A85', message: /医保专项经费 50 万.*30/ },
      { rule: 'narrative/amounts', severity: 'error', cell: 'A85', message: /基金审计经费 3 万.*5/ },
      { rule: 'narrative/enumerations', severity: 'error', cell: 'A85', message: /121 万元.*4 项之和为 139 万元/ },
      { rule: 'narrative/amounts', severity: 'error', cell: 'A98', message: /医保专项经费 50 万/ },
      { rule: 'narrative/amounts', severity: 'error', cell: 'A98', message: /基金审计经费 3 万/ },
      { rule: 'narrative/enumerations', severity: 'error', cell: 'A98', message: /121 万元.*139 万元/ },
      // TXT-03: 基本支出 264.5 vs its items 242.55 + 21.62; 商品服务支出 21.62 vs its own 14 items (21.96)
      { rule: 'narrative/enumerations', severity: 'error', cell: 'A71', message: /264\.5 万元.*264\.17/ },
      { rule: 'narrative/enumerations', severity: 'error', cell: 'A73', message: /21\.62 万元.*14 项之和为 21\.96/ },
      // TXT-03: assets 194.3 + 98.75 + 19.13 ≠ 312.8, 312.8 + 3.18 ≠ 315.36
      { rule: 'narrative/enumerations', severity: 'error', cell: 'A96', message: /315\.36 万元.*315\.98/ },
      { rule: 'narrative/enumerations', severity: 'error', cell: 'A96', message: /312\.8 万元.*312\.18/ },
      // TXT-05: 1.88 / 262.62 = 0.72 %, not 0.07 %
      { rule: 'narrative/changes', severity: 'error', cell: 'A71', message: /0\.72%，而不是 0\.07%/ },
      // TXT-16: 四 says −16.12, 六 says −16.25 for the same 财政拨款 figure
      { rule: 'narrative/change-consistency', severity: 'error', cell: 'A70', message: /16\.25.*16\.12/ },
      // TXT-08: a 2025 budget headed 2024
      { rule: 'narrative/year-labels', severity: 'error', cell: 'A54', message: /2024 年部门预算情况说明.*应为 2025 年/ },
      { rule: 'narrative/year-labels', severity: 'error', cell: 'A56', message: /应为 2025 年/ },
      { rule: 'narrative/year-labels', severity: 'error', cell: 'A58', message: /应为 2025 年/ },
      { rule: 'narrative/year-labels', severity: 'error', cell: 'A60', message: /应为 2025 年/ },
      { rule: 'narrative/year-labels', severity: 'error', cell: 'A62', message: /2024 年财政拨款.*应为 2025 年/ },
      { rule: 'narrative/year-labels', severity: 'error', cell: 'A62', message: /比 2023 年.*应为 2024 年/ },
      // TXT-18: changes without a reason (十 项目支出 −18, and 四's −16.12)
      { rule: 'narrative/reasons', severity: 'warning', cell: 'A84', message: /减少 18 万元.*没有说明原因/ },
      { rule: 'narrative/reasons', severity: 'warning', cell: 'A62', message: /减少 16\.12 万元.*没有说明原因/ },
      // STD-13: "培训费01.74"
      { rule: 'narrative/number-format', severity: 'warning', cell: 'A88', message: /01\.74.*前导 0/ },
    ]);
  });
  test('right statements hold: 一 and 四 住房保障支出 22.48, 机关运行经费 21.96 and its 14 items, 工资福利 items (242.53 vs 242.55 is a 尾差)', async () => {
    const r = await report(file);
    const about = (cell: string) => r.findings.filter((f) => f.rule.startsWith('narrative/') && f.severity !== 'info' && f.locations[0]?.cell === cell);
    expect(about('A56')).toHaveLength(1); // only the year
    expect(about('A63')).toEqual([]);
    expect(about('A68')).toEqual([]);
    expect(about('A72')).toEqual([]);
    expect(about('A88').map((f) => f.rule)).toEqual(['narrative/number-format']);
  });
  test('coverage ≥ 90 %, and the untied figures are listed with their sentence', async () => {
    const r = await report(file);
    expect(coverage(r)).toBeGreaterThanOrEqual(0.9);
    const untied = r.narrative.untied ?? [];
    expect(untied.length).toBeGreaterThan(0);
    expect(untied.find((u) => u.text === '64.00万元')?.context).toMatch(/政府购买服务/);
    expect(untied.every((u) => u.location.sheet === '情况说明' && /^A\d+$/.test(u.location.cell))).toBe(true);
  });
});
