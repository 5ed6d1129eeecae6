/**
 * One workbook through every stage, each timed on its own (`npm run bench`):
 *
 *   parse exceljs   exceljs' own load of the .xlsx (wb.xlsx.load), no conversion
 *   parse SheetJS   SheetJS' own parse (XLSX.read), no conversion
 *   convert         SheetJS workbook → the model (workbookFromSheetJS)
 *   recognise       table recognition
 *   model           document facts + the check model (tables by kind, summary lines, narrative paragraphs)
 *   checks          every rule except the narrative ones
 *   tie-out         the narrative analysis (claims, lexicon, bindings), the narrative rules and the coverage
 *   roots           grouping findings into root causes (review/roots.ts)
 *   engine          analyseWorkbook on the model, in one go: recognise + model + checks + tie-out + roots
 *                   + the report (what the CLI does per file after reading)
 *   engine, new texts  the same on a model converted afresh from the file (new objects: nothing cached on the
 *                   workbook) with every memo of texts emptied first (forgetTexts): what a file's first check
 *                   costs once the code is warm. `engine` is a repeated check of the same model, which finds
 *                   the texts' answers remembered (as the pane's re-check does)
 *   engine GC       the garbage collector's pauses inside each `engine` run (wall ms; included in `engine`; its
 *                   mean is the figure to read, see Spread.mean):
 *                   mostly young-generation scavenges, which the readers' garbage makes dear — the engine
 *                   meets them in proportion to what it allocates
 *   generate        drafting the 情况说明 (generateNarrative, recognition given)
 *
 * The stages from recognise to roots are run in sequence on one fresh model per run, as the engine
 * runs them; `engine` is measured separately, so its figure is not a sum of medians.
 */
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { buildModel, RULES, runRules, type CheckConfig } from '../src/core/check';
import { documentFacts } from '../src/core/facts';
import { narrativeAnalysis } from '../src/core/narrative/analyse';
import { generateNarrative } from '../src/core/narrative/generate';
import { recognise } from '../src/core/recognize';
import { forgetTexts } from '../src/core/recognize/text';
import { analyseWorkbook } from '../src/core/report';
import { rootCauses } from '../src/core/review/roots';
import type { Workbook } from '../src/core/workbook';
import { parseWithSheetJS, workbookFromSheetJS } from '../src/hosts/xlsx/sheetjs';
import { GcPauses } from './gc-pauses';
import { now, spread, type Spread } from './stats';

export const ENGINE_STAGES = ['recognise', 'model', 'checks', 'tie-out', 'roots'] as const;
export type EngineStage = (typeof ENGINE_STAGES)[number];
export type Stage = 'parse exceljs' | 'parse SheetJS' | 'convert' | EngineStage | 'engine' | 'engine, new texts' | 'engine GC' | 'generate';

const NARRATIVE_RULES = RULES.filter((r) => r.meta.category === 'narrative');
const OTHER_RULES = RULES.filter((r) => r.meta.category !== 'narrative');

/** One pass of the engine stages: each stage's time (ms), and where the stages began and ended on performance.now()'s clock. */
export interface EngineRun {
  times: Record<EngineStage, number>;
  /** performance.now() at the start of each stage and at the end of the last (ENGINE_STAGES.length + 1 marks). */
  marks: number[];
}

/** One pass of the engine stages on a model built afresh. */
export function engineRun(wb: Workbook, config: CheckConfig = {}): EngineRun {
  const m0 = performance.now();
  const t0 = now();
  const rec = recognise(wb, { mapping: config.mapping });
  const t1 = now();
  const m1 = performance.now();
  const model = buildModel(wb, rec, documentFacts(wb), config.narrative);
  const t2 = now();
  const m2 = performance.now();
  const checks = runRules(model, OTHER_RULES, config);
  const t3 = now();
  const m3 = performance.now();
  const narrative = runRules(model, NARRATIVE_RULES, config);
  narrativeAnalysis(model).coverage();
  const t4 = now();
  const m4 = performance.now();
  rootCauses([...checks.findings, ...narrative.findings], { narrativeSheets: rec.tables.filter((t) => t.kind === 'narrative').map((t) => t.block.sheet) });
  const t5 = now();
  const m5 = performance.now();
  return { times: { recognise: t1 - t0, model: t2 - t1, checks: t3 - t2, 'tie-out': t4 - t3, roots: t5 - t4 }, marks: [m0, m1, m2, m3, m4, m5] };
}

/** One pass of the engine stages on a model built afresh; returns each stage's time (ms). */
export function engineOnce(wb: Workbook, config: CheckConfig = {}): Record<EngineStage, number> {
  return engineRun(wb, config).times;
}

export interface StageOptions {
  warmup: number;
  runs: number;
  config?: CheckConfig;
  /** The .xlsx bytes, to time the readers (parse and convert); without them only the engine stages. */
  bytes?: Uint8Array;
  /** Also time generateNarrative. */
  generate?: boolean;
}

export type StageTimes = Partial<Record<Stage, Spread>>;

/** Median (and spread) of every stage over `runs` runs after `warmup`. */
export async function timeStages(wb: Workbook, o: StageOptions): Promise<StageTimes> {
  const t: Partial<Record<Stage, number[]>> = {};
  const push = (s: Stage, ms: number, i: number) => {
    if (i >= o.warmup) (t[s] ??= []).push(ms);
  };
  const recognition = recognise(wb);
  const pauses = new GcPauses();
  const engineMarks: [number, number][] = [];
  for (let i = 0; i < o.warmup + o.runs; i++) {
    let fresh: Workbook | null = null;
    if (o.bytes) {
      const bytes = o.bytes;
      let a = now();
      await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
      push('parse exceljs', now() - a, i);
      a = now();
      const book = parseWithSheetJS(XLSX, bytes);
      push('parse SheetJS', now() - a, i);
      a = now();
      fresh = workbookFromSheetJS(XLSX, book, wb.source);
      push('convert', now() - a, i);
    }
    const e = engineOnce(wb, o.config);
    for (const s of ENGINE_STAGES) push(s, e[s], i);
    const a = now();
    const m0 = performance.now();
    analyseWorkbook(wb.source, wb, undefined, o.config ?? {});
    const m1 = performance.now();
    push('engine', now() - a, i);
    if (i >= o.warmup) engineMarks.push([m0, m1]);
    if (fresh) {
      forgetTexts();
      const c = now();
      analyseWorkbook(fresh.source, fresh, undefined, o.config ?? {});
      push('engine, new texts', now() - c, i);
    }
    if (o.generate) {
      const g = now();
      generateNarrative(wb, { recognition });
      push('generate', now() - g, i);
    }
  }
  await pauses.settle();
  pauses.stop();
  if (engineMarks.length) t['engine GC'] = engineMarks.map(([m0, m1]) => pauses.within(m0, m1));
  const out: StageTimes = {};
  for (const [k, v] of Object.entries(t)) out[k as Stage] = spread(v as number[]);
  return out;
}
