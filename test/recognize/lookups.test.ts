/**
 * Recognition's look-ups (issue 19, eighth pass) against the plain code, on generated input: the
 * classifier reads a header's cells without joining and splitting them, and a first text's code from
 * its facts (plain: test/recognize/plain-classify.ts); column mapping asks whether a table has
 * 本年收入 / 年初结转和结余 columns only when a key needs it (plain: test/recognize/plain-map-columns.ts).
 * Also, on generated input, what the same pass tried and dropped (no measurable gain) touched: each
 * table's money unit, and the form reader (plain: test/recognize/plain-forms.ts). The fixtures are
 * compared in fast-paths.test.ts and allocation.test.ts.
 */
import { recognise } from '../../src/core/recognize';
import { readBlocks } from '../../src/core/recognize/blocks';
import { blockText, CellTexts, kindFromContent } from '../../src/core/recognize/classify';
import { mapColumns } from '../../src/core/recognize/columns';
import { readDeptForm, readProjectForms } from '../../src/core/recognize/forms';
import { TABLE_KINDS } from '../../src/core/recognize/types';
import { createSheet, makeCell, putCell, type Sheet, type Workbook } from '../../src/core/workbook';
import { Rng } from '../support/department/rng';
import { randomStrings } from '../support/random-strings';
import { plainBlockText, plainCodeRows, plainKindFromContent } from './plain-classify';
import { plainReadDeptForm, plainReadProjectForms } from './plain-forms';
import { plainMapColumns } from './plain-map-columns';

/** A seed's draws: numbers in [0, 1) and picks (mulberry32: a failure reproduces). */
function draws(seed: number): { next: () => number; pick: <T>(xs: readonly T[]) => T } {
  const rng = new Rng(seed);
  return { next: () => rng.unit(), pick: (xs) => rng.pick(xs) };
}

type Row = (string | number | null)[];

function sheetOf(name: string, rows: Row[]): Sheet {
  const s = createSheet(name, 0);
  rows.forEach((row, i) => row.forEach((v, j) => v !== null && putCell(s, makeCell({ row: i + 1, col: j + 1, value: v, numFmt: typeof v === 'number' ? '#,##0.00' : undefined }))));
  return s;
}

describe('CellTexts.cells', () => {
  test('= joined.split("|") for generated texts, with and without "|", none at all', () => {
    const texts = randomStrings(['项目', '金额', '|', ' ', '收入', '支出', '预算数', 'a', '（', '1'], 400, 4);
    let withBar = 0;
    for (let n = 0; n < 300; n++) {
      const t = new CellTexts();
      for (const x of texts.slice(n, n + (n % 6))) if (x.trim()) t.add(x);
      if (t.texts.some((x) => x.includes('|'))) withBar++;
      expect(t.cells).toEqual(t.joined.split('|'));
    }
    expect(withBar).toBeGreaterThan(30);
  });
});

const HEADER_WORDS = ['项目', '项目(按功能分类)', '金额', '预算数', '决算数', '合计', '收入', '支出', '科目编码', '科目名称', '本年收入', '事业收入', '财政拨款', '一般公共预算', '经济分类', '人员经费', '公用经费', '基本支出', '项目支出', '单位名称', '其他收入', '上年结转', '收入|支出', '项目|金额', '金额|', '|项目', '政府性基金', '工资福利支出', '商品和服务支出'];
const FIRSTS = ['2080505', '208', '20805', '2080505 机关事业单位', '201', '301', '30101', '3010101', '[101]', '101', '101001', '[101001]', '1010011', '23A1234567', '2x', '[x', '一、一般公共预算', '合计', '收入总计', '上年结转', '事业收入', ' 208 '];
const SECONDS = [null, '社会保障和就业支出', '一般公共服务支出', '工资福利支出', '某局本级', '机关事业单位', '支出', '收入', '|'];

test('generated blocks: classified, and their code rows counted, as the plain classifier does', () => {
  let blocks = 0;
  let decided = 0;
  for (let seed = 1; seed <= 400; seed++) {
    const { next, pick } = draws(seed);
    const width = 2 + Math.floor(next() * 5);
    const rows: Row[] = [[next() < 0.5 ? '一般公共预算支出表' : '收支总表'], ['单位：万元']];
    for (let h = 1 + Math.floor(next() * 2); h > 0; h--) rows.push(Array.from({ length: width }, () => (next() < 0.15 ? null : pick(HEADER_WORDS))));
    for (let d = 1 + Math.floor(next() * 8); d > 0; d--) rows.push([pick(FIRSTS), pick(SECONDS), ...Array.from({ length: width - 2 }, () => (next() < 0.8 ? Math.round(next() * 1000) / 10 : null))]);
    const sheet = sheetOf(`C${seed}`, rows);
    const read = readBlocks(sheet);
    for (const b of read.blocks) {
      blocks++;
      const plain = plainBlockText(sheet, b);
      for (const fast of [blockText(sheet, b, read.rows.get(b)), blockText(sheet, b)]) {
        expect([seed, fast.codes]).toEqual([seed, plainCodeRows(plain.labels)]);
        const kind = kindFromContent(fast);
        expect([seed, kind]).toEqual([seed, plainKindFromContent(plain)]);
        if (kind) decided++;
      }
    }
  }
  // the generator reaches decisions (two-sided summaries, code tables), not only blocks left undecided
  expect(blocks).toBeGreaterThan(350);
  expect(decided).toBeGreaterThan(200);
});

const SEGMENTS = ['本年支出', '小计', '合计', '基本支出', '项目支出', '本年收入', '本 年 收 入', '年初结转和结余', '本年收入(万元)', '收入', '支出', '项目', '金额', '科目编码', '科目名称', '一般公共预算', '事业收入', '年末结转和结余', null];

test('generated headers of 本年支出 / 本年收入 / 结转 columns: mapped, as every kind, as the plain code maps them', () => {
  let kept = 0;
  let folded = 0;
  for (let seed = 1; seed <= 300; seed++) {
    const { next, pick } = draws(seed * 7 + 1);
    const width = 2 + Math.floor(next() * 6);
    const rows: Row[] = [['收支总表'], ['单位：万元']];
    // a 本年支出 group over its parts, often
    if (next() < 0.6) rows.push(Array.from({ length: width }, (_, j) => (j === 0 ? '项目' : j < 3 ? '本年支出' : pick(SEGMENTS))));
    for (let h = 1 + Math.floor(next() * 2); h > 0; h--) rows.push(Array.from({ length: width }, () => pick(SEGMENTS)));
    rows.push(['2080505', ...Array.from({ length: width - 1 }, () => 1.5)]);
    const sheet = sheetOf(`M${seed}`, rows);
    for (const b of readBlocks(sheet).blocks)
      for (const kind of TABLE_KINDS) {
        const fast = mapColumns(sheet, b, kind);
        expect([seed, kind, JSON.stringify(fast)]).toEqual([seed, kind, JSON.stringify(plainMapColumns(sheet, b, kind))]);
        kept += fast.filter((c) => c.key?.startsWith('本年支出.')).length;
        folded += fast.filter((c) => c.path.includes('本年支出') && c.key !== null && !c.key.startsWith('本年支出')).length;
      }
  }
  // tables where 本年支出 keys are kept (本年收入 / 结转 beside them) and where they are folded both occur
  expect(Math.min(kept, folded)).toBeGreaterThan(50);
});

test('each table takes the unit its block states, or the unit most blocks state (a tie: 万元), or none', () => {
  const table = (title: string, unit: string | null): Row[] => [[title], ...(unit === null ? [] : [[unit]]), ['科目编码', '科目名称', '合计'], ['2080505', '机关事业单位', 1.5], [], []];
  const UNITS = [null, '单位：万元', '单位：元', '单位:元', '部门：某局', '单位 ： 万元'];
  const plainUnit = (line: string | null): '万元' | '元' | null => (line === null ? null : (/单位\s*[:：]\s*(万元|元)/.exec(line)?.[1] as '万元' | '元' | undefined) ?? null);
  for (let seed = 1; seed <= 60; seed++) {
    const { next } = draws(seed * 13 + 5);
    const sheets: Sheet[] = [];
    const stated: ('万元' | '元' | null)[] = [];
    for (let s = 0; s < 1 + Math.floor(next() * 3); s++) {
      const rows: Row[] = [];
      for (let t = 0; t < 1 + Math.floor(next() * 3); t++) {
        const unit = UNITS[Math.floor(next() * UNITS.length)];
        // (titles of their own: a table under the same title and header would be read as one continued)
        rows.push(...table(`一般公共预算支出表（${s}-${t}）`, unit));
        stated.push(plainUnit(unit));
      }
      const sheet = sheetOf(`S${s}`, rows);
      sheet.index = s;
      sheets.push(sheet);
    }
    const wb: Workbook = { sheets, definedNames: [] } as unknown as Workbook;
    const wan = stated.filter((u) => u === '万元').length;
    const yuan = stated.filter((u) => u === '元').length;
    const document = wan === 0 && yuan === 0 ? null : yuan > wan ? '元' : '万元';
    const tables = recognise(wb).tables;
    expect(tables.map((t) => t.moneyUnit)).toEqual(stated.map((u) => u ?? document));
  }
});

const FORM_LABELS = ['项目名称', '1.财政拨款', '2.单位资金', '其中：专户资金', '项目名称：某项目', '项目编码', '项目总预算', '本年度预算数', '资金来源', '金额', '预算金额', '支出明细及测算依据', '项目活动', '活动内容', '经济分类', '财政拨款', '其中：一般公共预算', '合计', '项目负责人', '主管部门', '绩效目标', '收入构成', '支出构成', '当年金额', '占比', '项目支出情况', '项目本年度预算', '类别', '某局', ' ', null, null, null];

test('generated forms: read as the plain form reader reads them (empty cells and section labels among their cells)', () => {
  let forms = 0;
  for (let seed = 1; seed <= 300; seed++) {
    const { next, pick } = draws(seed * 3 + 2);
    const width = 3 + Math.floor(next() * 4);
    const rows: Row[] = [['项目支出绩效目标表'], ['单位：万元']];
    for (let r = 3 + Math.floor(next() * 14); r > 0; r--) rows.push(Array.from({ length: width }, () => (next() < 0.25 ? Math.round(next() * 100) / 4 : pick(FORM_LABELS))));
    const sheet = sheetOf(`F${seed}`, rows);
    const read = readBlocks(sheet);
    for (const b of read.blocks)
      for (const unit of ['万元', '元'] as const) {
        const projects = readProjectForms(sheet, b, unit, read.rows.get(b));
        expect([seed, JSON.stringify(projects)]).toEqual([seed, JSON.stringify(plainReadProjectForms(sheet, b, unit))]);
        expect([seed, JSON.stringify(readDeptForm(sheet, b, unit, read.rows.get(b)))]).toEqual([seed, JSON.stringify(plainReadDeptForm(sheet, b, unit))]);
        forms += projects.length;
      }
  }
  expect(forms).toBeGreaterThan(100);
});

test('资金来源 lines: with numbered lines, the unnumbered lines after a 其中 line are its parts; without, they are not', () => {
  for (const numbered of [true, false]) {
    const n = (i: number, name: string) => (numbered ? `${i}.${name}` : name);
    const rows: Row[] = [['项目支出绩效目标表'], ['单位：万元'], ['项目名称', '某项目'], ['资金来源', '来源', '金额'], [null, n(1, '财政拨款'), 8], [null, '其中：一般公共预算', 5], [null, '专户资金', 3], [null, n(2, '单位资金'), 2], [null, '合计', 10]];
    const sheet = sheetOf('源', rows);
    const read = readBlocks(sheet);
    const b = read.blocks[0];
    const fast = readProjectForms(sheet, b, '万元', read.rows.get(b));
    expect(JSON.stringify(fast)).toBe(JSON.stringify(plainReadProjectForms(sheet, b, '万元')));
    expect(fast[0].sources.map((s) => [s.name, s.sub.map((x) => x.name)])).toEqual(
      numbered
        ? [
            ['1.财政拨款', ['其中：一般公共预算', '专户资金']],
            ['2.单位资金', []],
          ]
        : [
            ['财政拨款', ['其中：一般公共预算']],
            ['专户资金', []],
            ['单位资金', []],
          ],
    );
  }
});
