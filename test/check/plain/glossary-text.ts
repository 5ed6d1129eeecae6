/**
 * Test oracle (issue 19, tenth pass, CPU): readGlossary of src/core/check/rules/glossary-text.ts as it was
 * before its paragraphs were flattened only where a pattern could match, verbatim but for its imports
 * and export. test/check/glossary-text-fast.test.ts holds findGlossary equal to it.
 */
import { withoutSpaces } from '../../../src/core/chars';
import type { NarrativeParagraph } from '../../../src/core/model/paragraphs';
import { headingOf, outline, type Heading } from '../../../src/core/narrative/structure';
import { GLOSSARY_HEADING, type Glossary, type GlossaryEntry } from '../../../src/core/check/rules/glossary-text';

const NUMBERING = /^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十廿]+\s*[、.．]|[(（]\s*[一二三四五六七八九十廿]+\s*[)）]\s*[、.．]?|\d{1,2}\s*[、.．](?!\d)|[(（]\d{1,2}[)）])\s*/;
const SUBJECT = /^(.{1,30}?)[(（]类[)）](.{1,30}?)[(（]款[)）](.{1,40}?)[(（]项[)）]/;

export function readGlossary(paragraphs: NarrativeParagraph[]): Glossary | null {
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
