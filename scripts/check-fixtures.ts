/**
 * Quick faithfulness report for fixture sources against their seeds (no .xlsx involved).
 *   npx tsx scripts/check-fixtures.ts [s000 | 2018-jiangsu-renda-budget …]
 * The jest tests run the same comparison on the generated workbooks.
 */
import { loadSpecs } from './build-fixtures';
import { formatNumber } from '../src/core/numfmt';
import type { CellSpec, SheetSpec } from '../test/fixtures/src/spec';
import {
  compact,
  compareMultisets,
  decimalTokens,
  fixSeedTokens,
  normaliseDisplayed,
  readSeed,
  seedLines,
  sourceTexts,
} from '../test/fixtures/seedcheck';

function displayed(spec: CellSpec, numFmt: string): string | null {
  if (spec === null || typeof spec === 'string') return null;
  if (typeof spec === 'number') return formatNumber(spec, numFmt);
  if ('v' in spec) return formatNumber(spec.v, spec.fmt);
  return spec.text;
}

function sheetNumbers(sheet: SheetSpec): string[] {
  const fmt = sheet.numFmt ?? '#,##0.00';
  const out: string[] = [];
  for (const row of sheet.rows)
    for (const c of row) {
      const d = displayed(c, fmt);
      const n = d === null ? null : normaliseDisplayed(d);
      if (n !== null) out.push(n);
    }
  return out;
}

let problems = 0;
for (const spec of loadSpecs(process.argv.slice(2))) {
  const seedCompact = compact(sourceTexts(spec));
  console.log(`== ${spec.file} (${spec.seed})`);
  for (const sheet of spec.sheets) {
    const lines: string[] = [];
    if (sheet.seedLines) {
      const seed = readSeed(sheet.seedFile ?? spec.seed);
      const diff = compareMultisets(fixSeedTokens(decimalTokens(seedLines(seed, sheet.seedLines)), sheet.seedTokenFixes), sheetNumbers(sheet));
      if (diff.missingInSheet.length || diff.extraInSheet.length) {
        lines.push(`  numbers: missing in sheet [${diff.missingInSheet.join(' ')}], not in seed [${diff.extraInSheet.join(' ')}]`);
      }
    } else if (!sheet.numbersCheckSkipped) {
      lines.push('  no seedLines and no numbersCheckSkipped reason');
    }
    const allowed = new Set((sheet.textNotInSeed ?? []).map((t) => t.text));
    for (const row of sheet.rows)
      for (const c of row) {
        if (typeof c !== 'string' || allowed.has(c)) continue;
        if (!seedCompact.includes(compact(c))) lines.push(`  text not in seed: ${JSON.stringify(c.slice(0, 80))}`);
      }
    problems += lines.length;
    console.log(`${lines.length ? '✗' : '✓'} ${sheet.name}`);
    for (const l of lines) console.log(l);
  }
}
process.exit(problems ? 1 : 0);
