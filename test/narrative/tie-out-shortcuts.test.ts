/**
 * The narrative tie-out's shortcuts (issue 19) against the plain code they stand for: every
 * remembered answer equals the one computed afresh, on the seed workbooks' own paragraphs and
 * subjects and on edge cases by name; answers of one workbook never reach another.
 */
import Decimal from 'decimal.js';
import * as fs from 'fs';
import * as path from 'path';
import { buildModel } from '../../src/core/check';
import { documentFacts } from '../../src/core/facts';
import type { CheckModel } from '../../src/core/model/model';
import {
  allMatches,
  ANY_MARKER,
  cleanSubject,
  cleanSubjectUncached,
  conceptKey,
  conceptPlan,
  conceptPlanUncached,
  headingLevelUncached,
  lastAmount,
  lastMatch,
  MARKER,
  narrativeAnalysis,
  NarrativeAnalysis,
  scopeFactsUncached,
  sentenceAt,
  thisYearFigure,
  thisYearFigureUncached,
  type Claim,
} from '../../src/core/narrative/analyse';
import { looseName } from '../../src/core/narrative/lexicon';
import { headingLevelUncached as plainHeadingLevel } from './plain/analyse';
import { CHANGE, COMPLETION } from '../../src/core/check/rules/percent-truncation';
import { MONEY } from '../../src/core/check/rules/narrative-internal';
import { atPlaces, precisionOf, precisionOfUncached } from '../../src/core/check/rules/narrative-helpers';
import { halfUnit } from '../../src/core/amount';
import { shareVerdict, type Q } from '../../src/core/model/quantity';
import { atMostVisible, hasSection, SECTION_HEADINGS } from '../../src/core/check/rules/narrative-sections';
import type { SectionId } from '../../src/core/model/templates';
import { twoSentences } from '../../src/core/check/rules/narrative-text';
import { asMoney, sentences, tokensOf, tokensOfUncached } from '../../src/core/narrative/tokens';
import { norm } from '../../src/core/recognize/text';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { randomStrings } from '../support/random-strings';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const SEEDS = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx'));

const models = new Map<string, CheckModel>();
async function modelOf(file: string): Promise<CheckModel> {
  let m = models.get(file);
  if (!m) {
    const wb = await readWorkbookFile(path.join(FIXTURES, file));
    m = buildModel(wb, recognise(wb, {}), documentFacts(wb), undefined);
    models.set(file, m);
  }
  return m;
}


test('the seed fixtures are there', () => {
  expect(SEEDS.length).toBeGreaterThanOrEqual(5);
});

describe('tokens by text', () => {
  test('tokensOf = tokensOfUncached on every seed paragraph and on generated texts', async () => {
    const texts: string[] = [];
    for (const f of SEEDS) for (const p of (await modelOf(f)).narrative) texts.push(p.text);
    texts.push(...randomStrings(['收入', ' 10', '.5', '万元', '元', '%', '％', '，', '。', '2025年', '１２．５', '01.74', '、', '人', '(', ')', '第', '号', '≥'], 2000, 10));
    for (const t of texts) {
      // twice: the second answer comes from the memo
      expect(tokensOf(t)).toEqual(tokensOfUncached(t));
      expect(tokensOf(t)).toEqual(tokensOfUncached(t));
    }
  });

  test('each call gets its own tokens: changing one (asMoney) changes no later answer', () => {
    const text = '房屋 194.3，设备 20 万元';
    const first = tokensOf(text);
    const bare = first.find((t) => t.kind === 'bare')!;
    asMoney(bare);
    expect(bare.kind).toBe('money');
    const again = tokensOf(text);
    expect(again.find((t) => t.start === bare.start)!.kind).toBe('bare');
    expect(again).toEqual(tokensOfUncached(text));
    expect(again[0]).not.toBe(first[0]);
  });
});

describe('headings, subjects and concept plans by their strings', () => {
  test('headingLevelUncached = the plain one on every seed paragraph and on generated lines', async () => {
    const texts: string[] = [];
    for (const f of SEEDS) for (const p of (await modelOf(f)).narrative) texts.push(p.text);
    texts.push(...randomStrings(['一', '十', '、', '.', '（', '）', '(', ')', '第', '部分', '1', '2025年', '度', '支出', '：', '，', ' '], 2000, 8));
    for (const t of texts) {
      expect([t, headingLevelUncached(t)]).toEqual([t, plainHeadingLevel(t)]);
    }
    expect(headingLevelUncached('一、收入预算情况')).toEqual({ level: 1, title: '收入预算情况' });
    expect(headingLevelUncached('（二）2025年度支出：')).toEqual({ level: 2, title: '支出' });
    expect(headingLevelUncached('收入 10 万元')).toBeNull();
  });

  test('cleanSubject = cleanSubjectUncached, and one workbook’s unit never cleans another’s labels', async () => {
    const labels: string[] = [];
    const ms: CheckModel[] = [];
    for (const f of SEEDS) {
      const m = await modelOf(f);
      ms.push(m);
      for (const c of narrativeAnalysis(m).claims) labels.push(c.label, c.subject, `${m.facts.unit ?? ''}${c.subject}`);
    }
    for (const m of ms) for (const l of labels) expect(cleanSubject(l, m)).toBe(cleanSubjectUncached(l, m));
    // the same label under two units: each answer is its own unit's
    const a = { facts: { unit: '武汉市东西湖区医疗保障局' } } as unknown as CheckModel;
    const b = { facts: { unit: '蔡甸区医疗保障局' } } as unknown as CheckModel;
    const none = { facts: { unit: null } } as unknown as CheckModel;
    const label = '武汉市东西湖区医疗保障局2022年部门预算收入';
    expect(cleanSubject(label, a)).toBe(cleanSubjectUncached(label, a));
    expect(cleanSubject(label, b)).toBe(cleanSubjectUncached(label, b));
    expect(cleanSubject(label, none)).toBe(cleanSubjectUncached(label, none));
    // a unit name that holds the separator, and a label that starts with digits
    const odd = { facts: { unit: '1|2局' } } as unknown as CheckModel;
    for (const l of ['1|2局基本支出', '2|基本支出', '']) {
      expect(cleanSubject(l, odd)).toBe(cleanSubjectUncached(l, odd));
      expect(cleanSubject(l, none)).toBe(cleanSubjectUncached(l, none));
    }
  });

  test('conceptPlan = conceptPlanUncached for every claim of the seeds, under every fund and both kinds', async () => {
    const pairs: [string, string][] = [];
    const subjects = new Set<string>(['会议费', '培训费预算', '一般公共预算会议费支出', '其他资金', '收支总计', '年末结转和结余', '本年收入', '机关运行经费']);
    for (const f of SEEDS) {
      for (const c of narrativeAnalysis(await modelOf(f)).claims) {
        const scope = c.scope.join('/');
        for (const s of [conceptKey(c.subject), ...(c.attribute ? [conceptKey(c.subject + c.attribute)] : [])]) {
          pairs.push([s, scope]);
          subjects.add(s);
        }
      }
    }
    // every subject under the section titles the plan asks about, and each claim under its own
    for (const subject of subjects) for (const scope of ['', '财政拨款收支预算', '一般公共预算支出', '三公/购买服务', '资产配置', '项目/一般公共预算']) pairs.push([subject, scope]);
    for (const [subject, scope] of pairs)
      for (const final of [false, true])
        for (const fund of [null, '一般公共预算', '政府性基金预算', '国有资本经营预算'] as const) expect(conceptPlan(subject, final, scope, fund)).toEqual(conceptPlanUncached(subject, final, scope, fund));
    // keys do not run into each other: a scope that ends where a subject begins
    expect(conceptPlan('收入总计', false, '财政拨款收支', null)).toEqual(conceptPlanUncached('收入总计', false, '财政拨款收支', null));
    expect(conceptPlan('收支收入总计', false, '财政拨款', null)).toEqual(conceptPlanUncached('收支收入总计', false, '财政拨款', null));
  });

  test('a 会议费 subject tries the 三公表 column first, then goes on down the list (as the plain chain did)', () => {
    expect(conceptPlanUncached('会议费', false, '', null)).toEqual([['会议费', '会议费', ['三公表:会议费']]]);
    expect(conceptPlanUncached('收支总计', false, '', null)).toEqual([['收入总计', '收入总计', ['in:收入总计']]]);
    expect(conceptPlanUncached('财政拨款基本支出', false, '', null).map((p) => p[0])).toEqual(['财政拨款基本支出', '基本支出']);
    expect(conceptPlanUncached('住房保障支出', false, '', null)).toEqual([]);
  });

  test('thisYearFigure compiles once per year and answers as a fresh pattern', () => {
    const texts = randomStrings(['2025', '2026', '年', '收支总预算', ' 100', '万元', '元', '。', '；', '，', '1,099.73'], 1500, 8);
    for (const y of [2025, 2026]) {
      expect(thisYearFigure(y)).toBe(thisYearFigure(y));
      for (const t of texts) expect(thisYearFigure(y).test(t)).toBe(thisYearFigureUncached(y).test(t));
    }
  });

  test('the scope facts of a claim are those of its titles joined', async () => {
    for (const f of SEEDS) {
      for (const c of narrativeAnalysis(await modelOf(f)).claims) {
        const facts = scopeFactsUncached(c.scope);
        const joined = c.scope.join('/');
        expect(facts.joined).toBe(joined);
        expect(facts.three).toBe(/三公/.test(joined));
        expect(facts.fiscal).toBe(/财政拨款/.test(joined));
      }
    }
  });
});

describe('binding, against names read afresh', () => {
  test('a subject’s loose name and concept key are the plain expressions’', async () => {
    for (const f of SEEDS) {
      for (const c of narrativeAnalysis(await modelOf(f)).claims) {
        expect(conceptKey(c.subject)).toBe(norm(c.subject).replace(/[()“”"‘’'·\-—、]/g, ''));
        expect(typeof looseName(c.subject)).toBe('string');
      }
    }
  });

  test('every seed’s bindings are those of a second, independent analysis of a fresh model', async () => {
    for (const f of SEEDS) {
      const wb = await readWorkbookFile(path.join(FIXTURES, f));
      const one = new NarrativeAnalysis(buildModel(wb, recognise(wb, {}), documentFacts(wb), undefined));
      const two = new NarrativeAnalysis(buildModel(wb, recognise(wb, {}), documentFacts(wb), undefined));
      const view = (a: NarrativeAnalysis) => a.claims.map((c) => [c.token.text, c.role, c.subject, c.status, c.cls ?? null, c.binding?.key ?? null, c.binding?.cands.map((x) => x.where) ?? null, c.scope]);
      expect(view(two)).toEqual(view(one));
    }
  });
});

describe('paragraphs passed over by the words their patterns need', () => {
  const pieces = ['年初预算', '为', ' 1,073.78', '万元', '，', '支出决算', '1099.73', '完成', '年初', '预算', '的', ' 102.42', '%', '％', '比', '上年', '增加', '减少', '增长', '下降', ' 10', '。', '；', '其中', '：', '包括', '主要用于', '主要有', '分别为', '具体如下', '基本支出', '三公经费', '资产', '车辆', 'x'];
  const texts = randomStrings(pieces, 6000, 16, 7);
  // the seeds' own sentences too
  beforeAll(async () => {
    for (const f of SEEDS) for (const p of (await modelOf(f)).narrative) texts.push(p.text);
  });
  const any = (re: RegExp, t: string) => [...t.matchAll(re)].length > 0;

  test('percent-truncation: a completion needs 年初预算 and 完成, a change 万元 and a per-cent sign', () => {
    let completions = 0;
    let changes = 0;
    for (const t of texts) {
      if (any(COMPLETION, t)) {
        completions++;
        expect(t.includes('年初预算') && t.includes('完成')).toBe(true);
      }
      if (any(CHANGE, t)) {
        changes++;
        expect(t.includes('万元') && (t.includes('%') || t.includes('％'))).toBe(true);
      }
    }
    // the generated texts do hold such statements (the test is not empty)
    expect(completions).toBeGreaterThan(0);
    expect(changes).toBeGreaterThan(0);
  });

  test('internal-consistency: every amount it reads is in 万元', () => {
    let hits = 0;
    for (const t of texts) {
      if (!any(MONEY, t)) continue;
      hits++;
      expect(t.includes('万元')).toBe(true);
    }
    expect(hits).toBeGreaterThan(0);
  });

  test('a list marker is found by one test exactly when the search finds one', () => {
    for (const t of texts) expect(ANY_MARKER.test(t)).toBe(any(MARKER, t));
  });

  test('twoSentences = split at 。, first two joined', () => {
    for (const t of [...texts, '', '。', '。。', 'a。b。c', 'a。b']) expect(twoSentences(t)).toBe(t.split(/。/).slice(0, 2).join('。'));
  });

  test('atMostVisible = the length without white space, compared', () => {
    const spaced = randomStrings(['a', '支', ' ', '\u3000', '\u00a0', '\t', '\n', '\u2003', '。'], 4000, 40, 11);
    for (const t of [...texts, ...spaced]) for (const n of [0, 5, 30]) expect(atMostVisible(t, n)).toBe(t.replace(/[\s\u3000\u00a0]+/g, '').length <= n);
  });
});

test('hasSection (the joined headings read first) = some heading has the words and not the others, on generated heading lists', () => {
  // the words of every part's patterns, the gap characters `.{0,8}` may take, and short filler
  const words = ['职能', '单位构成', '人员构成', '重点工作', '收支', '收入', '支出', '总体', '总表', '总计', '总预算', '收入支出', '情况', '说明', '预算总表', '财政拨款', '一般公共预算', '基本支出', '三公', '政府性基金', '国有资本经营', '项目支出', '绩效', '机关运行经费', '采购', '购买服务', '国有资产', '车辆', '名词解释', '名称解释', '年', '的', '一、', '（二）', 'a', '。'];
  const lines = randomStrings(words, 3000, 6, 61);
  const plain = (hs: string[], id: SectionId) => hs.some((h) => SECTION_HEADINGS[id].has.test(h) && !SECTION_HEADINGS[id].not?.test(h));
  let found = 0;
  let refused = 0;
  for (let i = 0; i + 6 <= lines.length; i += 3) {
    const hs = lines.slice(i, i + 1 + (i % 6));
    for (const id of Object.keys(SECTION_HEADINGS) as SectionId[]) {
      const want = plain(hs, id);
      expect([hs, id, hasSection(hs, id)]).toEqual([hs, id, want]);
      if (want) found++;
      else if (hs.join('\n').match(SECTION_HEADINGS[id].has)) refused++;
    }
  }
  // both ways taken: parts found, and parts whose words are there but only with a word that makes them another part (or only across two headings)
  expect(found).toBeGreaterThan(500);
  expect(refused).toBeGreaterThan(50);
});

describe('allMatches and lastMatch = matchAll', () => {
  test('on the patterns the tie-out runs, and on patterns that match the empty string', () => {
    const texts = randomStrings(['2024', '年', '增加', '减', '包括', '：', '其中', 'a', '😀', '(类)', '(款)', '支出', '万元', ' 1.5', '。'], 800, 10, 23);
    const patterns = [MARKER, COMPLETION, CHANGE, MONEY, /(\d{4})\s*年/g, /(.+?)\((类|款|项)\)/g, /x*/g, /(?:)/g, /\d*/g, /(?:)/gu, /.?/gu];
    for (const re of patterns) {
      for (const t of texts) {
        const plain = [...t.matchAll(re)];
        const got = allMatches(re, t);
        const view = (ms: RegExpMatchArray[]) => ms.map((m) => `${m.index}:${m.join('|')}`).join(' ');
        if (view(got) !== view(plain)) throw new Error(`${re} on “${t}”: ${view(got)} ≠ ${view(plain)}`);
        expect(re.lastIndex).toBe(0);
        if (plain.every((m) => m[0] !== '')) expect(lastMatch(re, t)?.index).toBe(plain.pop()?.index);
      }
    }
  });
});

describe('comparing a claim with table figures', () => {
  test('precisionOf = round(−log10(2·half)) and atPlaces = toDecimalPlaces half-up, on printed figures and sums of halves', () => {
    const halves = [0, 1, 2, 3, 4, 6].map((d) => halfUnit(d));
    const sums = [new Decimal('0.005').plus('0.0005'), new Decimal('0.01'), new Decimal('0.00005').mul(3), new Decimal(5), new Decimal('0.5').plus('0.05')];
    for (const h of [...halves, ...sums]) {
      expect(precisionOf(h)).toBe(precisionOfUncached(h));
      expect(precisionOf(h)).toBe(precisionOfUncached(h));
    }
    const values = ['0', '1', '1.5', '22.73', '22.735', '22.7349', '-3.005', '1099.7300', '0.00049', '123456789.987654321', '1e-9'].map((x) => new Decimal(x));
    for (const v of values) for (const dp of [0, 1, 2, 3, 4, 8]) expect(atPlaces(v, dp).eq(v.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP))).toBe(true);
  });
});

describe('extraction helpers = the array expressions they replace', () => {
  test('sentenceAt = sents.find(pos inside), lastAmount = [...claims].reverse().find(amount)', async () => {
    for (const f of SEEDS) {
      const a = narrativeAnalysis(await modelOf(f));
      for (const p of a.paragraphs) {
        const sents = sentences(p.text);
        for (let pos = -1; pos <= p.text.length; pos += 3) expect(sentenceAt(sents, pos)).toBe(sents.find((x) => pos >= x.start && pos < x.end));
      }
      const byParagraph = new Map<number, Claim[]>();
      for (const c of a.claims) byParagraph.set(c.pi, [...(byParagraph.get(c.pi) ?? []), c]);
      for (const list of byParagraph.values()) {
        expect(lastAmount(list)).toBe([...list].reverse().find((c) => c.role === 'amount') ?? null);
        expect(lastAmount(list.filter((c) => c.role !== 'amount'))).toBeNull();
      }
    }
  });
});

describe('shareVerdict works out the rounding interval only for a figure that is not the rounded ratio', () => {
  /** The verdict as it was written before (every value computed first). */
  function plainShareVerdict(stated: Q, part: Q, whole: Q) {
    if (whole.value.isZero()) return null;
    const ratio = part.value.dividedBy(whole.value).times(100);
    const lo = Decimal.max(part.value.minus(part.half), 0).dividedBy(whole.value.plus(whole.half)).times(100);
    const hi = part.value.plus(part.half).dividedBy(Decimal.max(whole.value.minus(whole.half), new Decimal('1e-9'))).times(100);
    const sLo = stated.value.minus(stated.half);
    const sHi = stated.value.plus(stated.half);
    const diff = stated.value.minus(ratio);
    const slack = stated.half;
    const rounded = ratio.toDecimalPlaces(Math.max(stated.decimals, 0), Decimal.ROUND_HALF_UP);
    if (rounded.equals(stated.value)) return { status: 'equal', diff, slack, ratio };
    const meets = sHi.gte(lo) && sLo.lte(hi);
    const oneUnit = stated.value.minus(rounded).abs().lte(stated.half.times(2));
    return { status: meets || oneUnit ? 'rounding' : 'mismatch', diff, slack, ratio };
  }
  const q = (v: string, decimals: number): Q => ({ value: new Decimal(v), half: halfUnit(decimals), decimals, sheet: '', cell: '', label: '' });
  test('the same verdict on shares that are right, a unit off, far off, and of a zero or tiny whole', () => {
    const parts = ['0', '994.81', '994.8', '1', '0.01', '3291.91', '120'];
    const wholes = ['0', '3291.91', '3291.9', '0.004', '1', '100', '120'];
    const stated = ['30.22', '30.21', '30.2', '30', '100', '0', '83.33', '99.99', '31'];
    let n = 0;
    for (const p of parts)
      for (const w of wholes)
        for (const s of stated) {
          const args: [Q, Q, Q] = [q(s, s.includes('.') ? s.length - s.indexOf('.') - 1 : 0), q(p, 2), q(w, w.includes('.') ? w.length - w.indexOf('.') - 1 : 0)];
          const got = shareVerdict(...args);
          const want = plainShareVerdict(...args);
          expect(got && { status: got.status, diff: got.diff.toString(), slack: got.slack.toString(), ratio: got.ratio.toString() }).toEqual(want && { status: want.status, diff: want.diff.toString(), slack: want.slack.toString(), ratio: want.ratio.toString() });
          n += got?.status === 'equal' ? 0 : 1;
        }
    expect(n).toBeGreaterThan(50);
  });
});
