/**
 * Number and change wording of the generated 情况说明 (domain.md §3): amounts in 万元 to 2
 * decimals (more when the source prints more), percentages to 2 decimals for a 预算 and 1 for a
 * 决算, 增加/增长 vs 减少/下降, 持平, and "上年无此项" for a zero base — never "增长100%".
 * As the published texts write them: a zero amount is "0万元" (not "0.00万元") and a share of
 * the whole is "100%" (not "100.00%").
 */
import Decimal from 'decimal.js';

import { PLACEHOLDER_RE, REASON_PLACEHOLDER } from '../placeholders';

export { PLACEHOLDER_RE, REASON_PLACEHOLDER } from '../placeholders';

/** A placeholder for a missing figure or text: 【what：请填写】. */
export function fill(what?: string): string {
  return what ? `【${what}：请填写】` : '【请填写】';
}

/** A figure to print: its value and how many decimals to show. */
export interface Fig {
  value: Decimal;
  decimals: number;
}

export function fig(value: Decimal.Value, decimals = 2): Fig {
  return { value: new Decimal(value), decimals: Math.max(2, decimals) };
}

/** "217.98" (half-up, no thousands separator); "0" for zero, as the templates write "上年结转 0 万元". */
export function money(f: Fig | Decimal): string {
  const x = f instanceof Decimal ? { value: f, decimals: 2 } : f;
  const s = x.value.toFixed(Math.max(2, x.decimals), Decimal.ROUND_HALF_UP);
  return new Decimal(s).isZero() ? '0' : s;
}

/** A percentage to `decimals` decimals; a whole 100 or 0 without decimals ("占 100%"), as published texts write it. */
export function pct(x: Decimal, decimals: number): string {
  const s = x.toFixed(decimals, Decimal.ROUND_HALF_UP);
  const v = new Decimal(s);
  return `${v.eq(100) || v.isZero() ? v.toFixed(0) : s}%`;
}

/** The printed value of a figure (what a reader recomputes from). */
export function printed(f: Fig): Decimal {
  return new Decimal(money(f));
}

/** "73.94%" — part / whole of the printed values ("100%" for the whole). Null when the whole is 0. */
export function percent(part: Fig | Decimal, whole: Fig | Decimal, decimals: number): string | null {
  const p = part instanceof Decimal ? part : printed(part);
  const w = whole instanceof Decimal ? whole : printed(whole);
  if (w.isZero()) return null;
  return pct(p.div(w).mul(100), decimals);
}

/** A user's reason as a clause: "主要原因是……" (a leading 主要原因/主要是 and the final 。 are not repeated). */
export function reasonClause(reason: string | undefined): string {
  const r = (reason ?? '').trim().replace(/^(主要原因(是|为)?|主要是|原因是)\s*[:：]?\s*/, '').replace(/[。；;，,\s]+$/, '');
  return r ? `主要原因是${r}` : REASON_PLACEHOLDER;
}

export interface ChangeWording {
  /** The clause after the amount, with its leading comma ("，比2025年预算增加…，主要原因是…"), '' when nothing is said. */
  text: string;
  /** The clause asks for a reason (placeholder or the user's). */
  needsReason: boolean;
  /** The reason placeholder stands in the text. */
  placeholder: boolean;
}

export interface ChangeInput {
  current: Fig;
  /** Last year's figure; null when unknown. */
  prior: Decimal | null;
  /** The base of the comparison: "2025年预算" / "2023年度" (said as 比… / 与…持平). */
  base: string;
  /** Decimals of the rate. */
  rateDecimals: number;
  reason?: string;
  /** Write a placeholder when the prior figure is unknown (else say nothing). */
  required?: boolean;
}

/**
 * The change clause of a figure (§3): 增加 X 万元，增长 Y% / 减少 X 万元，下降 Y% / 与上年持平 /
 * 上年无此项 (zero base: no rate). Computed from the printed figures so that a reader's
 * recomputation gives the same rate.
 */
export function changeClause(c: ChangeInput): ChangeWording {
  if (c.prior === null) {
    return c.required ? { text: `，比${c.base}${fill('增减情况')}`, needsReason: false, placeholder: false } : { text: '', needsReason: false, placeholder: false };
  }
  const cur = printed(c.current);
  const prior = new Decimal(c.prior.toFixed(Math.max(2, c.current.decimals), Decimal.ROUND_HALF_UP));
  const reason = reasonClause(c.reason);
  const withReason = (text: string): ChangeWording => ({ text: `${text}，${reason}`, needsReason: true, placeholder: reason === REASON_PLACEHOLDER });
  if (prior.isZero()) {
    if (cur.isZero()) return { text: '', needsReason: false, placeholder: false };
    return withReason('，上年无此项');
  }
  const diff = cur.minus(prior);
  if (diff.isZero()) return { text: `，与${c.base}持平`, needsReason: false, placeholder: false };
  const amount = money({ value: diff.abs(), decimals: c.current.decimals });
  const rate = pct(diff.abs().div(prior).mul(100), c.rateDecimals);
  return withReason(diff.isPositive() ? `，比${c.base}增加${amount}万元，增长${rate}` : `，比${c.base}减少${amount}万元，下降${rate}`);
}

/** Count the placeholders left in some paragraphs. */
export function countPlaceholders(texts: string[]): number {
  let n = 0;
  for (const t of texts) n += t.match(PLACEHOLDER_RE)?.length ?? 0;
  return n;
}
