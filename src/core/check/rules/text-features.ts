/**
 * What a text holds that the text rules' patterns need, read in one pass over its characters: a
 * bit set per text. The wording, template-text and placeholder rules each ran their own pre-test
 * regex (and a character scan) over every text of the document; they now read these bits, and a
 * text without a family's characters skips that family's patterns. Each bit is a necessary
 * condition only: a rule still runs its own patterns on the texts that pass.
 */
import { isHan, isSpaceCode } from '../../chars';

/** A character one of the template patterns needs: （ ( 【 。 . … · 万 述 仍 下 填 (see template-text.ts). */
export const F_TEMPLATE = 1 << 0;
/** An opening bracket （ or (. */
export const F_BRACKET = 1 << 1;
/** Three of 。 . … · in a row. */
export const F_DOTS3 = 1 << 2;
/** A character a placeholder pattern needs: X × ＿ _ — - 根 请 该 其 (see text.ts). */
export const F_PLACEHOLDER = 1 << 3;
/** 与 (the miswriting “与上年相”). */
export const F_YU = 1 << 4;
/** 比 (“比上年……相比”). */
export const F_BI = 1 << 5;
/** 毒, 租 or 专 (有毒有害气, 提租补, 财政转专户). */
export const F_RARE_MISWRITE = 1 << 6;
/** 出 or 入 right before 支 or 收: what 支出收入, 收入收入 and 支出支出 each hold (出收, 入收, 出支). */
export const F_ZHI_SHOU = 1 << 7;
/** 高, 全 or 习: the first character of every set phrase's head (wording.ts SET_PHRASES). */
export const F_PHRASE = 1 << 8;
/** 平 or 建: the last character of every set phrase's head (高水平, 全面建, 习近平). */
export const F_PHRASE_END = 1 << 22;
/** A character each placeholder pattern needs (text.ts PLACEHOLDERS; 请 is T_QING, brackets F_BRACKET). */
export const P_MARK = 1 << 23; // X × ＿ _ — - (XX, ××, __年, —年, --年)
export const P_GEN = 1 << 24; // 根 (^根据……)
export const P_GAI = 1 << 25; // 该 (（该项名词解释)
export const P_QI = 1 << 26; // 其 (（一）其他专用名词)
/** A Han character (U+4E00–U+9FA5) written twice in a row. */
export const F_DOUBLED_HAN = 1 << 9;
/** One of 。，；、！？ twice with only white space (as /\s/ means it) between: what /([。，；、！？])\s*\1/ matches. */
export const F_DOUBLED_PUNCT = 1 << 10;

/**
 * What the typos patterns (text.ts TYPOS) each need, by pattern: 元 then 万 with only white space
 * between ((万元)\s*万元); 因 (主要原因 twice); a 0 right before an ASCII digit (0\d); a word of 2–4 Han
 * characters written twice in a row (the repeated-word pattern). 总支支 needs F_DOUBLED_HAN.
 */
export const F_YUAN_WAN = 1 << 27;
export const F_YIN = 1 << 28;
export const F_ZERO_DIGIT = 1 << 29;
export const F_REPEAT_WORD = 1 << 30;
/** 尾 or 舍: what each of 尾差, 尾数误差 and 四舍五入 holds (cells.ts saysRounding). */
export const F_ROUNDING = 1 << 31;

/**
 * A character of each word a template pattern needs (template-text.ts TEMPLATE_PATTERN_NEEDS), by
 * pattern: a text without one is not searched for the words.
 */
export const T_CLOSE = 1 << 11; // ） )
export const T_AN = 1 << 12; // 按
export const T_SHU = 1 << 13; // 述 (表述, 按上述)
export const T_SHE = 1 << 14; // 涉 (不涉及)
export const T_CHENG = 1 << 15; // 称 (名称)
export const T_TONG_DAN = 1 << 16; // 同 (以下同), 单 (的单位)
export const T_RENG_SHU_FANG = 1 << 17; // 仍 (仍保留该表格式), 述 (作下述说明), 方 (在本表下方作)
export const T_BI_XU = 1 << 18; // 必 (为必填项)
export const T_MEN = 1 << 19; // 门 (的部门)
export const T_QING = 1 << 20; // 请 (请填写)
export const T_WAN = 1 << 21; // 万 (万元)

/** The bits each character sets by itself (the others come from runs: doubled characters, dots in a row). */
const CHAR_BITS: [string, number][] = [
  ['（(【。.…·万述仍下填', F_TEMPLATE],
  ['（(', F_BRACKET],
  ['X×＿_—-根请该其', F_PLACEHOLDER],
  ['与', F_YU],
  ['比', F_BI],
  ['毒租专', F_RARE_MISWRITE],
  ['高全习', F_PHRASE],
  ['平建', F_PHRASE_END],
  ['X×＿_—-', P_MARK],
  ['根', P_GEN],
  ['该', P_GAI],
  ['其', P_QI],
  ['）)', T_CLOSE],
  ['按', T_AN],
  ['述', T_SHU],
  ['涉', T_SHE],
  ['称', T_CHENG],
  ['同单', T_TONG_DAN],
  ['仍述方', T_RENG_SHU_FANG],
  ['必', T_BI_XU],
  ['门', T_MEN],
  ['请', T_QING],
  ['万', T_WAN],
  ['因', F_YIN],
  ['尾舍', F_ROUNDING],
];

/**
 * The two tables of a list of (characters, bit): `bits` by UTF-16 code, and `marked`, one bit per
 * code (8 KB) saying whether `bits` has any for it. Read `marked` first, so that the few dozen codes
 * with bits are all `bits` is read for: read for every character, the 256 KB table pulled a cache
 * line per distinct Han character and missed the cache once the rest of the engine ran.
 */
export function charTables(list: readonly (readonly [string, number])[]): { bits: Uint32Array; marked: Uint32Array } {
  const bits = new Uint32Array(0x10000);
  const marked = new Uint32Array(0x10000 >>> 5);
  for (const [chars, bit] of list) {
    for (let i = 0; i < chars.length; i++) {
      const c = chars.charCodeAt(i);
      bits[c] |= bit;
      marked[c >>> 5] |= 1 << (c & 31);
    }
  }
  return { bits, marked };
}

/** Bits by UTF-16 code: a typed table (no Map, no regex), read only for the codes HAS_BITS marks. */
const { bits: BITS, marked: HAS_BITS } = charTables(CHAR_BITS);

const [SHOU, ZHI, CHU, RU, WAN, YUAN] = Array.from('收支出入万元', (c) => c.charCodeAt(0));
const ZERO = 0x30;

/** The punctuation of F_DOUBLED_PUNCT: 。，；、！？ */
const isDoublablePunct = (c: number): boolean => c === 0x3002 || c === 0xff0c || c === 0xff1b || c === 0x3001 || c === 0xff01 || c === 0xff1f;

/** The dots of F_DOTS3: 。 . … · */
const isDot = (c: number): boolean => c === 0x3002 || c === 0x2e || c === 0x2026 || c === 0xb7;

/** The F_ bits of one text. */
export function textFeatures(text: string): number {
  let bits = 0;
  let prev = -1; // the previous code
  let lastSolid = -1; // the previous code that is not white space
  let dots = 0; // dots in a row up to here
  // rL: the Han characters in a row, up to here, each equal to the one L before (a word of L repeated ends where rL reaches L)
  let r2 = 0;
  let r3 = 0;
  let r4 = 0;
  let p2 = -1; // the code 2 (3, 4) before this one
  let p3 = -1;
  let p4 = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (HAS_BITS[c >>> 5] & (1 << (c & 31))) bits |= BITS[c];
    if (isHan(c)) {
      // most characters: no dot, no white space, no punctuation
      if (c === prev) bits |= F_DOUBLED_HAN;
      else if ((c === SHOU || c === ZHI) && (prev === CHU || prev === RU)) bits |= F_ZHI_SHOU;
      else if (c === WAN && lastSolid === YUAN) bits |= F_YUAN_WAN;
      r2 = c === p2 ? r2 + 1 : 0;
      r3 = c === p3 ? r3 + 1 : 0;
      r4 = c === p4 ? r4 + 1 : 0;
      if (r2 >= 2 || r3 >= 3 || r4 >= 4) bits |= F_REPEAT_WORD;
      dots = 0;
      p4 = p3;
      p3 = p2;
      p2 = prev;
      lastSolid = prev = c;
      continue;
    }
    r2 = r3 = r4 = 0;
    p4 = p3;
    p3 = p2;
    p2 = prev;
    if (c >= ZERO && c <= ZERO + 9 && prev === ZERO) bits |= F_ZERO_DIGIT;
    if (isDot(c)) {
      if (++dots >= 3) bits |= F_DOTS3;
    } else dots = 0;
    if (isSpaceCode(c)) {
      prev = c;
      continue;
    }
    if (c === lastSolid && isDoublablePunct(c)) bits |= F_DOUBLED_PUNCT;
    lastSolid = c;
    prev = c;
  }
  return bits;
}
