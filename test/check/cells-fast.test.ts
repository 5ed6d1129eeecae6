/**
 * src/core/check/rules/cells.ts, ninth pass (issue 19, CPU), against its rules before it
 * (test/check/plain/cells.ts): compliance/non-numeric-cell reads each row's money cells by key and
 * walks (for…in) only a row with something to report (reportsIn), on generated tables whose money
 * cells mix numbers, blanks, dashes, text, Excel errors and leading zeros; compliance/rounding-statement
 * reads the document's distinct texts where they are the workbook's text cells, on generated workbooks
 * with a 尾差 and the statement in a title, a note, a narrative cell or nowhere, with the narrative in
 * the workbook and given apart. Both on every fixture and a synthetic department, with every rule.
 */
import * as path from 'path';
import { buildModel, runRules } from '../../src/core/check';
import { RULES } from '../../src/core/check/rules';
import { nonNumericCell, roundingStatement } from '../../src/core/check/rules/cells';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { syntheticBudget } from '../support/synthetic';
import { buildWorkbook } from './rule-tester';
import { expenditureTable, generalTable, narrativeSheet } from './tables';
import * as plain from './plain/cells';

/** Every rule, with this pass's rules of cells.ts in place of the plain ones. */
const PLAIN_RULES = RULES.map((r) => (r === nonNumericCell ? plain.nonNumericCell : r === roundingStatement ? plain.roundingStatement : r));

/** Every rule, and every rule with the plain ones: the same result. */
function sameWithAll(wb: Parameters<typeof recognise>[0], external?: Parameters<typeof buildModel>[3]): ReturnType<typeof runRules> {
  const got = runRules(buildModel(wb, recognise(wb), undefined, external), RULES);
  expect(got).toEqual(runRules(buildModel(wb, recognise(wb), undefined, external), PLAIN_RULES));
  return got;
}

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

});

describe('compliance/rounding-statement: the distinct texts read', () => {
  const STATEMENT = ['金额转换为万元时，因四舍五入可能存在尾差。', '尾数误差系四舍五入所致', '说明：尾差', null];
  const withRounding = (note: string | null, where: number) =>
    buildWorkbook([
      generalTable([[null, '合计', 161.18, 153.3, 150, 3.3, 7.87]], { notes: note && where === 0 ? [`备注：${note}`] : [] }),
      narrativeSheet(['一、部门预算情况说明', ...(note && where === 1 ? [note] : ['其他说明。'])]),
    ]);

  test('a 尾差 with the statement in a note, in the narrative or nowhere; narrative in the workbook or given apart', () => {
    let missing = 0;
    for (const note of STATEMENT) {
      for (const where of [0, 1]) {
        const wb = withRounding(note, where);
        // the external narrative says it or not, whatever the workbook's cells say
        const externals = [undefined, ...STATEMENT.map((said) => ({ source: '情况说明.docx', paragraphs: [{ text: '一、情况说明' }, { text: said ?? '无' }] }))];
        for (const external of externals) {
          const got = sameWithAll(wb, external as never);
          if (got.findings.some((f) => f.rule === 'compliance/rounding-statement')) missing++;
        }
      }
    }
    expect(missing).toBeGreaterThan(1);
  });
});

describe('both rules, with every other', () => {
  test.each(FIXTURE_PATHS.map((f) => [path.basename(f), f]))('%s', async (_, file) => {
    const wb = await readWorkbookFile(file);
    same(wb);
    sameWithAll(wb);
  }, 30000);

  test('a synthetic department', () => {
    const wb = syntheticBudget({ seed: 19, units: 3 }).workbook;
    same(wb);
    sameWithAll(wb);
  });
});
