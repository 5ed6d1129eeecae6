/**
 * The review state kept in the workbook (Workbook.settings): accepted exceptions, check
 * settings, and how many cells carry our marks. Loaded in one sync when the task pane checks
 * the open workbook; the savers only queue, the caller syncs (see store.ts).
 */
import { parseAccepted, type AcceptedException } from '../../core/review/accepted';
import { parseSettings, type ReviewSettings } from '../../core/review/settings';
import { queueMarkedCount } from './marks';
import { loadSetting, SETTING_KEYS, writeSetting } from './store';

export interface ReviewState {
  accepted: AcceptedException[];
  /** null when the workbook has no stored settings (use DEFAULT_SETTINGS). */
  settings: ReviewSettings | null;
  /** Cells currently marked by 标记到单元格. */
  marked: number;
}

/** Everything stored, in one sync. */
export async function loadReviewState(context: Excel.RequestContext): Promise<ReviewState> {
  const accepted = loadSetting<unknown>(context, SETTING_KEYS.accepted);
  const settings = loadSetting<unknown>(context, SETTING_KEYS.settings);
  const marked = queueMarkedCount(context);
  await context.sync();
  const s = settings();
  return { accepted: parseAccepted(accepted() ?? []), settings: s === null ? null : parseSettings(s), marked: marked() };
}

/** Queue storing the accepted exceptions (an empty list removes the setting). */
export function saveAccepted(context: Excel.RequestContext, list: AcceptedException[]): void {
  writeSetting(context, SETTING_KEYS.accepted, list.length ? list : null);
}

/** Queue storing the check settings. */
export function saveSettings(context: Excel.RequestContext, settings: ReviewSettings): void {
  writeSetting(context, SETTING_KEYS.settings, settings);
}
