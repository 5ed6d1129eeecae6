/**
 * The table rules' and the engine's ninth-pass cuts (issue 19) against the plain code they replace,
 * kept under test/check/plain/: runRules' de-duplication and severity order, the fingerprint's hex
 * digits and one-location key, the tables of each row identity, the 采购 rows by sheet row, the
 * 基本支出表 footers looked for only with their classes, the summary lines by concept, the disclosure
 * headings listed once per outline, and the small regex and literal hoists. Each runs on every
 * fixture and on generated input (synthetic departments with changed cells, random findings).
 */
import { buildModel, RULES, runRules, type Rule } from '../../src/core/check';
import { fingerprintOf, locKeys } from '../../src/core/check/fingerprint';
import { bySeverity } from '../../src/core/check/order';
import { disclosureOf } from '../../src/core/check/rules/disclosure-helpers';
import { conceptLine, moneyKeys } from '../../src/core/check/rules/helpers';
import { DESCRIPTIVE_KEYS, LABEL_KEYS, QUANTITY_KEYS } from '../../src/core/recognize/columns';
import type { Recognised } from '../../src/core/recognize';
import deptPerformance from '../../src/core/check/rules/dept-performance';
import economicHierarchy from '../../src/core/check/rules/economic-hierarchy';
import emptyTableNote from '../../src/core/check/rules/empty-table-note';
import procurementHierarchy from '../../src/core/check/rules/procurement-hierarchy';
import rowIdentity from '../../src/core/check/rules/row-identity';
import staffComposition from '../../src/core/check/rules/staff-composition';
import { summaryBalance, summaryExpense, summaryIncome } from '../../src/core/check/rules/summary';
import type { CheckModel } from '../../src/core/model/model';
import type { NarrativeParagraph } from '../../src/core/model/paragraphs';
import type { SectionId } from '../../src/core/model/templates';
import { recognise } from '../../src/core/recognize';
import type { Location, Severity } from '../../src/core/report-base';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { randomStrings } from '../support/random-strings';
import { changeCells } from '../support/change-cells';
import { syntheticBudget } from '../support/synthetic';
import plainDeptPerformance from './plain/dept-performance';
import * as plainDisclosure from './plain/disclosure-helpers';
import { buildWorkbook } from './rule-tester';
import { basicTable, narrativeSheet, type TableSheet } from './tables';
import plainEconomicHierarchy from './plain/economic-hierarchy';
import plainEmptyTableNote from './plain/empty-table-note';
import { runRules as plainRunRules } from './plain/engine';
import plainProcurementHierarchy from './plain/procurement-hierarchy';
import plainRowIdentity from './plain/row-identity';
import plainStaffComposition from './plain/staff-composition';
import * as plainSummary from './plain/summary';
import { lcg } from '../support/lcg';

const PAIRS: [Rule, Rule][] = [
  [rowIdentity, plainRowIdentity],
  [procurementHierarchy, plainProcurementHierarchy],
  [economicHierarchy, plainEconomicHierarchy],
  [summaryBalance, plainSummary.summaryBalance],
  [summaryIncome, plainSummary.summaryIncome],
  [summaryExpense, plainSummary.summaryExpense],
  [staffComposition, plainStaffComposition],
  [emptyTableNote, plainEmptyTableNote],
  [deptPerformance, plainDeptPerformance],
];

/** The matters the disclosure rules read, with the words they find a paragraph by. */
const MATTERS: [SectionId, RegExp][] = [
  ['operation', /机关运行经费/],
  ['procurement', /政府采购/],
  ['assets', /共有车辆|车辆\s*\d+\s*辆/],
  ['performance', /绩效/],
  ['staff', /人员/],
  ['overall', /收支/],
];

/** moneyKeys as it was: every column scanned for in the rows. */
function plainMoneyKeys(t: Recognised): string[] {
  const keys: string[] = [];
  for (const c of t.columns) {
    if (!c.key || QUANTITY_KEYS.has(c.key) || /(单价|数量|编制数|行次|栏次|占比)/.test(c.key)) continue;
    if (!keys.includes(c.key) && t.rows.some((r) => r.values[c.key as string])) keys.push(c.key);
  }
  return keys;
}

/** Every rule pair, the whole rule set (new engine and old) and the helpers, on one model; the findings counted. */
function expectSame(model: CheckModel): number {
  let n = 0;
  for (const [rule, plain] of PAIRS) {
    const got = runRules(model, [rule]);
    expect(got).toEqual(runRules(model, [plain]));
    n += got.findings.length;
  }
  expect(JSON.stringify(runRules(model, RULES))).toBe(JSON.stringify(plainRunRules(model, RULES)));
  for (const [id, mention] of MATTERS) expect(disclosureOf(model.narrative, id, mention)).toEqual(plainDisclosure.disclosureOf(model.narrative, id, mention));
  for (const t of model.tables) {
    expect(moneyKeys(t)).toEqual(plainMoneyKeys(t));
    // what moneyKeys relies on: no row has a value under a code, name or descriptive column
    for (const r of t.rows) for (const k of Object.keys(r.values)) expect(LABEL_KEYS.has(k) || DESCRIPTIVE_KEYS.has(k)).toBe(false);
    const lines = model.summary(t);
    for (const l of lines) if (l.concept) expect(conceptLine(lines, l.concept)).toBe(lines.find((x) => x.concept === l.concept));
    expect(conceptLine(lines, 'in:没有这一行')).toBeUndefined();
  }
  return n;
}

describe('the table rules and runRules as their plain versions', () => {
  test.each(FIXTURE_PATHS.map((f) => [f.split('/').slice(-2).join('/'), f]))('%s', async (_name, file) => {
    const wb = await readWorkbookFile(file);
    expectSame(buildModel(wb, recognise(wb)));
  }, 60000);

  test('synthetic departments, as they are and with changed cells', () => {
    let findings = 0;
    for (const seed of [1, 2, 3, 4]) {
      const b = syntheticBudget({ seed, units: 3 + seed, itemsPerUnit: 9, projectsPerUnit: seed });
      expectSame(buildModel(b.workbook, recognise(b.workbook)));
      changeCells(b, seed, 4 * seed);
      findings += expectSame(buildModel(b.workbook, recognise(b.workbook)));
    }
    // the changed cells broke relations the pairs check
    expect(findings).toBeGreaterThan(10);
  }, 120000);
});


/** Pieces of random texts: digits and the masked characters, words, separators, a space. */
const PIECES = ['1', '23.5', '-', ',', '.', '尾差', '合计', '|', '!', '#', ' ', 'A1', '万元', '（', 'x'];

describe('runRules reports as before', () => {
  // a rule that reports random messages at random cells, many of them twice (the de-duplication),
  // with random severities (the order)
  const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
  const noisy = (seed: number): Rule => ({
    meta: { id: 'test/noisy', category: 'intra', severity: 'error', title: '', description: '', implements: [], example: '' },
    check(ctx) {
      const r = lcg(seed);
      const texts = randomStrings(PIECES, 12, 4, seed).map((s) => `${s}|${Math.floor(r() * 3)}`);
      for (let i = 0; i < 300; i++) {
        const locations: Location[] = [];
        for (let k = Math.floor(r() * 3); k > 0; k--) locations.push({ sheet: r() < 0.2 ? 'a|b' : 'S', cell: `A${Math.floor(r() * 4)}` });
        ctx.report({ message: texts[Math.floor(r() * texts.length)], locations, severity: SEVERITIES[Math.floor(r() * 3)], category: r() < 0.2 ? 'rounding' : undefined });
      }
    },
  });

  test('random reports: the same findings, kept and dropped, in the same order', () => {
    const wb = syntheticBudget({ seed: 5, units: 2 }).workbook;
    const model = buildModel(wb, recognise(wb));
    for (let seed = 1; seed <= 40; seed++) {
      const rules = [noisy(seed), noisy(seed + 1000)];
      expect(JSON.stringify(runRules(model, rules))).toBe(JSON.stringify(plainRunRules(model, rules)));
      expect(JSON.stringify(runRules(model, rules, { rounding: false }))).toBe(JSON.stringify(plainRunRules(model, rules, { rounding: false })));
    }
  });
});

describe('the severity order', () => {
  const RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };
  test('random lists: the stable sort', () => {
    const r = lcg(7);
    for (let n = 0; n < 400; n++) {
      const list = Array.from({ length: Math.floor(r() * 30) }, (_, i) => ({ severity: (['error', 'warning', 'info'] as Severity[])[Math.floor(r() * (n % 4 === 0 ? 1.5 : 3))], i }));
      const expected = [...list].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
      const got = bySeverity(list);
      expect(got).toBe(list);
      expect(got).toEqual(expected);
    }
  });

  test('a severity outside the three is ordered as the sort orders it', () => {
    const list = [{ severity: 'info' }, { severity: 'odd' }, { severity: 'error' }] as { severity: Severity }[];
    const expected = [...list].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    expect(bySeverity(list)).toEqual(expected);
  });
});

/** FNV-1a as it was written: the joined input, the numbers masked by a regex, the hex by toString. */
function plainFingerprint(rule: string, where: string, message: string): string {
  const s = `${rule}|${where}|${message.replace(/[-\d.,]+/g, '#')}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

describe('the fingerprint', () => {
  test('random rules, cells and messages: the plain hash, every hex digit', () => {
    const texts = randomStrings(PIECES, 3000, 6, 11);
    const seen = new Set<string>();
    for (let i = 0; i + 2 < texts.length; i += 3) {
      const got = fingerprintOf(texts[i], texts[i + 1], texts[i + 2]);
      expect(got).toBe(plainFingerprint(texts[i], texts[i + 1], texts[i + 2]));
      for (const c of got) seen.add(c);
    }
    expect(seen.size).toBe(16);
  });

  test('locKeys: the locations mapped and joined', () => {
    const r = lcg(3);
    const one = (): Location => (r() < 0.3 ? { sheet: '', cell: '', file: 'x.docx', paragraph: Math.floor(r() * 9) } : { sheet: r() < 0.5 ? 'S' : 'T', cell: `B${Math.floor(r() * 9)}` });
    for (let n = 0; n < 200; n++) {
      const list = Array.from({ length: n % 4 }, one);
      expect(locKeys(list)).toBe(list.map((l) => (l.file !== undefined ? `${l.file}#${l.paragraph}` : `${l.sheet}!${l.cell}`)).join(','));
    }
  });
});

describe('the disclosure headings', () => {
  test('generated narratives: the same section as the plain reading', () => {
    const r = lcg(19);
    const heads = ['一、机关运行经费情况', '（二）政府采购情况', '三、国有资产占用情况', '2. 政府采购管理经费145.19万元', '（四）2025 年绩效目标', '第一部分 部门概况', '一、人员构成', '（一）收支总体情况'];
    const bodies = ['机关运行经费预算 21.96 万元。', '本单位无政府采购。', '共有车辆 6 辆。', '主要用于办公。', '无', '绩效目标 3 个。'];
    for (let n = 0; n < 60; n++) {
      const paragraphs: NarrativeParagraph[] = Array.from({ length: 4 + Math.floor(r() * 20) }, (_, i) => ({
        sheet: '情况说明',
        cell: `A${i + 1}`,
        text: r() < 0.4 ? heads[Math.floor(r() * heads.length)] : bodies[Math.floor(r() * bodies.length)],
      }));
      for (const [id, mention] of MATTERS) expect(disclosureOf(paragraphs, id, mention)).toEqual(plainDisclosure.disclosureOf(paragraphs, id, mention));
    }
  });
});

describe('generated tables and narratives', () => {
  const modelOf = (sheets: TableSheet[]): CheckModel => {
    const wb = buildWorkbook(sheets);
    return buildModel(wb, recognise(wb));
  };
  const pair = (model: CheckModel, rule: Rule, plain: Rule): number => {
    const got = runRules(model, [rule]);
    expect(got).toEqual(runRules(model, [plain]));
    return got.findings.length;
  };

  test('基本支出表 with and without the 06表 footers and their classes', () => {
    const r = lcg(23);
    let findings = 0;
    for (let n = 0; n < 40; n++) {
      const rows: (string | number | null)[][] = [];
      const add = (code: string, name: string, v: number, staff: boolean) => {
        if (r() < 0.25) return 0;
        rows.push([code, name, v, staff ? v : 0, staff ? 0 : v], [`${code}01`, `${name}明细`, v, staff ? v : 0, staff ? 0 : v]);
        return v;
      };
      const p301 = add('301', '工资福利支出', 80, true);
      const p302 = add('302', '商品和服务支出', 10, false);
      const p303 = add('303', '对个人和家庭的补助', 5, true);
      const off = () => (r() < 0.5 ? 0 : Math.floor(r() * 3) - 1);
      if (r() < 0.8) rows.push([r() < 0.5 ? '人员经费合计' : '人员经费', null, p301 + p303 + off()]);
      if (r() < 0.8) rows.push([r() < 0.5 ? '公用经费合计' : '公用经费', null, p302 + off()]);
      findings += pair(modelOf([basicTable(rows as never)]), economicHierarchy, plainEconomicHierarchy);
    }
    expect(findings).toBeGreaterThan(3);
  });

  test('人员构成 sentences', () => {
    const r = lcg(29);
    let findings = 0;
    const heads = ['编制数', '在职实有人数', '离退休人员', '总编制'];
    for (let n = 0; n < 40; n++) {
      const a = Math.floor(r() * 9);
      const b = Math.floor(r() * 9);
      const total = a + b + (r() < 0.5 ? 0 : 1);
      const text = `本部门${heads[n % 4]} ${total} 人，其中${r() < 0.5 ? '：' : ''}行政编制 ${a} 人、事业编制 ${b} 人${r() < 0.3 ? '（含工勤 1 人）' : ''}。`;
      findings += pair(modelOf([narrativeSheet([text])]), staffComposition, plainStaffComposition);
    }
    expect(findings).toBeGreaterThan(3);
  });
});
