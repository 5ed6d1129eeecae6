/**
 * compliance/performance-disclosure: the 情况说明's 绩效 part gives the projects under 绩效目标管理
 * (预算) or 绩效自评 (决算) with the amount, or says there are none (STD-17). The number of
 * projects missing while the amount is given is a hint.
 */
import type { Rule } from '../types';
import { AMOUNT, NONE, disclosureLocation, findDisclosure } from './disclosure-helpers';

const PROJECTS = /\d+\s*个(一级)?项目|项目\s*\d+\s*个|\d+\s*个项目支出绩效目标/;

export const performanceDisclosure: Rule = {
  meta: {
    id: 'compliance/performance-disclosure',
    category: 'compliance',
    severity: 'warning',
    title: '绩效的说明写明项目数和金额',
    description:
      '情况说明中绩效的部分写明实行绩效目标管理（决算：开展绩效自评）的金额，或写明没有；只写金额、不写项目个数的作为提示。模板规定有此部分而情况说明没有时也列出。（项目数为 0 而项目支出不为 0 由“绩效”一项的表格规则核对。）',
    implements: ['STD-17'],
    example: '情况说明!A90：“（四）绩效目标设置情况”只写了涉及金额 3291.91 万元，没有写项目个数',
  },
  check(ctx) {
    const d = findDisclosure(ctx, 'performance', /绩效目标|绩效自评|绩效管理/, '预算绩效');
    if (!d) return;
    const where = d.heading ? `“${d.heading.text.trim()}”下` : '情况说明';
    const amount = AMOUNT.test(d.text);
    const projects = PROJECTS.test(d.text);
    if (!amount && !projects && !NONE.test(d.text)) {
      ctx.report({ message: `${where}没有写明实行绩效${ctx.model.kind === 'final' ? '自评' : '目标管理'}的项目个数和金额`, locations: [disclosureLocation(d)] });
      return;
    }
    if (amount && !projects && !/0\s*个/.test(d.text)) {
      ctx.report({ severity: 'info', message: `${where}写了绩效${ctx.model.kind === 'final' ? '自评' : '目标管理'}涉及的金额，没有写项目个数`, locations: [disclosureLocation(d)] });
    }
  },
};
