/**
 * Webpack plugin: prints the size of each entry's scripts after a build (minified, and gzipped),
 * then of the on-demand chunks, so that `npm run build` shows what a page loads first (issue 19:
 * the pane's first script ≤ 700 KB, with no spreadsheet reader in it).
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;

class EntrySizesPlugin {
  apply(compiler) {
    compiler.hooks.done.tap('EntrySizesPlugin', (stats) => {
      const c = stats.compilation;
      if (c.errors.length) return;
      const size = (file) => {
        // read back from dist/: after emitting, webpack keeps only the size of each asset
        const out = path.join(compiler.outputPath, file);
        if (!fs.existsSync(out)) return '(not written)';
        const buf = fs.readFileSync(out);
        return `${kb(buf.length)} (${kb(zlib.gzipSync(buf).length)} gzip)`;
      };
      const initial = new Set();
      const lines = ['entry chunks (what a page loads first):'];
      for (const [name, ep] of c.entrypoints) {
        for (const file of ep.getFiles().filter((f) => f.endsWith('.js'))) {
          initial.add(file);
          lines.push(`  ${name.padEnd(14)} ${file.padEnd(32)} ${size(file)}`);
        }
      }
      lines.push('on-demand chunks (loaded with import() when first used):');
      for (const chunk of c.chunks) {
        if (chunk.canBeInitial()) continue;
        for (const file of chunk.files) if (file.endsWith('.js') && !initial.has(file)) lines.push(`  ${''.padEnd(14)} ${file.padEnd(32)} ${size(file)}`);
      }
      console.log(lines.join('\n'));
    });
  }
}

module.exports = { EntrySizesPlugin };
