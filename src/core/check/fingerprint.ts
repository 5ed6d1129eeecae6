/** A finding's stable identity (kept light: the pane and the CLI's main thread use it without the engine). */
import type { Location } from '../contract';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the characters of `s`, continuing from `h`. */
function feed(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** The 256 bytes as two hex digits each: made once per process. */
const HEX2: string[] = Array.from({ length: 256 }, (_, b) => (b < 16 ? '0' : '') + b.toString(16));

/**
 * `(h >>> 0).toString(16).padStart(8, '0')` byte by byte from a table: Number#toString(16) goes through
 * V8's generic radix conversion (a visible share of every finding's cost); the digits are the same.
 */
function hex(h: number): string {
  return HEX2[(h >>> 24) & 255] + HEX2[(h >>> 16) & 255] + HEX2[(h >>> 8) & 255] + HEX2[h & 255];
}

const BAR = 0x7c; // |
const COMMA = 0x2c;
const HASH = 0x23; // #
const BANG = 0x21; // !

/** A character of the runs fingerprintOf masks: - 0–9 . , */
function masked(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === COMMA;
}

/** FNV-1a over the message with each run of - 0–9 . , fed as one # (what replace(/[-\d.,]+/g, '#') gives). */
function feedMasked(h: number, message: string): number {
  let inRun = false;
  for (let i = 0; i < message.length; i++) {
    const c = message.charCodeAt(i);
    if (!masked(c)) h = Math.imul(h ^ c, FNV_PRIME);
    else if (!inRun) h = Math.imul(h ^ HASH, FNV_PRIME);
    inRun = masked(c);
  }
  return h;
}

/** A short stable hash (FNV-1a, 32 bit) for finding fingerprints. */
export function shortHash(s: string): string {
  return hex(feed(FNV_OFFSET, s));
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
  // one location (most findings): its key is the join, without the mapped array
  if (locations.length === 1) return locKey(locations[0]);
  return locations.map(locKey).join(',');
}

/** findingFingerprint with the locations' key already made (the engine makes it once per finding, for its de-duplication too). */
export function fingerprintOf(rule: string, where: string, message: string): string {
  // the hash of `${rule}|${where}|${masked message}`, fed piece by piece: no joined string, no regex
  const h = Math.imul(feed(Math.imul(feed(FNV_OFFSET, rule) ^ BAR, FNV_PRIME), where) ^ BAR, FNV_PRIME);
  return hex(feedMasked(h, message));
}

/**
 * findingFingerprint fed as it goes, without building its input string: the rule, then each location
 * (in order), then the message — the same hash over the same characters. A root over thousands of 尾差
 * (review/roots.ts) names tens of thousands of cells; building "sheet!A1" for each, joining them and
 * hashing the join allocated megabytes per call.
 */
export class FingerprintStream {
  private h: number;
  private count = 0;

  constructor(rule: string) {
    this.h = Math.imul(feed(FNV_OFFSET, rule) ^ BAR, FNV_PRIME);
  }

  location(l: Location): void {
    let h = this.h;
    if (this.count++ > 0) h = Math.imul(h ^ COMMA, FNV_PRIME);
    if (l.file !== undefined) h = feed(Math.imul(feed(h, `${l.file}`) ^ HASH, FNV_PRIME), `${l.paragraph}`);
    else h = feed(Math.imul(feed(h, `${l.sheet}`) ^ BANG, FNV_PRIME), `${l.cell}`);
    this.h = h;
  }

  /** The fingerprint, with the message (each run of - 0–9 . , masked as one #). */
  finish(message: string): string {
    return hex(feedMasked(Math.imul(this.h ^ BAR, FNV_PRIME), message));
  }
}

/** findingFingerprint(rule, locations, message), streamed. */
export function streamedFingerprint(rule: string, locations: Location[], message: string): string {
  const s = new FingerprintStream(rule);
  for (const l of locations) s.location(l);
  return s.finish(message);
}
