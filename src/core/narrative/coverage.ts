/** Coverage of the narrative check: how many numbers of the 情况说明 were tied to the tables. */
import type { Location } from '../report-base';

/** Why a number is not a budget amount to tie (counted as classified, not ignored). */
export type ClaimClass =
  | 'year' // 2025 年, 截至 2024 年 12 月 31 日
  | 'date'
  | 'headcount' // 人, 人次
  | 'count' // 个, 辆, 项, 批次, 台（套）…
  | 'indicator' // 绩效指标值, 参保人数, business statistics outside the budget
  | 'reference' // 文号, 电话, 地址, 编号
  | 'numbering' // list numbers
  | 'reason'; // amounts inside a stated reason (上年数, 变化说明): no table holds them

export interface UntiedClaim {
  location: Location;
  /** The number as printed, with its unit: "22.73 万元", "4%". */
  text: string;
  /** The sentence fragment around it. */
  context: string;
}

export interface NarrativeCoverage {
  /** Every numeric claim in the narrative (amounts, percentages, years, counts …). */
  numbers: number;
  /** Claims compared with a table cell (or recomputed from table cells). */
  tied: number;
  /** Extension: claims checked against other figures of the text only (e.g. a rate from its stated change). */
  checked?: number;
  /** Extension: claims that are not budget amounts, by class (years, headcounts, counts, 指标值 …). */
  classified?: Partial<Record<ClaimClass, number>>;
  /** Extension: amounts and percentages that could not be checked (未能核对). */
  untied?: UntiedClaim[];
  /** Extension: where the narrative came from: 'workbook', a file name, or 粘贴的文字; null when there is none. */
  source?: string | null;
}

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
