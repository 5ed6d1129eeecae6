/**
 * recognise builds each table without spreading object literals (issue 19, ninth pass): the
 * optional fields are set only when present. Each table must serialise exactly as the literal it
 * replaced (kept below) built from the same values: the same keys in the same order, on every
 * fixture and layout variant.
 */
import * as path from 'path';
import { recognise, type Recognised } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_FILES, FIXTURES, LAYOUT_VARIANTS } from './fixture-variants';

/** The table literal as recognise wrote it before (the values taken from the table given). */
function plainTable(t: Recognised, byColumn: boolean): Recognised {
  const { kind, block, confidence, evidence, titleDisagreement, moneyUnit, columns, unmappedMoney } = t;
  return {
    kind,
    block,
    confidence,
    evidence,
    titleDisagreement,
    moneyUnit,
    columns,
    ...(unmappedMoney?.length ? { unmappedMoney } : {}),
    rows: byColumn ? t.rows : [],
    ...(kind === 'dept-performance' ? { deptForm: t.deptForm } : {}),
    ...(kind === 'project-performance' ? { projectForms: t.projectForms } : {}),
  };
}

describe.each(FIXTURE_FILES)('%s', (file) => {
  test.each(LAYOUT_VARIANTS)('%s: every table as the literal built it', async (_name, variant) => {
    const book = variant(await readWorkbookFile(path.join(FIXTURES, file)));
    const kinds = new Set<string>();
    for (const t of recognise(book).tables) {
      const byColumn = !['narrative', 'dept-performance', 'project-performance'].includes(t.kind);
      expect(JSON.stringify(t)).toBe(JSON.stringify(plainTable(t, byColumn)));
      expect(Object.keys(t)).toEqual(Object.keys(plainTable(t, byColumn)));
      kinds.add(t.kind);
    }
    expect(kinds.size).toBeGreaterThan(3);
  });
});
