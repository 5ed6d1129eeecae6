/**
 * The 其他重要事项 of a 情况说明 (机关运行经费, 政府采购, 国有资产占用, 绩效) as the disclosure
 * rules read them: the section under a heading that names the matter, its text, and whether the
 * text gives a figure or says there is none.
 */
import { withoutSpaces } from '../../chars';
import { headingOf, outline, type Heading, type Outline } from '../../narrative/structure';
import { paragraphLocation } from '../../narrative/source';
import type { NarrativeParagraph } from '../../model/paragraphs';
import type { CheckModel } from '../../model/model';
import type { SectionId } from '../../model/templates';
import type { Location } from '../../contract';
import type { RuleContext } from '../types';
import { SECTION_HEADINGS } from './narrative-sections';

export interface Disclosure {
  /** The heading paragraph (null when the matter is written in a paragraph of another section). */
  heading: NarrativeParagraph | null;
  paragraphs: NarrativeParagraph[];
  text: string;
}

const DIGIT = /\d/;
const YEAR_MARK = /(19|20)\d{2}\s*年/g;

/**
 * The body's headings that may name a matter, not numbered sentences (“2. 政府采购管理经费145.19万元，
 * 主要用于……”): titles of level 1–2, short, no figure but a year; each with its text without white
 * space. The same for every matter: listed once per outline (four disclosure rules ask), read only.
 */
function titleHeadings(o: Outline): { x: Heading; f: string }[] {
  let list = TITLE_HEADINGS.get(o);
  if (list) return list;
  list = [];
  for (const x of o.body) {
    if (!x.title || x.level > 2) continue;
    const f = withoutSpaces(x.text);
    if (f.length <= 36 && !DIGIT.test(x.text.replace(YEAR_MARK, ''))) list.push({ x, f });
  }
  TITLE_HEADINGS.set(o, list);
  return list;
}

const TITLE_HEADINGS = new WeakMap<Outline, { x: Heading; f: string }[]>();

/** The headings that name the matter: the section's words in a title heading. */
function namingHeadings(o: Outline, spec: { has: RegExp; not?: RegExp }): Heading[] {
  const out: Heading[] = [];
  for (const { x, f } of titleHeadings(o)) if (spec.has.test(f) && !(spec.not && spec.not.test(f))) out.push(x);
  return out;
}

/** The section of a narrative about a matter: under its heading, else the paragraphs that name it. */
export function disclosureOf(paragraphs: NarrativeParagraph[], id: SectionId, mention: RegExp): Disclosure | null {
  const o = outline(paragraphs);
  const spec = SECTION_HEADINGS[id];
  // a heading, not a numbered sentence that names the matter (“2. 政府采购管理经费145.19万元，主要用于……”)
  const hs = namingHeadings(o, spec);
  const found: Disclosure[] = hs.map((h) => {
    let to = paragraphs.length;
    for (let k = h.pi + 1; k < paragraphs.length; k++) {
      const next = headingOf(paragraphs[k], k);
      if (next && next.title && next.level <= h.level) {
        to = k;
        break;
      }
    }
    const ps = paragraphs.slice(h.pi, to);
    return { heading: h.p, paragraphs: ps, text: ps.map((p) => p.text).join('\n') };
  });
  // a heading in a list of the tables (第二部分) has no text under it: the one with a figure, else the longest
  const told = found.find((d) => AMOUNT.test(d.text) || NONE.test(d.text));
  if (told) return told;
  if (found.length) return found.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  // no heading: the paragraphs that name the matter with a figure (“本部门共有车辆 66 辆”)
  const ps = paragraphs.slice(o.bodyStart).filter((p) => mention.test(p.text) && (AMOUNT.test(p.text) || COUNT.test(p.text)));
  if (ps.length === 0) return null;
  return { heading: null, paragraphs: ps, text: ps.map((p) => p.text).join('\n') };
}

/** "无…", "没有…", "未安排…", "未发生…", "不涉及" — the text says there is none. */
export const NONE = /无|没有|未安排|未发生|未开展|不涉及|未设置|为\s*0\s*(万元|辆|台|个)?|为零/;
export const AMOUNT = /\d[\d,]*(\.\d+)?\s*万元/;
export const COUNT = /\d+\s*(个|辆|台|套|项)/;

/** Where to point: the heading, else the first paragraph. */
export function disclosureLocation(d: Disclosure): Location {
  return paragraphLocation(d.heading ?? d.paragraphs[0]);
}

/** Does the document's template list the section (and how)? */
export function sectionNeed(model: CheckModel, id: SectionId): 'required' | 'recommended' | null {
  return model.template?.profile.sections(model.year).find((s) => s.id === id)?.need ?? null;
}

/**
 * The common start of a disclosure rule: the narrative's section about the matter, or null after
 * reporting a required matter that is not there at all (skip when there is no narrative).
 */
export function findDisclosure(ctx: RuleContext, id: SectionId, mention: RegExp, what: string): Disclosure | null {
  const paragraphs = ctx.model.narrative;
  if (paragraphs.length === 0) {
    ctx.skip('没有情况说明');
    return null;
  }
  const d = disclosureOf(paragraphs, id, mention);
  if (!d && sectionNeed(ctx.model, id) === 'required') {
    ctx.report({
      message: `情况说明没有${what}的说明（${ctx.model.template?.profile.name ?? '模板'}规定有此部分）`,
      locations: [paragraphLocation(paragraphs[0])],
    });
  }
  return d;
}
