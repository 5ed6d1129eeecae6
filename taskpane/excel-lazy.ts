/**
 * The Excel actions (Office.js reading, marks, notes, narrative writing), loaded with import() on first
 * use: the standalone page never needs them, and the add-in's first script stays small (issue 19).
 * Each export has the signature of its excel-actions.ts function (all of them are async).
 */
import { loadOnce } from './load-once';

type Actions = typeof import('./excel-actions');
type AsyncFn = (...args: never[]) => Promise<unknown>;

const load = loadOnce(() => import(/* webpackChunkName: "excel" */ './excel-actions'));

function later<K extends { [N in keyof Actions]: Actions[N] extends AsyncFn ? N : never }[keyof Actions]>(name: K): Actions[K] {
  const call = async (...args: unknown[]): Promise<unknown> => ((await load())[name] as unknown as (...a: unknown[]) => Promise<unknown>)(...args);
  return call as unknown as Actions[K];
}

export const checkOpenWorkbook = later('checkOpenWorkbook');
export const markInExcel = later('markInExcel');
export const clearInExcel = later('clearInExcel');
export const exportFindingsSheet = later('exportFindingsSheet');
export const selectInExcel = later('selectInExcel');
export const storeAccepted = later('storeAccepted');
export const storeSettings = later('storeSettings');
export const applyFixesInExcel = later('applyFixesInExcel');
export const undoFixesInExcel = later('undoFixesInExcel');
export const canUndoFixesInExcel = later('canUndoFixesInExcel');
export const insertNarrativeInExcel = later('insertNarrativeInExcel');
export const loadReasonsFromExcel = later('loadReasonsFromExcel');
export const storeReasonsInExcel = later('storeReasonsInExcel');
