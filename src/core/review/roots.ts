/**
 * Root causes: findings that follow from one defect become one finding with its consequences
 * nested under it, so that what a reviewer counts is defects, not symptoms. Pure post-processing
 * over the engine's findings (it knows rule ids and finding shapes, not the rules' code):
 *
 * - the same sentence in two places (identical paragraphs): the later copies nest under the first;
 * - one defect reported by two rules at the same place (数字前多了 0 and 多余的前导 0);
 * - one table defect said three ways at the same cell (表9 像项目支出表/缺少项目支出表/空表无说明);
 * - a wrong year: every sentence that repeats it nests under one finding per (written, right) year;
 * - a narrative amount that disagrees with the table, and the list total it breaks — only when
 *   correcting the amount(s) makes the list add up (within rounding);
 * - a wrong cell: a cell that is the only cell common to several relations that do not hold,
 *   all off by the same amount, is the suspect; the relations (and a narrative figure that
 *   agrees with the other side) are its consequences;
 * - the 尾差 of one table: one finding listing its cells.
 *
 * Every finding also says whether its `expected` is known to be the right value
 * (`expectedCertain`) and the unit of its difference (个百分点 for percentages).
 */
import Decimal from 'decimal.js';
import { FingerprintStream, streamedFingerprint } from '../check/fingerprint';
import { bySeverity, SEVERITY_RANK } from '../check/order';
import { locationLabel } from '../narrative/source';
import type { Finding, Location, RootCause, Severity } from '../contract';
import { CellSet } from './cellset';

export interface RootOptions {
  /** Sheets that hold the narrative (情况说明): several findings may share a cell there without sharing a defect. */
  narrativeSheets?: string[];
}

/** Narrative rules whose `expected` comes from an authority: the table, the document's year, a recomputed ratio. */
const CERTAIN_NARRATIVE = new Set([
  'narrative/amounts',
  'narrative/year-labels',
  'narrative/number-format',
  'narrative/changes',
  'narrative/completion',
  'narrative/shares',
]);
/** Table rules whose `expected` is a rule of the form, not the other side of a relation. */
const CERTAIN_TABLE = new Set(['cross/prior-year-labels', 'cross/project-codes']);

const PERCENT_END = /%\s*$/;
const isPercent = (s: string | null | undefined): boolean => s != null && PERCENT_END.test(s.trim());

/** Whether the evidence decides that `expected` is the right value (see Finding.expectedCertain). */
export function expectedIsCertain(f: Finding): boolean {
  if (f.expected === null || f.expected === undefined) return false;
  if (f.category === 'rounding') return false;
  if (f.category === 'compliance') return true;
  if (f.category === 'narrative') return CERTAIN_NARRATIVE.has(f.rule);
  if (CERTAIN_TABLE.has(f.rule)) return true;
  // a ratio recomputed from the figures it rests on: 占比印为 30.32%，按 994.81 ÷ 3291.91 应为 30.22%
  return isPercent(f.expected) && isPercent(f.actual);
}

/** The unit of a finding's difference: percentage points when both sides are percentages. */
export function differenceUnitOf(f: Finding): '万元' | '个百分点' | null {
  if (f.difference === null || f.difference === undefined) return null;
  if (isPercent(f.expected) || isPercent(f.actual)) return '个百分点';
  return f.message.includes('万元') ? '万元' : null;
}

/** "0.65 个百分点" / "0.25 万元" / "2": the size of the difference, without a sign. */
export function differenceText(f: Finding): string {
  const d = f.difference;
  if (d === null || d === undefined || d === '') return '';
  const abs = d.trim().replace(/^[-+−]/, '');
  const unit = f.differenceUnit !== undefined ? f.differenceUnit : differenceUnitOf(f);
  return unit ? `${abs} ${unit}` : abs;
}

/** The message without a leading "情况说明!A58：" that repeats the finding's first location. */
export function messageWithoutLocation(f: Finding): string {
  const first = f.locations[0];
  if (!first) return f.message;
  const lead = `${locationLabel(first)}：`;
  return f.message.startsWith(lead) ? f.message.slice(lead.length) : f.message;
}

/** Every finding of a list, roots and their consequences, in order (what the rules reported). */
export function flattenFindings(findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  flattenInto(findings, out);
  return out;
}

function flattenInto(findings: Finding[], out: Finding[]): void {
  for (const f of findings) {
    if (!f.consequences) {
      out.push(f);
      continue;
    }
    const { consequences, ...own } = f;
    out.push(own);
    flattenInto(consequences, out);
  }
}

/** How many findings a root stands for (itself and its consequences). */
export function findingWeight(f: Finding): number {
  return 1 + (f.consequences?.reduce((n, c) => n + findingWeight(c), 0) ?? 0);
}

const cellKey = (l: Location): string => (l.file !== undefined ? `${l.file}#${l.paragraph}` : `${l.sheet}!${l.cell}`);
const spotKey = (l: Location): string => `${cellKey(l)}@${l.start ?? ''}-${l.end ?? ''}`;
const isWorkbookCell = (l: Location): boolean => l.file === undefined && !!l.sheet && !!l.cell;

const NUMBER_NOISE = /[,，\s%]/g;
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;

/** A number as the rules print it ("1,234.50", "−0.01", "12.5%"), cleaned to what Decimal reads; null when it is none. */
function numText(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = s.replace(NUMBER_NOISE, '').replace('−', '-');
  return PLAIN_NUMBER.test(t) ? t : null;
}

function num(s: string | null | undefined): Decimal | null {
  const t = numText(s);
  return t === null ? null : new Decimal(t);
}

/**
 * The least and the greatest size (|value|) of some differences, as num reads them (the first of
 * equals, as Decimal.min and Decimal.max pick); null when none is a number. Thousands of 尾差 are
 * compared as doubles, which is exact while every text has at most 15 characters (so at most 15
 * significant digits): distinct decimals of ≤ 15 significant digits are distinct doubles, in the
 * same order, and equal ones the same double. A longer text sends the whole list to Decimal.
 */
export function sizeRange(diffs: (string | null | undefined)[]): { lo: Decimal; hi: Decimal } | null {
  let lo: string | null = null;
  let hi: string | null = null;
  let loV = 0;
  let hiV = 0;
  for (const s of diffs) {
    const t = numText(s);
    if (t === null) continue;
    if (t.length > 15) return sizeRangeDecimal(diffs);
    const v = Math.abs(Number(t));
    if (lo === null || loV > v) {
      lo = t;
      loV = v;
    }
    if (hi === null || hiV < v) {
      hi = t;
      hiV = v;
    }
  }
  return lo === null || hi === null ? null : { lo: new Decimal(lo).abs(), hi: new Decimal(hi).abs() };
}

/** sizeRange in Decimal throughout (what it stands for). */
export function sizeRangeDecimal(diffs: (string | null | undefined)[]): { lo: Decimal; hi: Decimal } | null {
  const sizes = diffs.map((s) => num(s)?.abs()).filter((d): d is Decimal => d !== null && d !== undefined);
  return sizes.length ? { lo: Decimal.min(...sizes), hi: Decimal.max(...sizes) } : null;
}

function decimals(s: string | null | undefined): number {
  const m = /\.(\d+)/.exec(s ?? '');
  return m ? m[1].length : 0;
}

/**
 * Unique locations (by spotKey), in order. A plain workbook cell (no file, no offsets: nearly all
 * of them) is looked up by sheet and cell without building its key string; the others by spotKey.
 * The two never meet: a plain cell's key ends in "!<cell>@-", no other key does (cells hold no "!@#").
 */
class LocationUnion {
  private readonly plain = new CellSet();
  private readonly other = new Set<string>();
  readonly out: Location[] = [];

  /** `fingerprint`, when given, is fed each location kept, in order. */
  constructor(private readonly fingerprint?: FingerprintStream) {}

  add(list: Location[]): void {
    for (const l of list) {
      if (l.file === undefined && l.start === undefined && l.end === undefined) {
        if (!this.plain.add(`${l.sheet}`, `${l.cell}`)) continue;
      } else {
        const k = spotKey(l);
        if (this.other.has(k)) continue;
        this.other.add(k);
      }
      this.out.push(l);
      this.fingerprint?.location(l);
    }
  }
}

function union(lists: Location[][]): Location[] {
  const u = new LocationUnion();
  for (const list of lists) u.add(list);
  return u.out;
}

/** The most severe of `fs` (and `also`); 'info' when none is more severe. */
function mostSevere(fs: Finding[], also?: Finding): Severity {
  let s: Severity = also && SEVERITY_RANK[also.severity] < SEVERITY_RANK.info ? also.severity : 'info';
  for (const f of fs) if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[s]) s = f.severity;
  return s;
}

/**
 * Nest `children` (and what hangs under them) under `root`, with the reason. `root` and the
 * children are this run's own copies (see annotate), each in one place: `root` is completed in
 * place (its keys in the order a spread `{ ...root, rootCause, consequences, severity }` gives) and
 * a child is nested as it is, copied only to take its own consequences off.
 */
function adopt(root: Finding, children: Finding[], cause: RootCause): Finding {
  const severity = mostSevere(children, root);
  const nested = root.consequences ?? [];
  for (const c of children) {
    if (!('consequences' in c)) {
      nested.push(c);
      continue;
    }
    const { consequences, ...own } = c;
    nested.push(own);
    if (consequences) for (const x of consequences) nested.push(x);
  }
  root.rootCause = root.rootCause ?? cause;
  root.consequences = nested;
  root.severity = severity;
  return root;
}

/**
 * A synthetic root standing for `members` (all nested as consequences). `fingerprint`: the
 * fingerprint of its rule, locations and message when the caller already streamed it.
 */
function syntheticRoot(
  members: Finding[],
  fields: Pick<Finding, 'message' | 'locations' | 'expected' | 'actual'> & Partial<Finding>,
  cause: RootCause,
  fingerprint?: string,
): Finding {
  const head = members[0];
  const root: Finding = {
    rule: head.rule,
    severity: mostSevere(members),
    category: head.category,
    difference: null,
    diagnosis: null,
    refs: head.refs,
    ...fields,
    // as the engine computes it (findingFingerprint: rule + cells + message with numbers masked), so that an accepted root is found again
    fingerprint: fingerprint ?? streamedFingerprint(fields.rule ?? head.rule, fields.locations, fields.message),
    expectedCertain: fields.expectedCertain ?? false,
    differenceUnit: fields.differenceUnit ?? null,
    consequences: [],
  };
  return adopt(root, members, cause);
}

/**
 * `list` with some findings taken out and others replaced (both by position); `list` itself when
 * nothing changes. `replaced` maps a position to its new finding, `removed` marks positions to drop.
 */
function rebuild(list: Finding[], removed: Uint8Array, replaced: Map<number, Finding>, count: number): Finding[] {
  if (count === 0 && replaced.size === 0) return list;
  const out: Finding[] = [];
  for (let i = 0; i < list.length; i++) {
    if (removed[i]) continue;
    out.push(replaced.get(i) ?? list[i]);
  }
  return out;
}

/** Group `list` by `key` (null: not grouped), keeping the first member's position for the group. */
function regroup(list: Finding[], key: (f: Finding) => string | null, merge: (group: Finding[]) => Finding | null): Finding[] {
  // positions of each group's members, appended in place: a group of n findings costs n, not n² (thousands of 尾差 in one table)
  const groups = new Map<string, number[]>();
  for (let i = 0; i < list.length; i++) {
    const k = key(list[i]);
    if (k === null) continue;
    const g = groups.get(k);
    if (g) g.push(i);
    else groups.set(k, [i]);
  }
  const replaced = new Map<number, Finding>();
  const removed = new Uint8Array(list.length);
  let count = 0;
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const m = merge(g.map((i) => list[i]));
    if (!m) continue;
    replaced.set(g[0], m);
    for (let j = 1; j < g.length; j++) removed[g[j]] = 1;
    count += g.length - 1;
  }
  return rebuild(list, removed, replaced, count);
}

/** The same sentence in two places: same rule, same message once its location is taken off, same quoted offsets and table cells. */
function repeatedText(list: Finding[]): Finding[] {
  return regroup(
    list,
    (f) => {
      // the finding's own fields first: its locations are elsewhere in memory (thousands of 尾差 pass here)
      if (f.category !== 'narrative') return null;
      const first = f.locations[0];
      if (!first || first.start === undefined) return null;
      const here = cellKey(first);
      // offsets relative to the first quote: the copy may sit after another heading or numbering
      const base = first.start;
      const shape = f.locations.map((l) => (cellKey(l) === here ? `@${(l.start ?? 0) - base}-${(l.end ?? 0) - base}` : spotKey(l))).join(',');
      // the message quotes other places too ("与 情况说明!A62：…"): mask only the leading location
      return `${f.rule}|${messageWithoutLocation(f)}|${shape}`;
    },
    (g) => {
      const places = [...new Set(g.map((f) => locationLabel(f.locations[0])))];
      if (places.length < 2) return null;
      return adopt(g[0], g.slice(1), { kind: 'repeated-text', summary: `同一句话出现在 ${places.join('、')}，同一问题只计一次` });
    },
  );
}

/** One defect reported by two rules at the same place (the same quoted text). */
function sameDefect(list: Finding[]): Finding[] {
  return regroup(
    list,
    (f) => (f.actual && f.locations.length === 1 ? `${cellKey(f.locations[0])}|${f.actual}` : null),
    (g) => {
      if (new Set(g.map((f) => f.rule)).size < 2) return null;
      const sorted = bySeverity([...g]);
      return adopt(sorted[0], sorted.slice(1), { kind: 'same-defect', summary: `“${g[0].actual}”一处问题，${g.length} 条规则都报告了` });
    },
  );
}

/** A table defect said several ways at one cell of a table (not of the narrative, where many sentences share a cell). */
function samePlace(list: Finding[], narrativeSheets: Set<string>): Finding[] {
  return regroup(
    list,
    (f) => {
      if (f.category !== 'compliance') return null;
      const l = f.locations[0];
      // the first location is the table cell (an empty-table note may also cite the narrative sentence)
      if (!l || !isWorkbookCell(l) || narrativeSheets.has(l.sheet) || l.start !== undefined) return null;
      return cellKey(l);
    },
    (g) => {
      const sorted = bySeverity([...g]);
      // the title/content mismatch explains the others: put it first when it is there
      const head = sorted.find((f) => f.rule === 'compliance/title-content') ?? sorted[0];
      const rest = sorted.filter((f) => f !== head);
      return adopt(head, rest, { kind: 'same-place', summary: `${g[0].locations[0].sheet} 的同一个问题，从 ${g.length} 个方面报告` });
    },
  );
}

/** Each wrong year: one finding per (written, right) year, every sentence that repeats it nested. */
function wrongYears(list: Finding[]): Finding[] {
  return regroup(
    list,
    (f) => (f.rule === 'narrative/year-labels' && f.expected && f.actual ? `${f.actual}→${f.expected}` : null),
    (g) => {
      const { actual, expected } = g[0];
      const places = union(g.map((f) => f.locations));
      const reason = /这是 \d{4} 年(预算|决算)/.exec(g[0].message)?.[0] ?? (/比较的应是上一年/.test(g[0].message) ? '比较的应是上一年' : '');
      const message = `年份写错：${g.length} 处把 ${expected} 年写成 ${actual} 年${reason ? `（${reason}）` : ''}，应为 ${expected} 年`;
      return syntheticRoot(g, { message, locations: places, expected: expected!, actual: actual!, expectedCertain: true }, {
        kind: 'year',
        summary: `${actual} 年应为 ${expected} 年，${g.length} 处重复了这个错误`,
      });
    },
  );
}

/**
 * A narrative amount that disagrees with the table, and the list total that includes it: the list
 * finding nests under the (first) amount when correcting the amounts it quotes makes it add up.
 */
function amountsAndLists(list: Finding[]): Finding[] {
  const amounts = new Map<string, Finding>();
  for (const f of list) {
    if (f.rule !== 'narrative/amounts') continue;
    const l = f.locations[0];
    // whether the difference is a number (numText), without making its Decimal
    if (l?.start !== undefined && numText(f.difference) !== null) amounts.set(spotKey(l), f);
  }
  const under = new Map<Finding, Finding[]>();
  const absorbed = new Set<Finding>();
  for (const f of list) {
    if (f.rule !== 'narrative/enumerations') continue;
    const diff = num(f.difference);
    if (!diff) continue;
    let corrected = diff;
    const linked: Finding[] = [];
    f.locations.forEach((l, i) => {
      const a = amounts.get(spotKey(l));
      if (!a) return;
      linked.push(a);
      // total − Σ parts: a wrong total moves the difference by its own error, a wrong part the other way
      corrected = i === 0 ? corrected.minus(num(a.difference)!) : corrected.plus(num(a.difference)!);
    });
    if (linked.length === 0) continue;
    const d = Math.max(decimals(f.expected), decimals(f.actual), ...linked.map((a) => decimals(a.expected)));
    const slack = new Decimal(0.5).times(Decimal.pow(10, -d)).times(f.locations.length);
    if (corrected.abs().gt(slack)) continue;
    const siblings = under.get(linked[0]);
    if (siblings) siblings.push(f);
    else under.set(linked[0], [f]);
    absorbed.add(f);
  }
  if (absorbed.size === 0) return list;
  return list
    .filter((f) => !absorbed.has(f))
    .map((f) => {
      const children = under.get(f);
      if (!children) return f;
      return adopt(f, children, {
        kind: 'narrative-amount',
        summary: `${messageWithoutLocation(f).split('”')[0].replace(/^“/, '')} 与表格不符；所在列举的合计因此对不上，改正这个数后列举相符`,
      });
    });
}

/**
 * A wrong cell: the only cell common to several relations that do not hold, all off by the same
 * amount. Relations between tables and narrative amounts that quote the cell join it.
 */
function suspectCells(list: Finding[]): Finding[] {
  const candidates = list.filter(
    (f) =>
      !f.consequences &&
      f.category !== 'rounding' &&
      (f.category === 'intra' || f.category === 'cross' || f.rule === 'narrative/amounts') &&
      numText(f.difference) !== null &&
      f.locations.some(isWorkbookCell),
  );
  const byCell = new Map<string, Finding[]>();
  for (const f of candidates) {
    for (const l of f.locations) {
      if (!isWorkbookCell(l) || l.start !== undefined) continue;
      const k = cellKey(l);
      const list = byCell.get(k);
      if (!list) byCell.set(k, [f]);
      else if (list[list.length - 1] !== f) list.push(f); // a finding naming a cell twice is listed once
    }
  }
  const taken = new Set<Finding>();
  const roots = new Map<Finding, Finding>();
  const cells = [...byCell].filter(([, fs]) => fs.length >= 2).sort((a, b) => b[1].length - a[1].length);
  for (const [cell, all] of cells) {
    const fs = all.filter((f) => !taken.has(f));
    if (fs.length < 2 || fs.every((f) => f.category === 'narrative')) continue;
    const size = num(fs[0].difference)!.abs();
    if (!fs.every((f) => num(f.difference)!.abs().eq(size))) continue;
    // the suspect must be the only cell they share
    const shared = fs
      .map((f) => new Set(f.locations.filter((l) => isWorkbookCell(l) && l.start === undefined).map(cellKey)))
      .reduce((a, b) => new Set([...a].filter((k) => b.has(k))));
    if (shared.size !== 1 || !shared.has(cell)) continue;
    const loc = fs[0].locations.find((l) => cellKey(l) === cell)!;
    // the value it should have, when the relations where it is the checked total agree on one
    const asTotal = fs.filter((f) => f.category !== 'narrative' && cellKey(f.locations[0]) === cell && f.expected);
    const agreed = asTotal.length >= 2 && asTotal.every((f) => f.expected === asTotal[0].expected) ? asTotal[0].expected : null;
    const actual = asTotal[0]?.actual ?? null;
    const unit = differenceUnitOf(fs[0]) ?? '万元';
    const message =
      `${locationLabel(loc)} 同时使 ${fs.length} 个关系不成立，差额都是 ${size.toFixed(decimals(fs[0].difference))} ${unit}，` +
      `而这些关系的其他数彼此一致：很可能是这一格有误${agreed ? `，应为 ${agreed}` : '，请先核对此格'}`;
    const members = fs.map((f) => (f.rule === 'narrative/amounts' ? { ...f, expectedCertain: false } : f));
    const root = syntheticRoot(
      members,
      {
        message,
        locations: union([[loc], ...fs.map((f) => f.locations)]),
        expected: agreed,
        actual: agreed ? actual : null,
        difference: null,
        expectedCertain: agreed !== null,
        category: fs.find((f) => f.category !== 'narrative')!.category,
        rule: fs.find((f) => f.category !== 'narrative')!.rule,
      },
      { kind: 'cell', summary: `${locationLabel(loc)} 一格有误，引起 ${fs.length} 处不符` },
    );
    fs.forEach((f) => taken.add(f));
    roots.set(fs[0], root);
  }
  if (taken.size === 0) return list;
  return list.filter((f) => !taken.has(f) || roots.has(f)).map((f) => roots.get(f) ?? f);
}

/** The 尾差 of one table (its sheet): one finding listing its cells. */
function roundingByTable(list: Finding[]): Finding[] {
  return regroup(
    list,
    // the sheet alone (as a string, like the `rounding|${sheet}` it stands for): only 尾差 get a key here
    (f) => (f.category === 'rounding' && f.severity === 'info' && f.locations[0] ? `${f.locations[0].sheet}` : null),
    (g) => {
      const sheet = g[0].locations[0].sheet;
      // one pass over the group (thousands of 尾差): its cells, its differences, its locations (and
      // with them the root's fingerprint: its rule is the first member's, as syntheticRoot takes it)
      const seen = new CellSet();
      const cells: string[] = [];
      const diffs: (string | null | undefined)[] = [];
      const fingerprint = new FingerprintStream(g[0].rule);
      const places = new LocationUnion(fingerprint);
      for (const f of g) {
        const cell = f.locations[0].cell;
        if (seen.add('', `${cell}`)) cells.push(cell);
        diffs.push(f.difference);
        places.add(f.locations);
      }
      const sizes = sizeRange(diffs);
      const range = sizes ? (sizes.lo.eq(sizes.hi) ? `${sizes.lo.toFixed(2)}` : `${sizes.lo.toFixed(2)}–${sizes.hi.toFixed(2)}`) : '';
      const message = `尾差 ${g.length} 处：${sheet} ${cells.join('、')} 的合计与分项之和相差${range ? ` ${range} 万元` : ''}，均在各数分别四舍五入的误差范围内`;
      return syntheticRoot(
        g,
        { message, locations: places.out, expected: null, actual: null },
        { kind: 'rounding-table', summary: `${sheet} 的 ${g.length} 处尾差` },
        fingerprint.finish(message),
      );
    },
  );
}

/**
 * A copy of the finding (and of its consequences) marked with expectedCertain and differenceUnit,
 * unless set: the one copy of each finding that rootCauses makes (the input is never changed); the
 * later steps complete these copies in place. Keys in the order of
 * `{ ...f, expectedCertain, differenceUnit, consequences }`.
 */
function annotate(f: Finding): Finding {
  const expectedCertain = f.expectedCertain ?? expectedIsCertain(f);
  const differenceUnit = f.differenceUnit !== undefined ? f.differenceUnit : differenceUnitOf(f);
  // a finding as the engine makes it (nearly all): one object literal, its size known
  if (hasEngineKeys(f)) {
    return {
      rule: f.rule,
      severity: f.severity,
      category: f.category,
      message: f.message,
      locations: f.locations,
      expected: f.expected,
      actual: f.actual,
      difference: f.difference,
      diagnosis: f.diagnosis,
      refs: f.refs,
      fingerprint: f.fingerprint,
      expectedCertain,
      differenceUnit,
    };
  }
  // not `{ ...f, … }`: V8 gives each object spread and then extended a hidden class of its own (≈ 1 KB,
  // and every later property read of such objects goes megamorphic); Object.assign onto {} shares one
  const out: Finding = Object.assign({}, f);
  out.expectedCertain = expectedCertain;
  out.differenceUnit = differenceUnit;
  if (f.consequences) out.consequences = f.consequences.map(annotate);
  return out;
}

/** The keys of a finding as check/engine.ts reports it, in its order. */
const ENGINE_KEYS = ['rule', 'severity', 'category', 'message', 'locations', 'expected', 'actual', 'difference', 'diagnosis', 'refs', 'fingerprint'];

/** Whether `f` has exactly the engine's keys, in its order (then the literal above is its copy). */
function hasEngineKeys(f: Finding): boolean {
  let i = 0;
  for (const k in f) {
    if (k !== ENGINE_KEYS[i]) return false;
    i++;
  }
  return i === ENGINE_KEYS.length;
}

/**
 * The findings as root causes: what a reviewer counts. The input is the engine's flat list
 * (already sorted by severity); the output keeps that order, roots standing where their first
 * member stood, re-sorted by severity (a root takes its most severe member's).
 */
export function rootCauses(findings: Finding[], options: RootOptions = {}): Finding[] {
  const narrativeSheets = new Set(options.narrativeSheets ?? []);
  let list = findings.map(annotate);
  list = repeatedText(list);
  list = sameDefect(list);
  list = samePlace(list, narrativeSheets);
  list = wrongYears(list);
  list = amountsAndLists(list);
  list = suspectCells(list);
  list = roundingByTable(list);
  // this run's own array (annotate made it), ordered in place; equals keep their order
  return bySeverity(list);
}

/** Root causes at least as severe as `min` (their consequences stay with them). */
export function atLeastSeverity(findings: Finding[], min: Severity): Finding[] {
  return findings.filter((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[min]);
}
