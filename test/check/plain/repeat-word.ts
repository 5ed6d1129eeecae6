/**
 * Test oracle (issue 19, ninth pass): mayRepeatWord of src/core/check/rules/text.ts as it was before the
 * shared text features took it in (F_REPEAT_WORD), verbatim but for its imports.
 */
import { isHan } from '../../../src/core/chars';

/**
 * Whether a word of 2–4 Han characters is written twice in a row somewhere in the text: what the
 * repeated-word pattern needs to match (it also wants a Han character after). One pass with the last
 * four codes in hand; a paragraph without it is not searched with the backtracking pattern (almost
 * none has it). rL counts the Han characters in a row, up to here, equal to the one L before: a word
 * of L characters repeated ends where rL reaches L.
 */
export function mayRepeatWord(s: string): boolean {
  let r2 = 0;
  let r3 = 0;
  let r4 = 0;
  let p1 = -1; // the code 1 (2, 3, 4) before this one
  let p2 = -1;
  let p3 = -1;
  let p4 = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHan(c)) {
      r2 = c === p2 ? r2 + 1 : 0;
      r3 = c === p3 ? r3 + 1 : 0;
      r4 = c === p4 ? r4 + 1 : 0;
      if (r2 >= 2 || r3 >= 3 || r4 >= 4) return true;
    } else r2 = r3 = r4 = 0;
    p4 = p3;
    p3 = p2;
    p2 = p1;
    p1 = c;
  }
  return false;
}
