/**
 * The table rules' tenth-pass cuts (issue 19) against the plain code they replace, kept under
 * test/check/plain/: words of a relation written only when it does not hold; sums that hold exactly
 * told in integers from the rows' amounts, with no Q per figure (columnSumHolds / rowSumHolds, also
 * held to sumVerdictDecimal on generated rows). Each pair runs on every fixture as it is, and with the
 * figures of its tables swapped so that the relations break (the words are then read), and on
 * synthetic departments as they are and with changed cells.
 */
import Decimal from 'decimal.js';
import { buildModel, runRules, type Rule } from '../../src/core/check';
import { procurementLines } from '../../src/core/check/rules/detail-lines';
import economicHierarchy from '../../src/core/check/rules/economic-hierarchy';
import functionHierarchy from '../../src/core/check/rules/function-hierarchy';
import rowIdentity from '../../src/core/check/rules/row-identity';
import { ABSENT, CHECK, columnSumHolds, HOLDS, rowSumHolds, sumVerdictDecimal, valueQ } from '../../src/core/model/quantity';
import type { TableRow, ValueCell } from '../../src/core/recognize';
import type { CheckModel } from '../../src/core/model/model';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { changeCells } from '../support/change-cells';
import { syntheticBudget } from '../support/synthetic';
import * as plainDetailLines from './plain/detail-lines';
import plainEconomicHierarchy from './plain/economic-hierarchy';
import plainFunctionHierarchy from './plain/function-hierarchy';
import plainRowIdentity from './plain/row-identity';
import { lcg } from '../support/lcg';

const PAIRS: [Rule, Rule][] = [
  [procurementLines, plainDetailLines.procurementLines],
  [functionHierarchy, plainFunctionHierarchy],
  [economicHierarchy, plainEconomicHierarchy],
  [rowIdentity, plainRowIdentity],
];

/** Every pair on one model; the findings counted. */
function expectSame(model: CheckModel): number {
  let n = 0;
  for (const [rule, plain] of PAIRS) {
    const got = runRules(model, [rule]);
    expect(got).toEqual(runRules(model, [plain]));
    n += got.findings.length;
  }
  return n;
}

/** Swap two columns' figures in every row of every table that has both (a 合计 below its parts breaks the relations). */
function swapColumns(model: CheckModel, a: string, b: string): void {
  for (const t of model.tables) for (const r of t.rows) {
    const x = r.values[a];
    const y = r.values[b];
    if (x && y) {
      r.values[a] = y;
      r.values[b] = x;
    }
  }
}

/** Column pairs whose swap breaks what the pairs check. */
const SWAPS: [string, string][] = [
  ['合计', '采购金额.其中面向中小企业'],
  ['采购金额.其中面向中小企业', '采购金额.其中面向小微企业'],
  ['合计', '基本支出'],
  ['合计', '本年收入.小计'],
];

describe('the table rules as their plain versions', () => {
  test.each(FIXTURE_PATHS.map((f) => [f.split('/').slice(-2).join('/'), f]))('%s, as it is and with swapped figures', async (_name, file) => {
    const wb = await readWorkbookFile(file);
    expectSame(buildModel(wb, recognise(wb)));
    for (const [a, b] of SWAPS) {
      const model = buildModel(wb, recognise(wb));
      swapColumns(model, a, b);
      expectSame(model);
    }
  }, 60000);

  test('the swapped figures break relations the pairs check', async () => {
    let findings = 0;
    for (const file of FIXTURE_PATHS) {
      const wb = await readWorkbookFile(file);
      for (const [a, b] of SWAPS) {
        const model = buildModel(wb, recognise(wb));
        swapColumns(model, a, b);
        findings += expectSame(model);
      }
    }
    expect(findings).toBeGreaterThan(3);
  }, 120000);

  test('synthetic departments, as they are and with changed cells', () => {
    let findings = 0;
    for (const seed of [1, 2, 3]) {
      const b = syntheticBudget({ seed, units: 3 + seed, itemsPerUnit: 9, projectsPerUnit: seed });
      expectSame(buildModel(b.workbook, recognise(b.workbook)));
      changeCells(b, seed, 6 * seed);
      findings += expectSame(buildModel(b.workbook, recognise(b.workbook)));
    }
    expect(findings).toBeGreaterThan(10);
  }, 120000);
});


/** Figures that sum exactly or nearly, small and past the integer path (10⁷ and more, 8 decimals), blanks and texts. */
const FIGURES = ['0', '1', '2', '3', '0.5', '1.25', '-1', '-0.25', '0.1', '0.2', '0.3', '9999999.9999999', '10000000', '12345678.9', '0.00000001', '1e15', '-1e15'];

function cellOf(r: () => number, at: number): ValueCell | undefined {
  const x = r();
  if (x < 0.05) return undefined;
  if (x < 0.1) return { cell: `A${at}`, amount: { kind: 'text', text: 'x' } };
  if (x < 0.2) return { cell: `A${at}`, amount: { kind: 'empty', text: '' } };
  const value = new Decimal(FIGURES[Math.floor(r() * FIGURES.length)]);
  return { cell: `A${at}`, amount: { kind: 'number', value, decimals: Math.max(0, value.decimalPlaces()), text: value.toString() } as ValueCell['amount'] };
}

/** A figure the integer path does not take (10⁷ and more, more than 7 decimals): a sum holding with it is left to ctx.sum. */
function beyond(v: ValueCell | undefined): boolean {
  return v?.amount.kind === 'number' && (v.amount.value.abs().gte(1e7) || v.amount.value.decimalPlaces() > 7);
}

/** What ctx.sum makes of total = Σ sign·part, in Decimals (qty's null: ABSENT); CHECK for a holding sum beyond the integer path. */
function plainHolds(total: ValueCell | undefined, parts: (ValueCell | undefined)[], signs?: number[]): number {
  const q = valueQ('S', total, '');
  const ps = parts.map((p) => valueQ('S', p, ''));
  if (!q || ps.some((p) => !p)) return ABSENT;
  if (sumVerdictDecimal(q, ps as NonNullable<(typeof ps)[number]>[], signs).status !== 'equal') return CHECK;
  return beyond(total) || parts.some(beyond) ? CHECK : HOLDS;
}

test('generated rows: columnSumHolds and rowSumHolds as sumVerdictDecimal', () => {
  const r = lcg(19);
  const seen = new Set<number>();
  for (let n = 0; n < 20000; n++) {
    const count = Math.floor(r() * 5);
    const parts = Array.from({ length: count }, (_, i) => cellOf(r, i + 2));
    let total = cellOf(r, 1);
    // a total that is the sum of its parts (in Decimals) for half the cases
    if (n % 2 === 0 && parts.every((p) => p && p.amount.kind !== 'text')) {
      const value = parts.reduce((a, p) => (p!.amount.kind === 'number' ? a.plus(p!.amount.value) : a), new Decimal(0));
      total = { cell: 'A1', amount: { kind: 'number', value, decimals: Math.max(0, value.decimalPlaces()), text: value.toString() } as ValueCell['amount'] };
    }
    const signs = n % 3 === 0 ? parts.map(() => (r() < 0.5 ? -1 : 1)) : undefined;
    const want = plainHolds(total, parts, signs);
    seen.add(want);
    const row = { values: { t: total, ...Object.fromEntries(parts.map((p, i) => [`p${i}`, p])) } } as unknown as TableRow;
    for (const k of Object.keys(row.values)) if (row.values[k] === undefined) delete row.values[k];
    expect([n, rowSumHolds(row, 't', parts.map((_, i) => `p${i}`), signs)]).toEqual([n, want]);
    if (!signs) {
      const kids = parts.map((p) => ({ values: p ? { k: p } : {} }) as unknown as TableRow);
      expect([n, columnSumHolds({ values: total ? { k: total } : {} } as unknown as TableRow, kids, 'k')]).toEqual([n, want]);
    }
  }
  expect(seen.size).toBe(3);
});
