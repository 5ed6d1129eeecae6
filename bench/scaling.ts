/**
 * The scaling test of `npm run bench`: consistent synthetic departments (test/support/synthetic.ts)
 * of growing size, each checked with its own drafted 情况说明 as an external narrative (so that the
 * tie-out binds every figure the generator writes: 科目, projects, totals), every stage timed
 * (bench/stages.ts), and the growth exponent k of time ≈ c · size^k fitted per stage.
 *
 *   cells     units 4 … 830 (10 项 and 4 projects each): ≈ 1k → 200k cells; the exponent is fitted
 *             from 10k cells up (the range), on the median of each size
 *   projects  one unit with 10 → 2,000 projects (and ≈ 1 k → 25 k cells): the tie-out's own series; fitted from 100 projects up (below, fixed costs dominate)
 *
 * A linear stage has k ≈ 1; the target is k ≤ 1.15 for every stage.
 */
import { generateNarrative, narrativeText } from '../src/core/narrative/generate';
import { narrativeFromText, type NarrativeInput } from '../src/core/narrative/source';
import { recognise } from '../src/core/recognize';
import { cellCount, type Workbook } from '../src/core/workbook';
import { syntheticBudget } from '../test/support/synthetic';
import { ENGINE_STAGES, engineOnce, type EngineStage } from './stages';
import { fitExponent, median, now } from './stats';

export type ScaleStage = EngineStage | 'generate';
export const SCALE_STAGES: ScaleStage[] = [...ENGINE_STAGES, 'generate'];

export interface ScalePoint {
  /** units / projects of the generator. */
  label: string;
  cells: number;
  projects: number;
  paragraphs: number;
  /** Median ms per stage, and of the whole engine (sum of the engine stages of each run). */
  times: Record<ScaleStage | 'engine', number>;
}

export interface Series {
  name: 'cells' | 'projects';
  points: ScalePoint[];
  /** Fitted exponent per stage over the points at or above `from` (cells or projects). */
  exponents: Record<ScaleStage | 'engine', number>;
  from: number;
}

function cellsOf(wb: Workbook): number {
  return wb.sheets.reduce((n, s) => n + cellCount(s), 0);
}

/** The drafted 情况说明 of a workbook, as an external narrative. */
export function draftedNarrative(wb: Workbook): NarrativeInput {
  return narrativeFromText(narrativeText(generateNarrative(wb, { recognition: recognise(wb) })), '情况说明.txt');
}

/** Median stage times of one workbook with its narrative. */
export function measurePoint(label: string, wb: Workbook, projects: number, warmup: number, runs: number): ScalePoint {
  const narrative = draftedNarrative(wb);
  const recognition = recognise(wb);
  const t: Record<string, number[]> = {};
  for (let i = 0; i < warmup + runs; i++) {
    const e = engineOnce(wb, { narrative });
    const g0 = now();
    generateNarrative(wb, { recognition });
    const gen = now() - g0;
    if (i < warmup) continue;
    for (const s of ENGINE_STAGES) (t[s] ??= []).push(e[s]);
    (t.generate ??= []).push(gen);
    (t.engine ??= []).push(ENGINE_STAGES.reduce((a, s) => a + e[s], 0));
  }
  const times = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)])) as ScalePoint['times'];
  return { label, cells: cellsOf(wb), projects, paragraphs: narrative.paragraphs.length, times };
}

function exponents(points: ScalePoint[], size: (p: ScalePoint) => number, from: number): Series['exponents'] {
  const used = points.filter((p) => size(p) >= from);
  const out = {} as Series['exponents'];
  for (const s of [...SCALE_STAGES, 'engine'] as const) out[s] = fitExponent(used.map((p) => ({ x: size(p), y: p.times[s] })));
  return out;
}

/** Sizes of the cells series: units of the generator (≈ 240 cells a unit). */
export const CELL_UNITS = [4, 12, 40, 80, 160, 400, 830];
/** Sizes of the projects series: projects of one unit. */
export const PROJECT_COUNTS = [10, 30, 100, 300, 1000, 2000];

export function cellSeries(units = CELL_UNITS, progress?: (s: string) => void): Series {
  const points: ScalePoint[] = [];
  for (const u of units) {
    const wb = syntheticBudget({ seed: 1, units: u, itemsPerUnit: 10 }).workbook;
    const cells = cellsOf(wb);
    progress?.(`cells: ${u} units (${cells} cells)`);
    const runs = cells > 100000 ? 5 : cells > 20000 ? 5 : 9;
    points.push(measurePoint(`${u} 个单位`, wb, u * 4, 2, runs));
  }
  return { name: 'cells', points, from: 10000, exponents: exponents(points, (p) => p.cells, 10000) };
}

export function projectSeries(counts = PROJECT_COUNTS, progress?: (s: string) => void): Series {
  const points: ScalePoint[] = [];
  for (const n of counts) {
    progress?.(`projects: ${n}`);
    const wb = syntheticBudget({ seed: 1, units: 1, itemsPerUnit: 12, projectsPerUnit: n }).workbook;
    points.push(measurePoint(`${n} 个项目`, wb, n, 2, n >= 1000 ? 5 : 9));
  }
  return { name: 'projects', points, from: 100, exponents: exponents(points, (p) => p.projects, 100) };
}
