/**
 * compliance/procurement-disclosure: the 情况说明 gives the 政府采购 total with its 货物/工程/服务
 * split (or says there is none); a 决算 also the contracts awarded to 中小企业 (STD-15).
 */
import type { Rule } from '../types';
import { AMOUNT, NONE, disclosureLocation, findDisclosure } from './disclosure-helpers';

export const procurementDisclosure: Rule = {
  meta: {
    id: 'compliance/procurement-disclosure',
    category: 'compliance',
    severity: 'warning',
    title: '政府采购的说明写明金额、分类和中小企业合同',
    description:
      '情况说明中政府采购的部分写明采购总额及货物、工程、服务的金额（至少写出分类），或写明没有政府采购；决算还写明授予（面向）中小企业的合同金额。模板规定有此部分而情况说明没有时也列出。',
    implements: ['STD-15'],
    example: '情况说明!A97：决算“（二）政府采购支出情况”没有写明授予中小企业合同金额',
  },
  check(ctx) {
    const d = findDisclosure(ctx, 'procurement', /政府采购/, '政府采购');
    if (!d) return;
    const where = d.heading ? `“${d.heading.text.trim()}”下` : '情况说明';
    const amount = AMOUNT.test(d.text);
    if (!amount) {
      if (!NONE.test(d.text)) ctx.report({ message: `${where}没有写明政府采购金额（或写明没有政府采购）`, locations: [disclosureLocation(d)] });
      return;
    }
    const missing: string[] = [];
    if (!/货物|工程|服务/.test(d.text)) missing.push('货物、工程、服务各类的金额');
    if (ctx.model.kind === 'final' && !/中小企业/.test(d.text)) missing.push('授予中小企业合同金额及占比');
    if (missing.length) ctx.report({ message: `${where}写了政府采购金额，但没有写明${missing.join('和')}`, locations: [disclosureLocation(d)] });
  },
};
