/**
 * The "findings unchanged" oracle of issue 19 (speed): a line-oriented digest of what the engine
 * says about a workbook — recognised tables, unrecognised blocks, skipped rules, every finding
 * with its consequences (rule, severity, category, locations with offsets, message, expected /
 * actual / difference), the narrative coverage, and the drafted 情况说明 — written once before
 * the speed work (test/snapshots/findings/*.txt, by scripts/findings-snapshot.ts) and compared
 * line by line afterwards (test/core/findings-unchanged.test.ts).
 *
 * The cases: every seed fixture (test/fixtures/*.xlsx), every real document
 * (test/fixtures/real/*.xlsx), the caidian seed with a 20-page external narrative, and synthetic
 * departments checked against their own drafted narrative (many projects: the tie-out's maps).
 */
import * as fs from 'fs';
import * as path from 'path';
import { narrativeFromText, type NarrativeInput } from '../../src/core/narrative/source';
import { generateNarrative, narrativeText } from '../../src/core/narrative/generate';
import { buildModel } from '../../src/core/check';
import { recognise } from '../../src/core/recognize';
import { analyseWorkbook, type FileReport, type Finding, type Location } from '../../src/core/report';
import type { Workbook } from '../../src/core/workbook';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { syntheticBudget } from './synthetic';

export const ROOT = path.join(__dirname, '..', '..');
export const SNAPSHOT_DIR = path.join(ROOT, 'test', 'snapshots', 'findings');

function loc(l: Location): string {
  const at = l.file !== undefined ? `${l.file}#${l.paragraph}` : `${l.sheet}!${l.cell}`;
  return l.start !== undefined ? `${at}[${l.start},${l.end}]` : at;
}

function finding(f: Finding, indent: string, out: string[]): void {
  const extra = [f.expected !== null ? `expected=${f.expected}` : '', f.actual !== null ? `actual=${f.actual}` : '', f.difference != null ? `diff=${f.difference}` : '', f.expectedCertain ? 'certain' : '', f.rootCause ? `root=${f.rootCause.kind}:${f.rootCause.summary}` : '']
    .filter(Boolean)
    .join(' ');
  out.push(`${indent}${f.severity} ${f.category} ${f.rule} @ ${f.locations.map(loc).join(', ')}`);
  out.push(`${indent}  ${f.message}`);
  if (extra) out.push(`${indent}  ${extra}`);
  for (const c of f.consequences ?? []) finding(c, `${indent}  └ `, out);
}

/** The digest of one report (and optionally the drafted narrative). */
export function digestReport(r: FileReport, drafted?: string): string {
  const out: string[] = [];
  const d = r.document;
  out.push(`document: ${d ? `${d.kind} ${d.year} ${d.unit} ${d.moneyUnit}` : 'none'}`);
  out.push(`tables (${r.tables.length}):`);
  for (const t of r.tables) out.push(`  ${t.kind} ${t.sheet}!${t.range} ${t.title} conf=${t.confidence}${t.unmappedColumns ? ` unmapped=${t.unmappedColumns.join('|')}` : ''}${t.titleDisagreement ? ` disagree=${t.titleDisagreement}` : ''}`);
  out.push(`unrecognised (${r.unrecognised.length}):`);
  for (const u of r.unrecognised) out.push(`  ${u.sheet}!${u.range} ${u.title ?? '-'}: ${u.reason}${u.column ? ` column=${u.column.letter}/${u.column.header}/${u.column.tableKind}` : ''}`);
  out.push(`skipped (${r.skipped?.length ?? 0}):`);
  for (const s of r.skipped ?? []) out.push(`  ${s.rule}: ${s.reason}`);
  out.push(`findings (${r.findings.length}):`);
  for (const f of r.findings) finding(f, '  ', out);
  const n = r.narrative;
  out.push(`narrative: source=${n.source ?? null} numbers=${n.numbers} tied=${n.tied} checked=${n.checked ?? 0} classified=${JSON.stringify(n.classified ?? {})}`);
  for (const u of n.untied ?? []) out.push(`  untied ${loc(u.location)} ${u.text} «${u.context}»`);
  if (drafted !== undefined) {
    out.push('drafted:');
    for (const line of drafted.split('\n')) out.push(`  ${line}`);
  }
  return out.join('\n') + '\n';
}

function drafted(wb: Workbook): string {
  try {
    return narrativeText(generateNarrative(wb));
  } catch (e) {
    return `(not drafted: ${e instanceof Error ? e.message : String(e)})`;
  }
}

export interface DigestCase {
  /** File name of the snapshot (without .txt). */
  name: string;
  digest: () => Promise<string>;
}

function fileCase(name: string, file: string, narrative?: () => Promise<NarrativeInput>): DigestCase {
  return {
    name,
    digest: async () => {
      const wb = await readWorkbookFile(file);
      const config = narrative ? { narrative: await narrative() } : {};
      return digestReport(analyseWorkbook(path.basename(file), wb, undefined, config), narrative ? undefined : drafted(wb));
    },
  };
}

/** The narrative paragraphs of every seed fixture, repeated to ≥ 20,000 characters (as the bench does). */
async function twentyPages(seedFiles: string[]): Promise<NarrativeInput> {
  const paragraphs: string[] = [];
  for (const f of seedFiles) {
    const wb = await readWorkbookFile(f);
    paragraphs.push(...buildModel(wb, recognise(wb)).narrative.map((p) => p.text.trim()).filter((t) => t.length > 0));
  }
  const out: string[] = [];
  for (let i = 0, chars = 0; chars < 20000; i++) {
    out.push(paragraphs[i % paragraphs.length]);
    chars += paragraphs[i % paragraphs.length].length;
  }
  return narrativeFromText(out.join('\n'), '情况说明（20 页）.txt');
}

/** A synthetic department checked against its own drafted 情况说明 (given as an external narrative). */
function syntheticCase(name: string, units: number, itemsPerUnit: number, projectsPerUnit: number): DigestCase {
  return {
    name,
    digest: async () => {
      const wb = syntheticBudget({ seed: 7, units, itemsPerUnit, projectsPerUnit }).workbook;
      const text = narrativeText(generateNarrative(wb));
      const report = analyseWorkbook(name, wb, undefined, { narrative: narrativeFromText(text, '情况说明.txt') });
      return digestReport(report, text);
    },
  };
}

/** Every case of the snapshot, in a stable order. */
export function digestCases(): DigestCase[] {
  const seeds = path.join(ROOT, 'test', 'fixtures');
  const real = path.join(seeds, 'real');
  const list = (dir: string) => fs.readdirSync(dir).filter((f) => /\.xlsx$/.test(f)).sort();
  const seedFiles = list(seeds).map((f) => path.join(seeds, f));
  return [
    ...list(seeds).map((f) => fileCase(f.replace(/\.xlsx$/, ''), path.join(seeds, f))),
    ...list(real).map((f) => fileCase(`real-${f.replace(/\.xlsx$/, '')}`, path.join(real, f))),
    fileCase('2025-caidian-ybj-budget+20-pages', path.join(seeds, '2025-caidian-ybj-budget.xlsx'), () => twentyPages(seedFiles)),
    syntheticCase('synthetic-5-units', 5, 8, 4),
    syntheticCase('synthetic-40-units-8-projects', 40, 10, 8),
  ];
}
