/**
 * narrative/internal-consistency (issue 16, TXT-16): the same amount or headcount written two ways
 * in the 情况说明. Texts from ../shared/seeds (S002 黄陂 2024 决算 三 and 六, S001 东西湖 2022 概况,
 * S000 黄陂 2023 概况); a case that changes a figure says so.
 */
import Decimal from 'decimal.js';
import { narrativeInternal, compareAmounts } from '../../../src/core/check/rules/narrative-internal';
import { Rng } from '../../support/department/rng';
import { ruleTester } from '../rule-tester';
import { narrativeSheet } from '../tables';

const N = '情况说明';
// S002 三、支出决算情况说明 / 六、一般公共预算财政拨款基本支出决算情况说明
const S002_3 = '2024 年度支出合计 1,099.73 万元，与 2023 年度相比，支出合计减少 4,638.17 万元，下降 80.8%，主要原因是本年度医疗救助资金减少。其中：基本支出 999.73 万元，占本年支出 90.9%；项目支出 100 万元，占本年支出 9.1%。';
const S002_6 = '2024 年度一般公共预算财政拨款基本支出 999.72 万元，其中：';
// S001 二、人员构成
const S001 = '东西湖区医疗保障局共有编制 30 人，其中：行政编制 8 人，事业编制 22 人，员额编制 0 人。在职实有人数 30 人，其中：行政编制 8 人，事业编制 20 人（其中参照公务员法管理 0 人），员额编制 0 人。离退休人员 1 人，其中：离休 0 人，退休 1 人。';
// S000 概况
const S000 = '黄陂区医疗保障服务中心总编制人数 43 人，其中：行政编制 0 人，事业编制 43 人（其中：参照公务员法管理 0 人）。在职实有人数 41 人，其中：行政编制 0 人，事业编制 41 人。';

test('compareAmounts: a rounding of the other is the same; one unit of the last decimal is a slip; more is another quantity', () => {
  expect(compareAmounts('100', '100.4')).toBe('same');
  expect(compareAmounts('999.73', '999.72')).toBe('slip');
  expect(compareAmounts('777.39', '994.81')).toBe('different');
  expect(compareAmounts('100', '101')).toBe('different');
});

/** compareAmounts as it was before its integer-part shortcut (issue 19): decimal.js for every pair. */
function plainCompareAmounts(a: string, b: string): 'same' | 'slip' | 'different' {
  if (a === b) return 'same';
  const places = (s: string) => (s.indexOf('.') < 0 ? 0 : s.length - s.indexOf('.') - 1);
  const d = Math.min(places(a), places(b));
  const x = new Decimal(a);
  const y = new Decimal(b);
  if (x.toDecimalPlaces(d, Decimal.ROUND_HALF_UP).eq(y.toDecimalPlaces(d, Decimal.ROUND_HALF_UP))) return 'same';
  return x.minus(y).abs().lte(new Decimal(1).div(new Decimal(10).pow(d))) && d >= 1 ? 'slip' : 'different';
}

test('compareAmounts = the plain decimal.js comparison on generated pairs near and far apart (integer parts 0–3 apart, 0–3 places, long integers)', () => {
  const rng = new Rng(19);
  const digits = (n: number) => Array.from({ length: n }, () => String(Math.floor(rng.unit() * 10))).join('');
  const seen = { same: 0, slip: 0, different: 0 };
  for (let i = 0; i < 20000; i++) {
    const int = String(Math.floor(rng.unit() * 1000)) + (i % 50 === 0 ? digits(14) : '');
    const a = int + (i % 4 ? `.${digits(1 + Math.floor(rng.unit() * 3))}` : '');
    const other = new Decimal(int).plus(Math.floor(rng.unit() * 4) * (rng.unit() < 0.5 ? 1 : -1)).abs().toFixed(0);
    const b = (rng.unit() < 0.5 ? other : int) + (i % 3 ? `.${digits(1 + Math.floor(rng.unit() * 3))}` : '');
    const want = plainCompareAmounts(a, b);
    expect([a, b, compareAmounts(a, b)]).toEqual([a, b, want]);
    expect([b, a, compareAmounts(b, a)]).toEqual([b, a, plainCompareAmounts(b, a)]);
    seen[want]++;
  }
  for (const k of ['same', 'slip', 'different'] as const) expect(seen[k]).toBeGreaterThan(100);
});

ruleTester.run(narrativeInternal, {
  valid: [
    { name: 'S001: the parts after “其中” (事业编制 22 / 事业编制 20) are not the totals', sheets: [narrativeSheet([S001])] },
    { name: 'S001 东西湖: 基本支出 777.39 (收入 side) and 994.81 (支出预算) are two quantities, not a slip', sheets: [narrativeSheet(['支出包括：基本支出 777.39 万元，项目支出2514.52 万元，专项支出 0 万元。', '2022年部门支出预算 3291.91 万元，其中：基本支出 994.81 万元，占 30.22 %；项目支出 2297.1 万元，占 69.78 %。'])] },
    { name: 'the same headcount in the 概况 and again in a later paragraph', sheets: [narrativeSheet([S000, '本单位在职实有人数 41 人，均为事业编制。'])] },
  ],
  invalid: [
    {
      name: 'S002: 基本支出 999.73 in 三, 999.72 in 六',
      sheets: [narrativeSheet([S002_3, S002_6])],
      errors: [{ severity: 'warning', category: 'narrative', message: /同一个基本支出前后写成 999\.73 和 999\.72/, cells: [`${N}!A2`, `${N}!A3`] }],
    },
    {
      name: 'S000 概况 with a later paragraph giving 在职实有人数 as 40 (changed figure)',
      sheets: [narrativeSheet([S000, '本单位在职实有人数 40 人，均为事业编制。'])],
      errors: [{ severity: 'warning', message: /在职实有人数前后不一致/, cells: [`${N}!A2`, `${N}!A3`] }],
    },
  ],
});
