/**
 * A full garbage collection between recognition and the checks of a large workbook, in the CLI's
 * worker thread (check-worker.ts; issue 19: peak memory of a 200k-cell workbook under 300 MB).
 *
 * By then what the reader left behind (SheetJS's own workbook, the inflated parts and XML texts: about
 * as much again as the model) and recognition's scratch work are garbage, but they sit in the old
 * generation, and V8 sized its next limit from a heap that still held the reader's work: the checks
 * then grow the heap far past what is live (a 197k-cell department peaked at 290–320 MB RSS with
 * ~95 MB live). Collected here, the checks start from the model and the recognised tables alone.
 * Costs one full collection (70–120 ms at 200k cells on a 2-core machine, within the run-to-run spread
 * of such a 4–7 s run); small workbooks skip it.
 */
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { cellCount, type Workbook } from '../../core/workbook';

/** Workbooks of at least this many cells are collected before their checks. */
export const COLLECT_FROM_CELLS = 20_000;

/**
 * V8's full garbage collection: `--expose-gc` is set only while a new context picks up its `gc` (as
 * jest does for --logHeapUsage), then cleared, so no other context gets a `gc` global. Null where the
 * runtime refuses it.
 */
export function fullCollection(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

let collect: (() => void) | null | undefined;

/** Collect garbage when the workbook is large enough for it to matter; true when a collection ran. */
export function collectBeforeChecks(wb: Workbook): boolean {
  let cells = 0;
  for (const s of wb.sheets) cells += cellCount(s);
  if (cells < COLLECT_FROM_CELLS) return false;
  if (collect === undefined) collect = fullCollection();
  collect?.();
  return collect !== null;
}
