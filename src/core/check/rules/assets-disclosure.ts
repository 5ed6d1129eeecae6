/**
 * compliance/assets-disclosure: the 情况说明's 国有资产占用 part gives the number of 车辆 (or says
 * there are none); a 决算 also the 单价 100 万元（含）以上设备 (STD-16).
 */
import type { Rule } from '../types';
import { disclosureLocation, findDisclosure } from './disclosure-helpers';

const CARS = /车辆\s*(为|共|共计)?\s*\d+\s*辆|\d+\s*辆/;
const NO_CARS = /(无|没有|未配备)[^。；]{0,12}车辆|车辆\s*(为)?\s*0\s*辆/;
const EQUIPMENT = /(万元|万)[^。；]{0,12}以上[^。；]{0,12}设备[^。；]{0,8}\d+\s*(台|套)|(无|没有)[^。；]{0,20}(以上)?[^。；]{0,6}设备/;

export const assetsDisclosure: Rule = {
  meta: {
    id: 'compliance/assets-disclosure',
    category: 'compliance',
    severity: 'warning',
    title: '国有资产占用的说明写明车辆数和大额设备数',
    description:
      '情况说明中国有资产占用的部分写明车辆总数（及分类），或写明没有车辆（或没有国有资产占用）；决算还写明单价 100 万元（含）以上设备的数量。只写资产原值、不写车辆数的列出。模板规定有此部分而情况说明没有时也列出。',
    implements: ['STD-16'],
    example: '情况说明!A95：“（五）国有资产占用使用情况”写了资产原值 315.36 万元，没有写车辆数',
  },
  check(ctx) {
    const d = findDisclosure(ctx, 'assets', /共有车辆|车辆\s*\d+\s*辆/, '国有资产占用（车辆、大额设备）');
    if (!d) return;
    const where = d.heading ? `“${d.heading.text.trim()}”下` : '情况说明';
    // "无国有资产占用情况": nothing to count (narrative/facts compares it with the tables)
    if (/(无|没有)[^。；]{0,6}国有资产/.test(d.text)) return;
    const missing: string[] = [];
    if (!CARS.test(d.text) && !NO_CARS.test(d.text)) missing.push('车辆数（或没有车辆）');
    if (ctx.model.kind === 'final' && !EQUIPMENT.test(d.text)) missing.push('单价 100 万元（含）以上设备的数量');
    if (missing.length) ctx.report({ message: `${where}没有写明${missing.join('和')}`, locations: [disclosureLocation(d)] });
  },
};
