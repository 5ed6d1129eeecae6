/**
 * Test oracle (issue 19, eleventh pass): narrative/shares and narrative/completion as they were at
 * 6e908c7, verbatim but for their imports, the plain compareAmount and no integer shortcut (every share
 * goes to shareVerdict). test/narrative/rule-shortcuts-pass11.test.ts holds the rules equal to them.
 */
import Decimal from 'decimal.js';
import { allMatches, cleanSubject, conceptKey, narrativeAnalysis, type Claim } from '../../../src/core/narrative/analyse';
import { norm } from '../../../src/core/recognize/text';
import type { Candidate } from '../../../src/core/narrative/lexicon';
import { atCellOf, shareVerdict, type Q } from '../../../src/core/model/quantity';
import type { Rule } from '../../../src/core/check/types';
import { paragraphLabel, paragraphLocation } from '../../../src/core/narrative/source';
import { claimLocation, fragment, qLocation, wan, where } from '../../../src/core/check/rules/narrative-helpers';
import { plainCompareAmount as compareAmount } from '../../narrative/plain/compare-amount';

/** A narrative figure as a quantity (万元 or percentage points). */
function textQ(c: Claim): Q {
  const half = c.token.half ?? new Decimal(0);
  return { value: c.token.wan ?? c.token.value, half, decimals: c.token.decimals, sheet: '', cell: '', label: c.subject };
}

function pct(v: Decimal): string {
  return v.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString();
}

/** The denominator a share names ("占本年支出合计的") or implies. */
function denominator(ctx: { model: { kind: string | null } }, a: ReturnType<typeof narrativeAnalysis>, s: Claim): { cands: Candidate[]; what: string } | null {
  const lx = a.lexicon;
  const named = /占(比|比例)?(.*?)(的|为)?\s*$/.exec(s.label)?.[2] ?? '';
  const key = conceptKey(cleanSubject(named, a.model));
  const pick = (what: string, ...concepts: string[]) => {
    const cands = concepts.flatMap((k) => lx.concept(k));
    return cands.length ? { cands, what } : null;
  };
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
function impliedDenominator(ctx: { model: { kind: string | null } }, a: ReturnType<typeof narrativeAnalysis>, s: Claim): { cands: Candidate[]; what: string } | null {
  const lx = a.lexicon;
  const final = ctx.model.kind === 'final';
  const pick = (what: string, ...concepts: string[]) => {
    const cands = concepts.flatMap((k) => lx.concept(k));
    return cands.length ? { cands, what } : null;
  };
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
    for (const k of a.claims) {
      if (k.role !== 'completion' || k.status === 'classified') continue;
      // the clause of the rate: after the sentence's previous rate and the last “；” (“…完成预算的 96.4%，其中：
      // 因公出国（境）费支出决算为 0 万元；公务用车…支出决算为 42.99 万元，完成预算的 98.6%”)
      const text = k.p.text;
      const before = a.claims.filter((c) => c.p === k.p && c.sentence.start === k.sentence.start && c.token.start < k.token.start);
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
    for (const p of a.paragraphs) {
      // COMPARE reads “决算…”: a paragraph without the word has no such statement
      if (!p.text.includes('决算')) continue;
      const claims = a.claims.filter((c) => c.p === p && c.role === 'amount' && c.token.wan);
      for (const m of allMatches(COMPARE, p.text)) {
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
