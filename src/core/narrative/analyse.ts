/**
 * Claim extraction: the numeric statements of the narrative, each with its section scope, its
 * subject ("住房保障支出"), its role (amount, change, growth rate, share, completion rate),
 * the amount it refers to, and the enumeration it belongs to. Binding ties each amount to a
 * table figure through the workbook's own lexicon. Rules (src/core/check/rules/narrative-*.ts)
 * compare; they mark what they tied, and coverage counts the rest.
 */
import Decimal from 'decimal.js';
import type { CheckModel } from '../model/model';
import { codeSet, hasSpace, isDigitCode, isSpaceCode, spacesAt } from '../chars';
import { forgetWith, memoText, norm, normalise } from '../recognize/text';
import type { ClaimClass, NarrativeCoverage, UntiedClaim } from './coverage';
import { Lexicon, looseName, type Binding, type Candidate } from './lexicon';
import { paragraphLocation, type NarrativeParagraph } from './source';
import { mayOpenHeading } from './structure';
import type { ClaimSeed, MarkerAt, NameEntry, ParagraphFacts, Role } from './paragraph-facts';
import { asMoney, chineseNumber, normed, paragraphNumbers, wordsInNorm, type NumberToken, type ParagraphNumbers, type Sentence } from './tokens';

export type { ClaimSeed, MarkerAt, NameEntry, ParagraphFacts, Role } from './paragraph-facts';
export type Status = 'untied' | 'tied' | 'checked' | 'classified';

export interface Claim {
  id: number;
  p: NarrativeParagraph;
  /** Index of the paragraph in the narrative. */
  pi: number;
  token: NumberToken;
  sentence: Sentence;
  role: Role | null;
  /** Text between the clause start and the figure. */
  label: string;
  /** The thing the figure is about, cleaned ("住房保障支出"). */
  subject: string;
  /** 年初预算 / 调整后预算 / 决算 / 执行数 / 全年预算数, when the label names one. */
  attribute: string | null;
  /** Change direction from the verb: 增加/增长 = 1, 减少/下降 = -1, 持平 = 0. */
  direction?: 1 | -1 | 0;
  /** "比 2024 年预算…": the base year. */
  baseYear?: number | null;
  /** The amount a change, rate, share or completion refers to. */
  of?: Claim;
  /** A rate's change amount. */
  change?: Claim;
  /** Section titles, outermost first. */
  scope: string[];
  binding?: Binding | null;
  /** Claim class for figures that are not budget amounts. */
  cls?: ClaimClass;
  status: Status;
}


export interface Enumeration {
  /** The total the items add up to (a claim), or the name of the parent when it has no figure here. */
  parent: Claim | null;
  parentName: string | null;
  items: Claim[];
  /** Paragraph of the marker ("其中：", "分别是："). */
  p: NarrativeParagraph;
  marker: string;
}

export interface NameList {
  p: NarrativeParagraph;
  /** Scope: 人员经费 or 公用经费. */
  what: string;
  names: { name: string; start: number }[];
}

export const MARKER = /(其中|主要包括|包括|分别是|分别为|主要用于|具体明细如下|主要是|具体如下|明细如下)\s*[:：]?/g;
/** MARKER without the g flag: does the text have one? */
export const ANY_MARKER = new RegExp(MARKER.source);
const CHANGE_VERB = /(增加|减少|增长|下降|上升|降低|持平|增|减)\s*[了]?\s*$/;
const RATE_WORD = /(增长|下降|增加|减少|上升|降低|增幅|降幅|增长率|下降率)(率)?\s*(为|了|达)?\s*$/;
const SHARE_WORD = /占(比|比例)?([^，。；,;]{0,30}?)(的|为)?\s*$/;
const COMPLETION_WORD = /完成(年初|全年|调整后)?(预算(数)?)?(的)?\s*$/;
const ATTRIBUTE = /(年初预算(数)?|调整后预算(数)?|全年预算(数)?|支出决算(数)?|决算数|(?<=费)决算|执行数|预算数|预算金额|资金)\s*(为|是|:)?\s*$/;
/**
 * The characters CHANGE_VERB and ATTRIBUTE can end a text on (after white space, which \s* takes):
 * the last of each word, of 了, or of 为 是 :. Both patterns are anchored at $, so a text whose
 * last character that is not white space is none of these has no match (issue 19: tested first,
 * not a pattern tried from every position of every clause).
 */
const CHANGE_VERB_LAST = codeSet('加少长降升低平增减了');
const ATTRIBUTE_LAST = codeSet('算数额金为是:');

/** Is the text's last character that is not white space (as \s means it) one of these? */
function endsOn(text: string, last: Set<number>): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  return i >= 0 && last.has(text.charCodeAt(i));
}

/** CHANGE_VERB.test(text), tried only where the text ends on one of its last characters. */
export function endsOnChangeVerb(text: string): boolean {
  return endsOn(text, CHANGE_VERB_LAST) && CHANGE_VERB.test(text);
}

/** ATTRIBUTE.exec(text), tried only where the text ends on one of its last characters. */
export function attributeAtEnd(text: string): RegExpExecArray | null {
  return endsOn(text, ATTRIBUTE_LAST) ? ATTRIBUTE.exec(text) : null;
}
const LEAD = /^(其中|主要包括|主要是|主要为|主要用于|包括|分别是|分别为|安排|具体|共计?|合计|以及|及|和|与|为|是|有|即|含|、|:|\s)+/;
const BUSINESS_SCOPE = /(重点工作|工作目标|主要任务|主要职能|主要职责|部门职责|职能|机构设置|联系方式|名词解释|单位概况|部门概况|人员构成|人员情况|预算单位构成|单位构成)/;

const HEADINGS: [RegExp, number][] = [
  [/^\s*第[一二三四五六七八九十]+部分/, 0],
  [/^\s*[一二三四五六七八九十廿]+\s*[、.．]/, 1],
  [/^\s*[(（][一二三四五六七八九十]+[)）]/, 2],
  [/^\s*\d+\s*[.、．](?!\d)/, 3],
  [/^\s*[(（]\d+[)）]/, 4],
];

/** A change's verb (the last one of the label decides its direction). */
const VERB = /(增加|减少|增长|下降|上升|降低|持平|增幅|降幅|增|减)/g;
/** A year named in a clause. */
const YEAR_WORD = /(\d{4})\s*年/g;
/** The words that open a list of names (“主要包括：基本工资、津贴补贴…”). */
const NAME_LIST = /(主要包括|主要用于|包括|主要有)\s*[:：]?\s*/g;
/**
 * A word each of NAME_LIST's alternatives holds (主要包括 holds 包括): a text without one has no list. One
 * pattern, not three includes over the paragraph (the pattern engine skips ahead; issue 19).
 */
export const NAME_LIST_WORD = /包括|主要用于|主要有/;
/** A segment “name（类|款|项）” of a 科目 path (after norm: ASCII brackets). */
const LEVEL_MARK = /(.+?)\((类|款|项)\)/g;
/** A fund named as the subject of a flow (“政府性基金预算财政拨款本年收入”). */
const FUND_NAMED = /(一般公共预算|政府性基金|国有资本经营)(预算)?(财政)?(拨款)?(本年收入|年初(财政拨款)?结转和?结余|上年结转)/g;
/** FUND_NAMED without the g flag: does a clause name one? */
const FUND_NAMED_ANY = new RegExp(FUND_NAMED.source);

/** A lead-in inside a label (“其中：”, “包括”), or a colon: the label starts after the last one. */
const INNER_LEAD = /(其中|主要包括|包括|分别是|分别为|主要用于|主要是|如下)\s*[:：]?|[:：]/g;
/** INNER_LEAD without the g flag: has the label one? (most have none: no match arrays then) */
const INNER_LEAD_ANY = new RegExp(INNER_LEAD.source);

/** The first sentence that holds a position (as sents.find, without a function per token). */
export function sentenceAt(sents: readonly Sentence[], pos: number): Sentence | undefined {
  for (const s of sents) if (pos >= s.start && pos < s.end) return s;
  return undefined;
}

/** Does a sentence hold a money token? */
function moneyIn(tokens: readonly NumberToken[], s: Sentence): boolean {
  for (const o of tokens) if (o.kind === 'money' && o.start >= s.start && o.start < s.end) return true;
  return false;
}

/** The first amount of a paragraph's claims, or null (as claims.find(amount), without a function per call). */
export function firstAmount(claims: Claim[]): Claim | null {
  for (const c of claims) if (c.role === 'amount') return c;
  return null;
}

/** The last amount of a paragraph's claims, or null (as [...claims].reverse().find(amount), without the copy). */
export function lastAmount(claims: Claim[]): Claim | null {
  for (let i = claims.length - 1; i >= 0; i--) if (claims[i].role === 'amount') return claims[i];
  return null;
}

/** The last match of a global pattern that never matches the empty string (as [...s.matchAll(re)].pop(), no array of all of them). */
export function lastMatch(re: RegExp, s: string): RegExpExecArray | undefined {
  re.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m;
  return last;
}

/**
 * Every match of a global pattern, as [...s.matchAll(re)]: matchAll copies the pattern on every call
 * (a tenfold cost on a short paragraph), this runs the pattern itself, from and back to lastIndex 0.
 * An empty match steps one character (a code point with the u flag), as matchAll does.
 */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') re.lastIndex += re.unicode && (s.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}

/** The paragraph ends on a list marker (“…其中：”): the words the trailing pattern may end with, by their last character. */
const TRAILING = /(其中|包括|如下|用于|分别是|分别为|主要是)\s*[:：]?\s*$/;
const TRAILING_LAST = new Set(['中', '括', '下', '于', '是', '为', ':', '：']);

export function trailingMarker(text: string): RegExpExecArray | null {
  const t = text.trim();
  return TRAILING_LAST.has(t.charAt(t.length - 1)) ? TRAILING.exec(t) : null;
}

const TITLE_END = /[:：，,。；;]|\d/;

/** The words before the first separator or digit, trimmed (as rest.split(…)[0], without splitting the whole paragraph). */
export function headingTitle(rest: string): string {
  const cut = rest.search(TITLE_END);
  return (cut < 0 ? rest : rest.slice(0, cut)).trim();
}

export function headingLevelUncached(text: string): { level: number; title: string } | null {
  // every HEADINGS pattern opens ^\s* then 第, a numeral 一…十廿, a bracket or a digit: structure.ts's
  // gate tells the other paragraphs (most) without trying five patterns on each (issue 19)
  if (!mayOpenHeading(text)) return null;
  for (const [re, level] of HEADINGS) {
    const m = re.exec(text);
    if (!m) continue;
    const from = m[0].length;
    const rest = normalise(text.slice(from, titleSeparator(text, from) + 1)).replace(/\d{4}年度?/g, '');
    const title = headingTitle(rest);
    return { level, title };
  }
  return null;
}

/**
 * Where the title after a heading's numbering ends at the latest: its first separator (TITLE_END's
 * :：，,。；;), else the text's last character. The title is read from the words up to and with it
 * alone: normalise maps character by character and makes a separator only of one (： ，), a year
 * “dddd年度” dropped before the cut holds none, so the title's words and its cut (that separator,
 * or a digit before it) are the same as in the whole rest, whose normalising and memo entry the
 * long paragraph of a numbered item (“1.人员经费 80 万元，…”) no longer costs (issue 19).
 */
function titleSeparator(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a || c === 0xff0c || c === 0x2c || c === 0x3002 || c === 0xff1b || c === 0x3b) return i;
  }
  return text.length - 1;
}

/** A list item opens with its name and figure (“人员经费 80 万元…”). */
const STARTS_WITH_AMOUNT = /^\s*[^，。；,;:：\d]{1,30}?\s*[:：]?\s*\d[\d,.]*\s*(万元|万|元)/;
/** A heading's rest after its numbering: a digit there makes it a long (statement) heading. */
const NUMBERING = /^\s*[(（]?\d+[)）.、．]?/;

/**
 * What the paragraph loop reads of a text alone, each a pure function of it: worked out on the
 * text's first reading and kept on its shared entry (paragraphNumbers), so a paragraph read again
 * costs no pattern and no look-up (issue 19). ParagraphFacts lists them.
 */
export function textFactsUncached(text: string): ParagraphFacts {
  // (not headingLevel's memo: these facts are kept on the text's entry, asked once per text)
  const heading = headingLevelUncached(text);
  return {
    heading,
    // (the length first: a long heading is not short whatever its digits)
    shortHeading: !!heading && text.length <= 60 && !/\d/.test(text.slice(0, 60).replace(NUMBERING, '')),
    startsWithAmount: mayStartWithAmount(text) && STARTS_WITH_AMOUNT.test(text),
    trailing: trailingMarker(text)?.[0] ?? null,
    // (most paragraphs have no marker: one test, no list of matches; normalised only when white space might hide one)
    marker: wordsInNorm(ANY_MARKER, text),
    // every list word holds 包括, 主要用于 or 主要有: other paragraphs have none
    nameList: NAME_LIST_WORD.test(text),
    seeds: null,
    seedUnit: '',
    seedYear: null,
    names: null,
    markers: null,
  };
}

/**
 * Can STARTS_WITH_AMOUNT match? Its \d is the text's first digit (nothing it reads before may be one),
 * and after that digit's run of [\d,.] and white space comes 万 or 元 (a shorter run would leave a
 * digit, comma or point there). A text that fails either (no digit; “2025年…”) has no match, and
 * the pattern's backtracking over its first 30 characters is not run.
 */
function mayStartWithAmount(text: string): boolean {
  let i = 0;
  while (i < text.length && !isDigitCode(text.charCodeAt(i))) i++;
  if (i === text.length) return false;
  while (i < text.length && (isDigitCode(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2c || text.charCodeAt(i) === 0x2e)) i++;
  const c = text.charCodeAt(i + spacesAt(text, i));
  return c === 0x4e07 || c === 0x5143;
}

/**
 * The list markers of a text as inlineEnumerations reads them, a pure function of the text (kept on
 * its entry): found in the normalised text, placed by searching the original (norm may shorten it;
 * a marker not found there is left out).
 */
export function markersAt(text: string): MarkerAt[] {
  const out: MarkerAt[] = [];
  // (normalise, not normed: a paragraph's text or clause is normalised once per text, its memo entry would serve no one)
  for (const m of allMatches(MARKER, markerText(text))) {
    const idx = text.indexOf(m[1], m.index !== undefined ? Math.max(0, m.index - 5) : 0);
    if (idx < 0) continue;
    const after = idx + m[0].length;
    const stop = text.indexOf('。', after);
    const sentenceEnd = stop < 0 ? text.length : stop;
    // a nested marker after an item closes at "；"
    const semi = semicolonIn(text, after, sentenceEnd);
    const lastSep = lastClauseStop(text, idx);
    const leadText = normalise(text.slice(lastSep + 1, idx)).replace(/^[:：\s]+/, '').replace(/^[(（]?[\d一二三四五六七八九十]+[)）.、]\s*/, '').replace(/具体$/, '');
    const listMarker = /^(其中|包括|分别是|分别为|具体明细如下|具体如下|明细如下)$/.test(m[1]);
    out.push({ word: m[1], idx, after, sentenceEnd, semi, leadText, listMarker, atEnd: after >= text.trim().length - 1 });
  }
  return out;
}

/**
 * The text MARKER is run on: normalise(text), or the text itself where that has no white space.
 * normalise drops white space and maps every other character one for one (： to :, full-width
 * brackets, commas, quotes and digits to ASCII), never onto or off a marker word, \s or [:：]: with
 * nothing dropped, every match has the same index, word and length in both (issue 19: most
 * paragraphs have no white space, and normalising a whole paragraph cost more than the markers).
 */
function markerText(text: string): string {
  return hasSpace(text) ? normalise(text) : text;
}

/** The part of the budget words name: 人员经费 or 公用经费, or null. */
function whatOf(where: string): string | null {
  return /人员经费|工资福利|对个人和家庭/.test(where) ? '人员经费' : /公用经费|商品和服务/.test(where) ? '公用经费' : null;
}

/**
 * The name lists of a text (see NameEntry): each runs from its list word to its “；” or “。”; one
 * that holds a claim is a list of figures, not of names; two names at least. The claims are the
 * paragraph's, read from the text alone: kept on the text's entry, read again for every section.
 */
export function nameEntries(text: string, claims: readonly Claim[]): NameEntry[] {
  const out: NameEntry[] = [];
  let from = 0;
  for (const m of allMatches(NAME_LIST, text)) {
    const at = m.index ?? 0;
    if (at < from) continue;
    const start = at + m[0].length;
    const end = listEnd(text, start);
    const segment = text.slice(from, at);
    from = end;
    if (claimIn(claims, start, end)) continue;
    const names = listNames(text, start, end);
    if (names.length < 2) continue;
    // the part named in the list's own clause (after its last “；” or “。”)
    const own = segment.slice(Math.max(segment.lastIndexOf('；'), segment.lastIndexOf(';'), segment.lastIndexOf('。')) + 1);
    out.push({ own: whatOf(own), segment, names });
  }
  return out;
}

/** Where a name list from `start` ends: its first “；”, “;” or “。” (as text.slice(start).search(/[；;。]/), without the copy), else the text's end. */
function listEnd(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff1b || c === 0x3b || c === 0x3002) return i;
  }
  return text.length;
}

/** Does a claim's figure start in [start, end)? */
function claimIn(claims: readonly Claim[], start: number, end: number): boolean {
  for (const c of claims) if (c.token.start >= start && c.token.start < end) return true;
  return false;
}

/**
 * The names of text[start, end) split at 、，, (as .split(/[、，,]/) of the slice), each without a
 * trailing 等, 等支出 or 等费用 and trimmed, with where it starts; empty parts are left out. A code
 * loop: no array of parts and no pattern per part (issue 19).
 */
function listNames(text: string, start: number, end: number): { name: string; start: number }[] {
  const names: { name: string; start: number }[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !isNameSeparator(text.charCodeAt(i))) continue;
    const part = text.slice(from, i);
    const name = withoutEtc(part).trim();
    if (name) names.push({ name, start: from + part.indexOf(name) });
    from = i + 1;
  }
  return names;
}

/** 、 ， , by code. */
function isNameSeparator(c: number): boolean {
  return c === 0x3001 || c === 0xff0c || c === 0x2c;
}

/**
 * part.replace(/(等|等支出|等费用)$/, ''): the three end in different characters (等 出 用), so at
 * most one is a suffix, and that one is the match.
 */
function withoutEtc(part: string): string {
  if (part.endsWith('等')) return part.slice(0, -1);
  if (part.endsWith('等支出') || part.endsWith('等费用')) return part.slice(0, -3);
  return part;
}

/**
 * A claim with every field it may ever hold, in one order: one hidden class for all claims, so that
 * the rules' loops over the claims (c.status, c.role, c.binding …) read them through one shape, not
 * through the megamorphic look-up that the shapes made by adding cls, of, change and binding later
 * cost (issue 19). A field not set is undefined, as an absent one reads.
 */
function newClaim(
  id: number,
  p: NarrativeParagraph,
  pi: number,
  token: NumberToken,
  sentence: Sentence,
  role: Role | null,
  label: string,
  subject: string,
  attribute: string | null,
  direction: 1 | -1 | 0 | undefined,
  baseYear: number | null | undefined,
  scope: string[],
  cls: ClaimClass | undefined,
  status: Status,
): Claim {
  return { id, p, pi, token, sentence, role, label, subject, attribute, direction, baseYear, of: undefined, change: undefined, scope, binding: undefined, cls, status };
}

/** A binding with all its fields, code and level undefined where the kind has none: one shape for all (see newClaim). */
function newBinding(key: string, what: string, kind: Binding['kind'], code: string | undefined, level: number | undefined, cands: Candidate[]): Binding {
  return { key, what, kind, code, level, cands };
}

/** What claimFrom needs to make this claim again (read as claimOf made it, before any rule marks it). */
function seedOf(c: Claim): ClaimSeed {
  return { prior: c.cls === 'reason', role: c.role, label: c.label, subject: c.subject, attribute: c.attribute, direction: c.direction, baseYear: c.baseYear };
}

function textFacts(numbers: ParagraphNumbers, text: string): ParagraphFacts {
  return (numbers.facts ??= textFactsUncached(text));
}

/** Readings (analyses) so far: each stamps the shared paragraph entries it takes as they are. */
let READINGS = 0;

/** A bare figure among amounts is an amount without its unit ("房屋 194.3，", "培训费01.74、"). */
const BARE_AMOUNT_BEFORE = /[\u4e00-\u9fa5)）]\s*$/;
const BARE_AMOUNT_AFTER = /^\s*([，,、；;。]|$)/;

/**
 * A paragraph's tokens as the analysis reads them: the shared ones (paragraphNumbers), with a bare
 * figure among amounts made an amount on a copy of it, in a copy of the list. A paragraph that
 * repeats the text of one already read in this reading (a number per analysis, stamped on the shared
 * entry) gets copies of all: claims and coverage tell tokens apart by identity. Issue 19: no copy of
 * every token per paragraph.
 */
export function ownTokens(numbers: ParagraphNumbers, text: string, reading: number): readonly NumberToken[] {
  const shared = numbers.tokens;
  const sents = numbers.sentences;
  let tokens: readonly NumberToken[] = shared;
  let own: NumberToken[] | null = null;
  if (shared.length > 0) {
    if (numbers.readBy === reading) tokens = own = shared.map((t) => ({ ...t }));
    else numbers.readBy = reading;
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'bare') continue;
    const s = sentenceAt(sents, t.start);
    if (!s || !moneyIn(tokens, s)) continue;
    if (!BARE_AMOUNT_BEFORE.test(text.slice(Math.max(0, t.start - 2), t.start)) || !BARE_AMOUNT_AFTER.test(text.slice(t.end))) continue;
    if (!own) tokens = own = shared.slice();
    const money = own[i] === shared[i] ? { ...t } : own[i];
    asMoney(money);
    own[i] = money;
  }
  return tokens;
}

export class NarrativeAnalysis {
  readonly claims: Claim[] = [];
  readonly enumerations: Enumeration[] = [];
  readonly nameLists: NameList[] = [];
  /** Each paragraph's number tokens as this analysis reads them (see ownTokens), by paragraph index. */
  readonly paragraphTokens: (readonly NumberToken[])[] = [];
  private tokenList: { p: NarrativeParagraph; pi: number; token: NumberToken; scope: string[] }[] | null = null;
  private lexiconCache: Lexicon | null = null;
  private readonly scopes: string[][] = [];

  constructor(readonly model: CheckModel) {
    this.extract();
  }

  /** The workbook's lexicon, built on first use (a workbook without a narrative never needs it). */
  get lexicon(): Lexicon {
    return (this.lexiconCache ??= new Lexicon(this.model));
  }

  /**
   * Every number token with its paragraph and scope, in text order: made on first use (coverage and
   * the year rule walk paragraphTokens instead: no object per token on every check; issue 19).
   */
  get tokens(): { p: NarrativeParagraph; pi: number; token: NumberToken; scope: string[] }[] {
    if (!this.tokenList) {
      const list: { p: NarrativeParagraph; pi: number; token: NumberToken; scope: string[] }[] = [];
      this.paragraphTokens.forEach((tokens, pi) => {
        for (const token of tokens) list.push({ p: this.paragraphs[pi], pi, token, scope: this.scopes[pi] });
      });
      this.tokenList = list;
    }
    return this.tokenList;
  }

  get paragraphs(): NarrativeParagraph[] {
    return this.model.narrative;
  }

  scopeOf(pi: number): string[] {
    return this.scopes[pi] ?? [];
  }

  /** Is this paragraph in a section about business facts (职能, 重点工作, 名词解释 …)? */
  isBusiness(scope: string[]): boolean {
    // asked per token, in text order: the last scope's answer is kept (a section's paragraphs share their scope)
    if (scope !== this.businessScope) {
      this.businessScope = scope;
      this.business = scope.some((s) => BUSINESS_SCOPE.test(s));
    }
    return this.business;
  }

  private businessScope: string[] | null = null;
  private business = false;

  /** The scope facts of the claim bound last, kept: a section's claims are bound one after another. */
  private factsScope: string[] | null = null;
  private facts: ScopeFacts | null = null;

  private scopeFactsOf(scope: string[]): ScopeFacts {
    if (scope !== this.factsScope || !this.facts) {
      this.factsScope = scope;
      this.facts = scopeFacts(scope);
    }
    return this.facts;
  }

  private extract(): void {
    const stack: { level: number; title: string }[] = [];
    let listOpen: { opener: number | null; level: number | null; parent: Claim | null; parentName: string | null; p: NarrativeParagraph; marker: string; enumeration: Enumeration | null } | null = null;
    let lastBase: Claim | null = null;
    let lastHead: Claim | null = null;
    // the section titles and whether they are business ones change only at a heading: one array per section, shared by its paragraphs
    let scope: string[] | null = null;
    let business = false;
    // this reading's number: a paragraph that repeats the text of one read before in it gets copies of its tokens
    const reading = ++READINGS;
    // what claimOf reads besides the text (cleanSubject: the unit's name; previousYearFigure: the year)
    const unit = this.model.facts.unit ?? '';
    const year = this.model.year;
    this.paragraphs.forEach((p, pi) => {
      const text = p.text;
      const numbers = paragraphNumbers(text);
      const facts = textFacts(numbers, text);
      const h = facts.heading;
      const shortHeading = facts.shortHeading;
      // a numbered paragraph inside an open list is an item, not a heading
      const isItem = !!(listOpen && h && (listOpen.level === null || h.level === listOpen.level) && !shortHeading && !(listOpen.opener !== null && h.level === listOpen.opener) && h.level > 1);
      if (h && !isItem) {
        while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
        stack.push(h);
        scope = null;
        if (listOpen && (listOpen.level === null || h.level <= listOpen.level)) listOpen = null;
      } else if (listOpen && !h && !facts.startsWithAmount) {
        listOpen = null;
      } else if (listOpen && h && isItem === false) {
        listOpen = null;
      }
      if (h && listOpen && listOpen.level === null && isItem) listOpen.level = h.level;
      if (!scope) {
        scope = stack.map((s) => s.title);
        business = this.isBusiness(scope);
      }
      this.scopes[pi] = scope;
      const sents = numbers.sentences;
      const tokens = ownTokens(numbers, text, reading);
      const paragraphClaims: Claim[] = [];
      this.paragraphTokens[pi] = tokens;
      // the claims as read before for this text, unit and year, else read now and kept
      const seeds = facts.seeds !== null && facts.seedUnit === unit && facts.seedYear === year ? facts.seeds : null;
      const fresh: ClaimSeed[] | null = seeds ? null : [];
      for (const token of tokens) {
        if (token.kind !== 'money' && token.kind !== 'percent') continue;
        const sentence = sentenceAt(sents, token.start) ?? { start: 0, end: text.length };
        const claim = seeds ? this.claimFrom(seeds[paragraphClaims.length], p, pi, token, sentence, scope) : this.claimOf(p, pi, token, sentence, scope, paragraphClaims);
        if (fresh) fresh.push(seedOf(claim));
        if (business) {
          claim.cls = 'indicator';
          claim.status = 'classified';
        }
        paragraphClaims.push(claim);
        this.claims.push(claim);
      }
      if (fresh) {
        facts.seeds = fresh;
        facts.seedUnit = unit;
        facts.seedYear = year;
      }
      // roles that refer to an earlier amount
      for (const c of paragraphClaims) this.link(c, paragraphClaims, lastBase);
      // enumerations inside the paragraph, and lists that continue in the next paragraphs
      const base = lastAmount(paragraphClaims);
      // unnumbered paragraphs are items only of an unnumbered list (under a numbered item they explain it)
      if (listOpen && (isItem || (!h && listOpen.level === null && facts.startsWithAmount))) {
        const first = firstAmount(paragraphClaims);
        if (first) {
          if (!listOpen.enumeration) {
            listOpen.enumeration = { parent: listOpen.parent, parentName: listOpen.parentName, items: [], p: listOpen.p, marker: listOpen.marker };
            this.enumerations.push(listOpen.enumeration);
          }
          listOpen.enumeration.items.push(first);
        }
      }
      // "…其中：" at the end of a paragraph: the list continues in the next paragraphs
      const parentName = facts.marker ? this.inlineEnumerations(p, text, paragraphClaims, lastBase, (facts.markers ??= markersAt(text))) : null;
      const trailing = business ? null : facts.trailing;
      if (trailing) {
        // the list's total: the paragraph's one amount; a paragraph that already names several
        // (“…因公出国 70 万元…；公务接待 28 万元。具体情况如下：”) announces details, not parts of one of them
        const free = this.freeAmounts(p, paragraphClaims);
        const head = free.length > 1 ? null : (free[0] ?? lastHead);
        listOpen = { opener: h ? h.level : null, level: null, parent: parentName ? null : head, parentName, p, marker: trailing, enumeration: null };
      }
      if (base) lastBase = base;
      const head = firstAmount(paragraphClaims);
      if (head) lastHead = head;
      if (facts.nameList) this.nameListOf(p, scope, (facts.names ??= nameEntries(text, paragraphClaims)));
    });
    for (let i = this.enumerations.length - 1; i >= 0; i--) if (this.enumerations[i].items.length === 0) this.enumerations.splice(i, 1);
    for (const c of this.claims) if (c.status !== 'classified' && (c.role === 'amount' || c.role === null)) c.binding = this.bind(c);
    // “项目支出 X 万元，其中：学前教育 Y 万元…”: the items are the 项目支出 (基本支出) column of those 科目, not their 合计
    for (const e of this.enumerations) {
      const use = /(项目支出|基本支出)$/.exec(e.parent?.subject ?? e.parentName ?? '')?.[1] as '项目支出' | '基本支出' | undefined;
      if (!use) continue;
      const general = /一般公共预算/.test([...(e.parent?.scope ?? []), e.parent?.subject ?? e.parentName ?? ''].join('/'));
      for (const c of e.items) {
        const b = c.binding;
        if (b?.kind !== 'function' || !b.code) continue;
        const cands = this.lexicon.functionColumn(b.code, use, general);
        if (cands.length) c.binding = newBinding(`${b.key}:${use}`, `${b.what} ${use}`, b.kind, b.code, b.level, cands);
      }
    }
    // amounts inside a stated reason ("由 500 万元增加至 600 万元") that no table holds
    for (const c of this.claims) {
      if (c.status !== 'untied' || c.binding) continue;
      const before = c.p.text.slice(c.sentence.start, c.token.start);
      // a threshold (“单价100万元（含）以上设备”): a rule's limit, not a budget amount
      const after = c.p.text.slice(c.token.end, c.token.end + 8);
      if (/^\s*(万元|元)?\s*[（(]含[)）]\s*以上|^\s*(万元|元)?以上/.test(after)) {
        c.status = 'classified';
        c.cls = 'indicator';
        continue;
      }
      if (/原因|主要是/.test(before) || /(从|由)\s*$/.test(before)) {
        c.status = 'classified';
        c.cls = 'reason';
      }
    }
  }

  /**
   * The paragraph's amounts that no enumeration of it lists (as filtering its claims against
   * enumerations.filter(of p).flatMap(items), without the two arrays and flatMap's callbacks; issue 19).
   */
  private freeAmounts(p: NarrativeParagraph, claims: Claim[]): Claim[] {
    const free: Claim[] = [];
    for (const c of claims) if (c.role === 'amount' && !this.listedIn(p, c)) free.push(c);
    return free;
  }

  /** Does an enumeration of paragraph p list the claim? */
  private listedIn(p: NarrativeParagraph, c: Claim): boolean {
    for (const e of this.enumerations) if (e.p === p && e.items.includes(c)) return true;
    return false;
  }

  /** The claim claimOf made from this seed (the same fields in the same order: one shape each). */
  private claimFrom(s: ClaimSeed, p: NarrativeParagraph, pi: number, token: NumberToken, sentence: Sentence, scope: string[]): Claim {
    if (s.prior) return newClaim(this.claims.length, p, pi, token, sentence, s.role, s.label, s.subject, null, undefined, undefined, scope, 'reason', 'classified');
    return newClaim(this.claims.length, p, pi, token, sentence, s.role, s.label, s.subject, s.attribute, s.direction, s.baseYear, scope, undefined, 'untied');
  }

  private claimOf(p: NarrativeParagraph, pi: number, token: NumberToken, sentence: Sentence, scope: string[], earlier: Claim[]): Claim {
    const text = p.text;
    const prev = earlier.length ? earlier[earlier.length - 1] : null;
    const from = Math.max(sentence.start, prev && prev.token.end > sentence.start ? prev.token.end : sentence.start);
    const clause = text.slice(from, token.start);
    const raw = clause.includes('收、支') ? clause.replace(/收、支/g, '收支') : clause;
    // the clause: after the last separator
    const cut = lastClauseComma(raw, raw.length);
    // (a clause without a separator is its own label: normalised once)
    // (normalise, not normed: a claim's clause is read once per text, its memo entry would serve no one)
    // the whole clause normalised (`wide`) is read only for a change, a rate or an amount with no subject of its
    // own: made there, not for every claim (issue 19); where the clause is the label it is the label
    let label = cut >= 0 ? normalise(raw.slice(cut + 1)) : normalise(raw);
    let wide: string | null = cut >= 0 ? null : label;
    const inner = INNER_LEAD_ANY.test(label) ? lastMatch(INNER_LEAD, label) : undefined;
    if (inner && inner.index !== undefined && label.slice(inner.index + inner[0].length).trim()) label = label.slice(inner.index + inner[0].length);
    let role: Role = 'amount';
    let direction: 1 | -1 | 0 | undefined;
    let baseYear: number | null | undefined;
    const clean = label.replace(/[:：]$/, '');
    if (token.kind === 'percent') {
      if (COMPLETION_WORD.test(clean)) role = 'completion';
      else if (SHARE_WORD.test(clean) && !/(增长|下降)/.test(clean.slice(-4))) role = 'share';
      else if (RATE_WORD.test(clean)) role = 'rate';
      else role = 'share';
    } else if (endsOnChangeVerb(clean) && /(比|较|与|同比|相比|增加|减少|增长|下降)/.test((wide ??= normalise(raw)))) {
      role = 'change';
    }
    if (role === 'change' || role === 'rate') {
      const v = lastMatch(VERB, clean)?.[1] ?? '';
      direction = /^(增加|增长|上升|增幅|增)$/.test(v) ? 1 : /^(减少|下降|降低|降幅|减)$/.test(v) ? -1 : 0;
      const y = /(?:比|较|与)\s*(\d{4})\s*年/.exec((wide ??= normalise(raw)));
      baseYear = y ? Number(y[1]) : null;
    }
    const attr = role === 'amount' ? attributeAtEnd(clean) : null;
    let subject = clean;
    if (attr) subject = clean.slice(0, attr.index);
    subject = cleanSubject(subject, this.model);
    if (role === 'amount' && attr && /^(部门|单位)?$/.test(subject) && /预算数/.test(attr[1]) && !(prev && prev.sentence.start === sentence.start)) subject = `部门${attr[1]}`;
    // “1、一般公共服务支出（类）财政事务（款）行政运行（项）。…年初预算为 X 万元，支出决算为 Y 万元”: the item's path
    if (role === 'amount' && (!subject || /^(年初预算|调整后预算|全年预算|支出决算|决算)(数)?$/.test(subject))) {
      const path = /^\s*(?:[(（]?[\d一二三四五六七八九十]+[)）]?\s*[、.．]?)?\s*([^。；]{1,40}?[(（]类[)）][^。；]{1,40}?[(（]款[)）][^。；]{1,40}?[(（]项[)）])/.exec(text.slice(0, token.start));
      if (path) subject = norm(path[1]);
    }
    if (role === 'amount' && !subject && attr && prev && prev.sentence.start === sentence.start) subject = prev.subject;
    // a label that is only a lead-in ("其中：") takes the whole clause before it
    if (role === 'amount' && !subject) {
      const widerSubject = cleanSubject((wide ??= normalise(raw)).replace(/[:：]\s*$/, ''), this.model);
      if (widerSubject && widerSubject.length <= 30) subject = widerSubject;
    }
    label = label.trim();
    // "由 500 万元增加至 600 万元": a figure after 从/由 is last year's
    const prior = role === 'amount' && (/(从|由)\s*$/.test(raw) || this.previousYearFigure(text, sentence.start, from + Math.max(cut, 0), token.start));
    if (prior) return newClaim(this.claims.length, p, pi, token, sentence, role, label, subject, null, undefined, undefined, scope, 'reason', 'classified');
    return newClaim(this.claims.length, p, pi, token, sentence, role, label, subject, attr ? attr[1] : null, direction, baseYear, scope, undefined, 'untied');
  }

  /**
   * “2026年收支总预算 100 万元，2025年预算数为 80 万元”, “…100 万元，较2025年的 80 万元增加…”: a figure
   * whose clause names the previous year, after a figure of the document year in the same sentence,
   * is last year's (a base of the comparison, in no table of this year). A year with no figure of its
   * own before (“2025 年预算收入：2024 年财政拨款预算数 385.5 万元”) does not make it so.
   */
  private previousYearFigure(text: string, sentenceStart: number, clauseStart: number, at: number): boolean {
    const year = this.model.year;
    if (!year) return false;
    // a year is named with 年: a clause without one names none (no slice, no match)
    const nian = text.indexOf('年', clauseStart);
    if (nian < 0 || nian >= at) return false;
    const clause = text.slice(clauseStart, at);
    const named = lastMatch(YEAR_WORD, clause);
    if (!named || Number(named[1]) !== year - 1) return false;
    return thisYearFigure(year).test(text.slice(sentenceStart, clauseStart));
  }

  /**
   * Changes, rates, shares and completions refer to the amount before them (never a previous year's
   * figure). One pass over the paragraph's claims before this one (not a reason) instead of a list
   * of them, of their amounts and of those in the same sentence (issue 19: allocation).
   */
  private link(c: Claim, paragraph: Claim[], lastBase: Claim | null): void {
    if (c.role === 'amount') return;
    let last: Claim | undefined;
    let earliestAmount: Claim | undefined;
    let latestAmount: Claim | undefined;
    let lastSame: Claim | undefined;
    let lastSameFinal: Claim | undefined;
    for (const x of paragraph) {
      if (!(x.id < c.id) || x.cls === 'reason') continue;
      last = x;
      if (x.role !== 'amount') continue;
      earliestAmount ??= x;
      latestAmount = x;
      if (x.sentence.start !== c.sentence.start) continue;
      lastSame = x;
      if (c.role === 'completion' && /决算|执行/.test(x.attribute ?? '')) lastSameFinal = x;
    }
    if (c.role === 'change') {
      c.of = lastSame ?? earliestAmount ?? lastBase ?? undefined;
    }
    else if (c.role === 'rate') {
      if (last && last.role === 'change') {
        c.change = last;
        c.of = last.of;
      } else {
        c.of = lastSame ?? earliestAmount ?? lastBase ?? undefined;
      }
    } else if (c.role === 'share') {
      c.of = last?.role === 'amount' ? last : latestAmount;
    } else if (c.role === 'completion') {
      c.of = lastSameFinal ?? lastSame;
    }
  }

  /** "X 万元，其中：A a、B b" inside a paragraph; nested lists close at "；". Returns the parent name of a list left open at the paragraph end. */
  private inlineEnumerations(p: NarrativeParagraph, text: string, claims: Claim[], lastBase: Claim | null, markers: readonly MarkerAt[]): string | null {
    let trailingName: string | null = null;
    const open: Enumeration[] = [];
    for (const { word, idx, after, sentenceEnd, semi, leadText, listMarker, atEnd } of markers) {
      // the last amount before the marker, and the amounts after it up to the end of its sentence
      // (one pass: no list of the amounts before and after, issue 19)
      let prevAmount: Claim | undefined;
      let scoped: Claim[] = [];
      for (const c of claims) {
        if (c.role !== 'amount') continue;
        if (c.token.end <= idx) prevAmount = c;
        if (c.token.start >= after && c.token.start < sentenceEnd) scoped.push(c);
      }
      let parent: Claim | null = null;
      let parentName: string | null = null;
      const gap = prevAmount ? normalise(text.slice(prevAmount.token.end, idx)) : '';
      if (prevAmount && /^[\s,，:：()（）合计]*$/.test(gap)) parent = prevAmount;
      else if (prevAmount && listMarker && /^[\s,，。:：;；()（）合计]*$/.test(gap)) parent = prevAmount;
      else if (leadText && !/\d/.test(leadText) && cleanSubject(leadText, this.model)) parentName = cleanSubject(leadText, this.model);
      else if (!prevAmount && !leadText) parent = lastBase;
      else if (prevAmount && listMarker && /^\s*$/.test(leadText)) parent = prevAmount;
      if (parent && open.length && open[open.length - 1].items.includes(parent) && semi >= 0) {
        scoped = scoped.filter((c) => c.token.start < after + semi);
        open[open.length - 1].items = open[open.length - 1].items.filter((c) => !scoped.includes(c));
      }
      // “基本支出 90 万元，其中：人员经费 80 万元、公用经费 10 万元；项目支出 10 万元”: when the items before
      // the first “；” already make up the total, what follows is a sibling of the total, not an item
      if (parent?.token.wan && scoped.length > 1) {
        const head = semi >= 0 ? scoped.filter((c) => c.token.start < after + semi) : [];
        if (head.length > 0 && head.length < scoped.length && addsUp(head, parent) && !addsUp(scoped, parent)) scoped = head;
      }
      if (scoped.length === 0) {
        if (atEnd) {
          trailingName = parent ? null : parentName;
        }
        continue;
      }
      if (!parent && !parentName) continue;
      // an item that is itself the parent of a nested list stays in the outer list only
      const e: Enumeration = { parent, parentName, items: scoped, p, marker: word };
      open.push(e);
      this.enumerations.push(e);
    }
    // remove items claimed by several lists: the innermost (latest) keeps them (a new list only where one is shared)
    for (let i = open.length - 1; i >= 0; i--) for (let j = 0; j < i; j++) if (sharesItem(open[j].items, open[i].items)) open[j].items = open[j].items.filter((c) => !open[i].items.includes(c));
    return trailingName;
  }

  /**
   * "主要包括：基本工资、津贴补贴、…" lists of 款 names without figures (TXT-17); a paragraph may have
   * one per part (“人员经费 A 万元，主要包括：…；公用经费 B 万元，主要包括：…”), each running to its “；” or
   * “。” and about the part named in its own clause, else in the section's titles and the words before it.
   */
  private nameListOf(p: NarrativeParagraph, scope: string[], entries: readonly NameEntry[]): void {
    for (const e of entries) {
      const what = e.own ?? whatOf(`${scope.join('/')} ${e.segment}`);
      if (what) this.nameLists.push({ p, what, names: e.names });
    }
  }

  /** Tie an amount claim to table figures. */
  bind(c: Claim): Binding | null {
    const lx = this.lexicon;
    const subject = c.subject;
    const where = this.scopeFactsOf(c.scope);
    const scope = where.joined;
    const final = this.model.kind === 'final';
    const s = looseName(subject);
    if (!s) return null;
    // 类(类)款(款)项(项) paths
    // (a path holds 款: a subject without it is none, told without the pattern)
    const normedSubject = normed(subject);
    const path = normedSubject.includes('款') ? /(.+?)[(（]类[)）](.+?)[(（]款[)）](.+?)[(（]项[)）]/.exec(normedSubject) : null;
    if (path) {
      const cls = lx.functionByName(path[1]).find((f) => f.level === 1);
      const item = lx.functionByName(path[3], cls?.code).find((f) => f.level === 3) ?? lx.functionByName(path[3]).find((f) => f.level === 3);
      if (item) return newBinding(`function:${item.code}`, `${item.code} ${item.name.trim()}`, 'function', item.code, 3, item.cands);
      return null;
    }
    // partial paths: “人大事务行政运行（项）”, “检察（款）一般行政管理事务（项）”, “住房保障（类）”
    const levelled = this.levelledFunction(normedSubject);
    if (levelled) return levelled;
    const inThree = where.three || subject.includes('三公');
    const inBasic = where.basic;
    // 三公
    if (inThree || /^(因公出国|公务用车|公务接待)/.test(s)) {
      const bare = s.replace(/预算$/, '');
      const k = THREE_PUBLIC_ITEMS.find(([re]) => re.test(bare));
      if (k && (inThree || !inBasic)) {
        // 决算: “年初预算/预算数 X 万元” is the 09表 预算数, the rest its 决算数
        // the attribute decides (“支出决算为 Y”), else the subject (“…支出预算为 X”)
        const budget = final && (c.attribute ? /预算/.test(c.attribute) : /预算(数)?$/.test(s)) && lx.concept(`三公预算:${k[1]}`).length > 0;
        const key = `${budget ? '三公预算' : '三公'}:${k[1]}`;
        const b = conceptBinding(key, `“三公”经费${budget ? '预算数' : ''} ${k[1].replace(/^公务用车购置及运行费\./, '')}`, lx.concept(key));
        if (b) return b;
      }
    }
    // economic names in 基本支出 sections (商品和服务支出 is the 302 类 there)
    const econ = lx.economicByName(subject.replace(/^(基本支出-?)/, ''), where.operation);
    const fn = lx.functionByName(subject);
    if (econ.length && (inBasic || !fn.length)) {
      const e = econ[0];
      return newBinding(`economic:${e.code}`, `${e.code} ${e.name.trim()}`, 'economic', e.code, e.level, e.cands);
    }
    // “涉及一般公共预算当年财政拨款 X 万元、上年结转 Y 万元”: Y is a part of the 项目支出 (narrative/facts), not the 上年结转 line
    if (/^(上年|以前年度)?(财政拨款)?结转(结余)?(资金)?$/.test(s) && /涉及[^。；]*当年(财政)?拨款/.test(c.p.text.slice(c.sentence.start, c.token.start))) return null;
    const fund = fundOf(c, where);
    const fixed = this.fixedConcept(conceptKey(subject), final, scope, fund) ?? (c.attribute ? this.fixedConcept(conceptKey(subject + c.attribute), final, scope, fund) : null);
    if (fixed) return fixed;
    // a project named like a 科目 (“城乡医疗救助资金”) in a 项目支出 section is the project
    const named = where.project && !/(类|款|项)\)$/.test(normedSubject) ? (lx.projectExactly(subject) ?? lx.projectExactly(normed(c.label).replace(/^[\d.、．\s]+/, '').replace(/[:：]$/, ''))) : undefined;
    if (named) return newBinding(`project:${named.name}`, `项目“${named.name}”`, 'project', undefined, undefined, named.cands);
    // one fund's flow with no such figure in the tables: not the department's (untied, never another fund's figure)
    if (fund && FUND_FLOW.test(conceptKey(subject))) return null;
    if (fn.length) {
      const f = fn[0];
      return newBinding(`function:${f.code}`, `${f.code} ${f.name.trim()}`, 'function', f.code, f.level, f.cands);
    }
    const prefix = where.fiscal ? '财政拨款:' : '';
    const row = lx.rows.get(prefix + s) ?? lx.rows.get(s) ?? lx.rows.get(s.replace(/^财政/, ''));
    if (row) return newBinding(`row:${s}`, subject, 'row', undefined, undefined, row);
    const project = lx.projectByName(subject) ?? this.projectInSentence(c);
    if (project) return newBinding(`project:${project.name}`, `项目“${project.name}”`, 'project', undefined, undefined, project.cands);
    return null;
  }

  /**
   * A 科目 named with its level marks: segments “name（类|款|项）” resolved top-down, each under
   * the previous; a 项 written after its 款's name without a mark (“人大事务行政运行（项）”) is
   * split at the 款 name. Null when the subject has no level mark or the 科目 is not found.
   */
  private levelledFunction(subject: string): Binding | null {
    // a level mark closes with “)”: a subject without one has none
    if (!subject.includes(')')) return null;
    const segs = allMatches(LEVEL_MARK, subject).map((m) => ({ name: m[1].replace(/^[\d.、，,:：\s]+/, ''), level: m[2] === '类' ? 1 : m[2] === '款' ? 2 : 3 }));
    if (segs.length === 0 || !/\((类|款|项)\)(支出)?$/.test(subject)) return null;
    const lx = this.lexicon;
    let under: string | undefined;
    let found: ReturnType<Lexicon['functionByName']>[number] | undefined;
    for (const seg of segs) {
      found = lx.functionByName(seg.name, under).find((f) => f.level === seg.level);
      if (!found && seg.level > 1) {
        // “人大事务行政运行”: a parent's name, then this one's
        const loose = looseName(seg.name);
        const parents = lx.functions.filter((f) => f.level === seg.level - 1 && (!under || f.code.startsWith(under)) && loose.startsWith(looseName(f.name)) && loose.length > looseName(f.name).length);
        for (const parent of parents) {
          found = lx.functionByName(seg.name.slice(seg.name.length - (loose.length - looseName(parent.name).length)), parent.code).find((f) => f.level === seg.level);
          if (!found) found = lx.functions.find((f) => f.level === seg.level && f.code.startsWith(parent.code) && looseName(f.name) === loose.slice(looseName(parent.name).length));
          if (found) break;
        }
      }
      if (!found) return null;
      under = found.code;
    }
    if (!found) return null;
    return newBinding(`function:${found.code}`, `${found.code} ${found.name.trim()}`, 'function', found.code, found.level, found.cands);
  }

  /** The project with the longest name (the first of those, in the lexicon's order) that the sentence names before the figure. */
  private projectInSentence(c: Claim): { name: string; cands: Candidate[] } | undefined {
    const names = this.lexicon.longProjectNames;
    // (no project to find: the sentence is not made a loose name for nothing; most documents list none)
    if (names.length === 0) return undefined;
    const before = looseName(c.p.text.slice(c.sentence.start, c.token.start));
    let best: { name: string; cands: Candidate[] } | undefined;
    for (const { p, name } of names) {
      if (before.includes(name) && (!best || p.name.length > best.name.length)) best = p;
    }
    return best;
  }

  private fixedConcept(subject: string, final: boolean, scope: string, fund: Fund | null = null): Binding | null {
    const plan = conceptPlan(subject, final, scope, fund);
    for (let i = 0; i < plan.length; i++) {
      const cands = this.conceptCands(plan[i][2]);
      if (cands) return newBinding(`concept:${plan[i][0]}`, plan[i][1], 'concept', undefined, undefined, cands);
    }
    return null;
  }

  /** The candidates of these concepts in order (as concepts.flatMap(concept)), or null when none has any: no list for a pick that binds nothing. */
  private conceptCands(concepts: string[]): Candidate[] | null {
    let out: Candidate[] | null = null;
    for (const k of concepts) {
      const list = this.lexicon.concepts.get(k);
      if (!list || list.length === 0) continue;
      // the first list copied (an exact fit), the others appended
      if (!out) out = list.slice();
      else for (const c of list) out.push(c);
    }
    return out;
  }

  /** Coverage: every figure of the narrative is tied, checked, classified or untied. */
  coverage(): NarrativeCoverage {
    const classified: Partial<Record<ClaimClass, number>> = {};
    const untied: UntiedClaim[] = [];
    let tied = 0;
    let checked = 0;
    // claims are made in the order of the tokens (paragraph by paragraph, in text order) and each
    // token is its paragraph's own (ownTokens): the next claim is the token's, or none is (no Map)
    const claims = this.claims;
    let next = 0;
    let numbers = 0;
    for (let pi = 0; pi < this.paragraphTokens.length; pi++) {
      const p = this.paragraphs[pi];
      const scope = this.scopes[pi];
      for (const token of this.paragraphTokens[pi]) {
        numbers++;
        const c = next < claims.length && claims[next].token === token ? claims[next++] : undefined;
        this.count(p, token, scope, c, classified, untied);
        if (c?.status === 'tied') tied++;
        else if (c?.status === 'checked') checked++;
      }
    }
    return { numbers, tied, checked, classified, untied, source: this.model.narrative.length ? this.model.narrativeSource : null };
  }

  /** Count a token that is not tied or checked: its class (classified), or an entry among the untied. */
  private count(p: NarrativeParagraph, token: NumberToken, scope: string[], c: Claim | undefined, classified: Partial<Record<ClaimClass, number>>, untied: UntiedClaim[]): void {
    let cls: ClaimClass | null = null;
    if (c) {
      if (c.status === 'tied' || c.status === 'checked') return;
      if (c.status === 'classified') cls = c.cls ?? 'indicator';
      else untied.push({ location: paragraphLocation(p, token.start, token.end), text: token.text, context: excerpt(p.text, token.start, token.end) });
    } else {
      const kind = token.kind;
      cls = kind === 'year' ? 'year' : kind === 'date' ? 'date' : kind === 'headcount' ? 'headcount' : kind === 'count' ? 'count' : kind === 'reference' ? 'reference' : kind === 'numbering' ? 'numbering' : 'indicator';
      if (kind === 'bare' && !this.isBusiness(scope)) {
        cls = null;
        untied.push({ location: paragraphLocation(p, token.start, token.end), text: token.text, context: excerpt(p.text, token.start, token.end) });
      }
    }
    if (cls) classified[cls] = (classified[cls] ?? 0) + 1;
  }
}

/** The other income lines a narrative names (“事业收入 X 万元”), each with its wordings (compiled once). */
const INCOME_ITEMS: [string, RegExp][] = ['财政专户管理资金', '事业收入', '事业单位经营收入', '上级补助收入', '附属单位上缴收入', '其他收入'].map((item) => [
  item,
  new RegExp(`^(纳入)?${item.replace('事业单位经营收入', '(事业单位)?经营收入')}(收入)?(总计|合计)?$`),
]);

/** The first ；or ; in text[from, to), counted from `from`, or -1 (as text.slice(from, to).search(/[；;]/), without the slice). */
export function semicolonIn(text: string, from: number, to: number): number {
  for (let i = from; i < to && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff1b || c === 0x3b) return i - from;
  }
  return -1;
}

/** ，,、；; — what ends a clause before a figure (claimOf). */
const CLAUSE_COMMAS = [0xff0c, 0x2c, 0x3001, 0xff1b, 0x3b];
/** 。；，,; — what ends the text before a list item (inlineEnumerations). */
const CLAUSE_STOPS = [0x3002, 0xff1b, 0xff0c, 0x2c, 0x3b];

/**
 * The last position before `end` of a character among `codes`, or -1: the Math.max of their
 * lastIndexOf(…, end - 1), in one backward pass that stops at the first (issue 19).
 */
function lastOfCodes(text: string, end: number, codes: readonly number[]): number {
  for (let i = Math.min(end, text.length) - 1; i >= 0; i--) if (codes.includes(text.charCodeAt(i))) return i;
  return -1;
}

/** The last of '，' ',' '、' '；' ';' before `end`, or -1. */
export function lastClauseComma(text: string, end: number): number {
  return lastOfCodes(text, end, CLAUSE_COMMAS);
}

/** The last of '。' '；' '，' ',' ';' before `end`, or -1 (none when `end` is 0). */
export function lastClauseStop(text: string, end: number): number {
  return lastOfCodes(text, end, CLAUSE_STOPS);
}

/** Does a list hold an item of another? */
function sharesItem(a: Claim[], b: Claim[]): boolean {
  for (const c of a) if (b.includes(c)) return true;
  return false;
}

/** Do these amounts add up to the total (within the halves of the printed figures)? */
function addsUp(items: Claim[], total: Claim): boolean {
  if (!total.token.wan || items.some((c) => !c.token.wan)) return false;
  const sum = items.reduce((a, c) => a.plus(c.token.wan as Decimal), new Decimal(0));
  const slack = items.reduce((a, c) => a.plus(c.token.half ?? 0), total.token.half ?? new Decimal(0));
  return sum.minus(total.token.wan).abs().lte(slack);
}

/** The document year followed by a money figure of its own (“2026年收支总预算 100 万元”). */
export function thisYearFigureUncached(year: number): RegExp {
  return new RegExp(`${year}\\s*年[^。；;]*?\\d[\\d,.]*\\s*(万元|元)`);
}

const YEAR_FIGURES = new Map<number, RegExp>();

/** thisYearFigureUncached, compiled once per year (it has no g flag: test() keeps no state). */
export function thisYearFigure(year: number): RegExp {
  let re = YEAR_FIGURES.get(year);
  if (!re) YEAR_FIGURES.set(year, (re = thisYearFigureUncached(year)));
  return re;
}

/** Key for fixed concepts: no spaces, brackets or quotes (remembered by text). */
export const conceptKey: (s: string) => string = memoText((s) => normed(s).replace(/[()“”"‘’'·\-—、]/g, ''), 20000);

/**
 * Strip years, the unit's name, lead-in words and trailing particles from a label. A pure function
 * of the label and the unit's name: remembered by the two, the unit's name first (a map per unit
 * name: no key string to build per look-up, issue 19), 20,000 subjects in all.
 */
const SUBJECTS = new Map<string, Map<string, string>>();
let SUBJECT_COUNT = 0;
forgetWith(() => {
  SUBJECTS.clear();
  SUBJECT_COUNT = 0;
});

export function cleanSubject(label: string, model: CheckModel): string {
  const unit = model.facts.unit ?? '';
  let byLabel = SUBJECTS.get(unit);
  if (!byLabel) SUBJECTS.set(unit, (byLabel = new Map()));
  let subject = byLabel.get(label);
  if (subject === undefined) {
    subject = cleanSubjectOf(label, unit || null);
    if (++SUBJECT_COUNT > 20000) {
      SUBJECTS.clear();
      SUBJECT_COUNT = 1;
      SUBJECTS.set(unit, (byLabel = new Map()));
    }
    byLabel.set(label, subject);
  }
  return subject;
}

export function cleanSubjectUncached(label: string, model: CheckModel): string {
  return cleanSubjectOf(label, model.facts.unit || null);
}

function cleanSubjectOf(label: string, unitName: string | null): string {
  let s = normed(label).replace(/^[(（]?[一二三四五六七八九十\d]+[)）、.．]\s*/, '');
  // each replacement only where its words are (most subjects have no year, date or unit name)
  if (s.includes('年')) s = s.replace(/\d{4}年度?/g, '');
  if (s.includes('截')) s = s.replace(/截[至止].*?日/g, '');
  const unit = unitName ? norm(unitName) : null;
  if (unit && s.includes(unit)) s = s.split(unit).join('');
  // each replacement below only where its words can be (a character every match holds, or the one it ends on):
  // the replacements run in the same order on the same strings, and a skipped one would have matched nothing
  if (s.includes('医')) s = s.replace(/^(武汉市)?[\u4e00-\u9fa5]{2,4}?区?(医疗保障局|医疗保障服务中心|医保局|医保中心)/, '');
  // a short name of the unit before a budget word ("省检察院2018年财政拨款…", "市财政局一般公共预算…")
  s = s.replace(/^[\u4e00-\u9fa5]{1,12}?(检察院|法院|办公厅|办公室|委员会|局|厅|院|委|办|中心|部)(?=(财政拨款|一般公共预算|政府性基金|国有资本|部门|收入|支出|收支|本年|基本支出|项目支出|机关运行|“?"?三公))/, '');
  if (s.includes('本') || s.includes('我') || s.includes('(单位)')) s = s.replace(/\(本级\)|本级|本单位|本部门|我单位|我部门|部门\(单位\)|\(单位\)/g, '');
  s = s.replace(LEAD, '');
  if (TAIL_LAST.has(s.charCodeAt(s.length - 1))) s = s.replace(/(均为|为|是|:|约|达|共计|共|有)+$/, '');
  if (s.includes('(合计)')) s = s.replace(/\(合计\)/g, '');
  if (s.endsWith('支出')) s = s.replace(/(支出)(类|款|项)支出$/, '$1');
  s = s.replace(/^(部门|单位)(?=(预算|收支|收入|支出))/, '');
  if (s.includes('-') || s.includes('—')) s = s.replace(/^[-—]+|[-—]+$/g, '');
  return s.trim().replace(LEAD, '');
}

/** The last characters of the trailing particles cleanSubjectOf drops (均为 为 是 : 约 达 共计 共 有). */
const TAIL_LAST = codeSet('为是:约达计共有');

export function excerpt(text: string, start: number, end: number, width = 18): string {
  const a = Math.max(0, start - width);
  const b = Math.min(text.length, end + 4);
  return `${a > 0 ? '…' : ''}${text.slice(a, b).replace(/\s+/g, ' ').trim()}${b < text.length ? '…' : ''}`;
}

/** Count in Chinese or Arabic digits before a measure word ("二个" → 2). */
export function countValue(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  return chineseNumber(s);
}

const CACHE = new WeakMap<CheckModel, NarrativeAnalysis>();

/** The narrative analysis of a model (computed once, shared by the narrative rules). */
export function narrativeAnalysis(model: CheckModel): NarrativeAnalysis {
  let a = CACHE.get(model);
  if (!a) CACHE.set(model, (a = new NarrativeAnalysis(model)));
  return a;
}

type Fund = '一般公共预算' | '政府性基金预算' | '国有资本经营预算';

/** The “三公” items a subject may name (looseName, without a trailing 预算), in the order they are tried. */
const THREE_PUBLIC_ITEMS: [RegExp, string][] = [
  [/三公/, '合计'],
  [/^因公出国\(?境\)?(经)?费/, '因公出国(境)费'],
  [/^因公出国境(经)?费/, '因公出国(境)费'],
  [/^公务用车购置运行(维护)?费/, '公务用车购置及运行费.小计'],
  [/^公务用车购置(费)?$/, '公务用车购置及运行费.公务用车购置费'],
  [/^公务用车运行(维护)?费$/, '公务用车购置及运行费.公务用车运行费'],
  [/^公车运行(维护)?费$/, '公务用车购置及运行费.公务用车运行费'],
  [/^公务接待费/, '公务接待费'],
];

/** What binding asks of a claim's section titles. */
export interface ScopeFacts {
  joined: string;
  three: boolean;
  basic: boolean;
  operation: boolean;
  project: boolean;
  fiscal: boolean;
  /** The fund of the last title (sectionFund). */
  fund: Fund | null;
}

/** The plain reading of a scope's facts (the test oracle of scopeFacts). */
export function scopeFactsUncached(scope: string[]): ScopeFacts {
  const joined = scope.join('/');
  return {
    joined,
    three: /三公/.test(joined),
    basic: /基本支出|人员经费|公用经费|工资福利|商品和?服务|对个人和家庭|机关运行/.test(joined) || /人员经费|公用经费/.test(joined),
    operation: /机关运行经费/.test(joined),
    project: /项目/.test(joined),
    fiscal: /财政拨款/.test(joined),
    fund: sectionFund(scope),
  };
}

/** The facts of joined titles, as scopeFactsUncached reads them (remembered by text: the same sections come back on every check). */
const scopeFlags = memoText((joined: string): Omit<ScopeFacts, 'joined' | 'fund'> => {
  const f = scopeFactsUncached([joined]);
  return { three: f.three, basic: f.basic, operation: f.operation, project: f.project, fiscal: f.fiscal };
}, 20000);

/** The fund of a section's last title (sectionFund of a one-title scope), remembered by text. */
const titleFund = memoText((title: string) => sectionFund([title]), 20000);

/** scopeFactsUncached with its patterns run once per joined text and last title (issue 19). */
export function scopeFacts(scope: string[]): ScopeFacts {
  const joined = scope.join('/');
  const f = scopeFlags(joined);
  return { joined, three: f.three, basic: f.basic, operation: f.operation, project: f.project, fiscal: f.fiscal, fund: titleFund(scope[scope.length - 1] ?? '') };
}

/** The flows of one fund's 财政拨款 (本年收入, 上年结转, 本年支出, 年末结转). */
const FUND_FLOW = /^(收入合计|本年收入合计|本年收入|上年结转|上年结转结余|年初结转结余|年初结转和结余|支出合计|本年支出合计|本年支出|年末结转和结余|年末结转结余|年终结转结余|年末结转|结转下年)$/;

/**
 * The fund a flow figure (本年收入, 上年结转, 本年支出, 年末结转) speaks of: the fund named as the
 * subject of its clause (“政府性基金预算财政拨款本年收入 X、上年结转 Y”, clauses split at “；”),
 * else the fund of its section heading (“八、政府性基金预算支出安排情况”); null for all funds.
 */
function fundOf(c: Claim, where: ScopeFacts): Fund | null {
  const before = c.p.text.slice(c.sentence.start, c.token.start);
  const clause = before.slice(Math.max(before.lastIndexOf('；'), before.lastIndexOf(';')) + 1);
  // (a clause that names no fund has no match arrays to make; the section's fund is its scope's)
  const named = FUND_NAMED_ANY.test(clause) ? lastMatch(FUND_NAMED, clause) : undefined;
  return named ? fundName(named[1]) : where.fund;
}

/** “政府性基金” → 政府性基金预算; 一般公共预算 is one already. */
function fundName(which: string): Fund {
  return `${which}${which === '一般公共预算' ? '' : '预算'}` as Fund;
}

/** The fund a section heading speaks of (“八、政府性基金预算支出安排情况”), or null. */
function sectionFund(scope: string[]): Fund | null {
  const m = /(一般公共预算|政府性基金|国有资本经营)(预算)?(财政拨款)?(收入)?(收支|支出)/.exec(scope[scope.length - 1] ?? '');
  return m ? fundName(m[1]) : null;
}

/** A concept's binding, or null when it has no figures. */
function conceptBinding(key: string, what: string, list: Candidate[]): Binding | null {
  return list.length ? newBinding(`concept:${key}`, what, 'concept', undefined, undefined, list) : null;
}

/** A fixed concept to try: its key, what it is in words, and the lexicon concepts that hold its figures. */
type Pick = [key: string, what: string, concepts: string[]];

function p(key: string, what: string, ...concepts: string[]): Pick {
  return [key, what, concepts];
}

/**
 * The fixed concepts a subject may name, in the order they are tried (the first with figures in
 * the workbook binds): a pure function of its strings, so it is remembered by them.
 */
export function conceptPlanUncached(subject: string, final: boolean, scope: string, fund: Fund | null): Pick[] {
  const lead: Pick[] = [];
  const done = (...picks: Pick[]): Pick[] => (lead.length ? [...lead, ...picks] : picks);
  // 收入支出总计 / 收、支总计 / 收支总计 are one wording; “一般公共预算收入预算” is the 一般公共预算收入
  // “本年收入预算合计”, “财政拨款收入预算总计” (江苏): the 合计/总计 of that 收入/支出
  const s0 = subject.replace(/收入支出/g, '收支').replace(/(收入|支出)预算(数)?(合计|总计)$/, '$1$3');
  const s1 = /(收入|支出|收支|总计|合计|拨款)(预算|预算数)$/.test(s0) && !/^(收入|支出|收支)(预算|预算数)$/.test(s0) ? s0.replace(/(预算|预算数)$/, '') : s0;
  // a flow named with its fund (“政府性基金预算财政拨款年初结转和结余”): the flow of that fund
  const flow = fund ? s1.replace(/^(一般公共预算|政府性基金(预算)?|国有资本经营(预算)?)(财政)?(拨款)?/, '') : s1;
  const s = FUND_FLOW.test(flow) ? flow : s1;
  const fiscal = /财政拨款收支|财政拨款收入支出/.test(scope);
  // the flows of one fund (“政府性基金预算财政拨款本年收入 X、上年结转 Y，本年支出 Z，年末结转和结余 W”)
  if (fund) {
    if (/^(收入合计|本年收入合计|本年收入)$/.test(s)) return done(p(`${fund}收入`, `${fund}财政拨款本年收入`, `财政拨款:in:本年收入合计.${fund}`, `财政拨款:in:${fund}`, `in:${fund}`));
    if (/^(上年结转|上年结转结余|年初结转结余|年初结转和结余)$/.test(s)) return done(p(`${fund}上年结转`, `${fund}财政拨款上年结转`, `财政拨款:in:上年结转结余.${fund}`, `in:上年结转结余.${fund}`));
    if (/^(支出合计|本年支出合计|本年支出)$/.test(s)) return done(p(`${fund}支出`, `${fund}财政拨款本年支出`, `财政拨款:ex:本年支出合计.${fund}`, `${fund.replace(/预算$/, '')}支出`, ...(fund === '一般公共预算' ? ['一般公共预算支出'] : [])));
    if (/^(年末结转和结余|年末结转结余|年终结转结余|年末结转|结转下年)$/.test(s)) return done(p(`${fund}年末结转`, `${fund}财政拨款年末结转和结余`, `财政拨款:ex:年终结转结余.${fund}`));
  }
  if (fiscal && /^(收入合计|本年收入合计|本年收入)$/.test(s)) return done(p('财政拨款本年收入合计', '财政拨款本年收入合计', '财政拨款:in:本年收入合计'));
  if (fiscal && /^(支出合计|本年支出合计|本年支出)$/.test(s)) return done(p('财政拨款本年支出合计', '财政拨款本年支出合计', '财政拨款:ex:本年支出合计'));
  if (/^(年末结转和结余|年末结转结余|年终结转结余|结转下年(资金)?|年末结转(资金)?)$/.test(s)) return done(p(`${fiscal ? '财政拨款' : ''}年末结转`, '年末结转和结余', ...(fiscal ? ['财政拨款:ex:年终结转结余'] : []), 'ex:年终结转结余'));
  if (/^(收支总预算|部门收支总预算|收支总计|收支总计均为|收支预算|部门预算数|预算总收入|部门预算总收入|总收入|收入预算|部门收入预算|收入总计|收入预算总计)$/.test(s) || (final && /^收支总计/.test(s)))
    return done(/收支总预算|收支总计/.test(s) && fiscal ? p('财政拨款收支总计', '财政拨款收支总计', '财政拨款:in:收入总计') : p('收入总计', '收入总计', final && /收入合计/.test(s) ? 'in:本年收入合计' : 'in:收入总计'));
  if (/^(收入合计|本年收入合计|本年收入)$/.test(s)) return done(p('本年收入合计', '本年收入合计', 'in:本年收入合计'));
  if (/^(预算总支出|部门预算总支出|总支出|支出预算|预算支出|部门支出预算|支出总计|支出预算总计|部门预算支出)$/.test(s)) return done(p('支出总计', '支出总计', 'ex:支出总计'));
  if (/^(支出合计|本年支出合计|本年支出)$/.test(s)) return done(p('本年支出合计', '本年支出合计', 'ex:本年支出合计'));
  if (/^(财政拨款收支总预算|财政拨款收支总计|财政拨款收支总计均为|财政拨款补助预算数|财政拨款预算数|财政拨款补助|财政拨款补助收入|预算收入|财政拨款补助收入预算数)$/.test(s)) return done(p('财政拨款收支总计', '财政拨款收支总计', '财政拨款:in:收入总计'));
  if (/^(一般公共预算财政拨款收入|一般公共预算拨款收入|一般公共预算收入|一般公共预算|一般公共预算财政拨款|一般公共预算拨款)$/.test(s) && !/支出/.test(scope.split('/').pop() ?? ''))
    return done(p('一般公共预算收入', '一般公共预算财政拨款收入', fiscal ? '财政拨款:in:本年收入合计.一般公共预算' : 'in:一般公共预算', '财政拨款:in:一般公共预算', 'in:一般公共预算', '财政拨款:in:本年收入合计.一般公共预算'));
  if (/^一般公共预算财政拨款本年收入$/.test(s)) return done(p('一般公共预算收入', '一般公共预算财政拨款本年收入', '财政拨款:in:本年收入合计.一般公共预算', '财政拨款:in:一般公共预算', 'in:一般公共预算'));
  if (/^政府性基金(预算)?(财政)?(拨款)?(本年)?(收入)?$/.test(s)) return done(p('政府性基金收入', '政府性基金预算财政拨款收入', 'in:政府性基金预算', '财政拨款:in:本年收入合计.政府性基金预算', '财政拨款:in:政府性基金预算'));
  if (/^国有资本经营预算(财政)?(拨款)?(本年)?(收入)?$/.test(s)) return done(p('国有资本经营收入', '国有资本经营预算财政拨款收入', 'in:国有资本经营预算', '财政拨款:in:本年收入合计.国有资本经营预算', '财政拨款:in:国有资本经营预算'));
  if (/^财政拨款收入(总计|合计)?$/.test(s)) return done(p('财政拨款收入', '财政拨款收入', 'in:财政拨款收入', 'in:财政拨款', '财政拨款:in:本年收入合计'));
  if (/^财政拨款(预算)?支出(预算|合计)?$/.test(s)) return done(p('财政拨款支出', '财政拨款支出合计', '财政拨款支出', '财政拨款:ex:本年支出合计'));
  for (const [item, re] of INCOME_ITEMS) if (re.test(s)) return done(p(item, item, `in:${item}`));
  if (/^(上年结转|上年结转结余|年初结转结余|年初结转和结余)(资金)?$/.test(s)) return done(p('上年结转', '上年结转', fiscal ? '财政拨款:in:上年结转结余' : 'in:上年结转结余', 'in:上年结转结余'));
  const general = /一般公共预算/.test(scope);
  if (/^(一般公共预算(财政拨款)?支出(预算|决算)?|一般公共预算财政拨款支出决算|当年预算|一般公共预算当年拨款)$/.test(s) || /^一般公共预算财政拨款支出$/.test(s)) return done(p('一般公共预算支出', '一般公共预算支出合计', '一般公共预算支出'));
  // 财政拨款 (all funds) 基本支出: the 财政拨款收支总表's line, else the 一般公共预算 figures
  if (/^财政拨款基本支出(合计|预算)?$/.test(s)) return done(p('财政拨款基本支出', '财政拨款基本支出', '财政拨款:ex:基本支出'), p('基本支出', '基本支出', '一般公共预算:基本支出', '基本支出表合计'));
  if (/^(一般公共预算(财政拨款)?)?基本支出(合计|预算)?$/.test(s)) {
    const g = general || /^一般公共预算/.test(s);
    return done(p('基本支出', '基本支出', ...(g ? ['一般公共预算:基本支出', '基本支出', '基本支出表合计'] : ['基本支出', '一般公共预算:基本支出', '基本支出表合计'])));
  }
  if (/^(一般公共预算(财政拨款)?)?项目(共|总)?支出(合计)?$|^项目支出预算$|^其他运转类及特定目标类(项目)?(支出)?$|^特定目标类项目$/.test(s)) {
    const g = general || /^一般公共预算/.test(s);
    return done(p('项目支出', '项目支出', ...(g ? ['一般公共预算:项目支出', '项目支出'] : ['项目支出', '一般公共预算:项目支出'])));
  }
  // 机关运行经费: its own table when there is one (江苏), else it is checked against 公用经费 (narrative/facts)
  if (/机关运行经费/.test(s)) return done(p('机关运行经费表', '机关运行经费支出表合计', '机关运行经费表'), p('机关运行经费', '公用经费', '公用经费', '一般公共预算:公用经费'));
  if (/^政府性基金(预算)?(财政)?(拨款)?(安排的)?支出(预算)?(支出)?$/.test(s)) return done(p('政府性基金支出', '政府性基金预算支出', '政府性基金支出', '财政拨款:ex:本年支出合计.政府性基金预算'));
  if (/^(事业单位)?经营支出$/.test(s)) return done(p('经营支出', '经营支出', '经营支出'));
  // 会议费 / 培训费 of the 江苏 “三公”经费、会议费、培训费 table
  const meeting = /^(一般公共预算)?(财政)?(拨款)?(安排的)?(会议费|培训费)(预算)?(支出)?(预算)?$/.exec(s);
  if (meeting) {
    lead.push(p(meeting[5], meeting[5], `三公表:${meeting[5]}`));
  }
  if (/^(其他资金)(收入)?(预算)?(总计)?$/.test(s)) return done(p('其他资金', '其他资金', 'in:其他资金'));
  if (/^单位预留机动经费(预算)?(数)?$/.test(s)) return done(p('单位预留机动经费', '单位预留机动经费', 'ex:单位预留机动经费'));
  if (/^(人员经费|基本支出人员经费|人员类(项目)?(支出)?)$/.test(s)) return done(p('人员经费', '人员经费', '人员经费', '一般公共预算:人员经费'));
  if (/^(公用经费|基本支出公用经费|公用经费运转类(项目)?(支出)?)$/.test(s)) return done(p('公用经费', '公用经费', '公用经费', '一般公共预算:公用经费'));
  if (/^(政府采购预算(总额|金额|支出)?(合计)?|政府采购预算支出(预算数)?(合计)?|纳入政府采购预算支出(合计)?|政府采购支出总额|政府采购支出预算(总额|合计)?|政府采购)$/.test(s)) return done(p('政府采购', '政府采购预算', '政府采购'));
  if (/政府购买服务/.test(s) || (/购买服务/.test(scope) && /^(预算金额|金额|资金)$/.test(s))) return done(p('政府购买服务', '政府购买服务预算', '政府购买服务'));
  if (/资产配置预算/.test(s) || (/资产配置/.test(scope) && /^(合计|预算支出预算数合计)$/.test(s))) return done(p('资产配置', '资产配置预算', '资产配置'));
  return lead;
}

/** Plans by kind and fund (final ? 4 : 0) + fund index, then scope, then subject: no key string to build per look-up (issue 19). */
const PLANS: Map<string, Map<string, Pick[]>>[] = [];
const FUNDS: (Fund | null)[] = [null, '一般公共预算', '政府性基金预算', '国有资本经营预算'];
let PLAN_COUNT = 0;
forgetWith(() => {
  PLANS.length = 0;
  PLAN_COUNT = 0;
});

/** conceptPlanUncached, remembered by its arguments (bounded). */
export function conceptPlan(subject: string, final: boolean, scope: string, fund: Fund | null): Pick[] {
  const slot = (final ? 4 : 0) + FUNDS.indexOf(fund);
  let byScope = PLANS[slot];
  if (!byScope) PLANS[slot] = byScope = new Map();
  let bySubject = byScope.get(scope);
  if (!bySubject) byScope.set(scope, (bySubject = new Map()));
  let plan = bySubject.get(subject);
  if (!plan) {
    plan = conceptPlanUncached(subject, final, scope, fund);
    if (++PLAN_COUNT > 20000) {
      PLANS.length = 0;
      PLAN_COUNT = 1;
      PLANS[slot] = byScope = new Map([[scope, (bySubject = new Map())]]);
    }
    bySubject.set(subject, plan);
  }
  return plan;
}
