/**
 * findingFingerprint (check/fingerprint.ts) computed without building its input string: the same
 * FNV-1a hash over the same characters — `${rule}|${locKeys joined by ','}|${message with each run
 * of [-\d.,] replaced by '#'}` — fed piece by piece. A root over thousands of 尾差 names tens of
 * thousands of cells; building "sheet!A1" for each, joining them and hashing the join allocated
 * megabytes per call. test/review/roots-shortcuts.test.ts holds it equal to findingFingerprint.
 */
import type { Location } from '../report';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function feed(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

function feedChar(h: number, c: number): number {
  return Math.imul(h ^ c, FNV_PRIME);
}

const BAR = 0x7c; // |
const COMMA = 0x2c;
const HASH = 0x23; // #
const BANG = 0x21; // !

/** A character of the masked runs: - 0–9 . , */
function masked(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === COMMA;
}

/**
 * The fingerprint fed as it goes: the rule, then each location (in order), then the message. A
 * root over thousands of 尾差 feeds each location as it is first met, while it is at hand.
 */
export class FingerprintStream {
  private h: number;
  private count = 0;

  constructor(rule: string) {
    this.h = feedChar(feed(FNV_OFFSET, `${rule}`), BAR);
  }

  location(l: Location): void {
    let h = this.h;
    if (this.count++ > 0) h = feedChar(h, COMMA);
    if (l.file !== undefined) {
      h = feed(h, `${l.file}`);
      h = feedChar(h, HASH);
      h = feed(h, `${l.paragraph}`);
    } else {
      h = feed(h, `${l.sheet}`);
      h = feedChar(h, BANG);
      h = feed(h, `${l.cell}`);
    }
    this.h = h;
  }

  /** The fingerprint, with the message (its runs of - 0–9 . , masked as one #). */
  finish(message: string): string {
    let h = feedChar(this.h, BAR);
    let inRun = false;
    for (let i = 0; i < message.length; i++) {
      const c = message.charCodeAt(i);
      if (masked(c)) {
        if (!inRun) h = feedChar(h, HASH);
        inRun = true;
      } else {
        h = feedChar(h, c);
        inRun = false;
      }
    }
    return (h >>> 0).toString(16).padStart(8, '0');
  }
}

/** findingFingerprint(rule, locations, message), streamed. */
export function streamedFingerprint(rule: string, locations: Location[], message: string): string {
  const s = new FingerprintStream(rule);
  for (const l of locations) s.location(l);
  return s.finish(message);
}
