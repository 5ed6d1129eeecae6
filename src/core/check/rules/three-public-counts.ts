/**
 * compliance/three-public-counts: a 决算's “三公” part gives, for each item with money spent, the
 * counts the 决算 template asks for — 因公出国（境）团组数和人次, 公务用车购置数量和保有量, 国内公务接待
 * 批次和人次 (财政部 2016 年地方预决算公开专项检查; ../shared/real/template-final-2024 “全年安排因公出国
 * （境）团组 XX 个、累计 XX 人次”).
 */
import Decimal from 'decimal.js';
import type { Rule } from '../types';
import { disclosureLocation, findDisclosure } from './disclosure-helpers';

/** The first amount printed after an item's name in the 三公 part (“因公出国（境）费支出 7.68 万元”). */
function spent(text: string, item: RegExp): Decimal | null {
  const re = new RegExp(`${item.source}[^。；，,\\d]{0,16}?(?<amount>\\d[\\d,]*(?:\\.\\d+)?)\\s*万元`, 'g');
  let best: Decimal | null = null;
  for (const m of text.matchAll(re)) {
    const v = new Decimal((m.groups?.amount ?? '0').replace(/,/g, ''));
    if (best === null || v.gt(best)) best = v;
  }
  return best;
}

const ITEMS: { what: string; item: RegExp; counts: RegExp[]; need: string }[] = [
  { what: '因公出国（境）费', item: /因公出国[(（]境[)）](费|经费)(支出)?(决算)?/, counts: [/团组|个团/, /\d+\s*人次/], need: '团组数和人次' },
  { what: '公务用车购置费', item: /公务用车购置(费|支出)(决算)?/, counts: [/购置[^。；]{0,20}\d+\s*辆|购置数量|未购置|没有购置/, /保有量|共有[^。；]{0,10}车辆|\d+\s*辆/], need: '购置数量和保有量' },
  { what: '公务接待费', item: /(国内)?公务接待(费|支出)(支出)?(决算)?/, counts: [/批次|\d+\s*批/, /\d+\s*人次/], need: '接待批次和人次' },
];

export const threePublicCounts: Rule = {
  meta: {
    id: 'compliance/three-public-counts',
    category: 'compliance',
    severity: 'warning',
    title: '决算“三公”经费写明团组/人次、购置数/保有量、接待批次/人次',
    description:
      '部门决算的“三公”经费部分：因公出国（境）费有支出时写明团组数和人次；公务用车购置费有支出时写明购置数量和保有量；公务接待费有支出时写明接待批次和人次。没有支出的项目不要求。',
    implements: ['STD-05'],
    example: '情况说明!A40：因公出国（境）费支出 7.68 万元，没有写明团组数和人次',
    documents: ['final'],
  },
  check(ctx) {
    const d = findDisclosure(ctx, 'three-public', /三公/, '“三公”经费');
    if (!d) return;
    const missing: string[] = [];
    for (const x of ITEMS) {
      const v = spent(d.text, x.item);
      if (!v || v.isZero()) continue;
      if (x.counts.some((c) => !c.test(d.text))) missing.push(`${x.what}支出 ${v.toString()} 万元，没有写明${x.need}`);
    }
    if (missing.length) ctx.report({ message: `${d.heading ? `“${d.heading.text.trim()}”：` : ''}${missing.join('；')}`, locations: [disclosureLocation(d)] });
  },
};
