/**
 * The check engine: runs every enabled rule over the check model and collects findings,
 * grading each relation by intervals (equal / 尾差 / error), and the rules it could not run.
 */
import type { Finding, Severity } from '../report';
import { diagnose } from './diagnose';
import { fingerprintOf, locKeys } from './fingerprint';
import type { CheckModel } from '../model/model';
import { atLeastVerdict, decimalsOf, fmt, fmtMoney, fmtQ, sameVerdict, sumVerdict, type Q } from '../model/quantity';
import type { CheckConfig, CheckResult, FindingExtras, FindingInput, Rule, RuleContext, SkippedRule } from './types';

export { findingFingerprint, shortHash } from './fingerprint';

type Full = Finding & FindingExtras;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

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

export function runRules(model: CheckModel, rules: Rule[], config: CheckConfig = {}): CheckResult {
  const findings: Full[] = [];
  const skipped: SkippedRule[] = [];
  const ran: string[] = [];
  const showRounding = config.rounding !== false;
  const finishers: [Rule, RuleContext][] = [];
  for (const rule of rules) {
    const setting = config.rules?.[rule.meta.id];
    if (setting === 'off') continue;
    if (rule.meta.documents && model.kind && !rule.meta.documents.includes(model.kind)) continue;
    const severity: Severity = setting ?? rule.meta.severity;
    const seen = new Set<string>();
    let skippedReason: string | null = null;
    const partial: SkippedRule[] = [];
    const report = (f: FindingInput): void => {
      const category = f.category ?? (rule.meta.category === 'rounding' ? 'rounding' : rule.meta.category);
      if (category === 'rounding' && !showRounding) return;
      const where = locKeys(f.locations);
      const key = `${rule.meta.id}|${where}|${f.message}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push({
        rule: rule.meta.id,
        severity: category === 'rounding' ? (f.severity ?? 'info') : (setting ?? f.severity ?? severity),
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
    };
    const ctx: RuleContext = {
      model,
      report,
      skip: (reason) => {
        skippedReason ??= reason;
      },
      skipPart: (reason) => {
        if (!partial.some((x) => x.reason === reason)) partial.push({ rule: rule.meta.id, reason });
      },
      sum(total, parts, text, signs) {
        const v = sumVerdict(total, parts, signs);
        if (v.status === 'equal') return v;
        const d = decimalsOf([total, ...parts]);
        const where = locs([total, ...parts]);
        if (v.status === 'rounding') {
          report({
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
        report({
          message: `${text.subject} ${fmtQ(total)} ≠ ${text.parts.trim()} ${fmtMoney(v.sum, d)}，差 ${fmtMoney(v.diff.abs(), d)} 万元${diagnosis ? `（${diagnosis}）` : ''}`,
          locations: where,
          expected: fmt(v.sum, d),
          actual: fmtQ(total),
          difference: fmt(v.diff, d),
          diagnosis,
        });
        return v;
      },
      same(a, b, text) {
        const v = sameVerdict(a, b);
        if (v.status === 'equal') return v;
        const d = decimalsOf([a, b]);
        if (v.status === 'rounding') {
          report({
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
        report({
          message: `${text.a} ${fmtQ(a)} ≠ ${text.b} ${fmtQ(b)}，差 ${fmtMoney(v.diff.abs(), d)} 万元${diagnosis ? `（${diagnosis}）` : ''}`,
          locations: locs([a, b]),
          expected: fmtQ(a),
          actual: fmtQ(b),
          difference: fmt(v.diff, d),
          diagnosis,
        });
        return v;
      },
      atLeast(a, b, text) {
        const v = atLeastVerdict(a, b);
        if (v.status !== 'mismatch') return v;
        const d = decimalsOf([a, b]);
        report({
          message: `${text.a} ${fmtQ(a)} 小于 ${text.b} ${fmtQ(b)}，差 ${fmtMoney(v.diff.abs(), d)} 万元${text.why ? `（${text.why}）` : ''}`,
          locations: locs([a, b]),
          expected: `≥ ${fmtQ(b)}`,
          actual: fmtQ(a),
          difference: fmt(v.diff, d),
        });
        return v;
      },
    };
    if (rule.finish) finishers.push([rule, ctx]);
    try {
      rule.check(ctx);
    } catch (e) {
      // a rule must never take the whole check down: say it out loud instead
      skippedReason = `规则运行出错：${e instanceof Error ? e.message : String(e)}`;
    }
    if (skippedReason) skipped.push({ rule: rule.meta.id, reason: skippedReason });
    else ran.push(rule.meta.id);
    skipped.push(...partial.filter((x) => x.reason !== skippedReason));
  }
  for (const [rule, ctx] of finishers) {
    try {
      rule.finish?.(ctx, [...findings]);
    } catch (e) {
      skipped.push({ rule: rule.meta.id, reason: `规则运行出错：${e instanceof Error ? e.message : String(e)}` });
    }
  }
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { findings, skipped, ran };
}
