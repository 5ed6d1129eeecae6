/** Narrative amounts against the tables (TXT-01, TXT-02, TXT-09, TXT-11–TXT-13). */
import { narrativeAnalysis } from '../../narrative/analyse';
import type { Rule } from '../types';
import { claimLocation, compareAmount, fragment, qLocation, quote, wan, where } from './narrative-helpers';

export const narrativeAmounts: Rule = {
  meta: {
    id: 'narrative/amounts',
    category: 'narrative',
    severity: 'error',
    title: '情况说明金额与表格一致',
    description:
      '情况说明中的每个金额都应等于它所说的表格数字：收支总计、各类收入、基本支出/项目支出、人员经费/公用经费、功能科目（类/款/项）、经济科目、项目、“三公”经费、政府采购、政府购买服务、资产配置。文字可以少印小数位：把表格数按文字的位数四舍五入后比较；只差末位一个单位的是尾差（警告）。',
    implements: ['TXT-01', 'TXT-02', 'TXT-09', 'TXT-10', 'TXT-12', 'TXT-13', 'RND-4', 'RND-6'],
    example: '情况说明!A60：“住房保障支出 22.73 万元”与 收支总表 D21（十七、住房保障支出）22.48 不符，差 0.25 万元',
  },
  check(ctx) {
    const a = narrativeAnalysis(ctx.model);
    if (a.paragraphs.length === 0) return ctx.skip('没有情况说明（工作簿中没有情况说明工作表，也没有提供情况说明文件）');
    const final = ctx.model.kind === 'final';
    for (const c of a.claims) {
      if (c.status === 'classified' || c.role !== 'amount' || !c.binding) continue;
      if (c.binding.key === 'concept:机关运行经费') continue; // narrative/facts
      // 年初预算 / 调整后预算 figures of a 决算 are not in the 决算 tables
      const budgetColumn = c.binding.key.startsWith('concept:三公预算:');
      if (!budgetColumn && (/年初预算|调整后预算|全年预算/.test(c.attribute ?? '') || (final && /预算/.test(c.attribute ?? '')))) continue;
      const m = compareAmount(c, c.binding.cands);
      if (!m) continue;
      c.status = 'tied';
      if (m.status === 'equal') continue;
      const q = m.cand.q;
      const d = Math.max(c.token.decimals, q.decimals);
      const text = `${quote(c)} 与 ${m.cand.where} ${wan(q.value, q.decimals)} 不符，差 ${wan(m.diff.abs(), d)} 万元`;
      ctx.report({
        message: m.status === 'rounding' ? `${text}（末位差一，可能是尾差）` : text,
        severity: m.status === 'rounding' ? 'warning' : undefined,
        category: m.status === 'rounding' ? 'rounding' : undefined,
        locations: [claimLocation(c), qLocation(q)],
        expected: wan(q.value, q.decimals),
        actual: c.token.value.toString(),
        difference: wan(m.diff, d),
      });
    }
  },
};

/** "培训费01.74" and other malformed figures (STD-13). */
export const narrativeNumberFormat: Rule = {
  meta: {
    id: 'narrative/number-format',
    category: 'narrative',
    severity: 'warning',
    title: '情况说明数字书写',
    description: '情况说明中的金额应写成规范的数字并带单位：不应有多余的前导 0（“01.74”），列举的金额不应漏写“万元”。',
    implements: ['STD-13'],
    example: '情况说明!A88：“培训费01.74”有多余的前导 0，且没有写单位',
  },
  check(ctx) {
    const a = narrativeAnalysis(ctx.model);
    for (const c of a.claims) {
      if (c.token.typo) {
        ctx.report({ message: `${where(c)}：“${fragment(c)}”${c.token.typo.replace(/^“[^”]*”/, '')}${c.token.unit === '万元' && !/万|元/.test(c.token.text) ? '，且没有写单位' : ''}`, locations: [claimLocation(c)], expected: c.token.value.toString(), actual: c.token.text });
      }
    }
  },
};
