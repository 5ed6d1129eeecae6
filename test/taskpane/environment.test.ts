import { detectHostMode } from '../../taskpane/environment';

type G = { Office?: unknown };
const g = globalThis as unknown as G;

afterEach(() => {
  delete g.Office;
});

test('no Office.js at all → standalone page', async () => {
  expect(await detectHostMode()).toBe('standalone');
});

test('Office.js loaded outside Office (host null) → standalone page', async () => {
  g.Office = { onReady: () => Promise.resolve({ host: null, platform: null }), HostType: { Excel: 'Excel' } };
  expect(await detectHostMode()).toBe('standalone');
});

test('inside Excel → excel mode', async () => {
  g.Office = { onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }), HostType: { Excel: 'Excel' } };
  expect(await detectHostMode()).toBe('excel');
});

test('inside another Office host (Word) → standalone page', async () => {
  g.Office = { onReady: () => Promise.resolve({ host: 'Word', platform: 'PC' }), HostType: { Excel: 'Excel' } };
  expect(await detectHostMode()).toBe('standalone');
});

test('Office.onReady that never resolves (office.js blocked) → standalone after the timeout', async () => {
  g.Office = { onReady: () => new Promise(() => undefined), HostType: { Excel: 'Excel' } };
  expect(await detectHostMode(50)).toBe('standalone');
});
