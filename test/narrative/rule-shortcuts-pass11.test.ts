/**
 * Issue 19, eleventh pass: the narrative rules' new shortcuts against the plain code they replace
 * (test/check/plain/narrative-*.ts, number-typography.ts, percent-truncation.ts: the rules as they were
 * at 6e908c7, with no integer shortcut), on every fixture's narrative as it is and with its figures
 * changed (rates, shares and sums then break and the findings' words are written), and the arithmetic
 * shortcuts on generated figures.
 */
import Decimal from 'decimal.js';
import { buildModel, RULES, runRules, type Rule } from '../../src/core/check';
import { documentFacts } from '../../src/core/facts';
import { narrativeAnalysis } from '../../src/core/narrative/analyse';
import type { Candidate } from '../../src/core/narrative/lexicon';
import type { Claim } from '../../src/core/narrative/analyse';
import { compareAmount, sameDigits } from '../../src/core/check/rules/narrative-helpers';
import { pickConcepts, surelyRoundsFrom, surelyRoundsTo } from '../../src/core/check/rules/narrative-ratios';
import { fixtureModels, fixtureRecognition } from '../support/fixture-models';
import { narrativeInternal } from '../../src/core/check/rules/narrative-internal';
import { FIXTURE_PATHS } from '../support/fixtures';
import { Rng } from '../support/department/rng';
import { plainCompareAmount, type PlainMatch } from './plain/compare-amount';
import { narrativeChanges as plainChanges } from '../check/plain/narrative-changes';
import { narrativeCompletion as plainCompletion, narrativeShares as plainShares } from '../check/plain/narrative-shares';
import { narrativeEnumerations as plainEnumerations } from '../check/plain/narrative-enumerations';
import { narrativeInternal as plainInternal } from '../check/plain/narrative-internal';
import { numberTypography as plainTypography } from '../check/plain/number-typography';
import { percentTruncation as plainTruncation } from '../check/plain/percent-truncation';

const PLAIN: Rule[] = [plainChanges, plainShares, plainCompletion, plainEnumerations, plainInternal, plainTypography, plainTruncation];

/** RULES with the plain rules in their places (same ids, same order). */
const PLAIN_RULES = RULES.map((r) => PLAIN.find((p) => p.meta.id === r.meta.id) ?? r);

/**
 * A fixture's narrative with its figures changed, deterministically: a last digit moved by one, a
 * full-width comma, a 顿号 or a wide space inside a figure, a “%” dropped, a half-width comma after
 * 万元 (the typography and truncation rules' cases), a headcount moved by one.
 */
function changed(texts: string[], seed: number): string[] {
  const rng = new Rng(seed);
  return texts.map((t) =>
    t
      .replace(/(\d)(?=\s*(%|％|万元))/g, (d) => (rng.chance(30) ? String((Number(d) + 1) % 10) : d))
      .replace(/(\d),?(\d{3}(?:\.\d+)?\s*万元)/g, (m, a, b) => (rng.chance(20) ? `${a}${rng.pick(['，', '、', '\u3000'])}${b}` : m))
      .replace(/(\.\d{1,2})%/g, (m, a) => (rng.chance(10) ? a : m))
      .replace(/万元，/g, (m) => (rng.chance(30) ? '万元,' : m))
      .replace(/\d(?=\s*[人名])/g, (d) => (rng.chance(30) ? String((Number(d) + 1) % 10) : d)),
  );
}

/** Every rule (the fast ones, then the plain ones) on two models of one workbook: findings and each claim's status alike. */
async function expectSame(file: string, texts?: (t: string[]) => string[]): Promise<string[]> {
  const { wb, rec } = await fixtureRecognition(file);
  const own = buildModel(wb, rec, documentFacts(wb)).narrative;
  const external = texts ? { source: 'changed.docx', paragraphs: texts(own.map((p) => p.text)).map((text, i) => ({ text, file: 'changed.docx', paragraph: i + 1 })) } : undefined;
  const fast = buildModel(wb, rec, documentFacts(wb), external);
  const plain = buildModel(wb, rec, documentFacts(wb), external);
  const got = runRules(fast, RULES);
  expect(got).toEqual(runRules(plain, PLAIN_RULES));
  expect(narrativeAnalysis(fast).claims.map((c) => c.status)).toEqual(narrativeAnalysis(plain).claims.map((c) => c.status));
  return got.findings.filter((f) => PLAIN.some((p) => p.meta.id === f.rule)).map((f) => f.rule);
}

describe('narrative rules shortcuts, eleventh pass (issue 19)', () => {
  test.each(FIXTURE_PATHS.map((f) => [f.split('/').slice(-2).join('/'), f]))('%s: the rules as their plain versions, as it is and with changed figures', async (_name, file) => {
    await expectSame(file);
    for (const seed of [1, 2, 3]) await expectSame(file, (t) => changed(t, seed));
  }, 60000);

  test('the fixtures and their changed figures make each of the rules report', async () => {
    const findings: string[] = [];
    for (const file of FIXTURE_PATHS) findings.push(...(await expectSame(file)), ...(await expectSame(file, (t) => changed(t, 1))));
    // each of the rules reports some (cut-off rates: the fixtures' own)
    expect(PLAIN.map((r) => [r.meta.id, findings.filter((id) => id === r.meta.id).length > 3])).toEqual(PLAIN.map((r) => [r.meta.id, true]));
  }, 60000);

  test('narrative/internal-consistency (a paragraph no headcount pattern matches is not cut into clauses) as its plain version, on generated paragraphs', () => {
    const rng = new Rng(114);
    const pieces = ['编制数', '核定编制', '总编制', '行政编制', '在职实有人数', '在职实有', '离退休人员', '离退休', '为', '共', ' ', '其中', '。', '；', '，', '人', '名', '单位', '基本支出 12.35 万元', '基本支出 12.34 万元'];
    const run = (rule: Rule, narrative: { text: string }[]) => {
      const out: unknown[] = [];
      rule.check({ model: { narrative }, report: (f: unknown) => out.push(f), skip: () => undefined } as never);
      return out;
    };
    let found = 0;
    for (let i = 0; i < 3000; i++) {
      const narrative = Array.from({ length: rng.int(2, 4) }, (_, j) => ({ text: Array.from({ length: rng.int(2, 12) }, () => (rng.chance(30) ? String(rng.int(1, 40)) : rng.pick(pieces))).join(''), sheet: '情况说明', cell: `A${j + 1}` }));
      const got = run(narrativeInternal, narrative);
      expect([i, got]).toEqual([i, run(plainInternal, narrative)]);
      found += got.length;
    }
    expect(found).toBeGreaterThan(100);
  });

  test('pickConcepts = the concepts’ candidates one after the other (flatMap), on every fixture’s lexicon', async () => {
    const NAMES = ['in:本年收入合计', 'ex:本年支出合计', 'in:收入总计', 'ex:支出总计', '一般公共预算:项目支出', '项目支出', '三公:合计', '政府采购', '一般公共预算支出', '人员经费'];
    let found = 0;
    for (const m of await fixtureModels()) {
      const lx = narrativeAnalysis(m).lexicon;
      for (const a of NAMES) {
        for (const b of [undefined, ...NAMES]) {
          const plain = (b === undefined ? [a] : [a, b]).flatMap((k) => lx.concept(k));
          const got = pickConcepts(lx, 'x', a, b);
          expect([a, b, got ? [...got.cands] : null]).toEqual([a, b, plain.length ? plain : null]);
          if (got && b !== undefined && lx.concept(a).length && lx.concept(b).length) found++;
        }
      }
    }
    expect(found).toBeGreaterThan(100);
  });

  test('sameDigits says true only for one value (and for most equal pairs), on generated figures', () => {
    const rng = new Rng(111);
    let same = 0;
    for (let i = 0; i < 20000; i++) {
      const places = rng.int(0, 8);
      const v = rng.int(-99_999_999, 99_999_999);
      const a = new Decimal(v).div(new Decimal(10).pow(places));
      // the same value made otherwise, a neighbour, or a scaled copy
      const b = rng.pick([new Decimal(a.toString()), a.plus(new Decimal(10).pow(-rng.int(0, 9))), a.mul(10), new Decimal(`${v}e-${places}`), a.neg()]);
      const fast = sameDigits(a, b);
      if (fast) same++;
      expect([a.toString(), b.toString(), fast && !a.eq(b)]).toEqual([a.toString(), b.toString(), false]);
      if (a.eq(b) && !a.isZero()) expect([a.toString(), b.toString(), fast]).toEqual([a.toString(), b.toString(), true]);
    }
    expect(same).toBeGreaterThan(5000);
    expect(sameDigits(new Decimal(0), new Decimal(-0))).toBe(false);
  });

  test('compareAmount (the text’s own value returned at once) equals the plain comparison, candidates rounding to it before it', () => {
    const shown = (m: PlainMatch | null, cands: Candidate[]) => (m ? [m.status, cands.indexOf(m.cand), m.diff.toString()] : null);
    const rng = new Rng(112);
    const at = (v: number, places: number) => new Decimal(v).div(new Decimal(10).pow(places));
    const half = (places: number) => new Decimal(5).div(new Decimal(10).pow(places + 1));
    for (let i = 0; i < 6000; i++) {
      const places = rng.int(0, 3);
      const v = rng.int(0, 99_999);
      const claim = { id: i, token: { wan: at(v, places), half: half(places) } } as unknown as Claim;
      // finer figures that round to the text's value (or not), then the value itself, then others
      const cands = Array.from({ length: rng.int(1, 7) }, () => {
        const qp = rng.pick([places, places, places + 1, places + 2, 6]);
        const qv = v * 10 ** (qp - places) + (qp === places ? rng.pick([0, 0, 1, -1]) : rng.int(-6, 6) * 10 ** (qp - places - 1));
        return { q: { value: at(qv, qp), half: half(qp) } } as unknown as Candidate;
      });
      expect([i, shown(compareAmount(claim, cands), cands)]).toEqual([i, shown(plainCompareAmount(claim, cands), cands)]);
    }
  });

  test('surelyRoundsTo up to half a unit (exclusive) and surelyRoundsFrom: true only where the quotient rounds to the printed rate', () => {
    const plain = (c: Decimal, base: Decimal, stated: Decimal, k: number) => c.div(base).mul(100).toDecimalPlaces(k, Decimal.ROUND_HALF_UP).eq(stated);
    const rng = new Rng(113);
    let told = 0;
    let right = 0;
    let edge = 0;
    let from = 0;
    for (let i = 0; i < 30000; i++) {
      const k = rng.int(0, 3);
      const base = new Decimal(rng.int(1, 99_999_999)).div(new Decimal(10).pow(rng.int(0, 6)));
      // a rate at a random point, or just below / at half a unit past a printed figure
      const stated = new Decimal(rng.int(0, 99_999)).div(new Decimal(10).pow(k));
      const u = new Decimal(10).pow(-k);
      const target = rng.pick([stated.plus(u.mul(rng.unit() - 0.5)), stated.plus(u.div(2)), stated.plus(u.div(2)).minus(new Decimal(10).pow(-rng.int(6, 14))), stated.minus(u.div(2))]);
      const c = target.mul(base).div(100).toDecimalPlaces(rng.int(0, 6), rng.pick([Decimal.ROUND_DOWN, Decimal.ROUND_UP, Decimal.ROUND_HALF_UP]));
      if (c.isNegative()) continue;
      const truth = plain(c, base, stated, k);
      if (truth) right++;
      if (surelyRoundsTo(c, base, stated, k)) {
        told++;
        const rate = c.div(base).mul(100).minus(stated).div(u);
        if (rate.gt(0.4)) edge++;
        expect([c.toString(), base.toString(), stated.toString(), k, truth]).toEqual([c.toString(), base.toString(), stated.toString(), k, true]);
      }
      // the base made of 本年 and the change (cur + sign · c): true only where the quotient rounds to the printed rate
      const sign = rng.pick([1, -1] as const);
      const cur = base.minus(c.mul(sign));
      if (cur.isPositive() && surelyRoundsFrom(cur, c, sign, stated, k)) {
        from++;
        expect([cur.toString(), c.toString(), sign, stated.toString(), truth]).toEqual([cur.toString(), c.toString(), sign, stated.toString(), true]);
      }
    }
    expect(told).toBeGreaterThan(right * 0.6);
    expect(from).toBeGreaterThan(right * 0.3);
    expect(edge).toBeGreaterThan(300);
    // exactly half a unit above: rounds up, not the printed figure; just below it: the printed figure
    expect(surelyRoundsTo(new Decimal('1.125'), new Decimal(100), new Decimal('1.12'), 2)).toBe(false);
    expect(surelyRoundsTo(new Decimal('1.12499'), new Decimal(100), new Decimal('1.12'), 2)).toBe(true);
    expect(surelyRoundsFrom(new Decimal('101.12499'), new Decimal('1.12499'), -1, new Decimal('1.12'), 2)).toBe(true);
    expect(surelyRoundsFrom(new Decimal('98.875'), new Decimal('1.125'), 1, new Decimal('1.12'), 2)).toBe(false);
  });
});
