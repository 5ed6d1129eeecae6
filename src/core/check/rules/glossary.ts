/**
 * compliance/glossary: the 名词解释 is there, explains more than a term or two, explains the terms
 * the 情况说明 uses (基本支出, 项目支出, “三公”经费, 机关运行经费, 财政拨款), lists every 项级科目 the
 * tables use when it lists 科目 (or the template asks it to), and has no entry left empty.
 */
import { isSpaceCode, withoutSpaces } from '../../chars';
import type { Location } from '../../contract';
import { paragraphLabel, paragraphLocation } from '../../narrative/source';
import type { CheckModel } from '../../model/model';
import type { Recognised, TableRow } from '../../recognize';
import { nameKey } from '../../data/lookup';
import type { Rule } from '../types';
import { findGlossary, type Glossary } from './glossary-text';
import { codeCell } from './helpers';

/** Terms a 情况说明 uses that its 名词解释 should explain: how the text says it, how an entry names it. */
export const GLOSSARY_TERMS: { term: string; used: RegExp; explained: RegExp }[] = [
  { term: '财政拨款（收入）', used: /财政拨款/, explained: /财政拨款|一般公共预算/ },
  { term: '基本支出', used: /基本支出/, explained: /基本支出/ },
  { term: '项目支出', used: /项目支出/, explained: /项目支出/ },
  { term: '“三公”经费', used: /三公/, explained: /三公/ },
  { term: '机关运行经费', used: /机关运行经费/, explained: /机关运行经费/ },
];

/** The 项 the expenditure tables use (with a figure), from the first table that has them. */
function usedItems(model: CheckModel): { t: Recognised; rows: TableRow[] } | null {
  for (const kind of ['general-budget-expenditure', 'fiscal-expenditure', 'expenditure-summary'] as const) {
    for (const t of model.byKind(kind)) {
      const rows = t.rows.filter((r) => r.type === 'function' && r.code && r.code.length === 7 && r.level === 3 && Object.values(r.values).some((v) => v.amount.kind === 'number' && !v.amount.value.isZero()));
      if (rows.length) return { t, rows };
    }
  }
  return null;
}

function itemKey(s: string): string {
  return nameKey(s).replace(/^\d{3,7}/, '').replace(/\([^)]*\)$/, '');
}

/**
 * Whether an entry's explanation holds a character other than 。.；; and white space (what
 * body.replace(/[。.；;\s]/g, '') !== '' says, without copying the explanation: it stops at the first word).
 */
export function hasWords(body: string): boolean {
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c !== 0x3002 && c !== 0x2e && c !== 0xff1b && c !== 0x3b && !isSpaceCode(c)) return true;
  }
  return false;
}

/** Is the entry empty: no explanation, and only "无" or the template's instruction before the next entry? */
function emptyEntry(g: Glossary, i: number, paragraphs: CheckModel['narrative']): boolean {
  const e = g.entries[i];
  if (hasWords(e.body) || e.subject) return false;
  if (/科目/.test(e.term)) return g.entries[i + 1]?.subject == null;
  const next = g.entries[i + 1]?.pi ?? g.to;
  const between = paragraphs.slice(e.pi + 1, next).map((p) => withoutSpaces(p.text)).filter((t) => t && !/^无[。.]?$/.test(t) && !/^根据.{0,20}补充解释/.test(t));
  return between.length === 0;
}

export const glossary: Rule = {
  meta: {
    id: 'compliance/glossary',
    category: 'compliance',
    severity: 'warning',
    title: '名词解释：齐全、覆盖所用名词和项级科目',
    description:
      '情况说明应有名词解释部分（模板规定时），且不止解释一两个名词；正文用到的基本支出、项目支出、“三公”经费、机关运行经费、财政拨款等专业名词都有解释；名词解释列出项级科目（或模板要求列出）时，支出表中有金额的每个项级科目都列出；没有只留标题、没有内容的条目（“（十八）其他专用名词。”）。',
    implements: ['STD-10'],
    example: '情况说明!A53：名词解释只解释了“财政拨款收入”一个名词，正文用到的基本支出、项目支出、“三公”经费、机关运行经费没有解释',
  },
  check(ctx) {
    const { model } = ctx;
    const paragraphs = model.narrative;
    if (paragraphs.length === 0) return ctx.skip('没有情况说明');
    const g = findGlossary(paragraphs);
    const sections = model.template?.profile.sections(model.year) ?? [];
    if (!g) {
      const need = sections.find((s) => s.id === 'glossary')?.need;
      if (need === 'required') {
        ctx.report({
          message: `情况说明没有“名词解释”部分（${model.template?.profile.name ?? '模板'}要求对专业性较强的名词进行解释）`,
          locations: [paragraphLocation(paragraphs[0])],
        });
      }
      return;
    }
    const head = paragraphs[g.headingPi];
    const headLoc = paragraphLocation(head);
    const terms = g.entries.filter((e) => !e.subject && !/科目/.test(e.term));
    // empty entries
    g.entries.forEach((e, i) => {
      if (!emptyEntry(g, i, paragraphs)) return;
      ctx.report({
        message: `${paragraphLabel(e.p)}：名词解释的条目“${e.term}”没有内容（应写明解释，或删去该条目）`,
        locations: [paragraphLocation(e.p)],
      });
    });
    const explained = terms.filter((e) => hasWords(e.body));
    // terms used in the text but not explained: the text is joined and searched only for a term no
    // entry explains (most documents explain them all), each entry's term flattened once
    const explainedTerms = explained.map((e) => withoutSpaces(e.term));
    let usedText: string | null = null;
    const textUsed = (): string => (usedText ??= bodyText(paragraphs, g));
    const missing = GLOSSARY_TERMS.filter((t) => !explainedTerms.some((f) => t.explained.test(f)) && t.used.test(textUsed()));
    if (explained.length <= 1) {
      ctx.report({
        message: `${paragraphLabel(head)}：名词解释只${explained.length ? `解释了“${explained[0].term}”一个名词` : '有标题，没有解释任何名词'}${missing.length ? `，正文用到的${missing.map((t) => t.term).join('、')}没有解释` : ''}`,
        locations: [headLoc, ...explained.map((e) => paragraphLocation(e.p))],
      });
    } else if (missing.length) {
      ctx.report({
        message: `${paragraphLabel(head)}：名词解释没有解释正文用到的${missing.map((t) => t.term).join('、')}`,
        locations: [headLoc],
      });
    }
    // the 项级科目 of the tables
    const askSubjects = g.listsSubjects || model.template?.profile.glossarySubjects === true;
    if (!askSubjects) return;
    const used = usedItems(model);
    if (!used) return g.listsSubjects ? ctx.skipPart('没有按功能分类列到项级的支出表，无法核对名词解释的项级科目') : undefined;
    const listed = g.entries.filter((e) => e.subject).map((e) => itemKey(e.subject!.item));
    const absent = used.rows.filter((r) => {
      const k = itemKey(r.name);
      return !listed.some((l) => l === k || (l.length >= 2 && k.length >= 2 && (l.startsWith(k) || k.startsWith(l))));
    });
    if (absent.length === 0) return;
    const locations: Location[] = [headLoc, ...absent.slice(0, 10).map((r) => ({ sheet: used.t.block.sheet, cell: codeCell(used.t, r) }))];
    const names = absent.map((r) => `${r.code} ${r.name.trim()}`);
    ctx.report({
      message: listed.length
        ? `${paragraphLabel(head)}：名词解释列出了 ${listed.length} 个项级科目，${model.name(used.t)}还用到 ${absent.length} 个没有列出：${names.slice(0, 6).join('、')}${names.length > 6 ? ' 等' : ''}`
        : `${paragraphLabel(head)}：名词解释没有列出本部门使用的项级科目（${model.template?.profile.name ?? '模板'}要求列出），${model.name(used.t)}用到 ${absent.length} 个：${names.slice(0, 6).join('、')}${names.length > 6 ? ' 等' : ''}`,
      locations,
    });
  },
};

/** The narrative's text outside the 目录 and the 名词解释, paragraphs joined by line breaks. */
function bodyText(paragraphs: CheckModel['narrative'], g: Glossary): string {
  const start = outlineStart(paragraphs, g);
  return paragraphs.filter((_, k) => (k >= start && k < g.headingPi) || k >= g.to).map((p) => p.text).join('\n');
}

/** Where the body of the narrative begins (after the 目录): the first paragraph after the last 目录 line, else 0. */
function outlineStart(paragraphs: CheckModel['narrative'], g: Glossary): number {
  // the 目录 names the 名词解释 too: the body starts after the first occurrence of a 名词解释 line before the heading
  const first = paragraphs.findIndex((p) => /名[词称]解释/.test(p.text) && withoutSpaces(p.text).length <= 20);
  return first >= 0 && first < g.headingPi ? first + 1 : 0;
}
