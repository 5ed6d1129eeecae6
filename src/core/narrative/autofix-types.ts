/** The autofix's proposals (autofix.ts makes them, autofix-apply.ts and autofix-safety.ts use them). */
import type { Location } from '../contract';

export interface NarrativeFix {
  /** Unique among the proposals: the cell or paragraph and the offset. */
  id: string;
  /** Fingerprint of the finding it corrects. */
  fingerprint: string;
  rule: string;
  /** The cell (sheet + cell) or paragraph (file + paragraph) with the offsets of the replaced text. */
  location: Location;
  /** [start, end) of oldText in the cell or paragraph text. */
  start: number;
  end: number;
  /** The figure as written ("22.73", "2024", "0.07") and its replacement ("22.48"). */
  oldText: string;
  newText: string;
  /** The sentence around it, before and after (clipped around the figure when long). */
  oldSentence: string;
  newSentence: string;
  /** What is changed and why, in Chinese. */
  message: string;
  /**
   * Fixes that are only right together (the items and total of one list): the id of the group's
   * first fix. Applying one fix of a group applies the whole group.
   */
  group?: string;
}

export interface UnfixableFinding {
  fingerprint: string;
  rule: string;
  location: Location | null;
  message: string;
  /** Why no fix is proposed, in Chinese. */
  reason: string;
  /** A correction that was considered but is not safe alone ("326.88 → 310.18"). */
  suggestion?: string;
}
