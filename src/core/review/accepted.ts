/**
 * Accepted exceptions (出错说明 of the 部门决算 software): a finding the user accepted, with a
 * reason, who and when. Stored per workbook; on re-check a finding stays accepted while its
 * values are unchanged, and comes back (open) as soon as one of them changes.
 *
 * Identity: the finding's fingerprint (rule + cells + message with numbers masked).
 * Values: valueKey (expected, actual, difference and the numbers of the message).
 */
import type { Finding } from '../contract';
import { findingFingerprint, shortHash } from '../check/fingerprint';

export interface AcceptedException {
  /** Which finding: rule + cells + message with numbers masked. */
  fingerprint: string;
  /** Its values when accepted: a different key means the values changed. */
  valueKey: string;
  rule: string;
  /** The message when accepted (shown for orphaned exceptions, and to reviewers). */
  message: string;
  reason: string;
  by: string;
  /** ISO date-time. */
  at: string;
}

/** Shown as the acceptor when the host knows no user name. */
export const UNKNOWN_USER = '未署名';
/** Longest reason kept (a reason is a sentence, not a document). */
export const MAX_REASON_CHARS = 500;

/** The finding's fingerprint; computed like the engine does when a finding has none. */
export function fingerprintOf(f: Finding): string {
  return f.fingerprint ?? findingFingerprint(f.rule, f.locations, f.message);
}

/** Numbers written in a message ("1,234.56", "-0.01", "12%"), in order. */
const NUMBER_RE = /-?\d[\d,]*(?:\.\d+)?/g;

/** Changes when any value of the finding (or of a consequence under it) changes; stable otherwise. */
export function valueKey(f: Finding): string {
  const numbers = f.message.match(NUMBER_RE) ?? [];
  const parts = [f.expected ?? '', f.actual ?? '', f.difference ?? '', numbers.join(' '), ...(f.consequences ?? []).map(valueKey)];
  // two hashes over different orders: 64 bits, so an unrelated change practically never collides
  const s = parts.join('\u0001');
  return shortHash(s) + shortHash([...parts].reverse().join('\u0002') + s.length);
}

/** Accept a finding with a reason (required). */
export function acceptFinding(f: Finding, reason: string, by: string, at: Date = new Date()): AcceptedException {
  const why = reason.trim();
  if (!why) throw new Error('请填写接受理由（出错说明），例如“尾差，系统自动生成”');
  if (why.length > MAX_REASON_CHARS) throw new Error(`接受理由过长（${why.length} 字），请控制在 ${MAX_REASON_CHARS} 字以内`);
  return {
    fingerprint: fingerprintOf(f),
    valueKey: valueKey(f),
    rule: f.rule,
    message: f.message,
    reason: why,
    by: by.trim() || UNKNOWN_USER,
    at: at.toISOString(),
  };
}

export interface AcceptedPair {
  finding: Finding;
  exception: AcceptedException;
}

export interface Partition {
  /** Findings to deal with, including the changed ones. */
  open: Finding[];
  /** Accepted and unchanged. */
  accepted: AcceptedPair[];
  /** Accepted once, but a value changed since: also in open. */
  changed: AcceptedPair[];
  /**
   * Exceptions whose finding did not appear in this check. They are kept in storage: when the
   * finding reappears with the same values (a rule turned back on, the error reintroduced),
   * it is accepted again without asking.
   */
  orphaned: AcceptedException[];
}

/**
 * Split findings into open and accepted: by fingerprint, then by values. A fingerprint is not
 * always unique (two claims of one paragraph checked against the same cell differ only in
 * their numbers), so exceptions are matched as a multiset: first the exact (fingerprint,
 * valueKey) pairs, then the leftovers of a fingerprint pair up with its unmatched findings as
 * changed.
 */
export function partitionFindings(findings: Finding[], accepted: AcceptedException[]): Partition {
  const pool = new Map<string, AcceptedException[]>();
  for (const e of accepted) {
    const key = e.fingerprint;
    const list = pool.get(key);
    if (list) list.push(e);
    else pool.set(key, [e]);
  }
  const take = (fp: string, pick: (e: AcceptedException) => boolean): AcceptedException | undefined => {
    const list = pool.get(fp);
    const i = list ? list.findIndex(pick) : -1;
    return i < 0 ? undefined : list!.splice(i, 1)[0];
  };
  const out: Partition = { open: [], accepted: [], changed: [], orphaned: [] };
  const keys = findings.map((f) => ({ fp: fingerprintOf(f), vk: valueKey(f) }));
  const exact = findings.map((_, i) => take(keys[i].fp, (e) => e.valueKey === keys[i].vk));
  findings.forEach((finding, i) => {
    const hit = exact[i];
    if (hit) {
      out.accepted.push({ finding, exception: hit });
      return;
    }
    const old = take(keys[i].fp, () => true);
    if (old) out.changed.push({ finding, exception: old });
    out.open.push(finding);
  });
  // findings keep their order in open; orphans keep the stored order
  const left = new Set([...pool.values()].flat());
  out.orphaned = accepted.filter((e) => left.has(e));
  return out;
}

/**
 * Add an exception; returns a new list. It replaces an exception of the same finding and
 * values, and `replaces` (pass the old exception when re-accepting a changed finding).
 */
export function upsertAccepted(list: AcceptedException[], e: AcceptedException, replaces?: AcceptedException): AcceptedException[] {
  return [...list.filter((x) => x !== replaces && !sameException(x, replaces) && !(x.fingerprint === e.fingerprint && x.valueKey === e.valueKey)), e];
}

function sameException(a: AcceptedException, b: AcceptedException | undefined): boolean {
  return !!b && a.fingerprint === b.fingerprint && a.valueKey === b.valueKey;
}

/** Withdraw an acceptance (all exceptions of that finding, or only the one with that valueKey); returns a new list. */
export function removeAccepted(list: AcceptedException[], fingerprint: string, key?: string): AcceptedException[] {
  return list.filter((x) => x.fingerprint !== fingerprint || (key !== undefined && x.valueKey !== key));
}

/** For findingRows(): the acceptance of a finding, when it is accepted and unchanged. */
export function acceptanceLookup(p: Partition): (f: Finding) => AcceptedException | undefined {
  const m = new Map<Finding, AcceptedException>(p.accepted.map((a) => [a.finding, a.exception]));
  return (f) => m.get(f);
}

const str = (v: unknown): v is string => typeof v === 'string';

/**
 * Validate stored data: an array of exceptions (or its JSON text). Malformed entries are
 * dropped; a later entry with the same fingerprint and valueKey replaces an earlier one. Never throws.
 */
export function parseAccepted(json: unknown): AcceptedException[] {
  let data = json;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data) as unknown;
    } catch {
      return [];
    }
  }
  if (!Array.isArray(data)) return [];
  const out = new Map<string, AcceptedException>();
  for (const x of data as unknown[]) {
    if (!x || typeof x !== 'object') continue;
    const o = x as Record<string, unknown>;
    const { fingerprint, valueKey: vk, rule, message, reason, by, at } = o;
    if (!str(fingerprint) || !fingerprint || !str(vk) || !vk || !str(rule) || !rule) continue;
    if (!str(reason) || !reason.trim() || !str(at) || Number.isNaN(Date.parse(at))) continue;
    const key = `${fingerprint}\u0000${vk}`;
    out.delete(key);
    out.set(key, {
      fingerprint,
      valueKey: vk,
      rule,
      message: str(message) ? message : '',
      reason: reason.trim().slice(0, MAX_REASON_CHARS),
      by: str(by) && by.trim() ? by.trim() : UNKNOWN_USER,
      at,
    });
  }
  return [...out.values()];
}
