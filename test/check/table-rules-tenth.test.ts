/**
 * The table rules' tenth-pass cuts (issue 19) against the plain code they replace, kept under
 * test/check/plain/: words of a relation written only when it does not hold. Each pair runs on every
 * fixture as it is, and with the figures of its tables swapped so that the relations break (the
 * words are then read), and on synthetic departments with changed cells.
 */
import { buildModel, runRules, type Rule } from '../../src/core/check';
import { procurementLines } from '../../src/core/check/rules/detail-lines';
import type { CheckModel } from '../../src/core/model/model';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { syntheticBudget } from '../support/synthetic';
import * as plainDetailLines from './plain/detail-lines';

const PAIRS: [Rule, Rule][] = [[procurementLines, plainDetailLines.procurementLines]];

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

  test('synthetic departments', () => {
    for (const seed of [1, 2, 3]) {
      const b = syntheticBudget({ seed, units: 3 + seed, itemsPerUnit: 9, projectsPerUnit: seed });
      expectSame(buildModel(b.workbook, recognise(b.workbook)));
    }
  }, 120000);
});
