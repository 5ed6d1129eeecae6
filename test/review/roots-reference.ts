/* eslint-disable */
/**
 * The oracle of test/review/roots-equivalence.test.ts: src/core/review/roots.ts as it was before the
 * speed work of issue 19 (commit 7b240e7), unchanged but for its import paths and exports. The
 * faster rootCauses must give byte-for-byte the same findings (key order included) as this one.
 * Not to be edited: a deliberate change of the root causes changes that test instead.
 */
import Decimal from 'decimal.js';
import { locationLabel } from '../../src/core/narrative/source';
import type { Finding, Location, RootCause, Severity } from '../../src/core/report';
import { findingFingerprint } from '../../src/core/check/fingerprint';

interface RootOptions {
  /** Sheets that hold the narrative (情况说明): several findings may share a cell there without sharing a defect. */
  narrativeSheets?: string[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

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

const isPercent = (s: string | null | undefined): boolean => s != null && /%\s*$/.test(s.trim());

/** Whether the evidence decides that `expected` is the right value (see Finding.expectedCertain). */
function expectedIsCertain(f: Finding): boolean {
  if (f.expected === null || f.expected === undefined) return false;
  if (f.category === 'rounding') return false;
  if (f.category === 'compliance') return true;
  if (f.category === 'narrative') return CERTAIN_NARRATIVE.has(f.rule);
  if (CERTAIN_TABLE.has(f.rule)) return true;
  // a ratio recomputed from the figures it rests on: 占比印为 30.32%，按 994.81 ÷ 3291.91 应为 30.22%
  return isPercent(f.expected) && isPercent(f.actual);
}

/** The unit of a finding's difference: percentage points when both sides are percentages. */
function differenceUnitOf(f: Finding): '万元' | '个百分点' | null {
  if (f.difference === null || f.difference === undefined) return null;
  if (isPercent(f.expected) || isPercent(f.actual)) return '个百分点';
  return /万元/.test(f.message) ? '万元' : null;
}

/** "0.65 个百分点" / "0.25 万元" / "2": the size of the difference, without a sign. */
function differenceText(f: Finding): string {
  const d = f.difference;
  if (d === null || d === undefined || d === '') return '';
  const abs = d.trim().replace(/^[-+−]/, '');
  const unit = f.differenceUnit !== undefined ? f.differenceUnit : differenceUnitOf(f);
  return unit ? `${abs} ${unit}` : abs;
}

/** The message without a leading "情况说明!A58：" that repeats the finding's first location. */
function messageWithoutLocation(f: Finding): string {
  const first = f.locations[0];
  if (!first) return f.message;
  const lead = `${locationLabel(first)}：`;
  return f.message.startsWith(lead) ? f.message.slice(lead.length) : f.message;
}

/** Every finding of a list, roots and their consequences, in order (what the rules reported). */
function flattenFindings(findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const { consequences, ...own } = f;
    out.push(consequences ? own : f);
    if (consequences) out.push(...flattenFindings(consequences));
  }
  return out;
}

/** How many findings a root stands for (itself and its consequences). */
function findingWeight(f: Finding): number {
  return 1 + (f.consequences?.reduce((n, c) => n + findingWeight(c), 0) ?? 0);
}

const cellKey = (l: Location): string => (l.file !== undefined ? `${l.file}#${l.paragraph}` : `${l.sheet}!${l.cell}`);
const spotKey = (l: Location): string => `${cellKey(l)}@${l.start ?? ''}-${l.end ?? ''}`;
const isWorkbookCell = (l: Location): boolean => l.file === undefined && !!l.sheet && !!l.cell;

function num(s: string | null | undefined): Decimal | null {
  if (s === null || s === undefined) return null;
  const t = s.replace(/[,，\s%]/g, '').replace('−', '-');
  if (!/^[-+]?\d+(\.\d+)?$/.test(t)) return null;
  return new Decimal(t);
}

function decimals(s: string | null | undefined): number {
  const m = /\.(\d+)/.exec(s ?? '');
  return m ? m[1].length : 0;
}

/** Unique locations, in order. */
function union(lists: Location[][]): Location[] {
  const seen = new Set<string>();
  const out: Location[] = [];
  for (const l of lists.flat()) {
    const k = spotKey(l);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(l);
    }
  }
  return out;
}

function mostSevere(fs: Finding[]): Severity {
  return fs.reduce<Severity>((s, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[s] ? f.severity : s), 'info');
}

/** Nest `children` (and what hangs under them) under `root`, with the reason. */
function adopt(root: Finding, children: Finding[], cause: RootCause): Finding {
  const nested = [...(root.consequences ?? [])];
  for (const c of children) {
    const { consequences, ...own } = c;
    nested.push(own, ...(consequences ?? []));
  }
  return { ...root, rootCause: root.rootCause ?? cause, consequences: nested, severity: mostSevere([root, ...children]) };
}

/** A synthetic root standing for `members` (all nested as consequences). */
function syntheticRoot(members: Finding[], fields: Pick<Finding, 'message' | 'locations' | 'expected' | 'actual'> & Partial<Finding>, cause: RootCause): Finding {
  const head = members[0];
  const root: Finding = {
    rule: head.rule,
    severity: mostSevere(members),
    category: head.category,
    difference: null,
    diagnosis: null,
    refs: head.refs,
    ...fields,
    // as the engine computes it (rule + cells + message with numbers masked), so that an accepted root is found again
    fingerprint: findingFingerprint(fields.rule ?? head.rule, fields.locations, fields.message),
    expectedCertain: fields.expectedCertain ?? false,
    differenceUnit: fields.differenceUnit ?? null,
  };
  return adopt({ ...root, consequences: [] }, members, cause);
}

/** Group `list` by `key` (null: not grouped), keeping the first member's position for the group. */
function regroup(list: Finding[], key: (f: Finding) => string | null, merge: (group: Finding[]) => Finding | null): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of list) {
    const k = key(f);
    if (k === null) continue;
    // appended in place: a group of n findings costs n, not n² (thousands of 尾差 in one table)
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  const merged = new Map<Finding, Finding>();
  const absorbed = new Set<Finding>();
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const m = merge(g);
    if (!m) continue;
    merged.set(g[0], m);
    for (const f of g.slice(1)) absorbed.add(f);
  }
  return list.filter((f) => !absorbed.has(f)).map((f) => merged.get(f) ?? f);
}

/** The same sentence in two places: same rule, same message once its location is taken off, same quoted offsets and table cells. */
function repeatedText(list: Finding[]): Finding[] {
  return regroup(
    list,
    (f) => {
      const first = f.locations[0];
      if (!first || f.category !== 'narrative' || first.start === undefined) return null;
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
      const sorted = [...g].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
      return adopt(sorted[0], sorted.slice(1), { kind: 'same-defect', summary: `“${g[0].actual}”一处问题，${g.length} 条规则都报告了` });
    },
  );
}

/** A table defect said several ways at one cell of a table (not of the narrative, where many sentences share a cell). */
function samePlace(list: Finding[], narrativeSheets: Set<string>): Finding[] {
  return regroup(
    list,
    (f) => {
      const l = f.locations[0];
      // the first location is the table cell (an empty-table note may also cite the narrative sentence)
      if (f.category !== 'compliance' || !l || !isWorkbookCell(l) || narrativeSheets.has(l.sheet) || l.start !== undefined) return null;
      return cellKey(l);
    },
    (g) => {
      const sorted = [...g].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
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
    const l = f.locations[0];
    if (f.rule === 'narrative/amounts' && l?.start !== undefined && num(f.difference)) amounts.set(spotKey(l), f);
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
      num(f.difference) !== null &&
      f.locations.some(isWorkbookCell),
  );
  const byCell = new Map<string, Finding[]>();
  for (const f of candidates) {
    for (const l of f.locations) {
      if (!isWorkbookCell(l) || l.start !== undefined) continue;
      const list = byCell.get(cellKey(l));
      if (!list) byCell.set(cellKey(l), [f]);
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
  return list.filter((f) => !taken.has(f) || roots.has(f)).map((f) => roots.get(f) ?? f);
}

/** The 尾差 of one table (its sheet): one finding listing its cells. */
function roundingByTable(list: Finding[]): Finding[] {
  return regroup(
    list,
    (f) => (f.category === 'rounding' && f.severity === 'info' && f.locations[0] ? `rounding|${f.locations[0].sheet}` : null),
    (g) => {
      const sheet = g[0].locations[0].sheet;
      const cells = [...new Set(g.map((f) => f.locations[0].cell))];
      const sizes = g.map((f) => num(f.difference)?.abs()).filter((d): d is Decimal => d !== null && d !== undefined);
      const lo = sizes.length ? Decimal.min(...sizes) : null;
      const hi = sizes.length ? Decimal.max(...sizes) : null;
      const range = lo && hi ? (lo.eq(hi) ? `${lo.toFixed(2)}` : `${lo.toFixed(2)}–${hi.toFixed(2)}`) : '';
      const message = `尾差 ${g.length} 处：${sheet} ${cells.join('、')} 的合计与分项之和相差${range ? ` ${range} 万元` : ''}，均在各数分别四舍五入的误差范围内`;
      return syntheticRoot(g, { message, locations: union(g.map((f) => f.locations)), expected: null, actual: null }, {
        kind: 'rounding-table',
        summary: `${sheet} 的 ${g.length} 处尾差`,
      });
    },
  );
}

/** Mark each finding (and its consequences) with expectedCertain and differenceUnit, unless set. */
function annotate(f: Finding): Finding {
  return {
    ...f,
    expectedCertain: f.expectedCertain ?? expectedIsCertain(f),
    differenceUnit: f.differenceUnit !== undefined ? f.differenceUnit : differenceUnitOf(f),
    ...(f.consequences ? { consequences: f.consequences.map(annotate) } : {}),
  };
}

/**
 * The findings as root causes: what a reviewer counts. The input is the engine's flat list
 * (already sorted by severity); the output keeps that order, roots standing where their first
 * member stood, re-sorted by severity (a root takes its most severe member's).
 */
export function referenceRootCauses(findings: Finding[], options: RootOptions = {}): Finding[] {
  const narrativeSheets = new Set(options.narrativeSheets ?? []);
  let list = findings.map(annotate);
  list = repeatedText(list);
  list = sameDefect(list);
  list = samePlace(list, narrativeSheets);
  list = wrongYears(list);
  list = amountsAndLists(list);
  list = suspectCells(list);
  list = roundingByTable(list);
  return list.map((f, i) => [f, i] as const).sort((a, b) => SEVERITY_RANK[a[0].severity] - SEVERITY_RANK[b[0].severity] || a[1] - b[1]).map(([f]) => f);
}

/** Root causes at least as severe as `min` (their consequences stay with them). */
function atLeastSeverity(findings: Finding[], min: Severity): Finding[] {
  return findings.filter((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[min]);
}
