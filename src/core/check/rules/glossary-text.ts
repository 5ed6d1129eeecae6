/**
 * The 名词解释 of a 情况说明 as the glossary rules read it: where it is (its heading and the
 * paragraphs up to the next part), its entries ("七、基本支出：指……") and the 项级科目 it lists
 * ("1. 社会保障和就业支出（类）行政事业单位养老支出（款）……（项）：反映……").
 */
import { withoutSpaces } from '../../chars';
import type { NarrativeParagraph } from '../../model/paragraphs';
import { headingOf, outline, type Heading } from '../../narrative/structure';

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

function readGlossary(paragraphs: NarrativeParagraph[]): Glossary | null {
  const o = outline(paragraphs);
  let heading: Heading | null = null;
  let headingPi = -1;
  for (const h of o.body) {
    if (GLOSSARY_HEADING.test(withoutSpaces(h.text))) {
      heading = h;
      headingPi = h.pi;
    }
  }
  if (!heading) {
    // an unnumbered line "名词解释" in the body
    const i = paragraphs.findIndex((p, k) => k >= o.bodyStart && GLOSSARY_HEADING.test(withoutSpaces(p.text)));
    if (i < 0) return null;
    headingPi = i;
  }
  const level = heading?.level ?? 0;
  let to = paragraphs.length;
  for (let k = headingPi + 1; k < paragraphs.length; k++) {
    const t = withoutSpaces(paragraphs[k].text);
    if (/^附件/.test(t) || /^第[一二三四五六七八九十]+部分/.test(t)) {
      to = k;
      break;
    }
    const h = headingOf(paragraphs[k], k);
    if (h && h.level < level) {
      to = k;
      break;
    }
    // a part heading of the same level that is a title, not an entry ("第二部分：……情况说明")
    if (h && h.level === level && h.title && !/[:：]/.test(h.text) && level === 0) {
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
    const subject = SUBJECT.exec(withoutSpaces(rest));
    const colon = /[:：]/.exec(rest);
    if (subject) {
      const body = withoutSpaces(rest).slice(subject[0].length).replace(/^[:：。.\s]+/, '');
      entries.push({ pi: k, p, term: subject[0], body, subject: { klass: subject[1], kuan: subject[2], item: subject[3] } });
      continue;
    }
    if (!m && !colon) continue;
    if (colon && colon.index <= 40) {
      entries.push({ pi: k, p, term: rest.slice(0, colon.index).trim(), body: rest.slice(colon.index + 1).trim(), subject: null });
      continue;
    }
    // a numbered term without a colon: "(十八) 其他专用名词。" / "5.其他专用名词"
    if (m && withoutSpaces(rest).length <= 20) entries.push({ pi: k, p, term: rest.trim().replace(/[。.]$/, ''), body: '', subject: null });
  }
  const listsSubjects = entries.some((e) => e.subject) || paragraphs.slice(headingPi + 1, to).some((p) => /科目[(（]?(到)?项级[)）]?/.test(withoutSpaces(p.text)));
  return { heading, headingPi, from: headingPi + 1, to, entries, listsSubjects };
}
