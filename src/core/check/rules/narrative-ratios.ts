/** Rates in the narrative: growth rates, shares and completion rates, recomputed (TXT-04–TXT-07, TXT-16). */
import Decimal from 'decimal.js';
import { allMatches, cleanSubject, conceptKey, narrativeAnalysis, type Claim } from '../../narrative/analyse';
import { norm } from '../../recognize/text';
import type { Candidate, Lexicon } from '../../narrative/lexicon';
import { atCellOf, shareVerdict, type Q } from '../../model/quantity';
import { scaledInteger } from '../../amount';
import { C_JUE, paragraphChars } from './paragraph-chars';
import type { Rule } from '../types';
import { paragraphLabel, paragraphLocation } from '../../narrative/source';
import type { NarrativeParagraph } from '../../model/paragraphs';
import { claimLocation, compareAmount, fragment, qLocation, wan, where } from './narrative-helpers';

/** A narrative figure as a quantity (万元 or percentage points). */
function textQ(c: Claim): Q {
  const half = c.token.half ?? new Decimal(0);
  return { value: c.token.wan ?? c.token.value, half, decimals: c.token.decimals, sheet: '', cell: '', label: c.subject };
}

function pct(v: Decimal): string {
  return v.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString();
}

const ZERO = new Decimal(0);
/** The least base a rate is computed on (a base printed as 0 within its rounding). */
const TINY = new Decimal('1e-9');

const VERB_UP = '增加（增长）';
const VERB_DOWN = '减少（下降）';

export const narrativeChanges: Rule = {
  meta: {
    id: 'narrative/changes',
    category: 'narrative',
    severity: 'error',
    title: '增减额与增减率',
    description:
      '“比上年增加（减少）X 万元，增长（下降）Y%”：由本年数和增减额推出上年数，重算增减率（按各数印出的位数计尾差）；增减额与增减率的方向词应一致；上年为 0（新设单位、新增项目）时不应写增长率，应写明“上年无此项”（警告）；写明“（上年无此项）”的增加额应等于本年数。',
    implements: ['TXT-05', 'TXT-06'],
    example: '情况说明!A71：“增加 1.88 万元,增长 0.07%”：本年 264.5 万元、增加 1.88 万元，上年应为 262.62 万元，增长率应为 0.72%',
  },
  check(ctx) {
    const a = narrativeAnalysis(ctx.model);
    if (a.paragraphs.length === 0) return ctx.skip('没有情况说明');
    for (const r of a.claims) {
      if (r.role !== 'rate' || r.status === 'classified' || !r.change || !r.of) continue;
      const ch = r.change;
      const cur = r.of.token.wan;
      const c = ch.token.wan;
      if (!cur || !c) continue;
      const dir = ch.direction ?? 0;
      // the quoted fragment is written only for a finding
      const quoted = () => `${where(r)}：“${fragment(ch)}，${fragment(r)}”`;
      if (r.direction && dir && r.direction !== dir) {
        ctx.report({ message: `${quoted()}：增减额与增减率的方向词不一致（一个是${dir > 0 ? VERB_UP : VERB_DOWN}，一个是${r.direction > 0 ? VERB_UP : VERB_DOWN}）`, locations: [claimLocation(ch), claimLocation(r)], expected: null, actual: null });
        r.status = 'checked';
        continue;
      }
      const up = (dir || r.direction || 1) > 0;
      r.status = 'checked';
      if (ch.status === 'untied') ch.status = 'checked';
      // (most rates are printed right: told in exact integers, the base with them, where the figures allow)
      if (surelyRoundsFrom(cur, c, up ? -1 : 1, r.token.value, r.token.decimals)) continue;
      // base = cur − sign · c, the sign ±1 (a subtraction or an addition: no product)
      const base = up ? cur.minus(c) : cur.plus(c);
      if (base.isZero()) {
        ctx.report({
          severity: 'warning',
          message: `${quoted()}：上年数为 0（本年 ${r.of.token.value} 万元全部为增加额），不应写增长率，应写明“上年无此项”及原因`,
          locations: [claimLocation(r)],
          expected: '上年无此项',
          actual: r.token.text,
        });
        continue;
      }
      if (base.isNegative()) continue;
      const rate = c.div(base).mul(100);
      const stated = r.token.value;
      const rounded = rate.toDecimalPlaces(r.token.decimals, Decimal.ROUND_HALF_UP);
      // (the rate as printed is right: the interval below is not needed)
      if (rounded.eq(stated)) continue;
      // interval of the true rate given the printed precision of the inputs
      const halves = (r.of.token.half ?? ZERO).plus(ch.token.half ?? 0);
      const cLo = Decimal.max(c.minus(ch.token.half ?? 0), 0);
      const cHi = c.plus(ch.token.half ?? 0);
      const baseLo = Decimal.max(base.minus(halves), TINY);
      const baseHi = base.plus(halves);
      const lo = cLo.div(baseHi).mul(100);
      const hi = cHi.div(baseLo).mul(100);
      const sh = r.token.half ?? ZERO;
      if (stated.plus(sh).gte(lo) && stated.minus(sh).lte(hi)) continue;
      const unit = unitOf(Math.max(r.token.decimals, 0));
      if (stated.minus(rounded).abs().lte(unit)) {
        // one unit of the last printed digit (RND-3): a truncated or carelessly rounded rate, a 尾差. Truncation
        // only ever prints less than the rounded rate; one unit more is a rounding slip
        const truncated = stated.lt(rounded);
        ctx.report({
          category: 'rounding',
          severity: 'warning',
          message: `${quoted()}：按本年 ${r.of.token.value} 万元和${dir >= 0 ? '增加' : '减少'}额算，${dir >= 0 ? '增长' : '下降'}率为 ${pct(rate)}%，印为 ${stated}%，${truncated ? '末位差一（疑为截断而非四舍五入）' : `末位多一（四舍五入应为 ${rounded.toFixed(Math.max(r.token.decimals, 0))}%）`}，请核实`,
          locations: [claimLocation(r), claimLocation(ch), claimLocation(r.of)],
          expected: `${rounded.toFixed(Math.max(r.token.decimals, 0))}%`,
          actual: r.token.text,
          difference: `${stated.minus(rounded).toFixed(Math.max(r.token.decimals, 0))} 个百分点`,
        });
        continue;
      }
      ctx.report({
        message: `${quoted()}：本年 ${r.of.token.value} 万元、${dir >= 0 ? '增加' : '减少'} ${ch.token.value} 万元，上年应为 ${wan(base, Math.max(2, ch.token.decimals))} 万元，${dir >= 0 ? '增长' : '下降'}率应为 ${pct(rate)}%，而不是 ${stated}%`,
        locations: [claimLocation(r), claimLocation(ch), claimLocation(r.of)],
        expected: `${pct(rate)}%`,
        actual: r.token.text,
        difference: pct(stated.minus(rate)),
      });
    }
    // “增加 X 万元（上年无此项）”: the base is 0, so the whole 本年 figure is the increase
    for (const ch of a.claims) {
      if (ch.role !== 'change' || ch.status !== 'untied' || !ch.of?.token.wan || !ch.token.wan) continue;
      if (!NO_PRIOR.test(ch.p.text.slice(ch.token.end, ch.token.end + 16))) continue;
      const cur = ch.of.token.wan;
      ch.status = 'checked';
      const slack = (ch.token.half ?? new Decimal(0)).plus(ch.of.token.half ?? 0);
      if ((ch.direction ?? 1) > 0 && ch.token.wan.minus(cur).abs().lte(slack)) continue;
      // “收支总计 X 万元，其中…，与上年相比收、支总计各增加 X 万元（上年无此项）”: an earlier figure of the sentence
      const earlier = a.claims.filter((c) => c.p === ch.p && c.role === 'amount' && c.sentence.start === ch.sentence.start && c.token.end <= ch.token.start && c.token.wan);
      if ((ch.direction ?? 1) > 0 && earlier.some((c) => (ch.token.wan as Decimal).minus(c.token.wan as Decimal).abs().lte((ch.token.half ?? new Decimal(0)).plus(c.token.half ?? 0)))) continue;
      ctx.report({
        message: `${where(ch)}：“${fragment(ch)}（上年无此项）”：上年无此项时${(ch.direction ?? 1) > 0 ? '增加额应等于' : '不应写减少，增加额应为'}本年数 ${ch.of.token.value} 万元`,
        locations: [claimLocation(ch), claimLocation(ch.of)],
        expected: ch.of.token.value.toString(),
        actual: ch.token.value.toString(),
      });
    }
  },
};

/**
 * Does c / base · 100 surely round half up at k places to `stated` (c ≥ 0, base > 0), as
 * c.div(base).mul(100).toDecimalPlaces(k, ROUND_HALF_UP).eq(stated) would say? True only when exact
 * integers show it, false when they cannot tell (the caller then divides; issue 19). With stated = T
 * at k places and u = 10^−k: if (T − ½)·u ≤ 100·c / base < (T + ½)·u, decimal.js' quotient lies there
 * too and rounds to T. In integers, c = C / 10^pc, base = B / 10^pb: (10T − 5)·B·10^pc ≤ C·10^(k+pb+3) <
 * (10T + 5)·B·10^pc (their common power of ten taken out), each product a safe integer (a product past 2^53
 * is not one, and the answer is then false). decimal.js rounds the quotient to 20 digits (relative error
 * below 10^−19): the low bound has at most 17 digits and is kept (rounding is monotone); below the high
 * bound the integers are at least 1 apart, a relative gap above 1 / 2^53 ≈ 1.1·10^−16, which that
 * rounding cannot close.
 */
export function surelyRoundsTo(c: Decimal, base: Decimal, stated: Decimal, k: number): boolean {
  const C = scaledInteger(c);
  const B = scaledInteger(base);
  return !!C && !!B && roundsToScaled(C, B, stated, k);
}

/**
 * surelyRoundsTo(c, cur + sign · c, stated, k) with the base made of the two in exact integers (no
 * Decimal per rate): false where it would not be a safe integer or is not above 0 (the caller then
 * works in Decimals).
 */
export function surelyRoundsFrom(cur: Decimal, c: Decimal, sign: 1 | -1, stated: Decimal, k: number): boolean {
  const U = scaledInteger(cur);
  const C = scaledInteger(c);
  if (!U || !C) return false;
  const places = Math.max(U.places, C.places);
  const u = U.m * 10 ** (places - U.places);
  const x = C.m * 10 ** (places - C.places);
  const b = u + sign * x;
  if (!Number.isSafeInteger(u) || !Number.isSafeInteger(x) || !Number.isSafeInteger(b) || b <= 0) return false;
  return roundsToScaled(C, { m: b, places }, stated, k);
}

/** surelyRoundsTo on c = C.m / 10^C.places and base = B.m / 10^B.places. */
function roundsToScaled(C: Scaled, B: Scaled, stated: Decimal, k: number): boolean {
  const S = scaledInteger(stated);
  if (!S || C.m < 0 || B.m <= 0 || S.m < 0 || S.places > k || k < 0 || k > 6) return false;
  const t10 = S.m * 10 ** (k - S.places + 1);
  // both sides divided by the common power of ten (the products stay small)
  const common = Math.min(C.places, k + B.places + 3);
  const x = C.m * 10 ** (k + B.places + 3 - common);
  const scale = B.m * 10 ** (C.places - common);
  const lo = (t10 - 5) * scale;
  const hi = (t10 + 5) * scale;
  if (!Number.isSafeInteger(t10) || !Number.isSafeInteger(x) || !Number.isSafeInteger(scale) || !Number.isSafeInteger(lo) || !Number.isSafeInteger(hi)) return false;
  return lo <= x && x < hi;
}

type Scaled = { m: number; places: number };

/** 10^−k, made once per number of places (a Decimal is never changed). */
const UNITS: Decimal[] = [];

function unitOf(k: number): Decimal {
  return (UNITS[k] ??= new Decimal(10).pow(-k));
}

/** “（上年无此项）” right after a change figure (its unit between). */
const NO_PRIOR = /^\s*(万元|元|万)?\s*[（(]\s*上年(度)?(无此项|无此项支出|未安排|为0|为零)/;

export const narrativeChangeConsistency: Rule = {
  meta: {
    id: 'narrative/change-consistency',
    category: 'narrative',
    severity: 'error',
    title: '同一指标的增减额前后一致',
    description: '情况说明中同一指标（如财政拨款预算数）的增减额在不同段落应相同，比较的上年基数也应一致。',
    implements: ['TXT-16', 'TXT-05'],
    example: '情况说明!A70：“比 2024 年减少 16.25 万元” 与 情况说明!A62：“比 2023 年减少 16.12 万元” 说的是同一指标（财政拨款收支总计），增减额不一致',
  },
  check(ctx) {
    const a = narrativeAnalysis(ctx.model);
    const groups = new Map<string, Claim[]>();
    for (const c of a.claims) {
      if (c.role !== 'change' || !c.of?.binding || c.status === 'classified') continue;
      const k = `${c.of.binding.key}|${c.of.token.wan?.toString()}`;
      const list = groups.get(k);
      if (list) list.push(c);
      else groups.set(k, [c]);
    }
    for (const list of groups.values()) {
      const first = list[0];
      for (const c of list.slice(1)) {
        const same = c.token.wan?.eq(first.token.wan ?? -1) && (c.direction ?? 0) === (first.direction ?? 0);
        if (same) continue;
        ctx.report({
          message: `${where(c)}：“${fragment(c)}” 与 ${where(first)}：“${fragment(first)}” 说的是同一指标（${c.of?.binding?.what}），增减额不一致`,
          locations: [claimLocation(c), claimLocation(first)],
          expected: first.token.value.toString(),
          actual: c.token.value.toString(),
        });
      }
    }
  },
};

/**
 * The candidates of one concept, or of two one after the other, with what they are; null when there
 * are none. One concept's are the lexicon's own list (only read: the caller takes the first), not a copy.
 */
export function pickConcepts(lx: Lexicon, what: string, concept: string, other?: string): { cands: readonly Candidate[]; what: string } | null {
  const cands = other === undefined ? lx.concept(concept) : [...lx.concept(concept), ...lx.concept(other)];
  return cands.length ? { cands, what } : null;
}

/** The denominator a share names ("占本年支出合计的") or implies. */
function denominator(ctx: { model: { kind: string | null } }, a: ReturnType<typeof narrativeAnalysis>, s: Claim): { cands: readonly Candidate[]; what: string } | null {
  const lx = a.lexicon;
  const named = /占(比|比例)?(.*?)(的|为)?\s*$/.exec(s.label)?.[2] ?? '';
  const key = conceptKey(cleanSubject(named, a.model));
  const pick = (what: string, concept: string, other?: string) => pickConcepts(lx, what, concept, other);
  if (key) {
    if (/^本年收入(合计)?$/.test(key)) return pick('本年收入合计', 'in:本年收入合计');
    if (/^本年支出(合计)?$/.test(key)) return pick('本年支出合计', 'ex:本年支出合计');
    if (/^(收入总计|总收入)$/.test(key)) return pick('收入总计', 'in:收入总计');
    if (/^(支出总计|总支出)$/.test(key)) return pick('支出总计', 'ex:支出总计');
    if (/项目支出总额|项目支出/.test(key)) return pick('项目支出', '一般公共预算:项目支出', '项目支出');
    if (/三公/.test(key)) return pick('“三公”经费合计', '三公:合计');
    if (/政府采购/.test(key)) return pick('政府采购合计', '政府采购');
    return null;
  }
  // an item of a list (“支出预算 120 万元，其中：卫生健康支出 100 万元，占 83.33%”): a share of the list's total
  const implied = impliedDenominator(ctx, a, s);
  const parent = s.of ? a.enumerations.find((e) => e.items.includes(s.of as Claim))?.parent : undefined;
  const tie = parent?.binding ? compareAmount(parent, parent.binding.cands) : null;
  if (parent?.binding && tie?.status === 'equal' && !implied?.cands[0].q.value.eq(tie.cand.q.value)) return { cands: [tie.cand], what: parent.binding.what };
  return implied;
}

/** The denominator a share's part implies: 收入 of 收入总计 (决算 本年收入合计), 支出 of 支出总计, 类 of 一般公共预算支出, 三公 items of their total. */
function impliedDenominator(ctx: { model: { kind: string | null } }, a: ReturnType<typeof narrativeAnalysis>, s: Claim): { cands: readonly Candidate[]; what: string } | null {
  const lx = a.lexicon;
  const final = ctx.model.kind === 'final';
  const pick = (what: string, concept: string) => pickConcepts(lx, what, concept);
  const part = s.of?.binding;
  if (!part) return null;
  const k = part.key;
  if (/concept:(一般公共预算收入|政府性基金收入|国有资本经营收入|财政专户管理资金|事业收入|事业单位经营收入|上级补助收入|附属单位上缴收入|其他收入|其他资金|上年结转|财政拨款收入)/.test(k))
    return final ? pick('本年收入合计', 'in:本年收入合计') : pick('收入总计', 'in:收入总计');
  if (/concept:(基本支出|项目支出|经营支出|单位预留机动经费|年末结转)/.test(k)) return final ? pick('本年支出合计', 'ex:本年支出合计') : pick('支出总计', 'ex:支出总计');
  if (part.kind === 'function' && part.level === 1) return pick('一般公共预算支出合计', '一般公共预算支出');
  if (/concept:三公:/.test(k)) return pick('“三公”经费合计', '三公:合计');
  return null;
}

/**
 * A share of a total the tables do not hold, named in the text and stated before it in the same
 * paragraph (“政府采购支出总额 44.92 万元…授予中小企业合同金额 30 万元，占政府采购支出总额的 66.8%”):
 * recomputed from the text's figures (checked, not tied).
 */
function textShare(ctx: Parameters<Rule['check']>[0], a: ReturnType<typeof narrativeAnalysis>, s: Claim): void {
  const part = s.of;
  const named = /占(比|比例)?(.*?)(的|为)?\s*$/.exec(s.label)?.[2] ?? '';
  const key = conceptKey(cleanSubject(named, a.model));
  if (!part?.token.wan || key.length < 2) return;
  const whole = lastClaim(a.claims, (c) => c.p === s.p && c.role === 'amount' && c.token.end <= part.token.start && c !== part && !!c.token.wan && conceptKey(c.subject) === key);
  if (!whole?.token.wan) return;
  const v = shareVerdict(textQ(s), textQ(part), textQ(whole));
  if (!v) return;
  s.status = 'checked';
  if (part.status === 'untied' && !part.binding) part.status = 'checked';
  if (whole.status === 'untied' && !whole.binding) whole.status = 'checked';
  if (v.status !== 'mismatch') return;
  ctx.report({
    message: `${where(s)}：“${fragment(part)}，${fragment(s)}”：${part.token.value} / ${fragment(whole)} = ${pct(v.ratio)}%，而不是 ${s.token.value}%`,
    locations: [claimLocation(s), claimLocation(part), claimLocation(whole)],
    expected: `${pct(v.ratio)}%`,
    actual: s.token.text,
    difference: pct(v.diff),
  });
}

/** The last claim that passes a test (as [...claims].reverse().find(test), without copying every claim per share; issue 19). */
export function lastClaim(claims: readonly Claim[], test: (c: Claim) => boolean): Claim | undefined {
  for (let i = claims.length - 1; i >= 0; i--) if (test(claims[i])) return claims[i];
  return undefined;
}

/** A figure converted from 元 as a 万元 table prints it (2 decimals). */
function asPrintedWan(q: Q): Q {
  // field by field: a spread would not carry a row figure's label (a getter, model/quantity.ts RowQ)
  return q.decimals > 2 ? { value: q.value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP), half: new Decimal('0.005'), decimals: 2, sheet: q.sheet, cell: q.cell, label: q.label } : q;
}

export const narrativeShares: Rule = {
  meta: {
    id: 'narrative/shares',
    category: 'narrative',
    severity: 'error',
    title: '占比',
    description:
      '“占 Z%”按正确的分母重算：预算收入占收入总计、支出占支出总计；决算收入占本年收入合计、支出占本年支出合计；按类的结构占一般公共预算支出合计；“三公”分项占“三公”合计；列举中的分项占所列的合计；文字写明分母的（“占本年支出合计的”）按所写分母，表中没有的分母（决算“占政府采购支出总额的”）按文中前面写出的该数。末位差一（为凑足 100%）是尾差。',
    implements: ['TXT-04', 'RND-3'],
    example: '情况说明!A39：“基本支出 994.81 万元，占 30.22 %”：994.81 / 3291.91 = 30.22%',
  },
  check(ctx) {
    const a = narrativeAnalysis(ctx.model);
    if (a.paragraphs.length === 0) return ctx.skip('没有情况说明');
    for (const s of a.claims) {
      if (s.role !== 'share' || s.status === 'classified' || !s.of) continue;
      const den = denominator(ctx, a, s);
      if (!den) {
        textShare(ctx, a, s);
        continue;
      }
      const part = s.of;
      const tie = part.binding ? compareAmount(part, part.binding.cands) : null;
      const partQ = tie?.status === 'equal' ? tie.cand.q : textQ(part);
      const whole = den.cands[0].q;
      const stated = textQ(s);
      // (a share printed right is told without shareVerdict's division where exact integers show it)
      if (!whole.value.isZero() && surelyRoundsTo(partQ.value, whole.value, stated.value, Math.max(stated.decimals, 0))) {
        s.status = 'tied';
        continue;
      }
      const v = shareVerdict(stated, partQ, whole);
      if (!v) continue;
      s.status = 'tied';
      if (v.status === 'equal') continue;
      // tables in 元: the text computes the share from the figures as printed in 万元 (2 decimals)
      if ((partQ.decimals > 2 || whole.decimals > 2) && shareVerdict(textQ(s), asPrintedWan(partQ), asPrintedWan(whole))?.status === 'equal') continue;
      const msg = `${where(s)}：“${fragment(part)}，${fragment(s)}”：${wan(partQ.value, Math.max(2, partQ.decimals))} / ${den.what} ${wan(whole.value, Math.max(2, whole.decimals))} = ${pct(v.ratio)}%`;
      ctx.report({
        message: v.status === 'rounding' ? `${msg}，印为 ${s.token.value}%（末位差一，可能是为凑足 100% 的尾差）` : `${msg}，而不是 ${s.token.value}%`,
        severity: v.status === 'rounding' ? 'info' : undefined,
        category: v.status === 'rounding' ? 'rounding' : undefined,
        locations: [claimLocation(s), qLocation(whole)],
        expected: `${pct(v.ratio)}%`,
        actual: s.token.text,
        difference: pct(v.diff),
      });
    }
  },
};

type Budget = 'initial' | 'adjusted' | 'any';

/** The claims of each paragraph, in the order of the list (a.claims.filter((c) => c.p === p) for every p at once). */
export function claimsByParagraph(claims: readonly Claim[]): Map<NarrativeParagraph, Claim[]> {
  const out = new Map<NarrativeParagraph, Claim[]>();
  for (const c of claims) {
    const list = out.get(c.p);
    if (list) list.push(c);
    else out.set(c.p, [c]);
  }
  return out;
}

/**
 * A completion rate that does not follow from its figures, or null. The figures' printed precision
 * is allowed for; an amount printed without decimals (“预算为 3 万元”, trailing zeros dropped) is taken
 * at face value when the rate is off by a whole percentage point or more (2.7 / 3 = 90%, not 80%).
 */
function completionVerdict(k: Claim, actual: Claim, budget: Q): { ratio: Decimal; diff: Decimal } | null {
  const v = shareVerdict(textQ(k), textQ(actual), budget);
  if (!v || v.status === 'equal') return null;
  if (v.status === 'mismatch') return v;
  const exact = (q: Q): Q => atCellOf(q, q.value, Decimal.min(q.half, new Decimal('0.005')), q.label);
  const face = shareVerdict(textQ(k), exact(textQ(actual)), exact(budget));
  return face?.status === 'mismatch' && face.diff.abs().gte(1) ? face : null;
}

/**
 * Is this amount the budget a completion rate is measured against: 年初预算 (“年初预算为”), 调整后预算
 * (“调整后预算数为”), or for “完成预算的” any budget figure that is not the 调整后 one — named by its
 * attribute or by its label (““三公”经费财政拨款支出预算为 X 万元”).
 */
function budgetOf(c: Claim, which: Budget): boolean {
  if (c.role !== 'amount') return false;
  const named = `${c.attribute ?? ''}|${norm(c.label).replace(/(为|是|:|：)+$/, '')}`;
  const adjusted = /调整后预算|调整预算/.test(named);
  if (which === 'adjusted') return adjusted;
  if (adjusted) return false;
  if (which === 'initial') return /年初预算/.test(named);
  // (“一般公共预算 X 万元” names a fund, not a budget figure)
  return /年初预算|全年预算|预算数/.test(c.attribute ?? '') || /(?<!公共|基金|经营)预算(数)?$/.test(named) || c.binding?.key.startsWith('concept:三公预算:') === true;
}

export const narrativeCompletion: Rule = {
  meta: {
    id: 'narrative/completion',
    category: 'narrative',
    severity: 'error',
    title: '完成年初预算的比例',
    description:
      '决算情况说明“年初预算为 A 万元，支出决算为 B 万元，完成年初预算的 W%”：W = B / A（不能用调整后预算数代替年初预算；“完成调整后预算的”按调整后预算数算）；年初预算为 0 时不应写完成率，只写原因；“三公”经费分项只写决算数和完成率时，按公开09表该项的预算数重算；“决算数大于（小于、等于）预算数”应与两个数的大小一致。',
    implements: ['TXT-07'],
    example: '情况说明!A64：“完成年初预算的 100%”：支出决算 1,099.73 / 年初预算 1,073.78 = 102.42%',
  },
  check(ctx) {
    const a = narrativeAnalysis(ctx.model);
    if (a.paragraphs.length === 0) return ctx.skip('没有情况说明');
    // each paragraph's claims, made on the first rate (not a walk over every claim per rate)
    let byParagraph: Map<NarrativeParagraph, Claim[]> | null = null;
    for (const k of a.claims) {
      if (k.role !== 'completion' || k.status === 'classified') continue;
      // the clause of the rate: after the sentence's previous rate and the last “；” (“…完成预算的 96.4%，其中：
      // 因公出国（境）费支出决算为 0 万元；公务用车…支出决算为 42.99 万元，完成预算的 98.6%”)
      const text = k.p.text;
      byParagraph ??= claimsByParagraph(a.claims);
      const before = (byParagraph.get(k.p) as Claim[]).filter((c) => c.sentence.start === k.sentence.start && c.token.start < k.token.start);
      const prevRate = lastClaim(before, (c) => c.role === 'completion');
      const from = Math.max(k.sentence.start, prevRate?.token.end ?? 0, text.lastIndexOf('；', k.token.start) + 1, text.lastIndexOf(';', k.token.start) + 1);
      const clause = before.filter((c) => c.role === 'amount' && c.token.start >= from);
      const which: Budget = /调整后/.test(k.label) ? 'adjusted' : /年初/.test(k.label) ? 'initial' : 'any';
      const find = (list: Claim[]) => lastClaim(list, (c) => budgetOf(c, which));
      const budget = find(clause) ?? (prevRate ? undefined : find(before.filter((c) => c.role === 'amount')));
      const inClause = (c: Claim | undefined) => (c && c.token.start >= from ? c : undefined);
      const actual = lastClaim(clause, (c) => /决算|执行/.test(c.attribute ?? '')) ?? (budget ? k.of : inClause(k.of));
      if (!actual?.token.wan) continue;
      if (!budget) {
        // no budget figure in the text: a “三公” item's 预算数 is in the 09表 (决算)
        const item = /^concept:三公:(.+)$/.exec(actual.binding?.key ?? '')?.[1];
        const cand = item ? a.lexicon.concept(`三公预算:${item}`)[0] : undefined;
        if (!cand) continue;
        k.status = 'tied';
        const q = cand.q;
        if (q.value.isZero()) {
          // “预算 0、决算 0，完成预算的 0%” says nothing wrong
          if (actual.token.wan.isZero() && k.token.value.isZero()) continue;
          ctx.report({ message: `${where(k)}：${cand.where} 预算数为 0，不应写“${fragment(k)}”，应说明原因`, locations: [claimLocation(k), qLocation(q)], expected: null, actual: k.token.text });
          continue;
        }
        const v = completionVerdict(k, actual, q);
        if (!v) continue;
        ctx.report({
          message: `${where(k)}：“${fragment(k)}”：${fragment(actual)} / ${cand.where} ${wan(q.value, Math.max(2, q.decimals))} 万元 = ${pct(v.ratio)}%，而不是 ${k.token.value}%`,
          locations: [claimLocation(k), claimLocation(actual), qLocation(q)],
          expected: `${pct(v.ratio)}%`,
          actual: k.token.text,
          difference: pct(v.diff),
        });
        continue;
      }
      if (!budget.token.wan) continue;
      k.status = 'checked';
      if (budget.status === 'untied') budget.status = 'checked';
      if (actual.status === 'untied') actual.status = 'checked';
      if (budget.token.wan.isZero()) {
        ctx.report({ message: `${where(k)}：“${fragment(budget)}”，年初预算为 0 时不应写“${fragment(k)}”，应说明原因`, locations: [claimLocation(k)], expected: null, actual: k.token.text });
        continue;
      }
      const v = completionVerdict(k, actual, textQ(budget));
      if (!v) continue;
      const adjusted = which !== 'adjusted' && before.some((c) => budgetOf(c, 'adjusted'));
      ctx.report({
        message: `${where(k)}：“${fragment(k)}”：${fragment(actual)} / ${fragment(budget)} = ${pct(v.ratio)}%，而不是 ${k.token.value}%${adjusted ? '（所写比例是对调整后预算数的完成率）' : ''}`,
        locations: [claimLocation(k), claimLocation(actual), claimLocation(budget)],
        expected: `${pct(v.ratio)}%`,
        actual: k.token.text,
        difference: pct(v.diff),
      });
    }
    // “决算数大于（小于、等于）预算数的主要原因” against the paragraph's 年初预算 and 支出决算
    const COMPARE = /决算数?\s*(大于|高于|超过|多于|小于|低于|少于|等于|与(?:年初)?预算数?\s*(?:基本)?持平)\s*(?:年初)?(?:预算数?)?/g;
    const chars = paragraphChars(ctx.model);
    for (let pi = 0; pi < a.paragraphs.length; pi++) {
      const p = a.paragraphs[pi];
      // COMPARE reads “决算…”: a paragraph without the word has no such statement (决 read once per paragraph first)
      if (!(chars[pi] & C_JUE) || !p.text.includes('决算')) continue;
      const statements = allMatches(COMPARE, p.text);
      // the paragraph's amounts, read only for a paragraph that says how the two compare
      if (statements.length === 0) continue;
      byParagraph ??= claimsByParagraph(a.claims);
      const claims = (byParagraph.get(p) ?? []).filter((c) => c.role === 'amount' && c.token.wan);
      for (const m of statements) {
        const at = m.index ?? 0;
        const before = claims.filter((c) => c.token.end <= at);
        const budget = lastClaim(before, (c) => /年初预算|全年预算|预算数/.test(c.attribute ?? '') && !/调整后/.test(c.attribute ?? ''));
        const actual = lastClaim(before, (c) => /决算|执行/.test(c.attribute ?? ''));
        if (!budget?.token.wan || !actual?.token.wan) continue;
        const diff = actual.token.wan.minus(budget.token.wan);
        const slack = (actual.token.half ?? new Decimal(0)).plus(budget.token.half ?? 0);
        const said = /大于|高于|超过|多于/.test(m[1]) ? 1 : /小于|低于|少于/.test(m[1]) ? -1 : 0;
        const roughly = /基本持平/.test(m[1]);
        const real = diff.isZero() ? 0 : diff.isPositive() ? 1 : -1;
        const ok = said === real || (said === 0 && (diff.abs().lte(slack) || (roughly && diff.abs().lte(budget.token.wan.abs().mul('0.01')))));
        if (ok) continue;
        const word = real > 0 ? '大于' : real < 0 ? '小于' : '等于';
        ctx.report({
          message: `${paragraphLabel(p)}：年初预算 ${budget.token.value} 万元、支出决算 ${actual.token.value} 万元，决算数${word}预算数（差 ${wan(diff.abs(), Math.max(2, actual.token.decimals))} 万元），却写“${m[0].trim()}”`,
          locations: [paragraphLocation(p, at, at + m[0].length), claimLocation(budget), claimLocation(actual)],
          expected: `决算数${word}预算数`,
          actual: m[0].trim(),
        });
      }
    }
  },
};
