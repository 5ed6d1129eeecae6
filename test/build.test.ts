/**
 * The production build holds every page and icon the manifest points at, and no office.js copy;
 * its manifest passes the offline validation; the one-file page needs nothing beside it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { validateManifest } from '../scripts/validate-manifest';

const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist');

test('every localhost:3000 URL of the manifest exists in dist/', () => {
  expect(fs.existsSync(DIST)).toBe(true);
  const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const urls = Array.from(new Set(Array.from(manifest.matchAll(/https:\/\/localhost:3000\/([^"?#]+)/g), (m) => m[1])));
  expect(urls.length).toBeGreaterThan(5);
  for (const u of urls) expect([u, fs.existsSync(path.join(DIST, u))]).toEqual([u, true]);
});

test('the standalone page loads nothing from outside; the add-in page loads office.js from the CDN only', () => {
  const standalone = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  expect(standalone).not.toMatch(/https?:\/\//);
  const taskpane = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const external = Array.from(taskpane.matchAll(/src="?(https?:[^"\s>]+)/g), (m) => m[1]);
  expect(external).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
});

test('office.js from npm is not bundled', () => {
  for (const f of fs.readdirSync(DIST).filter((f) => f.endsWith('.js'))) {
    const size = fs.statSync(path.join(DIST, f)).size;
    expect([f, size < 5 * 1024 * 1024]).toEqual([f, true]);
  }
});

test('dist/manifest.xml passes the offline validation, every page and icon it names is in dist/, and all its URLs are on one address', () => {
  expect(validateManifest(path.join(DIST, 'manifest.xml'), { repoRoot: ROOT }).errors).toEqual([]);
  const urls = Array.from(fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8').matchAll(/https:\/\/[^"<\s]+/g), (m) => m[0]);
  expect(new Set(urls.map((u) => new URL(u).origin)).size).toBe(1);
});

test('the one-file page: every script inline, the icon a data: URL, nothing loaded from a file or address', () => {
  const html = fs.readFileSync(path.join(DIST, 'budget-check.html'), 'utf8');
  expect(html).not.toMatch(/<script\b[^>]*\bsrc=/);
  expect(html).not.toMatch(/office\.js/);
  const refs = Array.from(html.matchAll(/<(?:link|img)\b[^>]*\b(?:href|src)=("?)([^"\s>]+)\1/g), (m) => m[2]);
  expect(refs.length).toBeGreaterThan(0);
  expect(refs.filter((r) => !r.startsWith('data:'))).toEqual([]);
  // the page's own scripts and every chunk it loads on demand (exports, Word writer) are in it
  const chunks = fs.readdirSync(DIST).filter((f) => /^\d+\.[0-9a-f]+\.js$/.test(f));
  expect(chunks.length).toBeGreaterThan(0);
  expect((html.match(/<script>/g) ?? []).length).toBeGreaterThanOrEqual(chunks.length + 1);
});

test('the pane’s first script holds neither a spreadsheet reader nor the engine (both loaded with import() when used)', () => {
  const first = fs.readdirSync(DIST).filter((f) => /^taskpane\.[0-9a-f]+\.js$/.test(f));
  expect(first).toHaveLength(1);
  const text = fs.readFileSync(path.join(DIST, first[0]), 'utf8');
  expect(text).not.toMatch(/sheet_to_json|ExcelJS|JSZip/); // SheetJS, exceljs, jszip
  expect(text).not.toContain('规则运行出错'); // the rule engine (src/core/check/engine.ts)
  // …and both are in the build, as on-demand chunks
  const chunks = fs.readdirSync(DIST).filter((f) => /^\d+\.[0-9a-f]+\.js$/.test(f)).map((f) => fs.readFileSync(path.join(DIST, f), 'utf8'));
  expect(chunks.some((c) => c.includes('规则运行出错'))).toBe(true);
  expect(chunks.some((c) => /sheet_to_json/.test(c))).toBe(true);
});
