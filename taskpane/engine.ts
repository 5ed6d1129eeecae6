/**
 * The checking engine (recognition, rules, narrative tie-out, autofix), loaded with import() on first
 * use: the pane's first script holds only the interface (issue 19), and the engine arrives when a
 * workbook is first checked. Every path that shows a checked file has loaded it by then, so render
 * code may use loadedEngine().
 */
import { loadOnce } from './load-once';

export type Engine = typeof import('./engine-impl');

let engine: Engine | null = null;

/** The engine, loading it the first time. */
export const loadEngine = loadOnce(() => import(/* webpackChunkName: "engine" */ './engine-impl').then((m) => (engine = m)));

/** The engine if it is loaded already (null before the first check). */
export function loadedEngine(): Engine | null {
  return engine;
}
