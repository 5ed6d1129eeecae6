/**
 * Figures of the 项目支出表 and the 其他重要事项: projects (with what their 绩效目标表 says they are
 * for), 政府采购 by 品目, 政府购买服务, 资产配置, whether a table is an 空表, and 机关运行经费.
 */
import type { Recognised } from '../../recognize';
import { norm } from '../../recognize/text';
import { cellAt, findSheet, type Workbook } from '../../workbook';
import { isEmptyTable, pickKey, similarity, tableProjects, totalRow } from '../../model/tables';
import type { Fig } from './format';
import { figOf, Reader, rowFig, sumFigs, ZERO_FIG, type FunctionItem, type ProcurementSplit, type ProjectItem } from './reader';

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
      if (!cell || i < 0 || found[i] !== null) continue;
      const value = row.slice(c + 1).find((v) => v && v.type === 'string' && v.text.trim() && v.text.trim() !== cell.text.trim());
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

/**
 * Projects of the 项目支出表 (a project several units carry: one line with their sum), else of the
 * 项目绩效目标表 forms (当年预算). Returns them with the number of project lines.
 */
export function readProjects(r: Reader): { projects: ProjectItem[]; count: number } {
  const projects: ProjectItem[] = [];
  let count = 0;
  const forms = r.model.byKind('project-performance').flatMap((t) => (t.projectForms ?? []).map((form) => ({ t, form })));
  const purposeOf = (name: string): string | null => {
    const best = forms
      .filter((x) => x.form.name)
      .map((x) => ({ x, s: similarity(norm(x.form.name!.text), norm(name)) }))
      .sort((a, b) => b.s - a.s)[0];
    return best && best.s >= 0.6 ? formPurpose(r.wb, best.x.t, best.x.form.rows) : null;
  };
  const pt = r.model.byKind('project-expenditure').find((t) => t.rows.length > 0);
  if (pt) {
    r.set('projects:合计', rowFig(pt, totalRow(pt), '合计'));
    for (const p of tableProjects(r.model, pt)) {
      const key = `project:${p.name}`;
      const f = figOf(pt, p.q);
      if (!f) continue;
      count++;
      const prev = r.get(key);
      const cell = `${pt.block.sheet}!${p.cell}`;
      if (prev) {
        r.values.set(key, sumFigs([prev, f]));
        projects.find((x) => x.key === key)?.cells.push(cell);
      } else {
        r.set(key, f, p.name);
        projects.push({ name: p.name, key, cells: [cell], purpose: purposeOf(p.name) });
      }
    }
    return { projects, count };
  }
  for (const { t, form } of forms) {
    const name = form.name?.text.trim();
    const v = form.currentBudget ?? form.sourceTotal;
    if (!name || !v || v.amount.kind !== 'number' || r.values.has(`project:${name}`)) continue;
    r.set(`project:${name}`, { value: v.amount.value, decimals: t.moneyUnit === '元' ? 2 : Math.max(2, v.amount.decimals) }, name);
    count++;
    projects.push({ name, key: `project:${name}`, cells: form.name ? [`${t.block.sheet}!${form.name.cell}`] : [], purpose: formPurpose(r.wb, t, form.rows) });
  }
  if (projects.length) r.set('projects:合计', sumFigs(projects.map((p) => r.get(p.key) as Fig)));
  return { projects, count };
}

/** Does a table print any non-zero figure (also in columns that were not understood)? */
export function hasFigures(wb: Workbook, t: Recognised): boolean {
  if (t.rows.length > 0 && !isEmptyTable(t)) return true;
  const sheet = findSheet(wb, t.block.sheet);
  if (!sheet || !t.block.body) return false;
  const { left, right } = t.block.range;
  for (let row = t.block.body[0]; row <= t.block.body[1]; row++) {
    for (let c = left; c <= Math.min(right, sheet.rows[row - 1]?.length ?? 0); c++) {
      const cell = cellAt(sheet, row, c);
      if (cell?.type === 'number' && cell.value !== 0) return true;
    }
  }
  return false;
}

/** The 合计 of a table (the first of the given columns on its total row). */
function tableTotal(t: Recognised, keys: string): Fig | null {
  const key = pickKey(t, keys);
  return key ? rowFig(t, totalRow(t) ?? t.rows.find((x) => x.type === 'total'), key) : null;
}

/** 政府采购: its 合计, and by 品目 ([A…] 货物, [B…] 工程, [C…] 服务) when every line says which. */
export function readProcurement(r: Reader): ProcurementSplit | null {
  const t = r.model.byKind('procurement').find((x) => x.rows.length > 0);
  const key = t ? pickKey(t, '合计|资金来源.总计|采购金额|金额') : null;
  if (!t || !key) return null;
  r.set('政府采购', tableTotal(t, key));
  const sheet = findSheet(r.wb, t.block.sheet);
  const col = t.columns.find((c) => c.key === '采购品目' || c.key === '政府采购品目' || c.key === '品目');
  const lines = t.rows.filter((x) => x.type === 'detail');
  if (!sheet || !col || lines.length === 0) return null;
  const sums = { A: [] as Fig[], B: [] as Fig[], C: [] as Fig[] };
  for (const line of lines) {
    const m = /^\s*[[【(（]?\s*([ABC])\d/i.exec(cellAt(sheet, line.row, col.col)?.text ?? '');
    const f = rowFig(t, line, key);
    if (!m || !f) return null;
    sums[m[1].toUpperCase() as 'A' | 'B' | 'C'].push(f);
  }
  const total = (xs: Fig[]) => (xs.length ? sumFigs(xs) : ZERO_FIG);
  return { goods: total(sums.A), works: total(sums.B), services: total(sums.C) };
}

/** 政府购买服务: its 合计 (else the sum of its lines), how many lines, and what they buy. */
export function readPurchaseServices(r: Reader): { count: number; contents: string[] } {
  const t = r.model.byKind('purchase-services').find((x) => x.rows.length > 0);
  const key = t ? pickKey(t, '购买金额|资金来源.总计|合计|金额') : null;
  if (!t || !key) return { count: 0, contents: [] };
  const lines = t.rows.filter((x) => x.type === 'detail' || x.type === 'project');
  const figs = lines.map((x) => rowFig(t, x, key)).filter((x): x is Fig => !!x);
  r.set('政府购买服务', tableTotal(t, key) ?? (figs.length ? sumFigs(figs) : null));
  const sheet = findSheet(r.wb, t.block.sheet);
  const col = t.columns.find((c) => c.key === '政府购买服务内容' || c.key === '购买服务内容');
  const contents = col && sheet ? [...new Set(lines.map((x) => cellAt(sheet, x.row, col.col)?.text.trim() ?? '').filter((s) => s && !/\d/.test(s)))] : [];
  return { count: lines.length, contents };
}

/** 资产配置预算: its 合计 (财政审核数). */
export function readAssets(r: Reader): void {
  const t = r.model.byKind('asset-allocation').find((x) => x.rows.length > 0);
  if (t) r.set('资产配置', tableTotal(t, '财政审核数.金额|金额|合计'));
}

/** 行政/事业 from a unit name (the checker's reading: 局/委/办 … vs 中心/院/站 …; a trailing （…） aside). */
export function natureOfName(name: string): 'admin' | 'institution' | null {
  const s = norm(name).replace(/\(本级\)|本级$/g, '').replace(/\([^()]*\)$/, '');
  if (/(局|委员会|委|办公室|厅|政府|法院|检察院|管委会)$/.test(s)) return 'admin';
  if (/(中心|院|站|所|队|学校|馆|台|处)$/.test(s)) return 'institution';
  return null;
}

/**
 * 行政 or 事业 (the checker's evidence first, then the 运行 项: …01 行政运行 vs …50 事业运行), and
 * 机关运行经费 (TXT-11): the 一般公共预算基本支出公用经费 of the 行政 units (分单位 table), else of the
 * whole department when it is 行政.
 */
export function runningCost(r: Reader, functions: FunctionItem[]): { nature: 'admin' | 'institution' | null; note: string | null } {
  let nature = r.model.nature?.value ?? null;
  if (!nature) {
    const admin = functions.some((f) => f.level === 3 && /01$/.test(f.code) && /行政运行/.test(f.name));
    const inst = functions.some((f) => f.level === 3 && /50$/.test(f.code) && /事业运行/.test(f.name));
    if (admin !== inst) nature = admin ? 'admin' : 'institution';
  }
  const byUnit = r.model.byKind('general-budget-by-unit').find((t) => t.rows.some((x) => x.type === 'unit'));
  const units = byUnit?.rows.filter((x) => x.type === 'unit' && x.level === 2) ?? [];
  if (byUnit && units.length > 1) {
    const natures = units.map((u) => natureOfName(u.name));
    const admin = units.filter((_, i) => natures[i] === 'admin');
    const figs = admin.map((u) => rowFig(byUnit, u, '基本支出.公用经费'));
    if (natures.every(Boolean) && new Set(natures).size > 1 && figs.every(Boolean)) {
      r.set('机关运行经费', sumFigs(figs as Fig[]), '机关运行经费');
      return { nature: null, note: `机关运行经费按分单位一般公共预算支出表中行政单位（${admin.map((u) => u.name.trim()).join('、')}）的公用经费合计` };
    }
  }
  const office = r.get('gb:公用经费') ?? r.get('basic:公用经费') ?? null;
  if (nature === 'admin') r.set('机关运行经费', office, '机关运行经费');
  return { nature, note: null };
}
