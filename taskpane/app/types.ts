/** State shapes the task pane's parts share. */
import type { Finding } from '../../src/core/report';
import type { Workbook } from '../../src/core/workbook';
import type { CellEdit } from '../../src/hosts/xlsx/export';

/** What undoes the last autofix done outside the workbook (pasted text, or the page's in-memory copy). */
export type FixUndo = { kind: 'text'; text: string; file: number } | { kind: 'workbook'; workbook: Workbook; edits?: CellEdit[]; file: number };

export type Phase = { phase: 'idle' } | { phase: 'working'; label: string; progress?: number } | { phase: 'done' };

export interface Status {
  intent: 'success' | 'info' | 'warning' | 'error';
  text: string;
}

export interface Selection {
  file: number;
  finding: Finding;
}
