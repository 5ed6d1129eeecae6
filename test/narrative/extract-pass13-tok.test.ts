/**
 * Thirteenth pass, text extraction (issue 19): markersAt runs MARKER on the text itself where it has
 * no white space, headingLevelUncached tells a paragraph that cannot open with a numbering without
 * its five patterns, nameEntries finds a list's end and names with code loops, claimOf normalises
 * the whole clause only where it reads it (and tries CHANGE_VERB and ATTRIBUTE only on a clause ending on one
 * of their last characters), cleanSubject skips the replacements that cannot match, and a trailing list's free amounts are found without
 * flatMap. Held to the plain code they replaced (plain/text-facts.ts, plain/analyse.ts,
 * plain/name-entries.ts) on every fixture paragraph and on generated texts and narratives.
 */
import * as path from 'path';
import { buildModel } from '../../src/core/check';
import { documentFacts } from '../../src/core/facts';
import { attributeAtEnd, cleanSubjectUncached, endsOnChangeVerb, headingLevelUncached, markersAt, NarrativeAnalysis, nameEntries, type Claim } from '../../src/core/narrative/analyse';
import type { CheckModel } from '../../src/core/model/model';
import { narrativeFromText } from '../../src/core/narrative/source';
import { paragraphNumbers } from '../../src/core/narrative/tokens';
import { FIXTURE_PATHS } from '../support/fixtures';
import { fixtureModels, fixtureRecognition } from '../support/fixture-models';
import { randomStrings } from '../support/random-strings';
import { cleanSubjectUncached as plainCleanSubject, headingLevelUncached as plainHeadingLevel, NarrativeAnalysis as PlainAnalysis } from './plain/analyse';
import { plainNameEntries } from './plain/name-entries';
import { plainMarkers } from './plain/text-facts';

/** Markers, list words, headings' first characters, white space of every kind, separators, figures. */
const PIECES = [
  '其中', '其中：', '其 中', '包括', '主要包括：', '主要用于', '主要有', '分别是', '分别为', '主要是', '具体如下', '具体明细如下：', '明细如下', '具体',
  ' ', '\u3000', '\u00a0', '\n', '\t', '\ufeff', '：', ':', '，', ',', '、', '。', '；', ';', '（', '）', '(', ')', '“', '”', '—', '－',
  '一、', '二.', '十二、', '廿一、', '（三）', '(4)', '1.', '12、', '３.', '第一部分', '第', '一', '十', '廿', '0', '7', '2025年度', '２０２５',
  '人员经费', '公用经费', '基本工资', '津贴补贴', '办公费', '等', '等支出', '等费用', '工资福利', '商品和服务', '合计',
  '100万元', '25.5 万元', '12.5%', '30％', '194.3',
];

async function fixtureTexts(): Promise<string[]> {
  const texts: string[] = [];
  for (const model of await fixtureModels()) for (const p of model.narrative) texts.push(p.text);
  return texts;
}

/** A text's money and percent tokens as the claims nameEntries reads (their starts alone). */
function claimsOf(text: string): Claim[] {
  return paragraphNumbers(text).tokens.filter((t) => t.kind === 'money' || t.kind === 'percent').map((token) => ({ token }) as Claim);
}

test('markersAt, headingLevelUncached and nameEntries = the plain ones on every fixture paragraph and on generated texts', async () => {
  const texts = [...(await fixtureTexts()), ...randomStrings(PIECES, 40000, 12, 1913)];
  let spaced = 0;
  let unspaced = 0;
  let headings = 0;
  let lists = 0;
  for (const t of texts) {
    const markers = plainMarkers(t);
    expect([t, markersAt(t)]).toEqual([t, markers]);
    if (markers.length) {
      if (/\s/.test(t)) spaced++;
      else unspaced++;
    }
    const heading = plainHeadingLevel(t);
    expect([t, headingLevelUncached(t)]).toEqual([t, heading]);
    if (heading) headings++;
    const claims = claimsOf(t);
    const entries = plainNameEntries(t, claims);
    expect([t, nameEntries(t, claims)]).toEqual([t, entries]);
    lists += entries.length;
  }
  // both sides of each shortcut are taken (texts with markers with and without white space, headings, lists)
  expect(spaced).toBeGreaterThan(1000);
  expect(unspaced).toBeGreaterThan(1000);
  expect(headings).toBeGreaterThan(1000);
  expect(lists).toBeGreaterThan(1000);
});

/** Statements whose clauses carry separators before changes, rates and amounts with no subject, and paragraphs ending on a list marker. */
const STATEMENTS = [
  '收入总计 100 万元，比上年增加 10 万元，增长 12.5%。', '基本支出，较2022年减少 3.5 万元，下降 2%。', '其中： 25.5 万元，', '其中，人员经费 80 万元、公用经费 20 万元；',
  '项目支出 60 万元，其中：', '1.人员经费 40 万元。', '2、公用经费 20 万元。', '“三公”经费 8 万元，具体如下：', '因公出国（境）费 1 万元，公务接待费 2 万元。具体情况如下：',
  '一、收入预算情况', '（二）支出预算情况', '人员经费 80 万元，主要包括：基本工资、津贴补贴等；公用经费 20 万元，主要包括：办公费、印刷费等费用。',
  '2023年预算数为 90 万元，2022年预算数为 80 万元，', '由 500 万元增加至 600 万元，主要是 人员 增加。', '支出决算为 88.00 万元，完成年初预算的 97.5%，占 总支出 的 30％。',
  '收 、支 总预算 1,234.56 万元，', '年初预算 ，为 3 万元', '合计 ， 12000 元', '\u3000比上年 持平 0 万元，',
  // clauses ending on every word CHANGE_VERB and ATTRIBUTE end on, with white space and 了 between
  '较上年增长了 3 万元，', '比上年上升 \u3000 2 万元，', '与上年相比降低 1 万元；', '比上年减 1 万元。', '比2022年增 2 万元，', '调整后预算数 5 万元，',
  '全年预算 6 万元，', '执行数 7 万元，', '会议费决算 8 万元，', '预算金额 9 万元，', '专项资金 10 万元，', '支出决算数是 11 万元，', '决算数: 12 万元，', '预算数 为 13 万元，',
];

test('the analysis (claims, enumerations, name lists) = the plain one on generated narratives read against each seed', async () => {
  let claims = 0;
  let lists = 0;
  for (const file of FIXTURE_PATHS.filter((f) => !f.includes(`${path.sep}real${path.sep}`))) {
    const { wb, rec } = await fixtureRecognition(file);
    const facts = documentFacts(wb);
    const lines = randomStrings(STATEMENTS, 600, 4, 17 + path.basename(file).length);
    for (let i = 0; i < lines.length; i += 30) {
      const model = buildModel(wb, rec, facts, narrativeFromText(lines.slice(i, i + 30).join('\n')));
      const fast = new NarrativeAnalysis(model);
      const plain = new PlainAnalysis(model);
      expect(fast.claims.map((c) => [c.id, c.role, c.label, c.subject, c.attribute, c.direction, c.baseYear, c.of?.id, c.change?.id, c.cls, c.status])).toEqual(
        plain.claims.map((c) => [c.id, c.role, c.label, c.subject, c.attribute, c.direction, c.baseYear, c.of?.id, c.change?.id, c.cls, c.status]),
      );
      expect(fast.enumerations.map((e) => [e.parent?.id, e.parentName, e.items.map((c) => c.id), e.marker])).toEqual(plain.enumerations.map((e) => [e.parent?.id, e.parentName, e.items.map((c) => c.id), e.marker]));
      expect(fast.nameLists.map((n) => [n.what, n.names])).toEqual(plain.nameLists.map((n) => [n.what, n.names]));
      claims += fast.claims.length;
      lists += fast.enumerations.length;
    }
  }
  expect(claims).toBeGreaterThan(5000);
  expect(lists).toBeGreaterThan(500);
});

/** Unit names, medical-insurance and short unit names, own-unit words, particles, dashes, 合计 and 科目 levels. */
const LABEL_PIECES = [
  '武汉市', '东西湖区', '医疗保障局', '医保局', '医保中心', '医疗保障服务中心', '医', '省检察院', '市财政局', '办公室', '委员会', '中心', '部', '局',
  '财政拨款', '一般公共预算', '政府性基金', '部门', '单位', '收入', '支出', '收支', '本年', '基本支出', '项目支出', '机关运行', '“三公”', '三公',
  '(本级)', '本级', '本单位', '本部门', '我单位', '我部门', '部门(单位)', '(单位)', '（单位）', '本', '我', '其中', '包括', '主要用于', '、', ':', '：',
  '均为', '为', '是', '约', '达', '共计', '共', '有', '计', '(合计)', '（合计）', '合计', '类', '款', '项', '支出类支出', '支出款支出', '支出项支出', '-', '—', '－', ' ', '\u3000', '2025年度', '截至12月31日', '1.', '（一）',
];

test('cleanSubject = the plain one on every fixture clause and on generated labels, with and without a unit name', async () => {
  const labels = [...randomStrings(LABEL_PIECES, 30000, 8, 1931)];
  for (const t of await fixtureTexts()) labels.push(...t.split(/[，,。；;、]/));
  const units = [null, '东西湖区医疗保障局', '省检察院', '本单位'];
  let changed = 0;
  for (const label of labels) {
    for (const unit of units) {
      const model = { facts: { unit } } as unknown as CheckModel;
      const want = plainCleanSubject(label, model);
      expect([label, unit, cleanSubjectUncached(label, model)]).toEqual([label, unit, want]);
      if (want !== label.trim()) changed++;
    }
  }
  // the replacements do take place (the skipped ones are skipped only where they match nothing)
  expect(changed).toBeGreaterThan(50000);
});

/** The words CHANGE_VERB and ATTRIBUTE end on, their neighbours, particles and white space of every kind. */
const CLAUSE_PIECES = [
  '增加', '减少', '增长', '下降', '上升', '降低', '持平', '增', '减', '了', '加', '少', '长', '年初预算', '调整后预算', '全年预算', '支出决算', '决算数', '费决算', '决算',
  '执行数', '预算数', '预算金额', '资金', '数', '额', '金', '算', '为', '是', ':', '：', ' ', '\u3000', '\t', '\ufeff', '比上年', '收入', '费', 'a',
];

test('endsOnChangeVerb and attributeAtEnd = CHANGE_VERB and ATTRIBUTE tried on every text (plain), on generated clauses', () => {
  const changeVerb = /(增加|减少|增长|下降|上升|降低|持平|增|减)\s*[了]?\s*$/;
  const attribute = /(年初预算(数)?|调整后预算(数)?|全年预算(数)?|支出决算(数)?|决算数|(?<=费)决算|执行数|预算数|预算金额|资金)\s*(为|是|:)?\s*$/;
  let verbs = 0;
  let attributes = 0;
  for (const t of randomStrings(CLAUSE_PIECES, 60000, 6, 1949)) {
    const verb = changeVerb.test(t);
    expect([t, endsOnChangeVerb(t)]).toEqual([t, verb]);
    const attr = attribute.exec(t);
    expect([t, attributeAtEnd(t)]).toEqual([t, attr]);
    if (verb) verbs++;
    if (attr) attributes++;
  }
  expect(verbs).toBeGreaterThan(5000);
  expect(attributes).toBeGreaterThan(5000);
});
