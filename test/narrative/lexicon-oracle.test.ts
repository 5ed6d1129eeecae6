/**
 * The lexicon's binding tables and its loose name key (issue 19) against the plain code they
 * replaced (test/narrative/plain/lexicon.ts): every concept's candidates, the functions, economics,
 * operations, projects and rows, on every fixture and on synthetic departments; looseName on
 * generated names and on every fixture's names and texts.
 */
import { buildModel } from '../../src/core/check';
import { documentFacts } from '../../src/core/facts';
import type { CheckModel } from '../../src/core/model/model';
import type { Q } from '../../src/core/model/quantity';
import { classCodeOf, Lexicon, looseNameUncached, type Candidate } from '../../src/core/narrative/lexicon';
import { recognise } from '../../src/core/recognize';
import { cells } from '../../src/core/workbook';
import { fixtureModels } from '../support/fixture-models';
import { randomStrings } from '../support/random-strings';
import { syntheticBudget } from '../support/synthetic';
import { Lexicon as PlainLexicon, looseNameUncached as plainLooseName } from './plain/lexicon';

const qView = (q: Q) => [q.value.toString(), q.half.toString(), q.decimals, q.sheet, q.cell, q.label];
const candView = (c: Candidate) => [c.where, qView(c.q)];

function lexiconView(lx: Lexicon | PlainLexicon) {
  const named = (list: { code: string; level: number; name: string; cands: Candidate[] }[]) => list.map((n) => [Object.keys(n), n.code, n.level, n.name, n.cands.map(candView)]);
  return {
    concepts: [...lx.concepts].map(([k, v]) => [k, v.map(candView)]),
    functions: named(lx.functions),
    economics: named(lx.economics),
    operations: named(lx.operations),
    projects: lx.projects.map((p) => [Object.keys(p), p.name, p.cands.map(candView)]),
    rows: [...lx.rows].map(([k, v]) => [k, v.map(candView)]),
  };
}

/** The texts a model's lexicon and binding key: row names, column keys, narrative paragraphs and their prefixes. */
function textsOf(model: CheckModel): string[] {
  const out: string[] = [];
  for (const t of model.tables) {
    for (const r of t.rows) out.push(r.name);
    for (const c of t.columns) if (c.key) out.push(c.key);
  }
  for (const p of model.narrative) for (let i = 0; i < p.text.length; i += 23) out.push(p.text.slice(0, i), p.text.slice(i, i + 12));
  for (const sheet of model.wb.sheets) for (const c of cells(sheet)) if (c.type === 'string') out.push(c.text);
  return out;
}

const PIECES = ['(', ')', '（', '）', '类', '款', '项', '合计', '合', '计', '(类)', '（款）', '(项)', '(合计)', '（合计）', '它', '公车', '公', '车', '费用', '费', '用', '支出', '支', '出',
  '和', '及', '的', '与', '“', '”', '"', '‘', '’', "'", '·', '-', '—', '－', '、', ' ', '\u3000', '１', '2', 'a', '【', '】', '：', '，', '行政运行', '😀'];

test('looseName = the plain chain of seven replacements, on generated names', () => {
  const names = randomStrings(PIECES, 20000, 9, 61);
  let changed = 0;
  for (const s of names) {
    const want = plainLooseName(s);
    expect([s, looseNameUncached(s)]).toEqual([s, want]);
    if (want !== s) changed++;
  }
  // every rule came up: level marks, dropped characters, 它, and the three ends
  for (const [s, want] of [['公车费用', '公务用车费'], ['(类)它的(款)支出', '他'], ['((类)类)', '类'], ['费用支出', '费用'], ['公车', '公务用车'], ['(合计)合计(合)', '合计合']]) expect(looseNameUncached(s)).toBe(want);
  expect(changed).toBeGreaterThan(10000);
});

test('looseName = the plain chain on every fixture’s names and texts', async () => {
  let n = 0;
  for (const model of await fixtureModels()) {
    for (const s of textsOf(model)) {
      expect([s, looseNameUncached(s)]).toEqual([s, plainLooseName(s)]);
      n++;
    }
  }
  expect(n).toBeGreaterThan(20000);
});

test('every fixture’s lexicon is the plain one', async () => {
  for (const model of await fixtureModels()) expect(lexiconView(new Lexicon(model))).toEqual(lexiconView(new PlainLexicon(model)));
});

test.each([
  [1, 1, 4],
  [2, 3, 0],
  [3, 5, 2],
  [4, 2, 8],
])('synthetic department (seed %i, %i units, %i projects each): the lexicon is the plain one', (seed, units, projectsPerUnit) => {
  const wb = syntheticBudget({ seed, units, projectsPerUnit }).workbook;
  const model = buildModel(wb, recognise(wb, {}), documentFacts(wb), undefined);
  const lx = new Lexicon(model);
  expect(lexiconView(lx)).toEqual(lexiconView(new PlainLexicon(model)));
  expect(lx.functions.length).toBeGreaterThan(5);
  if (projectsPerUnit) expect(lx.projects.length).toBeGreaterThan(0);
});

test('classCodeOf = /^(?:财政拨款:)?ex:类:(\\d{3})$/ on generated concepts', () => {
  const concepts = randomStrings(['财政拨款:', 'ex:类:', 'ex:类:', 'ex:', '类:', '2', '0', '1', '9', '201', '209', '20', '2101', '９', 'a', ':', '财政拨款', 'in:', '.一般公共预算'], 20000, 4, 67);
  let codes = 0;
  for (const c of concepts) {
    const want = /^(?:财政拨款:)?ex:类:(\d{3})$/.exec(c)?.[1] ?? null;
    expect([c, classCodeOf(c)]).toEqual([c, want]);
    if (want) codes++;
  }
  expect(codes).toBeGreaterThan(30);
});
