#!/usr/bin/env node
'use strict';
/**
 * `npm run demo`: check the five sample workbooks of test/fixtures/ (not the real documents in
 * test/fixtures/real/) with the CLI.
 *
 * The CLI is compiled (tsc -p tsconfig.cli.json) only when lib/ is missing or older than a
 * source file; `npm ci` has already compiled it. The sample workbooks hold real mistakes, so the
 * CLI returns 1 (at least one error-level finding); the demo says so and ends with 0. It ends
 * with 2 when the CLI could not run.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const ENTRY = path.join(ROOT, 'lib', 'hosts', 'cli', 'main.js');
/** What tsconfig.cli.json compiles, and the config files themselves. */
const SOURCES = ['src/core', 'src/hosts/xlsx', 'src/hosts/narrative', 'src/hosts/cli'];
const CONFIGS = ['tsconfig.json', 'tsconfig.cli.json'];

/** Newest modification time (ms) of the .ts files under the given folders and of the given files. */
function newestSource(root = ROOT, dirs = SOURCES, files = CONFIGS) {
  let newest = 0;
  const visit = (p) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    else if (/\.ts$/.test(p) && !/\.browser\.ts$/.test(p)) newest = Math.max(newest, st.mtimeMs);
  };
  for (const d of dirs) if (fs.existsSync(path.join(root, d))) visit(path.join(root, d));
  for (const f of files) if (fs.existsSync(path.join(root, f))) newest = Math.max(newest, fs.statSync(path.join(root, f)).mtimeMs);
  return newest;
}

/** Does the compiled CLI need compiling again (missing, or older than a source)? */
function isStale(entry = ENTRY, root = ROOT, dirs = SOURCES, files = CONFIGS) {
  if (!fs.existsSync(entry)) return true;
  return fs.statSync(entry).mtimeMs < newestSource(root, dirs, files);
}

function main() {
  if (isStale()) {
    process.stdout.write('正在编译命令行工具（lib/ 不存在或早于源代码）…\n');
    const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'inherit' });
    if (tsc.status !== 0) return 2;
  }
  const samples = fs
    .readdirSync(path.join(ROOT, 'test', 'fixtures'))
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => path.join('test', 'fixtures', f));
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'budget-check.js'), ...samples], { cwd: ROOT, stdio: 'inherit' });
  const code = r.status ?? 2;
  if (code === 1) {
    process.stdout.write('\n命令行的退出码为 1：示例工作簿中有真实的错误级问题，这是预期的结果（npm run demo 本身以 0 结束）。\n');
    return 0;
  }
  if (code === 0) {
    process.stdout.write('\n命令行的退出码为 0：没有错误级问题。\n');
    return 0;
  }
  process.stderr.write(`\n命令行未能运行（退出码 ${code}）。\n`);
  return 2;
}

module.exports = { isStale, newestSource };

if (require.main === module) process.exitCode = main();
