/**
 * The CLI bundles are ASCII (scripts/ascii-source.js, issue 19: start-up): a non-ASCII character makes Node
 * decode the whole bundle as UTF-8 into a two-byte string. The escaping must not change what any literal
 * means: each case below is evaluated before and after and compared on sample inputs.
 */
import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { escapeNonAscii } = require('../../scripts/ascii-source.js') as { escapeNonAscii: (s: string) => string };

const CLI = path.join(__dirname, '..', '..', 'lib', 'cli');

const evaluate = (src: string): unknown => new Function(`return (${src});`)();

const SAMPLES = ['１２３', '123', '（备注）', '(备注)', '合计', '本年收入合计', '\\（', 'a😀b', '😀', '\ud83d', '％', '%', '', '－12.5', '一、收入'];

/** Sources holding non-ASCII characters the way the bundle does (regular expression literals) and strings. */
const CASES = [
  String.raw`/[０-９]/g`,
  String.raw`/^(备注|注|说明)\s*[:：]/`,
  String.raw`/[．，（）－−﹣％＋￥]/g`,
  String.raw`/\（备注\）/`,
  String.raw`/\\（/`,
  String.raw`/[\\（]/`,
  String.raw`/😀/u`,
  String.raw`/[😀a]/u`,
  String.raw`/[😀a]/`,
  String.raw`/^.$/u`,
  String.raw`"合计\u4e00"`,
  String.raw`"\\合计"`,
  String.raw`'一、收入'`,
  '`本年${1 + 1}收入`',
];

describe('escapeNonAscii', () => {
  test.each(CASES)('%s means the same after escaping', (src) => {
    const out = escapeNonAscii(src);
    expect(/[\u0080-\uffff]/.test(out)).toBe(false);
    const before = evaluate(src);
    const after = evaluate(out);
    if (before instanceof RegExp) {
      expect(after).toBeInstanceOf(RegExp);
      const b = before as RegExp;
      const a = after as RegExp;
      expect(a.flags).toBe(b.flags);
      for (const s of SAMPLES) {
        b.lastIndex = 0;
        a.lastIndex = 0;
        expect([s, s.replace(a, '#')]).toEqual([s, s.replace(b, '#')]);
      }
    } else {
      expect(after).toBe(before);
    }
  });

  test('an escaped backslash before the character is kept, an identity escape is replaced', () => {
    expect(escapeNonAscii(String.raw`\（`)).toBe(String.raw`\uff08`);
    expect(escapeNonAscii(String.raw`\\（`)).toBe(String.raw`\\\uff08`);
    expect(escapeNonAscii('😀')).toBe(String.raw`\ud83d\ude00`);
  });
});

const built = fs.existsSync(CLI) ? fs.readdirSync(CLI).filter((f) => f.endsWith('.js')) : [];
// `npm test` builds lib/cli first; `npm run test:fast` does not, and a lib/cli made before the bundler last
// changed says nothing about the bundler of this checkout: such a build is skipped, by name
const BUNDLER = ['bundle-cli.js', 'ascii-source.js'].map((f) => path.join(__dirname, '..', '..', 'scripts', f));
const bundlerChanged = Math.max(...BUNDLER.map((f) => fs.statSync(f).mtimeMs));
const stale = built.some((f) => fs.statSync(path.join(CLI, f)).mtimeMs < bundlerChanged);
const maybe = built.length && !stale ? test : test.skip;

maybe(`every bundle in lib/cli is ASCII${stale ? ' (skipped: lib/cli is older than scripts/bundle-cli.js or ascii-source.js — run npm run build:cli)' : ''}`, () => {
  for (const f of built) {
    const bytes = fs.readFileSync(path.join(CLI, f));
    expect([f, bytes.findIndex((b) => b > 0x7f)]).toEqual([f, -1]);
  }
});
