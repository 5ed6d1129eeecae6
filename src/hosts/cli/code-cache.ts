/**
 * A V8 code cache for the CLI's worker bundle (issue 19: start-up). The worker thread compiles
 * lib/cli/check-worker.js (about 1.4 MB) on every run; with the code V8 compiled in an earlier run
 * (`check-worker.js.v8cache` beside it) it skips most of that work. The cache is written by the
 * worker after its first file, when it was missing or stale (V8 rejects a cache of another bundle or
 * another Node version by itself). Anything wrong — no cache, a rejected or corrupt one, a folder that
 * cannot be written — falls back to compiling as usual; the cache never changes what is checked.
 */

/** The cache file of a bundle. */
export const codeCacheFile = (script: string): string => `${script}.v8cache`;

/** Global the boot script leaves for the worker: write the cache now (once). */
export const SAVE_CODE_CACHE = '__budgetCheckSaveCodeCache';

/**
 * The worker's boot code (run with `eval: true`; workerData: { file, cache }): loads the bundle as
 * CommonJS through vm.Script with the cached data, and defines the save hook.
 */
export const WORKER_BOOT = `
const { workerData } = require('worker_threads');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');
const { file, cache } = workerData;
let script = null;
let cached;
try { cached = fs.readFileSync(cache); } catch { cached = undefined; }
const hadCache = cached !== undefined;
// the bundle is ASCII (scripts/ascii-source.js): read as Latin-1 it is the same text, without the ~10 ms
// Node's UTF-8 decoding takes for 1.6 MB (a bundle that is not ASCII is decoded as UTF-8, as before)
const readSource = () => {
  const bytes = fs.readFileSync(file);
  return require('buffer').isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
};
try {
  script = new vm.Script(Module.wrap(readSource()), { filename: file, cachedData: cached, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
} catch { script = null; }
cached = undefined; // V8 has read the bytes
let saved = false;
globalThis.${SAVE_CODE_CACHE} = () => {
  if (saved || !script) return;
  saved = true;
  try {
    // pid and thread: the workers of one run (--jobs) may all write it at once; the rename keeps one whole file
    const tmp = cache + '.' + process.pid + '.' + require('worker_threads').threadId + '.tmp';
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, cache);
  } catch { /* a folder that cannot be written: no cache, nothing else changes */ }
  script = null;
};
if (script) {
  const m = new Module(file, null);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext().call(m.exports, m.exports, Module.createRequire(file), m, file, path.dirname(file));
  // a cache V8 accepted needs no writing (the hook then does nothing); the cached bytes are not kept either
  if (hadCache && !script.cachedDataRejected) script = null;
} else {
  require(file);
}
`;
