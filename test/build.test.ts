/** The production build holds every page and icon the manifest points at, and no office.js copy. */
import * as fs from 'fs';
import * as path from 'path';

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
