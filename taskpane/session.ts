/**
 * What the task pane knows about each checked workbook, and how the standalone page keeps a
 * user's accepted exceptions and settings (in this browser, per file name: the page never
 * writes into the user's file).
 */
import type { CheckConfig } from '../src/core/check';
import { errorCode, readErrorMessage, userMessage } from '../src/core/errors';
import type { NarrativeInput } from '../src/core/narrative/source';
import { failedFile, type FileReport } from '../src/core/report-base';
import { loadEngine } from './engine';
import { parseAccepted, type AcceptedException } from '../src/core/review/accepted';
import { DEFAULT_SETTINGS, parseSettings, toCheckConfig, type ReviewSettings } from '../src/core/review/settings';
import type { Workbook } from '../src/core/workbook';
import { readWorkbookBlob } from './reader';
import { DEFAULT_MAX_LANES, mapInLanes } from '../src/hosts/lanes';
import type { CellEdit } from '../src/hosts/xlsx/export';
import { narrativeApplies } from './narrative';

export interface CheckedFile {
  /** File name, or 当前工作簿 in Excel. */
  name: string;
  report: FileReport;
  /** The workbook model (preview, re-check after a settings change); null when it could not be read. */
  workbook: Workbook | null;
  /** Standalone: the original bytes, for the marked copy (never modified). */
  bytes: Uint8Array | null;
  accepted: AcceptedException[];
  settings: ReviewSettings;
  /** Narrative used for this check (pasted text), so a re-check uses the same one. */
  narrative?: NarrativeInput;
  /** Standalone: narrative cells corrected by autofix in the page's copy (for the corrected download). */
  edits?: CellEdit[];
}

/**
 * Re-run the engine on the workbook model already read (settings changed, a table assigned by hand, the
 * narrative corrected): in the check worker like a first check, so that the page does not freeze on a
 * large workbook; on the page's thread where no worker runs.
 */
export async function recheck(file: CheckedFile, settings: ReviewSettings = file.settings, timeoutMs = PAGE_TIMEOUT_MS): Promise<CheckedFile> {
  if (!file.workbook) return { ...file, settings };
  const config = toCheckConfig(settings, file.narrative);
  const r = workerChecks[0].usable ? await workerChecks[0].run(file.name, { workbook: file.workbook }, config, timeoutMs) : null;
  if (r) return { ...file, report: r.report, settings };
  const { analyseWorkbook } = await loadEngine();
  return { ...file, report: analyseWorkbook(file.name, file.workbook, undefined, config), settings };
}

// ---- standalone persistence (localStorage) ----

const STORE_PREFIX = 'budget-check:file:';

interface StoredFileState {
  accepted: AcceptedException[];
  settings: ReviewSettings;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadFileState(name: string): StoredFileState {
  const raw = storage()?.getItem(STORE_PREFIX + name);
  if (!raw) return { accepted: [], settings: DEFAULT_SETTINGS };
  try {
    const o = JSON.parse(raw) as { accepted?: unknown; settings?: unknown };
    return { accepted: parseAccepted(o.accepted), settings: parseSettings(o.settings) };
  } catch {
    return { accepted: [], settings: DEFAULT_SETTINGS };
  }
}

export function saveFileState(name: string, state: StoredFileState): void {
  try {
    storage()?.setItem(STORE_PREFIX + name, JSON.stringify(state));
  } catch {
    // storage full or disabled: the state lasts for this session only
  }
}

// ---- user preferences (this browser / this Office profile) ----

const PREFS_KEY = 'budget-check:prefs';

export interface Preferences {
  /** Name written into accepted exceptions. */
  userName: string;
  /** Reviewer mode: nothing is written into the workbook. */
  reviewer: boolean;
}

export function loadPreferences(): Preferences {
  try {
    const o = JSON.parse(storage()?.getItem(PREFS_KEY) ?? '{}') as Partial<Preferences>;
    return { userName: typeof o.userName === 'string' ? o.userName : '', reviewer: o.reviewer === true };
  } catch {
    return { userName: '', reviewer: false };
  }
}

export function savePreferences(p: Preferences): void {
  try {
    storage()?.setItem(PREFS_KEY, JSON.stringify(p));
  } catch {
    // ignore
  }
}

// ---- standalone check ----

/** What the check worker checks: a file's bytes (read there), or a workbook model the page has read already. */
export type CheckInput = { bytes: Uint8Array } | { workbook: Workbook };

/** A file for the check worker (check-worker.ts). */
export type CheckRequest = CheckInput & {
  id: number;
  name: string;
  config: CheckConfig;
};

export interface CheckResponse {
  id: number;
  report: FileReport;
  /** The model read from the bytes (null when they could not be read, or when the request sent a model). */
  workbook: Workbook | null;
}

/** A file still being checked after this long is stopped and reported as 检查超时 (the batch goes on). */
export const PAGE_TIMEOUT_MS = 120_000;

/**
 * The engine off the page's thread: one Web Worker, reused from file to file, replaced after a
 * file had to be stopped. Where workers cannot run (the jsdom tests, a page opened from file://),
 * the check runs on the page's thread instead.
 */
class WorkerCheck {
  private worker: Worker | null = null;
  private nextId = 1;
  /** False once the worker could not be started: the page checks in its own thread from then on. */
  usable = typeof Worker !== 'undefined' && typeof document !== 'undefined';

  run(name: string, input: CheckInput, config: CheckConfig, timeoutMs: number): Promise<CheckResponse | null> {
    let worker: Worker;
    try {
      worker = this.worker ??= new Worker(new URL('check-worker.js', document.baseURI).href);
    } catch {
      this.usable = false;
      return Promise.resolve(null);
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      const done = (r: CheckResponse | null, stop: boolean) => {
        clearTimeout(timer);
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        if (stop) {
          worker.terminate();
          this.worker = null;
        }
        resolve(r);
      };
      const onMessage = (e: MessageEvent<CheckResponse>) => {
        if (e.data.id === id) done(e.data, false);
      };
      // the worker script did not load or died: check this file on the page instead
      const onError = (e: Event) => {
        e.preventDefault();
        this.usable = false;
        done(null, true);
      };
      const timer = setTimeout(() => {
        const message = readErrorMessage('TIMEOUT').replace('超过时限', `超过 ${Math.round(timeoutMs / 1000)} 秒`);
        done({ id, report: failedFile(name, message, 'TIMEOUT'), workbook: null }, true);
      }, timeoutMs);
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage({ ...input, id, name, config } satisfies CheckRequest);
    });
  }

  /** Stop the worker (a batch's extra lane, once the batch is done: its heap is not kept). */
  close(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}

/** The page's checkers: the first for single files and re-checks, more for a batch's other lanes (pageLanes). */
const workerChecks = [new WorkerCheck()];

/**
 * Files a batch checks at once: one Web Worker per processor the browser reports, at most 4 (src/hosts/lanes.ts),
 * and one when workers cannot run here.
 */
function pageLanes(files: number, cpus: number = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 1 : 1): number {
  if (!workerChecks[0].usable) return 1;
  return Math.max(1, Math.min(DEFAULT_MAX_LANES, cpus, files));
}

function laneChecker(lane: number): WorkerCheck {
  return (workerChecks[lane] ??= new WorkerCheck());
}

/** Read and check one file on the page's own thread (no worker). */
async function checkHere(name: string, bytes: Uint8Array, config: CheckConfig): Promise<CheckResponse> {
  try {
    const workbook = await readWorkbookBlob(new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
    const { analyseWorkbook } = await loadEngine();
    return { id: 0, report: analyseWorkbook(name, workbook, undefined, config), workbook };
  } catch (e) {
    return { id: 0, report: failedFile(name, userMessage(e), errorCode(e)), workbook: null };
  }
}

/**
 * Check files chosen by the user. A pasted narrative belongs to one workbook: it is used only
 * when exactly one file is checked (the caller tells the user when it was not used).
 */
export async function checkChosenFiles(files: File[], onFile?: (index: number) => void, narrative?: NarrativeInput, timeoutMs = PAGE_TIMEOUT_MS): Promise<CheckedFile[]> {
  const useNarrative = narrative && narrativeApplies(files.length) ? narrative : undefined;
  // the files are checked in the worker; the page needs the engine too once they are shown (autofix, re-check)
  const engineReady = loadEngine().catch(() => null); // on failure, autofix and re-check try again when used
  // several files are checked side by side, one Web Worker per lane; the results keep the files' order
  const out = await mapInLanes(
    files,
    pageLanes(files.length),
    async (f, lane): Promise<CheckedFile> => {
      const checked = await checkOne(f, laneChecker(lane), useNarrative, timeoutMs);
      // let the page paint between files
      await new Promise((res) => setTimeout(res, 0));
      return checked;
    },
    onFile,
  );
  // the first lane's worker stays for re-checks; the others' heaps are let go
  for (const c of workerChecks.slice(1)) c.close();
  await engineReady;
  return out;
}

/** One chosen file: read its bytes, check it in `checker`'s worker (or on the page where workers cannot run). */
async function checkOne(f: File, checker: WorkerCheck, useNarrative: NarrativeInput | undefined, timeoutMs: number): Promise<CheckedFile> {
  const { accepted, settings } = loadFileState(f.name);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await f.arrayBuffer());
  } catch (e) {
    return { name: f.name, report: failedFile(f.name, userMessage(e), errorCode(e)), workbook: null, bytes: null, accepted, settings };
  }
  const config = toCheckConfig(settings, useNarrative);
  const r = (checker.usable ? await checker.run(f.name, { bytes }, config, timeoutMs) : null) ?? (await checkHere(f.name, bytes, config));
  return r.workbook
    ? { name: f.name, report: r.report, workbook: r.workbook, bytes, accepted, settings, narrative: useNarrative }
    : { name: f.name, report: r.report, workbook: null, bytes: null, accepted, settings };
}

/** Offer bytes or text as a download (standalone page). */
export function download(data: Uint8Array | string, name: string, type: string): void {
  const blob = new Blob([typeof data === 'string' ? data : (data as Uint8Array<ArrayBuffer>)], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// ---- reasons for the drafted narrative (standalone: this browser, per file name) ----

const REASONS_PREFIX = 'budget-check:reasons:';

export async function loadReasons(name: string): Promise<Record<string, string>> {
  try {
    const o = JSON.parse(storage()?.getItem(REASONS_PREFIX + name) ?? '{}') as unknown;
    if (!o || typeof o !== 'object' || Array.isArray(o)) return {};
    return Object.fromEntries(Object.entries(o as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

export async function saveReasons(name: string, reasons: Record<string, string>): Promise<void> {
  try {
    storage()?.setItem(REASONS_PREFIX + name, JSON.stringify(reasons));
  } catch {
    // storage full or disabled: remembered for this session only
  }
}

/** Copy text to the clipboard (the async API where allowed, else a hidden textarea). */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Office webviews may block the async clipboard: fall back to execCommand
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('无法写入剪贴板：请在预览中全选文字后按 Ctrl+C 复制。');
}
