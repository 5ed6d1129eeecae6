#!/usr/bin/env node
'use strict';
// Entry point of the budget-check CLI. The TypeScript sources are compiled by `npm ci` (prepare
// script) or `npm run build:cli`: to lib/ module by module (tsc), and to one bundled file,
// lib/cli/main.js (scripts/bundle-cli.js), which starts faster and is used when present.
const path = require('path');
const fs = require('fs');

// `budget-check … | head`: the reader closed the pipe; the rest of the output has nobody to read it
process.stdout.on('error', (e) => {
  if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const BUNDLE = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
const EARLY = path.join(__dirname, '..', 'lib', 'cli', 'early.js');
const argv = process.argv.slice(2);

// a check starts its worker first (lib/cli/early.js, small): the worker boots while main.js loads
let started = null;
if (fs.existsSync(EARLY) && fs.existsSync(BUNDLE)) {
  try {
    started = require(EARLY).startEarly(argv);
  } catch {
    started = null; // main.js starts it as usual
  }
}

let main;
try {
  main = require(fs.existsSync(BUNDLE) ? BUNDLE : '../lib/hosts/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && /lib[\\/]hosts[\\/]cli[\\/]main/.test(String(e.message))) {
    process.stderr.write('budget-check 尚未编译：请先在项目目录运行 `npm ci`（或 `npm run build:cli`）。\n');
    process.exit(2);
  }
  throw e;
}
main.run(argv, undefined, started ? { started } : {}).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`内部错误：${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
