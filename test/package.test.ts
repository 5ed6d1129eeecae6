/**
 * The newcomer's first commands: `engines` says which Node.js versions every installed package
 * supports, and `npm run demo` does what the README says (no recompiling when lib/ is up to
 * date; the CLI's exit code 1 for the sample mistakes is stated, the demo itself ends with 0).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import semver from 'semver';

const ROOT = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string }; scripts: Record<string, string> };
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean; dev?: boolean }>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const demo = require('../scripts/demo.js') as { isStale: (entry?: string, root?: string, dirs?: string[], files?: string[]) => boolean };

describe('engines', () => {
  const ours = pkg.engines.node;

  test('every Node.js version package.json allows is one every installed package supports', () => {
    const narrower: string[] = [];
    for (const [where, p] of Object.entries(lock.packages)) {
      const theirs = !p.optional && p.engines && !Array.isArray(p.engines) ? p.engines.node : undefined;
      if (!where || !theirs) continue;
      if (!semver.subset(ours, theirs)) narrower.push(`${where.replace(/^.*node_modules\//, '')} requires node ${theirs}`);
    }
    expect(narrower).toEqual([]);
  });

  test('the Node.js running the tests is one package.json allows', () => {
    expect([process.version, semver.satisfies(process.version, ours)]).toEqual([process.version, true]);
  });

  test('the README states the same versions', () => {
    expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('Node.js 20.19+、22.13+ 或 24+');
  });
});

describe('npm run demo', () => {
  test('is scripts/demo.js', () => {
    expect(pkg.scripts.demo).toBe('node scripts/demo.js');
  });

  test('lib/ is compiled again only when missing or older than a source file', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-demo-'));
    try {
      fs.mkdirSync(path.join(tmp, 'src'));
      fs.mkdirSync(path.join(tmp, 'lib'));
      const source = path.join(tmp, 'src', 'a.ts');
      const entry = path.join(tmp, 'lib', 'main.js');
      fs.writeFileSync(source, '');
      expect(demo.isStale(entry, tmp, ['src'], [])).toBe(true); // missing
      fs.writeFileSync(entry, '');
      const t = Date.now() / 1000;
      fs.utimesSync(source, t - 100, t - 100);
      fs.utimesSync(entry, t - 50, t - 50);
      expect(demo.isStale(entry, tmp, ['src'], [])).toBe(false);
      fs.utimesSync(source, t, t);
      expect(demo.isStale(entry, tmp, ['src'], [])).toBe(true);
      // browser-only sources are not part of the CLI
      fs.utimesSync(source, t - 100, t - 100);
      fs.writeFileSync(path.join(tmp, 'src', 'b.browser.ts'), '');
      expect(demo.isStale(entry, tmp, ['src'], [])).toBe(false);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('checks the samples, states the CLI’s exit code 1, ends with 0, and does not recompile an up-to-date lib/', () => {
    const fresh = !demo.isStale();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'demo.js')], { cwd: ROOT, encoding: 'utf8', timeout: 180000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2025-caidian-ybj-budget.xlsx');
    expect(r.stdout).toContain('命令行的退出码为 1：示例工作簿中有真实的错误级问题，这是预期的结果（npm run demo 本身以 0 结束）。');
    if (fresh) expect(r.stdout).not.toContain('正在编译');
  }, 200000);
});
