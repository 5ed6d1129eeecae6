/**
 * The text features read once per text (issue 19, CPU: src/core/check/rules/text-features.ts) and the
 * rules that skip their patterns by them, against plain code: each bit against the plain pattern it
 * stands for; templateHits, placeholderIn and textHits against their versions before the features
 * (test/check/plain/), on many strings built from the characters and words the patterns care about,
 * each bit once left out to see the comparison fail; the wording corpus's search without a pattern
 * per word against that pattern.
 */
import * as path from 'path';
import { buildModel, runRules } from '../../src/core/check';
import { documentText } from '../../src/core/check/rules/text-cells';
import {
  F_BI,
  F_BRACKET,
  F_DOTS3,
  F_DOUBLED_HAN,
  F_DOUBLED_PUNCT,
  F_PHRASE,
  F_PHRASE_END,
  F_PLACEHOLDER,
  F_RARE_MISWRITE,
  F_ROUNDING,
  F_TEMPLATE,
  F_YU,
  F_ZHI_SHOU,
  P_GAI,
  P_GEN,
  P_MARK,
  P_QI,
  T_AN,
  T_BI_XU,
  T_CHENG,
  T_CLOSE,
  T_MEN,
  T_QING,
  T_RENG_SHU_FANG,
  T_SHE,
  T_SHU,
  T_TONG_DAN,
  T_WAN,
  textFeatures,
} from '../../src/core/check/rules/text-features';
import { TEMPLATE_NEED_BITS, TEMPLATE_PATTERN_NEEDS, TEMPLATE_PATTERNS, templateHits } from '../../src/core/check/rules/template-text';
import { saysRoundingWith } from '../../src/core/check/rules/cells';
import { PLACEHOLDER_BITS, PLACEHOLDERS, placeholderIn } from '../../src/core/check/rules/text';
import { Corpus, SET_PHRASES, spacedAt, textHits, wording } from '../../src/core/check/rules/wording';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { randomStrings } from '../support/random-strings';
import { FIXTURE_PATHS } from '../support/fixtures';
import * as plainTemplate from './plain/template-text';
import * as plainPlaceholders from './plain/placeholders';
import * as plainWording from './plain/wording';

/** Each bit and the plain pattern it says matches. */
const BIT_PATTERNS: [string, number, RegExp][] = [
  ['F_TEMPLATE', F_TEMPLATE, /[（(【。.…·万述仍下填]/],
  ['F_BRACKET', F_BRACKET, /[（(]/],
  ['F_DOTS3', F_DOTS3, /[。.…·]{3}/],
  ['F_PLACEHOLDER', F_PLACEHOLDER, /[X×＿_—\-根请该其]/],
  ['F_YU', F_YU, /与/],
  ['F_BI', F_BI, /比/],
  ['F_RARE_MISWRITE', F_RARE_MISWRITE, /[毒租专]/],
  ['F_ZHI_SHOU', F_ZHI_SHOU, /[出入][支收]/],
  ['F_PHRASE', F_PHRASE, /[高全习]/],
  ['F_PHRASE_END', F_PHRASE_END, /[平建]/],
  ['F_DOUBLED_HAN', F_DOUBLED_HAN, /([\u4e00-\u9fa5])\1/],
  ['F_DOUBLED_PUNCT', F_DOUBLED_PUNCT, /([。，；、！？])\s*\1/],
  ['T_CLOSE', T_CLOSE, /[）)]/],
  ['T_AN', T_AN, /按/],
  ['T_SHU', T_SHU, /述/],
  ['T_SHE', T_SHE, /涉/],
  ['T_CHENG', T_CHENG, /称/],
  ['T_TONG_DAN', T_TONG_DAN, /[同单]/],
  ['T_RENG_SHU_FANG', T_RENG_SHU_FANG, /[仍述方]/],
  ['T_BI_XU', T_BI_XU, /必/],
  ['T_MEN', T_MEN, /门/],
  ['T_QING', T_QING, /请/],
  ['T_WAN', T_WAN, /万/],
  ['P_MARK', P_MARK, /[X×＿_—-]/],
  ['P_GEN', P_GEN, /根/],
  ['P_GAI', P_GAI, /该/],
  ['P_QI', P_QI, /其/],
  ['F_ROUNDING', F_ROUNDING, /[尾舍]/],
];

/** Characters and words of every pattern the features gate, white space of several kinds, and a few others. */
const PIECES = [
  ...'（()）【】。.…·,，；、！？万元按述仍下填为必项X×＿_—-根据请该其与比相毒租专支收入出高全习年上一二年度单位名称的部门0123 \u3000\t\n\u00a0'.split(''),
  ...['按上述格式', '仍保留该表格式', '作下述说明', '在本表下方作', '为必填项', '请填写', '以下同', '的单位', '的部门', '不涉及的不列', '表述', '增加', '减少', '持平', '填写', '列示'],
  ...['与上年相', '比上年', '相比', '有毒有害气', '提租补', '财政转专户', '支出收入', '收入收入', '支出支出', 'XX', '__ 年', '— 年', '-- 年', '该项名词解释', '其他专用名词'],
  ...['（一）其他专用名词。', '根据本部门情况进行简要说明', '（该项名词解释）'],
  ...['（不涉及的不列）', '按上述格式列示', '绩效目标为必填项', '（无此项的单位请在本表下方说明）', '。。。'],
  ...['增加（减少）', '增长(下降)', '（按实际情况填写）', '（如持平则作持平表述）', '（单位名称）', '（各项目以下同）', '（没有的部门，应当说明）', '【主要原因请填写】', '项目支出 万元'],
  ...['尾差', '尾数误差', '四舍五入', '尾'],
  ...['高水平建成全面建成小康社会', '高水平', '全面建成小康社会', '建成', '习近平新时代中国特色社会主义思想', '全面建设社会主义现代化国家', '预算', '算', '效', '。。', '，，', '……'],
];

const TEXTS = randomStrings(PIECES, 30000, 10, 1919);

/** What cells.ts saysRounding stands for (the rounding statement's words). */
const ROUNDING_WORDS = /尾差|尾数误差|四舍五入/;

describe('text features', () => {
  test.each(BIT_PATTERNS)('%s is set exactly where its plain pattern matches', (_, bit, re) => {
    let set = 0;
    for (const t of TEXTS) {
      const got = (textFeatures(t) & bit) !== 0;
      if (got !== re.test(t)) throw new Error(`${JSON.stringify(t)}: bit ${got}, pattern ${!got}`);
      if (got) set++;
    }
    // the generated texts hold both kinds: the comparison is not empty either way
    expect(set).toBeGreaterThan(100);
    expect(set).toBeLessThan(TEXTS.length);
  });

  test('each word a template pattern needs holds a character of the pattern’s need bit (so a text holding the word has the bit)', () => {
    expect(TEMPLATE_NEED_BITS).toHaveLength(TEMPLATE_PATTERNS.length);
    TEMPLATE_PATTERN_NEEDS.forEach((needs, i) => {
      const bit = TEMPLATE_NEED_BITS[i];
      if (!needs) return expect(bit).toBe(0);
      for (const w of needs) expect([i, w, (textFeatures(w) & bit) !== 0]).toEqual([i, w, true]);
    });
  });

  test('every set phrase’s head (its first three characters, which a near miss keeps) has F_PHRASE and F_PHRASE_END', () => {
    for (const p of SET_PHRASES) expect([p, textFeatures(p.slice(0, 3)) & (F_PHRASE | F_PHRASE_END)]).toEqual([p, F_PHRASE | F_PHRASE_END]);
  });

  test('a text a placeholder pattern matches has F_PLACEHOLDER and the pattern’s bits', () => {
    let matched = 0;
    for (const t of TEXTS) {
      PLACEHOLDERS.forEach(([re], i) => {
        if (!re.test(t)) return;
        matched++;
        const f = textFeatures(t);
        expect([t, i, (f & F_PLACEHOLDER) !== 0, f & PLACEHOLDER_BITS[i]]).toEqual([t, i, true, PLACEHOLDER_BITS[i]]);
      });
    }
    expect(matched).toBeGreaterThan(1000);
  });

  test('a text a template pattern matches has F_TEMPLATE', () => {
    let matched = 0;
    for (const t of TEXTS) {
      if (!TEMPLATE_PATTERNS.some(([, re]) => re.test(t))) continue;
      matched++;
      expect([t, (textFeatures(t) & F_TEMPLATE) !== 0]).toEqual([t, true]);
    }
    expect(matched).toBeGreaterThan(1000);
  });

  test('the per-model features are each distinct text’s', async () => {
    const wb = await readWorkbookFile(FIXTURE_PATHS[0]);
    const texts = documentText(buildModel(wb, recognise(wb)));
    const { texts: distinct } = texts.distinct;
    expect(Array.from(texts.features)).toEqual(distinct.map(textFeatures));
    expect(texts.features).toBe(texts.features);
  });
});

describe('the rules gated by the features answer as before them', () => {
  test('templateHits = the plain one, in prose and in tables', () => {
    let hits = 0;
    for (const t of TEXTS) {
      for (const narrative of [true, false]) {
        const got = templateHits(t, narrative);
        expect([t, narrative, got]).toEqual([t, narrative, plainTemplate.templateHits(t, narrative)]);
        hits += got.length;
      }
    }
    expect(hits).toBeGreaterThan(1000);
  });

  test('placeholderIn = the plain one', () => {
    let hits = 0;
    for (const t of TEXTS) {
      const got = placeholderIn(t);
      expect([t, got]).toEqual([t, plainPlaceholders.placeholderIn(t)]);
      if (got) hits++;
    }
    expect(hits).toBeGreaterThan(1000);
  });

  test('the rounding statement gated by the features = the plain pattern', () => {
    const wrong = TEXTS.filter((t) => saysRoundingWith(t, textFeatures(t)) !== ROUNDING_WORDS.test(t));
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(TEXTS.filter((t) => ROUNDING_WORDS.test(t)).length).toBeGreaterThan(500);
  });

  test('textHits = the plain one (corpus of the texts around)', () => {
    let hits = 0;
    for (let i = 0; i + 50 <= 10000; i += 50) {
      const texts = TEXTS.slice(i, i + 50);
      const corpus = new Corpus(texts);
      const plainCorpus = new plainWording.Corpus(texts);
      for (const t of texts) {
        const got = textHits(t, corpus);
        expect([t, got]).toEqual([t, plainWording.textHits(t, plainCorpus)]);
        hits += got.length;
      }
    }
    expect(hits).toBeGreaterThan(1000);
  });

  test('the comparisons fail when a bit is left out: each bit is needed where it is read', () => {
    // the rules told a text lacks one bit: for each bit, some text then answers otherwise than the plain code
    const corpus = new Corpus([]);
    const plainCorpus = new plainWording.Corpus([]);
    const unneeded: string[] = [];
    for (const [name, bit] of BIT_PATTERNS) {
      const differs = TEXTS.some((t) => {
        const f = textFeatures(t) & ~bit;
        return (
          JSON.stringify(templateHits(t, true, f)) !== JSON.stringify(plainTemplate.templateHits(t, true)) ||
          JSON.stringify(placeholderIn(t, f)) !== JSON.stringify(plainPlaceholders.placeholderIn(t)) ||
          JSON.stringify(textHits(t, corpus, f)) !== JSON.stringify(plainWording.textHits(t, plainCorpus)) ||
          saysRoundingWith(t, f) !== ROUNDING_WORDS.test(t)
        );
      });
      if (!differs) unneeded.push(name);
    }
    expect(unneeded).toEqual([]);
  });

  test.each(FIXTURE_PATHS.map((f) => [path.basename(f), f]))('%s: every text answered as by the plain per-text functions', async (_, file) => {
    const wb = await readWorkbookFile(file);
    const model = buildModel(wb, recognise(wb));
    const texts = documentText(model);
    const { texts: distinct } = texts.distinct;
    // every distinct text of the seed, prose and table, answered as the plain code does
    distinct.forEach((t) => {
      expect(templateHits(t, true)).toEqual(plainTemplate.templateHits(t, true));
      expect(templateHits(t, false)).toEqual(plainTemplate.templateHits(t, false));
      expect(placeholderIn(t)).toEqual(plainPlaceholders.placeholderIn(t));
    });
    expect(runRules(model, [wording])).toEqual(runRules(model, [plainWording.wording]));
  }, 30000);
});

describe('the wording corpus searched without a pattern per word', () => {
  /** The plain search: the word as a pattern with white space allowed between its characters. */
  const spacedPattern = (word: string) => new RegExp(Array.from(word, (c) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join('\\s*'), 'g');

  test('spacedAt = the spaced pattern searched from the same place', () => {
    const texts = randomStrings(['预', '算', '本', '年', ' ', '\u3000', '\t', '\n', '\0', 'a'], 3000, 12, 23);
    const words = ['预算', '算算', '年年', '预算本年', '算本年预', '本', 'a预'].map((w) => [w, spacedPattern(w)] as const);
    let found = 0;
    for (const s of texts) {
      for (const [w, re] of words) {
        for (const from of [0, 1, 3]) {
          re.lastIndex = from;
          const m = from <= s.length ? re.exec(s) : null;
          const want = m ? m.index : -1;
          expect([s, w, from, spacedAt(s, w, from)]).toEqual([s, w, from, want]);
          if (want >= 0) found++;
        }
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  test('holds and pairCount = the plain corpus’s', () => {
    const pieces = randomStrings(['预', '算', '本', '年', ' ', '\n', '\u3000', '\t', 'a'], 900, 9, 29);
    for (let i = 0; i + 9 <= pieces.length; i += 9) {
      const texts = pieces.slice(i, i + 9);
      const corpus = new Corpus(texts);
      const plain = new plainWording.Corpus(texts);
      for (const w of ['预算本年', '算本年预', '预算算本']) expect([texts, w, corpus.holds(w)]).toEqual([texts, w, plain.holds(w)]);
      for (const w of ['年年', '预算', '算算', '本年']) expect([texts, w, corpus.pairCount(w)]).toEqual([texts, w, plain.pairCount(w)]);
    }
  });
});
