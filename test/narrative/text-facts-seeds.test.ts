/**
 * Ninth pass (issue 19): what the paragraph loop reads of a text alone (ParagraphFacts) and the claims
 * it read there (ClaimSeed) are kept on the text's shared entry. Held to the plain code: the facts
 * to the inline tests they replace (plain/text-facts.ts), the seeded claims to a reading made afresh
 * and to the plain analysis (plain/analyse.ts), on every fixture's paragraphs and on generated texts,
 * also when one text is read for workbooks of other units and years.
 */
import * as path from 'path';
import { buildModel } from '../../src/core/check';
import { documentFacts } from '../../src/core/facts';
import type { CheckModel } from '../../src/core/model/model';
import { markersAt, NarrativeAnalysis, textFactsUncached, type Claim } from '../../src/core/narrative/analyse';
import { narrativeFromText } from '../../src/core/narrative/source';
import { paragraphNumbers } from '../../src/core/narrative/tokens';
import { randomStrings } from '../support/random-strings';
import { NarrativeAnalysis as PlainAnalysis } from './plain/analyse';
import { plainMarkers, plainTextFacts } from './plain/text-facts';
import { fixtureRecognition } from '../support/fixture-models';
import { FIXTURE_PATHS } from '../support/fixtures';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const FILES = FIXTURE_PATHS;

/** The keys of the fields a claim has set (every claim holds all its fields, undefined where not set, in one order: one shape). */
const setKeys = (c: Claim) => Object.keys(c).filter((k) => c[k as keyof Claim] !== undefined).sort();

/** A claim as the rules read it (what claimOf made, its links and binding). */
function claimView(c: Claim) {
  return [setKeys(c), c.id, c.pi, c.token.start, c.sentence.start, c.sentence.end, c.role, c.label, c.subject, c.attribute, c.direction, c.baseYear, c.scope, c.status, c.cls, c.of?.id, c.change?.id, c.binding?.key ?? c.binding];
}
function view(a: NarrativeAnalysis | PlainAnalysis) {
  return { claims: a.claims.map((c) => claimView(c as Claim)), enumerations: a.enumerations.map((e) => [e.parent?.id, e.parentName, e.items.map((c) => c.id), e.marker]), nameLists: a.nameLists.map((n) => [n.what, n.names]) };
}

/** Forget every kept fact of the model's paragraphs (the next reading works them out afresh). */
function forget(model: CheckModel): void {
  for (const p of model.narrative) paragraphNumbers(p.text).facts = null;
}

/** The facts without the seeds (those are held to the claims below). */
function factsOf(text: string) {
  const { heading, shortHeading, startsWithAmount, trailing, marker, nameList } = textFactsUncached(text);
  return { heading, shortHeading, startsWithAmount, trailing, marker, nameList };
}

const PIECES = ['一、', '（二）', '(3)', '1.', '2、', '（1）', '第一部分', '2025年', '收入总计', '基本支出', '项目支出', '人员经费', '其中：', '其中', '包括', '主要包括：', '主要用于', '主要有', '分别是', '分别为', '具体如下：', '明细如下', '如下', '用于', '主要是', '：', ':', '，', '、', '；', '。', ' ', '\u3000', '100', '25.5', '万元', '万', '元', '%', '比上年增加', '年初预算为', '由', '从'];

test('textFactsUncached = the inline tests it replaces, on every fixture paragraph and on generated texts', async () => {
  const texts: string[] = randomStrings(PIECES, 6000, 12, 919);
  for (const f of FILES) {
    const { wb, rec } = await fixtureRecognition(f);
    for (const p of buildModel(wb, rec, documentFacts(wb), undefined).narrative) texts.push(p.text);
  }
  const seen = { heading: 0, shortHeading: 0, startsWithAmount: 0, trailing: 0, marker: 0, nameList: 0 };
  for (const t of texts) {
    const want = plainTextFacts(t);
    expect([t, factsOf(t)]).toEqual([t, want]);
    for (const k of Object.keys(seen) as (keyof typeof seen)[]) if (want[k]) seen[k]++;
  }
  // every fact is true on some texts (the comparison is not one-sided)
  for (const n of Object.values(seen)) expect(n).toBeGreaterThan(20);
});

test.each(FILES.map((f) => [path.relative(FIXTURES, f), f]))('%s: claims read from the kept seeds = claims read afresh = the plain analysis', async (_name, file) => {
  const { wb, rec } = await fixtureRecognition(file);
  const model = buildModel(wb, rec, documentFacts(wb), undefined);
  const plain = view(new PlainAnalysis(model));
  forget(model);
  const fresh = new NarrativeAnalysis(model);
  expect(view(fresh)).toEqual(plain);
  // the second reading takes its claims from the seeds the first one kept
  const withClaims = model.narrative.filter((p) => fresh.claims.some((c) => c.p === p));
  for (const p of withClaims) expect(paragraphNumbers(p.text).facts?.seeds?.length).toBeGreaterThan(0);
  expect(view(new NarrativeAnalysis(buildModel(wb, rec, documentFacts(wb), undefined)))).toEqual(plain);
});

test('one text read for workbooks of other units and years: each reading is the plain one (seeds are kept per unit name and year)', async () => {
  const { wb, rec } = await fixtureRecognition(FILES[0]);
  const facts = documentFacts(wb);
  // two units (names no pattern drops unless they are the unit's), two years: each variant differs from the one before in one of them
  const units = ['东湖学堂', '西湖书屋'];
  const years = [2025, 2024];
  const variants = [
    [0, 0],
    [0, 1],
    [1, 1],
    [1, 0],
  ].map(([u, y]) => ({ ...facts, unit: units[u], year: years[y] }));
  // a unit's name in a subject is dropped, a previous year's figure is a reason: both differ by variant
  const lines: string[] = [];
  for (const u of units) for (const y of years) lines.push(`${u}${y}年收支总预算 100 万元，${y - 1}年预算数为 80 万元。`, `${u}基本支出 90 万元，其中：人员经费 80 万元、公用经费 10 万元。`);
  const text = [...lines, ...randomStrings(lines, 40, 3, 7)].join('\n');
  let differ = 0;
  let last = '';
  for (const round of [0, 1]) {
    for (const v of variants) {
      const model = buildModel(wb, rec, v, narrativeFromText(text));
      const want = view(new PlainAnalysis(model));
      expect([round, v.unit, v.year, view(new NarrativeAnalysis(model))]).toEqual([round, v.unit, v.year, want]);
      const claims = JSON.stringify(want.claims);
      if (last && claims !== last) differ++;
      last = claims;
    }
  }
  // every variant reads the text otherwise than the one before it (else the seeds' key would go untested)
  expect(differ).toBe(7);
});

test('name lists kept per text: under sections of other parts each reading takes its part from its own section, as the plain analysis does', async () => {
  const { wb, rec } = await fixtureRecognition(FILES[0]);
  const facts = documentFacts(wb);
  // the same list paragraphs (no part named in their own clause, or one) under sections of each part
  const lists = ['主要包括：基本工资、津贴补贴、奖金等。', '支出 10 万元，主要用于：办公费、印刷费、差旅费；主要包括：邮电费、水电费。', '公用经费主要包括：办公费、印刷费。', '主要有：培训费、会议费', '包括：甲、乙；人员经费包括：工资、补贴'];
  const headings = ['（一）人员经费', '（二）公用经费', '（三）商品和服务支出', '（四）其他支出', '一、工资福利支出'];
  const text = headings.flatMap((h) => [h, ...lists]).join('\n');
  const readings: string[] = [];
  for (const round of [0, 1]) {
    const model = buildModel(wb, rec, facts, narrativeFromText(text));
    const want = view(new PlainAnalysis(model));
    expect([round, view(new NarrativeAnalysis(model))]).toEqual([round, want]);
    readings.push(JSON.stringify(want.nameLists));
  }
  // every section's part is read (人员经费 and 公用经费 both, and lists with none are left out)
  const whats = JSON.parse(readings[0]).map((n: [string, unknown]) => n[0]);
  expect(whats).toEqual(expect.arrayContaining(['人员经费', '公用经费']));
  expect(whats.length).toBeGreaterThan(8);
  // (a section of no part leaves its lists out: 7 lists under each of 5 headings, fewer read)
  expect(whats.length).toBeLessThan(headings.length * 7);
});

test('markersAt = the marker loop it replaces, on every fixture paragraph and on generated texts', async () => {
  const texts: string[] = randomStrings([...PIECES, '具体', '具体明细如下：', '（一）', '合计', ' ', ' ', '；', ';'], 6000, 12, 1919);
  for (const f of FILES) {
    const { wb, rec } = await fixtureRecognition(f);
    for (const p of buildModel(wb, rec, documentFacts(wb), undefined).narrative) texts.push(p.text);
  }
  let markers = 0;
  let atEnd = 0;
  for (const t of texts) {
    const want = plainMarkers(t);
    expect([t, markersAt(t)]).toEqual([t, want]);
    markers += want.length;
    atEnd += want.filter((m) => (m as { atEnd: boolean }).atEnd).length;
  }
  expect(markers).toBeGreaterThan(2000);
  expect(atEnd).toBeGreaterThan(100);
});
