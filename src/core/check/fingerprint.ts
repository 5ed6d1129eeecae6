/** A finding's stable identity (kept light: the pane and the CLI's main thread use it without the engine). */
import type { Location } from '../report';

/** A short stable hash (FNV-1a, 32 bit) for finding fingerprints. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A location as a key: "sheet!A1", or "file#3" for a narrative paragraph outside the workbook. */
export function locKey(l: Location): string {
  return l.file !== undefined ? `${l.file}#${l.paragraph}` : `${l.sheet}!${l.cell}`;
}

/** A finding's identity across re-checks: rule, cells, and the message with its numbers masked. */
export function findingFingerprint(rule: string, locations: Location[], message: string): string {
  return fingerprintOf(rule, locKeys(locations), message);
}

/** The locations as one key ("sheet!A1,sheet!B2"). */
export function locKeys(locations: Location[]): string {
  return locations.map(locKey).join(',');
}

/** findingFingerprint with the locations' key already made (the engine makes it once per finding, for its de-duplication too). */
export function fingerprintOf(rule: string, where: string, message: string): string {
  return shortHash(`${rule}|${where}|${message.replace(/[-\d.,]+/g, '#')}`);
}
