/**
 * `budget-check … | head`: the reader closes the pipe early; the CLI stops quietly instead of
 * dying with an unhandled EPIPE (the compiled CLI, built by `npm test` before jest).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const built = fs.existsSync(path.join(ROOT, 'lib', 'hosts', 'cli', 'main.js'));
const maybe = built && process.platform !== 'win32' ? test : test.skip;

maybe('output piped into head: no unhandled EPIPE on stderr', () => {
  const r = spawnSync('bash', ['-c', `node bin/budget-check.js test/fixtures | head -1`], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  expect(r.stderr).not.toMatch(/EPIPE|Unhandled|内部错误/);
});
