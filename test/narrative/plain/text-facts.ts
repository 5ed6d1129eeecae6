/**
 * The paragraph loop's per-text tests as they were written inline before ParagraphFacts (issue 19,
 * ninth pass): the oracle of textFactsUncached. Headings and the trailing marker come from the plain
 * analysis (test/narrative/plain/analyse.ts), the rest is the expressions the loop evaluated.
 */
import { norm } from '../../../src/core/recognize/text';
import { headingLevelUncached, trailingMarker } from './analyse';

export function plainTextFacts(text: string) {
  const h = headingLevelUncached(text);
  const shortHeading = h && text.length <= 60 && !/\d/.test(text.slice(0, 60).replace(/^\s*[(（]?\d+[)）.、．]?/, ''));
  return {
    heading: h,
    shortHeading: !!shortHeading,
    startsWithAmount: /^\s*[^，。；,;:：\d]{1,30}?\s*[:：]?\s*\d[\d,.]*\s*(万元|万|元)/.test(text),
    trailing: trailingMarker(text)?.[0] ?? null,
    marker: /(其中|主要包括|包括|分别是|分别为|主要用于|具体明细如下|主要是|具体如下|明细如下)\s*[:：]?/.test(norm(text)),
    nameList: text.includes('包括') || text.includes('主要用于') || text.includes('主要有'),
  };
}
