// The plain code the rewrite replaced (issue 19: allocation), kept as the test oracle of test/narrative/analysis-oracle.test.ts: do not optimise.
/**
 * The lexicon that ties words of the narrative to table quantities, built from the workbook
 * itself: the fixed concepts (收入总计, 基本支出, 人员经费, “三公”经费 …), the function and
 * economic 科目 the tables list, the projects, and the rows of the summary tables.
 */
import { CLASSIFICATION_CODES } from '../../../src/core/data/classification';
import { pushTo } from '../../../src/core/collections';
import type { Recognised, TableKind, TableRow } from '../../../src/core/recognize';
import { memoText, norm } from '../../../src/core/recognize/text';
import type { CheckModel } from '../../../src/core/model/model';
import { stripNumbering, summaryValue } from '../../../src/core/model/model';
import { qty, valueQ, zeroQ, type Q } from '../../../src/core/model/quantity';
import { footerQ, mainTable, pickKey, tableProjects, threePublicValues, totalRow } from '../../../src/core/model/tables';

/** A table figure a narrative claim may be tied to. */
export interface Candidate {
  q: Q;
  /** "收支总表 B21（十七、住房保障支出）". */
  where: string;
}

export interface Binding {
  /** 'concept:基本支出', 'function:2101501', 'economic:302', 'project:医保专项经费', 'row:经费拨款(补助)'. */
  key: string;
  /** What the claim is about, in words. */
  what: string;
  kind: 'concept' | 'function' | 'economic' | 'project' | 'row';
  /** Code of a 科目 (function/economic). */
  code?: string;
  level?: number;
  cands: Candidate[];
}

interface Named {
  code: string;
  level: number;
  name: string;
  cands: Candidate[];
}

/**
 * A loose key for names: no spaces, brackets, 和/及/的, 它 → 他, trailing 支出/费用. Remembered per text
 * (names are compared many times while building and binding), bounded.
 */
export const looseName: (s: string) => string = memoText(looseNameUncached, 50000);

export function looseNameUncached(s: string): string {
  return norm(s)
    .replace(/\((类|款|项|合计)\)/g, '')
    .replace(/[()“”"‘’'·\-—、]/g, '')
    .replace(/[和及的与]/g, '')
    .replace(/它/g, '他')
    .replace(/^公车/, '公务用车')
    .replace(/费用$/, '费')
    .replace(/支出$/, '');
}

/** A summary row's name as the lexicon keys it (remembered by text: the same rows are read for every check). */
const rowName: (s: string) => string = memoText((s) => looseName(stripNumbering(s)), 20000);

/**
 * A table figure whose description ("收支总表 B21（十七、住房保障支出）") is written when a finding
 * quotes it: a lexicon holds hundreds of figures and a check quotes a few.
 */
class TableCandidate implements Candidate {
  private text: string | null = null;
  private readonly cell: string;

  constructor(
    public q: Q,
    private readonly model: CheckModel,
    private readonly t: Recognised,
    private readonly what: string | undefined,
  ) {
    this.cell = q.cell;
  }

  get where(): string {
    return (this.text ??= `${this.model.name(this.t)} ${this.cell}${this.what ? `（${this.what}）` : ''}`);
  }
}

function cand(model: CheckModel, t: Recognised, q: Q | null, what?: string): Candidate[] {
  if (!q) return [];
  return [new TableCandidate(q, model, t, what)];
}

function totalQ(t: Recognised | undefined, keys: string): { t: Recognised; q: Q } | null {
  if (!t) return null;
  const row = totalRow(t) ?? t.rows.find((r) => r.type === 'total');
  const key = pickKey(t, keys);
  if (!row || !key) return null;
  const q = qty(t, row, key, `合计 ${key}`);
  return q ? { t, q } : null;
}

/** The generic value key of a row: 合计 / 预算数 / 决算数 / first. */
function rowKey(row: TableRow): string | undefined {
  const keys = Object.keys(row.values);
  return keys.find((k) => k === '合计') ?? keys.find((k) => /^(预算数|决算数|金额)$/.test(k)) ?? keys[0];
}

export class Lexicon {
  readonly concepts = new Map<string, Candidate[]>();
  readonly functions: Named[] = [];
  readonly economics: Named[] = [];
  /** 经济科目 of the 机关运行经费支出表 (江苏). */
  readonly operations: Named[] = [];
  readonly projects: { name: string; cands: Candidate[] }[] = [];
  /** Rows of the summary tables by loose name (经费拨款（补助）…). */
  readonly rows = new Map<string, Candidate[]>();

  constructor(readonly model: CheckModel) {
    this.build();
  }

  private add(concept: string, c: Candidate[]): void {
    if (c.length === 0) return;
    const list = this.concepts.get(concept) ?? [];
    for (const x of c) if (!list.some((y) => y.q.sheet === x.q.sheet && y.q.cell === x.q.cell)) list.push(x);
    this.concepts.set(concept, list);
  }

  private build(): void {
    const m = this.model;
    const final = m.kind === 'final';
    // summary tables: fixed concepts and every named row
    const summaries: [TableKind, string][] = [
      ['income-expense-summary', ''],
      ['fiscal-summary', '财政拨款:'],
    ];
    for (const [kind, prefix] of summaries) {
      for (const t of m.byKind(kind)) {
        for (const line of m.summary(t)) {
          const q = summaryValue(t, line);
          if (!q) continue;
          const c = cand(m, t, q, line.row.name.trim());
          if (line.concept) this.add(prefix + line.concept, c);
          const name = rowName(line.row.name);
          // (a row already keyed is not looked at again: its values are read only for a new name)
          if (name && !this.rows.has(prefix + name) && !Object.values(line.row.values).every((v) => v.amount.kind === 'empty')) this.rows.set(prefix + name, c);
        }
      }
    }
    // 决算04表: 本年支出合计 and 年末结转和结余 with a 决算数 column per fund
    for (const t of m.byKind('fiscal-summary')) {
      for (const line of m.summary(t)) {
        if (line.concept !== 'ex:本年支出合计' && line.concept !== 'ex:年终结转结余') continue;
        for (const fund of ['一般公共预算', '政府性基金预算', '国有资本经营预算']) {
          const q = line.row.values[`决算数.${fund}`] ? qty(t, line.row, `决算数.${fund}`, `${line.row.name.trim()}（${fund}）`) : null;
          if (q) this.add(`财政拨款:${line.concept}.${fund}`, cand(m, t, q, `${line.row.name.trim()}（${fund}）`));
        }
      }
    }
    // the fund tables' totals (政府性基金 / 国有资本经营 本年支出)
    for (const [kind, concept] of [
      ['gov-fund', '政府性基金支出'],
      ['state-capital', '国有资本经营支出'],
    ] as const) {
      const x = totalQ(mainTable(m, kind), '合计|本年支出.小计');
      if (x) this.add(concept, cand(m, x.t, x.q, '合计'));
    }
    // income-summary columns (决算 02表 财政拨款收入)
    const inc = mainTable(m, 'income-summary');
    if (inc) {
      for (const [concept, keys] of [
        ['in:财政拨款收入', '财政拨款收入|本年收入.财政拨款收入'],
        ['in:本年收入合计', '合计|本年收入.小计'],
      ] as const) {
        const x = totalQ(inc, keys);
        if (x) this.add(concept, cand(m, x.t, x.q, `合计 ${keys.split('|')[0]}`));
      }
    }
    // expenditure split: 基本支出 / 项目支出 (支出总表, 一般公共预算支出表)
    for (const kind of ['expenditure-summary', 'general-budget-expenditure'] as const) {
      const t = mainTable(m, kind);
      const prefix = kind === 'general-budget-expenditure' ? '一般公共预算:' : '';
      for (const [concept, keys] of [
        ['基本支出', '基本支出|基本支出.小计'],
        ['项目支出', '项目支出|项目支出.小计'],
        ['合计', '合计'],
        ['人员经费', '基本支出.人员经费'],
        ['公用经费', '基本支出.公用经费'],
        ['经营支出', '事业单位经营支出|经营支出'],
      ] as const) {
        const x = totalQ(t, keys);
        if (!x) continue;
        this.add(prefix + concept, cand(m, x.t, x.q, `合计 ${keys.split('|')[0]}`));
        if (kind === 'expenditure-summary' && concept !== '合计') this.add(concept, cand(m, x.t, x.q, `合计 ${keys.split('|')[0]}`));
      }
    }
    // 人员经费 / 公用经费 / 基本支出 from the 基本支出表
    const basic = mainTable(m, 'basic-expenditure');
    if (basic) {
      for (const [concept, keys, footer] of [
        ['人员经费', '人员经费', /^人员经费(合计)?$/],
        ['公用经费', '公用经费', /^公用经费(合计)?$/],
        ['基本支出表合计', '合计|预算数|决算数', /^合计$/],
      ] as const) {
        const x = totalQ(basic, keys);
        if (x) this.add(concept, cand(m, x.t, x.q, `合计 ${keys.split('|')[0]}`));
        else {
          const f = footerQ(basic, footer, true);
          if (f) this.add(concept, cand(m, basic, f, f.label));
        }
      }
      for (const row of basic.rows) {
        if (row.type !== 'economic' || !row.code) continue;
        const key = rowKey(row);
        const q = key ? qty(basic, row, key) : null;
        if (q) this.economics.push({ code: row.code, level: row.code.length <= 3 ? 1 : 2, name: row.name, cands: cand(m, basic, q, `${row.code} ${row.name.trim()}`) });
      }
    }
    // 江苏: 财政拨款基本支出表 and 机关运行经费支出表 list 经济科目 too (the narrative section decides which one)
    for (const [kind, list] of [
      ['fiscal-basic-expenditure', this.economics],
      ['operation-expenditure', this.operations],
    ] as const) {
      const t = mainTable(m, kind);
      if (!t) continue;
      const byCode = new Map<string, Named>();
      for (const e of list) if (!byCode.has(e.code)) byCode.set(e.code, e);
      for (const row of t.rows) {
        if (row.type !== 'economic' || !row.code) continue;
        const key = rowKey(row);
        const q = key ? qty(t, row, key) : null;
        if (!q) continue;
        const c = cand(m, t, q, `${row.code} ${row.name.trim()}`);
        const same = byCode.get(row.code);
        if (same) same.cands.push(...c);
        else {
          const e = { code: row.code, level: row.code.length <= 3 ? 1 : 2, name: row.name, cands: c };
          list.push(e);
          byCode.set(row.code, e);
        }
      }
      if (kind === 'operation-expenditure') {
        const x = totalQ(t, '合计');
        if (x) this.add('机关运行经费表', cand(m, x.t, x.q, '合计'));
      }
    }
    // 人员经费 = 301 + 303, 公用经费 = 302 + 310 when the tables have no such column (CLS-10)
    if (basic) {
      for (const [concept, codes] of [
        ['人员经费', ['301', '303']],
        ['公用经费', ['302', '310']],
      ] as const) {
        if (this.concepts.has(concept)) continue;
        const parts = this.economics.filter((e) => (codes as readonly string[]).includes(e.code) && e.cands[0].q.sheet === basic.block.sheet).map((e) => e.cands[0].q);
        if (parts.length === 0) continue;
        const q: Q = { ...parts[0], value: parts.reduce((a, x) => a.plus(x.value), parts[0].value.minus(parts[0].value)), half: parts.reduce((a, x) => a.plus(x.half), parts[0].half.minus(parts[0].half)), label: codes.join('+') };
        this.add(concept, cand(m, basic, q, `经济分类 ${codes.join(' + ')}`));
      }
    }
    // 基本支出 = 人员经费 + 公用经费 of the 基本支出表 (决算六 uses the 06表 footers)
    if (basic) {
      const p = this.concept('人员经费').find((c) => c.q.sheet === basic.block.sheet)?.q;
      const g = this.concept('公用经费').find((c) => c.q.sheet === basic.block.sheet)?.q;
      if (p && g) this.add('基本支出表合计', cand(m, basic, { ...p, value: p.value.plus(g.value), half: p.half.plus(g.half), label: '人员经费 + 公用经费' }, '人员经费 + 公用经费'));
    }
    // function 科目: 一般公共预算支出表 first (its 合计 column), then 支出总表, then 收支总表 类 rows
    const functionByCode = new Map<string, Named>();
    for (const kind of ['general-budget-expenditure', 'expenditure-summary', 'fiscal-expenditure', 'gov-fund', 'state-capital'] as const) {
      for (const t of m.byKind(kind)) {
        for (const row of t.rows) {
          if (row.type !== 'function' || !row.code) continue;
          const key = pickKey(t, '合计') ?? rowKey(row);
          const q = key ? qty(t, row, key) : null;
          if (!q) continue;
          const existing = functionByCode.get(row.code);
          const c = cand(m, t, q, `${row.code} ${row.name.trim()}`);
          if (existing) existing.cands.push(...c);
          else {
            const f = { code: row.code, level: row.level ?? (row.code.length === 3 ? 1 : row.code.length === 5 ? 2 : 3), name: row.name, cands: c };
            this.functions.push(f);
            functionByCode.set(row.code, f);
          }
        }
      }
    }
    for (const [concept, list] of this.concepts) {
      const cls = concept.includes('ex:类:') ? /^(?:财政拨款:)?ex:类:(\d{3})$/.exec(concept) : null;
      if (!cls) continue;
      const f = functionByCode.get(cls[1]);
      if (f) f.cands.push(...list.filter((c) => !f.cands.includes(c)));
      else this.functions.push({ code: cls[1], level: 1, name: functionName(cls[1]) ?? cls[1], cands: [...list] });
    }
    // 财政拨款支出表（功能科目） total (江苏)
    const fiscalTotal = totalQ(mainTable(m, 'fiscal-expenditure'), '合计');
    if (fiscalTotal) this.add('财政拨款支出', cand(m, fiscalTotal.t, fiscalTotal.q, '合计'));
    // general budget totals (一般公共预算支出 合计)
    const general = mainTable(m, 'general-budget-expenditure');
    const gt = totalQ(general, '合计');
    if (gt) this.add('一般公共预算支出', cand(m, gt.t, gt.q, '合计'));
    // 三公
    const tp = mainTable(m, 'three-public');
    if (tp) {
      const values = tp.rows.length > 0 ? threePublicValues(tp) : new Map<string, Q>();
      if (tp.rows.length === 0) for (const k of ['合计', '因公出国(境)费', '公务用车购置及运行费.小计', '公务用车购置及运行费.公务用车购置费', '公务用车购置及运行费.公务用车运行费', '公务接待费']) values.set(k, zeroQ(tp, '（空表）'));
      // 合计 and the 公务用车购置及运行费 小计 of a one-row table (threePublicValues gives the items)
      for (const item of ['合计', '公务用车购置及运行费.小计']) {
        if (values.has(item) || !tp.rows[0]) continue;
        const key = pickKey(tp, final ? `决算数.${item}|${item}` : `预算数.${item}|${item}`);
        const q = key ? qty(tp, tp.rows[0], key) : null;
        if (q) values.set(item, q);
      }
      for (const [k, q] of values) this.add(`三公:${k}`, cand(m, tp, q, k.replace(/^公务用车购置及运行费\./, '')));
      // 江苏: the 会议费 and 培训费 columns of the “三公”经费、会议费、培训费 table
      for (const k of ['会议费', '培训费']) {
        const q = tp.rows[0] && pickKey(tp, k) ? qty(tp, tp.rows[0], k) : null;
        if (q) this.add(`三公表:${k}`, cand(m, tp, q, k));
      }
      // 决算 09表: the 预算数 of each item (the narrative's “三公”经费年初预算 / 预算数)
      if (final && tp.columns.some((c) => c.key?.startsWith('预算数.'))) {
        for (const item of ['合计', '因公出国(境)费', '公务用车购置及运行费.小计', '公务用车购置及运行费.公务用车购置费', '公务用车购置及运行费.公务用车运行费', '公务接待费']) {
          const q = tp.rows[0] ? qty(tp, tp.rows[0], `预算数.${item}`) : tp.rows.length === 0 ? zeroQ(tp, '（空表）') : null;
          if (q) this.add(`三公预算:${item}`, cand(m, tp, q, `预算数 ${item.replace(/^公务用车购置及运行费\./, '')}`));
        }
      } else if (final && tp.rows.length === 0) {
        for (const item of ['合计', '因公出国(境)费', '公务用车购置及运行费.小计', '公务接待费']) this.add(`三公预算:${item}`, cand(m, tp, zeroQ(tp, '（空表）'), '空表'));
      }
    }
    // 政府采购 / 购买服务 / 资产配置 totals
    for (const [kind, concept, keys] of [
      ['procurement', '政府采购', '合计|资金来源.总计|采购金额|金额'],
      ['purchase-services', '政府购买服务', '购买金额|资金来源.总计|合计|金额'],
      ['asset-allocation', '资产配置', '财政审核数.金额|金额|合计'],
    ] as const) {
      const t = mainTable(m, kind);
      if (!t) continue;
      const x = totalQ(t, keys);
      if (x) this.add(concept, cand(m, x.t, x.q, '合计'));
      else if (t.rows.length === 0) this.add(concept, cand(m, t, zeroQ(t, '（空表）'), '空表'));
    }
    // projects: 项目支出表 rows, then 项目绩效目标表 当年预算
    const pt = mainTable(m, 'project-expenditure');
    const ptTotal = totalQ(pt, '合计');
    if (ptTotal) this.add('项目支出', cand(m, ptTotal.t, ptTotal.q, '合计'));
    // projects by loose name: a look-up, not a scan of every project per project (50,000-row tables)
    const byName = new Map<string, (typeof this.projects)[number]>();
    for (const x of this.projects) if (!byName.has(looseName(x.name))) byName.set(looseName(x.name), x);
    if (pt) {
      // a project several units carry (same name): each unit's figure, and their sum
      for (const p of tableProjects(m, pt)) {
        const same = byName.get(looseName(p.name));
        if (!same) {
          const added = { name: p.name, cands: cand(m, pt, p.q, p.name) };
          this.projects.push(added);
          byName.set(looseName(p.name), added);
          continue;
        }
        same.cands.push(...cand(m, pt, p.q, p.name));
        const total = same.cands.find((c) => c.q.label === '各单位合计');
        const base = total ? total.q : same.cands[0].q;
        const sum: Q = { ...base, value: base.value.plus(p.q.value), half: base.half.plus(p.q.half), label: '各单位合计' };
        if (total) total.q = sum;
        else same.cands.push({ q: sum, where: `${m.name(pt)} 项目“${p.name}”各单位合计` });
      }
    }
    for (const t of m.byKind('project-performance')) {
      for (const f of t.projectForms ?? []) {
        if (!f.name) continue;
        const q = valueQ(f.name ? t.block.sheet : t.block.sheet, f.currentBudget ?? f.sourceTotal, f.name.text);
        if (!q) continue;
        if (byName.has(looseName(f.name.text))) continue;
        const added = { name: f.name.text, cands: [{ q, where: `${m.name(t)} ${q.cell}（${f.name.text}）` }] };
        this.projects.push(added);
        byName.set(looseName(f.name.text), added);
      }
    }
    this.index();
  }

  private byLoose = { fn: new Map<string, Named[]>(), econ: new Map<string, Named[]>(), ops: new Map<string, Named[]>(), proj: new Map<string, { name: string; cands: Candidate[] }>() };

  private index(): void {
    for (const f of this.functions) {
      const k = looseName(f.name);
      const list = this.byLoose.fn.get(k);
      if (list) list.push(f);
      else this.byLoose.fn.set(k, [f]);
    }
    for (const e of this.economics) {
      const k = looseName(e.name);
      const list = this.byLoose.econ.get(k);
      if (list) list.push(e);
      else this.byLoose.econ.set(k, [e]);
    }
    for (const e of this.operations) {
      const k = looseName(e.name);
      pushTo(this.byLoose.ops, k, e);
    }
    for (const p of this.projects) {
      const k = looseName(p.name).replace(/项目$/, '');
      if (!this.byLoose.proj.has(k)) this.byLoose.proj.set(k, p);
    }
  }

  concept(name: string): Candidate[] {
    return this.concepts.get(name) ?? [];
  }

  /**
   * A 功能科目's figure in the 基本支出 or 项目支出 column (一般公共预算支出表 first when the text
   * speaks of 一般公共预算, else the 支出总表 first).
   */
  functionColumn(code: string, use: '基本支出' | '项目支出', general: boolean): Candidate[] {
    const m = this.model;
    const kinds = general ? (['general-budget-expenditure', 'expenditure-summary'] as const) : (['expenditure-summary', 'general-budget-expenditure'] as const);
    const out: Candidate[] = [];
    for (const kind of kinds) {
      for (const t of m.byKind(kind)) {
        const key = pickKey(t, `${use}|${use}.小计`);
        const row = key ? t.rows.find((r) => r.type === 'function' && r.code === code) : undefined;
        const q = row && key ? qty(t, row, key) : null;
        if (q) out.push(...cand(m, t, q, `${code} ${row!.name.trim()} ${use}`));
      }
    }
    return out;
  }

  functionByName(name: string, under?: string): Named[] {
    const k = looseName(name);
    if (!k) return [];
    return (this.byLoose.fn.get(k) ?? []).filter((f) => !under || f.code.startsWith(under));
  }

  /** 经济科目 by name; in a 机关运行经费 section the 机关运行经费支出表's rows come first. */
  economicByName(name: string, operation = false): Named[] {
    const k = looseName(name);
    if (!k) return [];
    const basic = this.byLoose.econ.get(k) ?? [];
    const ops = this.byLoose.ops.get(k) ?? [];
    if (!ops.length) return basic;
    const [first, second] = operation ? [ops, basic] : [basic, ops];
    if (!first.length) return second;
    // one entry per code: the preferred table's figure first, the other's as an alternative
    return first.map((e) => ({ ...e, cands: [...e.cands, ...second.filter((x) => x.code === e.code).flatMap((x) => x.cands)] }));
  }

  /** A project whose name is exactly this one (loosely: spaces, brackets, a trailing 项目). */
  projectExactly(name: string): { name: string; cands: Candidate[] } | undefined {
    return this.byLoose.proj.get(looseName(name).replace(/项目$/, ''));
  }

  projectByName(name: string): { name: string; cands: Candidate[] } | undefined {
    const k = looseName(name).replace(/项目$/, '');
    if (k.length < 2) return undefined;
    const exact = this.byLoose.proj.get(k);
    if (exact) return exact;
    if (k.length < 5) return undefined;
    // the first project (in the index's order) whose name holds this one or is held by it, at 60 % of its length or more
    for (const [pk, p] of this.byLoose.proj) {
      const short = pk.length < k.length ? pk : k;
      const long = pk.length < k.length ? k : pk;
      if (short.length >= 5 && long.includes(short) && short.length / long.length >= 0.6) return p;
    }
    return undefined;
  }
}

/** The dictionary's name of a function code (its first entry, as a search of the list finds it); the index is built on first use. */
let FUNCTION_NAMES: Map<string, string> | null = null;

export function functionName(code: string): string | undefined {
  if (!FUNCTION_NAMES) {
    FUNCTION_NAMES = new Map();
    for (const c of CLASSIFICATION_CODES) if (c.scheme === 'function' && !FUNCTION_NAMES.has(c.code)) FUNCTION_NAMES.set(c.code, c.name);
  }
  return FUNCTION_NAMES.get(code);
}
