/**
 * compliance/narrative-subject-names: "X（类）Y（款）Z（项）" in the 情况说明 (the 名词解释 included)
 * against the classification dictionary of the document's year (STD-09, TXT-09): the 款 belongs to
 * the 类 (“卫生健康支出（类）住房改革支出（款）” is wrong: 住房改革支出 is a 款 of
 * 住房保障支出); a name of other years is a warning; a name the dictionary does not know is a hint
 * (the dictionary is not the complete 《政府收支分类科目》), never an error.
 */
import { entriesByName, judgeName, nameKey, namesAt, type DictionaryEntry } from '../../data/lookup';
import { allMatches } from '../../narrative/analyse';
import { paragraphLabel, paragraphLocation } from '../../narrative/source';
import { C_KUAN, C_LEI, holdsAll, paragraphChars } from './paragraph-chars';
import type { Rule } from '../types';

const TRIPLE = /([\u4e00-\u9fa5]{2,30}?)[(（]类[)）]\s*([\u4e00-\u9fa5“”、]{2,30}?)[(（]款[)）]\s*(?:([\u4e00-\u9fa5“”、()（）]{2,40}?)[(（]项[)）])?/g;

/** The 科目 a name is at a level (function classification, any year; those of the year first). */
function entriesAt(name: string, level: '类' | '款' | '项'): DictionaryEntry[] {
  // every year: a 项 name such as 行政运行 is in many 款, each seen in some years only
  const exact = entriesByName(name, null, 'function').filter((e) => e.level === level);
  if (exact.length || level !== '项') return exact;
  // "行政运行（卫生健康）": the 项 with its 款's qualifier
  const bare = nameKey(name).replace(/\([^)]*\)$/, '');
  return bare !== nameKey(name) ? entriesByName(bare, null, 'function').filter((e) => e.level === level) : [];
}

const codes = (es: DictionaryEntry[]) => [...new Set(es.map((e) => e.code))];

export const narrativeSubjectNames: Rule = {
  meta: {
    id: 'compliance/narrative-subject-names',
    category: 'compliance',
    severity: 'warning',
    title: '情况说明中的科目名称与级次（按当年分类科目）',
    description:
      '情况说明（含名词解释）中“××（类）××（款）××（项）”的写法按分类科目字典核对：款应属于所写的类（警告；项名称如“行政运行”“信息化建设”在许多款下都有，字典收录不全，不据此判断项的归属）；名称是其他年度的名称时警告并给出当年名称；字典未收录的名称只作提示（字典不是完整的《政府收支分类科目》）。',
    implements: ['STD-09'],
    example: '情况说明!A113：“卫生健康支出（类）住房改革支出（款）”：住房改革支出是 221 住房保障支出的款，不属于卫生健康支出',
  },
  check(ctx) {
    const paragraphs = ctx.model.narrative;
    if (paragraphs.length === 0) return ctx.skip('没有情况说明');
    const year = ctx.model.year;
    const unknown = new Map<string, ReturnType<typeof paragraphLocation>[]>();
    const seen = new Set<string>();
    // a 类 name recurs in most paths: each name is looked up once per check (the dictionary does not change)
    const looked = new Map<string, DictionaryEntry[]>();
    const at = (name: string, level: '类' | '款' | '项'): DictionaryEntry[] => {
      const key = `${level}|${name}`;
      let es = looked.get(key);
      if (!es) looked.set(key, (es = entriesAt(name, level)));
      return es;
    };
    const chars = paragraphChars(ctx.model);
    for (let pi = 0; pi < paragraphs.length; pi++) {
      const p = paragraphs[pi];
      // a 科目 path names its 类 and its 款: other paragraphs are not searched (the characters read once per paragraph)
      if (!holdsAll(chars[pi], C_LEI | C_KUAN)) continue;
      for (const m of allMatches(TRIPLE, p.text)) {
        const [klass, kuan, item] = [m[1], m[2], m[3]].map((x) => (x ? x.replace(/^[“”、]+/, '').trim() : x));
        if (/[XＸ×]/.test(m[0])) continue;
        const loc = paragraphLocation(p, m.index, m.index + m[0].length);
        const key = `${klass}|${kuan}|${item ?? ''}`;
        const ks = at(klass, '类');
        const ys = at(kuan, '款');
        const is = item ? at(item, '项') : [];
        for (const [name, es] of [[klass, ks], [kuan, ys], ...(item ? [[item, is]] : [])] as [string, DictionaryEntry[]][]) {
          if (es.length === 0) unknown.set(name, [...(unknown.get(name) ?? []), loc]);
        }
        if (seen.has(key)) continue;
        seen.add(key);
        const text = `“${m[0].trim()}”`;
        if (ks.length && ys.length && !/^其他/.test(kuan) && !ys.some((y) => ks.some((k) => y.code.startsWith(k.code)))) {
          const owners = [...new Set(codes(ys).map((c) => c.slice(0, 3)))].map((c) => `${c} ${namesAt('function', c, year)[0]?.name ?? ''}`.trim());
          ctx.report({
            message: `${paragraphLabel(p)}：${text}中“${kuan}”（${codes(ys).join('、')}）不是“${klass}”（${codes(ks).join('、')}）的款，它是 ${owners.join('、')} 的款`,
            locations: [loc],
            expected: null,
            actual: `${klass}（类）${kuan}（款）`,
          });
          continue;
        }
        // names of other years (the code the hierarchy points to)
        for (const [name, es, parent] of [[kuan, ys, ks], ...(item ? [[item, is, ys]] : [])] as [string, DictionaryEntry[], DictionaryEntry[]][]) {
          const code = codes(es).find((c) => parent.length === 0 || parent.some((x) => c.startsWith(x.code)));
          if (!code) continue;
          const v = judgeName('function', code, name, year);
          if (v.status !== 'old' && v.status !== 'other-year') continue;
          const now = [...new Set(v.current.map((c) => `“${c.name}”`))].join('或');
          ctx.report({
            message: `${paragraphLabel(p)}：${text}中“${name}”是${v.status === 'old' ? '旧名称' : '其他年度的名称'}，${year ? `${year} 年` : '现行'} ${code} 的名称为${now}`,
            locations: [loc],
            expected: v.current[0]?.name ?? null,
            actual: name,
          });
        }
      }
    }
    if (unknown.size) {
      const names = [...unknown.keys()];
      ctx.report({
        severity: 'info',
        message: `情况说明中的科目名称 ${names.slice(0, 6).map((n) => `“${n}”`).join('、')}${names.length > 6 ? ` 等 ${names.length} 个` : ''}不在分类科目字典中：字典只收录公开文件中出现过的科目和已找到的分类科目原文，请对照当年《政府收支分类科目》核实`,
        locations: [...unknown.values()].flat().slice(0, 10),
      });
    }
  },
};
