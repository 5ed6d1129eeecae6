/**
 * A 审核意见 (review opinion) for one checked file, in plain Chinese, ready to be written as a
 * .docx and sent back to the department: who and what was reviewed, the date, the root-cause
 * findings grouped by table with their locations (consequences named under each), the checklist
 * items not passed (the checklist is not built yet: said so), and room for the reviewer's signature.
 * Pure: the hosts write it (src/hosts/narrative/docx-write.ts).
 */
import { locationLabel } from '../narrative/source';
import { pushTo } from '../collections';
import type { FileReport, Finding } from '../contract';
import { completionText } from '../checklist';
import { differenceText, messageWithoutLocation } from './roots';
import { findingTable, SEVERITY_NAMES } from './rows';

export interface OpinionParagraph {
  text: string;
  /** 'plain': no first-line indent; 'right': right-aligned (date, signature). */
  style?: 'plain' | 'right';
}

export interface OpinionDocument {
  title: string;
  sections: { title: string; paragraphs: (string | OpinionParagraph)[] }[];
}

const KIND_ZH = { budget: '预算', final: '决算' } as const;
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

const numeral = (i: number): string => NUMERALS[i] ?? String(i + 1);

/** "2026年12月5日" */
export function chineseDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Where a finding is, in words: every location once ("情况说明!A54、情况说明!A56"); at most eight, then "等 N 处". */
function whereText(f: Finding): string {
  const labels = [...new Set(f.locations.map(locationLabel))];
  if (labels.length === 0) return '整个文件';
  return labels.length > 8 ? `${labels.slice(0, 8).join('、')} 等 ${labels.length} 处` : labels.join('、');
}

/** One finding as a sentence of the opinion: its message, the values when useful, where it is. */
function findingText(f: Finding, n: number): string {
  const sev = SEVERITY_NAMES[f.severity];
  const certain = f.expectedCertain ?? true;
  const message = messageWithoutLocation(f).replace(/[。；;]?$/, '');
  const values: string[] = [];
  // the message usually names both sides; say which one is right only when the evidence decides it
  const figure = /^[-+]?[\d,]+(\.\d+)?\s*%?$/.test(f.expected ?? '');
  if (f.expected && certain && figure && !message.includes(`应为 ${f.expected}`) && !message.includes(`应为${f.expected}`)) values.push(`应为 ${f.expected}`);
  if (!certain && f.expected && f.actual) values.push('请核实哪一方有误');
  const diff = differenceText(f);
  if (diff && !message.includes(diff)) values.push(`相差 ${diff}`);
  return `${n}. 【${sev}】${message}${values.length ? `（${values.join('，')}）` : ''}。位置：${whereText(f)}。`;
}

function consequenceText(root: Finding): string | null {
  const list = root.consequences ?? [];
  if (list.length === 0 || root.rootCause?.kind === 'rounding-table') return null;
  const items = list.map((c) => `${c.locations[0] ? locationLabel(c.locations[0]) : '整个文件'}：${messageWithoutLocation(c).replace(/[。；;]$/, '')}`);
  return `同一原因还引起 ${list.length} 处问题，改正后应一并消除——${items.join('；')}。`;
}

/**
 * The checklist items not passed: the completion figure, then the 不合格 items with their
 * problems, then the items that could not be checked (with why: the reviewer checks them by hand).
 */
export function checklistParagraphs(report: FileReport): string[] {
  const list = report.checklist ?? [];
  if (list.length === 0 || !report.checklistSummary) return ['本文件没有审核清单。'];
  const failed = list.filter((e) => e.outcome === 'fail');
  const unchecked = list.filter((e) => e.outcome === 'cannot-check');
  const out = [`按审核清单（第 ${report.checklistVersion ?? '?'} 版）逐项检查：${completionText(report.checklistSummary)}。`];
  if (failed.length === 0) out.push('审核清单各项均未发现不合格。');
  failed.forEach((e, i) => out.push(`${i + 1}. ${e.title}。不合格：${(e.reason ?? '').replace(/[。；;]$/, '')}。`));
  if (unchecked.length) {
    out.push(`以下 ${unchecked.length} 项未能自动检查，请对照核实：`);
    unchecked.forEach((e, i) => out.push(`${failed.length + i + 1}. ${e.title}（${(e.reason ?? '').replace(/[。；;]$/, '')}）。`));
  }
  return out;
}

/** The opinion for one file (a file that could not be read gets an opinion saying so). */
export function reviewOpinion(report: FileReport, options: { date?: Date; reviewer?: string } = {}): OpinionDocument {
  const d = report.document;
  const unit = d?.unit ?? '（单位未识别）';
  const what = `${d?.year ? `${d.year}年` : ''}部门${d?.kind ? KIND_ZH[d.kind] : '预算（决算）'}公开材料`;
  const date = chineseDate(options.date ?? new Date());
  const file = baseName(report.path);
  const title = `关于${unit}${what}的审核意见`;
  const intro: (string | OpinionParagraph)[] = [{ text: `${unit}：`, style: 'plain' }];
  const sections: OpinionDocument['sections'] = [];

  if (report.error) {
    intro.push(`你单位报送的《${file}》无法读取（${report.error}），未能审核。请检查文件后重新报送。`);
    sections.push({ title: '', paragraphs: intro });
  } else {
    const counts = (['error', 'warning', 'info'] as const).map((s) => [s, report.findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
    const total = report.findings.length;
    intro.push(
      total === 0
        ? `你单位报送的《${file}》已于${date}审核，未发现需要修改的问题。`
        : `你单位报送的《${file}》已于${date}审核，发现问题 ${total} 个（${counts.map(([s, n]) => `${SEVERITY_NAMES[s]} ${n} 个`).join('、')}；由同一原因引起的多处问题合并为一个），按表格列示如下。`,
    );
    sections.push({ title: '', paragraphs: intro });
    const groups = new Map<string, Finding[]>();
    for (const f of report.findings) {
      const t = findingTable(report, f);
      pushTo(groups, t, f);
    }
    let n = 0;
    [...groups].forEach(([table, fs], i) => {
      const paragraphs: string[] = [];
      for (const f of fs) {
        paragraphs.push(findingText(f, ++n));
        const c = consequenceText(f);
        if (c) paragraphs.push(c);
      }
      sections.push({ title: `${numeral(i)}、${table}`, paragraphs });
    });
    sections.push({ title: `${numeral(groups.size)}、审核清单未通过事项`, paragraphs: checklistParagraphs(report) });
    sections.push({
      title: '',
      paragraphs: [total === 0 ? '请按规定时间公开。' : '请对照上述问题逐项核实、修改，并于规定时间内重新报送。'],
    });
  }
  sections.push({
    title: '',
    paragraphs: [
      { text: `审核人（签字）：${options.reviewer ?? '________________'}`, style: 'right' },
      { text: '审核单位（盖章）：________________', style: 'right' },
      { text: `日期：${date}`, style: 'right' },
    ],
  });
  return { title, sections };
}
