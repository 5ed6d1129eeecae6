/** The fuzz loop shared by `npm run fuzz` (scripts/fuzz.ts) and the fixed-seed run in `npm test`. */
import * as fs from 'fs';
import * as path from 'path';
import { readParts } from '../support/zip';
import { makeCase, partsOf, type Parts } from './mutate';
import type { Outcome } from './run-case';

const ROOT = path.join(__dirname, '..', '..');
export const REGRESSIONS = path.join(ROOT, 'test', 'fuzz-regressions');

/** Every seed workbook: test/fixtures/*.xlsx and, when present, test/fixtures/real/*.xlsx. */
export function seedFiles(): string[] {
  const list = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort().map((f) => path.join(dir, f)) : []);
  return [...list(path.join(ROOT, 'test', 'fixtures')), ...list(path.join(ROOT, 'test', 'fixtures', 'real'))];
}

export async function loadSeeds(files = seedFiles()): Promise<{ file: string; parts: Parts }[]> {
  return Promise.all(files.map(async (file) => ({ file, parts: partsOf(await readParts(fs.readFileSync(file))) })));
}

/** The seed of case `i` of a run (unique across runs with different base seeds). */
export const caseSeed = (base: number, i: number) => (Math.imul(base, 1_000_003) + i) >>> 0;

export interface FuzzFailure {
  index: number;
  seed: number;
  fixture: string;
  mutations: string[];
  failure: string;
  bytes: Uint8Array;
}

export interface FuzzStats {
  cases: number;
  failures: FuzzFailure[];
  results: Record<string, number>;
  mutations: Record<string, number>;
  times: number[];
}

export function emptyStats(): FuzzStats {
  return { cases: 0, failures: [], results: {}, mutations: {}, times: [] };
}

export function record(stats: FuzzStats, c: { index: number; seed: number; fixture: string; mutations: string[]; bytes: Uint8Array }, o: Outcome): void {
  stats.cases++;
  stats.results[o.result] = (stats.results[o.result] ?? 0) + 1;
  for (const m of c.mutations) stats.mutations[m] = (stats.mutations[m] ?? 0) + 1;
  stats.times.push(o.ms);
  if (o.failure) stats.failures.push({ index: c.index, seed: c.seed, fixture: path.basename(c.fixture), mutations: c.mutations, failure: o.failure, bytes: c.bytes });
}

/** Save a failing case as a regression fixture: the .xlsx and a .json note of what failed. */
export function saveFailure(f: FuzzFailure, dir = REGRESSIONS): string {
  fs.mkdirSync(dir, { recursive: true });
  const base = `${f.fixture.replace(/\.xlsx$/, '')}-${f.seed}`;
  fs.writeFileSync(path.join(dir, `${base}.xlsx`), f.bytes);
  fs.writeFileSync(path.join(dir, `${base}.json`), `${JSON.stringify({ seed: f.seed, fixture: f.fixture, mutations: f.mutations, failure: f.failure }, null, 2)}\n`);
  return base;
}

export function percentile(xs: number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** Build case `i` of a run from the seeds (fixtures taken in turn). */
export function buildCase(seeds: { file: string; parts: Parts }[], base: number, i: number) {
  const seed = caseSeed(base, i);
  const s = seeds[i % seeds.length];
  return { index: i, fixture: s.file, ...makeCase(s.parts, seed) };
}
