'use strict';
/**
 * A webpack plugin that writes the standalone page as one self-contained file
 * (dist/budget-check.html): the standalone index.html with every script of its entry — the
 * entry chunk and all chunks it loads on demand (exports, Word writer) — inlined, and the icon
 * as a data: URL. It opens from a double click (file://) with no server and no network: the
 * on-demand chunks are already registered when the entry runs, so import() never fetches.
 */
const fs = require('fs');
const path = require('path');
const { Compilation, sources } = require('webpack');

const NAME = 'SingleFilePagePlugin';

/** Script text made safe inside <script>…</script> (only strings/regexps can hold these sequences). */
function inlineScript(code) {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Every chunk of an entry: its own, then those it loads on demand, recursively (each once). */
function entryChunks(compilation, entry) {
  const group = compilation.entrypoints.get(entry);
  if (!group) throw new Error(`${NAME}: 没有入口 ${entry}`);
  const seen = new Set();
  const own = [];
  const lazy = [];
  const visit = (g, initial) => {
    for (const c of g.chunks) {
      if (seen.has(c)) continue;
      seen.add(c);
      (initial ? own : lazy).push(c);
    }
    for (const child of g.getChildren()) visit(child, false);
  };
  visit(group, true);
  return { own, lazy };
}

class SingleFilePagePlugin {
  /**
   * @param {{ page: string, output: string, entry: string, icon: string }} options
   *   page: the built HTML page to inline (e.g. index.html); output: file name to write;
   *   entry: the webpack entry of that page; icon: path of the PNG icon on disk.
   */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { page, output, entry, icon } = this.options;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, (assets) => {
        const html = assets[page];
        if (!html) {
          compilation.errors.push(new Error(`${NAME}: 找不到 ${page}`));
          return;
        }
        const { own, lazy } = entryChunks(compilation, entry);
        const js = (chunks) => chunks.flatMap((c) => [...c.files].filter((f) => f.endsWith('.js')));
        const script = (file) => {
          const asset = compilation.getAsset(file);
          if (!asset) throw new Error(`${NAME}: 找不到 ${file}`);
          return `<script>${inlineScript(asset.source.source().toString())}</script>`;
        };
        const iconUrl = `data:image/png;base64,${fs.readFileSync(path.resolve(compiler.context, icon)).toString('base64')}`;
        let text = html.source().toString();
        const ownFiles = new Set(js(own));
        // drop the page's own <script src> tags: the same code is inlined at the end of <body>
        // (minified HTML may leave attribute values unquoted)
        const SRC = /<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))[^>]*><\/script>/g;
        text = text.replace(SRC, (tag, a, b, c) => (ownFiles.has(a ?? b ?? c) ? '' : tag));
        if (/<script\b[^>]*\bsrc=/.test(text)) throw new Error(`${NAME}: ${page} 还引用了其他脚本文件`);
        text = text.replace(/href=(?:"[^"]*icon-32\.png"|'[^']*icon-32\.png'|[^\s>"']*icon-32\.png)/g, () => `href="${iconUrl}"`);
        const inlined = [...js(lazy), ...js(own)].map(script).join('\n');
        // a function, not a string: the code holds "$&", "$'"… that a replacement string would expand
        if (!text.includes('</body>')) throw new Error(`${NAME}: ${page} 没有 </body>`);
        text = text.replace('</body>', () => `${inlined}\n</body>`);
        // already minified scripts in an HTML page: no minimizer may take it for JavaScript
        compilation.emitAsset(output, new sources.RawSource(text), { minimized: true });
      });
    });
  }
}

module.exports = { SingleFilePagePlugin, inlineScript };
