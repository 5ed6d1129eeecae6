/**
 * The checking engine (recognition, rules, narrative tie-out, autofix), loaded with import() on first
 * use: the pane's first script holds only the interface (issue 19), and the engine arrives when a
 * workbook is first checked. Every path that shows a checked file has loaded it by then, so render
 * code may use loadedEngine().
 */
export type Engine = typeof import('./engine-impl');

let engine: Engine | null = null;
let loading: Promise<Engine> | null = null;

/** The engine, loading it the first time. */
export function loadEngine(): Promise<Engine> {
  if (!loading) {
    loading = import(/* webpackChunkName: "engine" */ './engine-impl').then(
      (m) => (engine = m),
      (e: unknown) => {
        loading = null; // a failed download can be retried
        throw e;
      },
    );
  }
  return loading;
}

/** The engine if it is loaded already (null before the first check). */
export function loadedEngine(): Engine | null {
  return engine;
}
