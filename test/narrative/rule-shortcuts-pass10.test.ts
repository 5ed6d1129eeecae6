/**
 * Issue 19, tenth pass: the narrative's new shortcuts against the plain code they stand for, on every
 * fixture's narrative (seeds and real documents) and on generated input (deterministic).
 */
import { buildModel } from '../../src/core/check';
import { documentFacts } from '../../src/core/facts';
import type { CheckModel } from '../../src/core/model/model';
import { mayCountUnits, mayNameAssets, mayNameUnitRange } from '../../src/core/check/rules/narrative-text';
import { norm, normalise } from '../../src/core/recognize/text';
import Decimal from 'decimal.js';
import { addsUp, addsUpInIntegers, ANY_MARKER, narrativeAnalysis, type Claim } from '../../src/core/narrative/analyse';
import { plainAddsUp } from './plain/adds-up';
import { Rng } from '../support/department/rng';
import { normed, wordsInNorm } from '../../src/core/narrative/tokens';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { randomStrings } from '../support/random-strings';
import { FIXTURE_PATHS } from '../support/fixtures';

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

/** Every paragraph text of the fixtures. */
async function fixtureTexts(): Promise<string[]> {
  return (await fixtureModels()).flatMap((m) => m.narrative.map((p) => p.text));
}

/** The plain reading narrative/facts made of every paragraph (norm, then the pattern). */
const plainAssets = (t: string) => /资产|车辆/.test(norm(t));
const plainUnits = (t: string) => /(\d+|[一二两三四五六七八九十]+)\s*个\s*(二级事业单位|二级单位|事业单位|所属单位|下属单位|预算单位|单位)/.test(norm(t));
const plainRange = (t: string) => /单位范围[^。]*?([一二两三四五六七八九十\d]+)个/.test(norm(t));

describe('narrative shortcuts, tenth pass (issue 19)', () => {
  test('narrative/facts: a paragraph passed without norm holds none of its patterns, on every fixture text and generated texts', async () => {
    const texts = [...(await fixtureTexts()), ...randomStrings(['资', '产', '车', '辆', ' ', '\u3000', '个', '3', '３', '单位', '范围', '范', '围', '二级单位', '，', '。', '（', '本级'], 6000, 10, 110)];
    let hits = 0;
    for (const t of texts) {
      // a pass (false) must be a text the plain reading finds nothing in
      if (plainAssets(t)) expect([t, mayNameAssets(t)]).toEqual([t, true]);
      if (plainUnits(t)) expect([t, mayCountUnits(t)]).toEqual([t, true]);
      if (plainRange(t)) expect([t, mayNameUnitRange(t)]).toEqual([t, true]);
      if (plainAssets(t) || plainUnits(t) || plainRange(t)) hits++;
    }
    expect(hits).toBeGreaterThan(200);
    // split by white space (“资 产”, “3 个”): still not passed
    expect(mayNameAssets('资 产')).toBe(true);
    expect(mayCountUnits('3\u3000个单位')).toBe(true);
    expect(mayNameUnitRange('单位范 围 3 个')).toBe(true);
  });

  /** Pieces norm changes and pieces it keeps, the marker words split by white space among them. */
  const NORM_PIECES = ['其', '中', '其中', '包括', '主要', '是', '分别', '为', '如下', '明细', '具体', ' ', '\u3000', '\u00a0', '\n', '\t', '：', ':', '，', '（', '）', '【', '】', '“', '”', '‘', '’', "'", '－', '—', '３', '0', '１２', '.', '万元', '支出', 'a'];

  test('normed equals normalise, on every fixture text (and its clauses) and generated texts', async () => {
    const texts = await fixtureTexts();
    const clauses = texts.flatMap((t) => t.split(/[，。；]/));
    const all = [...texts, ...clauses, ...randomStrings(NORM_PIECES, 8000, 12, 111)];
    let same = 0;
    for (const t of all) {
      expect([t, normed(t)]).toEqual([t, normalise(t)]);
      if (normalise(t) === t) same++;
    }
    // both kinds are met: texts norm leaves alone and texts it changes
    expect(same).toBeGreaterThan(1000);
    expect(all.length - same).toBeGreaterThan(1000);
  });

  test('wordsInNorm(ANY_MARKER) equals the marker test on the normalised text, on every fixture text and generated texts', async () => {
    const all = [...(await fixtureTexts()), ...randomStrings(NORM_PIECES, 8000, 12, 112)];
    let found = 0;
    for (const t of all) {
      const plain = ANY_MARKER.test(normalise(t));
      expect([t, wordsInNorm(ANY_MARKER, t)]).toEqual([t, plain]);
      if (plain) found++;
    }
    expect(found).toBeGreaterThan(500);
    expect(wordsInNorm(ANY_MARKER, '其 中：')).toBe(true);
    expect(wordsInNorm(ANY_MARKER, '其\u3000中')).toBe(true);
  });

  test('addsUp (exact integers where they are safe) equals the plain decimal.js sum, on every fixture’s claims and generated figures', async () => {
    let seen = 0;
    for (const m of await fixtureModels()) {
      const amounts = narrativeAnalysis(m).claims.filter((c) => c.token.wan);
      // each amount as a total of the next few (sliding windows over the narrative's figures)
      for (let i = 0; i + 1 < amounts.length; i++) {
        for (let k = 1; k <= 4 && i + k < amounts.length; k++) {
          const items = amounts.slice(i + 1, i + 1 + k);
          expect([amounts[i].id, k, addsUp(items, amounts[i])]).toEqual([amounts[i].id, k, plainAddsUp(items, amounts[i])]);
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(2000);
    const rng = new Rng(113);
    const claim = (wan: Decimal | undefined, half: Decimal | undefined) => ({ token: { wan, half } }) as unknown as Claim;
    const figure = (): Decimal => {
      const places = rng.int(0, 6);
      const big = rng.chance(25);
      const m = big ? `${rng.int(1, 99_999_999)}${rng.int(10_000_000, 99_999_999)}` : String(rng.int(0, 9_999_999));
      const v = new Decimal(m).div(new Decimal(10).pow(places));
      return rng.chance(5) ? v.neg() : v;
    };
    const half = () => (rng.chance(10) ? undefined : new Decimal(5).div(new Decimal(10).pow(rng.int(1, 7))));
    let integers = 0;
    let yes = 0;
    for (let i = 0; i < 20000; i++) {
      const items = Array.from({ length: rng.int(1, 5) }, () => claim(figure(), half()));
      // a total near the items' sum (equal, off by a half, off by more) or anything
      const sum = items.reduce((a, c) => a.plus(c.token.wan as Decimal), new Decimal(0));
      const th = half();
      // (at the edge: the sum off by exactly its slack, or by one unit of the 7th place more)
      const slack = items.reduce((a, c) => a.plus(c.token.half ?? 0), th ?? new Decimal(0));
      const edge = sum.plus(slack.mul(rng.pick([1, -1]))).plus(rng.chance(50) ? new Decimal('1e-7') : 0);
      const total = claim(rng.chance(30) ? edge : rng.chance(70) ? sum.plus(new Decimal(rng.int(-30, 30)).div(new Decimal(10).pow(rng.int(0, 6)))) : figure(), th);
      const plain = plainAddsUp(items, total);
      expect([i, addsUp(items, total)]).toEqual([i, plain]);
      if (addsUpInIntegers(items, total) !== null) integers++;
      if (plain) yes++;
    }
    // past 2^53 at the finest places: left to decimal.js (in doubles 900719925474e7 + 1 loses the 1)
    const edge = [claim(new Decimal('900719925474'), undefined), claim(new Decimal('0.0000001'), undefined)];
    for (const t of ['900719925474.0000001', '900719925474']) {
      const total = claim(new Decimal(t), undefined);
      expect(addsUpInIntegers(edge, total)).toBeNull();
      expect([t, addsUp(edge, total)]).toEqual([t, plainAddsUp(edge, total)]);
    }
    expect(addsUp(edge, claim(new Decimal('900719925474.0000001'), undefined))).toBe(true);
    // both answers met, most told in integers, and some left to decimal.js
    expect(yes).toBeGreaterThan(2000);
    expect(integers).toBeGreaterThan(6000);
    expect(integers).toBeLessThan(20000);
  });
});
