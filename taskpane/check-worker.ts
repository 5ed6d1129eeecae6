/**
 * The standalone page's check worker (built as check-worker.js): reads a chosen .xlsx and runs
 * the engine off the page's thread, so that the page never freezes, and a file that takes too
 * long can be stopped (session.ts); it also re-checks a model the page sent (settings changed).
 * Messages: CheckRequest in, CheckResponse out.
 */
import { errorCode, userMessage } from '../src/core/errors';
import { analyseWorkbook, failedFile } from '../src/core/report';
import { readWorkbookBlob } from '../src/hosts/xlsx/browser';
import type { CheckRequest, CheckResponse } from './session';

const scope = self as unknown as { onmessage: ((e: MessageEvent<CheckRequest>) => void) | null; postMessage(m: CheckResponse): void };

scope.onmessage = (e) => {
  const request = e.data;
  const { id, name, config } = request;
  void (async () => {
    try {
      if ('workbook' in request) {
        // a re-check of a model the page holds: only the report goes back
        scope.postMessage({ id, report: analyseWorkbook(name, request.workbook, undefined, config), workbook: null });
        return;
      }
      const workbook = await readWorkbookBlob(new Blob([request.bytes as Uint8Array<ArrayBuffer>]), name);
      scope.postMessage({ id, report: analyseWorkbook(name, workbook, undefined, config), workbook });
    } catch (err) {
      scope.postMessage({ id, report: failedFile(name, userMessage(err), errorCode(err)), workbook: null });
    }
  })();
};
