/**
 * Applying autofix proposals to text: one cell or paragraph (right to left, each fix checked
 * against the text it was proposed for), a pasted text, a NarrativeInput or a workbook
 * snapshot; and reverting applied fixes (undo) back to the exact original text.
 */
import type { Location } from '../contract';
import { findSheet, getCell, type Sheet, type Workbook } from '../workbook';
import type { NarrativeInput } from './source';
import type { NarrativeFix } from './autofix-types';

export interface SkippedFix {
  fix: NarrativeFix;
  reason: string;
}

export interface ApplyResult {
  text: string;
  applied: NarrativeFix[];
  skipped: SkippedFix[];
}

/** The cell or paragraph a location points to: "sheet!A1", or "file#3". */
export function targetKey(l: Location): string {
  return l.file !== undefined ? `${l.file}#${l.paragraph}` : `${l.sheet}!${l.cell}`;
}

/** Fixes by the cell or paragraph they change. */
export function groupByTarget(fixes: NarrativeFix[]): Map<string, NarrativeFix[]> {
  const out = new Map<string, NarrativeFix[]>();
  for (const f of fixes) {
    const k = targetKey(f.location);
    const list = out.get(k);
    if (list) list.push(f);
    else out.set(k, [f]);
  }
  return out;
}

export const TEXT_CHANGED = '文字已改动，所引数字不在原处，未改正';
const OVERLAP = '与同一处的另一项改正重叠，未改正';

/** Apply the fixes of one cell or paragraph, right to left; a fix whose old text is no longer at [start, end) is skipped. */
export function applyFixesDetailed(text: string, fixes: NarrativeFix[]): ApplyResult {
  const applied: NarrativeFix[] = [];
  const skipped: SkippedFix[] = [];
  let out = text;
  let limit = Infinity; // fixes are applied right to left: none may reach into an applied one
  for (const fix of [...fixes].sort((a, b) => b.start - a.start || b.end - a.end)) {
    if (fix.end > limit) skipped.push({ fix, reason: OVERLAP });
    else if (fix.start < 0 || text.slice(fix.start, fix.end) !== fix.oldText) skipped.push({ fix, reason: TEXT_CHANGED });
    else {
      out = out.slice(0, fix.start) + fix.newText + out.slice(fix.end);
      limit = fix.start;
      applied.push(fix);
    }
  }
  applied.reverse();
  return { text: out, applied, skipped };
}

/** Apply the fixes of one cell or paragraph; see applyFixesDetailed for what is skipped. */
export function applyFixes(text: string, fixes: NarrativeFix[]): string {
  return applyFixesDetailed(text, fixes).text;
}

/**
 * Undo: the text before `applied` (as returned by applyFixesDetailed) were applied to it.
 * Null when the text has changed since (a corrected figure is no longer where it was put).
 */
export function revertFixes(text: string, applied: NarrativeFix[]): string | null {
  const sorted = [...applied].sort((a, b) => a.start - b.start);
  let shift = 0;
  const at = sorted.map((f) => {
    const start = f.start + shift;
    shift += f.newText.length - f.oldText.length;
    return { f, start };
  });
  if (at.some(({ f, start }) => text.slice(start, start + f.newText.length) !== f.newText)) return null;
  let out = text;
  for (const { f, start } of at.reverse()) out = out.slice(0, start) + f.oldText + out.slice(start + f.newText.length);
  return out;
}

function forParagraphs(fixes: NarrativeFix[]): Map<number, NarrativeFix[]> {
  const out = new Map<number, NarrativeFix[]>();
  for (const f of fixes) {
    const n = f.location.paragraph;
    if (f.location.file === undefined || n === undefined) continue;
    const list = out.get(n);
    if (list) list.push(f);
    else out.set(n, [f]);
  }
  return out;
}

/** Fixes of a narrative outside the workbook (pasted text, .txt/.docx) applied to its paragraphs. */
export function applyFixesToNarrative(input: NarrativeInput, fixes: NarrativeFix[]): { narrative: NarrativeInput; applied: NarrativeFix[]; skipped: SkippedFix[] } {
  const byParagraph = forParagraphs(fixes.filter((f) => f.location.file === input.source));
  const applied: NarrativeFix[] = [];
  const skipped: SkippedFix[] = fixes.filter((f) => f.location.file !== input.source).map((fix) => ({ fix, reason: '不属于这份情况说明' }));
  const paragraphs = input.paragraphs.map((p) => {
    const list = p.paragraph !== undefined ? byParagraph.get(p.paragraph) : undefined;
    if (!list) return p;
    const r = applyFixesDetailed(p.text, list);
    applied.push(...r.applied);
    skipped.push(...r.skipped);
    return { ...p, text: r.text };
  });
  return { narrative: { ...input, paragraphs }, applied, skipped };
}

const LINE_BREAK = /(\r\n|\r|\n|\u2028|\u2029)/;

/**
 * Fixes applied to the raw pasted text they were proposed for: paragraphs are numbered as
 * narrativeFromText numbers them (non-empty lines from 1), everything else is kept as it was.
 */
export function applyFixesToPastedText(raw: string, fixes: NarrativeFix[]): ApplyResult {
  const byParagraph = forParagraphs(fixes);
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
  const parts = raw.slice(bom.length).split(LINE_BREAK);
  const applied: NarrativeFix[] = [];
  const skipped: SkippedFix[] = [];
  const seen = new Set<number>();
  let n = 0;
  for (let i = 0; i < parts.length; i += 2) {
    if (!parts[i].replace(/\s+$/, '').trim()) continue;
    n++;
    const list = byParagraph.get(n);
    if (!list) continue;
    seen.add(n);
    const r = applyFixesDetailed(parts[i], list);
    parts[i] = r.text;
    applied.push(...r.applied);
    skipped.push(...r.skipped);
  }
  for (const [p, list] of byParagraph) if (!seen.has(p)) skipped.push(...list.map((fix) => ({ fix, reason: TEXT_CHANGED })));
  return { text: bom + parts.join(''), applied, skipped };
}

/**
 * A copy of a workbook snapshot with the fixes written into its narrative cells (for a
 * re-check or a preview; the snapshot given is not changed). Formula cells and cells whose
 * displayed text differs from their value are skipped.
 */
export function applyFixesToWorkbook(wb: Workbook, fixes: NarrativeFix[]): { workbook: Workbook; applied: NarrativeFix[]; skipped: SkippedFix[] } {
  const applied: NarrativeFix[] = [];
  const skipped: SkippedFix[] = [];
  const copies = new Map<Sheet, Sheet>();
  for (const list of groupByTarget(fixes).values()) {
    const l = list[0].location;
    const sheet = l.file === undefined ? findSheet(wb, l.sheet) : undefined;
    const cell = sheet ? getCell(sheet, l.cell) : undefined;
    const reason = !sheet || !cell ? '找不到单元格' : cell.formula !== undefined ? '单元格是公式，不改写' : cell.type !== 'string' || cell.value !== cell.text ? '单元格不是纯文字' : null;
    if (reason || !sheet || !cell) {
      skipped.push(...list.map((fix) => ({ fix, reason: reason ?? '找不到单元格' })));
      continue;
    }
    const r = applyFixesDetailed(cell.text, list);
    applied.push(...r.applied);
    skipped.push(...r.skipped);
    if (r.applied.length === 0) continue;
    let copy = copies.get(sheet);
    if (!copy) copies.set(sheet, (copy = { ...sheet, rows: sheet.rows.map((row) => row.slice()) }));
    copy.rows[cell.row - 1][cell.col - 1] = { ...cell, value: r.text, text: r.text };
  }
  return { workbook: { ...wb, sheets: wb.sheets.map((s) => copies.get(s) ?? s) }, applied, skipped };
}
