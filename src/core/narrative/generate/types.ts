/** Public types of the narrative generator (情况说明 from the recognised tables). */
import type { DocumentKind } from '../../facts';
import type { Recognition } from '../../recognize';

/**
 * Figures of another year (or the 年初预算 of this year), in 万元, by stable item key
 * (see figures.ts: 'in:收入总计', 'gb:合计', 'fn:2101506', 'project:医保专项经费', …).
 * A key 'budget:<key>' holds this year's 年初预算 of a 决算 item.
 */
export interface PriorFigures {
  /** The year the figures belong to (上年), or this year for a 预算 workbook given to a 决算 as 年初预算. */
  year: number | null;
  values: Record<string, string /* decimal string, 万元 */>;
  source: 'workbook' | 'prior-file' | 'typed';
  /** Kind of the document the figures come from (a prior workbook): 上年预算/决算, or this year's 预算 for a 决算. */
  kind?: DocumentKind | null;
}

export interface GenerateOptions {
  recognition?: Recognition;
  /** Prior-year figures; merged over the ones the workbook itself carries (整体绩效目标表 近两年, 09表 预算数). */
  prior?: PriorFigures;
  /** Reasons by item key (the keys of NarrativeSection.changes): replace the reason placeholder. */
  reasons?: Record<string, string>;
  /** The user's word on kind/year when recognition is unsure. */
  document?: { kind?: DocumentKind | null; year?: number | null };
}

/** A sentence about a change (or a 决算 completion ≠ 100%) that needs a reason, by item key. */
export interface ChangeRef {
  key: string;
  name: string;
  /** Index into the section's paragraphs. */
  paragraph: number;
  /** True while the reason placeholder stands in the text. */
  placeholder: boolean;
}

export interface NarrativeSection {
  id: string;
  title: string;
  paragraphs: string[];
  changes?: ChangeRef[];
}

export interface GeneratedNarrative {
  kind: 'budget' | 'final';
  year: number | null;
  /** The department/unit the document is about. */
  unit: string | null;
  /** Document title: "〔单位〕〔Y〕年部门预算情况说明". */
  title: string;
  sections: NarrativeSection[];
  /** Number of 【…请填写】 placeholders left in the text. */
  placeholders: number;
  /** What the generator could not do from the tables, in Chinese. */
  warnings: string[];
  /** Items whose 上年数 (or 年初预算: 'budget:…') the text uses: what a typed prior-year form asks for. */
  priorKeys?: { key: string; name: string }[];
}

/** The generator could not run (document kind or year not recognised). */
export class GenerateError extends Error {
  readonly code: 'UNKNOWN_KIND' | 'UNKNOWN_YEAR';
  constructor(code: GenerateError['code'], message: string) {
    super(message);
    this.name = 'GenerateError';
    this.code = code;
  }
}
