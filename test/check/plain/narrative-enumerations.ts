/**
 * Test oracle (issue 19, eleventh pass): narrative/enumerations as it was at 6e908c7 (the sums in
 * decimal.js), verbatim but for its imports and the plain compareAmount.
 */
import Decimal from 'decimal.js';
import { narrativeAnalysis, type Claim, type NarrativeAnalysis } from '../../../src/core/narrative/analyse';
import { looseName } from '../../../src/core/narrative/lexicon';
import type { Rule } from '../../../src/core/check/types';
import { claimLocation, fragment, quote, wan, where } from '../../../src/core/check/rules/narrative-helpers';
import { plainCompareAmount as compareAmount } from '../../narrative/plain/compare-amount';

export const narrativeEnumerations: Rule = {
  meta: {
    id: 'narrative/enumerations',
    category: 'narrative',
    severity: 'error',
    title: '情况说明列举之和',
    description:
      '情况说明中“其中：A x 万元、B y 万元……”“分别是：……”的列举之和应等于所说的合计（按各数印出的位数计尾差）；“主要包括”的列举之和不得超过合计。列举的科目应是表中有的科目。',
    implements: ['TXT-03', 'TXT-09'],
    example: '情况说明!A85：“项目共支出：121 万元”，而所列 4 项之和为 139 万元（医保专项经费 50、基金审计经费 3、…），差 18 万元',
  },
  check(ctx) {
    const a = narrativeAnalysis(ctx.model);
    if (a.paragraphs.length === 0) return ctx.skip('没有情况说明');
    for (const e of a.enumerations) {
      const items = e.items.filter((c) => c.status !== 'classified' && c.token.wan);
      // 科目 the tables do not have: an unbound item among bound 科目 siblings
      // (the two kinds that matter, told in one pass: no list and set of kinds per enumeration)
      let functions = false;
      let economics = false;
      for (const c of items) {
        if (c.binding?.kind === 'function') functions = true;
        else if (c.binding?.kind === 'economic') economics = true;
      }
      if (functions || economics) {
        for (const c of items) {
          if (c.binding || !/(事务|支出|医疗|补助|缴费|经费|费)$/.test(c.subject)) continue;
          // “其他商品和服务支出（款）支出 399.93 万元” (js-zx-2017): the 科目 with its level mark and “支出”
          const bare = looseName(c.subject.replace(/\((类|款|项)\)(支出)?$/, ''));
          if (bare !== looseName(c.subject) && namedWithValue(a, bare, c.token.wan ?? -1)) {
            c.status = 'checked';
            continue;
          }
          if (c.token.wan?.isZero()) {
            c.status = 'checked'; // a 科目 the tables do not list is 0
            continue;
          }
          const scheme = functions ? '功能' : '经济';
          ctx.report({
            message: `${quote(c)}：表中没有“${c.subject}”这一${scheme}科目`,
            severity: scheme === '功能' ? 'error' : 'warning',
            locations: [claimLocation(c)],
            expected: null,
            actual: c.subject,
          });
          c.status = 'checked';
        }
      }
      const parent = e.parent;
      if (!parent || !parent.token.wan || items.length < 2) continue;
      // 年初预算 items do not add up to a 决算 total
      if (items.some((c) => (c.attribute ?? '') !== (parent.attribute ?? ''))) continue;
      const total = parent.token.wan;
      const sum = items.reduce((s, c) => s.plus(c.token.wan as Decimal), new Decimal(0));
      const slack = items.reduce((s, c) => s.plus(c.token.half as Decimal), parent.token.half as Decimal);
      const diff = sum.minus(total);
      for (const c of [parent, ...items]) if (c.status === 'untied') c.status = 'checked';
      const mainly = /^(主要包括|主要是|主要用于)$/.test(e.marker);
      if (diff.abs().lte(slack)) continue;
      if (mainly && diff.isNegative()) continue; // "主要包括" may leave out small items
      const d = Math.max(...[parent, ...items].map((c) => c.token.decimals), 0);
      const list = items.map((c) => `${shortName(c)} ${c.token.value.toString()}`).join('、');
      const wrongItems = items.filter((c) => c.binding && compareAmount(c, c.binding.cands)?.status === 'mismatch');
      ctx.report({
        message: `${where(parent)}：“${fragment(parent)}”，而所列 ${items.length} 项之和为 ${wan(sum, d)} 万元（${list}），差 ${wan(diff.abs(), d)} 万元`,
        locations: [claimLocation(parent), ...items.map(claimLocation)],
        expected: wan(sum, d),
        actual: parent.token.value.toString(),
        difference: wan(diff.neg(), d),
        diagnosis: wrongItems.length ? `其中 ${wrongItems.map((c) => `${shortName(c)} ${c.token.value.toString()}`).join('、')} 与表中数字不符（见同一段的金额问题）` : null,
      });
    }
  },
};

/**
 * Does a 科目 of the lexicon (function, economic or operation) with this loose name have a figure of
 * this value? As [...functions, ...economics, ...operations].filter(name).some(value), without the copies.
 */
function namedWithValue(a: NarrativeAnalysis, bare: string, value: Decimal.Value): boolean {
  const lx = a.lexicon;
  for (const list of [lx.functions, lx.economics, lx.operations]) for (const x of list) if (looseName(x.name) === bare && x.cands.some((q) => q.q.value.eq(value))) return true;
  return false;
}

function shortName(c: Claim): string {
  const s = c.subject || c.label;
  return s.length > 16 ? `${s.slice(0, 15)}…` : looseName(s) ? s : c.label;
}
