/**
 * detectTemplate reads the narrative's headings only when a question needs them (issue 19, ninth
 * pass). The template and its evidence must be the plain code's (test/core/plain/detect-template.ts),
 * on every fixture and on clues made for each branch: 决算 with and without a 上海 unit or heading,
 * 预算 with 江苏 tables or the 会议费 columns, the Wuhan forms, old years, no kind.
 */
import * as path from 'path';
import { documentFacts } from '../../src/core/facts';
import { buildModel } from '../../src/core/model/model';
import { detectTemplate, type TemplateClues } from '../../src/core/model/templates';
import { recognise, type Recognised, type TableKind } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { Rng } from '../support/department/rng';
import { plainDetectTemplate } from './plain/detect-template';

test.each(FIXTURE_PATHS.map((f) => [path.basename(f), f]))('%s: the plain detection', async (_name, file) => {
  const wb = await readWorkbookFile(file);
  const recognition = recognise(wb);
  const facts = documentFacts(wb);
  const model = buildModel(wb, recognition, facts);
  const clues: TemplateClues = { kind: facts.kind, year: facts.year, unit: facts.unit, tables: recognition.tables, narrative: model.narrative };
  expect(detectTemplate(clues)).toEqual(plainDetectTemplate(clues));
  // every kind, whatever the file says
  for (const kind of ['budget', 'final', null] as const) expect(detectTemplate({ ...clues, kind })).toEqual(plainDetectTemplate({ ...clues, kind }));
});

const HEADS = ['第一部分 上海市某局概况', '第四部分 名词解释', '第四部分名称解释', '一、年度工作目标', '二、部门基本情况', '三、名词解释', '（一）收入', '第二部分 2024 年部门预算情况说明', '正文一段话。', ' 一、 基本情况'];
const KINDS: TableKind[] = ['fiscal-expenditure', 'fiscal-basic-expenditure', 'operation-expenditure', 'three-public', 'income-summary'];

function table(kind: TableKind, n: number, meeting: boolean): Recognised {
  const columns = meeting ? [{ col: 2, path: ['会议费'], key: '会议费' }] : [{ col: 2, path: ['合计'], key: '合计' }];
  return { kind, block: { sheet: `表${n}`, range: { top: 1, left: 1, bottom: 9, right: 3 }, title: n % 2 ? { cell: 'A1', text: `表${n} 标题` } : null, unitLines: [], header: [2, 2], body: [3, 9], notes: [] }, confidence: 1, evidence: [], titleDisagreement: null, moneyUnit: '万元', columns, rows: [] } as Recognised;
}

test('generated clues for every branch: the plain detection', () => {
  const r = new Rng(2019);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r.unit() * xs.length)];
  const seen = new Set<string>();
  for (let n = 0; n < 2000; n++) {
    const clues: TemplateClues = {
      kind: pick(['budget', 'final', null] as const),
      year: pick([2019, 2023, 2024, 2025, null]),
      unit: pick(['上海市某局', '武汉市某局', null, undefined]),
      tables: Array.from({ length: Math.floor(r.unit() * 3) }, (_, i) => table(pick(KINDS), i, r.unit() < 0.3)),
      narrative: r.unit() < 0.1 ? undefined : Array.from({ length: Math.floor(r.unit() * 4) }, (_, i) => ({ sheet: '情况说明', cell: `A${i + 1}`, text: pick(HEADS) })),
    };
    const got = detectTemplate(clues);
    expect(got).toEqual(plainDetectTemplate(clues));
    seen.add(got ? `${got.profile.id} ${got.evidence}` : 'null');
  }
  // every template and evidence was reached
  expect(seen.size).toBeGreaterThanOrEqual(8);
});
