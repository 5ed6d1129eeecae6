/**
 * bin/budget-check.js starts the checking worker from lib/cli/early.js before it loads the command
 * (issue 19: start-up). The reports must be the same as without that step (a copy of the CLI without
 * early.js), and runs that are not checks must end as before, leaving no worker behind. Runs the compiled
 * CLI (lib/cli, built by `npm test` before jest).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'lib', 'cli');
const FILE = path.join(ROOT, 'test', 'fixtures', '2022-dongxihu-ybj-budget.xlsx');

/** A copy of the CLI (bin + lib/cli) without early.js: bin then starts the worker from main.js, as before. */
function copyWithoutEarly(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-noearly-'));
  fs.cpSync(path.join(ROOT, 'bin'), path.join(dir, 'bin'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'lib', 'cli'), { recursive: true });
  for (const f of fs.readdirSync(CLI)) if (f.endsWith('.js') && f !== 'early.js') fs.copyFileSync(path.join(CLI, f), path.join(dir, 'lib', 'cli', f));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function cli(root: string, args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'budget-check.js'), ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const maybe = fs.existsSync(path.join(CLI, 'early.js')) && fs.existsSync(path.join(CLI, 'main.js')) ? describe : describe.skip;

maybe('bin with lib/cli/early.js', () => {
  let plain: string;
  beforeAll(() => {
    plain = copyWithoutEarly();
  });
  afterAll(() => fs.rmSync(plain, { recursive: true, force: true }));

  test.each([[['--format', 'json']], [['--format', 'json', '--max-memory', '400']], [['--format', 'text', '--min-severity', 'warning']]])('%j: the same report and exit code as without it', (opts) => {
    const early = cli(ROOT, [...opts, FILE]);
    const before = cli(plain, [...opts, FILE]);
    expect(early.status).toBe(1); // the seed has error findings
    expect(early).toEqual(before);
    if (opts[1] === 'json') expect(JSON.parse(early.stdout).files[0].findings.length).toBeGreaterThan(0);
  });

  test.each([[['--help'], 0], [['--version'], 0], [['--no-such-option'], 2], [[path.join(ROOT, 'no-such-file.xlsx')], 2], [['narrate', '--help'], 0]])('%j ends with %i and no worker left running', (args, code) => {
    const r = cli(ROOT, args);
    expect(r.signal).toBeNull(); // ended by itself, not by the test's time limit
    expect(r.status).toBe(code);
    expect(r).toEqual(cli(plain, args));
  });
});
