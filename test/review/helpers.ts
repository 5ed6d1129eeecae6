/** Fixtures for the review tests: read a sample workbook fresh (tests change cells of their copy). */
import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook, type FileReport } from '../../src/core/report';
import type { CheckConfig } from '../../src/core/check';
import { getCell, findSheet, makeCell, putCell, type Workbook } from '../../src/core/workbook';
import { parseA1 } from '../../src/core/address';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const FIXTURE_FILES = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).sort();
export const CAIDIAN = '2025-caidian-ybj-budget.xlsx';

export function readFixture(name: string): Promise<Workbook> {
  return readWorkbookFile(path.join(FIXTURES, name));
}

/** The engine's findings one per relation (the accept, filter and settings mechanics are tested on those; root causes in roots.test.ts). */
export function analyse(wb: Workbook, config: CheckConfig = {}): FileReport {
  return analyseWorkbook(wb.source, wb, undefined, config, { rootCauses: false });
}

/** Replace a numeric cell of the model (keeping its number format). */
export function setNumber(wb: Workbook, sheet: string, address: string, value: number): void {
  const s = findSheet(wb, sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const old = getCell(s, address);
  const { row, col } = parseA1(address);
  putCell(s, makeCell({ row, col, value, numFmt: old?.numFmt }));
}

export function numberAt(wb: Workbook, sheet: string, address: string): number {
  const v = getCell(findSheet(wb, sheet)!, address)?.value;
  if (typeof v !== 'number') throw new Error(`${sheet}!${address} is not a number`);
  return v;
}
