/**
 * What the task pane knows about each checked workbook, and how the standalone page keeps a
 * user's accepted exceptions and settings (in this browser, per file name: the page never
 * writes into the user's file).
 */
import { userMessage } from '../src/core/errors';
import type { NarrativeInput } from '../src/core/narrative/source';
import { analyseWorkbook, failedFile, type FileReport } from '../src/core/report';
import { parseAccepted, type AcceptedException } from '../src/core/review/accepted';
import { DEFAULT_SETTINGS, parseSettings, toCheckConfig, type ReviewSettings } from '../src/core/review/settings';
import type { Workbook } from '../src/core/workbook';
import { readWorkbookBlob } from '../src/hosts/xlsx/browser';
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

/** Re-run the engine on the workbook model already read (settings changed, exception accepted…). */
export function recheck(file: CheckedFile, settings: ReviewSettings = file.settings): CheckedFile {
  if (!file.workbook) return { ...file, settings };
  const report = analyseWorkbook(file.name, file.workbook, undefined, toCheckConfig(settings, file.narrative));
  return { ...file, report, settings };
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

/**
 * Check files chosen by the user. A pasted narrative belongs to one workbook: it is used only
 * when exactly one file is checked (the caller tells the user when it was not used).
 */
export async function checkChosenFiles(files: File[], onFile?: (index: number) => void, narrative?: NarrativeInput): Promise<CheckedFile[]> {
  const useNarrative = narrative && narrativeApplies(files.length) ? narrative : undefined;
  const out: CheckedFile[] = [];
  for (let i = 0; i < files.length; i++) {
    onFile?.(i);
    const f = files[i];
    const { accepted, settings } = loadFileState(f.name);
    try {
      const bytes = new Uint8Array(await f.arrayBuffer());
      const workbook = await readWorkbookBlob(new Blob([bytes]), f.name);
      const report = analyseWorkbook(f.name, workbook, undefined, toCheckConfig(settings, useNarrative));
      out.push({ name: f.name, report, workbook, bytes, accepted, settings, narrative: useNarrative });
    } catch (e) {
      out.push({ name: f.name, report: failedFile(f.name, userMessage(e)), workbook: null, bytes: null, accepted, settings });
    }
    // let the page paint between files
    await new Promise((r) => setTimeout(r, 0));
  }
  return out;
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
