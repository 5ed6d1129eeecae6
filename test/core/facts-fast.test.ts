/**
 * documentFacts passes over cells that cannot give a fact and copies a text only when it has white
 * space (issue 19: speed). The facts and their evidence must be those of the plain scan it replaced
 * (test/core/plain/document-facts.ts, verbatim), on every fixture and on texts made to hit each shortcut's edge.
 */
import * as path from 'path';
import { documentFacts, type DocumentFacts } from '../../src/core/facts';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { plainDocumentFacts } from './plain/document-facts';
import { Rng } from '../support/department/rng';
import { textWorkbook } from '../support/text-workbook';

// the plain scan, as it was before the shortcuts: test/core/plain/document-facts.ts

const files = FIXTURE_PATHS;

test.each(files.map((f) => [path.basename(f), f]))('%s: the same facts and evidence as the plain scan', async (_name, file) => {
  const wb = await readWorkbookFile(file);
  const got = documentFacts(wb);
  expect(got).toEqual(plainDocumentFacts(wb));
  expect(got.evidence.length).toBeGreaterThan(0);
});

/** Texts at the shortcuts' edges: no 算 / no colon / full-width colon / white space of every kind / 注. */
const PIECES = ['2025', '年', '年度', '部门预算', '决算', '预算', '收支总表', '公开', '说明', '单位', '：', ':', '万元', '元', '黄陂区医疗保障局', '中心', ' ', '\u3000', '\u00a0', '\t', '\n', '注', '备注', '注：', '表 6.', '一、', '本表反映', '083003-', '情况', '算'];

/** mulberry32 numbers in [0, 1) (test/support/department/rng.ts). */
const rng = (seed: number): (() => number) => {
  const r = new Rng(seed);
  return () => r.unit();
};

test('generated titles, unit lines and notes: the same facts as the plain scan', () => {
  const next = rng(19);
  const text = () => Array.from({ length: 1 + Math.floor(next() * 8) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
  let evidence = 0;
  for (let n = 0; n < 600; n++) {
    const rows = Array.from({ length: 12 }, () => Array.from({ length: 3 }, () => (next() < 0.7 ? text() : '')));
    // a table sheet (8 head rows) and a narrative sheet (headings, up to 400 rows)
    const wb = textWorkbook({ 表1: rows, 情况说明: rows.map((r) => [r[0]]) });
    const got: DocumentFacts = documentFacts(wb);
    expect(got).toEqual(plainDocumentFacts(wb));
    evidence += got.evidence.length;
  }
  // the generated texts do give facts (the comparison is not of empty lists)
  expect(evidence).toBeGreaterThan(400);
});

test('white space other than a plain space is flattened as before', () => {
  const wb = textWorkbook({ 表1: [['2025\u3000年\t部门预算\n收支总表'], ['部门：\u00a0黄陂区医疗保障局 单位：万元']] });
  expect(documentFacts(wb)).toEqual(plainDocumentFacts(wb));
  expect(documentFacts(wb).evidence[0].text).toBe('2025 年 部门预算 收支总表');
});
