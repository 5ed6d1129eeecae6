/**
 * Issue 19, eighth pass: the narrative tie-out's new shortcuts against the plain code they stand for,
 * on the seed workbooks and on generated input (deterministic: test/support/random-strings.ts).
 */
import Decimal from 'decimal.js';
import * as fs from 'fs';
import * as path from 'path';
import { buildModel } from '../../src/core/check';
import { documentFacts } from '../../src/core/facts';
import type { CheckModel } from '../../src/core/model/model';
import { narrativeAnalysis, NarrativeAnalysis, scopeFacts, scopeFactsUncached, type Claim } from '../../src/core/narrative/analyse';
import { titleKey, titleKeyUncached } from '../../src/core/narrative/structure';
import { halfOf, truncatedRate } from '../../src/core/check/rules/percent-truncation';
import { lastClaim } from '../../src/core/check/rules/narrative-ratios';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { Rng } from '../support/department/rng';
import { randomStrings } from '../support/random-strings';
import { plainTruncatedRate } from './plain/percent-truncation';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const SEEDS = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx'));

async function modelOf(file: string): Promise<CheckModel> {
  const wb = await readWorkbookFile(path.join(FIXTURES, file));
  return buildModel(wb, recognise(wb, {}), documentFacts(wb), undefined);
}

/** The words a section title about business facts holds (the oracle's own copy of the list). */
const BUSINESS = /(重点工作|工作目标|主要任务|主要职能|主要职责|部门职责|职能|机构设置|联系方式|名词解释|单位概况|部门概况|人员构成|人员情况|预算单位构成|单位构成)/;

const TITLE_PIECES = ['三公', '基本支出', '人员经费', '公用经费', '机关运行经费', '项目', '财政拨款', '一般公共预算', '政府性基金', '国有资本经营', '预算', '支出', '收支', '收入', '/', '职能', '名词解释', '单位构成', '工作', '、', ' '];

/** Scopes (lists of titles) made of the pieces, some of them empty. */
function randomScopes(count: number, seed: number): string[][] {
  const titles = randomStrings(TITLE_PIECES, count * 3, 5, seed);
  const out: string[][] = [];
  for (let i = 0; i < count; i++) out.push(titles.slice(i * 3, i * 3 + (i % 4)));
  return out;
}

describe('narrative tie-out shortcuts, eighth pass (issue 19)', () => {
  test('scopeFacts (patterns remembered by joined text and last title) equals the plain reading, on the seeds and on generated scopes', async () => {
    let seen = 0;
    for (const f of SEEDS) {
      for (const c of narrativeAnalysis(await modelOf(f)).claims) {
        expect(scopeFacts(c.scope)).toEqual(scopeFactsUncached(c.scope));
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(100);
    // twice over: the second time every answer is a remembered one
    const scopes = randomScopes(1500, 7);
    for (const round of [0, 1]) for (const s of scopes) expect([round, scopeFacts(s)]).toEqual([round, scopeFactsUncached(s)]);
  });

  test('isBusiness (the last scope kept) answers as the titles do, asked in text order, backwards and on generated scopes', async () => {
    for (const f of SEEDS) {
      const a = new NarrativeAnalysis(await modelOf(f));
      const n = a.paragraphs.length;
      const order = [...Array(n).keys()];
      for (const pi of [...order, ...order.reverse()]) expect([pi, a.isBusiness(a.scopeOf(pi))]).toEqual([pi, a.scopeOf(pi).some((s) => BUSINESS.test(s))]);
      for (const s of randomScopes(400, 11)) expect(a.isBusiness(s)).toBe(s.some((t) => BUSINESS.test(t)));
    }
  });

  test('titleKey (remembered) equals titleKeyUncached', () => {
    const texts = randomStrings(['一、', '（', '）', '(', ')', '“', '”', '"', "'", '「', '」', '：', ':', '。', '.', ';', '；', ',', '，', ' ', '\u3000', '\u00a0', '收支总表', '部门预算', 'A'], 3000, 10, 23);
    for (const round of [0, 1]) for (const t of texts) expect([round, t, titleKey(t)]).toEqual([round, t, titleKeyUncached(t)]);
  });

  test('halfOf(d) is half a unit of the d-th decimal place, the same object each time', () => {
    for (let d = 0; d < 12; d++) {
      expect(halfOf(d).eq(new Decimal(`${d === 0 ? '0.5' : `0.${'0'.repeat(d)}5`}`))).toBe(true);
      expect(halfOf(d)).toBe(halfOf(d));
    }
  });

  test('truncatedRate (shared halves, printed rate first) equals the plain recomputation on generated figures', () => {
    const rng = new Rng(19);
    const show = (r: { exact: Decimal; rounded: Decimal } | null) => (r ? `${r.exact.toString()} ${r.rounded.toString()}` : null);
    /** A figure with 0–3 decimals, with thousands separators now and then. */
    const figure = (): string => {
      const d = rng.int(0, 3);
      const v = new Decimal(rng.int(1, 9_999_999)).div(new Decimal(10).pow(d)).toFixed(d);
      return rng.chance(30) ? v.replace(/^(\d+)(\d{3})/, '$1,$2') : v;
    };
    let verdicts = 0;
    for (let i = 0; i < 3000; i++) {
      const [num, den] = [figure(), figure()];
      const exact = new Decimal(num.replace(/,/g, '')).div(den.replace(/,/g, '')).mul(100);
      // the rate printed cut off, rounded, or whole
      const places = rng.int(0, 3);
      const p = exact.toDecimalPlaces(places, rng.chance(50) ? Decimal.ROUND_DOWN : Decimal.ROUND_HALF_UP).toFixed(places);
      const got = show(truncatedRate(num, den, p));
      expect([num, den, p, got]).toEqual([num, den, p, show(plainTruncatedRate(num, den, p))]);
      const now = new Decimal(den.replace(/,/g, ''));
      const from = (y: Decimal) => now.plus(y);
      expect([num, den, p, show(truncatedRate(num, den, p, from))]).toEqual([num, den, p, show(plainTruncatedRate(num, den, p, from))]);
      if (got) verdicts++;
    }
    // cut-off rates among them, told alike by both
    expect(verdicts).toBeGreaterThan(50);
    expect(truncatedRate('1,099.73', '1,073.78', '102.41')).not.toBeNull();
    expect(truncatedRate('1,099.73', '1,073.78', '102')).toBeNull();
  });

  test('lastClaim equals [...list].reverse().find(test)', () => {
    const claims = Array.from({ length: 40 }, (_, i) => ({ id: i, role: i % 3 === 0 ? 'amount' : 'change' }) as unknown as Claim);
    const tests: ((c: Claim) => boolean)[] = [() => false, () => true, (c) => c.role === 'amount', (c) => c.id < 7, (c) => c.id % 5 === 2];
    for (let n = 0; n <= claims.length; n += 3) for (const t of tests) expect(lastClaim(claims.slice(0, n), t)).toBe([...claims.slice(0, n)].reverse().find(t));
  });
});
