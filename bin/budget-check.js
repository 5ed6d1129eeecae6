#!/usr/bin/env node
'use strict';
// Entry point of the budget-check CLI. The TypeScript sources are compiled to lib/ by
// `npm ci` (prepare script) or `npm run build:cli`.
let main;
try {
  main = require('../lib/hosts/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && /lib[\\/]hosts[\\/]cli[\\/]main/.test(String(e.message))) {
    process.stderr.write('budget-check 尚未编译：请先在项目目录运行 `npm ci`（或 `npm run build:cli`）。\n');
    process.exit(2);
  }
  throw e;
}
main.run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`内部错误：${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
