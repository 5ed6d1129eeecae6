/**
 * compliance/narrative-sections: the 情况说明 has the parts its template lists (templates.ts
 * `sections`): a required part without a heading is a warning, a recommended one a hint. A part
 * is found by the words of its heading in the body (not the 目录), at any level.
 */
import { isSpaceCode, withoutSpaces } from '../../chars';
import { outline } from '../../narrative/structure';
import { paragraphLocation } from '../../narrative/source';
import type { NarrativeParagraph } from '../../model/paragraphs';
import { SECTION_NAMES, type SectionId } from '../../model/templates';
import type { Rule } from '../types';

/** How a heading names each part: words it must have, and words that make it another part. */
export const SECTION_HEADINGS: Record<SectionId, { has: RegExp; not?: RegExp }> = {
  functions: { has: /职能|职责/ },
  units: { has: /单位构成|机构设置|所属单位|单位情况|下属单位|内设机构|单位范围/ },
  staff: { has: /人员构成|人员情况|人员编制|编制情况/ },
  tasks: { has: /工作任务|工作目标|重点工作|主要任务/ },
  overall: { has: /收支.{0,8}(总体|总表|总计|总预算)|收入支出(预算|决算)?总/, not: /财政拨款/ },
  income: { has: /收入.{0,6}(情况|说明)|收入预算总表/, not: /财政拨款|收支|收入支出/ },
  expenditure: { has: /支出.{0,6}(情况|说明)|支出预算总表/, not: /财政拨款|一般公共预算|基金|国有资本|三公|项目支出|收支|收入支出|基本支出|机关运行|采购|购买服务/ },
  fiscal: { has: /财政拨款(收支|收入支出)/ },
  'fiscal-expenditure': { has: /财政拨款支出/, not: /一般公共预算|基本支出|三公/ },
  'fiscal-basic': { has: /财政拨款基本支出/, not: /一般公共预算/ },
  general: { has: /一般公共预算.{0,6}支出/, not: /基本支出|三公|机关运行/ },
  basic: { has: /一般公共预算.{0,6}基本支出/ },
  'three-public': { has: /三公/ },
  'gov-fund': { has: /政府性基金/ },
  'state-capital': { has: /国有资本经营/ },
  projects: { has: /项目支出/, not: /绩效/ },
  operation: { has: /机关运行经费/ },
  procurement: { has: /采购/ },
  'purchase-services': { has: /购买服务/ },
  assets: { has: /国有资产|资产占用|资产配置|车辆/ },
  performance: { has: /绩效/ },
  glossary: { has: /名[词称]解释/ },
};

/** Has the text at most `n` characters that are not white space (withoutSpaces(text).length <= n, without building it)? */
export function atMostVisible(text: string, n: number): boolean {
  if (text.length <= n) return true;
  let seen = 0;
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i)) && ++seen > n) return false;
  return true;
}

/**
 * The first n characters of the text without its white space (withoutSpaces(text).slice(0, n)), read
 * only as far as they go: a numbered "heading" of the outline may be a whole paragraph ("（一）负责……"),
 * which is neither scanned to its end nor copied without its white space.
 */
export function flatPrefix(text: string, n: number): string {
  let seen = 0;
  let spaced = false;
  let end = 0;
  for (; end < text.length && seen < n; end++) {
    if (isSpaceCode(text.charCodeAt(end))) spaced = true;
    else seen++;
  }
  // text[0, end) holds the first n characters that are not white space (or all of them)
  const head = end === text.length ? text : text.slice(0, end);
  return spaced ? withoutSpaces(head) : head;
}

/** The heading texts of a narrative's body (numbered headings, and short unnumbered lines). */
export function bodyHeadings(paragraphs: NarrativeParagraph[]): string[] {
  const o = outline(paragraphs);
  const out = o.body.map((h) => flatPrefix(h.text, 40));
  paragraphs.slice(o.bodyStart).forEach((p) => {
    // only a short line is a heading: a long paragraph is passed without building its flat text
    if (!atMostVisible(p.text, 30)) return;
    const t = withoutSpaces(p.text);
    if (t.length > 0 && t.length <= 30 && !stopBeforeLast(t)) out.push(t);
  });
  return out;
}

/** Is there a 。 or ； before the text's last character (what /[。；]/.test(t.slice(0, -1)) says, without the copy and the pattern)? */
export function stopBeforeLast(t: string): boolean {
  for (let i = 0; i < t.length - 1; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x3002 || c === 0xff1b) return true;
  }
  return false;
}

export function hasSection(headings: string[], id: SectionId, joined = headings.join('\n')): boolean {
  const spec = SECTION_HEADINGS[id];
  // the headings joined by line breaks, read once: no heading has one (flat text) and no `has` pattern
  // matches one (words, and `.`, which stops at a line break), so a match there is a match in one heading;
  // none there is none in any (one scan per part instead of one per heading; issue 19)
  if (!spec.has.test(joined)) return false;
  if (!spec.not) return true;
  return lineWithout(joined, HAS_GLOBAL[id], spec.not);
}

/** Each part's `has` pattern, global: to find each heading it matches in the joined headings (made once). */
const HAS_GLOBAL = Object.fromEntries(Object.entries(SECTION_HEADINGS).map(([id, spec]) => [id, new RegExp(spec.has.source, 'g')])) as Record<SectionId, RegExp>;

/**
 * Is there a line of `joined` that `has` matches and `not` does not (what headings.some(h => has.test(h)
 * && !not.test(h)) says of the headings joined)? The lines `has` matches are found by searching the
 * joined text, from the line after each one tried: `not` is run on those lines only, not `has` on every heading.
 * This holds because no `has` pattern can match across a line break (literal words and `.`, which stops
 * at one: test/check/flat-prefix.test.ts asserts it of every pattern).
 */
function lineWithout(joined: string, has: RegExp, not: RegExp): boolean {
  has.lastIndex = 0;
  for (let m = has.exec(joined); m; m = has.exec(joined)) {
    const start = joined.lastIndexOf('\n', m.index) + 1;
    const next = joined.indexOf('\n', m.index);
    const end = next < 0 ? joined.length : next;
    if (!not.test(joined.slice(start, end))) return true;
    if (next < 0) return false;
    has.lastIndex = next + 1;
  }
  return false;
}

export const narrativeSections: Rule = {
  meta: {
    id: 'compliance/narrative-sections',
    category: 'compliance',
    severity: 'warning',
    title: '情况说明的组成部分齐全（按模板）',
    description:
      '按文件所用模板（见“模板”）的部分清单，在情况说明正文（不含目录）的标题中查找各部分：主要职能、机构设置与单位构成、人员构成、收支总体情况、收入、支出、财政拨款收支、一般公共预算支出、基本支出、“三公”经费、政府性基金、国有资本经营、项目支出、机关运行经费、政府采购、国有资产占用、绩效、名词解释等。模板规定的部分没有时警告，模板只建议的部分没有时提示。模板没有的部分不算缺少。',
    implements: ['STD-14', 'STD-01'],
    example: '情况说明没有“国有资产占用情况（车辆、大额设备）”部分（部门预算公开（武汉区级模板）规定有此部分）',
  },
  check(ctx) {
    const { model } = ctx;
    const paragraphs = model.narrative;
    if (paragraphs.length === 0) return ctx.skip('没有情况说明');
    if (!model.template) return ctx.skip('不能确定文件所用的模板（预算或决算不明）');
    const profile = model.template.profile;
    const headings = bodyHeadings(paragraphs);
    if (outline(paragraphs).body.filter((h) => h.title).length < 3) return ctx.skip('情况说明没有可辨认的标题，无法核对组成部分');
    const specs = profile.sections(model.year);
    const joined = headings.join('\n');
    const missing = specs.filter((s) => !hasSection(headings, s.id, joined));
    const at = [paragraphLocation(paragraphs[0])];
    const required = missing.filter((s) => s.need === 'required').map((s) => `“${SECTION_NAMES[s.id]}”`);
    const recommended = missing.filter((s) => s.need === 'recommended').map((s) => `“${SECTION_NAMES[s.id]}”`);
    if (required.length) {
      ctx.report({
        message: `情况说明没有${required.join('、')}部分（${profile.name}规定有${required.length > 1 ? '这些部分' : '此部分'}）`,
        locations: at,
      });
    }
    if (recommended.length) {
      ctx.report({
        severity: 'info',
        message: `情况说明没有${recommended.join('、')}部分（${profile.name}一般有${recommended.length > 1 ? '这些部分' : '此部分'}，请确认是否需要）`,
        locations: at,
      });
    }
  },
};
