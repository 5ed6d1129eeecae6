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

/** The markers of a text as the loop of inlineEnumerations read them before markersAt (its oracle). */
export function plainMarkers(text: string) {
  const out: unknown[] = [];
  const markers = [...norm(text).matchAll(/(其中|主要包括|包括|分别是|分别为|主要用于|具体明细如下|主要是|具体如下|明细如下)\s*[:：]?/g)];
  for (const m of markers) {
    const idx = text.indexOf(m[1], m.index !== undefined ? Math.max(0, m.index - 5) : 0);
    if (idx < 0) continue;
    const after = idx + m[0].length;
    const stop = text.indexOf('。', after);
    const sentenceEnd = stop < 0 ? text.length : stop;
    // semicolonIn and lastClauseStop, written out: the first “；”/“;” at or after `after`, before the sentence end, relative to after; the last 。；，,; before idx
    let semi = -1;
    for (let i = after; i < sentenceEnd && i < text.length; i++) if (text[i] === '；' || text[i] === ';') { semi = i - after; break; }
    let lastSep = -1;
    for (let i = Math.min(idx, text.length) - 1; i >= 0; i--) if ('。；，,;'.includes(text[i])) { lastSep = i; break; }
    const leadText = norm(text.slice(lastSep + 1, idx)).replace(/^[:：\s]+/, '').replace(/^[(（]?[\d一二三四五六七八九十]+[)）.、]\s*/, '').replace(/具体$/, '');
    const listMarker = ['其中', '包括', '分别是', '分别为', '具体明细如下', '具体如下', '明细如下'].includes(m[1]);
    out.push({ word: m[1], idx, after, sentenceEnd, semi, leadText, listMarker, atEnd: after >= text.trim().length - 1 });
  }
  return out;
}
