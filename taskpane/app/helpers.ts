/** Small helpers of the task pane: the autofix's edits and messages, the logo, the page width. */
import * as React from 'react';
import type { FileReport } from '../../src/core/report';
import type { NarrativeFix } from '../../src/core/narrative/autofix';
import type { Workbook } from '../../src/core/workbook';
import type { CellEdit } from '../../src/hosts/xlsx/export';
import type { Engine } from '../engine';

/** The corrected cells so far, with the texts the fixes just wrote (a later edit of a cell replaces the earlier one). */
export function mergeEdits(before: CellEdit[] | undefined, wb: Workbook, applied: NarrativeFix[], getCell: Engine['getCell']): CellEdit[] {
  const out = new Map((before ?? []).map((e) => [`${e.sheet}!${e.cell}`, e]));
  for (const f of applied) {
    const { sheet, cell } = f.location;
    const sh = wb.sheets.find((x) => x.name === sheet);
    const text = sh ? getCell(sh, cell)?.text : undefined;
    if (text !== undefined) out.set(`${sheet}!${cell}`, { sheet, cell, text });
  }
  return [...out.values()];
}

/** Errors of the narrative tie-out in a report (what a re-check after autofix compares). */
export function narrativeErrors(r: FileReport): number {
  return r.findings.filter((f) => f.category === 'narrative' && f.severity === 'error').length;
}

/** "已改正 3 处数字（粘贴的文字）；1 处因文字已改动未改正。已重新检查：情况说明错误 30 → 7 条。可点击“撤销改正”还原。" */
export function fixedText(applied: number, skipped: number, where: string, before: FileReport, after: FileReport): string {
  const recheck = `已重新检查：情况说明错误 ${narrativeErrors(before)} → ${narrativeErrors(after)} 条`;
  return `已改正 ${applied} 处数字（${where}）${skipped ? `；${skipped} 处因文字已改动未改正` : ''}。${recheck}。可点击“撤销改正”还原。`;
}

/** The page's own icon (a data: URL in the one-file page, which has no assets/ folder beside it). */
export function logoUrl(): string {
  const link = typeof document !== 'undefined' ? document.querySelector('link[rel="icon"]') : null;
  return link?.getAttribute('href') || 'assets/icon-32.png';
}

/** True while the page is at least `px` wide (the preview then sits beside the list). */
export function useWide(px: number): boolean {
  const query = `(min-width: ${px}px)`;
  const get = () => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
  const [wide, setWide] = React.useState(get);
  React.useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const m = window.matchMedia(query);
    const on = () => setWide(m.matches);
    m.addEventListener('change', on);
    return () => m.removeEventListener('change', on);
  }, [query]);
  return wide;
}
