/**
 * The check engine: runs every enabled rule over the check model and collects findings,
 * grading each relation by intervals (equal / 尾差 / error), and the rules it could not run.
 */
import type { Finding, Severity } from '../contract';
import { diagnose } from './diagnose';
import { bySeverity } from './order';
import { fingerprintOf, locKeys } from './fingerprint';
import type { CheckModel } from '../model/model';
import { atLeastVerdict, decimalsOf, fmt, fmtMoney, fmtQ, sameVerdict, sumVerdict, type Q, type Verdict } from '../model/quantity';
import type { CheckConfig, CheckResult, FindingExtras, FindingInput, Rule, RuleContext, SkippedRule, SumText } from './types';

export { findingFingerprint, shortHash } from './fingerprint';

type Full = Finding & FindingExtras;


function locs(qs: Q[]): { sheet: string; cell: string }[] {
  const seen = new Set<string>();
  const out: { sheet: string; cell: string }[] = [];
  for (const q of qs) {
    const k = `${q.sheet}!${q.cell}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push({ sheet: q.sheet, cell: q.cell });
    }
  }
  return out;
}

/**
 * One rule's run: its context (the methods rules call) and what it reported. One object per rule
 * with its methods on the prototype, not a closure per method and rule; the set of reported keys and
 * the list of skipped parts are made when first needed.
 */
class RuleRun implements RuleContext {
  /** The messages reported so far, by their cells' key: one message (nearly always) or several. */
  private seen: Map<string, string | Set<string>> | null = null;
  skippedReason: string | null = null;
  partial: SkippedRule[] | null = null;
  private readonly severity: Severity;

  constructor(
    readonly model: CheckModel,
    readonly rule: Rule,
    private readonly setting: Severity | undefined,
    private readonly showRounding: boolean,
    private readonly findings: Full[],
  ) {
    this.severity = setting ?? rule.meta.severity;
  }

  report(f: FindingInput): void {
    const rule = this.rule;
    const category = f.category ?? (rule.meta.category === 'rounding' ? 'rounding' : rule.meta.category);
    if (category === 'rounding' && !this.showRounding) return;
    const where = locKeys(f.locations);
    if (this.repeated(where, f.message)) return;
    this.findings.push({
      rule: rule.meta.id,
      severity: category === 'rounding' ? (f.severity ?? 'info') : (this.setting ?? f.severity ?? this.severity),
      category,
      message: f.message,
      locations: f.locations,
      expected: f.expected ?? null,
      actual: f.actual ?? null,
      difference: f.difference ?? null,
      diagnosis: f.diagnosis ?? null,
      refs: rule.meta.implements,
      fingerprint: fingerprintOf(rule.meta.id, where, f.message),
    });
  }

  /**
   * Whether this rule already reported this message at these cells (then it is dropped); records it
   * otherwise. The pair is looked up as two strings, not joined into a key to hash: the cells' key is
   * short and the message long (the rule is this run's own; the joined key had it too).
   */
  private repeated(where: string, message: string): boolean {
    const seen = (this.seen ??= new Map());
    const had = seen.get(where);
    if (had === undefined) {
      seen.set(where, message);
      return false;
    }
    if (typeof had === 'string') {
      if (had === message) return true;
      seen.set(where, new Set([had, message]));
      return false;
    }
    if (had.has(message)) return true;
    had.add(message);
    return false;
  }

  skip(reason: string): void {
    this.skippedReason ??= reason;
  }

  skipPart(reason: string): void {
    const partial = (this.partial ??= []);
    if (!partial.some((x) => x.reason === reason)) partial.push({ rule: this.rule.meta.id, reason });
  }

  sum(total: Q, parts: Q[], text: SumText, signs?: number[]): Verdict {
    const v = sumVerdict(total, parts, signs);
    if (v.status === 'equal') return v;
    const d = decimalsOf([total, ...parts]);
    const where = locs([total, ...parts]);
    if (v.status === 'rounding') {
      this.report({
        category: 'rounding',
        severity: 'info',
        message: `尾差：${text.subject} ${fmtQ(total)} 与${text.parts} ${fmtMoney(v.sum, d)} 相差 ${fmtMoney(v.diff.abs(), d)} 万元，在各数分别四舍五入的误差范围内（±${fmt(v.slack, d + 1)}）`,
        locations: where,
        expected: fmt(v.sum, d),
        actual: fmtQ(total),
        difference: fmt(v.diff, d),
      });
      return v;
    }
    const diagnosis = diagnose(v.diff, v.slack, parts, total, v.sum);
    this.report({
      message: `${text.subject} ${fmtQ(total)} ≠ ${text.parts.trim()} ${fmtMoney(v.sum, d)}，差 ${fmtMoney(v.diff.abs(), d)} 万元${diagnosis ? `（${diagnosis}）` : ''}`,
      locations: where,
      expected: fmt(v.sum, d),
      actual: fmtQ(total),
      difference: fmt(v.diff, d),
      diagnosis,
    });
    return v;
  }

  same(a: Q, b: Q, text: { a: string; b: string }): Verdict {
    const v = sameVerdict(a, b);
    if (v.status === 'equal') return v;
    const d = decimalsOf([a, b]);
    if (v.status === 'rounding') {
      this.report({
        category: 'rounding',
        severity: 'warning',
        message: `同一数两处不一致：${text.a} ${fmtQ(a)}，${text.b} ${fmtQ(b)}，差 ${fmtMoney(v.diff.abs(), d)} 万元。同一个数四舍五入不会得出两个结果，疑为分别取整的尾差，请统一`,
        locations: locs([a, b]),
        expected: fmtQ(a),
        actual: fmtQ(b),
        difference: fmt(v.diff, d),
      });
      return v;
    }
    const diagnosis = diagnose(v.diff, v.slack, [], a, b.value);
    this.report({
      message: `${text.a} ${fmtQ(a)} ≠ ${text.b} ${fmtQ(b)}，差 ${fmtMoney(v.diff.abs(), d)} 万元${diagnosis ? `（${diagnosis}）` : ''}`,
      locations: locs([a, b]),
      expected: fmtQ(a),
      actual: fmtQ(b),
      difference: fmt(v.diff, d),
      diagnosis,
    });
    return v;
  }

  atLeast(a: Q, b: Q, text: { a: string; b: string; why?: string }): Verdict {
    const v = atLeastVerdict(a, b);
    if (v.status !== 'mismatch') return v;
    const d = decimalsOf([a, b]);
    this.report({
      message: `${text.a} ${fmtQ(a)} 小于 ${text.b} ${fmtQ(b)}，差 ${fmtMoney(v.diff.abs(), d)} 万元${text.why ? `（${text.why}）` : ''}`,
      locations: locs([a, b]),
      expected: `≥ ${fmtQ(b)}`,
      actual: fmtQ(a),
      difference: fmt(v.diff, d),
    });
    return v;
  }
}

export function runRules(model: CheckModel, rules: Rule[], config: CheckConfig = {}): CheckResult {
  const findings: Full[] = [];
  const skipped: SkippedRule[] = [];
  const ran: string[] = [];
  const showRounding = config.rounding !== false;
  const finishers: RuleRun[] = [];
  for (const rule of rules) {
    const setting = config.rules?.[rule.meta.id];
    if (setting === 'off') continue;
    if (rule.meta.documents && model.kind && !rule.meta.documents.includes(model.kind)) continue;
    const ctx = new RuleRun(model, rule, setting, showRounding, findings);
    if (rule.finish) finishers.push(ctx);
    try {
      rule.check(ctx);
    } catch (e) {
      // a rule must never take the whole check down: say it out loud instead
      ctx.skippedReason = `规则运行出错：${e instanceof Error ? e.message : String(e)}`;
    }
    const skippedReason = ctx.skippedReason;
    if (skippedReason) skipped.push({ rule: rule.meta.id, reason: skippedReason });
    else ran.push(rule.meta.id);
    if (ctx.partial) for (const x of ctx.partial) if (x.reason !== skippedReason) skipped.push(x);
  }
  for (const ctx of finishers) {
    const rule = ctx.rule;
    try {
      rule.finish?.(ctx, [...findings]);
    } catch (e) {
      skipped.push({ rule: rule.meta.id, reason: `规则运行出错：${e instanceof Error ? e.message : String(e)}` });
    }
  }
  return { findings: bySeverity(findings), skipped, ran };
}
