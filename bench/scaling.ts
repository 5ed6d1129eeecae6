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
 * A linear stage has k ≈ 1; the target is k ≤ 1.15 for every stage. Each stage's time is its own work:
 * the garbage collector's pauses inside it are taken out and shown as a column of their own, `GC`
 * (bench/gc-pauses.ts); `engine` is the whole, pauses included.
 */
import { generateNarrative, narrativeText } from '../src/core/narrative/generate';
import { narrativeFromText, type NarrativeInput } from '../src/core/narrative/source';
import { recognise } from '../src/core/recognize';
import { cellCount, type Workbook } from '../src/core/workbook';
import { syntheticBudget } from '../test/support/synthetic';
import { GcPauses } from './gc-pauses';
import { ENGINE_STAGES, engineRun, type EngineStage } from './stages';
import { fitExponent, median, now } from './stats';

export type ScaleStage = EngineStage | 'generate';
export const SCALE_STAGES: ScaleStage[] = [...ENGINE_STAGES, 'generate'];

export interface ScalePoint {
  /** units / projects of the generator. */
  label: string;
  cells: number;
  projects: number;
  paragraphs: number;
  /**
   * Median ms per stage without the collector's pauses inside it, of those pauses during the engine stages
   * (gc), and of the whole engine (sum of the engine stages of each run, pauses included).
   */
  times: Record<ScaleStage | 'gc' | 'engine', number>;
}

export interface Series {
  name: 'cells' | 'projects';
  points: ScalePoint[];
  /** Fitted exponent per stage over the points at or above `from` (cells or projects). */
  exponents: Record<ScaleStage | 'gc' | 'engine', number>;
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
export async function measurePoint(label: string, wb: Workbook, projects: number, warmup: number, runs: number): Promise<ScalePoint> {
  const narrative = draftedNarrative(wb);
  const recognition = recognise(wb);
  const t: Record<string, number[]> = {};
  const pauses = new GcPauses();
  try {
    for (let i = 0; i < warmup + runs; i++) {
      const e = engineRun(wb, { narrative });
      const g0 = now();
      const gm0 = performance.now();
      generateNarrative(wb, { recognition });
      const gen = now() - g0;
      const gm1 = performance.now();
      await pauses.settle();
      if (i >= warmup) {
        let gc = 0;
        ENGINE_STAGES.forEach((s, k) => {
          const paused = pauses.within(e.marks[k], e.marks[k + 1]);
          gc += paused;
          (t[s] ??= []).push(Math.max(0, e.times[s] - paused));
        });
        (t.gc ??= []).push(gc);
        (t.generate ??= []).push(Math.max(0, gen - pauses.within(gm0, gm1)));
        (t.engine ??= []).push(ENGINE_STAGES.reduce((a, s) => a + e.times[s], 0));
      }
      pauses.forget(gm1);
    }
  } finally {
    pauses.stop();
  }
  const times = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)])) as ScalePoint['times'];
  return { label, cells: cellsOf(wb), projects, paragraphs: narrative.paragraphs.length, times };
}

function exponents(points: ScalePoint[], size: (p: ScalePoint) => number, from: number): Series['exponents'] {
  const used = points.filter((p) => size(p) >= from);
  const out = {} as Series['exponents'];
  for (const s of [...SCALE_STAGES, 'gc', 'engine'] as const) out[s] = fitExponent(used.map((p) => ({ x: size(p), y: p.times[s] })));
  return out;
}

/** Sizes of the cells series: units of the generator (≈ 240 cells a unit). */
export const CELL_UNITS = [4, 12, 40, 80, 160, 400, 830];
/** Sizes of the projects series: projects of one unit. */
export const PROJECT_COUNTS = [10, 30, 100, 300, 1000, 2000];

export async function cellSeries(units = CELL_UNITS, progress?: (s: string) => void): Promise<Series> {
  const points: ScalePoint[] = [];
  for (const u of units) {
    const wb = syntheticBudget({ seed: 1, units: u, itemsPerUnit: 10 }).workbook;
    const cells = cellsOf(wb);
    progress?.(`cells: ${u} units (${cells} cells)`);
    const runs = cells > 100000 ? 5 : cells > 20000 ? 5 : 9;
    points.push(await measurePoint(`${u} 个单位`, wb, u * 4, 2, runs));
  }
  return { name: 'cells', points, from: 10000, exponents: exponents(points, (p) => p.cells, 10000) };
}

export async function projectSeries(counts = PROJECT_COUNTS, progress?: (s: string) => void): Promise<Series> {
  const points: ScalePoint[] = [];
  for (const n of counts) {
    progress?.(`projects: ${n}`);
    const wb = syntheticBudget({ seed: 1, units: 1, itemsPerUnit: 12, projectsPerUnit: n }).workbook;
    points.push(await measurePoint(`${n} 个项目`, wb, n, 2, n >= 1000 ? 5 : 9));
  }
  return { name: 'projects', points, from: 100, exponents: exponents(points, (p) => p.projects, 100) };
}
