/**
 * Cheap diagnoses of a mismatch: what the difference most likely is. Each is a
 * suggestion ("疑为"), never a verdict.
 */
import Decimal from 'decimal.js';
import { fmt, type Q } from '../model/quantity';

export function diagnose(diff: Decimal, slack: Decimal, items: Q[], total?: Q, sum?: Decimal): string | null {
  const d = diff.abs();
  if (d.isZero()) return null;
  const near = (a: Decimal, b: Decimal) => a.minus(b).abs().lte(slack);
  const one = items.find((q) => !q.value.isZero() && near(d, q.value.abs()));
  if (one) return `差额 ${fmt(d)} 恰好等于“${one.label}”（${one.cell}）的金额，疑为漏计或重复计入该项`;
  const twice = items.find((q) => !q.value.isZero() && near(d, q.value.abs().times(2)));
  if (twice) return `差额 ${fmt(d)} 等于“${twice.label}”（${twice.cell}）的两倍，疑为该项符号相反`;
  if (total && sum && !sum.isZero() && !total.value.isZero()) {
    const ratio = total.value.dividedBy(sum).abs();
    if (ratio.minus(10000).abs().lte(10) || new Decimal(1).dividedBy(ratio).minus(10000).abs().lte(10)) {
      return '两数相差约一万倍，疑为“元”与“万元”混用';
    }
  }
  const decimals = Math.max(0, ...items.map((q) => q.decimals), total?.decimals ?? 0);
  const units = d.times(new Decimal(10).pow(decimals));
  if (units.isInteger() && units.gte(9) && units.mod(9).isZero()) return `差额 ${fmt(d, decimals)} 能被 9 整除，疑为数字顺序颠倒（如 12.34 写成 12.43）`;
  return null;
}
