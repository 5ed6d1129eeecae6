/**
 * Comparison of the checker's report on a ../shared/real fixture with its hand-made
 * expected findings (test/fixtures/real/expected): recognition of every table, every listed
 * error found as an error at one of its cells, no error the audit does not list, 尾差 never
 * errors. Shared by the jest test and `npx tsx scripts/real-status.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook, type FileReport, type Finding } from '../../src/core/report';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import type { ExpectedDocument, ExpectedProblem } from '../fixtures/real/expected/types';

export const REAL_DIR = path.join(__dirname, '..', 'fixtures', 'real');

export function loadExpected(): ExpectedDocument[] {
  const dir = path.join(REAL_DIR, 'expected');
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}-.*\.ts$/.test(f))
    .sort()
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    .map((f) => (require(path.join(dir, f)) as { default: ExpectedDocument }).default);
}

/** The report with every finding the rules made (root causes and their consequences alike). */
export async function reportOf(e: ExpectedDocument): Promise<FileReport> {
  const file = path.join(__dirname, '..', 'fixtures', e.fixture);
  return analyseWorkbook(file, await readWorkbookFile(file), undefined, {}, { rootCauses: false });
}

const where = (f: Finding): string[] => f.locations.filter((l) => l.sheet).map((l) => `${l.sheet}!${l.cell}`);

/**
 * Does a finding report this listed problem? It must cite one of the problem's cells; a
 * completeness or wording finding (compliance) about a table may cite another cell of the
 * same sheet (the title, the note row), since the audit and the checker point at different
 * cells of the same table.
 */
export function cites(f: Finding, p: ExpectedProblem): boolean {
  const cells = new Set(p.cells);
  if (where(f).some((c) => cells.has(c))) return true;
  if (p.kind !== 'compliance' || f.category !== 'compliance') return false;
  const sheets = new Set(p.cells.map((c) => c.slice(0, c.lastIndexOf('!'))));
  return f.locations.some((l) => l.sheet && sheets.has(l.sheet));
}

export interface Comparison {
  /** Expected tables not recognised with their kind: "sheet: expected kind, got …". */
  kinds: string[];
  /** Listed errors the checker did not report as an error at one of their cells. */
  missed: ExpectedProblem[];
  /** Error findings that no listed problem (other than a 尾差) accounts for. */
  unexpected: Finding[];
  /** Listed 尾差 reported as errors. */
  roundingAsError: { problem: ExpectedProblem; finding: Finding }[];
  /** Money columns reported unmapped that the expected file does not explain. */
  unmapped: string[];
}

export function compare(e: ExpectedDocument, r: FileReport): Comparison {
  const kinds: string[] = [];
  for (const t of e.tables) {
    const got = r.tables.filter((x) => x.sheet === t.sheet);
    if (!got.some((x) => x.kind === t.kind)) kinds.push(`${t.sheet}: 应为 ${t.kind}，识别为 ${got.map((x) => x.kind).join('、') || '（无）'}`);
  }
  const errors = r.findings.filter((f) => f.severity === 'error');
  const missed = e.problems.filter((p) => p.kind === 'error' && !errors.some((f) => cites(f, p)));
  const accountable = e.problems.filter((p) => p.kind !== 'rounding');
  const unexpected = errors.filter((f) => !accountable.some((p) => cites(f, p)));
  const roundingAsError: Comparison['roundingAsError'] = [];
  for (const p of e.problems.filter((x) => x.kind === 'rounding')) {
    for (const f of errors) if (cites(f, p) && !accountable.some((q) => cites(f, q))) roundingAsError.push({ problem: p, finding: f });
  }
  const explained = new Set(e.unmappedColumns.map((u) => `${u.sheet}|${u.header}`));
  const unmapped = r.tables.flatMap((t) => (t.unmappedColumns ?? []).map((h) => `${t.sheet}|${h}`)).filter((k) => !explained.has(k));
  return { kinds, missed, unexpected, roundingAsError, unmapped };
}
