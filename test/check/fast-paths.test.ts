/**
 * The checks' and the tie-out's shortcuts (issue 19) against the plain expressions they replace:
 * each is run on many strings built from the characters its patterns care about, and on the edge
 * cases by name; a shortcut that answers otherwise than the plain expression fails here.
 */
import { PLACEHOLDER_BITS, PLACEHOLDERS } from '../../src/core/check/rules/text';
import { F_PLACEHOLDER, textFeatures } from '../../src/core/check/rules/text-features';
import { saysRounding } from '../../src/core/check/rules/cells';
import { NOTE, TOPIC } from '../../src/core/check/rules/empty-table-note';
import { Corpus } from '../../src/core/check/rules/wording';
import { mentionsPerformance } from '../../src/core/check/rules/narrative-text';
import { CLASSIFICATION_CODES } from '../../src/core/data/classification';
import { headingTitle, lastMatch, trailingMarker, type Claim } from '../../src/core/narrative/analyse';
import { functionName } from '../../src/core/narrative/lexicon';
import { sentences, tokensOf } from '../../src/core/narrative/tokens';
import { paragraphLocation } from '../../src/core/narrative/source';
import { findingFingerprint, fingerprintOf, locKeys, shortHash } from '../../src/core/check/fingerprint';
import { randomStrings } from '../support/random-strings';


describe('narrative tie-out shortcuts', () => {
  test('sentences() by character code = the search of 。；;！!？? by string', () => {
    const plain = (text: string) => {
      const out: { start: number; end: number }[] = [];
      let start = 0;
      for (let i = 0; i < text.length; i++) {
        if ('。；;！!？?'.includes(text[i])) {
          out.push({ start, end: i + 1 });
          start = i + 1;
        }
      }
      if (start < text.length) out.push({ start, end: text.length });
      return out;
    };
    const texts = randomStrings(['。', '；', ';', '！', '!', '？', '?', '，', 'a', '支', ' ', '.', '\n'], 3000, 14);
    for (const t of texts) expect(sentences(t)).toEqual(plain(t));
    expect(sentences('收入 10 万元。支出 8 万元；结余 2 万元')).toEqual([{ start: 0, end: 9 }, { start: 9, end: 17 }, { start: 17, end: 24 }]);
  });

  test('a token’s printed text: white space made one space only where there is some', () => {
    const texts = ['收入 10 万元', '收入 10\u3000万元，支出 8\u00a0%', '共 3 \t 辆', '2025年', '收入10万元', '１２．５ 万元'];
    for (const t of texts) for (const tok of tokensOf(t)) expect(tok.text).toBe(t.slice(tok.start, tok.end).replace(/\s+/g, ' '));
    expect(tokensOf('收入 10\u3000万元')[0].text).toBe('10 万元');
  });

  test('headingTitle = rest.split(separator or digit)[0].trim()', () => {
    const texts = randomStrings(['部', '门', ':', '：', '，', ',', '。', '；', ';', '1', '2', ' ', '\u3000', '年'], 3000, 12);
    for (const t of texts) expect(headingTitle(t)).toBe(t.split(/[:：，,。；;]|\d/)[0].trim());
    expect(headingTitle(' 部门预算情况：收入 1 万元')).toBe('部门预算情况');
    expect(headingTitle('1 项')).toBe('');
  });

  test('lastMatch = [...s.matchAll(re)].pop(), also when the pattern was used before', () => {
    const re = /(其中|主要包括|包括|分别是|分别为|主要用于|主要是|如下)\s*[:：]?|[:：]/g;
    const texts = randomStrings(['其', '中', '包', '括', '主', '要', '是', '如', '下', ':', '：', ' ', '费'], 3000, 12);
    for (const t of texts) {
      re.lastIndex = 3; // left over from an earlier use: must not matter
      const got = lastMatch(re, t);
      const want = [...t.matchAll(re)].pop();
      expect(got?.index).toBe(want?.index);
      expect(got?.[0]).toBe(want?.[0]);
    }
  });

  test('trailingMarker = the trailing list-marker pattern on the trimmed text (checked by its last character first)', () => {
    const re = /(其中|包括|如下|用于|分别是|分别为|主要是)\s*[:：]?\s*$/;
    const texts = randomStrings(['其', '中', '包', '括', '如', '下', '用', '于', '分', '别', '是', '为', '主', '要', ' ', ':', '：', '，', '\n'], 5000, 10);
    texts.push('', ' ', '支出如下：', '具体情况如下 ：  ', '分别为', '主要是\n');
    for (const t of texts) expect(trailingMarker(t)?.[0]).toBe(re.exec(t.trim())?.[0]);
    expect(trailingMarker('其中：')?.[0]).toBe('其中：');
  });

  test('the dictionary’s name of a function code: the first entry, as Array.find gives it', () => {
    const codes = [...new Set(CLASSIFICATION_CODES.filter((c) => c.scheme === 'function').map((c) => c.code))];
    expect(codes.length).toBeGreaterThan(30);
    for (const code of codes) expect(functionName(code)).toBe(CLASSIFICATION_CODES.find((c) => c.scheme === 'function' && c.code === code)?.name);
    expect(functionName('999')).toBeUndefined();
    expect(functionName('201')).toBe('一般公共服务支出');
  });
});

describe('check shortcuts', () => {
  test('the wording corpus, text by text, answers as the joined text without white space did', () => {
    const plainText = (texts: { text: string }[]) => texts.map((t) => t.text.replace(/\s+/g, '')).join('\n');
    const count = (text: string, w: string) => {
      let n = 0;
      for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) n++;
      return n;
    };
    const pieces = randomStrings(['预', '算', ' ', '\n', '\u3000', '\t', '年', 'a'], 600, 8);
    const words = ['预算算', '算预', '预算', '年年', '算算预算', '年预算'];
    for (let i = 0; i + 6 <= pieces.length; i += 6) {
      const texts = pieces.slice(i, i + 6).map((text) => ({ text }));
      const joined = plainText(texts);
      const corpus = new Corpus(texts);
      expect(corpus.text).toBe(joined);
      for (const w of words) {
        expect(corpus.holds(w)).toBe(joined.includes(w));
        if (w.length === 2) expect(corpus.pairCount(w)).toBe(count(joined, w));
      }
    }
    expect(new Corpus([{ text: '预 算' }, { text: '算预' }]).holds('算算')).toBe(false);
    expect(new Corpus([{ text: '预 算\n算' }]).holds('算算')).toBe(true);
  });

  test('every placeholder pattern’s match has the placeholder features (F_PLACEHOLDER and the pattern’s bits)', () => {
    const texts = randomStrings(['X', '×', '＿', '_', '—', '-', ' ', '年', '根', '据', '请', '按', '照', '填', '写', '（', '该', '项', '名', '词', '解', '释', '一', '）', '其', '他', '专', '用'], 20000, 10);
    texts.push('XX', '__ 年', '— 年', '-- 年', '根据本部门情况进行简要说明', '请依据实际填写', '（该项名词解释', '（一）其他专用名词。');
    let matched = 0;
    for (const t of texts) {
      const i = PLACEHOLDERS.findIndex(([re]) => re.test(t));
      if (i < 0) continue;
      matched++;
      const f = textFeatures(t);
      expect([t, (f & F_PLACEHOLDER) !== 0, f & PLACEHOLDER_BITS[i]]).toEqual([t, true, PLACEHOLDER_BITS[i]]);
    }
    expect(matched).toBeGreaterThan(100);
  });

  test('mentionsPerformance = /绩效/ on the section titles joined with the paragraph before the figure', () => {
    const pieces = randomStrings(['绩', '效', '目', '标', '/', ' '], 4000, 5);
    for (let i = 0; i + 3 <= pieces.length; i += 3) {
      const scope = [pieces[i], pieces[i + 1]].filter((s) => s.length > 0);
      const text = `${pieces[i + 2]}资金 10 万元`;
      const start = text.indexOf('10');
      const c = { scope, p: { text }, token: { start } } as unknown as Claim;
      expect(mentionsPerformance(c)).toBe(/绩效/.test(c.scope.join('/') + text.slice(0, start)));
    }
    // the word across the join: a title ending in 绩, a paragraph starting with 效
    const across = { scope: ['五、项目绩'], p: { text: '效目标资金 10 万元' }, token: { start: 7 } } as unknown as Claim;
    expect(mentionsPerformance(across)).toBe(true);
  });
});

describe('the engine’s finding identity', () => {
  test('fingerprintOf with the locations’ key made once = findingFingerprint = the hash of rule, cells and masked message', () => {
    const locations = [
      { sheet: '表1', cell: 'B7' },
      { sheet: '', cell: '', file: '情况说明.docx', paragraph: 3 },
    ];
    const message = '合计 1,234.56 ≠ 各项之和 -12.3';
    const want = shortHash(`narrative/amounts|表1!B7,情况说明.docx#3|合计 # ≠ 各项之和 #`);
    expect(findingFingerprint('narrative/amounts', locations, message)).toBe(want);
    expect(fingerprintOf('narrative/amounts', locKeys(locations), message)).toBe(want);
  });
});

describe('a paragraph’s location', () => {
  test('the same keys, in the same order, as the spread of the paragraph’s base location', () => {
    const inBook = { text: 'x', sheet: '情况说明', cell: 'A5' };
    const inDoc = { text: 'x', file: '情况说明.docx', paragraph: 4 };
    expect(JSON.stringify(paragraphLocation(inBook))).toBe(JSON.stringify({ sheet: '情况说明', cell: 'A5' }));
    expect(JSON.stringify(paragraphLocation(inBook, 2, 6))).toBe(JSON.stringify({ sheet: '情况说明', cell: 'A5', start: 2, end: 6 }));
    expect(Object.keys(paragraphLocation(inBook, 2))).toEqual(['sheet', 'cell', 'start', 'end']);
    expect(JSON.stringify(paragraphLocation(inDoc, 1, 3))).toBe(JSON.stringify({ sheet: '', cell: '', file: '情况说明.docx', paragraph: 4, start: 1, end: 3 }));
    expect(JSON.stringify(paragraphLocation(inDoc))).toBe(JSON.stringify({ sheet: '', cell: '', file: '情况说明.docx', paragraph: 4 }));
  });
});

describe('the 尾差 statement', () => {
  test('saysRounding = /尾差|尾数误差|四舍五入/', () => {
    const texts = randomStrings(['尾', '差', '数', '误', '四', '舍', '五', '入', '金', ' '], 4000, 6);
    for (const t of texts) expect(saysRounding(t)).toBe(/尾差|尾数误差|四舍五入/.test(t));
  });
});

describe('the empty-table note in the narrative', () => {
  test('the paragraph pre-test (topic and note in the whole paragraph) never drops a paragraph with such a sentence', () => {
    const texts = randomStrings(['政府性基金', '三公', '无', '支出', '没有', '为零', '。', '；', '预算', '本单位', 'X'], 20000, 7);
    let said = 0;
    for (const topic of Object.values(TOPIC)) {
      for (const t of texts) {
        const bySentence = t.split(/[。；]/).some((s) => topic!.test(s) && NOTE.test(s));
        if (bySentence) said++;
        expect(topic!.test(t) && NOTE.test(t) && bySentence).toBe(bySentence);
        if (bySentence) expect(topic!.test(t) && NOTE.test(t)).toBe(true);
      }
    }
    expect(said).toBeGreaterThan(100);
  });
});
