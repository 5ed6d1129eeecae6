/**
 * Test oracle (issue 19, eleventh pass): narrative/changes as it was at 6e908c7, verbatim but for its
 * imports and without its integer shortcut (surelyRoundsTo): every rate divided in decimal.js.
 * test/narrative/rule-shortcuts-pass11.test.ts holds the rule equal to it.
 */
import Decimal from 'decimal.js';
import { narrativeAnalysis } from '../../../src/core/narrative/analyse';
import type { Rule } from '../../../src/core/check/types';
import { claimLocation, fragment, wan, where } from '../../../src/core/check/rules/narrative-helpers';

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
      // base = cur − sign · c, the sign ±1 (a subtraction or an addition: no product)
      const base = (dir || r.direction || 1) > 0 ? cur.minus(c) : cur.plus(c);
      r.status = 'checked';
      if (ch.status === 'untied') ch.status = 'checked';
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
      const unit = new Decimal(10).pow(-Math.max(r.token.decimals, 0));
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


/** “（上年无此项）” right after a change figure (its unit between). */
const NO_PRIOR = /^\s*(万元|元|万)?\s*[（(]\s*上年(度)?(无此项|无此项支出|未安排|为0|为零)/;
