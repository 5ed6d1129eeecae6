/**
 * Which of some characters each paragraph of the narrative holds, read in one pass per paragraph
 * and model: a bit set per paragraph. The narrative rules each searched every paragraph for the words
 * their patterns need (项, 万元, 类 and 款, 中小企业, 资产, 个单位 …), some twenty whole-text scans per
 * paragraph; they now test these bits first. A bit for one character says exactly whether the
 * paragraph holds it (it replaces `text.includes(ch)`); for a word of several characters the bits
 * of its characters are a necessary condition only, and the rule still searches for the word.
 */
import type { CheckModel } from '../../model/model';
import { charTables } from './text-features';

export const C_XIANG = 1 << 0; // 项
export const C_ZHU = 1 << 1; // 主
export const C_YU = 1 << 2; // 于
export const C_KUO = 1 << 3; // 括
export const C_COLON = 1 << 4; // : ：
export const C_PERCENT = 1 << 5; // % ％
export const C_WAN = 1 << 6; // 万
export const C_YUAN = 1 << 7; // 元
export const C_LEI = 1 << 8; // 类
export const C_KUAN = 1 << 9; // 款
export const C_QI = 1 << 10; // 其
export const C_ZHONG = 1 << 11; // 中
export const C_REN = 1 << 12; // 人
export const C_QIYE = 1 << 13; // 企
export const C_CAI = 1 << 14; // 采
export const C_JUE = 1 << 15; // 决
/** 编, 实 or 退: a character of each of 编制, 在职实有, 离退休 (narrative-internal.ts HEADCOUNT_WORD). */
export const C_HEADCOUNT = 1 << 16;
export const C_DIGIT = 1 << 17; // 0–9 (ASCII)
export const C_DOT = 1 << 18; // . (ASCII)
export const C_ZI = 1 << 19; // 资
export const C_CHAN = 1 << 20; // 产
export const C_CHE = 1 << 21; // 车
export const C_LIANG = 1 << 22; // 辆
export const C_GE = 1 << 23; // 个
export const C_DAN = 1 << 24; // 单
export const C_WEI = 1 << 25; // 位
export const C_WEI2 = 1 << 26; // 围
export const C_BEN = 1 << 27; // 本
export const C_JI = 1 << 28; // 级
export const C_LENS = 1 << 29; // 【 (the generator's 【主要原因：请填写】)

/** The characters of each bit (exported for the test that holds each bit to a plain search). */
export const PARAGRAPH_CHARS: [string, number][] = [
  ['项', C_XIANG],
  ['主', C_ZHU],
  ['于', C_YU],
  ['括', C_KUO],
  [':：', C_COLON],
  ['%％', C_PERCENT],
  ['万', C_WAN],
  ['元', C_YUAN],
  ['类', C_LEI],
  ['款', C_KUAN],
  ['其', C_QI],
  ['中', C_ZHONG],
  ['人', C_REN],
  ['企', C_QIYE],
  ['采', C_CAI],
  ['决', C_JUE],
  ['编实退', C_HEADCOUNT],
  ['0123456789', C_DIGIT],
  ['.', C_DOT],
  ['资', C_ZI],
  ['产', C_CHAN],
  ['车', C_CHE],
  ['辆', C_LIANG],
  ['个', C_GE],
  ['单', C_DAN],
  ['位', C_WEI],
  ['围', C_WEI2],
  ['本', C_BEN],
  ['级', C_JI],
  ['【', C_LENS],
];

/** Bits by UTF-16 code, read only for the codes MARKED has (text-features.ts' charTables: a small table read per character, the large one rarely). */
const { bits: BITS, marked: MARKED } = charTables(PARAGRAPH_CHARS);

/** The bits of one text. */
export function charBits(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (MARKED[c >>> 5] & (1 << (c & 31))) bits |= BITS[c];
  }
  return bits;
}

/** Does a paragraph's bit set hold every bit of `need`? */
export const holdsAll = (bits: number, need: number): boolean => (bits & need) === need;

const CHARS = new WeakMap<CheckModel, { ps: readonly { text: string }[]; bits: Uint32Array }>();

/**
 * The bits of each paragraph of the model's narrative (by index), read once per model: one check's
 * rules share them. Read again if the list was replaced or has changed length since (tests do both).
 */
export function paragraphChars(model: CheckModel): Uint32Array {
  const ps = model.narrative;
  const known = CHARS.get(model);
  if (known && known.ps === ps && known.bits.length === ps.length) return known.bits;
  const bits = new Uint32Array(ps.length);
  for (let i = 0; i < ps.length; i++) bits[i] = charBits(ps[i].text);
  CHARS.set(model, { ps, bits });
  return bits;
}
