/**
 * Wording of the published text (STD-13): characters doubled by mistake (not a reduplication),
 * common miswritings and mixed constructions, doubled punctuation, a set phrase written wrong,
 * an amount whose unit lacks 元, a prose paragraph that ends on "；", list items repeated or
 * misspelt, the same purpose copied under two 科目.
 */
import { isHan, isSpaceCode, withoutSpaces } from '../../chars';
import { entriesByName } from '../../data/lookup';
import { paragraphLabel, paragraphLocation } from '../../narrative/source';
import { headingOf } from '../../narrative/structure';
import type { Location } from '../../contract';
import type { Rule } from '../types';
import { around, documentText, type DocText } from './text-cells';
import { C_COLON, C_KUO, C_XIANG, C_YU, C_ZHU, holdsAll, paragraphChars } from './paragraph-chars';
import { F_BI, F_DOUBLED_HAN, F_DOUBLED_PUNCT, F_PHRASE, F_PHRASE_END, F_RARE_MISWRITE, F_YU, F_ZHI_SHOU, textFeatures } from './text-features';

/** Reduplications that are words (叠词), not typos. */
export const REDUPLICATIONS = new Set(
  '常常 人人 年年 天天 个个 层层 项项 处处 时时 事事 一一 万万 谢谢 看看 刚刚 仅仅 渐渐 稍稍 往往 纷纷 步步 点点 家家 户户 默默 慢慢 紧紧 深深 实实 明明 统统 偏偏 多多 好好 样样 件件 条条 代代 世世 轻轻 高高 远远 大大 重重 滚滚 勤勤 恳恳 兢兢 业业 扎扎 踏踏 切切 真真 确确 方方 面面 形形 色色 岁岁 月月 日日 家家 村村 镇镇 户户 点点 滴滴 层层 级级 环环 节节 次次 回回 件件 桩桩 字字 句句 声声 步步 稳稳 牢牢 实实 在在 清清 楚楚 干干 净净 息息 井井 有有 条条 欣欣 向向 荣荣 蒸蒸 日日 上上 源源 不断 生生 不息 人人 有责'.split(/\s+/),
);

/** Common miswritings and mixed constructions, each with what it should be. */
export const MISWRITINGS: [RegExp, string][] = [
  [/与(上年|去年|上一年度?|\d{4}\s*年度?)相(?![比同当关应])/, '“与……相”后缺“比”（应为“与上年相比”）'],
  [/比(上年|去年|上一年度?|\d{4}\s*年度?)[^，。；,]{0,6}相比/, '“比……相比”句式杂糅，应为“比上年……”或“与上年相比……”'],
  [/有毒有害气(?!体)/, '疑为“有毒有害气体”'],
  [/提租补(?!贴)/, '疑为“提租补贴”'],
  [/财政转专户/, '疑为“财政专户”'],
  [/(?<!收入)(支出收入|收入收入|支出支出)\s*(X{2,}|\d)/, '“支出收入”等名称重复，疑为“支出”'],
];

/** A literal each miswriting above needs (same order): a text without it is not searched with that pattern. */
export const MISWRITING_NEEDS: string[][] = [['与'], ['相比'], ['有毒有害气'], ['提租补'], ['财政转专户'], ['支出收入', '收入收入', '支出支出']];

/**
 * A character each literal of MISWRITING_NEEDS holds (same order; text-features.ts bits): 与; 比 of
 * 相比; 毒, 租, 专; 出 or 入 right before 支 or 收 (出收, 入收, 出支). A text without it skips the pattern.
 */
const MISWRITING_BITS = [F_YU, F_BI, F_RARE_MISWRITE, F_RARE_MISWRITE, F_RARE_MISWRITE, F_ZHI_SHOU];

/** Character pairs that are words even where a document uses them once (区级, 据实 …). */
const COMMON_PAIRS = new Set([
  ...['区级', '市级', '省级', '县级', '区委', '市委', '省委', '县委', '区直', '市直', '省直', '据实', '级次', '会议', '业务', '政法'],
  // words of government texts that often follow a word ending in the same character (财政政策, 安全全面, 工作作风 …)
  ...['政策', '政府', '政务', '政治', '全面', '全部', '全年', '作风', '作用', '务实', '生活', '生态', '生产', '展览', '理论', '化解', '术语'],
  ...['年初', '年末', '年度', '员工', '员额', '用于', '于是', '位于', '项目', '目标', '标准', '准则', '出资', '资金', '金额', '额度', '度过'],
  ...['门类', '门户', '类别', '部署', '署名', '收入', '入口', '支出', '出台', '台账', '账户', '户籍', '设施', '施工', '工程', '程序', '序列'],
  ...['保障', '障碍', '建设', '设备', '备案', '案件', '件数', '数据', '据此', '此外', '外事', '事业', '事务', '事项', '项次', '运行', '行政'],
  ...['行业', '行为', '为民', '民生', '公共', '共同', '同期', '期间', '间接', '接待', '待遇', '遇到', '到位', '位置', '置换', '换届', '届次'],
]);

/** Set phrases (固定提法) a document may quote; a near miss is a miswriting. */
export const SET_PHRASES = ['高水平全面建成小康社会', '全面建成小康社会', '习近平新时代中国特色社会主义思想', '全面建设社会主义现代化国家'];

/** Whether the text holds one of the words (a loop, no closure per text). */
function holdsAny(text: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.includes(words[i])) return true;
  return false;
}

/** A pair of Han characters as a number (both in U+4E00–U+9FA5): the bigram table's key, no string built. */
const pairKey = (a: number, b: number): number => (a - 0x4e00) * 0x51a6 + (b - 0x4e00);

/**
 * The document's texts with whitespace removed (never joined: a word is found text by text, never
 * across two texts), and how often a two-character word occurs in them. Both are worked out on first
 * use: most texts have no doubled character to weigh, and most documents only a few. Past a few
 * distinct pairs, one pass counts every pair of the document, so a large workbook stays linear.
 */
export class Corpus {
  private lines: string[] | null = null;
  private joined: string | null = null;
  private rawText: string | null = null;
  private readonly asked = new Map<string, number>();
  private table: Map<number, number> | null = null;

  private readonly texts: readonly string[];

  /** The document's texts (strings, or objects with the text: as tests write them). */
  constructor(texts: readonly string[] | readonly { text: string }[]) {
    // the rule's texts are strings already: kept as they are, not copied (neither is ever changed)
    this.texts = allStrings(texts) ? texts : texts.map((t: string | { text: string }) => (typeof t === 'string' ? t : t.text));
  }

  /** Each text without its white space (the same string where it has none: most table labels). */
  private get stripped(): string[] {
    return (this.lines ??= this.texts.map(withoutSpaces));
  }

  /**
   * The texts, white space removed, one per line. A word without white space is in it exactly
   * where it is in one of the texts: no text holds a line break any more, so no match spans two.
   */
  get text(): string {
    return (this.joined ??= this.stripped.join('\n'));
  }

  /**
   * The texts joined by NUL, as written: a word's characters with only white space between them is
   * the word in a text without its white space, and no match spans a NUL (neither white space nor
   * a character of the word).
   */
  private get raw(): string {
    return (this.rawText ??= this.texts.join('\0'));
  }

  /** Does a text of the document hold this word (no white space, line break or NUL in it), white space ignored? */
  holds(word: string): boolean {
    return spacedAt(this.raw, word, 0) >= 0;
  }

  /** Occurrences of a word of two Han characters (overlapping ones too: 年年年 holds 年年 twice). */
  pairCount(w: string): number {
    if (this.table) return this.table.get(pairKey(w.charCodeAt(0), w.charCodeAt(1))) ?? 0;
    let n = this.asked.get(w);
    if (n !== undefined) return n;
    if (this.asked.size >= PAIRS_ASKED_MAX) {
      this.table = bigramCounts(this.texts);
      return this.pairCount(w);
    }
    n = 0;
    // one match per start: each occurrence in the texts without white space starts at its own character
    const raw = this.raw;
    for (let i = spacedAt(raw, w, 0); i >= 0; i = spacedAt(raw, w, i + 1)) n++;
    this.asked.set(w, n);
    return n;
  }
}

function allStrings(texts: readonly unknown[]): texts is readonly string[] {
  for (let i = 0; i < texts.length; i++) if (typeof texts[i] !== 'string') return false;
  return true;
}

/**
 * Where the word starts in `s` at or after `from` with only white space (as /\s/ means it) between
 * its characters; -1 if nowhere. What /w\s*o\s*r\s*d/ finds searched from `from`, for a word without
 * white space: \s* cannot give back a character the next one of the word could be, so a start
 * matches exactly when each next character of the word is the next one that is not white space.
 * The first character is found by indexOf (no pattern built per word).
 */
export function spacedAt(s: string, word: string, from: number): number {
  if (word.length === 0) return from <= s.length ? from : -1;
  // the first character as a string once (word[0] of a Han character is a new string at each read)
  const first = word[0];
  for (let i = s.indexOf(first, from); i >= 0; i = s.indexOf(first, i + 1)) {
    let j = i + 1;
    let k = 1;
    for (; k < word.length; k++, j++) {
      while (j < s.length && isSpaceCode(s.charCodeAt(j))) j++;
      if (j >= s.length || s.charCodeAt(j) !== word.charCodeAt(k)) break;
    }
    if (k === word.length) return i;
  }
  return -1;
}

/** Distinct pairs looked up one by one before the whole bigram table is built instead. */
const PAIRS_ASKED_MAX = 16;

/** Character bigrams of a document (whitespace skipped), with how often each occurs. One pass, no regex per pair. */
function bigramCounts(texts: readonly string[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const s of texts) {
    let prev = -1; // code of the previous non-space character
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (isSpaceCode(c)) continue;
      if (isHan(c) && isHan(prev)) {
        const k = pairKey(prev, c);
        out.set(k, (out.get(k) ?? 0) + 1);
      }
      prev = c;
    }
  }
  return out;
}

/**
 * A character written twice by mistake: the same words without the doubling are written elsewhere
 * in the document (预算算本年 / 预算本年), or the doubling opens a text (效效指标), or neither
 * "X + next" is a pair the document uses while "previous + X" is (大会会议 and 专业业务 are words on
 * both sides); reduplications (常常、层层) are no typos. The corpus is the whole document's (a
 * string is taken as the corpus text, for tests).
 */
export function doubledCharacter(text: string, document: Corpus | string = ''): { at: number; ch: string } | null {
  const corpus = typeof document === 'string' ? new Corpus(document.split('\n').map((line) => ({ text: line }))) : document;
  const s = text;
  // the leftmost Han character written twice, then the next one after that pair (as /([\u4e00-\u9fa5])\1/g finds them)
  for (let at = 0; at < s.length - 1; at++) {
    const code = s.charCodeAt(at);
    if (!isHan(code) || s.charCodeAt(at + 1) !== code) continue;
    const ch = s[at];
    const pair = `${ch}${ch}`;
    // “2025 年年部门预算”: 年 after a year number is written twice, whatever 年年 means elsewhere
    if (ch === '年' && AFTER_NUMBER.test(s.slice(0, at))) return { at, ch };
    if (REDUPLICATIONS.has(pair) || s[at + 2] === ch || s[at - 1] === ch) {
      // three in a row: emphasis or a list, not this typo
      at++;
      continue;
    }
    const before = s[at - 1] ?? '';
    const after = s[at + 2] ?? '';
    const beforeHan = isHan(s.charCodeAt(at - 1));
    const afterHan = isHan(s.charCodeAt(at + 2));
    const single = withoutSpaces(`${s.slice(Math.max(0, at - 1), at + 1)}${s.slice(at + 2, at + 4)}`);
    if (single.length >= 4 && ALL_HAN.test(single) && corpus.holds(single)) return { at, ch };
    if (!beforeHan && afterHan) return { at, ch };
    const left = beforeHan ? `${before}${ch}` : '';
    const right = afterHan ? `${ch}${after}` : '';
    // each pair counts itself once here
    const leftSeen = left ? corpus.pairCount(left) - 1 + (COMMON_PAIRS.has(left) ? 1 : 0) : 0;
    const rightSeen = right ? corpus.pairCount(right) - 1 + (COMMON_PAIRS.has(right) ? 1 : 0) : 0;
    if (!right || rightSeen > 0 || !left || leftSeen === 0) {
      // no evidence either way, or the pair after is a word
      at++;
      continue;
    }
    return { at, ch };
  }
  return null;
}

const AFTER_NUMBER = /\d\s*$/;
const ALL_HAN = /^[\u4e00-\u9fa5]+$/;

/** "高水平建成全面建成小康社会" for "高水平全面建成小康社会": the phrase's ends with something else between. */
export function setPhraseMiss(text: string): { at: number; len: number; phrase: string } | null {
  if (!PHRASE_FIRST.test(text)) return null; // the first character of every phrase's head
  return phraseMiss(text);
}

/** setPhraseMiss for a text known to hold one of 高全习. */
function phraseMiss(text: string): { at: number; len: number; phrase: string } | null {
  // every miss starts with a phrase's head: a text without one (white space ignored) is not flattened
  if (!holdsSpaced(text, PHRASE_HEADS)) return null;
  const s = withoutSpaces(text);
  for (let k = 0; k < SET_PHRASES.length; k++) {
    const p = SET_PHRASES[k];
    const head = PHRASE_HEADS[k];
    // the phrase starts with its head: a text without the head holds neither (one search, not two)
    let i = s.indexOf(head);
    if (i < 0 || s.includes(p)) continue;
    const tail = PHRASE_TAILS[k];
    while (i >= 0) {
      const j = s.indexOf(tail, i + head.length);
      if (j >= 0 && j + tail.length - i <= p.length + 3 && j + tail.length - i >= p.length - 2) {
        const got = s.slice(i, j + tail.length);
        // a word of the phrase written twice ("高水平建成全面建成小康社会"); other variants may be the region's own wording
        const doubled = [...new Set(Array.from({ length: got.length - 1 }, (_, k) => got.slice(k, k + 2)))].some((w) => got.split(w).length > 2 && p.split(w).length <= 2);
        if (got !== p && doubled) return { at: i, len: got.length, phrase: p };
      }
      i = s.indexOf(head, i + 1);
    }
  }
  return null;
}

/** Whether the text holds one of the words with only white space between its characters (what withoutSpaces(text).includes(w) says, no copy). */
function holdsSpaced(text: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (spacedAt(text, words[i], 0) >= 0) return true;
  return false;
}

const PHRASE_FIRST = /[高全习]/;
const PHRASE_HEAD = F_PHRASE | F_PHRASE_END;
/** Each set phrase's first three and last four characters (the ends a near miss keeps). */
const PHRASE_HEADS = SET_PHRASES.map((p) => p.slice(0, 3));
const PHRASE_TAILS = SET_PHRASES.map((p) => p.slice(-4));

// the narrative checks' patterns, made once (a regex literal in a function is a new object per call)
const LIST_HEAD = /(主要包括|包括|主要用于)[:：]\s*([^。；]+)/;
const LIST_SEPARATOR = /[、,，]/;
const LIST_ITEM_LEAD = /^(和|及|以及)/;
const LIST_ITEM_TAIL = /(等|等支出|等方面)$/;
const ENDS_LIST_LEAD = /[：:；;]\s*$/;
const SPENDING = /经费|支出/;
const PURPOSE = /^(.{0,60}?[（(]项[）)]).{0,40}?主要用于[:：]?\s*([^。；]{4,})/;
const PLACEHOLDER_X = /X{2,}/;

/** Items of "主要包括：A、B、C" lists in the narrative. */
function listItems(text: string): { items: string[]; start: number } | null {
  const m = LIST_HEAD.exec(text);
  if (!m) return null;
  const items = m[2].split(LIST_SEPARATOR).map((x) => x.replace(LIST_ITEM_LEAD, '').replace(LIST_ITEM_TAIL, '').trim()).filter((x) => x && x.length <= 14);
  return items.length >= 3 ? { items, start: (m.index ?? 0) + m[1].length + 1 } : null;
}

/** What /；\s*$/ says: the last character that is not white space is ；. Read from the end: no pattern tried at every position of the paragraph. */
export function endsWithSemicolon(text: string): boolean {
  let k = text.length;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return k > 0 && text.charCodeAt(k - 1) === 0xff1b;
}

/**
 * A known list word one character off the item, in the same place, and ending as it does: for two
 * strings of one length, an edit distance of 1 is one substituted character (no matrix per pair).
 */
export function nearListWord(item: string): string | undefined {
  for (const w of LIST_WORDS) if (w.length === item.length && oneSubstitution(w, item) && w.charCodeAt(w.length - 1) === item.charCodeAt(item.length - 1)) return w;
  return undefined;
}

/** Two strings of one length that differ in exactly one place. */
function oneSubstitution(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i) && ++diff > 1) return false;
  return diff === 1;
}

/** Economic 科目 names of the document's year and the usual short forms, for list items. */
export const LIST_WORDS = ['奖金', '基本工资', '津贴补贴', '绩效工资', '伙食补助费', '离休费', '退休费', '医疗费', '住房公积金', '提租补贴', '办公费', '印刷费', '水电费', '邮电费', '差旅费', '会议费', '培训费', '福利费', '维修费', '物业管理费', '公务接待费', '租赁费', '劳务费', '委托业务费', '工会经费', '抚恤金', '生活补助', '奖励金', '助学金', '救济费', '取暖费', '咨询费', '手续费', '水费', '电费', '专用材料费', '被装购置费', '税金及附加费用', '其他交通费用'];

/** A finding of the checks text by text: where it is and what is wrong. */
export interface TextHit {
  at: number;
  len: number;
  what: string;
}

const NO_HITS: readonly TextHit[] = [];

/**
 * The checks of one text, in the order they are reported: a doubled character, the miswritings, a
 * set phrase written wrong, doubled punctuation.
 */
export function textHits(text: string, corpus: Corpus, features = textFeatures(text)): readonly TextHit[] {
  // no closure per text (thousands of texts, almost all without a hit): the list is made at the first hit.
  // Each check runs only where the text's features (text-features.ts) say it can find something.
  let out: TextHit[] | null = null;
  // a doubled character is two equal Han characters in a row
  const d = features & F_DOUBLED_HAN ? doubledCharacter(text, corpus) : null;
  if (d) out = addHit(out, d.at, 2, `中“${d.ch}”重复`);
  for (let i = 0; i < MISWRITINGS.length; i++) {
    const [re, what] = MISWRITINGS[i];
    if (!(features & MISWRITING_BITS[i]) || !holdsAny(text, MISWRITING_NEEDS[i])) continue;
    const m = re.exec(text);
    if (m) out = addHit(out, m.index, m[0].length, `：${what}`);
  }
  // a near miss keeps a phrase's head: one of 高全习 and one of 平建 (white space between is no character)
  const miss = (features & PHRASE_HEAD) === PHRASE_HEAD ? phraseMiss(text) : null;
  if (miss) out = addHit(out, 0, 0, `：固定提法应为“${miss.phrase}”`);
  const punct = features & F_DOUBLED_PUNCT ? DOUBLED_PUNCT.exec(text) : null;
  if (punct && !DOTS_ONLY.test(text)) out = addHit(out, punct.index, punct[0].length, '：标点重复');
  return out ?? NO_HITS;
}

const DOUBLED_PUNCT = /([。，；、！？])\s*\1/;
/** A leader of dots (“……”, “1 。。。”): no doubled punctuation. */
const DOTS_ONLY = /^\s*\d{0,2}\s*[。.…]{3,}\s*$/;

function addHit(out: TextHit[] | null, at: number, len: number, what: string): TextHit[] {
  const list = out ?? [];
  list.push({ at, len, what });
  return list;
}

export const wording: Rule = {
  meta: {
    id: 'compliance/wording',
    category: 'compliance',
    severity: 'warning',
    title: '错别字、重复字与标点',
    description:
      '文本和表格中：误写重复的字（“效效指标”“预算算本年”“2025 年年部门预算”；“常常”“层层”等叠词和“大会会议”这类两侧都成词的不算）；常见错别字和句式杂糅（“与上年相未”“比上年相比”“提租补政策”）；固定提法写错（“高水平建成全面建成小康社会”）；重复的标点（“。。”）；正文段落以“；”结尾；“主要包括”所列项目重复或疑似笔误（“资金”应为“奖金”）；两个科目的“主要用于”写成同一句（疑为照抄）。',
    implements: ['STD-13'],
    example: '表11 项目支出绩效目标表!A20：“效效指标”中“效”重复',
  },
  check(ctx) {
    const texts = documentText(ctx.model);
    if (texts.length === 0) return ctx.skip('没有文字');
    const corpus = new Corpus(texts.text);
    const report = (t: DocText, at: number, len: number, what: string, extra: Location[] = []) =>
      ctx.report({ message: `${paragraphLabel(t)}：“${around(t.text, at, len)}”${what}`, locations: [paragraphLocation(t, at, at + len), ...extra], expected: null, actual: t.text.slice(at, at + len) });
    // a text written in many cells (合计, 科目 names) is checked once: its hits depend on it and the corpus only
    const { texts: distinct, slot } = texts.distinct;
    const features = texts.features;
    const found = distinct.map((text, k) => textHits(text, corpus, features[k]));
    for (let i = 0; i < texts.length; i++) {
      const hits = found[slot[i]];
      if (hits.length === 0) continue;
      const t = texts.at(i);
      for (const h of hits) report(t, h.at, h.len, h.what);
    }
    // paragraphs of the narrative that end on "；" where a heading follows: the sentence is not closed
    const ps = ctx.model.narrative;
    ps.forEach((p, i) => {
      if (!endsWithSemicolon(p.text) || headingOf(p, i)) return;
      // the last line of a list ("其中：" then one item per line) is no prose paragraph
      if (i > 0 && ENDS_LIST_LEAD.test(ps[i - 1].text)) return;
      const next = ps[i + 1];
      const h = next ? headingOf(next, i + 1) : null;
      if (next && (!h || h.level === 3)) return;
      report({ ...p, narrative: true }, p.text.trimEnd().length - 1, 1, '：段落以“；”结尾，应为“。”');
    });
    // lists of 经费 items: an item twice, an item one character off a known name
    const chars = paragraphChars(ctx.model);
    for (let pi = 0; pi < ps.length; pi++) {
      const p = ps[pi];
      // LIST_HEAD holds 包括 or 主要用于, then a colon: other paragraphs are not searched
      const l = chars[pi] & (C_KUO | C_YU) && chars[pi] & C_COLON ? listItems(p.text) : null;
      if (!l || !SPENDING.test(p.text.slice(0, l.start))) continue;
      const seen = new Set<string>();
      for (const item of l.items) {
        if (seen.has(item) && LIST_WORDS.includes(item)) {
          report({ ...p, narrative: true }, p.text.indexOf(item, l.start), item.length, `：所列项目“${item}”重复`);
          break;
        }
        seen.add(item);
        const known = LIST_WORDS.includes(item) || entriesByName(item, ctx.model.year, 'economic').length > 0;
        if (known || item.length < 2 || item.length > 6) continue;
        const near = nearListWord(item);
        if (near) report({ ...p, narrative: true }, p.text.indexOf(item, l.start), item.length, `：所列项目“${item}”疑为“${near}”`);
      }
    }
    // the same "主要用于……" under two different 科目 in a row: the second copied
    let prev: { p: (typeof ps)[number]; purpose: string; subject: string } | null = null;
    for (let pi = 0; pi < ps.length; pi++) {
      const p = ps[pi];
      // the pattern needs 项 and 主要用于 (white space may split the words: their characters are tested, read once per paragraph)
      if (!holdsAll(chars[pi], C_XIANG | C_ZHU | C_YU)) continue;
      const m = PURPOSE.exec(withoutSpaces(p.text));
      if (!m) continue;
      const cur = { p, purpose: m[2], subject: m[1] };
      if (PLACEHOLDER_X.test(cur.purpose)) continue;
      if (prev && prev.purpose === cur.purpose && prev.subject !== cur.subject) {
        const at = p.text.indexOf('主要用于');
        report({ ...p, narrative: true }, Math.max(0, at), 4, `：“主要用于${cur.purpose.slice(0, 20)}”与上一科目（${paragraphLabel(prev.p)}）的用途说明相同，疑为照抄`, [paragraphLocation(prev.p)]);
      }
      prev = cur;
    }
  },
};
