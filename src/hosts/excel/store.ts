/**
 * Our state in the workbook (Workbook.settings, ExcelApi 1.4): per file and per add-in, saved
 * with the workbook. Values are stored as JSON strings. These helpers only queue work; the
 * caller decides when to `context.sync()`, so a whole operation stays within a few syncs.
 */

/** Keys of everything budget-check keeps in a workbook. */
export const SETTING_KEYS = {
  /** Record of marked cells (original fill and note), to restore them exactly. */
  marks: 'budget-check.marks',
  /** Accepted exceptions (出错说明). */
  accepted: 'budget-check.accepted',
  /** Per-workbook check settings (rules, 尾差, document overrides). */
  settings: 'budget-check.settings',
  /** The findings sheet we created (to replace it on re-export). */
  findingsSheet: 'budget-check.findings-sheet',
  /** Original texts of narrative cells changed by autofix (undo). */
  narrativeUndo: 'budget-check.narrative-undo',
  /** Reasons the user wrote for change sentences of the generated narrative. */
  reasons: 'budget-check.reasons',
} as const;

/** Queue the load of a setting; the returned getter gives its parsed value after the next sync. */
export function loadSetting<T>(context: Excel.RequestContext, key: string): () => T | null {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load('value');
  return () => {
    if (item.isNullObject) return null;
    const v: unknown = item.value;
    if (typeof v !== 'string') return (v as T) ?? null;
    try {
      return JSON.parse(v) as T;
    } catch {
      return null;
    }
  };
}

/** Queue writing a setting (JSON), or deleting it when value is null. */
export function writeSetting(context: Excel.RequestContext, key: string, value: unknown): void {
  if (value === null || value === undefined) {
    context.workbook.settings.getItemOrNullObject(key).delete();
  } else {
    context.workbook.settings.add(key, JSON.stringify(value));
  }
}
