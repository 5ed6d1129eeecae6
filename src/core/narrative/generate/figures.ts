/**
 * The figures a 情况说明 is written from, read off the recognised tables into a flat map by
 * stable item key, plus the lists the sections walk (income lines, 功能科目, 经济科目, projects).
 * The same extraction gives the figures of a prior-year workbook (prior.ts).
 *
 * Item keys (values in 万元):
 *   in:收入总计 in:本年收入合计 in:一般公共预算 in:政府性基金预算 in:国有资本经营预算 in:财政专户管理资金
 *   in:事业收入 in:事业单位经营收入 in:上级补助收入 in:附属单位上缴收入 in:其他收入 in:上年结转结余 …  (收支总表 / 01表)
 *   ex:支出总计 ex:本年支出合计 ex:年终结转结余                                                     (收支总表 / 01表)
 *   ex:合计 ex:基本支出 ex:项目支出 ex:事业单位经营支出 ex:上缴上级支出 ex:对附属单位补助支出          (支出总表 / 03表)
 *   fiscal:收支总计 fiscal:in:<fund> fiscal:in:上年结转结余 fiscal:ex:类:<code>                       (财政拨款收支总表 / 04表)
 *   gb:合计 gb:基本支出 gb:人员经费 gb:公用经费 gb:项目支出, fn:<code> (类/款/项)                       (一般公共预算支出表 / 05表)
 *   basic:合计 basic:人员经费 basic:公用经费, econ:<code> (经济分类 类/款)                              (基本支出表 / 06表)
 *   三公:合计 三公:因公出国(境)费 三公:公务用车购置及运行费 三公:公务用车购置费 三公:公务用车运行费 三公:公务接待费
 *   fund:… capital:… (政府性基金 / 国有资本经营), projects:合计 project:<项目名称>,
 *   政府采购 政府购买服务 资产配置 机关运行经费
 *   budget:<key>: this year's 预算 figure of a 决算 item (09表 预算数; 年初预算 from a 预算 workbook).
 */
import { documentFacts, type DocumentFacts, type DocumentKind } from '../../facts';
import { recognise, type Recognition, type TableKind } from '../../recognize';
import type { Workbook } from '../../workbook';
import { buildModel, type CheckModel } from '../../model/model';
import type { Fig } from './format';
import { hasFigures, readAssets, readProcurement, readProjects, readPurchaseServices, runningCost } from './read-matters';
import { readBasic, readFunds, readGeneral, readSummaries, readThreePublic } from './read-tables';
import { FUNCTION_NAMES, Reader, type EconomicItem, type FunctionItem, type ProcurementSplit, type ProjectItem } from './reader';

export type { EconomicItem, FunctionItem, ProcurementSplit, ProjectItem } from './reader';
export { natureOfName, cleanPurpose } from './read-matters';

export interface Figures {
  kind: DocumentKind | null;
  year: number | null;
  unit: string | null;
  /** 行政单位（含参公）or 事业单位; null when it cannot be told (or the units differ). */
  nature: 'admin' | 'institution' | null;
  values: Map<string, Fig>;
  /** Chinese name of an item key. */
  names: Map<string, string>;
  /** Table kinds the workbook has, and those of them with no figure at all (an 空表). */
  tables: Set<TableKind>;
  emptyTables: Set<TableKind>;
  /** Function 科目 of the 一般公共预算支出表 (05表), in table order; names from the tables. */
  functions: FunctionItem[];
  /** Economic 科目 of the 基本支出表 (类 and 款), by code. */
  economics: EconomicItem[];
  /** Projects by name (a project several units carry is one line with their sum). */
  projects: ProjectItem[];
  /** Project lines of the 项目支出表 (or project forms). */
  projectCount: number;
  /** 政府采购 by 品目 kind, when every line names its 品目 code ([A…] 货物, [B…] 工程, [C…] 服务). */
  procurementSplit: ProcurementSplit | null;
  /** 政府购买服务 lines (their 购买内容). */
  purchaseServices: { count: number; contents: string[] };
  /** The workbook has a 部门整体支出绩效目标表. */
  deptPerformance: boolean;
  /** How 机关运行经费 was worked out, when not simply the department's 公用经费 (for the warnings). */
  runningCostNote: string | null;
  /** The recognised tables and the model they were read with. */
  recognition: Recognition;
  model: CheckModel;
}

/** Name of a 功能科目: as the tables print it, else the code list's. */
export function functionName(f: Figures, code: string): string {
  return f.functions.find((x) => x.code === code)?.name ?? f.names.get(`fn:${code}`) ?? FUNCTION_NAMES.get(code) ?? code;
}

/** Read every figure the sections need (kind and year as recognised, or as the user says). */
export function readFigures(wb: Workbook, recognition: Recognition = recognise(wb), override?: { kind?: DocumentKind | null; year?: number | null }): Figures {
  const facts: DocumentFacts = { ...documentFacts(wb) };
  if (override?.kind) facts.kind = override.kind;
  if (override?.year) facts.year = override.year;
  const model = buildModel(wb, recognition, facts);
  const r = new Reader(wb, model);
  readSummaries(r);
  const functions = readGeneral(r);
  const economics = readBasic(r);
  readThreePublic(r);
  readFunds(r);
  const { projects, count } = readProjects(r);
  const procurementSplit = readProcurement(r);
  const purchaseServices = readPurchaseServices(r);
  readAssets(r);
  const { nature, note } = runningCost(r, functions);
  for (const [k, n] of Object.entries(KEY_NAMES)) r.names.set(k, n);
  const tables = new Set<TableKind>(recognition.tables.map((t) => t.kind));
  const emptyTables = new Set([...tables].filter((kind) => model.byKind(kind).every((t) => !hasFigures(wb, t))));
  return {
    kind: facts.kind,
    year: facts.year,
    unit: facts.unit,
    nature,
    values: r.values,
    names: r.names,
    tables,
    emptyTables,
    functions,
    economics,
    projects,
    projectCount: count,
    procurementSplit,
    purchaseServices,
    deptPerformance: model.byKind('dept-performance').length > 0,
    runningCostNote: note,
    recognition,
    model,
  };
}

/** Chinese names of the fixed item keys (for the reasons and the typed prior-year form). */
export const KEY_NAMES: Record<string, string> = {
  'in:收入总计': '收支总计',
  'in:本年收入合计': '本年收入合计',
  'ex:本年支出合计': '本年支出合计',
  'ex:支出总计': '支出总计',
  'ex:基本支出': '基本支出',
  'ex:项目支出': '项目支出',
  'fiscal:收支总计': '财政拨款收支总计',
  'fiscal:in:一般公共预算': '一般公共预算财政拨款收入',
  'fiscal:in:政府性基金预算': '政府性基金预算财政拨款收入',
  'fiscal:in:国有资本经营预算': '国有资本经营预算财政拨款收入',
  'gb:合计': '一般公共预算支出',
  'gb:基本支出': '一般公共预算基本支出',
  'gb:人员经费': '人员经费',
  'gb:公用经费': '公用经费',
  'gb:项目支出': '一般公共预算项目支出',
  'basic:合计': '一般公共预算基本支出',
  '三公:合计': '“三公”经费',
  '三公:因公出国(境)费': '因公出国（境）费',
  '三公:公务用车购置及运行费': '公务用车购置及运行费',
  '三公:公务用车购置费': '公务用车购置费',
  '三公:公务用车运行费': '公务用车运行费',
  '三公:公务接待费': '公务接待费',
  'projects:合计': '项目支出',
  机关运行经费: '机关运行经费',
  政府采购: '政府采购预算',
  政府购买服务: '政府购买服务预算',
  资产配置: '资产配置预算',
};

/** Name of an item key ('budget:fn:2101550' → '年初预算：事业运行'). */
export function keyName(f: Figures, key: string): string {
  const budget = /^budget:(.*)$/.exec(key);
  if (budget) return `本年预算：${keyName(f, budget[1])}`;
  const fn = /^fn:(\d+)$/.exec(key);
  if (fn) return functionName(f, fn[1]);
  const project = /^project:(.*)$/.exec(key);
  if (project) return project[1];
  return f.names.get(key) ?? KEY_NAMES[key] ?? key;
}
