/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 *
 * A re-check (settings changed, a table assigned by hand, the narrative corrected) runs in the check
 * worker like a first check, so that the page does not freeze on a large workbook: the page sends the
 * model it holds, and only the report comes back. Where the worker cannot start, the page checks itself.
 */
import * as path from 'path';
import { analyseWorkbook } from '../../src/core/report';
import { DEFAULT_SETTINGS, toCheckConfig } from '../../src/core/review/settings';
import type { Workbook } from '../../src/core/workbook';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import type { CheckedFile, CheckRequest, CheckResponse } from '../../taskpane/session';

const FIXTURE = path.join(__dirname, '..', 'fixtures', '2023-huangpi-ybfwzx-budget.xlsx');

/** A stand-in Web Worker that checks what it is sent as taskpane/check-worker.ts does, and records it. */
class FakeWorker {
  static requests: CheckRequest[] = [];
  static fail = false;
  private listeners: Record<string, ((e: unknown) => void)[]> = {};
  constructor(readonly url: string) {}
  addEventListener(type: string, fn: (e: unknown) => void): void {
    (this.listeners[type] ??= []).push(fn);
  }
  removeEventListener(type: string, fn: (e: unknown) => void): void {
    this.listeners[type] = (this.listeners[type] ?? []).filter((f) => f !== fn);
  }
  postMessage(request: CheckRequest): void {
    FakeWorker.requests.push(request);
    setTimeout(() => {
      if (FakeWorker.fail) {
        for (const fn of this.listeners.error ?? []) fn({ preventDefault: () => undefined });
        return;
      }
      if (!('workbook' in request)) throw new Error('the test sends models only');
      const data: CheckResponse = { id: request.id, report: analyseWorkbook(request.name, request.workbook, undefined, request.config), workbook: null };
      for (const fn of this.listeners.message ?? []) fn({ data });
    }, 0);
  }
  terminate(): void {}
}

let wb: Workbook;
let session: typeof import('../../taskpane/session');

beforeAll(async () => {
  wb = await readWorkbookFile(FIXTURE);
  (globalThis as unknown as { Worker: unknown }).Worker = FakeWorker;
  // the session decides at load whether workers can run
  session = await import('../../taskpane/session');
});

const fileOf = (): CheckedFile => ({ name: 'a.xlsx', report: analyseWorkbook('a.xlsx', wb), workbook: wb, bytes: null, accepted: [], settings: DEFAULT_SETTINGS });

test('a re-check sends the model to the worker and takes its report', async () => {
  FakeWorker.requests = [];
  const settings = { ...DEFAULT_SETTINGS, rounding: false };
  const before = fileOf();
  expect(before.report.findings.some((f) => f.category === 'rounding')).toBe(true);
  const after = await session.recheck(before, settings);
  expect(FakeWorker.requests).toHaveLength(1);
  const [request] = FakeWorker.requests;
  expect('workbook' in request && request.workbook).toBe(wb);
  expect('bytes' in request).toBe(false);
  expect(request.config).toEqual(toCheckConfig(settings));
  expect(after.settings).toBe(settings);
  expect(after.workbook).toBe(wb); // the page keeps its own model
  expect(after.report.findings.some((f) => f.category === 'rounding')).toBe(false);
  expect(after.report.findings.map((f) => f.fingerprint)).toEqual(analyseWorkbook('a.xlsx', wb, undefined, toCheckConfig(settings)).findings.map((f) => f.fingerprint));
});

test('where the worker fails, the page checks in its own thread', async () => {
  FakeWorker.requests = [];
  FakeWorker.fail = true;
  const settings = { ...DEFAULT_SETTINGS, rounding: false };
  const after = await session.recheck(fileOf(), settings);
  expect(FakeWorker.requests).toHaveLength(1);
  expect(after.report.findings.map((f) => f.fingerprint)).toEqual(analyseWorkbook('a.xlsx', wb, undefined, toCheckConfig(settings)).findings.map((f) => f.fingerprint));
  // from then on the page does not try the worker again
  await session.recheck(fileOf(), settings);
  expect(FakeWorker.requests).toHaveLength(1);
});
