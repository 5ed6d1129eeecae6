/**
 * rootCauses after the speed work of issue 19 gives the same findings as before it, byte for byte
 * (JSON with its key order: fingerprints, expectedCertain, differenceUnit, consequences, order),
 * and never changes its input (which is deeply frozen here: a write would throw). The oracle is
 * the previous implementation, kept verbatim in roots-reference.ts.
 *
 * Inputs: the engine's flat findings of every seed and real fixture, synthetic departments
 * (thousands of 尾差 in one table), the same with money cells changed (wrong cells, broken
 * relations: suspect cells), and rootCauses' own output fed back in (findings that already
 * carry consequences).
 */
import * as fs from 'fs';
import * as path from 'path';
import Decimal from 'decimal.js';
import { analyseWorkbook, type Finding } from '../../src/core/report';
import { rootCauses } from '../../src/core/review/roots';
import { findSheet, getCell, makeCell, putCell, type Workbook } from '../../src/core/workbook';
import { parseA1 } from '../../src/core/address';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { syntheticBudget } from '../support/synthetic';
import { referenceRootCauses } from './roots-reference';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const files = [
  ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(FIXTURES, f)),
  ...fs.readdirSync(path.join(FIXTURES, 'real')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(FIXTURES, 'real', f)),
].sort();

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

interface Input {
  findings: Finding[];
  narrativeSheets: string[];
}

function engineInput(wb: Workbook): Input {
  const report = analyseWorkbook(wb.source, wb, undefined, {}, { rootCauses: false });
  const narrativeSheets = report.tables.filter((t) => t.kind === 'narrative').map((t) => t.sheet);
  return { findings: report.findings, narrativeSheets };
}

/** The kinds of root the inputs produced, to show what the comparison covered. */
const kinds = new Map<string, number>();

function expectSame({ findings, narrativeSheets }: Input): Finding[] {
  const before = JSON.stringify(findings);
  const expected = referenceRootCauses(findings, { narrativeSheets });
  deepFreeze(findings);
  const actual = rootCauses(findings, { narrativeSheets });
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  expect(JSON.stringify(findings)).toBe(before);
  for (const f of actual) if (f.rootCause) kinds.set(f.rootCause.kind, (kinds.get(f.rootCause.kind) ?? 0) + 1);
  // and once more on its own output: roots that already have consequences
  const again = JSON.parse(JSON.stringify(actual)) as Finding[];
  const expectedAgain = referenceRootCauses(again, { narrativeSheets });
  expect(JSON.stringify(rootCauses(deepFreeze(again), { narrativeSheets }))).toBe(JSON.stringify(expectedAgain));
  return actual;
}

test.each(files.map((f) => [path.relative(FIXTURES, f), f]))('%s: the same root causes as before', async (_name, file) => {
  expectSame(engineInput(await readWorkbookFile(file)));
}, 60000);

/** Change money cells of a synthetic department: relations break, some at one cell (a suspect). */
function perturbed(units: number, seed: number, changes: number): Workbook {
  const b = syntheticBudget({ seed, units, itemsPerUnit: 10 });
  for (let i = 0; i < changes; i++) {
    const m = b.moneyCells[(i * 7919 + seed * 104729) % b.moneyCells.length];
    const s = findSheet(b.workbook, m.sheet)!;
    const old = getCell(s, m.cell);
    const { row, col } = parseA1(m.cell);
    const value = new Decimal(m.value).plus(new Decimal(((i % 5) + 1) * (i % 2 ? -1 : 1)).dividedBy(2)).toNumber();
    putCell(s, makeCell({ row, col, value, numFmt: old?.numFmt }));
  }
  return b.workbook;
}

test('synthetic departments, as they are and with changed cells: the same root causes as before', () => {
  const big = expectSame(engineInput(syntheticBudget({ seed: 1, units: 160, itemsPerUnit: 10 }).workbook));
  // thousands of 尾差 in one table became one root
  expect(big.some((f) => f.rootCause?.kind === 'rounding-table' && (f.consequences?.length ?? 0) > 500)).toBe(true);
  for (const seed of [1, 2, 3]) expectSame(engineInput(perturbed(12, seed, 3 * seed)));
}, 120000);

test('the comparison covered every kind of root cause', () => {
  // repeated-text, same-defect, same-place, year and narrative-amount come from the real documents
  // and seeds, cell from the changed synthetic departments, rounding-table from all of them
  expect([...kinds.keys()].sort()).toEqual(['cell', 'narrative-amount', 'rounding-table', 'same-defect', 'same-place', 'repeated-text', 'year'].sort());
});
