/**
 * buildModel's unitNature joins the narrative into one text only when a paragraph holds the literal
 * its pattern needs, and headings tests a paragraph's first character by its code and copies it only
 * when it has white space (issue 19: speed). Both must give what the plain code gives (kept below,
 * verbatim): on every fixture's narrative and on paragraphs made for the edges (a pattern across two
 * paragraphs, leading white space, headings with and without spaces).
 */
import * as path from 'path';
import { isSpaceCode } from '../../src/core/chars';
import { buildModel, type CheckModel, type TextCell } from '../../src/core/model/model';
import { headings, shortWithoutSpaces } from '../../src/core/model/templates';
import type { DocumentFacts } from '../../src/core/facts';
import { documentFacts } from '../../src/core/facts';
import { norm } from '../../src/core/recognize/text';
import { recognise, type Recognised } from '../../src/core/recognize';
import type { NarrativeParagraph } from '../../src/core/model/paragraphs';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';

// ---- the plain code, as it was before the shortcuts ----
function plainUnitNature(facts: DocumentFacts, tables: Recognised[], narrative: TextCell[]): CheckModel['nature'] {
  const text = narrative.map((n) => n.text).join('\n');
  const said = /本(单位|部门)(为|是|属于?)[^。，]{0,6}(公益[一二]类)?事业单位/.exec(text);
  if (said) return { value: 'institution', evidence: `情况说明：“${said[0]}”` };
  const names = new Set<string>();
  for (const t of tables.filter((x) => x.kind === 'income-summary')) for (const r of t.rows) if (r.type === 'unit' && r.level === 2) names.add(r.name);
  // no unit rows (江苏, 决算): the units the narrative lists (“编制范围的单位包括：A、B、C。”)
  if (names.size === 0) {
    const listed = /编制范围的(预算)?单位[^。：:]{0,20}?(包括|为|有)[:：]?([^。]+)/.exec(text)?.[3].split(/[、，,；;]/).map((x) => norm(x).replace(/^(具体包括|分别是|分别为)[:：]?/, '')).filter((x) => x.length >= 4) ?? [];
    if (listed.length >= 2) for (const n of listed) names.add(n);
  }
  const candidates = names.size ? [...names] : facts.unit ? [facts.unit] : [];
  const natures = candidates.map((n) => {
    const s = norm(n).replace(/\(本级\)|本级$/g, '');
    if (/(局|委员会|委|办公室|厅|政府|法院|检察院|管委会)$/.test(s)) return 'admin' as const;
    if (/(中心|院|站|所|队|学校|馆|台|处)$/.test(s)) return 'institution' as const;
    return null;
  });
  if (natures.length === 0 || natures.some((x) => x === null) || new Set(natures).size > 1) return null;
  return { value: natures[0] as 'admin' | 'institution', evidence: `单位名称“${candidates.join('、')}”` };
}

const HEADING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])/;
const HEADING_START = new Set([...'第一二三四五六七八九十（(']);
function plainFirstNonSpace(text: string): string {
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) return text[i];
  return '';
}

function plainHeadings(narrative: NarrativeParagraph[]): string[] {
  // a paragraph longer than a heading can be is passed over without copying it
  const out: string[] = [];
  for (const p of narrative) {
    if (!HEADING_START.has(plainFirstNonSpace(p.text)) || !shortWithoutSpaces(p.text, 60)) continue;
    const t = p.text.replace(/\s+/g, '');
    if (HEADING.test(t)) out.push(t);
  }
  return out;
}

// ---- end of the plain code ----

const files = FIXTURE_PATHS;

test.each(files.map((f) => [path.basename(f), f]))('%s: the unit’s nature and the narrative’s headings of the plain code', async (_name, file) => {
  const wb = await readWorkbookFile(file);
  const recognition = recognise(wb);
  const facts = documentFacts(wb);
  const model: CheckModel = buildModel(wb, recognition, facts);
  expect(model.nature).toEqual(plainUnitNature(facts, recognition.tables, model.narrative));
  expect(headings(model.narrative)).toEqual(plainHeadings(model.narrative));
});

const para = (text: string): NarrativeParagraph => ({ text, sheet: '情况说明', cell: 'A1' });
const noFacts: DocumentFacts = { kind: 'budget', year: 2024, unit: null, moneyUnit: null, evidence: [] };

test('narratives made for the edges: the same nature and headings', () => {
  const narratives: string[][] = [
    ['本单位为公益一类事业单位。'],
    ['本单位为', '事业单位，负责…'], // the pattern across two paragraphs (the joined text matches)
    ['本部门属于行政单位。'],
    ['概况', '本部门是事业单位。'],
    ['纳入编制范围的单位包括：', '黄陂区医疗保障局、黄陂区医疗保障服务中心。'],
    ['编制范围的预算单位包括：甲局、乙中心。'],
    ['一、部门职责', '  二、机构设置', '\u3000（一）基本情况', '第三部分 名词解释', '(二)  三公 经费', '1. 其他', ''],
    [],
  ];
  let some = 0;
  for (const texts of narratives) {
    const narrative: TextCell[] = texts.map(para);
    for (const facts of [noFacts, { ...noFacts, unit: '黄陂区医疗保障局' }]) {
      const got = buildModel({ source: 't', sheets: [] }, { tables: [], unrecognised: [] } as never, facts, { source: '粘贴的文字', paragraphs: narrative }).nature;
      expect(got).toEqual(plainUnitNature(facts, [] as Recognised[], narrative));
      if (got) some++;
    }
    expect(headings(narrative)).toEqual(plainHeadings(narrative));
  }
  expect(some).toBeGreaterThan(3);
  expect(headings(['  二、机构设置', '（一） 基本情况'].map(para))).toEqual(['二、机构设置', '（一）基本情况']);
});
