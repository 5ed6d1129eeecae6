/**
 * Every character of a CLI bundle ASCII (issue 19: start-up; used by scripts/bundle-cli.js). esbuild escapes
 * non-ASCII characters in strings but leaves them in regular expression literals (the 全角 digits, 备注,
 * 合计 … of the recognisers). One such character makes Node decode the whole 1.5 MB file as UTF-8 and hand
 * V8 a two-byte string: more time and ~8 MB more memory on every start, in each thread that loads it.
 * `\uXXXX` means the same character in a regular expression (with or without the u flag: a surrogate
 * pair of escapes is one code point there) and in a string; an identity escape `\（` becomes `\uff08`,
 * which is the same character.
 */
const fs = require('fs');
const Module = require('module');
const vm = require('vm');

/** The source with every non-ASCII UTF-16 unit written as a \uXXXX escape. */
function escapeNonAscii(text) {
  return text.replace(/(\\*)([\u0080-\uffff])/g, (_, slashes, c) => {
    // an odd run of backslashes escapes the character itself: the escape replaces that backslash
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Rewrite a bundle file in ASCII; checked: no raw template whose text would change, and still valid JavaScript. */
function asciiOnly(file) {
  const text = fs.readFileSync(file, 'utf8');
  if (!/[\u0080-\uffff]/.test(text)) return;
  if (/String\.raw/.test(text)) throw new Error(`${file}: String.raw in the bundle — escaping could change a raw template`);
  const out = escapeNonAscii(text);
  new vm.Script(Module.wrap(out), { filename: file }); // throws on a syntax error
  fs.writeFileSync(file, out);
}

module.exports = { asciiOnly, escapeNonAscii };
