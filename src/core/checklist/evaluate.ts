/**
 * The checklist of one document: each item's outcome (合格 / 不合格 / 不适用 / 无法检查) from the
 * findings, the rules that ran and the rules that could not run (with why), and the completion
 * figure. Pure; the report (src/core/report.ts) carries the result.
 */
import type { SkippedRule } from '../check/types';
import { RULE_CATALOG } from '../check/rules/catalog';
import { TEMPLATES, type DetectedTemplate } from '../model/templates';
import type { Finding } from '../contract';
import { isSpaceCode } from '../chars';
import { pushTo } from '../collections';
import { CHECK_ITEMS } from './items';
import { OUTCOME_NAMES, type CheckItem, type ChecklistEntry, type ChecklistSummary, type Outcome } from './types';

const RULE_DOCUMENTS = new Map(RULE_CATALOG.map((m) => [m.id, m.documents]));
const KIND_ZH = { budget: '预算', final: '决算' } as const;

export interface ChecklistInput {
  /** Every finding (root causes with their consequences, or flat). */
  findings: Finding[];
  skipped: SkippedRule[];
  /** Rules that ran (wholly or in part). */
  ran: string[];
  kind: 'budget' | 'final' | null;
  year: number | null;
  template: DetectedTemplate | null;
  /** Rules turned off in the settings. */
  off?: string[];
  /** Fingerprints of findings the user accepted (出错说明): they do not fail an item. */
  accepted?: Set<string>;
}

/** Findings with their consequences, one list. */
export function flatFindings(findings: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    out.push(f);
    if (f.consequences?.length) out.push(...flatFindings(f.consequences));
  }
  return out;
}

/** Does a finding fail its item? Errors and warnings do; 尾差 and 提示 do not. */
export function failsItem(f: Finding): boolean {
  return f.category !== 'rounding' && (f.severity === 'error' || f.severity === 'warning');
}

/** An item's rules for a document kind, by item and kind: a function of both alone (the catalog is fixed). */
const APPLICABLE = new WeakMap<CheckItem, Map<ChecklistInput['kind'], string[]>>();

/** The rules of an item that are for this kind of document (all of them when the kind is unknown). */
function applicableRules(item: CheckItem, kind: ChecklistInput['kind']): string[] {
  let byKind = APPLICABLE.get(item);
  if (!byKind) APPLICABLE.set(item, (byKind = new Map()));
  let rules = byKind.get(kind);
  if (!rules) {
    rules = item.rules.filter((r) => {
      const docs = RULE_DOCUMENTS.get(r);
      return !docs || !kind || docs.includes(kind);
    });
    byKind.set(kind, rules);
  }
  return rules;
}

/** Why an item does not apply to this document, or null when it does. */
function notApplicable(item: CheckItem, input: ChecklistInput): string | null {
  if (item.documents && input.kind && !item.documents.includes(input.kind)) return `只适用于${item.documents.map((d) => KIND_ZH[d]).join('、')}公开`;
  if (item.templates && input.template && !item.templates.includes(input.template.profile.id)) {
    return `${input.template.profile.name}没有此项（适用于${item.templates.map((t) => TEMPLATES[t].name).join('、')}）`;
  }
  if (item.years && input.year !== null) {
    if (item.years.from !== undefined && input.year < item.years.from) return `${item.years.from} 年起适用，本文件为 ${input.year} 年`;
    if (item.years.to !== undefined && input.year > item.years.to) return `适用于 ${item.years.to} 年及以前，本文件为 ${input.year} 年`;
  }
  // every rule of the item is for the other document kind
  const rules = applicableRules(item, input.kind);
  if (item.rules.length > 0 && rules.length === 0 && input.kind) return `只适用于${input.kind === 'budget' ? '决算' : '预算'}公开`;
  return null;
}

const SPACE_RUNS = /\s+/g;

function clip(s: string, n = 60): string {
  // a message's white space is almost always single plain spaces: then collapsing runs changes nothing
  const t = (onlySingleSpaces(s) ? s : s.replace(SPACE_RUNS, ' ')).trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

/** Whether every white-space run of the text is one plain space (what /\s+/g → ' ' leaves as it is). */
export function onlySingleSpaces(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isSpaceCode(c)) continue;
    if (c !== 0x20 || (i + 1 < s.length && isSpaceCode(s.charCodeAt(i + 1)))) return false;
  }
  return true;
}

/** No accepted findings (only read). */
const NONE_ACCEPTED: ReadonlySet<string> = new Set<string>();

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/**
 * An entry built field by field, in one order (a spread of a shared head made every entry a slow
 * copy: issue 19); the order is the report's JSON order.
 */
function entry(item: CheckItem, outcome: Outcome, reason: string | null, findings: string[]): ChecklistEntry {
  return { id: item.id, title: item.title, group: item.group, outcome, reason, findings };
}

/** The findings and the skips by rule (positions in their lists) and the rules that ran, built once for all items. */
interface FindingIndex {
  all: Finding[];
  byRule: Map<string, number[]>;
  ran: Set<string>;
  skipped: SkippedRule[];
  skippedAt: Map<string, number[]>;
}

function indexFindings(all: Finding[], ran: string[], skipped: SkippedRule[]): FindingIndex {
  const byRule = new Map<string, number[]>();
  all.forEach((f, i) => pushTo(byRule, f.rule, i));
  const skippedAt = new Map<string, number[]>();
  skipped.forEach((s, i) => pushTo(skippedAt, s.rule, i));
  return { all, byRule, ran: new Set(ran), skipped, skippedAt };
}

const DISTINCT_RULES = new WeakMap<CheckItem, string[]>();

/** An item's rules, each once (a rule listed twice must not give its findings twice). */
function distinctRules(item: CheckItem): string[] {
  let rules = DISTINCT_RULES.get(item);
  if (!rules) DISTINCT_RULES.set(item, (rules = [...new Set(item.rules)]));
  return rules;
}

/** The findings of an item's rules, in the order of the flat list (what filtering it by rule gives). */
function findingsOf(item: CheckItem, index: FindingIndex): Finding[] {
  let at: number[] | null = null;
  let lists = 0;
  for (const r of distinctRules(item)) {
    const some = index.byRule.get(r);
    if (!some) continue;
    at = lists++ === 0 ? some : [...(at as number[]), ...some];
  }
  if (!at) return [];
  if (lists > 1) at.sort((a, b) => a - b);
  return at.map((i) => index.all[i]);
}

export function evaluateItem(item: CheckItem, input: ChecklistInput, all: Finding[] = flatFindings(input.findings)): ChecklistEntry {
  return evaluateIndexed(item, input, indexFindings(all, input.ran, input.skipped));
}

function evaluateIndexed(item: CheckItem, input: ChecklistInput, index: FindingIndex): ChecklistEntry {
  const mine = findingsOf(item, index);
  const fingerprints = fingerprintsOf(mine);
  const na = notApplicable(item, input);
  if (na) return entry(item, 'not-applicable', na, fingerprints);
  if (item.rules.length === 0) return entry(item, 'cannot-check', `本工具尚不能自动检查，请人工核对：${item.manual ?? item.title}`, []);
  const applicable = applicableRules(item, input.kind);
  const accepted = input.accepted ?? NONE_ACCEPTED;
  // one pass over the item's findings (not a filtered list per question): those that fail it, the
  // failing ones accepted, the 尾差 and the hints (the first of which the note quotes)
  let failing: Finding[] | null = null;
  let acceptedN = 0;
  let rounding = 0;
  let hints = 0;
  let firstHint: Finding | null = null;
  for (const f of mine) {
    if (failsItem(f)) {
      if (f.fingerprint && accepted.has(f.fingerprint)) acceptedN++;
      else (failing ??= []).push(f);
    } else if (f.category === 'rounding') rounding++;
    else if (hints++ === 0) firstHint = f;
  }
  if (failing) {
    const messages = distinctMessages(failing, 3);
    const reason = `${failing.length} 个问题：${messages.slice(0, 2).join('；')}${messages.length > 2 ? ' 等' : ''}`;
    return entry(item, 'fail', reason, fingerprints);
  }
  if (!applicable.some((r) => index.ran.has(r))) {
    const reasons = skipReasons(index, applicable, false);
    const reason = reasons.length ? reasons.join('；') : applicable.some((r) => input.off?.includes(r)) ? '相关检查已在设置中关闭' : '相关检查没有运行';
    return entry(item, 'cannot-check', reason, fingerprints);
  }
  const notes: string[] = [];
  if (acceptedN) notes.push(`已接受 ${acceptedN} 个问题（出错说明）`);
  if (rounding) notes.push(`尾差 ${rounding} 处`);
  if (firstHint) notes.push(`提示 ${hints} 条：${clip(firstHint.message, 50)}`);
  const unchecked = skipReasons(index, applicable, true);
  if (unchecked.length) notes.push(`部分未检查：${unchecked.slice(0, 2).join('；')}${unchecked.length > 2 ? ' 等' : ''}`);
  if (item.manual) notes.push(`需人工核对：${item.manual}`);
  return entry(item, 'pass', notes.length ? notes.join('；') : null, fingerprints);
}

/**
 * The first `n` distinct clipped messages of the findings: the reason quotes two and says whether
 * there are more, so the rest are not clipped (an item may have hundreds of findings).
 */
function distinctMessages(findings: Finding[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < findings.length && out.length < n; i++) {
    const m = clip(findings[i].message);
    if (!out.includes(m)) out.push(m);
  }
  return out;
}

/** The distinct fingerprints of the findings, in order (a loop into one set: no mapped and filtered copies). */
function fingerprintsOf(findings: Finding[]): string[] {
  if (findings.length === 0) return [];
  const seen = new Set<string>();
  for (const f of findings) if (f.fingerprint) seen.add(f.fingerprint);
  return Array.from(seen);
}

/**
 * The distinct reasons the item's rules were skipped, in order: those skipped wholly (not run), then,
 * with `partly`, those skipped in part (run). Nothing is built when no rule was skipped.
 */
function skipReasons(index: FindingIndex, applicable: string[], partly: boolean): string[] {
  // the item's rules' skips by position (through the index by rule: no scan of every skip per item)
  let at: number[] | null = null;
  let lists = 0;
  for (const r of applicable) {
    const some = index.skippedAt.get(r);
    if (!some || (at && lists > 0 && at.includes(some[0]))) continue; // a rule listed twice: its skips once
    at = lists++ === 0 ? some : [...(at as number[]), ...some];
  }
  if (!at) return [];
  if (lists > 1) at.sort((a, b) => a - b);
  const { skipped, ran } = index;
  const reasons = new Set<string>();
  for (const i of at) if (!ran.has(skipped[i].rule)) reasons.add(skipped[i].reason);
  if (partly) for (const i of at) if (ran.has(skipped[i].rule)) reasons.add(skipped[i].reason);
  return Array.from(reasons);
}

/** Every item's outcome, in checklist order. */
export function evaluateChecklist(input: ChecklistInput, items: CheckItem[] = CHECK_ITEMS): ChecklistEntry[] {
  const index = indexFindings(flatFindings(input.findings), input.ran, input.skipped);
  return items.map((item) => evaluateIndexed(item, input, index));
}

/** The checklist of a file that could not be read: nothing could be checked. */
export function unreadableChecklist(why: string, items: CheckItem[] = CHECK_ITEMS): ChecklistEntry[] {
  return items.map((item) => ({ id: item.id, title: item.title, group: item.group, outcome: 'cannot-check' as Outcome, reason: `文件无法读取：${why}`, findings: [] }));
}

export function summarizeChecklist(entries: ChecklistEntry[]): ChecklistSummary {
  // the outcomes counted in one pass (not a filtered copy per outcome)
  let pass = 0;
  let fail = 0;
  let cannot = 0;
  let notApplicable = 0;
  for (const e of entries) {
    if (e.outcome === 'pass') pass++;
    else if (e.outcome === 'fail') fail++;
    else if (e.outcome === 'cannot-check') cannot++;
    else if (e.outcome === 'not-applicable') notApplicable++;
  }
  return {
    items: entries.length,
    applicable: entries.length - notApplicable,
    checked: pass + fail,
    passed: pass,
    failed: fail,
    unchecked: cannot,
    notApplicable,
  };
}

/** "不合格 6 项（已检查 28/31 项）" — the completion figure in one phrase. */
export function completionText(s: ChecklistSummary): string {
  const head = s.failed ? `不合格 ${s.failed} 项` : s.checked ? '全部合格' : '未能检查';
  return `${head}（已检查 ${s.checked}/${s.applicable} 项${s.unchecked ? `，无法检查 ${s.unchecked} 项` : ''}）`;
}

export function outcomeName(o: Outcome): string {
  return OUTCOME_NAMES[o];
}

/** The head of a 检查表 row, before its colon or first comma ("公开表格齐全", "“三公”经费公开总额和分项"). */
export function shortTitle(title: string): string {
  const head = title.split(/[：:，,]/)[0];
  const i = head.indexOf('（');
  return i >= 8 ? head.slice(0, i) : head;
}

/** The batch summary's 审核清单 cell: "不合格 3/25" (failed out of applicable), "合格 22/25", or "未能检查". */
export function checklistCell(s: ChecklistSummary): string {
  if (s.checked === 0) return '未能检查';
  return s.failed ? `不合格 ${s.failed}/${s.applicable}` : `合格 ${s.passed}/${s.applicable}`;
}

/**
 * The checklist once the user has accepted findings (出错说明, the pane's 接受): an item that failed
 * only through accepted findings (or what they cause) becomes 合格 with a note; the rest keep their
 * outcome. `accepted` are the accepted findings themselves (fingerprints are not unique).
 */
export function applyAccepted(entries: ChecklistEntry[], findings: Finding[], accepted: Finding[]): ChecklistEntry[] {
  if (accepted.length === 0) return entries;
  const cleared = new Set(flatFindings(accepted));
  const all = flatFindings(findings);
  return entries.map((e) => {
    if (e.outcome !== 'fail') return e;
    const prints = new Set(e.findings);
    const mine = all.filter((f) => f.fingerprint && prints.has(f.fingerprint) && failsItem(f));
    const open = mine.filter((f) => !cleared.has(f));
    const acceptedN = mine.length - open.length;
    if (acceptedN === 0) return e;
    if (open.length === 0) return { ...e, outcome: 'pass', reason: `已接受 ${acceptedN} 个问题（出错说明）` };
    const messages = unique(open.map((f) => clip(f.message)));
    return { ...e, reason: `${open.length} 个问题：${messages.slice(0, 2).join('；')}${messages.length > 2 ? ' 等' : ''}（另已接受 ${acceptedN} 个）` };
  });
}

/** A report whose checklist and completion figure count the accepted findings as cleared. */
export function reportWithAccepted<R extends { findings: Finding[]; checklist?: ChecklistEntry[]; checklistSummary?: ChecklistSummary }>(report: R, accepted: Finding[]): R {
  if (!report.checklist || accepted.length === 0) return report;
  const checklist = applyAccepted(report.checklist, report.findings, accepted);
  return { ...report, checklist, checklistSummary: summarizeChecklist(checklist) };
}
