/**
 * A model-driven generator of whole departments — the oracle of the "no false alarms"
 * properties (test/check/department.test.ts). From a seed it builds a department in 元
 * (model.ts) and derives every table of its disclosure in one template — the Wuhan 预算
 * 15-table set, the 江苏 预算 12-table set or the 决算 公开01–09表 — and its 情况说明 in the
 * templates' wording, in a layout (layout.ts). Every printed cell is rounded on its own from
 * the exact figures, so the tables are consistent up to honest 尾差 only.
 *
 * It imports nothing of the engine's recognition, rules or amount parsing (an oracle must not
 * share the engine's bugs): only the workbook model's cell constructors and decimal.js.
 *
 *   const g = generateDepartment({ seed: 7, template: 'final', layout: { codes: 'split-own' } });
 *   g.workbook          // the workbook model
 *   g.money             // every money cell with what it is (table, role, column)
 *   g.narrative.marks   // where the narrative states a 类 amount, a project, a share, a rate, a year …
 */
import type { Workbook } from '../../../src/core/workbook';
import { finalTables } from './final';
import { jiangsuTables } from './jiangsu';
import { drawLayout, type Layout } from './layout';
import { makeDepartment, type Department, type Template } from './model';
import { narrativeOf, type Narrative } from './narrative';
import { Rng } from './rng';
import { wuhanTables } from './wuhan';
import { SheetWriter, type MoneyCell, type Table } from './writer';

export type { Layout } from './layout';
export type { Department, Template } from './model';
export type { MoneyCell } from './writer';
export type { Narrative, NarrativeMark } from './narrative';
export { PLAIN, LAYOUT_KEYS } from './layout';

export interface DepartmentSpec {
  seed: number;
  template: Template;
  /** Layout fields to fix; the others are drawn from the seed. */
  layout?: Partial<Layout>;
  /** Number of units (1–4); drawn when absent. */
  units?: number;
  /** Write the 情况说明 sheet (default true). */
  narrative?: boolean;
}

export interface GeneratedDepartment {
  spec: DepartmentSpec;
  department: Department;
  layout: Layout;
  workbook: Workbook;
  money: MoneyCell[];
  /** The tables as written: id, sheet and first row. */
  tables: { id: string; sheet: string; top: number; yuan: boolean }[];
  narrative: Narrative & { sheet: string; cells: string[] };
}

export function generateDepartment(spec: DepartmentSpec): GeneratedDepartment {
  const department = makeDepartment({ seed: spec.seed, template: spec.template, units: spec.units });
  const rng = new Rng(spec.seed ^ 0x5bd1e995);
  const layout = drawLayout(rng.fork(), spec.layout);
  const tableRng = rng.fork();
  const tables =
    spec.template === 'wuhan' ? wuhanTables(department, tableRng, layout) : spec.template === 'jiangsu' ? jiangsuTables(department, tableRng, layout) : finalTables(department, tableRng, layout);
  // money unit: some tables (or all) printed in 元; the 绩效目标 forms stay in 万元
  const yuanRng = rng.fork();
  for (const t of tables) {
    if (t.raw) continue;
    t.yuan = layout.yuan === 'all' || (layout.yuan === 'some' && yuanRng.chance(35));
  }
  const narrative = narrativeOf(department, rng.fork(), layout);
  const money: MoneyCell[] = [];
  const sheets: SheetWriter[] = [];
  const written: GeneratedDepartment['tables'] = [];
  const newSheet = (name: string) => {
    const w = new SheetWriter(name, sheets.length, layout, money);
    sheets.push(w);
    return w;
  };
  const narrativeName = layout.genericNames ? 'Sheet1' : '情况说明';
  const writeNarrative = () => {
    if (spec.narrative === false) return null;
    const w = newSheet(layout.genericNames ? `Sheet${sheets.length + 1}` : narrativeName);
    narrative.paragraphs.forEach((p, i) => w.text(i + 1, 1, p));
    return w.sheet.name;
  };
  let narrativeSheet: string | null = null;
  if (layout.narrativeFirst) narrativeSheet = writeNarrative();
  if (layout.stacked) {
    const w = newSheet(layout.genericNames ? `Sheet${sheets.length + 1}` : `${department.year}年${department.kind === 'final' ? '部门决算公开表' : '部门预算公开表'}`);
    let row = 1;
    tables.forEach((t, i) => {
      written.push({ id: t.id, sheet: w.sheet.name, top: row, yuan: !!t.yuan });
      row = w.table(t, row, i) + 2;
    });
  } else {
    tables.forEach((t, i) => {
      const w = newSheet(layout.genericNames ? `Sheet${sheets.length + 1}` : sheetName(t));
      written.push({ id: t.id, sheet: w.sheet.name, top: 1, yuan: !!t.yuan });
      w.table(t, 1, i);
    });
  }
  if (!layout.narrativeFirst) narrativeSheet = writeNarrative();
  const workbook: Workbook = { source: `department-${spec.template}-${spec.seed}.xlsx`, sheets: sheets.map((w) => w.sheet) };
  return {
    spec,
    department,
    layout,
    workbook,
    money,
    tables: written,
    narrative: { ...narrative, sheet: narrativeSheet ?? '', cells: narrative.paragraphs.map((_, i) => `A${i + 1}`) },
  };
}

/** Sheet names are at most 31 characters (Excel). */
function sheetName(t: Table): string {
  return t.name.length <= 31 ? t.name : t.name.slice(0, 31);
}
