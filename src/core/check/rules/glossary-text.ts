/**
 * The 名词解释 of a 情况说明 as the glossary rules read it: where it is (its heading and the
 * paragraphs up to the next part), its entries ("七、基本支出：指……") and the 项级科目 it lists
 * ("1. 社会保障和就业支出（类）行政事业单位养老支出（款）……（项）：反映……").
 */
import { isSpaceCode, withoutSpaces } from '../../chars';
import type { NarrativeParagraph } from '../../model/paragraphs';
import { outline, type Heading } from '../../narrative/structure';
import { atMostVisible } from './narrative-sections';

/** A heading that names the 名词解释 ("第四部分 名词解释", "九、专业性较强的名称解释：", "名词解释"). */
export const GLOSSARY_HEADING = /^(专业性较强的|部分|主要)?名[词称]解释[:：]?$/;

export interface GlossaryEntry {
  /** Index of the paragraph. */
  pi: number;
  p: NarrativeParagraph;
  /** The term explained ("基本支出", "“三公”经费"), without numbering. */
  term: string;
  /** The explanation after the colon ('' when there is none). */
  body: string;
  /** A 科目 entry: "X（类）Y（款）Z（项）". */
  subject: { klass: string; kuan: string; item: string } | null;
}

export interface Glossary {
  heading: Heading | null;
  /** The heading paragraph when it is not numbered ("名词解释" on its own line). */
  headingPi: number;
  /** Paragraph indices [from, to) after the heading. */
  from: number;
  to: number;
  entries: GlossaryEntry[];
  /** Does it list 项级科目 (an entry "…（项）", or a line "本部门使用的……科目（项级）")? */
  listsSubjects: boolean;
}

const NUMBERING = /^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十廿]+\s*[、.．]|[(（]\s*[一二三四五六七八九十廿]+\s*[)）]\s*[、.．]?|\d{1,2}\s*[、.．](?!\d)|[(（]\d{1,2}[)）])\s*/;
const SUBJECT = /^(.{1,30}?)[(（]类[)）](.{1,30}?)[(（]款[)）](.{1,40}?)[(（]项[)）]/;

/** The 名词解释 of a narrative, or null when it has none. */
export function findGlossary(paragraphs: NarrativeParagraph[]): Glossary | null {
  // two rules read it: found once per paragraph list (shared, never changed)
  const known = GLOSSARIES.get(paragraphs);
  if (known && known.length === paragraphs.length) return known.g;
  const g = readGlossary(paragraphs);
  GLOSSARIES.set(paragraphs, { length: paragraphs.length, g });
  return g;
}

const GLOSSARIES = new WeakMap<NarrativeParagraph[], { length: number; g: Glossary | null }>();

/** The most characters GLOSSARY_HEADING matches: 专业性较强的 (6), 名词解释 (4) and a colon. */
const GLOSSARY_HEADING_MAX = 11;

const ATTACHMENT = /^附件/;
const PART = /^第[一二三四五六七八九十]+部分/;
const COLON = /[:：]/;
const BODY_LEAD = /^[:：。.\s]+/;
const END_STOP = /[。.]$/;
const LISTS_SUBJECTS = /科目[(（]?(到)?项级[)）]?/;
const [FU, DI] = [0x9644, 0x7b2c]; // 附 第

/**
 * Does the paragraph, without its white space, start with 附件 or 第X部分 (the next part of the
 * document)? Only a paragraph whose first character that is not white space is 附 or 第 is flattened.
 */
function opensAnotherPart(text: string): boolean {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (c !== FU && c !== DI) return false;
  const t = withoutSpaces(text);
  return ATTACHMENT.test(t) || PART.test(t);
}

function readGlossary(paragraphs: NarrativeParagraph[]): Glossary | null {
  const o = outline(paragraphs);
  let heading: Heading | null = null;
  let headingPi = -1;
  for (const h of o.body) {
    if (atMostVisible(h.text, GLOSSARY_HEADING_MAX) && GLOSSARY_HEADING.test(withoutSpaces(h.text))) {
      heading = h;
      headingPi = h.pi;
    }
  }
  if (!heading) {
    // an unnumbered line "名词解释" in the body (a longer paragraph cannot be one: it is not flattened)
    const i = paragraphs.findIndex((p, k) => k >= o.bodyStart && atMostVisible(p.text, GLOSSARY_HEADING_MAX) && GLOSSARY_HEADING.test(withoutSpaces(p.text)));
    if (i < 0) return null;
    headingPi = i;
  }
  const level = heading?.level ?? 0;
  let to = paragraphs.length;
  // each paragraph's heading from the outline, which read every paragraph's (in order: one pointer, no look-up per paragraph)
  const hs = o.headings;
  let hi = 0;
  for (let k = headingPi + 1; k < paragraphs.length; k++) {
    if (opensAnotherPart(paragraphs[k].text)) {
      to = k;
      break;
    }
    while (hi < hs.length && hs[hi].pi < k) hi++;
    const h = hi < hs.length && hs[hi].pi === k ? hs[hi] : null;
    if (h && h.level < level) {
      to = k;
      break;
    }
    // a part heading of the same level that is a title, not an entry ("第二部分：……情况说明")
    if (h && h.level === level && h.title && !COLON.test(h.text) && level === 0) {
      to = k;
      break;
    }
  }
  const entries: GlossaryEntry[] = [];
  for (let k = headingPi + 1; k < to; k++) {
    const p = paragraphs[k];
    const text = p.text.trim();
    const m = NUMBERING.exec(text);
    const rest = m ? text.slice(m[0].length) : text;
    // the entry without its white space, made once (the subject, its body and the length read it)
    const flat = withoutSpaces(rest);
    const subject = SUBJECT.exec(flat);
    const colon = COLON.exec(rest);
    if (subject) {
      const body = flat.slice(subject[0].length).replace(BODY_LEAD, '');
      entries.push({ pi: k, p, term: subject[0], body, subject: { klass: subject[1], kuan: subject[2], item: subject[3] } });
      continue;
    }
    if (!m && !colon) continue;
    if (colon && colon.index <= 40) {
      entries.push({ pi: k, p, term: rest.slice(0, colon.index).trim(), body: rest.slice(colon.index + 1).trim(), subject: null });
      continue;
    }
    // a numbered term without a colon: "(十八) 其他专用名词。" / "5.其他专用名词"
    if (m && flat.length <= 20) entries.push({ pi: k, p, term: rest.trim().replace(END_STOP, ''), body: '', subject: null });
  }
  // a line that says the 科目 are listed holds 科 and 级 (white space may split the words): only those are flattened
  const listsSubjects =
    entries.some((e) => e.subject) || paragraphs.slice(headingPi + 1, to).some((p) => p.text.includes('科') && p.text.includes('级') && LISTS_SUBJECTS.test(withoutSpaces(p.text)));
  return { heading, headingPi, from: headingPi + 1, to, entries, listsSubjects };
}
