/**
 * The rules' allocation cuts (issue 19) against the plain code they replace, kept verbatim under
 * test/check/plain/: the code rules read rows table by table (no {t, r} list, no array of values,
 * no regex per row), judgeName answers the usual case before listing a code's names, nameKey keeps
 * a name that has nothing to change, the wording checks make no closure or regex per text. Each
 * test runs both on the fixtures and on generated input; it fails where they answer otherwise.
 */
import * as path from 'path';
import { buildModel, runRules } from '../../src/core/check';
import { codeDictionary, codeFormat, codeOrder, panelColumn, unitNatureItems } from '../../src/core/check/rules/codes';
import { Corpus, LIST_WORDS, nearListWord, setPhraseMiss, textHits, wording } from '../../src/core/check/rules/wording';
import { documentText } from '../../src/core/check/rules/text-cells';
import { judgeName, nameKey } from '../../src/core/data/lookup';
import { DICTIONARY } from '../../src/core/data/dictionary';
import type { Rule } from '../../src/core/check/types';
import type { CheckModel } from '../../src/core/model/model';
import type { Recognised, TableRow } from '../../src/core/recognize';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import * as plainCodes from './plain/codes';
import * as plainLookup from './plain/lookup';
import * as plainWording from './plain/wording';
import plainExpenditureVsGeneral from './plain/expenditure-vs-general';
import expenditureVsGeneral from '../../src/core/check/rules/expenditure-vs-general';
import plainGeneralVsProjects from './plain/general-vs-projects';
import generalVsProjects from '../../src/core/check/rules/general-vs-projects';
import plainFiscalVsFunds from './plain/fiscal-vs-funds';
import fiscalVsFunds from '../../src/core/check/rules/fiscal-vs-funds';
import { buildWorkbook, type SheetSpec } from './rule-tester';
import { basicTable, expenditureTable, generalTable, narrativeSheet } from './tables';
import { randomStrings } from '../support/random-strings';
import { onlySingleSpaces } from '../../src/core/checklist/evaluate';
import Decimal from 'decimal.js';
import { halfUnit } from '../../src/core/amount';
import type { Q } from '../../src/core/model/quantity';
import { SumWords, childrenOf, functionRowByCode, functionRows, moneyKeys, qtys } from '../../src/core/check/rules/helpers';
import { qty } from '../../src/core/model/quantity';
import { QUANTITY_KEYS } from '../../src/core/recognize/columns';

const FIXTURES = [
  '2022-dongxihu-ybj-budget',
  '2023-huangpi-ybfwzx-budget',
  '2024-huangpi-ybfwzx-final',
  '2025-caidian-ybj-budget',
  '2026-qingshan-ybfwzx-budget',
  'real/2017-jiangsu-jianchayuan-budget',
  'real/2019-jiangsu-jianchayuan-budget',
  'real/2024-shanghai-putuo-czj-final-testbad',
  'real/2024-shanghai-template-final',
];

const PAIRS: [Rule, Rule][] = [
  [codeFormat, plainCodes.codeFormat],
  [codeDictionary, plainCodes.codeDictionary],
  [unitNatureItems, plainCodes.unitNatureItems],
  [codeOrder, plainCodes.codeOrder],
  [wording, plainWording.wording],
  [expenditureVsGeneral, plainExpenditureVsGeneral],
  [generalVsProjects, plainGeneralVsProjects],
  [fiscalVsFunds, plainFiscalVsFunds],
];
/** Rules the generated coded tables need not make report (they have no project or fiscal tables). */
const QUIET = new Set<Rule>([wording, generalVsProjects, fiscalVsFunds]);

/** Both rules' findings, skips and runs on one model. */
function expectSame(model: CheckModel, rule: Rule, plain: Rule): number {
  const got = runRules(model, [rule]);
  expect(got).toEqual(runRules(model, [plain]));
  return got.findings.length;
}

describe('the rules as their plain versions', () => {
  test.each(FIXTURES)('%s', async (name) => {
    const wb = await readWorkbookFile(path.join(__dirname, '../fixtures', `${name}.xlsx`));
    const model = buildModel(wb, recognise(wb));
    for (const [rule, plain] of PAIRS) expectSame(model, rule, plain);
  }, 60000);

  // generated tables: codes of every length, out of order, under wrong parents, with old, cut,
  // spaced and bracketed names, in side-by-side panels; narratives of doubled characters and phrases
  const codes = DICTIONARY.filter((e, i) => i % 7 === 0);
  const pick = (s: string, k: number) => (s.charCodeAt(k % Math.max(1, s.length)) || 0) + k;
  const names = (s: string, e: (typeof codes)[number]) => [e.name, e.name.slice(0, 4), ` ${e.name} `, `${e.name}（项）`, `${e.name}(款)`, s, ''][pick(s, 3) % 7];
  const codeOf = (s: string, e: (typeof codes)[number]) => [e.code, e.code.slice(0, 6), `${e.code}1`, e.code.slice(0, 3), e.code][pick(s, 5) % 5];
  test('generated coded tables', () => {
    const found = PAIRS.map(() => 0);
    const strings = randomStrings(['行政运行', '事业运行', '支出', ' ', '（', '）', '项', '医疗', '保障'], 60, 4, 7);
    for (let n = 0; n < 12; n++) {
      const rows: [string, string, number, number, number][] = [];
      const econ: [string, string, number, number, number][] = [];
      for (let k = 0; k < 14; k++) {
        const s = strings[(n * 14 + k) % strings.length];
        const e = codes[(n * 31 + k * 17 + pick(s, k)) % codes.length];
        (e.scheme === 'function' ? rows : econ).push([codeOf(s, e), names(s, e), (k % 3) + 1, k % 3 ? 1 : 2, k % 3]);
      }
      const year = 2015 + (n % 12);
      const sheets: SheetSpec[] = [
        expenditureTable(rows, { title: `${year}年部门支出总表` }),
        generalTable(rows.map(([c, m], k) => [c, m, k % 4 ? 1 : 3, 1, 1, 0, k % 4 ? 0 : 2]), { title: `${year}年一般公共预算支出表` }),
        basicTable(econ, { title: `${year}年一般公共预算基本支出表` }),
        narrativeSheet(n % 2 ? ['本部门下属事业单位 2 个', '单位性质：行政单位'] : ['事业单位', '武汉市江城区医疗保障服务中心']),
      ];
      const model = buildModel(buildWorkbook(sheets), recognise(buildWorkbook(sheets)));
      PAIRS.forEach(([rule, plain], i) => (found[i] += expectSame(model, rule, plain)));
    }
    // every rule but wording found something in the generated tables: the comparison is not of empty lists
    expect(found.filter((n, i) => !QUIET.has(PAIRS[i][0]) && n === 0)).toEqual([]);
  });

  test('generated narratives', () => {
    const pieces = ['预算', '算', '年', '年年', '2025', ' ', '。', '。。', '，', '；', '高水平', '全面建成', '小康社会', '建成', '与上年相', '比', '支出收入', '10', '主要包括：', '奖金、资金、', '效效指标', '层层', '项', '（项）', '主要用于'];
    let found = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const paragraphs = randomStrings(pieces, 40, 12, seed);
      const sheets = [narrativeSheet(paragraphs.map((p) => p || '一、概况')), expenditureTable([['210', '卫生健康支出', 1, 1, 0]])];
      const wb = buildWorkbook(sheets);
      found += expectSame(buildModel(wb, recognise(wb)), wording, plainWording.wording);
    }
    expect(found).toBeGreaterThan(20);
  });
});

describe('the wording checks text by text', () => {
  const pieces = ['高', '全', '习', '高水平', '全面建成', '建成', '小康社会', '社会', '习近平新时代中国特色社会主义思想', '新时代', ' ', '\u3000', '。', '，', '。。', '与去年相', '比', '……', '1', '年', '年年'];
  const texts = randomStrings(pieces, 3000, 10, 23);
  test('setPhraseMiss', () => {
    for (const t of [...texts, '高水平建成全面建成小康社会', '高 水平建成全面建成小康社会', '全面建设社会主义现代化国家']) expect(setPhraseMiss(t)).toEqual(plainWording.setPhraseMiss(t));
    expect(setPhraseMiss('高水平建成全面建成小康社会')).not.toBeNull();
  });
  test('textHits', () => {
    const corpus = new Corpus(texts);
    const plainCorpus = new plainWording.Corpus(texts);
    let hits = 0;
    for (const t of texts) {
      const got = textHits(t, corpus);
      expect(got).toEqual(plainWording.textHits(t, plainCorpus));
      hits += got.length;
    }
    expect(hits).toBeGreaterThan(100);
  });
  test('nearListWord: the list word at edit distance 1 with the same last character', () => {
    // the plain search, verbatim: an edit-distance matrix per word of the item's length
    function distance(a: string, b: string): number {
      const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
      for (let j = 1; j <= b.length; j++) d[0][j] = j;
      for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      return d[a.length][b.length];
    }
    const plain = (item: string) => LIST_WORDS.find((w) => w.length === item.length && distance(w, item) === 1 && w.slice(-1) === item.slice(-1));
    const chars = [...new Set(LIST_WORDS.join(''))];
    const items = [...randomStrings(chars, 3000, 5, 3), ...LIST_WORDS, ...LIST_WORDS.map((w) => `资${w.slice(1)}`), ...LIST_WORDS.map((w) => `${w.slice(0, -1)}金`), '资金', '奖金', '办公楼', '差旅费'];
    let near = 0;
    for (const item of items) {
      expect(nearListWord(item)).toBe(plain(item));
      if (plain(item)) near++;
    }
    expect(near).toBeGreaterThan(30);
  });

  test('a corpus keeps the strings it is given, and reads objects as their texts', () => {
    const strings = ['预算算本年', '预算本年'];
    expect(new Corpus(strings).text).toBe(new plainWording.Corpus(strings).text);
    expect(new Corpus(strings.map((text) => ({ text }))).text).toBe('预算算本年\n预算本年');
  });
});

describe('the dictionary look-ups', () => {
  test('nameKey as its patterns', () => {
    const pieces = ['行政运行', '（', '）', '(', ')', '项', '类', '款', ' ', '\u3000', '\u00a0', '\t', 'a'];
    const inputs = [...randomStrings(pieces, 4000, 6, 5), ...DICTIONARY.map((e) => e.name), '', ')', '（项）', '行政运行（项）', '行政运行(项) '];
    for (const s of inputs) expect(nameKey(s)).toBe(plainLookup.nameKey(s));
  });

  test('judgeName as before, every entry’s name and its variants in every year', () => {
    const years = [null, 2014, 2017, 2019, 2021, 2022, 2023, 2024, 2025, 2026, 2030];
    const byCode = new Map<string, typeof DICTIONARY>();
    for (const e of DICTIONARY) byCode.set(`${e.scheme}|${e.code}`, [...(byCode.get(`${e.scheme}|${e.code}`) ?? []), e]);
    let verdicts = new Set<string>();
    for (const e of DICTIONARY) {
      const other = DICTIONARY[(DICTIONARY.indexOf(e) * 13 + 5) % DICTIONARY.length];
      for (const printed of [e.name, ` ${e.name}`, e.name.slice(0, 4), e.name.slice(0, 2), `${e.name}（项）`, other.name, e.name.replace(/\(/g, '（')]) {
        for (const year of years) {
          const v = judgeName(e.scheme, e.code, printed, year);
          expect(v).toEqual(plainLookup.judgeName(e.scheme, e.code, printed, year));
          verdicts.add(v.status);
        }
      }
    }
    expect(judgeName('function', '9999999', '无', 2024)).toEqual(plainLookup.judgeName('function', '9999999', '无', 2024));
    expect([...verdicts].sort()).toEqual(['ok', 'old', 'other-year', 'truncated', 'unknown-name', 'wrong'].filter((s) => verdicts.has(s)).sort());
    verdicts = new Set([...verdicts].filter((s) => s !== 'unknown-name'));
    expect(verdicts.size).toBeGreaterThanOrEqual(4);
  });
});

describe('panelColumn', () => {
  const row = (values: Record<string, { cell: string }>) => ({ values }) as unknown as TableRow;
  const plain = (r: TableRow) => (Object.values(r.values)[0]?.cell ?? '').replace(/\d+$/, '');
  test('the first value cell’s letters, as the plain expression', () => {
    const cells = randomStrings(['A', 'B', 'AA', '1', '12', '0', '$'], 500, 4, 11);
    for (let i = 0; i < cells.length; i++) {
      const r = row(i % 5 === 0 ? {} : { [`k${i % 3}`]: { cell: cells[i] }, '2024': { cell: cells[(i + 1) % cells.length] }, z: { cell: 'Q9' } });
      expect(panelColumn(r)).toBe(plain(r));
    }
  });
});

describe('the document’s texts in a large workbook', () => {
  test('past the pre-sized length: grown, the same texts', () => {
    const rows: string[][] = Array.from({ length: 4000 }, (_, r) => [`第${r}行`, ' ', `甲${r % 7}`, r % 2 ? '乙' : '']);
    const wb = buildWorkbook([{ name: '表1', rows: [['收支总表'], ...rows] }]);
    const texts = documentText(buildModel(wb, recognise(wb)));
    const expected = [...rows.flatMap((r) => r.filter((t) => t.trim() !== ''))];
    expect(texts.length).toBe(expected.length + 1);
    expect(texts.text).toEqual(['收支总表', ...expected]);
    expect(texts.at(texts.length - 1)).toEqual({ sheet: '表1', cell: 'D4001', text: '乙', narrative: false });
    // an external narrative: its paragraphs after the cells, also in a grown array
    const paragraphs = Array.from({ length: 300 }, (_, k) => ({ text: `第${k}段`, file: '说明.docx', paragraph: k + 1 }));
    const withDoc = documentText(buildModel(wb, recognise(wb), undefined, { source: '说明.docx', paragraphs }));
    expect(withDoc.text).toEqual(['收支总表', ...expected, ...paragraphs.map((p) => p.text)]);
    expect(withDoc.at(withDoc.length - 1)).toEqual({ ...paragraphs[299], narrative: true });
    expect(withDoc.narrative(expected.length)).toBe(false);
    expect(withDoc.narrative(expected.length + 1)).toBe(true);
  });
});

describe('ctx.sum with words made on demand (SumWords)', () => {
  const q = (value: string, cell: string): Q => ({ value: new Decimal(value), half: halfUnit(2), decimals: 2, sheet: 'S', cell, label: value });
  const cases: [string, string[]][] = [['3.00', ['1.00', '2.00']], ['3.00', ['1.00', '2.01']], ['3.00', ['1.00', '2.50']], ['0.00', []]];
  const row = (code: string) => ({ code, name: `科目${code}` }) as TableRow;
  test('the same findings as the words given at once; made only for a relation that does not hold', () => {
    const wb = buildWorkbook([expenditureTable([['210', '卫生健康支出', 1, 1, 0]])]);
    const model = buildModel(wb, recognise(wb));
    let made = 0;
    const subject = (r: TableRow, key: string) => `支出总表 ${r.code} ${r.name}（${key}）`;
    const lazy: Rule = {
      meta: { ...codeFormat.meta, id: 'test/lazy' },
      check: (ctx) => {
        const words = new SumWords((r, key) => (made++, subject(r, key)), () => '其下各款合计');
        cases.forEach(([t, ps], i) => ctx.sum(q(t, `A${i}`), ps.map((p, k) => q(p, `B${k}`)), words.at(row(`20${i}`), `列${i}`)));
      },
    };
    const eager: Rule = {
      meta: { ...codeFormat.meta, id: 'test/lazy' },
      check: (ctx) => cases.forEach(([t, ps], i) => ctx.sum(q(t, `A${i}`), ps.map((p, k) => q(p, `B${k}`)), { subject: subject(row(`20${i}`), `列${i}`), parts: '其下各款合计' })),
    };
    const got = runRules(model, [lazy]);
    expect(got).toEqual(runRules(model, [eager]));
    // 1 + 2.01 is a 尾差, 1 + 2.50 an error: words for each, none for the two that hold
    expect(got.findings.map((f) => f.category)).toEqual(['compliance', 'rounding']);
    expect(got.findings[0].message).toContain('支出总表 202 科目202（列2）');
    expect(made).toBe(2);
  });
});

describe('childrenOf and functionRows, indexed once per table; qtys', () => {
  const plainChildren = (t: Recognised, row: TableRow, type: TableRow['type'] = row.type) => (row.code ? t.rows.filter((r) => r.parent && `${r.type}|${r.parent}` === `${type}|${row.code}`).filter((r) => r !== row) : []);
  const plainMoneyKeys = (t: Recognised): string[] => {
    const keys: string[] = [];
    for (const c of t.columns) {
      if (!c.key || QUANTITY_KEYS.has(c.key) || /(单价|数量|编制数|行次|栏次|占比)/.test(c.key)) continue;
      if (!keys.includes(c.key) && t.rows.some((r) => r.values[c.key as string])) keys.push(c.key);
    }
    return keys;
  };
  test.each(FIXTURES)('%s', async (name) => {
    const wb = await readWorkbookFile(path.join(__dirname, '../fixtures', `${name}.xlsx`));
    let kids = 0;
    for (const t of recognise(wb).tables) {
      expect(functionRows(t)).toEqual(t.rows.filter((r) => r.type === 'function' && r.code));
      expect(functionRows(t)).toBe(functionRows(t));
      expect(moneyKeys(t)).toEqual(plainMoneyKeys(t));
      expect(moneyKeys(t)).toBe(moneyKeys(t));
      for (const r of t.rows) if (r.code) expect(functionRowByCode(t, r.code)).toBe(functionRows(t).find((x) => x.code === r.code));
      expect(functionRowByCode(t, 'none')).toBeUndefined();
      for (const row of t.rows) {
        for (const type of ['function', 'economic', row.type] as const) {
          const got = childrenOf(t, row, type);
          expect(got).toEqual(plainChildren(t, row, type));
          kids += got.length;
        }
      }
    }
    expect(kids).toBeGreaterThan(0);
  }, 30000);
  test('qtys as the plain loop, below and past the pre-sized length', () => {
    const plain = (t: Recognised, rows: TableRow[], key: string): Q[] | null => {
      const out: Q[] = [];
      for (const r of rows) {
        const v = qty(t, r, key);
        if (!v) return null;
        out.push(v);
      }
      return out;
    };
    const rows: [string, string, number, number, number][] = Array.from({ length: 8300 }, (_, i) => [`2${String(i % 99).padStart(2, '0')}`, `科目${i}`, i, i, 0]);
    const wb = buildWorkbook([expenditureTable(rows), expenditureTable(rows.slice(0, 30).map((r, i) => (i === 7 ? [r[0], r[1], '甲', 1, 0] : r)), { sheet: '表3-2' })]);
    let some = 0;
    for (const t of recognise(wb).tables) {
      for (const key of moneyKeys(t)) {
        for (const list of [t.rows, t.rows.slice(0, 20), t.rows.slice(3, 9), []]) {
          const got = qtys(t, list, key);
          expect(got).toEqual(plain(t, list, key));
          if (got && got.length > 8192) some++;
        }
      }
    }
    expect(some).toBeGreaterThan(0);
  }, 60000);

  test('a row listed as its own child is left out', () => {
    const rows = [{ type: 'function', code: '210', parent: '210' }, { type: 'function', code: '21001', parent: '210' }] as TableRow[];
    const t = { rows } as unknown as Recognised;
    expect(childrenOf(t, rows[0])).toEqual([rows[1]]);
    expect(childrenOf(t, rows[1])).toEqual([]);
  });
});

describe('the checklist’s clipped messages', () => {
  test('onlySingleSpaces: exactly where collapsing white-space runs to one space changes nothing', () => {
    const texts = [...randomStrings(['支出', ' ', '  ', '\t', '\n', '\u3000', '\u00a0', 'A', '1'], 5000, 6, 9), '', ' ', 'a b', 'a  b', 'a\tb', ' a ', 'a \u3000b'];
    let single = 0;
    for (const t of texts) {
      expect(onlySingleSpaces(t)).toBe(t.replace(/\s+/g, ' ') === t);
      if (onlySingleSpaces(t) && t.includes(' ')) single++;
    }
    expect(single).toBeGreaterThan(100);
  });
});
