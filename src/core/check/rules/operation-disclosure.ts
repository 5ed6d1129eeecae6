/** compliance/operation-disclosure: the 情况说明 says what the 机关运行经费 are, with the amount (or that there are none). */
import type { Rule } from '../types';
import { AMOUNT, NONE, disclosureLocation, findDisclosure } from './disclosure-helpers';

export const operationDisclosure: Rule = {
  meta: {
    id: 'compliance/operation-disclosure',
    category: 'compliance',
    severity: 'warning',
    title: '机关运行经费的说明写明金额',
    description: '情况说明中机关运行经费的部分写明金额（“机关运行经费预算 21.96 万元”），或写明没有机关运行经费（事业单位：“本单位为事业单位，没有机关运行经费”）。模板规定有此部分而情况说明没有时也列出。',
    implements: ['STD-14'],
    example: '情况说明!A84：“（一）机关运行经费情况”下没有写明机关运行经费的金额',
  },
  check(ctx) {
    const d = findDisclosure(ctx, 'operation', /机关运行经费/, '机关运行经费');
    if (!d) return;
    if (AMOUNT.test(d.text) || NONE.test(d.text)) return;
    ctx.report({ message: `${d.heading ? `“${d.heading.text.trim()}”下` : '情况说明'}没有写明机关运行经费的金额（或写明没有机关运行经费）`, locations: [disclosureLocation(d)] });
  },
};
