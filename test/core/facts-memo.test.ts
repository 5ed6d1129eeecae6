/**
 * documentFacts remembers what each head text gives (its facts without the sheet and cell), one memo
 * for table sheets and one for narratives (issue 19, ninth pass). The evidence must be the plain
 * scan's, field for field and in order (compared as JSON), when every text is new, when it is
 * remembered from an earlier sheet or workbook, and when the same text stands in both kinds of sheet.
 */
import * as path from 'path';
import { documentFacts } from '../../src/core/facts';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { Rng } from '../support/department/rng';
import { plainDocumentFacts } from './plain/document-facts';
import { textWorkbook } from '../support/text-workbook';

const json = (x: unknown): string => JSON.stringify(x);

test.each(FIXTURE_PATHS.map((f) => [path.basename(f), f]))('%s: the plain scan\'s facts, first run and remembered', async (_name, file) => {
  const wb = await readWorkbookFile(file);
  const plain = json(plainDocumentFacts(wb));
  expect(json(documentFacts(wb))).toBe(plain);
  expect(json(documentFacts(wb))).toBe(plain);
});

const PIECES = ['2025', '年', '年度', '部门预算', '决算', '预算', '收支总表', '公开', '说明', '单位', '：', ':', '万元', '元', '黄陂区医疗保障局', '中心', ' ', '\u3000', '\t', '注：', '表 6.', '一、', '本表反映', '083003-', '情况', '算'];

test('generated texts, each in a table sheet and a narrative, repeated across workbooks: the plain scan\'s facts', () => {
  const r = new Rng(1919);
  const pick = () => PIECES[Math.floor(r.unit() * PIECES.length)];
  // a small pool of texts: most lookups after the first workbooks are remembered ones
  const pool = Array.from({ length: 120 }, () => Array.from({ length: 1 + Math.floor(r.unit() * 7) }, pick).join(''));
  let evidence = 0;
  for (let n = 0; n < 300; n++) {
    const rows = Array.from({ length: 10 }, () => Array.from({ length: 3 }, () => (r.unit() < 0.7 ? pool[Math.floor(r.unit() * pool.length)] : '')));
    // the narrative sheet comes first in every other workbook: neither memo is filled by the other's texts
    const sheets = n % 2 ? { 情况说明: rows.map((x) => [x[0]]), 表1: rows } : { 表1: rows, 情况说明: rows.map((x) => [x[0]]) };
    const wb = textWorkbook(sheets);
    const got = documentFacts(wb);
    expect(json(got)).toBe(json(plainDocumentFacts(wb)));
    evidence += got.evidence.length;
  }
  expect(evidence).toBeGreaterThan(300);
});

/** Head texts that give conflicting facts from each source: labels, titles and narrative headings. */
const LABELS = ['单位名称：黄陂区医疗保障局', '部门：武汉市某中心', '单位：万元', '金额单位：元', '编制单位：083003-某某站'];
const TITLES = ['2025年黄陂区医疗保障局部门预算收支总表', '2024年度武汉市某中心部门决算表', '2025 年部门预算公开', '部门决算公开', '表 6. 2023年某某站预算表'];
const HEADINGS = ['第三部分 2024 年部门预算情况说明', '一、2025年度部门决算情况说明', '2023年预算公开'];

test('generated evidence in conflict between labels, titles and headings: the plain scan\'s choice', () => {
  const r = new Rng(4242);
  const some = (xs: string[]) => Array.from({ length: Math.floor(r.unit() * 4) }, () => xs[Math.floor(r.unit() * xs.length)]);
  const chosen = new Set<string>();
  for (let n = 0; n < 400; n++) {
    const table = [...some(LABELS), ...some(TITLES)].map((t) => [t]);
    const wb = textWorkbook({ 表1: table, 表2: some([...LABELS, ...TITLES]).map((t) => [t]), 情况说明: some(HEADINGS).map((t) => [t]) });
    const got = documentFacts(wb);
    expect(json(got)).toBe(json(plainDocumentFacts(wb)));
    chosen.add(`${got.kind} ${got.year} ${got.unit} ${got.moneyUnit}`);
  }
  expect(chosen.size).toBeGreaterThan(50);
});
