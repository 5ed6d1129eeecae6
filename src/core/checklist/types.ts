/**
 * The reviewer's checklist (检查表): one row per item a 预决算公开 inspection looks at, with an
 * outcome per document. Items are metadata; every check rule belongs to exactly one item.
 */
import type { TemplateId } from '../model/templates';

/** The 检查表's sections, in the order a reviewer works through them. */
export type ItemGroup = '完整性' | '细化程度' | '真实性与一致性' | '说明质量' | '规范性';

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

/** 合格 / 不合格 / 不适用 / 无法检查. */
export type Outcome = 'pass' | 'fail' | 'not-applicable' | 'cannot-check';

export const OUTCOME_NAMES: Record<Outcome, string> = {
  pass: '合格',
  fail: '不合格',
  'not-applicable': '不适用',
  'cannot-check': '无法检查',
};

/** One item's outcome for one document (the CLI JSON's `checklist[]`). */
export interface ChecklistEntry {
  id: string;
  title: string;
  /** Extension: the item's section of the 检查表. */
  group: ItemGroup;
  outcome: Outcome;
  /** Why, in Chinese: the problems (不合格), the input it needed (无法检查), why it does not apply, or notes. */
  reason: string | null;
  /** Fingerprints of the findings of the item's rules (all severities, consequences included). */
  findings: string[];
}

/** The completion figure: items checked out of items applicable. */
export interface ChecklistSummary {
  /** Items in the checklist. */
  items: number;
  /** Items that apply to the document (all but 不适用). */
  applicable: number;
  /** Items that could be checked (合格 + 不合格). */
  checked: number;
  passed: number;
  failed: number;
  /** 无法检查. */
  unchecked: number;
  notApplicable: number;
}
