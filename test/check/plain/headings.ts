/**
 * Test oracle (issue 19, CPU): src/core/check/rules/headings.ts as it was before the 目录 comparison read each
 * heading's key and each part's headings once, verbatim but for its imports. test/check/text-features.test.ts
 * holds the rewritten rule equal to it.
 */
/** The 目录 against the body and the tables, and the numbering of headings (STD-06). */
import type { Recognised } from '../../../src/core/recognize';
import type { Location } from '../../../src/core/report';
import { chineseNumber, chineseNumeral, outline, partsOf, titleKey, type Heading } from '../../../src/core/narrative/structure';
import { paragraphLabel, paragraphLocation } from '../../../src/core/narrative/source';
import type { CheckModel } from '../../../src/core/model/model';
import type { Rule } from '../../../src/core/check/types';

function clip(s: string, n = 30): string {
  const t = s.replace(/\s+/g, '');
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

/** The number a table carries in its title or sheet name (表6, 公开06表, 公开表六, 表十二, 五、), with its sub-number (表5-1). */
export function tableNumber(t: Recognised): { n: number; sub: number | null } | null {
  for (const s of [t.block.title?.text ?? '', t.block.sheet]) {
    const x = s.replace(/\s+/g, '');
    let m = /^(?:部门预算)?(?:公开)?表(\d{1,2})(?:-(\d))?/.exec(x) ?? /^公开(\d{1,2})表/.exec(x);
    if (m) return { n: Number(m[1]), sub: m[2] ? Number(m[2]) : null };
    m = /^(?:公开)?表([一二三四五六七八九十]+)/.exec(x) ?? /^([一二三四五六七八九十]+)[、.．]/.exec(x);
    if (m) {
      const n = chineseNumber(m[1]);
      if (n) return { n, sub: null };
    }
  }
  return null;
}

/** A table's name without its number, year, unit, notes in brackets and qualifiers. */
export function tableKey(text: string, unit: string | null): string {
  let s = text.replace(/\s+/g, '');
  s = s.replace(/^(?:部门预算)?(?:公开)?(?:表\d{1,2}(?:-\d)?|\d{1,2}表|表[一二三四五六七八九十]+|[一二三四五六七八九十]+[、.．])[:：.．、]?/, '');
  s = s.replace(/^(?:公开)?(?:\d{1,2}表)[:：]?/, '');
  s = s.replace(/(19|20)?\d{2}年度?/g, '');
  if (unit) s = s.split(unit.replace(/\s+/g, '')).join('');
  s = s.replace(/^[\u4e00-\u9fa5]{2,20}?(局|中心|院|厅|办公厅|委员会|部)(?=(部门|单位)?(收|支|财|一般|政府|国有|项目|“|"|整体|资产|机关|2))/, '');
  s = s.replace(/[（(][^）)]*[）)]/g, '').replace(/^部门/, '').replace(/^单位/, '');
  return titleKey(s);
}

/** Two table names the same, one inside the other allowed ("一般公共预算“三公”经费…" and "“三公”经费…"). */
function sameTable(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && short.length >= long.length * 0.6 && (long.startsWith(short) || long.endsWith(short));
}

interface Mismatch {
  text: string;
  locations: Location[];
}

/** The first run of level-1 titles of each part (a list that starts again at 一、 is a sub-list, not the part's headings). */
function firstRuns(hs: Heading[], partOf: Map<Heading, number>): Heading[] {
  const out: Heading[] = [];
  let part = -1;
  let restarted = false;
  for (const h of hs) {
    if (h.level === 0) {
      part = h.numeral;
      restarted = false;
      out.push(h);
      continue;
    }
    if (h.level !== 1 || !h.title || partOf.get(h) !== part) continue;
    if (restarted) continue;
    if (h.numeral === 1 && out.some((x) => x.level === 1 && partOf.get(x) === part)) {
      restarted = true;
      continue;
    }
    out.push(h);
  }
  return out;
}

interface TableRef {
  t: Recognised;
  key: string;
  index: number;
}

/** Compare a list of table names (目录 entries) with the tables: by number, or by order when the tables carry none. */
function compareTables(entries: Heading[], tables: Recognised[], unit: string | null, where: '目录' | '正文所列', loc: (h: Heading) => Location): Mismatch[] {
  const list: Mismatch[] = [];
  const refs: TableRef[] = tables.map((t, index) => ({ t, key: tableKey(t.block.title?.text ?? t.block.sheet, unit), index }));
  const numbers = tables.map(tableNumber);
  const byNumber = numbers.every((n) => n);
  const titleOf = (r: TableRef) => clip(r.t.block.title?.text ?? r.t.block.sheet);
  const tableLoc = (r: TableRef): Location => ({ sheet: r.t.block.sheet, cell: r.t.block.title?.cell ?? 'A1' });
  const found: { e: Heading; index: number }[] = [];
  for (const e of entries) {
    const want = tableKey(e.text, unit);
    const at = byNumber ? refs.filter((r) => numbers[r.index]?.n === e.numeral) : refs.filter((r) => r.index === e.numeral - 1);
    if (at.some((r) => sameTable(want, r.key))) {
      found.push({ e, index: at.find((r) => sameTable(want, r.key))!.index });
      continue;
    }
    const elsewhere = refs.find((r) => sameTable(want, r.key) && !found.some((f) => f.index === r.index));
    if (elsewhere && !byNumber) {
      found.push({ e, index: elsewhere.index });
      continue;
    }
    if (at.length === 0) {
      if (!elsewhere) list.push({ text: `${where}“${clip(e.p.text)}”，没有这张表`, locations: [loc(e)] });
      else list.push({ text: `${where}“${clip(e.p.text)}”是表“${titleOf(elsewhere)}”，表号不同`, locations: [loc(e), tableLoc(elsewhere)] });
      continue;
    }
    // by order, the table in this place is another entry's: this one is not printed
    if (!byNumber && entries.some((x) => x !== e && sameTable(tableKey(x.text, unit), at[0].key))) {
      list.push({ text: `${where}“${clip(e.p.text)}”，没有这张表`, locations: [loc(e)] });
      continue;
    }
    list.push({ text: `${where}“${clip(e.p.text)}”与${byNumber ? '' : `第 ${e.numeral} 张`}表的标题“${titleOf(at[0])}”不一致`, locations: [loc(e), tableLoc(at[0])] });
  }
  // tables listed in another order than they are printed (a table left out only shifts the rest)
  for (let k = 1; k < found.length; k++) {
    const a = found[k - 1];
    const b = found[k];
    if (b.index < a.index) {
      list.push({ text: `${where}“${clip(a.e.p.text, 16)}”“${clip(b.e.p.text, 16)}”的顺序与表的顺序不同`, locations: [loc(a.e), loc(b.e), tableLoc(refs[a.index]), tableLoc(refs[b.index])] });
    }
  }
  return list;
}

function tocMismatches(model: CheckModel): { toc: boolean; list: Mismatch[] } {
  const o = outline(model.narrative);
  if (o.toc.length === 0) return { toc: false, list: [] };
  const list: Mismatch[] = [];
  const tocPart = partsOf(o.toc);
  const bodyPart = partsOf(o.body);
  const loc = (h: Heading) => paragraphLocation(h.p);
  const bodyTitles = firstRuns(o.body, bodyPart);
  // the part whose entries are tables
  const tablesPart = [...new Set(o.toc.filter((h) => h.level === 1).map((h) => tocPart.get(h) as number))].find((part) => {
    const entries = o.toc.filter((h) => h.level === 1 && tocPart.get(h) === part);
    return entries.length >= 3 && entries.filter((h) => /表$/.test(titleKey(h.text))).length >= entries.length * 0.6;
  });
  const tables = model.tables.filter((t) => t.kind !== 'narrative' && !/^附件|附表/.test(t.block.sheet));
  for (const e of o.toc) {
    const part = tocPart.get(e) as number;
    if (e.level === 0) {
      const body = bodyTitles.find((h) => h.level === 0 && h.numeral === e.numeral);
      if (!body) {
        list.push({ text: `目录列有“${clip(e.p.text)}”，正文没有这一部分的标题`, locations: [loc(e)] });
      } else if (titleKey(body.text) !== titleKey(e.text)) {
        list.push({ text: `目录“${clip(e.p.text)}”与正文标题“${clip(body.p.text)}”不一致`, locations: [loc(e), loc(body)] });
      }
      continue;
    }
    if (e.level !== 1 || part === tablesPart) continue;
    const heads = bodyTitles.filter((h) => h.level === 1 && bodyPart.get(h) === part);
    const body = heads.find((h) => h.numeral === e.numeral);
    if (!body) {
      if (heads.length) list.push({ text: `目录列有“${clip(e.p.text)}”，正文第${chineseNumeral(part)}部分没有“${chineseNumeral(e.numeral)}、”`, locations: [loc(e)] });
      continue;
    }
    if (titleKey(body.text) !== titleKey(e.text)) list.push({ text: `目录“${clip(e.p.text)}”与正文标题“${clip(body.p.text)}”不一致`, locations: [loc(e), loc(body)] });
  }
  if (tablesPart && tables.length) {
    list.push(...compareTables(o.toc.filter((h) => h.level === 1 && tocPart.get(h) === tablesPart && h.title), tables, model.facts.unit, '目录', loc));
    // a second list of the tables inside the body (the tables' own 目录)
    const inner = o.body.filter((x) => x.level === 1 && bodyPart.get(x) === tablesPart && x.title && /表$/.test(titleKey(x.text)));
    if (inner.length >= 3) list.push(...compareTables(inner, tables, model.facts.unit, '正文所列', loc));
  }
  // headings of the body the 目录 does not list (where it lists that part's headings)
  for (const part of new Set(o.toc.filter((h) => h.level === 1).map((h) => tocPart.get(h) as number))) {
    if (part === tablesPart) continue;
    const listed = new Set(o.toc.filter((h) => h.level === 1 && tocPart.get(h) === part).map((h) => h.numeral));
    for (const h of bodyTitles.filter((x) => x.level === 1 && bodyPart.get(x) === part && !listed.has(x.numeral))) {
      list.push({ text: `正文“${clip(h.p.text)}”没有列入目录`, locations: [loc(h)] });
    }
  }
  return { toc: true, list };
}

function dedupe(locations: Location[]): Location[] {
  const seen = new Set<string>();
  return locations.filter((l) => {
    const k = `${l.sheet}!${l.cell}|${l.file}#${l.paragraph}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const toc: Rule = {
  meta: {
    id: 'compliance/toc',
    category: 'compliance',
    severity: 'warning',
    title: '目录与正文、表名一致',
    description:
      '情况说明开头的目录逐项与正文标题（同一部分、同一序号）和表的标题（按表号，没有表号时按顺序）比较：措辞不同、顺序不同、正文没有或目录没有列出的都列出。比较表名时不计表号、年度、单位名称和括号中的注（如“（功能科目）”），一个名称包含另一个时视为相同。一份文件的不一致合并为一条。',
    implements: ['STD-06'],
    example: '目录“十、政府性基金财政拨款支出预算表”与表的标题“政府性基金预算财政拨款支出预算表”不一致；目录“一、主要职能”与正文标题“一、主要职责”不一致',
  },
  check(ctx) {
    if (ctx.model.narrative.length === 0) return ctx.skip('没有情况说明');
    const { toc: has, list } = tocMismatches(ctx.model);
    if (!has) return ctx.skip('情况说明没有目录');
    if (list.length === 0) return;
    ctx.report({
      message: `目录与正文、表名不一致 ${list.length} 处：${list.slice(0, 6).map((m) => m.text).join('；')}${list.length > 6 ? ' 等' : ''}`,
      locations: dedupe(list.flatMap((m) => m.locations)),
      expected: null,
      actual: null,
    });
  },
};

export const headingNumbering: Rule = {
  meta: {
    id: 'compliance/heading-numbering',
    category: 'compliance',
    severity: 'warning',
    title: '标题序号连续、不重复',
    description:
      '正文同一部分中的“一、二、三……”和同一标题下的“（一）（二）……”应连续且不重复：同一序号出现两次、跳过序号、序号倒退都列出。序号回到“一”视为新的一组（下级列表），不算重复。',
    implements: ['STD-06'],
    example: '情况说明!A64：序号“四、”重复（上一个标题也是“四、”），之后是“六、”，缺“五、”',
  },
  check(ctx) {
    if (ctx.model.narrative.length === 0) return ctx.skip('没有情况说明');
    const o = outline(ctx.model.narrative);
    const problems: { text: string; at: Heading }[] = [];
    for (const level of [1, 2] as const) {
      let prev: Heading | null = null;
      for (const h of o.body) {
        if (h.level < level) {
          prev = null;
          continue;
        }
        if (h.level !== level) continue;
        if (prev && h.numeral !== 1) {
          const mark = (n: number) => (level === 1 ? `${chineseNumeral(n)}、` : `（${chineseNumeral(n)}）`);
          if (h.numeral === prev.numeral) problems.push({ text: `${paragraphLabel(h.p)}：序号“${mark(h.numeral)}”重复（${paragraphLabel(prev.p)} 也是“${mark(prev.numeral)}”）`, at: h });
          else if (h.numeral > prev.numeral + 1) {
            const gap = Array.from({ length: h.numeral - prev.numeral - 1 }, (_, k) => mark(prev!.numeral + k + 1));
            // the missing item printed inside the paragraph before ("……规则。（八）负责……")
            const between = o.paragraphs.slice(prev.pi, h.pi).map((p) => p.text.replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))).join('');
            if (gap.every((g) => between.includes(g))) {
              prev = h;
              continue;
            }
            problems.push({ text: `${paragraphLabel(h.p)}：“${mark(prev.numeral)}”之后是“${mark(h.numeral)}”，缺${gap.map((g) => `“${g}”`).join('')}`, at: h });
          } else if (h.numeral < prev.numeral) problems.push({ text: `${paragraphLabel(h.p)}：“${mark(prev.numeral)}”之后是“${mark(h.numeral)}”，序号倒退`, at: h });
        }
        prev = h;
      }
    }
    for (const p of problems) {
      ctx.report({ message: p.text, locations: [paragraphLocation(p.at.p)], expected: null, actual: p.at.mark });
    }
  },
};
