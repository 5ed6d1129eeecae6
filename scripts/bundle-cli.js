/**
 * `npm run build:cli`, second step: the CLI as bundled files, each one file with its dependencies (SheetJS,
 * jszip, decimal.js, …) so that Node starts it without resolving and reading hundreds of modules (issue 19:
 * start-up a small part of a run):
 *   lib/cli/early.js         the first step: for a check, starts the worker before main.js is loaded;
 *   lib/cli/main.js          the command: arguments, files, output — without the engine or a reader;
 *   lib/cli/check-worker.js  the worker thread that reads and checks each file (engine and reader);
 *   lib/cli/narrate.js, outputs.js, check-file.js  what main.js loads with import() only when used
 *                            (`narrate`, --report/--opinion, checking without a worker).
 * A dynamic import() of those modules stays a require() of the bundle next to main.js, so main.js stays
 * small. bin/budget-check.js runs lib/cli/main.js, and falls back to the per-module build
 * (lib/hosts/cli/main.js, tsc) when it is absent. exceljs and mammoth stay outside (required from
 * node_modules when first used: exports, .docx).
 */
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');
const { asciiOnly } = require('./ascii-source');

const ROOT = path.join(__dirname, '..');

const OUT = path.join(ROOT, 'lib', 'cli');

/** Modules of src/hosts/cli that are bundles of their own, loaded with import() when first used. */
const LAZY = ['narrate', 'outputs', 'check-file'];

/** `import('./narrate')` inside a bundle → require('./narrate.js'), the bundle beside it (resolved from lib/cli). */
const lazyBundles = {
  name: 'lazy-bundles',
  setup(build) {
    const filter = new RegExp(`^\\./(${LAZY.join('|')})$`);
    build.onResolve({ filter }, (args) => (args.kind === 'dynamic-import' ? { path: `${args.path}.js`, external: true } : undefined));
  },
};

esbuild
  .build({
    entryPoints: Object.fromEntries(['early', 'main', 'check-worker', ...LAZY].map((name) => [name, path.join(ROOT, 'src/hosts/cli', `${name}.ts`)])),
    plugins: [lazyBundles],
    outdir: OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // whitespace and syntax only: stack traces keep their names
    minifyWhitespace: true,
    minifySyntax: true,
    external: ['exceljs', 'mammoth'],
    logLevel: 'warning',
    legalComments: 'none',
  })
  .then(() => {
    for (const f of fs.readdirSync(OUT)) if (f.endsWith('.js')) asciiOnly(path.join(OUT, f));
  })
  .catch((e) => {
    if (e && !e.errors) console.error(e);
    process.exit(1);
  });
