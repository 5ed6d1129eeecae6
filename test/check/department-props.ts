/**
 * The "no false alarms" properties over generated departments (test/support/department), shared
 * by the jest properties (test/check/department.test.ts, fixed seed) and the soak
 * (scripts/soak.ts, `npm run soak`, FC_SEED / SOAK_RUNS):
 *
 *  a. a clean department gives no error, and warnings only of kinds a clean workbook can have
 *     (ALLOWED_WARNINGS);
 *  b. one planted error per copy (PLANTS) is found as an error or warning at the changed cell;
 *  c. its drafted 情况说明, checked against it, has no narrative error and ≥ 98 % of its money
 *     figures tied (tied or checked; the rest are untied).
 *
 * KNOWN_DEFECTS narrows (a) explicitly: engine defects the generator revealed that are not fixed
 * yet, each with its reason. A finding matching one is tolerated (and counted), never silently.
 */
import Decimal from 'decimal.js';
import { check, type CheckResult } from '../../src/core/check';
import { recognise } from '../../src/core/recognize';
import { getCell, makeCell, putCell, type Workbook } from '../../src/core/workbook';
import { generateDepartment, type GeneratedDepartment, type Layout, type MoneyCell, type NarrativeMark, type Template } from '../support/department';

export type Finding = CheckResult['findings'][number];

export const TEMPLATES: Template[] = ['wuhan', 'jiangsu', 'final'];

export interface Known {
  template?: Template;
  rule: string;
  message?: RegExp;
  /** Only in this layout. */
  when?: (l: Layout) => boolean;
  reason: string;
}

/** Warnings a clean department may have (documented kinds, not consistency errors). */
export const ALLOWED_WARNINGS: Known[] = [
  {
    rule: 'compliance/money-unit',
    when: (l) => l.yuan !== 'none',
    reason: 'the layout prints some tables (or all but the 绩效目标 forms, which stay in 万元) in 元: a real inconsistency of presentation, flagged as a warning',
  },
];

/** Engine defects revealed by the generator and not fixed yet (see the issue 15 closing note). */
export const KNOWN_DEFECTS: Known[] = [];

/** Planted errors not yet found in a template, with the reason (the property skips these and counts them). */
export const KNOWN_MISSED: { template: Template; kind: PlantKind; paragraph?: RegExp; reason: string }[] = [];

/**
 * The share of the drafted narrative's money figures that are tied (or checked), per template:
 * the issue asks ≥ 98 %. What stays untied (about 1 %): the 江苏 “涉及财政性资金合计” of the
 * 绩效目标 sentence (real texts count only the projects under 绩效目标管理, no table holds it), a
 * 决算 项's 年初预算 of 0 (no 完成率 to check it by), a change whose rate rounds to 0.
 */
export const NARRATIVE_FLOOR: Record<Template, number> = { wuhan: 0.98, jiangsu: 0.98, final: 0.98 };

export const showFinding = (f: Finding): string => `${f.severity} ${f.rule} [${f.locations.map((l) => `${l.sheet}!${l.cell}`).join(', ')}] ${f.message}`;

const matches = (k: Known, f: Finding, g: GeneratedDepartment): boolean =>
  k.rule === f.rule && (!k.template || k.template === g.spec.template) && (!k.message || k.message.test(f.message)) && (!k.when || k.when(g.layout));

export function runCheck(wb: Workbook): CheckResult {
  return check(wb, recognise(wb));
}

export interface CleanVerdict {
  result: CheckResult;
  /** Errors and warnings a clean department must not have. */
  problems: string[];
  /** Findings tolerated as known defects, by rule. */
  known: string[];
  crashes: string[];
  /** Narrative: money figures and untied ones; errors of the narrative rules. */
  narrative: { figures: number; untied: number; errors: string[] };
}

export function judgeClean(g: GeneratedDepartment, result: CheckResult = runCheck(g.workbook)): CleanVerdict {
  const problems: string[] = [];
  const known: string[] = [];
  for (const f of result.findings) {
    if (f.severity === 'info') continue;
    if (f.severity === 'warning' && f.category === 'rounding') continue;
    if (f.severity === 'warning' && ALLOWED_WARNINGS.some((k) => matches(k, f, g))) continue;
    if (KNOWN_DEFECTS.some((k) => matches(k, f, g))) {
      known.push(f.rule);
      continue;
    }
    problems.push(showFinding(f));
  }
  const crashes = result.skipped.filter((s) => s.reason.startsWith('规则运行出错')).map((s) => `${s.rule}: ${s.reason}`);
  const cov = result.narrative;
  const untied = cov?.untied?.length ?? 0;
  const figures = (cov?.tied ?? 0) + (cov?.checked ?? 0) + untied;
  const errors = result.findings.filter((f) => f.severity === 'error' && f.rule.startsWith('narrative/')).map(showFinding);
  return { result, problems, known, crashes, narrative: { figures, untied, errors } };
}

export const describe = (g: GeneratedDepartment): string => `${g.spec.template} seed ${g.spec.seed} units ${g.department.units.length} ${JSON.stringify(g.layout)}`;

// ---------------------------------------------------------------------------------------------
// Planted errors

export type PlantKind =
  | 'expenditure-item'
  | 'general-item'
  | 'basic-kuan'
  | 'three-public-item'
  | 'income-line'
  | 'swapped-digits'
  | 'narrative-class'
  | 'narrative-project'
  | 'narrative-percent'
  | 'narrative-year';

export const PLANT_KINDS: PlantKind[] = [
  'expenditure-item',
  'general-item',
  'basic-kuan',
  'three-public-item',
  'income-line',
  'swapped-digits',
  'narrative-class',
  'narrative-project',
  'narrative-percent',
  'narrative-year',
];

export interface Plant {
  kind: PlantKind;
  sheet: string;
  cell: string;
  before: string;
  after: string;
}

function cloneWorkbook(wb: Workbook): Workbook {
  return { ...wb, sheets: wb.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]), merges: s.merges.map((m) => ({ ...m })) })) };
}

const nonZero = (m: MoneyCell) => !new Decimal(m.printed).isZero();

/** Money cells a plant of this kind may change (non-zero, so that a blank-for-zero cell is never the target). */
function candidates(g: GeneratedDepartment, kind: PlantKind): MoneyCell[] {
  const m = g.money.filter(nonZero);
  switch (kind) {
    case 'expenditure-item':
      return m.filter((c) => c.table === 'expenditure-summary' && c.role === 'item');
    case 'general-item':
      return m.filter((c) => (c.table === 'general-budget' || c.table === 'fiscal-expenditure') && c.role === 'item');
    case 'basic-kuan':
      return m.filter((c) => (c.table === 'basic' || c.table === 'fiscal-basic') && c.role === 'econ-kuan');
    case 'three-public-item':
      return m.filter((c) => c.table === 'three-public' && !/合计|小计/.test(c.column) && !/预算数/.test(c.column));
    case 'income-line':
      return m.filter((c) => (c.table === 'income-summary' && (c.role === 'unit' || c.role === 'income' || c.role === 'item')) || (c.table === 'income-expense-summary' && c.role === 'income'));
    case 'swapped-digits':
      return m.filter((c) => c.role === 'total' && swapDigits(c.printed) !== null);
    default:
      return [];
  }
}

/** Two adjacent different digits of the integer part swapped ("1234.56" → "1324.56"), or null. */
export function swapDigits(printed: string): string | null {
  const [int, frac] = printed.split('.');
  for (let i = int.length - 2; i >= 0; i--) {
    if (/\d/.test(int[i]) && /\d/.test(int[i + 1]) && int[i] !== int[i + 1] && !(i === 0 && int[i + 1] === '0')) {
      const s = int.slice(0, i) + int[i + 1] + int[i] + int.slice(i + 2);
      return frac !== undefined ? `${s}.${frac}` : s;
    }
  }
  return null;
}

const MARKS: Partial<Record<PlantKind, NarrativeMark['kind'][]>> = {
  'narrative-class': ['class-amount'],
  'narrative-project': ['project-amount'],
  'narrative-percent': ['share', 'rate', 'completion'],
  'narrative-year': ['year'],
};

/** The marks a narrative plant may change: figures that are not 0 (a 0 changed may still read as a plausible absence). */
function markCandidates(g: GeneratedDepartment, kind: PlantKind): NarrativeMark[] {
  const kinds = MARKS[kind] ?? [];
  return g.narrative.marks.filter((m) => kinds.includes(m.kind) && /[1-9]/.test(m.text) && (kind !== 'narrative-year' || Number(m.text) === g.department.year));
}

/** A changed figure as the narrative prints it: amounts +37.19 万元, percentages +3.1 pp, the year −2. */
function changedMark(m: NarrativeMark): string {
  const comma = m.text.includes(',');
  const v = new Decimal(m.text.replace(/,/g, ''));
  const decimals = (m.text.split('.')[1] ?? '').length;
  if (m.kind === 'year') return String(v.toNumber() - 2);
  const next = m.kind === 'share' || m.kind === 'rate' || m.kind === 'completion' ? v.plus(3.1) : v.plus(37.19);
  let t = next.toFixed(Math.max(decimals, m.kind === 'share' || m.kind === 'rate' || m.kind === 'completion' ? 1 : 2));
  if (comma) {
    const [i, f] = t.split('.');
    t = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f !== undefined ? `.${f}` : '');
  }
  return t;
}

/** A copy of the department's workbook with one planted error (pick: which candidate), or null when it has no candidate. */
export function plant(g: GeneratedDepartment, kind: PlantKind, pick: number): { workbook: Workbook; plant: Plant } | null {
  const wb = cloneWorkbook(g.workbook);
  if (MARKS[kind]) {
    const missed = KNOWN_MISSED.filter((k) => k.template === g.spec.template && k.kind === kind && k.paragraph);
    const marks = markCandidates(g, kind).filter((m) => !missed.some((k) => k.paragraph?.test(g.narrative.paragraphs[m.paragraph])));
    if (marks.length === 0) return null;
    const m = marks[pick % marks.length];
    const sheet = wb.sheets.find((s) => s.name === g.narrative.sheet);
    const cell = g.narrative.cells[m.paragraph];
    if (!sheet) return null;
    const text = g.narrative.paragraphs[m.paragraph];
    const after = changedMark(m);
    const row = m.paragraph + 1;
    putCell(sheet, makeCell({ row, col: 1, value: text.slice(0, m.start) + after + text.slice(m.end) }));
    return { workbook: wb, plant: { kind, sheet: sheet.name, cell, before: m.text, after } };
  }
  const cells = candidates(g, kind);
  if (cells.length === 0) return null;
  const c = cells[pick % cells.length];
  const sheet = wb.sheets.find((s) => s.name === c.sheet);
  if (!sheet) return null;
  const old = getCell(sheet, c.cell);
  if (!old) return null;
  const printed = new Decimal(c.printed);
  let next: Decimal;
  if (kind === 'swapped-digits') next = new Decimal(swapDigits(c.printed) as string);
  else {
    // beyond any rounding tolerance: 3.17 万元 (31,700 元), down when the figure allows it
    const delta = new Decimal(c.yuan ? 31700 : 3.17);
    next = printed.gt(delta.times(2)) && pick % 2 === 1 ? printed.minus(delta) : printed.plus(delta);
  }
  putCell(sheet, makeCell({ row: old.row, col: old.col, value: next.toNumber(), numFmt: old.numFmt }));
  return { workbook: wb, plant: { kind, sheet: c.sheet, cell: c.cell, before: c.printed, after: next.toString() } };
}

/** Found: an error or warning (not a 尾差) at the changed cell that the clean department did not have. */
export function plantFound(clean: CheckResult, planted: CheckResult, p: Plant): boolean {
  const key = (f: Finding) => `${f.rule}|${f.message}`;
  const before = new Set(clean.findings.map(key));
  return planted.findings.some(
    (f) => (f.severity === 'error' || (f.severity === 'warning' && f.category !== 'rounding')) && !before.has(key(f)) && f.locations.some((l) => l.sheet === p.sheet && l.cell === p.cell),
  );
}

export { generateDepartment };
