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
import Decimal from 'decimal.js';
import { CLASSIFICATION_CODES } from '../../data/classification';
import { documentFacts, type DocumentFacts, type DocumentKind } from '../../facts';
import { recognise, type Recognised, type Recognition, type TableKind, type TableRow } from '../../recognize';
import { norm } from '../../recognize/text';
import { cellAt, findSheet, type Workbook } from '../../workbook';
import { buildModel, stripNumbering, summaryValue, type CheckModel } from '../../check/model';
import { qty, type Q } from '../../check/quantity';
import { footerQ, isEmptyTable, pickKey, totalRow } from '../../check/rules/helpers';
import { similarity } from '../../check/rules/forms-helpers';
import { tableProjects } from '../../check/rules/projects-vs-performance';
import { verticalValues } from '../../check/rules/three-public';
import type { Fig } from './format';

export interface FunctionItem {
  code: string;
  level: 1 | 2 | 3;
  name: string;
}

export interface EconomicItem {
  code: string;
  name: string;
}

export interface ProjectItem {
  name: string;
  key: string;
  /** What the project is for, from its 绩效目标表 (项目主要内容), when the form says it without figures. */
  purpose: string | null;
}

export interface Figures {
  kind: DocumentKind | null;
  year: number | null;
  unit: string | null;
  /** 行政单位（含参公）or 事业单位; null when it cannot be told. */
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
  procurementSplit: { goods: Fig; works: Fig; services: Fig } | null;
  /** 政府购买服务 lines (their 购买内容). */
  purchaseServices: { count: number; contents: string[] };
  /** The workbook has a 部门整体支出绩效目标表. */
  deptPerformance: boolean;
  /** How 机关运行经费 was worked out (for the warnings). */
  runningCostNote: string | null;
  /** The recognised tables and the model they were read with. */
  recognition: Recognition;
  model: CheckModel;
}

/** A table figure to print: 2 decimals, more when the 万元 table prints more (元 tables: 2). */
function figOf(t: Recognised, q: Q | null | undefined): Fig | null {
  if (!q) return null;
  return { value: q.value, decimals: t.moneyUnit === '元' ? 2 : Math.max(2, q.decimals) };
}

function sumFigs(figs: Fig[]): Fig {
  return { value: figs.reduce((s, f) => s.plus(f.value), new Decimal(0)), decimals: Math.max(2, ...figs.map((f) => f.decimals)) };
}

/** The table of a kind with the most rows of a type (a workbook may print two 一般公共预算支出表). */
function bestTable(model: CheckModel, kind: TableKind, type?: TableRow['type']): Recognised | undefined {
  const all = model.byKind(kind);
  if (all.length === 0) return undefined;
  const score = (t: Recognised) => (type ? t.rows.filter((r) => r.type === type && r.code).length : t.rows.length);
  return [...all].sort((a, b) => score(b) - score(a))[0];
}

/** The first existing column among alternatives on a row. */
function rowFig(t: Recognised, row: TableRow | undefined, keys: string): Fig | null {
  if (!row) return null;
  for (const k of keys.split('|')) if (row.values[k]) return figOf(t, qty(t, row, k));
  return null;
}

/** The generic value key of a row: 合计 / 预算数 / 决算数 / the first. */
function rowKey(row: TableRow): string | undefined {
  const keys = Object.keys(row.values);
  return keys.find((k) => k === '合计') ?? keys.find((k) => /^(预算数|决算数|金额)$/.test(k)) ?? keys[0];
}

const FUNCTION_NAMES = new Map(CLASSIFICATION_CODES.filter((c) => c.scheme === 'function').map((c) => [c.code, c.name]));
const ECONOMIC_NAMES = new Map(CLASSIFICATION_CODES.filter((c) => c.scheme === 'economic').map((c) => [c.code, c.name]));

/** Name of a 功能科目: as the tables print it, else the code list's. */
export function functionName(f: Figures, code: string): string {
  return f.functions.find((x) => x.code === code)?.name ?? f.names.get(`fn:${code}`) ?? FUNCTION_NAMES.get(code) ?? code;
}

/** 行政/事业 from a unit name (the checker's reading: 局/委/办 … vs 中心/院/站 …). */
export function natureOfName(name: string): 'admin' | 'institution' | null {
  const s = norm(name).replace(/\(本级\)|本级$/g, '');
  if (/(局|委员会|委|办公室|厅|政府|法院|检察院|管委会)$/.test(s)) return 'admin';
  if (/(中心|院|站|所|队|学校|馆|台|处)$/.test(s)) return 'institution';
  return null;
}

const FUND_OF_CONCEPT: Record<string, string> = { 一般公共预算: '一般公共预算', 政府性基金预算: '政府性基金预算', 国有资本经营预算: '国有资本经营预算' };

/** The fiscal summary's concept as an item key (fund lines of 本年收入 become fiscal:in:<fund>). */
function fiscalKey(concept: string): string {
  if (concept === 'in:收入总计') return 'fiscal:收支总计';
  const fund = /^in:(?:本年收入合计\.)?(一般公共预算|政府性基金预算|国有资本经营预算)$/.exec(concept);
  if (fund) return `fiscal:in:${FUND_OF_CONCEPT[fund[1]]}`;
  return `fiscal:${concept}`;
}

/** Labels of a project form that say what the project does, best first. */
const PURPOSE_LABELS = [/^项目主要内容$/, /^(主要内容|项目内容|项目概况)$/, /^项目实施方案$/, /^(年度绩效目标|项目绩效总目标)$/];

/** A project form's "项目主要内容" (or 实施方案 …): its first sentence without figures. */
function formPurpose(wb: Workbook, t: Recognised, rows: [number, number]): string | null {
  const sheet = findSheet(wb, t.block.sheet);
  if (!sheet) return null;
  const found: (string | null)[] = PURPOSE_LABELS.map(() => null);
  for (let r = rows[0]; r <= rows[1]; r++) {
    const row = sheet.rows[r - 1] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const i = cell && cell.type === 'string' ? PURPOSE_LABELS.findIndex((re) => re.test(norm(cell.text))) : -1;
      if (i < 0 || found[i] !== null) continue;
      const value = row.slice(c + 1).find((v) => v && v.type === 'string' && v.text.trim() && v.text.trim() !== cell!.text.trim());
      found[i] = value ? cleanPurpose(value.text) : null;
    }
  }
  return found.find((x) => x !== null) ?? null;
}

/** First sentence, clauses before any figure, no list numbering or trailing punctuation; null when nothing is left. */
export function cleanPurpose(text: string): string | null {
  const flat = text.replace(/\s+/g, '').replace(/^([(（]?\d+[)）、.．]|[一二三四五六七八九十]+、)/, '');
  const first = flat.split(/[。；;！!]/)[0];
  const clauses: string[] = [];
  for (const c of first.split(/[，,]/)) {
    if (/[\d０-９]/.test(c)) break;
    clauses.push(c);
  }
  const s = clauses.join('，').replace(/^(主要用于|用于|为了)/, '').replace(/[、，,：:]+$/, '');
  return s.length >= 4 ? s : null;
}

/** Read every figure the sections need. */
export function readFigures(wb: Workbook, recognition: Recognition = recognise(wb), override?: { kind?: DocumentKind | null; year?: number | null }): Figures {
  const facts: DocumentFacts = { ...documentFacts(wb) };
  if (override?.kind) facts.kind = override.kind;
  if (override?.year) facts.year = override.year;
  const model = buildModel(wb, recognition, facts);
  const values = new Map<string, Fig>();
  const names = new Map<string, string>();
  const set = (key: string, f: Fig | null, name?: string) => {
    if (!f || values.has(key)) return;
    values.set(key, f);
    if (name && !names.has(key)) names.set(key, name);
  };
  const tables = new Set<TableKind>(recognition.tables.map((t) => t.kind));
  const emptyTables = new Set<TableKind>();
  for (const kind of tables) if (model.byKind(kind).every((t) => !hasFigures(wb, t))) emptyTables.add(kind);

  // 收支总表 / 01表 and 财政拨款收支总表 / 04表: every line with a concept
  const summary = bestTable(model, 'income-expense-summary');
  if (summary) for (const line of model.summary(summary)) if (line.concept) set(line.concept, figOf(summary, summaryValue(summary, line)), stripNumbering(line.row.name));
  const fiscal = bestTable(model, 'fiscal-summary');
  if (fiscal) for (const line of model.summary(fiscal)) if (line.concept) set(fiscalKey(line.concept), figOf(fiscal, summaryValue(fiscal, line)), stripNumbering(line.row.name));

  // 支出总表 / 03表: the 合计 row's columns
  const ex = bestTable(model, 'expenditure-summary', 'function');
  const exTotal = ex ? totalRow(ex) : undefined;
  if (ex && exTotal) {
    for (const [key, cols] of [
      ['ex:合计', '合计'],
      ['ex:基本支出', '基本支出|基本支出.小计'],
      ['ex:项目支出', '项目支出|项目支出.小计'],
      ['ex:事业单位经营支出', '事业单位经营支出'],
      ['ex:上缴上级支出', '上缴上级支出'],
      ['ex:对附属单位补助支出', '对附属单位补助支出'],
    ] as const) set(key, rowFig(ex, exTotal, cols));
  }

  // 一般公共预算支出表 / 05表: totals and 功能科目
  const general = bestTable(model, 'general-budget-expenditure', 'function');
  const functions: FunctionItem[] = [];
  if (general) {
    const total = totalRow(general);
    for (const [key, cols] of [
      ['gb:合计', '合计'],
      ['gb:基本支出', '基本支出|基本支出.小计'],
      ['gb:人员经费', '基本支出.人员经费'],
      ['gb:公用经费', '基本支出.公用经费'],
      ['gb:项目支出', '项目支出|项目支出.小计'],
    ] as const) set(key, rowFig(general, total, cols));
    const key = pickKey(general, '合计');
    for (const row of general.rows) {
      if (row.type !== 'function' || !row.code || !/^\d{3}(\d{2}){0,2}$/.test(row.code)) continue;
      const level = (row.code.length === 3 ? 1 : row.code.length === 5 ? 2 : 3) as 1 | 2 | 3;
      const f = key ? figOf(general, qty(general, row, key)) : rowFig(general, row, rowKey(row) ?? '');
      if (!f || functions.some((x) => x.code === row.code)) continue;
      const name = row.name.trim() || FUNCTION_NAMES.get(row.code) || row.code;
      functions.push({ code: row.code, level, name });
      set(`fn:${row.code}`, f, name);
    }
  }
  // a 05表 without 类/款 rows: their names from the other tables or the code list
  for (const t of [ex, bestTable(model, 'income-summary', 'function')]) {
    for (const row of t?.rows ?? []) if (row.type === 'function' && row.code && !names.has(`fn:${row.code}`) && row.name.trim()) names.set(`fn:${row.code}`, row.name.trim());
  }

  // 基本支出表 / 06表: 人员经费 / 公用经费 and the 经济科目
  const basic = bestTable(model, 'basic-expenditure', 'economic');
  const economics: EconomicItem[] = [];
  if (basic) {
    const total = totalRow(basic);
    set('basic:合计', rowFig(basic, total, '合计|预算数|决算数'));
    set('basic:人员经费', rowFig(basic, total, '人员经费') ?? figOf(basic, footerQ(basic, /^人员经费(合计)?$/, true)));
    set('basic:公用经费', rowFig(basic, total, '公用经费') ?? figOf(basic, footerQ(basic, /^公用经费(合计)?$/, true)));
    for (const row of basic.rows) {
      if (row.type !== 'economic' || !row.code || !/^\d{3}(\d{2})?$/.test(row.code) || values.has(`econ:${row.code}`)) continue;
      const f = rowFig(basic, row, rowKey(row) ?? '');
      if (!f) continue;
      const name = row.name.trim() || ECONOMIC_NAMES.get(row.code) || row.code;
      economics.push({ code: row.code, name });
      set(`econ:${row.code}`, f, name);
    }
    economics.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    // 人员经费 = 301 + 303, 公用经费 = 302 + 310 (+ 309, 399) when the table has no such figure (CLS-10)
    const byClass = (codes: string[]) => economics.filter((e) => e.code.length === 3 && codes.includes(e.code)).map((e) => values.get(`econ:${e.code}`) as Fig);
    if (!values.has('basic:人员经费') && byClass(['301', '303']).length) set('basic:人员经费', sumFigs(byClass(['301', '303'])));
    if (!values.has('basic:公用经费') && byClass(['302', '310', '309', '399']).length) set('basic:公用经费', sumFigs(byClass(['302', '310', '309', '399'])));
    const p = values.get('basic:人员经费');
    const g = values.get('basic:公用经费');
    if (p && g) set('basic:合计', sumFigs([p, g]));
  }

  // “三公”经费 (决算 09表: 决算数, and 预算数 as budget:三公:*)
  const tp = model.byKind('three-public').find((t) => t.rows.length > 0) ?? model.byKind('three-public')[0];
  if (tp) {
    const ITEMS: [string, string][] = [
      ['合计', '合计'],
      ['因公出国(境)费', '因公出国(境)费'],
      ['公务用车购置及运行费.小计', '公务用车购置及运行费'],
      ['公务用车购置及运行费.公务用车购置费', '公务用车购置费'],
      ['公务用车购置及运行费.公务用车运行费', '公务用车运行费'],
      ['公务接待费', '公务接待费'],
    ];
    const zero: Fig = { value: new Decimal(0), decimals: 2 };
    const horizontal = tp.columns.some((c) => c.key?.endsWith('因公出国(境)费'));
    const prefix = tp.columns.some((c) => c.key?.startsWith('决算数.')) ? '决算数.' : tp.columns.some((c) => c.key?.startsWith('预算数.')) ? '预算数.' : '';
    const got = tp.rows.length === 0 || !horizontal ? verticalValues(tp) : new Map<string, Q>();
    for (const [item, key] of ITEMS) {
      const q = horizontal && tp.rows[0] ? qty(tp, tp.rows[0], prefix + item) : got.get(item);
      set(`三公:${key}`, tp.rows.length === 0 ? zero : figOf(tp, q));
    }
    if (!values.has('三公:合计')) {
      const parts = ['三公:因公出国(境)费', '三公:公务用车购置及运行费', '三公:公务接待费'].map((k) => values.get(k));
      if (parts.every(Boolean)) set('三公:合计', sumFigs(parts as Fig[]));
    }
    if (tp.columns.some((c) => c.key?.startsWith('决算数.')) && tp.rows[0]) {
      for (const [item, key] of ITEMS) set(`budget:三公:${key}`, figOf(tp, qty(tp, tp.rows[0], `预算数.${item}`)));
    }
  }

  // 政府性基金 / 国有资本经营 (预算 表8/9; 决算 07/08表)
  for (const [kind, prefix] of [
    ['gov-fund', 'fund'],
    ['state-capital', 'capital'],
  ] as const) {
    const t = bestTable(model, kind);
    const total = t ? totalRow(t) ?? t.rows.find((r) => r.type === 'total') : undefined;
    if (!t || !total) continue;
    set(`${prefix}:合计`, rowFig(t, total, '合计|本年支出.小计|本年支出.合计'));
    set(`${prefix}:年初结转和结余`, rowFig(t, total, '年初结转和结余'));
    set(`${prefix}:本年收入`, rowFig(t, total, '本年收入'));
    set(`${prefix}:年末结转和结余`, rowFig(t, total, '年末结转和结余'));
  }

  // projects: 项目支出表, else the 项目绩效目标表 forms (当年预算)
  const projects: ProjectItem[] = [];
  let projectCount = 0;
  const forms = model.byKind('project-performance').flatMap((t) => (t.projectForms ?? []).map((form) => ({ t, form })));
  const purposeOf = (name: string): string | null => {
    const best = forms
      .filter((x) => x.form.name)
      .map((x) => ({ x, s: similarity(norm(x.form.name!.text), norm(name)) }))
      .sort((a, b) => b.s - a.s)[0];
    return best && best.s >= 0.6 ? formPurpose(wb, best.x.t, best.x.form.rows) : null;
  };
  const pt = model.byKind('project-expenditure').find((t) => t.rows.length > 0);
  if (pt) {
    set('projects:合计', rowFig(pt, totalRow(pt), '合计'));
    for (const p of tableProjects(model, pt)) {
      const key = `project:${p.name}`;
      const f = figOf(pt, p.q);
      if (!f) continue;
      projectCount++;
      // the same project in several units: one line with their sum
      const prev = values.get(key);
      if (prev) values.set(key, sumFigs([prev, f]));
      else {
        set(key, f, p.name);
        projects.push({ name: p.name, key, purpose: purposeOf(p.name) });
      }
    }
  } else {
    for (const { t, form } of forms) {
      const name = form.name?.text.trim();
      const v = form.currentBudget ?? form.sourceTotal;
      const q = v && v.amount.kind === 'number' ? { value: v.amount.value, decimals: v.amount.decimals } : null;
      if (!name || !q || values.has(`project:${name}`)) continue;
      set(`project:${name}`, { value: q.value, decimals: t.moneyUnit === '元' ? 2 : Math.max(2, q.decimals) }, name);
      projectCount++;
      projects.push({ name, key: `project:${name}`, purpose: formPurpose(wb, t, form.rows) });
    }
    if (projects.length) set('projects:合计', sumFigs(projects.map((p) => values.get(p.key) as Fig)));
  }

  // 政府采购 (split by 品目), 政府购买服务, 资产配置
  let procurementSplit: Figures['procurementSplit'] = null;
  const proc = model.byKind('procurement').find((t) => t.rows.length > 0);
  if (proc) {
    const key = pickKey(proc, '合计|资金来源.总计|采购金额|金额');
    set('政府采购', key ? rowFig(proc, totalRow(proc) ?? proc.rows.find((r) => r.type === 'total'), key) : null);
    procurementSplit = key ? splitProcurement(wb, proc, key) : null;
  }
  let purchaseServices = { count: 0, contents: [] as string[] };
  const ps = model.byKind('purchase-services').find((t) => t.rows.length > 0);
  if (ps) {
    const key = pickKey(ps, '购买金额|资金来源.总计|合计|金额');
    const total = totalRow(ps) ?? ps.rows.find((r) => r.type === 'total');
    const lines = ps.rows.filter((r) => r.type === 'detail' || r.type === 'project');
    set('政府购买服务', key ? rowFig(ps, total, key) ?? (lines.length ? sumFigs(lines.map((r) => rowFig(ps, r, key)).filter((x): x is Fig => !!x)) : null) : null);
    const sheet = findSheet(wb, ps.block.sheet);
    const col = ps.columns.find((c) => c.key === '政府购买服务内容' || c.key === '购买服务内容');
    const contents = col && sheet ? [...new Set(lines.map((r) => cellAt(sheet, r.row, col.col)?.text.trim() ?? '').filter((s) => s && !/\d/.test(s)))] : [];
    purchaseServices = { count: lines.length, contents };
  }
  const assets = model.byKind('asset-allocation').find((t) => t.rows.length > 0);
  if (assets) {
    const key = pickKey(assets, '财政审核数.金额|金额|合计');
    set('资产配置', key ? rowFig(assets, totalRow(assets) ?? assets.rows.find((r) => r.type === 'total'), key) : null);
  }

  // 行政/事业, and 机关运行经费 = the 行政 units' 一般公共预算基本支出公用经费 (TXT-11)
  const { nature, running, note } = runningCost(model, values, functions);
  if (running) set('机关运行经费', running, '机关运行经费');

  for (const [k, n] of Object.entries(KEY_NAMES)) names.set(k, n);
  return {
    kind: facts.kind,
    year: facts.year,
    unit: facts.unit,
    nature,
    values,
    names,
    tables,
    emptyTables,
    functions,
    economics,
    projects,
    projectCount,
    procurementSplit,
    purchaseServices,
    deptPerformance: model.byKind('dept-performance').length > 0,
    runningCostNote: note,
    recognition,
    model,
  };
}

/** Does a table print any non-zero figure (also in columns that were not understood)? */
function hasFigures(wb: Workbook, t: Recognised): boolean {
  if (t.rows.length > 0 && !isEmptyTable(t)) return true;
  const sheet = findSheet(wb, t.block.sheet);
  if (!sheet || !t.block.body) return false;
  const { left, right } = t.block.range;
  for (let r = t.block.body[0]; r <= t.block.body[1]; r++) {
    for (let c = left; c <= right; c++) {
      const cell = cellAt(sheet, r, c);
      if (cell?.type === 'number' && cell.value !== 0) return true;
    }
  }
  return false;
}

/** 政府采购 by 品目: [A…] 货物, [B…] 工程, [C…] 服务; null unless every line says which. */
function splitProcurement(wb: Workbook, t: Recognised, key: string): Figures['procurementSplit'] {
  const sheet = findSheet(wb, t.block.sheet);
  const col = t.columns.find((c) => c.key === '采购品目' || c.key === '政府采购品目' || c.key === '品目');
  const lines = t.rows.filter((r) => r.type === 'detail');
  if (!sheet || !col || lines.length === 0) return null;
  const sums = { A: [] as Fig[], B: [] as Fig[], C: [] as Fig[] };
  for (const r of lines) {
    const m = /^\s*[[【(（]?\s*([ABC])\d/i.exec(cellAt(sheet, r.row, col.col)?.text ?? '');
    const f = rowFig(t, r, key);
    if (!m || !f) return null;
    sums[m[1].toUpperCase() as 'A' | 'B' | 'C'].push(f);
  }
  const total = (xs: Fig[]) => (xs.length ? sumFigs(xs) : { value: new Decimal(0), decimals: 2 });
  return { goods: total(sums.A), works: total(sums.B), services: total(sums.C) };
}

/**
 * 行政 or 事业 (the checker's evidence first, then the 运行 项: …01 行政运行 vs …50 事业运行), and
 * 机关运行经费: the 公用经费 of the 行政 units (分单位 table), else of the whole department when it is 行政.
 */
function runningCost(model: CheckModel, values: Map<string, Fig>, functions: FunctionItem[]): { nature: Figures['nature']; running: Fig | null; note: string | null } {
  let nature = model.nature?.value ?? null;
  if (!nature) {
    const admin = functions.some((f) => f.level === 3 && /01$/.test(f.code) && /行政运行/.test(f.name));
    const inst = functions.some((f) => f.level === 3 && /50$/.test(f.code) && /事业运行/.test(f.name));
    if (admin !== inst) nature = admin ? 'admin' : 'institution';
  }
  const publicFig = values.get('gb:公用经费') ?? values.get('basic:公用经费') ?? null;
  // several units of different natures: sum the 行政 units' 公用经费 from the 分单位 table
  const byUnit = model.byKind('general-budget-by-unit').find((t) => t.rows.some((r) => r.type === 'unit'));
  const units = byUnit?.rows.filter((r) => r.type === 'unit' && r.level === 2) ?? [];
  if (byUnit && units.length > 1) {
    const natures = units.map((u) => natureOfName(u.name));
    if (natures.every(Boolean) && new Set(natures).size > 1) {
      const admin = units.filter((_, i) => natures[i] === 'admin').map((u) => rowFig(byUnit, u, '基本支出.公用经费'));
      if (admin.every(Boolean)) {
        return { nature: null, running: sumFigs(admin as Fig[]), note: `机关运行经费按分单位一般公共预算支出表中行政单位（${units.filter((_, i) => natures[i] === 'admin').map((u) => u.name.trim()).join('、')}）的公用经费合计` };
      }
    }
  }
  if (nature === 'admin' && publicFig) return { nature, running: publicFig, note: null };
  return { nature, running: null, note: null };
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
