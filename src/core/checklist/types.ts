/**
 * The reviewer's checklist (检查表): one row per item a 预决算公开 inspection looks at, with an
 * outcome per document. Items are metadata; every check rule belongs to exactly one item.
 */
import type { TemplateId } from '../model/templates';
import type { ItemGroup, Outcome } from '../contract';

/** The outcome's types are part of the report's contract (contract.ts). */
export type { ChecklistEntry, ChecklistSummary, ItemGroup, Outcome } from '../contract';

export const ITEM_GROUPS: ItemGroup[] = ['完整性', '细化程度', '真实性与一致性', '说明质量', '规范性'];

export interface CheckItem {
  /** Stable id, e.g. 'completeness/tables'. */
  id: string;
  group: ItemGroup;
  /** The 检查表 row as a reviewer reads it ("公开表格齐全……"). */
  title: string;
  /** What is checked and how (docs/checklist.md). */
  description: string;
  /** The rules that decide the item (ids of src/core/check/rules). */
  rules: string[];
  /**
   * What of the item the rules do not decide and the reviewer checks by hand. An item without rules
   * is 无法检查 with this as the reason; a passed item carries it as a note.
   */
  manual?: string;
  /** Document kinds it applies to (default both). */
  documents?: ('budget' | 'final')[];
  /** Templates it applies to (default all). */
  templates?: TemplateId[];
  /** Years of the documents it applies to (inclusive; default all). */
  years?: { from?: number; to?: number };
  /** The checklist version that added the item. */
  since: string;
  /** Where the requirement comes from (法规、通知、模板). */
  basis: string;
}


export const OUTCOME_NAMES: Record<Outcome, string> = {
  pass: '合格',
  fail: '不合格',
  'not-applicable': '不适用',
  'cannot-check': '无法检查',
};


