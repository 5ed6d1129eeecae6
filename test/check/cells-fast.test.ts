/**
 * compliance/non-numeric-cell reads each row's money cells by key and walks (for…in) only a row with
 * something to report (issue 19, ninth pass, CPU: src/core/check/rules/cells.ts reportsIn): the rule
 * against the one that walks every row (test/check/plain/non-numeric-cell.ts), on generated tables
 * whose money cells mix numbers, blanks, dashes, text, Excel errors and leading zeros, and on every
 * fixture and a synthetic department.
 */
import * as path from 'path';
import { buildModel, runRules } from '../../src/core/check';
import { nonNumericCell } from '../../src/core/check/rules/cells';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { syntheticBudget } from '../support/synthetic';
import { buildWorkbook } from './rule-tester';
import { expenditureTable } from './tables';
import * as plain from './plain/non-numeric-cell';

/** Both rules on a workbook: the same result, and how many findings. */
function same(wb: Parameters<typeof recognise>[0]): number {
  const model = buildModel(wb, recognise(wb));
  const got = runRules(model, [nonNumericCell]);
  expect(got).toEqual(runRules(model, [plain.nonNumericCell]));
  return got.findings.length;
}

describe('compliance/non-numeric-cell: rows read by key first', () => {
  test('generated tables: numbers, blanks, dashes, text, errors and leading zeros in any money cell', () => {
    const cells = [10, 0, null, '-', '—', '1,234.50', '见附表', { error: '#REF!' }, { error: '#VALUE!' }, '01.74', '00.5', 3.5];
    // xorshift (as test/support/random-strings.ts): a failure reproduces
    let x = 1919;
    const pick = () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return cells[(x >>> 0) % cells.length];
    };
    let findings = 0;
    for (let n = 0; n < 60; n++) {
      const rows = Array.from({ length: 1 + (n % 9) }, (_, k) => [k === 0 ? null : `210150${k}`, k === 0 ? '合计' : `项目${k}`, pick(), pick(), pick(), pick()]);
      findings += same(buildWorkbook([expenditureTable(rows as never)]));
    }
    expect(findings).toBeGreaterThan(100);
  });

  test.each(FIXTURE_PATHS.map((f) => [path.basename(f), f]))('%s', async (_, file) => {
    same(await readWorkbookFile(file));
  });

  test('a synthetic department', () => {
    same(syntheticBudget({ seed: 19, units: 3 }).workbook);
  });
});
