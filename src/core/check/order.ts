/** The findings' order by severity (kept light: the engine and the root-cause step both use it). */
import type { Severity } from '../contract';

/** Severity's order: a lower rank comes first (and is graver). */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const RANK = SEVERITY_RANK;
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/**
 * The list ordered by severity, equals in their order, in place: what the stable
 * `sort((a, b) => RANK[a.severity] - RANK[b.severity])` gives. A list already in order (often) is
 * left as it is after one look; otherwise one pass per severity (three keys: no comparisons). A
 * severity outside the three goes to the sort itself.
 */
export function bySeverity<F extends { severity: Severity }>(list: F[]): F[] {
  let sorted = true;
  for (let i = 1; i < list.length && sorted; i++) sorted = RANK[list[i - 1].severity] <= RANK[list[i].severity];
  if (sorted) return list;
  const all = list.slice();
  let at = 0;
  for (const s of SEVERITIES) for (let i = 0; i < all.length; i++) if (all[i].severity === s) list[at++] = all[i];
  if (at === all.length) return list;
  for (let i = 0; i < all.length; i++) list[i] = all[i];
  return list.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
