/** Character tests on UTF-16 codes, for loops that must not build strings or run a regex per character. */

/** Whether a UTF-16 code is a Han character as [\u4e00-\u9fa5] means it. */
export function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fa5;
}

/** Whether a UTF-16 code is an ASCII digit 0–9 (as \d means it). */
export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Whether a UTF-16 code is white space as /\s/ means it. */
export function isSpaceCode(c: number): boolean {
  // Han characters and full-width punctuation, most of a document's text, are answered by the first
  // test: above U+3000 only U+FEFF is white space (a character scan made a dozen comparisons each)
  if (c > 0x3000) return c === 0xfeff;
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** How many white-space characters start at `from` (what the pattern ^\s* matches there). */
export function spacesAt(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i - from;
}

/** Whether the text holds white space as /\s/ means it (a loop over codes, no regex per text). */
export function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

const SPACE_RUNS = /\s+/g;

/**
 * The text without its white space (what text.replace(/\s+/g, '') gives; /\s/ holds U+3000 and
 * U+00A0 too). The text itself where it has none, as most have: no copy and no regex.
 */
export function withoutSpaces(text: string): string {
  return hasSpace(text) ? text.replace(SPACE_RUNS, '') : text;
}

/** The UTF-16 codes of a string's characters, as a set (for a per-character test without a regex). */
export function codeSet(chars: string): Set<number> {
  return new Set(Array.from(chars, (c) => c.charCodeAt(0)));
}
