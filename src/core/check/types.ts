/** Rule architecture (after ESLint's rules): one module per rule, with metadata and a check function. */
import type { Category, Finding, FindingExtras, Location, NarrativeCoverage, Severity, SkippedRule } from '../contract';
import type { NarrativeInput } from '../model/paragraphs';
import type { DocumentKind } from '../facts';
import type { UserMapping } from '../recognize/mapping';
import type { CheckModel } from '../model/model';
import type { Q, Verdict } from '../model/quantity';
import type { DetectedTemplate, TemplateId } from '../model/templates';

/** The contract's parts of a check result (declared in contract.ts, at the bottom of the layers). */
export type { FindingExtras, SkippedRule } from '../contract';

export type RuleCategory = 'intra' | 'cross' | 'narrative' | 'rounding' | 'compliance';

export interface RuleMeta {
  /** e.g. 'intra/function-hierarchy' */
  id: string;
  category: RuleCategory;
  /** Severity of a true error found by the rule (尾差 are always info, category rounding). */
  severity: Severity;
  /** Chinese title and description, shown in docs/rules.md and the settings panel. */
  title: string;
  description: string;
  /** The ids of ../shared/docs/domain.md §2 this rule implements. */
  implements: string[];
  /** A one-line example of what it reports. */
  example: string;
  /** Which document kinds it applies to (default both). */
  documents?: ('budget' | 'final')[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
  /** Optional second pass, after every rule's check, over all findings so far. */
  finish?(ctx: RuleContext, findings: Finding[]): void;
}

export interface FindingInput {
  message: string;
  /** Default: the rule's severity. */
  severity?: Severity;
  /** Default: the rule's category ('rounding' rules report rounding). */
  category?: Category;
  locations: Location[];
  expected?: string | null;
  actual?: string | null;
  difference?: string | null;
  diagnosis?: string | null;
}

export interface SumText {
  /** What the total is: "支出总表 210 卫生健康支出 合计". */
  subject: string;
  /** What the parts are: "其款合计". */
  parts: string;
}

export interface RuleContext {
  model: CheckModel;
  report(f: FindingInput): void;
  /** The rule could not run: its inputs are missing (listed as 未执行 with the reason). */
  skip(reason: string): void;
  /** Part of the rule could not run (one table, one relation): listed as 未执行 with the reason, the rest runs. */
  skipPart(reason: string): void;
  /**
   * total = Σ parts: an error when it does not hold, a 尾差 (info) when rounding explains it. The
   * text's words are read only then, during the call (a rule may pass words made on demand: SumWords).
   */
  sum(total: Q, parts: Q[], text: SumText, signs?: number[]): Verdict;
  /** The same quantity in two places. */
  same(a: Q, b: Q, text: { a: string; b: string }): Verdict;
  /** a ≥ b. */
  atLeast(a: Q, b: Q, text: { a: string; b: string; why?: string }): Verdict;
}

export type RuleSetting = 'off' | Severity;

export interface CheckConfig {
  /** Per-rule: 'off', or a severity that replaces the rule's default. */
  rules?: Record<string, RuleSetting>;
  /** Report 尾差 (rounding info findings); default true. */
  rounding?: boolean;
  /** A narrative (.txt/.docx or pasted text) that replaces the workbook's narrative sheet. */
  narrative?: NarrativeInput;
  /** The user's word on the document kind/year when recognition is unsure; null/absent = as recognised. */
  document?: DocumentOverride;
  /** The user's assignments of table kinds and column meanings, applied when recognising. */
  mapping?: UserMapping;
  /** The disclosure template, when the user says which (else told from the workbook). */
  template?: TemplateId | null;
}

export interface DocumentOverride {
  kind?: DocumentKind | null;
  year?: number | null;
}


export interface CheckResult {
  findings: (Finding & FindingExtras)[];
  skipped: SkippedRule[];
  /** Ids of the rules that ran. */
  ran: string[];
  /** How much of the narrative was tied to the tables (absent when the check has no narrative analysis). */
  narrative?: NarrativeCoverage;
  /** The template the document was checked against (detected, or the user's). */
  template?: DetectedTemplate | null;
}

