/**
 * documentFacts remembers what each head text gives (its facts without the sheet and cell), one memo
 * for table sheets and one for narratives (issue 19, ninth pass). The evidence must be the plain
 * scan's, field for field and in order (compared as JSON), when every text is new, when it is
 * remembered from an earlier sheet or workbook, and when the same text stands in both kinds of sheet.
 */
import * as path from 'path';
import { documentFacts } from '../../src/core/facts';
import { createSheet, makeCell, putCell, type Workbook } from '../../src/core/workbook';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { Rng } from '../support/department/rng';
import { plainDocumentFacts } from './plain/document-facts';

const json = (x: unknown): string => JSON.stringify(x);

test.each(FIXTURE_PATHS.map((f) => [path.basename(f), f]))('%s: the plain scan\'s facts, first run and remembered', async (_name, file) => {
  const wb = await readWorkbookFile(file);
  const plain = json(plainDocumentFacts(wb));
  expect(json(documentFacts(wb))).toBe(plain);
  expect(json(documentFacts(wb))).toBe(plain);
});

function wbOf(sheets: Record<string, string[][]>): Workbook {
  return {
    source: 't',
    sheets: Object.entries(sheets).map(([name, rows], i) => {
      const s = createSheet(name, i);
      rows.forEach((r, ri) => r.forEach((v, ci) => v && putCell(s, makeCell({ row: ri + 1, col: ci + 1, value: v }))));
      return s;
    }),
  };
}

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
    const wb = wbOf(sheets);
    const got = documentFacts(wb);
    expect(json(got)).toBe(json(plainDocumentFacts(wb)));
    evidence += got.evidence.length;
  }
  expect(evidence).toBeGreaterThan(300);
});
