/**
 * `npm run build:cli`, second step: the CLI as two bundled files, lib/cli/main.js (the command: arguments, files,
 * output) and lib/cli/check-worker.js (the worker thread that reads and checks each file), each one
 * file with its dependencies (SheetJS, jszip, decimal.js, …) so that Node starts it without resolving and
 * reading hundreds of modules (issue 19: start-up a small part of a run). bin/budget-check.js runs
 * lib/cli/main.js, and falls back to the per-module build (lib/hosts/cli/main.js, tsc) when it is absent.
 * exceljs and mammoth stay outside (required from node_modules when first used: exports, .docx).
 */
const path = require('path');
const esbuild = require('esbuild');

const ROOT = path.join(__dirname, '..');

esbuild
  .build({
    entryPoints: { main: path.join(ROOT, 'src/hosts/cli/main.ts'), 'check-worker': path.join(ROOT, 'src/hosts/cli/check-worker.ts') },
    outdir: path.join(ROOT, 'lib', 'cli'),
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
  .catch(() => process.exit(1));
