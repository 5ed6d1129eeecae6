/** Coverage of the narrative check: how many numbers of the 情况说明 were tied to the tables. */
import type { ClaimClass, NarrativeCoverage } from '../contract';

/** The coverage's types are part of the report's contract (contract.ts). */
export type { ClaimClass, NarrativeCoverage, UntiedClaim } from '../contract';

/** Chinese names of the claim classes, in the order they are listed. */
export const CLAIM_CLASS_NAMES: Record<ClaimClass, string> = {
  year: '年份',
  date: '日期',
  headcount: '人数',
  count: '个数',
  indicator: '指标值',
  reference: '文号编号',
  numbering: '序号',
  reason: '原因说明中的金额',
};
export const CLAIM_CLASS_ORDER = Object.keys(CLAIM_CLASS_NAMES) as ClaimClass[];

export function emptyCoverage(): NarrativeCoverage {
  return { numbers: 0, tied: 0 };
}
