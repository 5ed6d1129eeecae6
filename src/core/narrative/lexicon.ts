/**
 * The lexicon that ties words of the narrative to table quantities, built from the workbook
 * itself: the fixed concepts (收入总计, 基本支出, 人员经费, “三公”经费 …), the function and
 * economic 科目 the tables list, the projects, and the rows of the summary tables.
 */
import { CLASSIFICATION_CODES } from '../data/classification';
import { pushTo } from '../collections';
import type { Recognised, TableKind, TableRow } from '../recognize';
import { memoText } from '../recognize/text';
import type { CheckModel } from '../model/model';
import { stripNumbering, summaryValue } from '../model/model';
import { atCellOf, qty, valueQ, zeroQ, type Q } from '../model/quantity';
import { footerQ, mainTable, pickKey, tableProjects, threePublicValues, totalRow } from '../model/tables';
import { normed } from './tokens';

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

/**
 * looseName's seven replacements in one pass over the normed text (issue 19: a file's first check
 * meets every name once, so the memo misses; the replacements were a new string each). The level
 * marks “(类)” “(款)” “(项)” “(合计)” are found in the normed text itself, as the first replacement
 * found them before any character was dropped; the dropped and mapped characters are single
 * characters, so dropping them in the same pass gives what three replacements in a row gave; the
 * ends (公车 → 公务用车, 费用 → 费, then 支出) are read off the result, in that order.
 * The plain chain is test/narrative/plain/lexicon.ts, held to this by lexicon-oracle.test.ts.
 */
export function looseNameUncached(s: string): string {
  const n = normed(s);
  let out = '';
  let from = 0;
  for (let i = 0; i < n.length; i++) {
    const code = n.charCodeAt(i);
    const drop = code === 0x28 ? levelMarkLength(n, i) : looseDrop(code);
    if (drop === 0) continue;
    if (from < i) out += n.slice(from, i);
    // 它 → 他 (told by its -1); anything else found here is dropped
    if (drop < 0) out += '他';
    else i += drop - 1;
    from = i + 1;
  }
  if (from === 0) out = n;
  else if (from < n.length) out += n.slice(from);
  if (out.startsWith('公车')) out = `公务用车${out.slice(2)}`;
  if (out.endsWith('费用')) out = out.slice(0, -1);
  return out.endsWith('支出') ? out.slice(0, -2) : out;
}

/** 1 for a character looseName drops (()“”"‘’'·-—、 和及的与), −1 for 它 (made 他), else 0: a switch, no look-up per character. */
function looseDrop(code: number): number {
  switch (code) {
    case 0x29: // )
    case 0x201c: // “
    case 0x201d: // ”
    case 0x22: // "
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x27: // '
    case 0xb7: // ·
    case 0x2d: // -
    case 0x2014: // —
    case 0x3001: // 、
    case 0x548c: // 和
    case 0x53ca: // 及
    case 0x7684: // 的
    case 0x4e0e: // 与
      return 1;
    case 0x5b83: // 它
      return -1;
    default:
      return 0;
  }
}

/** The length of the level mark “(类)” “(款)” “(项)” “(合计)” at i (an “(” there), else 1: the “(” alone. */
function levelMarkLength(n: string, i: number): number {
  const a = n.charCodeAt(i + 1);
  if ((a === 0x7c7b || a === 0x6b3e || a === 0x9879) && n.charCodeAt(i + 2) === 0x29) return 3;
  if (a === 0x5408 && n.charCodeAt(i + 2) === 0x8ba1 && n.charCodeAt(i + 3) === 0x29) return 4;
  return 1;
}

/**
 * A summary row's name as the lexicon keys it (remembered by text: the same rows are read for every
 * check). The stripped name is not looked up in looseName's memo: it is met once per check (a
 * second memo's miss on a file's first check; issue 19).
 */
const rowName: (s: string) => string = memoText((s) => looseNameUncached(stripNumbering(s)), 20000);

/**
 * A table figure whose description ("收支总表 B21（十七、住房保障支出）") is written when a finding
 * quotes it: a lexicon holds hundreds of figures and a check quotes a few. What the figure is may be
 * given as its row, written then too: "<code> <name>" (coded) or the name, trimmed.
 */
class TableCandidate implements Candidate {
  private text: string | null = null;
  private readonly cell: string;

  constructor(
    public q: Q,
    private readonly model: CheckModel,
    private readonly t: Recognised,
    private readonly what: string | TableRow | undefined,
    private readonly coded = false,
  ) {
    this.cell = q.cell;
  }

  get where(): string {
    if (this.text === null) {
      const w = this.what;
      const what = typeof w === 'object' ? (this.coded ? `${w.code} ${w.name.trim()}` : w.name.trim()) : w;
      this.text = `${this.model.name(this.t)} ${this.cell}${what ? `（${what}）` : ''}`;
    }
    return this.text;
  }
}

function cand(model: CheckModel, t: Recognised, q: Q | null, what?: string): Candidate[] {
  if (!q) return [];
  return [new TableCandidate(q, model, t, what)];
}

/** A candidate described by its row ("<code> <name>" when coded, else the name), written when quoted (issue 19). */
function rowCandidate(model: CheckModel, t: Recognised, q: Q, row: TableRow, coded: boolean): Candidate {
  return new TableCandidate(q, model, t, row, coded);
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
export function rowKey(row: TableRow): string | undefined {
  // (one pass over the keys, as keys.find(合计) ?? keys.find(预算数|决算数|金额) ?? keys[0], without the list)
  let first: string | undefined;
  let named: string | undefined;
  for (const k in row.values) {
    if (k === '合计') return k;
    first ??= k;
    if (named === undefined && VALUE_KEY.test(k)) named = k;
  }
  return named ?? first;
}
const VALUE_KEY = /^(预算数|决算数|金额)$/;

/**
 * The summary tables whose lines the lexicon keys, with the key of a line's concept or name: itself,
 * or with the prefix 财政拨款: (remembered: the same string every run, its hash already known, not a
 * new concatenation to hash per line; issue 19).
 */
const fiscalKey: (s: string) => string = memoText((s) => `财政拨款:${s}`, 20000);
const SUMMARIES: readonly (readonly [TableKind, (s: string) => string])[] = [
  ['income-expense-summary', (s) => s],
  ['fiscal-summary', fiscalKey],
];
/** 决算04表's funds with their 决算数 column. */
const FUND_COLUMNS = ['一般公共预算', '政府性基金预算', '国有资本经营预算'].map((fund) => [fund, `决算数.${fund}`] as const);
/** The fund tables' totals (政府性基金 / 国有资本经营 本年支出). */
const FUND_TOTALS = [
  ['gov-fund', '政府性基金支出'],
  ['state-capital', '国有资本经营支出'],
] as const;

/** [concept, column keys, "合计 <first key>"]: the lists build() reads, made once (not per workbook, issue 19). */
function totals(list: [string, string][]): [string, string, string][] {
  return list.map(([concept, keys]) => [concept, keys, `合计 ${keys.split('|')[0]}`]);
}
/** income-summary columns (决算 02表 财政拨款收入). */
const INCOME_TOTALS = totals([
  ['in:财政拨款收入', '财政拨款收入|本年收入.财政拨款收入'],
  ['in:本年收入合计', '合计|本年收入.小计'],
]);
/** expenditure split: 基本支出 / 项目支出 (支出总表, 一般公共预算支出表). */
const SPLIT_TOTALS = totals([
  ['基本支出', '基本支出|基本支出.小计'],
  ['项目支出', '项目支出|项目支出.小计'],
  ['合计', '合计'],
  ['人员经费', '基本支出.人员经费'],
  ['公用经费', '基本支出.公用经费'],
  ['经营支出', '事业单位经营支出|经营支出'],
]);
/** 人员经费 / 公用经费 / 基本支出 from the 基本支出表: its total column, else its footer line. */
const BASIC_FOOTERS = [/^人员经费(合计)?$/, /^公用经费(合计)?$/, /^合计$/];
const BASIC_TOTALS = totals([
  ['人员经费', '人员经费'],
  ['公用经费', '公用经费'],
  ['基本支出表合计', '合计|预算数|决算数'],
]).map(([concept, keys, what], i) => [concept, keys, what, BASIC_FOOTERS[i]] as const);

/** Is a candidate at this one's cell already in the list? (list.some with no function per call) */
function atSameCell(list: Candidate[], x: Candidate): boolean {
  for (const y of list) if (y.q.sheet === x.q.sheet && y.q.cell === x.q.cell) return true;
  return false;
}

/** Does a row hold no figure (every value cell empty)? As Object.values(row.values).every(empty), without the list. */
function allEmpty(row: TableRow): boolean {
  for (const k in row.values) if (row.values[k].amount.kind !== 'empty') return false;
  return true;
}

const NONE: readonly Named[] = [];

/**
 * The 类 code of a concept “ex:类:201” or “财政拨款:ex:类:201” (/^(?:财政拨款:)?ex:类:(\d{3})$/ read
 * by its parts: asked of every 类 line of the summaries, no match array each; issue 19).
 */
export function classCodeOf(concept: string): string | null {
  const at = concept.startsWith('财政拨款:') ? 5 : 0;
  if (concept.length !== at + 8 || !concept.startsWith('ex:类:', at)) return null;
  for (let i = at + 5; i < at + 8; i++) {
    const c = concept.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return null;
  }
  return concept.slice(at + 5);
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
    for (const x of c) this.addOne(concept, x);
  }

  /** The concepts of a function 类 (“ex:类:201”), in the order they were made (as the concepts' keys are). */
  private readonly classConcepts: string[] = [];

  /** A concept's new list holds its first candidate exactly (most have one; `[]` then push would reserve 17). */
  private addOne(concept: string, x: Candidate): void {
    const list = this.concepts.get(concept);
    if (!list) {
      this.concepts.set(concept, [x]);
      if (concept.includes('ex:类:')) this.classConcepts.push(concept);
    } else if (!atSameCell(list, x)) list.push(x);
  }

  private build(): void {
    const m = this.model;
    const final = m.kind === 'final';
    // summary tables: fixed concepts and every named row
    for (const [kind, keyOf] of SUMMARIES) {
      for (const t of m.byKind(kind)) {
        for (const line of m.summary(t)) {
          const q = summaryValue(t, line);
          if (!q) continue;
          const x = rowCandidate(m, t, q, line.row, false);
          if (line.concept) this.addOne(keyOf(line.concept), x);
          const name = rowName(line.row.name);
          // (a row already keyed is not looked at again: its values are read only for a new name)
          const key = name ? keyOf(name) : '';
          if (name && !this.rows.has(key) && !allEmpty(line.row)) this.rows.set(key, [x]);
        }
      }
    }
    // 决算04表: 本年支出合计 and 年末结转和结余 with a 决算数 column per fund
    for (const t of m.byKind('fiscal-summary')) {
      for (const line of m.summary(t)) {
        if (line.concept !== 'ex:本年支出合计' && line.concept !== 'ex:年终结转结余') continue;
        for (const [fund, column] of FUND_COLUMNS) {
          if (!line.row.values[column]) continue;
          const what = `${line.row.name.trim()}（${fund}）`;
          const q = qty(t, line.row, column, what);
          if (q) this.add(`财政拨款:${line.concept}.${fund}`, cand(m, t, q, what));
        }
      }
    }
    // the fund tables' totals (政府性基金 / 国有资本经营 本年支出)
    for (const [kind, concept] of FUND_TOTALS) {
      const x = totalQ(mainTable(m, kind), '合计|本年支出.小计');
      if (x) this.add(concept, cand(m, x.t, x.q, '合计'));
    }
    // income-summary columns (决算 02表 财政拨款收入)
    const inc = mainTable(m, 'income-summary');
    if (inc) {
      for (const [concept, keys, what] of INCOME_TOTALS) {
        const x = totalQ(inc, keys);
        if (x) this.add(concept, cand(m, x.t, x.q, what));
      }
    }
    // expenditure split: 基本支出 / 项目支出 (支出总表, 一般公共预算支出表)
    for (const kind of ['expenditure-summary', 'general-budget-expenditure'] as const) {
      const t = mainTable(m, kind);
      const prefix = kind === 'general-budget-expenditure' ? '一般公共预算:' : '';
      for (const [concept, keys, what] of SPLIT_TOTALS) {
        const x = totalQ(t, keys);
        if (!x) continue;
        this.add(prefix + concept, cand(m, x.t, x.q, what));
        if (kind === 'expenditure-summary' && concept !== '合计') this.add(concept, cand(m, x.t, x.q, what));
      }
    }
    // 人员经费 / 公用经费 / 基本支出 from the 基本支出表
    const basic = mainTable(m, 'basic-expenditure');
    if (basic) {
      for (const [concept, keys, what, footer] of BASIC_TOTALS) {
        const x = totalQ(basic, keys);
        if (x) this.add(concept, cand(m, x.t, x.q, what));
        else {
          const f = footerQ(basic, footer, true);
          if (f) this.add(concept, cand(m, basic, f, f.label));
        }
      }
      for (const row of basic.rows) {
        if (row.type !== 'economic' || !row.code) continue;
        const key = rowKey(row);
        const q = key ? qty(basic, row, key) : null;
        if (q) this.economics.push({ code: row.code, level: row.code.length <= 3 ? 1 : 2, name: row.name, cands: [rowCandidate(m, basic, q, row, true)] });
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
        const x = rowCandidate(m, t, q, row, true);
        const same = byCode.get(row.code);
        if (same) same.cands.push(x);
        else {
          const e = { code: row.code, level: row.code.length <= 3 ? 1 : 2, name: row.name, cands: [x] };
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
        const q = atCellOf(parts[0], parts.reduce((a, x) => a.plus(x.value), parts[0].value.minus(parts[0].value)), parts.reduce((a, x) => a.plus(x.half), parts[0].half.minus(parts[0].half)), codes.join('+'));
        this.add(concept, cand(m, basic, q, `经济分类 ${codes.join(' + ')}`));
      }
    }
    // 基本支出 = 人员经费 + 公用经费 of the 基本支出表 (决算六 uses the 06表 footers)
    if (basic) {
      const p = this.concept('人员经费').find((c) => c.q.sheet === basic.block.sheet)?.q;
      const g = this.concept('公用经费').find((c) => c.q.sheet === basic.block.sheet)?.q;
      if (p && g) this.add('基本支出表合计', cand(m, basic, atCellOf(p, p.value.plus(g.value), p.half.plus(g.half), '人员经费 + 公用经费'), '人员经费 + 公用经费'));
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
          const x = rowCandidate(m, t, q, row, true);
          if (existing) existing.cands.push(x);
          else {
            const f = { code: row.code, level: row.level ?? (row.code.length === 3 ? 1 : row.code.length === 5 ? 2 : 3), name: row.name, cands: [x] };
            this.functions.push(f);
            functionByCode.set(row.code, f);
          }
        }
      }
    }
    // (over the 类 concepts, kept in the order of the keys as they were made: not a test of every key)
    for (const concept of this.classConcepts) {
      const code = classCodeOf(concept);
      if (!code) continue;
      const list = this.concepts.get(concept) as Candidate[];
      const f = functionByCode.get(code);
      if (f) f.cands.push(...list.filter((c) => !f.cands.includes(c)));
      else this.functions.push({ code, level: 1, name: functionName(code) ?? code, cands: [...list] });
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
        const sum = atCellOf(base, base.value.plus(p.q.value), base.half.plus(p.q.half), '各单位合计');
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

  private longNames: { p: { name: string; cands: Candidate[] }; name: string }[] | null = null;

  /**
   * The projects whose loose name has 4 characters or more, with that name, in the lexicon's order:
   * made on first use (a sentence is searched for each of them; their names are not looked up again
   * per sentence; issue 19). Read after the lexicon is built (projects never change then).
   */
  get longProjectNames(): readonly { p: { name: string; cands: Candidate[] }; name: string }[] {
    if (!this.longNames) {
      this.longNames = [];
      for (const p of this.projects) {
        const name = looseName(p.name);
        if (name.length >= 4) this.longNames.push({ p, name });
      }
    }
    return this.longNames;
  }

  private byLoose = { fn: new Map<string, Named[]>(), econ: new Map<string, Named[]>(), ops: new Map<string, Named[]>(), proj: new Map<string, { name: string; cands: Candidate[] }>() };
  /** The keys of byLoose.proj in its order. */
  private readonly projectKeys: string[] = [];

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
      if (this.byLoose.proj.has(k)) continue;
      this.byLoose.proj.set(k, p);
      this.projectKeys.push(k);
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

  /** The function 科目 of a name (under a code): the index's own list when nothing is left out (only read, never changed). */
  functionByName(name: string, under?: string): readonly Named[] {
    const k = looseName(name);
    if (!k) return NONE;
    const list = this.byLoose.fn.get(k);
    if (!list) return NONE;
    if (!under) return list;
    for (const f of list) if (!f.code.startsWith(under)) return list.filter((x) => x.code.startsWith(under));
    return list;
  }

  /** 经济科目 by name; in a 机关运行经费 section the 机关运行经费支出表's rows come first. */
  economicByName(name: string, operation = false): readonly Named[] {
    const k = looseName(name);
    if (!k) return NONE;
    const basic = this.byLoose.econ.get(k) ?? NONE;
    const ops = this.byLoose.ops.get(k) ?? NONE;
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
    // (over the keys in the index's order: no entry pair per project and call)
    for (const pk of this.projectKeys) {
      const short = pk.length < k.length ? pk : k;
      const long = pk.length < k.length ? k : pk;
      if (short.length >= 5 && long.includes(short) && short.length / long.length >= 0.6) return this.byLoose.proj.get(pk);
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
