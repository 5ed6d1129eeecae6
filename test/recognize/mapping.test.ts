/**
 * The user's mapping: parsed defensively, applied when recognising (a block's kind, a column's
 * meaning, "not a table"), carried by the review settings, and given to the CLI as --mapping.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseMapping, recognise, withColumn, withTable, EMPTY_MAPPING } from '../../src/core/recognize';
import { analyseWorkbook } from '../../src/core/report';
import { parseSettings, toCheckConfig } from '../../src/core/review/settings';
import { createSheet, makeCell, putCell, type Sheet, type Workbook } from '../../src/core/workbook';
import { writeWorkbook } from './variants';
import { cli } from '../support/cli';

type Row = (string | number | null)[];
function sheetOf(name: string, rows: Row[]): Sheet {
  const s = createSheet(name, 0);
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v !== null) putCell(s, makeCell({ row: i + 1, col: j + 1, value: v, numFmt: typeof v === 'number' ? '#,##0.00' : undefined }));
    }),
  );
  return s;
}
const wbOf = (...sheets: Sheet[]): Workbook => ({ source: 't', sheets: sheets.map((s, i) => ({ ...s, index: i })) });

/** A 支出总表 whose title and headers say nothing the recogniser knows. */
const ODD: Row[] = [
  ['附表A'],
  ['编码', '名称', '总数', '甲', '乙'],
  [null, '合计', 100, 80, 20],
  ['208', '社会保障和就业支出', 100, 80, 25],
];

describe('parseMapping', () => {
  test('reads kinds by id or Chinese name, columns by letter and canonical key', () => {
    const { mapping, problems } = parseMapping({
      tables: [
        { sheet: '表3', kind: 'expenditure-summary' },
        { sheet: '表9', at: 'a1', kind: '国有资本经营预算支出表' },
        { sheet: '说明', kind: 'none' },
      ],
      columns: [
        { sheet: '表3', column: 'f', key: '基本支出 › 人员经费' },
        { sheet: '表3', column: 'G', key: null },
      ],
    });
    expect(problems).toEqual([]);
    expect(mapping).toEqual({
      tables: [
        { sheet: '表3', kind: 'expenditure-summary' },
        { sheet: '表9', at: 'A1', kind: 'state-capital' },
        { sheet: '说明', kind: 'none' },
      ],
      columns: [
        { sheet: '表3', column: 'F', key: '基本支出.人员经费' },
        { sheet: '表3', column: 'G', key: null },
      ],
    });
  });

  test('drops bad entries with a Chinese reason and never throws', () => {
    for (const junk of [null, undefined, 3, 'x', '[]', '{"tables": 3}', []]) expect(() => parseMapping(junk)).not.toThrow();
    expect(parseMapping('{oops').problems[0]).toMatch(/^不是有效的 JSON/);
    const { mapping, problems } = parseMapping({
      tables: [{ kind: 'income-summary' }, { sheet: 'A', kind: '预算表' }, { sheet: 'B', at: '12', kind: 'narrative' }, { sheet: 'C', kind: 'narrative' }],
      columns: [{ sheet: 'A', column: '7', key: '合计' }, { sheet: 'A', column: 'B', key: '某列' }, { sheet: 'A', column: 'C', key: '合计' }],
    });
    expect(mapping).toEqual({ tables: [{ sheet: 'C', kind: 'narrative' }], columns: [{ sheet: 'A', column: 'C', key: '合计' }] });
    expect(problems).toEqual([
      'tables[0]：缺少工作表名 sheet',
      expect.stringMatching(/^tables\[1\]：不认识的表种 kind：预算表/),
      'tables[2]：at 不是单元格地址：12',
      'columns[0]：column 应为列字母（如 "F"），收到：7',
      'columns[1]：不认识的列含义 key：某列',
    ]);
  });

  test('with* replace the assignment of the same table or column', () => {
    let m = withTable(EMPTY_MAPPING, { sheet: 'S', kind: 'income-summary' });
    m = withTable(m, { sheet: 'S', kind: 'expenditure-summary' });
    m = withColumn(m, { sheet: 'S', column: 'D', key: '合计' });
    m = withColumn(m, { sheet: 'S', column: 'D', key: '基本支出' });
    expect(m).toEqual({ tables: [{ sheet: 'S', kind: 'expenditure-summary' }], columns: [{ sheet: 'S', column: 'D', key: '基本支出' }] });
  });
});

describe('recognise with a mapping', () => {
  const wb = wbOf(sheetOf('Sheet1', ODD));

  test('without it the block is said to be unrecognised', () => {
    const r = recognise(wb);
    expect(r.tables).toEqual([]);
    expect(r.unrecognised).toHaveLength(1);
  });

  test('an assigned kind and assigned columns are used, and say so', () => {
    const mapping = {
      tables: [{ sheet: 'Sheet1', kind: 'expenditure-summary' as const }],
      columns: [
        { sheet: 'Sheet1', column: 'A', key: '科目编码' },
        { sheet: 'Sheet1', column: 'B', key: '科目名称' },
        { sheet: 'Sheet1', column: 'C', key: '合计' },
        { sheet: 'Sheet1', column: 'D', key: '基本支出' },
        { sheet: 'Sheet1', column: 'E', key: '项目支出' },
      ],
    };
    const r = recognise(wb, { mapping });
    expect(r.unrecognised).toEqual([]);
    const t = r.tables[0];
    expect(t.kind).toBe('expenditure-summary');
    expect(t.confidence).toBe(1);
    expect(t.evidence[0]).toBe('用户指定为支出总表');
    expect(t.columns.map((c) => [c.key, c.assigned])).toEqual([
      ['科目编码', true],
      ['科目名称', true],
      ['合计', true],
      ['基本支出', true],
      ['项目支出', true],
    ]);
    expect(t.rows.find((x) => x.code === '208')?.values['项目支出'].cell).toBe('E4');
    // and the checks run on it: 208 100 ≠ 80 + 25
    const report = analyseWorkbook('t.xlsx', wb, undefined, { mapping });
    expect(report.findings.some((f) => f.rule === 'intra/row-identity' && f.severity === 'error' && f.locations.some((l) => l.cell === 'C4'))).toBe(true);
  });

  test("'none' lists the block as not a table, by the user's word", () => {
    const r = recognise(wbOf(sheetOf('Sheet1', ODD)), { mapping: { tables: [{ sheet: 'Sheet1', kind: 'none' }], columns: [] } });
    expect(r.unrecognised.map((u) => u.reason)).toEqual(['用户指定：不是需要检查的公开表']);
  });

  test('`at` picks one of several stacked tables', () => {
    const expenditure: Row[] = [
      ['支出总表'],
      ['部门/单位：某局', null, null, null, '单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      [null, '合计', 100, 80, 20],
    ];
    const s = sheetOf('Sheet1', [...expenditure, [], [], ...ODD]);
    const r = recognise(wbOf(s), { mapping: { tables: [{ sheet: 'Sheet1', at: 'A8', kind: 'income-summary' }], columns: [] } });
    expect(r.tables.map((t) => [t.kind, t.block.range.top])).toEqual([
      ['expenditure-summary', 1],
      ['income-summary', 7],
    ]);
  });

  test('review settings store the mapping and pass it to the engine', () => {
    const stored = JSON.stringify({ mapping: { tables: [{ sheet: 'Sheet1', kind: 'expenditure-summary' }], columns: [{ sheet: 'Sheet1', column: 'C', key: '合计' }] } });
    const s = parseSettings(stored);
    expect(s.mapping.tables).toHaveLength(1);
    expect(toCheckConfig(s).mapping).toEqual(s.mapping);
    expect(toCheckConfig(parseSettings({})).mapping).toBeUndefined();
  });
});

describe('CLI --mapping', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bc-mapping-'));
    await writeWorkbook(wbOf(sheetOf('Sheet1', ODD)), path.join(dir, 'odd.xlsx'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  test('applies the file to the check', async () => {
    const file = path.join(dir, 'mapping.json');
    await fs.writeFile(
      file,
      '\uFEFF' +
        JSON.stringify({
          tables: [{ sheet: 'Sheet1', kind: '支出总表' }],
          columns: ['科目编码', '科目名称', '合计', '基本支出', '项目支出'].map((key, i) => ({ sheet: 'Sheet1', column: 'ABCDE'[i], key })),
        }),
    );
    const plain = await cli(['--format', 'json', path.join(dir, 'odd.xlsx')]);
    expect(JSON.parse(plain.out).files[0].tables).toEqual([]);
    const mapped = await cli(['--format', 'json', '--mapping', file, path.join(dir, 'odd.xlsx')]);
    const f = JSON.parse(mapped.out).files[0];
    expect(f.tables.map((t: { kind: string }) => t.kind)).toEqual(['expenditure-summary']);
    expect(mapped.code).toBe(1); // 208: 100 ≠ 80 + 25
  });

  test('a missing or unusable file is exit 2 with a Chinese reason; bad entries are ignored out loud', async () => {
    const missing = await cli(['--mapping', path.join(dir, 'nope.json'), path.join(dir, 'odd.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/找不到或无法读取指定文件（--mapping）/);
    const bad = path.join(dir, 'bad.json');
    await fs.writeFile(bad, '{ not json');
    const r = await cli(['--mapping', bad, path.join(dir, 'odd.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/无法使用：\n {2}不是有效的 JSON/);
    const partial = path.join(dir, 'partial.json');
    await fs.writeFile(partial, JSON.stringify({ tables: [{ sheet: 'Sheet1', kind: 'expenditure-summary' }, { sheet: 'X', kind: '??' }] }));
    const p = await cli(['--mapping', partial, path.join(dir, 'odd.xlsx')]);
    expect(p.err).toMatch(/已忽略 tables\[1\]：不认识的表种/);
  });
});
