/**
 * Issue 19, ninth pass: the narrative rules' new shortcuts against the plain code they stand for, on
 * every fixture's narrative (seeds and real documents) and on generated input (deterministic).
 */
import Decimal from 'decimal.js';
import { allMatches, narrativeAnalysis, type Claim } from '../../src/core/narrative/analyse';
import type { Candidate } from '../../src/core/narrative/lexicon';
import { scaledInteger } from '../../src/core/amount';
import { compareAmount } from '../../src/core/check/rules/narrative-helpers';
import { surelyRoundsTo } from '../../src/core/check/rules/narrative-ratios';
import { shareVerdict, type Q } from '../../src/core/model/quantity';
import { mentionsPerformance, yearOf } from '../../src/core/check/rules/narrative-text';
import { CHANGE, COMPLETION, mayBeCut, truncatedRate } from '../../src/core/check/rules/percent-truncation';
import { Rng } from '../support/department/rng';
import { randomStrings } from '../support/random-strings';
import { fixtureModels } from '../support/fixture-models';
import { plainTruncatedRate } from './plain/percent-truncation';
import { plainCompareAmount, type PlainMatch } from './plain/compare-amount';

/** A comparison as plain data: its status, which candidate (by position) and the difference. */
function shown(m: PlainMatch | null, cands: Candidate[]) {
  return m ? [m.status, cands.indexOf(m.cand), m.diff.toString()] : null;
}

const show = (r: { exact: Decimal; rounded: Decimal } | null) => (r ? `${r.exact.toString()} ${r.rounded.toString()}` : null);

/** The rule's reading of a completion rate and of a change rate, with the integer pre-test, as it calls them. */
function fastCompletion(num: string, den: string, printed: string) {
  return mayBeCut(num, den, printed) ? truncatedRate(num, den, printed) : null;
}
function fastChange(now: string, up: boolean, y: string, printed: string) {
  if (!mayBeCut(y, now, printed, up ? -1 : 1)) return null;
  const v = new Decimal(now.replace(/,/g, ''));
  return truncatedRate(y, now, printed, (n) => (up ? v.minus(n) : v.plus(n)));
}
function plainChange(now: string, up: boolean, y: string, printed: string) {
  const v = new Decimal(now.replace(/,/g, ''));
  return plainTruncatedRate(y, now, printed, (n) => (up ? v.minus(n) : v.plus(n)));
}

describe('narrative rules shortcuts, ninth pass (issue 19)', () => {
  test('percent-truncation: the integer pre-test never drops a cut-off rate, on every fixture’s sentences', async () => {
    let seen = 0;
    for (const m of await fixtureModels()) {
      for (const p of m.narrative) {
        for (const x of allMatches(COMPLETION, p.text)) {
          expect([x[0], show(fastCompletion(x[2], x[1], x[3]))]).toEqual([x[0], show(plainTruncatedRate(x[2], x[1], x[3]))]);
          seen++;
        }
        for (const x of allMatches(CHANGE, p.text)) {
          expect([x[0], show(fastChange(x[1], x[2] === '增加', x[3], x[4]))]).toEqual([x[0], show(plainChange(x[1], x[2] === '增加', x[3], x[4]))]);
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(100);
  });

  test('percent-truncation: the integer pre-test on generated figures, printed cut off, rounded and one unit off', () => {
    const rng = new Rng(91);
    /** A figure with 0–3 decimals, small or up to 15 digits, with thousands separators now and then. */
    const figure = (): string => {
      const d = rng.int(0, 3);
      const whole = rng.chance(10) ? `${rng.int(1, 9_999_999)}${rng.int(0, 9_999_999)}` : String(rng.int(1, rng.chance(50) ? 999 : 9_999_999));
      const v = new Decimal(whole).div(new Decimal(10).pow(d)).toFixed(d);
      return rng.chance(30) ? v.replace(/^(\d+)(\d{3})/, '$1,$2') : v;
    };
    const plain = (s: string) => new Decimal(s.replace(/,/g, ''));
    let cut = 0;
    let passed = 0;
    for (let i = 0; i < 6000; i++) {
      const [num, den] = [figure(), figure()];
      const up = rng.chance(50);
      const base = rng.chance(50) ? plain(den) : up ? plain(den).minus(plain(num)) : plain(den).plus(plain(num));
      if (base.lte(0)) continue;
      const exact = plain(num).div(base).mul(100);
      const places = rng.int(0, 3);
      const unit = new Decimal(10).pow(-places);
      const mode = rng.pick([Decimal.ROUND_DOWN, Decimal.ROUND_HALF_UP, Decimal.ROUND_UP]);
      const p = exact.toDecimalPlaces(places, mode).plus(rng.chance(20) ? unit.neg() : 0).toFixed(places);
      if (p.startsWith('-')) continue;
      const a = show(fastCompletion(num, den, p));
      expect([num, den, p, a]).toEqual([num, den, p, show(plainTruncatedRate(num, den, p))]);
      const b = show(fastChange(den, up, num, p));
      expect([den, up, num, p, b]).toEqual([den, up, num, p, show(plainChange(den, up, num, p))]);
      if (a || b) cut++;
      if (mayBeCut(num, den, p)) passed++;
    }
    // cut-off rates found alike, and most rates passed without decimal.js
    expect(cut).toBeGreaterThan(100);
    expect(passed).toBeLessThan(3000);
    // on the edges of the window: a rate just below P + u/2 and exactly at P + 1
    expect(mayBeCut('1', '3', '33.33')).toBe(false); // 33.333…: rounds to what is printed
    expect(mayBeCut('2', '3', '66.66')).toBe(true); // 66.666…: cut off
    expect(mayBeCut('12.54', '100', '12.5')).toBe(true); // P + 0.4u: passed on to truncatedRate
    expect(mayBeCut('12.53', '100', '12.5')).toBe(false);
    expect(mayBeCut('1', '8', '12.4')).toBe(false); // 12.5 exactly: truncates to 12.5
  });

  test('compareAmount (stops at the text’s own value) equals the plain comparison, on every fixture’s claims and on generated figures', async () => {
    let seen = 0;
    for (const m of await fixtureModels()) {
      const a = narrativeAnalysis(m);
      // every claim against its own candidates and against all the 科目 figures of the workbook
      const all = [...a.lexicon.functions, ...a.lexicon.economics].flatMap((x) => x.cands);
      for (const c of a.claims) {
        for (const cands of [c.binding?.cands ?? [], all.slice(0, 40)]) {
          expect([c.id, shown(compareAmount(c, cands), cands)]).toEqual([c.id, shown(plainCompareAmount(c, cands), cands)]);
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(1000);
    const rng = new Rng(92);
    const at = (v: number, places: number) => new Decimal(v).div(new Decimal(10).pow(places));
    for (let i = 0; i < 4000; i++) {
      const places = rng.int(0, 3);
      const v = rng.int(0, 99_999);
      const claim = { id: i, token: { wan: at(v, places), half: new Decimal(5).div(new Decimal(10).pow(places + 1)) } } as unknown as Claim;
      // candidates at the text's value, beside it, and finer (元 in 万元), in random order and repeated
      const cands = Array.from({ length: rng.int(1, 6) }, () => {
        const qp = rng.pick([places, places + 1, places + 2, 6]);
        const qv = rng.chance(40) ? v * 10 ** (qp - places) : v * 10 ** (qp - places) + rng.int(-60, 60);
        return { q: { value: at(qv, qp), half: new Decimal(5).div(new Decimal(10).pow(qp + 1)) } } as unknown as Candidate;
      });
      expect([i, shown(compareAmount(claim, cands), cands)]).toEqual([i, shown(plainCompareAmount(claim, cands), cands)]);
    }
  });

  test('mentionsPerformance (a section’s titles read once) = /绩效/ on the titles joined with the paragraph before the figure, in text order, backwards and shuffled', async () => {
    const rng = new Rng(93);
    let seen = 0;
    let yes = 0;
    for (const m of await fixtureModels()) {
      const claims = narrativeAnalysis(m).claims;
      const shuffled = [...claims];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = rng.int(0, i);
        [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
      }
      for (const c of [...claims, ...[...claims].reverse(), ...shuffled]) {
        const plain = /绩效/.test(c.scope.join('/') + c.p.text.slice(0, c.token.start));
        expect([c.id, mentionsPerformance(c)]).toEqual([c.id, plain]);
        seen++;
        if (plain) yes++;
      }
    }
    expect(seen).toBeGreaterThan(1000);
    expect(yes).toBeGreaterThan(50);
    // generated: a few scope arrays shared by many claims, read in random order
    const pieces = randomStrings(['绩', '效', '目', '标', '/', ' '], 3000, 5, 94);
    const scopes = Array.from({ length: 40 }, (_, i) => [pieces[2 * i], pieces[2 * i + 1]].filter((t) => t.length > 0));
    for (let i = 100; i < pieces.length; i++) {
      const scope = rng.pick(scopes);
      const text = `${pieces[i]}资金 10 万元`;
      const start = text.indexOf('10');
      const c = { id: i, scope, p: { text }, token: { start } } as unknown as Claim;
      expect([i, mentionsPerformance(c)]).toEqual([i, /绩效/.test(scope.join('/') + text.slice(0, start))]);
    }
  });

  test('scaledInteger reads a Decimal as m / 10^places (or gives up), on fixture figures and generated ones', async () => {
    const values: Decimal[] = [];
    for (const m of await fixtureModels()) for (const c of narrativeAnalysis(m).claims) values.push(c.token.value, ...(c.token.wan ? [c.token.wan] : []));
    const rng = new Rng(95);
    for (let i = 0; i < 3000; i++) values.push(new Decimal(rng.int(-99_999_999, 99_999_999)).div(new Decimal(10).pow(rng.int(-3, 12))));
    // round figures: decimal.js drops their trailing zero words
    for (let i = 0; i < 500; i++) values.push(new Decimal(rng.int(1, 999)).mul(new Decimal(10).pow(rng.int(0, 14))));
    let read = 0;
    for (const v of values) {
      const x = scaledInteger(v);
      if (!x) continue;
      read++;
      expect([v.toString(), new Decimal(x.m).div(new Decimal(10).pow(x.places)).toString(), x.places === 0 || x.m % 10 !== 0]).toEqual([v.toString(), v.toString(), true]);
    }
    expect(read).toBeGreaterThan(values.length * 0.8);
  });

  test('surelyRoundsTo says true only where the quotient rounds to the printed rate, on every fixture’s rates and on generated ones', async () => {
    const plain = (c: Decimal, base: Decimal, stated: Decimal, k: number) => c.div(base).mul(100).toDecimalPlaces(k, Decimal.ROUND_HALF_UP).eq(stated);
    let sure = 0;
    let rates = 0;
    for (const m of await fixtureModels()) {
      for (const r of narrativeAnalysis(m).claims) {
        if (r.role !== 'rate' || !r.change?.token.wan || !r.of?.token.wan) continue;
        const c = r.change.token.wan;
        const base = (r.change.direction || r.direction || 1) > 0 ? r.of.token.wan.minus(c) : r.of.token.wan.plus(c);
        if (base.lte(0)) continue;
        rates++;
        const fast = surelyRoundsTo(c, base, r.token.value, r.token.decimals);
        if (fast) sure++;
        if (fast) expect([r.id, plain(c, base, r.token.value, r.token.decimals)]).toEqual([r.id, true]);
      }
    }
    expect(rates).toBeGreaterThan(200);
    expect(sure).toBeGreaterThan(rates / 2);
    const rng = new Rng(96);
    let told = 0;
    let right = 0;
    for (let i = 0; i < 20000; i++) {
      const c = new Decimal(rng.int(0, 9_999_999)).div(new Decimal(10).pow(rng.int(0, 6)));
      const base = new Decimal(rng.int(1, 99_999_999)).div(new Decimal(10).pow(rng.int(0, 6)));
      const k = rng.int(0, 3);
      const exact = c.div(base).mul(100);
      // printed rounded, cut off, one unit off either way
      const stated = exact.toDecimalPlaces(k, rng.pick([Decimal.ROUND_HALF_UP, Decimal.ROUND_DOWN, Decimal.ROUND_UP])).plus(new Decimal(10).pow(-k).mul(rng.pick([0, 0, 1, -1])));
      if (stated.isNegative()) continue;
      const truth = plain(c, base, stated, k);
      if (truth) right++;
      if (surelyRoundsTo(c, base, stated, k)) {
        told++;
        expect([c.toString(), base.toString(), stated.toString(), k, truth]).toEqual([c.toString(), base.toString(), stated.toString(), k, true]);
      }
    }
    expect(told).toBeGreaterThan(right * 0.7);
    // on the edges: exactly half a unit above (rounds up: not the printed figure) and 0.4 above
    expect(surelyRoundsTo(new Decimal('1.125'), new Decimal(100), new Decimal('1.12'), 2)).toBe(false);
    expect(surelyRoundsTo(new Decimal('1.124'), new Decimal(100), new Decimal('1.12'), 2)).toBe(true);
    expect(surelyRoundsTo(new Decimal('1.115'), new Decimal(100), new Decimal('1.12'), 2)).toBe(true);
    expect(surelyRoundsTo(new Decimal('1.1149'), new Decimal(100), new Decimal('1.12'), 2)).toBe(false);
  });

  test('surelyRoundsTo before shareVerdict: true only where shareVerdict says equal, on every fixture’s shares (and completion rates) against the workbook’s figures', async () => {
    const q = (c: Claim): Q => ({ value: c.token.wan ?? c.token.value, half: c.token.half ?? new Decimal(0), decimals: c.token.decimals, sheet: '', cell: '', label: '' });
    let sure = 0;
    let equal = 0;
    for (const m of await fixtureModels()) {
      const a = narrativeAnalysis(m);
      const wholes = [...a.lexicon.functions, ...a.lexicon.economics].flatMap((x) => x.cands.map((c) => c.q)).slice(0, 60);
      for (const s of a.claims) {
        if ((s.role !== 'share' && s.role !== 'completion') || !s.of) continue;
        const part = q(s.of);
        // its own figures (part of a part: 100 %), and the workbook's
        for (const whole of [part, ...wholes, ...a.claims.filter((c) => c.p === s.p && c.token.wan).map(q)]) {
          const v = shareVerdict(q(s), part, whole);
          if (v?.status === 'equal') equal++;
          if (whole.value.isZero() || !surelyRoundsTo(part.value, whole.value, q(s).value, Math.max(s.token.decimals, 0))) continue;
          sure++;
          expect([s.id, whole.value.toString(), v?.status]).toEqual([s.id, whole.value.toString(), 'equal']);
        }
      }
    }
    expect(equal).toBeGreaterThan(100);
    expect(sure).toBeGreaterThan(equal * 0.7);
  });

  test('yearOf = value.toNumber(), on every fixture’s year tokens and generated values', async () => {
    let years = 0;
    for (const m of await fixtureModels()) {
      for (const tokens of narrativeAnalysis(m).paragraphTokens) {
        for (const t of tokens) {
          expect([t.text, yearOf(t.value)]).toEqual([t.text, t.value.toNumber()]);
          if (t.kind === 'year') years++;
        }
      }
    }
    expect(years).toBeGreaterThan(200);
    const rng = new Rng(97);
    for (let i = 0; i < 3000; i++) {
      const v = new Decimal(rng.int(-9_999_999, 9_999_999)).mul(new Decimal(10).pow(rng.int(-4, 12)));
      expect([v.toString(), yearOf(v)]).toEqual([v.toString(), v.toNumber()]);
    }
  });
});
