/**
 * Issue 19, ninth pass: the narrative rules' new shortcuts against the plain code they stand for, on
 * every fixture's narrative (seeds and real documents) and on generated input (deterministic).
 */
import Decimal from 'decimal.js';
import { buildModel } from '../../src/core/check';
import { documentFacts } from '../../src/core/facts';
import type { CheckModel } from '../../src/core/model/model';
import { allMatches } from '../../src/core/narrative/analyse';
import { CHANGE, COMPLETION, mayBeCut, truncatedRate } from '../../src/core/check/rules/percent-truncation';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { Rng } from '../support/department/rng';
import { FIXTURE_PATHS } from '../support/fixtures';
import { plainTruncatedRate } from './plain/percent-truncation';

const models = new Map<string, CheckModel>();

/** Every fixture's model, read once for the file. */
async function fixtureModels(): Promise<CheckModel[]> {
  for (const f of FIXTURE_PATHS) {
    if (models.has(f)) continue;
    const wb = await readWorkbookFile(f);
    models.set(f, buildModel(wb, recognise(wb, {}), documentFacts(wb), undefined));
  }
  return [...models.values()];
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
});
