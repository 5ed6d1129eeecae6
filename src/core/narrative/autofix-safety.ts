/**
 * Autofix safety (issue #18): a proposed correction must never leave the narrative less
 * consistent than it was.
 *
 *  1. Lists with a total ("卫生健康支出 333.58 万元，主要包括 A 22.78 万元和 B 326.88 万元"): the fixes
 *     that touch one list are proposed together, and only when, with all of them applied, the
 *     items add up to the total (within the rounding of the printed figures). Otherwise they are
 *     moved to 需要人工修改: correcting B alone to 310.18 would leave "22.78 + 310.18 = 332.96"
 *     under a total of 333.58, which the checker lets pass for a "主要包括" list.
 *  2. Re-check: the narrative rules run again on the corrected text, with every remaining fix
 *     applied and with each group applied alone. A fix whose text then shows a problem that was
 *     not there before (e.g. a corrected base year that now disagrees with another sentence) is
 *     moved to 需要人工修改 with that problem as the reason, and the check runs again.
 *
 * Pure core: the checker is run on an in-memory copy (workbook snapshot or external narrative).
 */
import Decimal from 'decimal.js';
import { pushTo } from '../collections';
import { buildModel, RULES, runRules, type CheckConfig } from '../check';
import type { DocumentFacts } from '../facts';
import type { Recognition } from '../recognize';
import type { Finding, Location, Severity } from '../contract';
import type { Workbook } from '../workbook';
import type { Claim, NarrativeAnalysis } from './analyse';
import { applyFixesToNarrative, applyFixesToWorkbook, targetKey } from './autofix-apply';
import type { NarrativeFix, UnfixableFinding } from './autofix-types';
import { paragraphLocation, type NarrativeInput } from './source';
import { normalizeText } from './tokens';

/** Where the narrative the fixes apply to lives, and how it was checked. */
export interface SafetyInput {
  analysis: NarrativeAnalysis;
  wb: Workbook;
  recognition: Recognition;
  facts: DocumentFacts;
  config: CheckConfig;
  /** The external narrative (pasted text, .txt/.docx) that replaced the workbook's, if any. */
  narrative?: NarrativeInput;
  /** The claim each fix corrects. */
  claimOf: Map<NarrativeFix, Claim>;
  /** The report's findings (what is flagged; the message of a demoted fix). */
  findings: Finding[];
}

export interface SafetyResult {
  fixes: NarrativeFix[];
  unfixable: UnfixableFinding[];
}

/** The rules whose findings a narrative correction can change. */
const NARRATIVE_RULES = RULES.filter((r) => r.meta.category === 'narrative' || r.meta.id.startsWith('narrative/'));
const OTHER_RULES_OFF = Object.fromEntries(RULES.filter((r) => !NARRATIVE_RULES.includes(r)).map((r) => [r.meta.id, 'off' as const]));

const RANK: Record<Severity, number> = { error: 2, warning: 1, info: 0 };

/** Rules that ask the author to write something (not a disagreement of figures). */
const ASKS_FOR_TEXT = new Set(['narrative/reasons']);

/** The figure a fix writes, in 万元 (for amounts) or as printed. */
function newValue(fix: NarrativeFix, c: Claim): Decimal | null {
  const printed = normalizeText(fix.newText).replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(printed)) return null;
  const v = new Decimal(printed);
  const t = c.token;
  if (!t.wan) return v;
  if (!t.value.isZero()) return v.mul(t.wan).div(t.value);
  return t.unit === '元' ? v.div(10000) : t.unit === '亿元' ? v.mul(10000) : v;
}

class UnionFind<T> {
  private readonly parent = new Map<T, T>();
  find(x: T): T {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: T, b: T): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

export class AutofixSafety {
  private readonly active: Set<NarrativeFix>;
  private readonly demoted: UnfixableFinding[] = [];

  constructor(
    private readonly input: SafetyInput,
    fixes: NarrativeFix[],
  ) {
    this.active = new Set(fixes);
  }

  run(): SafetyResult {
    this.lists();
    this.recheck();
    const fixes = [...this.active];
    this.assignGroups(fixes);
    return { fixes, unfixable: this.demoted };
  }

  // ---- 1. lists and their totals ----

  /** The list's items and total with the active fixes applied; null when it is not a list with a total. */
  private listSums(items: Claim[], parent: Claim, fixed: Map<Claim, Decimal>): { sum: Decimal; total: Decimal; slack: Decimal } {
    const value = (c: Claim) => fixed.get(c) ?? (c.token.wan as Decimal);
    const sum = items.reduce((s, c) => s.plus(value(c)), new Decimal(0));
    const slack = items.reduce((s, c) => s.plus(c.token.half as Decimal), parent.token.half as Decimal);
    return { sum, total: value(parent), slack };
  }

  /** The enumerations a list relation is checked for (as the enumeration rule reads them). */
  private relations(): { parent: Claim; items: Claim[]; mainly: boolean; marker: string }[] {
    const out: { parent: Claim; items: Claim[]; mainly: boolean; marker: string }[] = [];
    for (const e of this.input.analysis.enumerations) {
      const items = e.items.filter((c) => c.status !== 'classified' && c.token.wan);
      const parent = e.parent;
      if (!parent || !parent.token.wan || !parent.token.half || items.length < 2) continue;
      if (items.some((c) => (c.attribute ?? '') !== (parent.attribute ?? '') || !c.token.half)) continue;
      out.push({ parent, items, mainly: /^(主要包括|主要是|主要用于)$/.test(e.marker), marker: e.marker });
    }
    return out;
  }

  private fixedValues(): Map<Claim, Decimal> {
    const out = new Map<Claim, Decimal>();
    for (const f of this.active) {
      const c = this.input.claimOf.get(f);
      const v = c && c.token.wan ? newValue(f, c) : null;
      if (c && v) out.set(c, v);
    }
    return out;
  }

  /** Fixes touching a list whose items, corrected, no longer add up to its total go to 需要人工修改. */
  private lists(): void {
    const relations = this.relations();
    for (let changed = true; changed; ) {
      changed = false;
      const fixed = this.fixedValues();
      for (const r of relations) {
        const claims = [r.parent, ...r.items];
        const touching = [...this.active].filter((f) => claims.includes(this.input.claimOf.get(f) as Claim));
        if (touching.length === 0) continue;
        const before = this.listSums(r.items, r.parent, new Map());
        const after = this.listSums(r.items, r.parent, fixed);
        const holds = after.sum.minus(after.total).abs().lte(after.slack);
        // a "主要包括" list may leave out small items — unless it was written as the whole (its items reached the total)
        const partial = r.mainly && before.sum.lt(before.total.minus(before.slack)) && after.sum.lt(after.total);
        if (holds || partial) continue;
        const d = Math.max(...claims.map((c) => c.token.decimals), 0);
        const wan = (x: Decimal) => x.toFixed(d);
        const open = claims.filter((c) => !fixed.has(c) && this.isFlagged(c));
        const why =
          `改正后“${r.parent.subject || r.parent.label} ${wan(after.total)} 万元”所列各项之和为 ${wan(after.sum)} 万元，仍与合计不符` +
          (open.length ? `（${open.map((c) => `${c.subject || c.label} ${c.token.value.toString()}`).join('、')} 无法自动确定）` : '') +
          '：只改其中一部分会留下新的不一致，请人工核对整句';
        for (const f of touching) this.demote(f, why);
        changed = true;
        break;
      }
    }
  }

  private flagged: Set<string> | null = null;

  /** Does a finding of the report point at this figure (a wrong figure the fixes leave as it is)? */
  private isFlagged(c: Claim): boolean {
    if (!this.flagged) {
      this.flagged = new Set();
      for (const f of this.input.findings) {
        const l = f.locations[0];
        if (f.rule.startsWith('narrative/') && f.rule !== 'narrative/enumerations' && l?.start !== undefined) this.flagged.add(`${targetKey(l)}@${l.start}`);
      }
    }
    return this.flagged.has(`${targetKey(paragraphLocation(c.p))}@${c.token.start}`);
  }

  // ---- 2. re-check ----

  /** Narrative findings of the text with these fixes applied (only the narrative rules run). */
  private findingsWith(fixes: NarrativeFix[]): Finding[] {
    const { wb, recognition, facts, config, narrative } = this.input;
    const rules = { ...config.rules, ...OTHER_RULES_OFF };
    if (narrative) {
      const patched = applyFixesToNarrative(narrative, fixes).narrative;
      return runRules(buildModel(wb, recognition, facts, patched), NARRATIVE_RULES, { ...config, rules, narrative: patched }).findings;
    }
    const patched = applyFixesToWorkbook(wb, fixes).workbook;
    return runRules(buildModel(patched, recognition, facts), NARRATIVE_RULES, { ...config, rules }).findings;
  }

  private baseline: Map<string, number> | null = null;

  /** Findings before any fix: their place (rule and locations, offsets as in the original text) and severity. */
  private before(): Map<string, number> {
    if (!this.baseline) {
      this.baseline = new Map();
      for (const f of this.findingsWith([])) {
        const k = placeKey(f, []);
        this.baseline.set(k, Math.max(this.baseline.get(k) ?? -1, RANK[f.severity]));
      }
    }
    return this.baseline;
  }

  /**
   * Problems (errors and warnings) the fixes bring that were not there, at the same place and at
   * least as severe, before. A reason still to be written (narrative/reasons: a corrected 完成率 of
   * 102% now needs one) is not an inconsistency: the fix's message says so.
   */
  private newProblems(fixes: NarrativeFix[]): Finding[] {
    const before = this.before();
    return this.findingsWith(fixes).filter(
      (f) => f.severity !== 'info' && !ASKS_FOR_TEXT.has(f.rule) && (before.get(placeKey(f, fixes)) ?? -1) < RANK[f.severity],
    );
  }

  /** Fixes of the cells or paragraphs a new problem points at. */
  private culprits(problem: Finding, fixes: NarrativeFix[]): NarrativeFix[] {
    const targets = new Set(problem.locations.map(targetKey));
    const near = fixes.filter((f) => targets.has(targetKey(f.location)));
    return near.length ? near : fixes;
  }

  private recheck(): void {
    // all together, then each group alone (a group can be applied with its own 改正 button)
    for (let guard = 0; guard < 50; guard++) {
      const all = [...this.active];
      if (all.length === 0) return;
      const problem = this.newProblems(all)[0];
      if (problem) {
        this.demoteAll(this.culprits(problem, all), problem);
        continue;
      }
      const groups = this.groupsOf(all);
      let clean = true;
      if (groups.length > 1) {
        for (const g of groups) {
          const p = this.newProblems(g)[0];
          if (p) {
            this.demoteAll(g, p);
            clean = false;
            break;
          }
        }
      }
      if (clean) return;
    }
  }

  private demoteAll(fixes: NarrativeFix[], problem: Finding): void {
    // a fix takes its group with it: its partners were only safe together with it
    const groups = this.groupsOf([...this.active]);
    const out = new Set(fixes.flatMap((f) => groups.find((g) => g.includes(f)) ?? [f]));
    for (const f of out) this.demote(f, `改正后重新检查会出现新的问题：${problem.message}`);
  }

  // ---- groups ----

  /** Fixes that must go together: those of one list with a total, and several fixes of one figure's sentence pair. */
  private groupsOf(fixes: NarrativeFix[]): NarrativeFix[][] {
    const uf = new UnionFind<NarrativeFix>();
    const set = new Set(fixes);
    for (const r of this.relations()) {
      const claims = [r.parent, ...r.items];
      const touching = fixes.filter((f) => claims.includes(this.input.claimOf.get(f) as Claim));
      for (let i = 1; i < touching.length; i++) uf.union(touching[0], touching[i]);
    }
    const out = new Map<NarrativeFix, NarrativeFix[]>();
    for (const f of fixes) {
      if (!set.has(f)) continue;
      const root = uf.find(f);
      pushTo(out, root, f);
    }
    return [...out.values()];
  }

  private assignGroups(fixes: NarrativeFix[]): void {
    for (const g of this.groupsOf(fixes)) {
      if (g.length < 2) {
        delete g[0].group;
        continue;
      }
      for (const f of g) f.group = g[0].id;
    }
  }

  private demote(f: NarrativeFix, reason: string): void {
    if (!this.active.delete(f)) return;
    // fingerprints can repeat (two figures of one cell compared with one table cell): match the offset too
    const same = this.input.findings.filter((x) => x.fingerprint === f.fingerprint);
    const finding = same.find((x) => x.locations[0]?.start === f.start && targetKey(x.locations[0]) === targetKey(f.location)) ?? same[0];
    this.demoted.push({
      fingerprint: f.fingerprint,
      rule: f.rule,
      location: finding?.locations[0] ?? f.location,
      message: finding?.message ?? f.message,
      reason,
      suggestion: `${f.oldText} → ${f.newText}`,
    });
  }
}

/**
 * Where a finding is: its rule and its locations, with character offsets mapped back to the
 * text before the fixes (so that a finding at the same figure matches across a correction).
 */
function placeKey(f: Finding, fixes: NarrativeFix[]): string {
  const byTarget = new Map<string, NarrativeFix[]>();
  for (const x of fixes) {
    const k = targetKey(x.location);
    pushTo(byTarget, k, x);
  }
  const where = (l: Location) => {
    const k = targetKey(l);
    return l.start === undefined ? k : `${k}@${originalOffset(l.start, byTarget.get(k) ?? [])}`;
  };
  return `${f.rule}|${f.locations.map(where).sort().join(',')}`;
}

/** An offset in the corrected text mapped to the text before the fixes (sorted by start). */
function originalOffset(pos: number, fixes: NarrativeFix[]): number {
  let shift = 0;
  for (const f of [...fixes].sort((a, b) => a.start - b.start)) {
    const start = f.start + shift;
    if (pos < start) break;
    if (pos < start + f.newText.length) return f.start;
    shift += f.newText.length - f.oldText.length;
  }
  return pos - shift;
}
