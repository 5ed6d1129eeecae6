/** Chinese wording of the narrative (情况说明) tie-out for the task pane: pure functions, tested without a DOM. */
import { CLAIM_CLASS_NAMES, CLAIM_CLASS_ORDER, type NarrativeCoverage } from '../src/core/narrative/coverage';
import { locationLabel as coreLocationLabel, narrativeFromText, type NarrativeInput } from '../src/core/narrative/source';
import type { FileReport, Finding, Location, Severity } from '../src/core/report';


/** The pasted text as a narrative input, or undefined when it is blank (then the workbook's 情况说明 sheet is used). */
export function pastedNarrative(text: string): NarrativeInput | undefined {
  const n = narrativeFromText(text);
  return n.paragraphs.length ? n : undefined;
}

/** A pasted narrative belongs to one workbook: with several files chosen it is not used. */
export function narrativeApplies(fileCount: number): boolean {
  return fileCount === 1;
}

/** Why the pasted narrative was not used for a check of several files. */
export function notAppliedNotice(fileCount: number): string {
  return `粘贴的情况说明只用于单个工作簿：本次选择了 ${fileCount} 个文件，未使用粘贴的文字，各工作簿按其中的情况说明工作表核对。`;
}

export interface CoverageCounts {
  numbers: number;
  /** Tied to a table cell or checked within the text. */
  checked: number;
  /** Of which checked within the text only. */
  inText: number;
  classified: number;
  untied: number;
}

export function coverageCounts(c: NarrativeCoverage): CoverageCounts {
  const inText = c.checked ?? 0;
  const checked = c.tied + inText;
  const classified = Object.values(c.classified ?? {}).reduce((a, b) => a + (b ?? 0), 0);
  const untied = c.untied ? c.untied.length : Math.max(0, c.numbers - checked - classified);
  return { numbers: c.numbers, checked, inText, classified, untied };
}

/** "情况说明：数字 N 个，已核对 M 个（含文内核对 K 个），已分类 C 个，未能核对 U 个". */
export function coverageLine(c: NarrativeCoverage): string {
  if (c.source === null) return '情况说明：未找到（工作簿中没有情况说明工作表，也没有粘贴文字），未核对。';
  const n = coverageCounts(c);
  const inText = n.inText ? `（含文内核对 ${n.inText} 个）` : '';
  return `情况说明：数字 ${n.numbers} 个，已核对 ${n.checked} 个${inText}，已分类 ${n.classified} 个，未能核对 ${n.untied} 个`;
}

/** The one-line header the narrative tie-out is collapsed behind: "情况说明核对：已核对 136/191 个数字，未能核对 7 个". */
export function coverageHeadline(c: NarrativeCoverage): string {
  if (c.source === null) return '情况说明：未找到，未核对';
  const n = coverageCounts(c);
  return `情况说明核对：已核对 ${n.checked}/${n.numbers} 个数字${n.untied ? `，未能核对 ${n.untied} 个` : ''}`;
}

/** Where the narrative came from, for display: null when it is the workbook's own sheet or unknown. */
export function sourceLabel(c: NarrativeCoverage): string | null {
  if (!c.source || c.source === 'workbook') return null;
  return `来源：${c.source}`;
}

/** "已分类：年份 2 个、人数 1 个", or null when nothing was classified. */
export function classifiedLine(c: NarrativeCoverage): string | null {
  const parts = CLAIM_CLASS_ORDER.filter((k) => (c.classified?.[k] ?? 0) > 0).map((k) => `${CLAIM_CLASS_NAMES[k]} ${c.classified?.[k]} 个`);
  return parts.length ? `已分类（不是预算金额）：${parts.join('、')}` : null;
}

/** "粘贴的文字 第 2 段" for external text, "情况说明!A5" for a cell of the workbook ('' when there is neither). */
export function locationLabel(l: Location): string {
  return !l.file && !l.sheet && !l.cell ? '' : coreLocationLabel(l);
}

/** The findings of the narrative tie-out, errors first. */
export function narrativeFindings(r: FileReport): Finding[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return r.findings.filter((f) => f.category === 'narrative').sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/** The context split around the first occurrence of the number, so that it can be emphasised. */
export function splitAround(context: string, number: string): [string, string, string] | null {
  const candidates = [number, number.replace(/\s+/g, ''), number.split(/\s+/)[0]].filter((x) => x.length > 0);
  for (const c of candidates) {
    const i = context.indexOf(c);
    if (i >= 0) return [context.slice(0, i), c, context.slice(i + c.length)];
  }
  return null;
}
