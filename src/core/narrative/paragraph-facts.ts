/**
 * What the narrative analysis reads of a paragraph's text alone (analyse.ts makes them; tokens.ts keeps
 * them on the text's shared entry). Types only, so that tokens.ts need not import the analysis.
 */

/** What a claim states: an amount, a change, a rate of change, a share, or a completion rate. */
export type Role = 'amount' | 'change' | 'rate' | 'share' | 'completion';

/** A paragraph's facts that depend on its text alone (pure: shared by every paragraph with this text; see textFacts). */
export interface ParagraphFacts {
  heading: { level: number; title: string } | null;
  /** A heading of 60 characters or fewer with no digit after its numbering. */
  shortHeading: boolean;
  startsWithAmount: boolean;
  /** The list marker the paragraph ends on (“…其中：”), or null. */
  trailing: string | null;
  /** Does the normalised text hold a list marker (ANY_MARKER)? */
  marker: boolean;
  /** Does the text hold a name-list word (NAME_LIST_WORD)? */
  nameList: boolean;
  /** The paragraph's claims as claimOf read them for this unit name and year (see ClaimSeed), or null. */
  seeds: ClaimSeed[] | null;
  seedUnit: string;
  seedYear: number | null;
  /** The text's name lists (nameEntries), made on first use (only texts with a list word have any). */
  names: NameEntry[] | null;
  /** The text's list markers (markersAt), made on first use (only texts with a marker have any). */
  markers: MarkerAt[] | null;
}

/** A list marker (“其中：”) of a text, with what inlineEnumerations reads of the text around it. */
export interface MarkerAt {
  /** The marker's word (MARKER's first group). */
  word: string;
  /** Where the word starts in the text, and where the marker (with its colon) ends. */
  idx: number;
  after: number;
  /** The end of its sentence (the next “。”, else the text's end). */
  sentenceEnd: number;
  /** A “；” between after and sentenceEnd, as semicolonIn gives it. */
  semi: number;
  /** The words of its clause before it (normalised; no lead colon, numbering or trailing 具体). */
  leadText: string;
  /** A marker word that opens a list of parts (其中, 包括, 分别是 …). */
  listMarker: boolean;
  /** The marker ends the text (nothing but a character or white space after it). */
  atEnd: boolean;
}

/**
 * A list of names in a text (“主要包括：基本工资、津贴补贴…”) with no figure among them: the part its
 * own clause names (人员经费 / 公用经费), or null when the section's titles decide, the words before it,
 * and its names. A pure function of the text (its claims are its money and percent tokens).
 */
export interface NameEntry {
  own: string | null;
  segment: string;
  names: { name: string; start: number }[];
}

/**
 * What claimOf reads of a claim: a pure function of the paragraph's text, the unit's name and the
 * year (its tokens, sentences and the claims before it in the paragraph all come from the text).
 */
export interface ClaimSeed {
  /** A previous year's figure (classified as a reason). */
  prior: boolean;
  role: Role | null;
  label: string;
  subject: string;
  attribute: string | null;
  direction: 1 | -1 | 0 | undefined;
  baseYear: number | null | undefined;
}
