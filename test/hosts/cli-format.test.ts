/**
 * Text output of the narrative (情况说明) tie-out and of locations in an external narrative,
 * on hand-built reports (the coverage engine fills them for real); the same reports against
 * the JSON schema.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import type { NarrativeCoverage } from '../../src/core/narrative/coverage';
import { TOOL_NAME, TOOL_VERSION, type FileReport, type Finding, type RunReport } from '../../src/core/report';
import { formatCoverage, formatFindings, formatText, locationLabel } from '../../src/hosts/cli/format';

const ROOT = path.join(__dirname, '..', '..');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'cli-output.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

function fileReport(narrative: NarrativeCoverage, findings: Finding[] = []): FileReport {
  return {
    path: 'caidian.xlsx',
    error: null,
    document: { kind: 'budget', year: 2025, unit: '蔡甸区医疗保障局', moneyUnit: '万元' },
    sheets: [
      { name: '表1 收支总表', visibility: 'visible', range: 'A1:D33' },
      { name: '情况说明', visibility: 'visible', range: 'A1:A116' },
    ],
    tables: [
      { kind: 'income-expense-summary', title: '收支总表', sheet: '表1 收支总表', range: 'A1:D33' },
      { kind: 'narrative', title: '情况说明', sheet: '情况说明', range: 'A1:A116' },
    ],
    unrecognised: [],
    findings,
    narrative,
  };
}

function finding(rule: string, locations: Finding['locations'], message: string, severity: Finding['severity'] = 'error'): Finding {
  return { rule, severity, category: 'narrative', message, locations, expected: null, actual: null };
}

const FULL: NarrativeCoverage = {
  numbers: 123,
  tied: 98,
  checked: 5,
  classified: { year: 8, headcount: 4, count: 3 },
  untied: [
    { location: { sheet: '', cell: '', file: '情况说明.docx', paragraph: 3, start: 10, end: 18 }, text: '22.73 万元', context: '其他商品和服务支出22.73万元，主要用于' },
    { location: { sheet: '', cell: '', file: '情况说明.docx', paragraph: 7 }, text: '4%', context: '比上年增长4%' },
  ],
  source: '情况说明.docx',
};

describe('coverage block', () => {
  test('external narrative: counts, classes, one line per untied claim located by paragraph', () => {
    expect(formatCoverage(fileReport(FULL))).toEqual([
      '  情况说明（来源：情况说明.docx）：数字 123 个，已与表格核对 98 个，文内核对 5 个，已分类 15 个（年份 8、人数 4、个数 3），未能核对 2 个：',
      '    情况说明.docx 第 3 段  “其他商品和服务支出22.73万元，主要用于”  22.73 万元',
      '    情况说明.docx 第 7 段  “比上年增长4%”  4%',
    ]);
  });

  test('the workbook’s own 情况说明 sheet: located by cell, source named by its sheet', () => {
    const c: NarrativeCoverage = {
      numbers: 40,
      tied: 39,
      classified: {},
      untied: [{ location: { sheet: '情况说明', cell: 'A56' }, text: '86 万元', context: '政府采购预算金额86万元' }],
      source: 'workbook',
    };
    expect(formatCoverage(fileReport(c))).toEqual([
      '  情况说明（来源：工作表“情况说明”）：数字 40 个，已与表格核对 39 个，未能核对 1 个：',
      '    情况说明!A56  “政府采购预算金额86万元”  86 万元',
    ]);
  });

  test('everything tied: the line ends with a full stop; classes in a fixed order', () => {
    const c: NarrativeCoverage = { numbers: 12, tied: 9, classified: { numbering: 1, year: 2 }, untied: [], source: '粘贴的文字' };
    expect(formatCoverage(fileReport(c))).toEqual(['  情况说明（来源：粘贴的文字）：数字 12 个，已与表格核对 9 个，已分类 3 个（年份 2、序号 1），未能核对 0 个。']);
  });

  test('no number, no narrative, and the bare contract (zeros without a source) says nothing', () => {
    expect(formatCoverage(fileReport({ numbers: 0, tied: 0 }))).toEqual([]);
    expect(formatCoverage(fileReport({ numbers: 0, tied: 0, source: null }))).toEqual(['  情况说明：没有（工作簿中没有情况说明，也没有用 --narrative 指定），未核对数字']);
    expect(formatCoverage(fileReport({ numbers: 0, tied: 0, source: 'a.txt' }))).toEqual(['  情况说明（来源：a.txt）：没有找到数字']);
    // an engine that gives only the contract's two counts
    expect(formatCoverage(fileReport({ numbers: 3, tied: 2 }))).toEqual(['  情况说明：数字 3 个，已与表格核对 2 个。']);
  });

  test('a long context is cut', () => {
    const context = '一'.repeat(100);
    const c: NarrativeCoverage = { numbers: 1, tied: 0, untied: [{ location: { sheet: '情况说明', cell: 'A1' }, text: '1 万元', context }], source: 'workbook' };
    expect(formatCoverage(fileReport(c))[1]).toBe(`    情况说明!A1  “${'一'.repeat(60)}…”  1 万元`);
  });

  test('the block follows the findings of the file in the text report', () => {
    const text = formatText({ tool: TOOL_NAME, version: TOOL_VERSION, files: [fileReport(FULL)] });
    const lines = text.split('\n');
    const block = lines.findIndex((l) => l.startsWith('  情况说明（来源：情况说明.docx）'));
    expect(block).toBeGreaterThan(0);
    expect(lines[block + 1]).toBe('    情况说明.docx 第 3 段  “其他商品和服务支出22.73万元，主要用于”  22.73 万元');
    expect(lines[lines.length - 2]).toMatch(/^共 1 个文件/);
  });
});

describe('locations', () => {
  test('cell or paragraph', () => {
    expect(locationLabel({ sheet: '表3 支出总表', cell: 'C9' })).toBe('表3 支出总表!C9');
    expect(locationLabel({ sheet: '', cell: '', file: '情况说明.docx', paragraph: 3 })).toBe('情况说明.docx 第 3 段');
    expect(locationLabel({ sheet: '', cell: '', file: '粘贴的文字', paragraph: 12, start: 0, end: 4 })).toBe('粘贴的文字 第 12 段');
    expect(locationLabel({ sheet: '表1 收支总表', cell: '' })).toBe('表1 收支总表');
  });

  test('findings in an external narrative are grouped under its file name, after the sheets, and say 第 N 段', () => {
    const f = fileReport({ numbers: 0, tied: 0 }, [
      finding('narrative/amounts', [{ sheet: '', cell: '', file: '情况说明.docx', paragraph: 3, start: 9, end: 14 }], '情况说明写“支出 22.73 万元”，而表3 为 22.74 万元'),
      finding('narrative/amounts', [
        { sheet: '', cell: '', file: '情况说明.docx', paragraph: 5 },
        { sheet: '表1 收支总表', cell: 'B7' },
      ], '情况说明写“收入 1,157.86 万元”，而收支总表为 1,157.68 万元'),
      finding('intra/row-identity', [{ sheet: '表1 收支总表', cell: 'B33' }, { sheet: '表1 收支总表', cell: 'D33' }], '收入总计 ≠ 支出总计'),
    ]);
    expect(formatFindings(f)).toEqual([
      '  错误 3 个',
      '    表1 收支总表',
      // one location per line: the first, once
      '      表1 收支总表!B33  收入总计 ≠ 支出总计  [intra/row-identity]',
      '    情况说明.docx',
      '      情况说明.docx 第 3 段  情况说明写“支出 22.73 万元”，而表3 为 22.74 万元  [narrative/amounts]',
      '      情况说明.docx 第 5 段  情况说明写“收入 1,157.86 万元”，而收支总表为 1,157.68 万元  [narrative/amounts]',
    ]);
  });
});

describe('JSON schema: the narrative extensions', () => {
  const report = (narrative: unknown, locations: unknown[] = [{ sheet: '', cell: '', file: '情况说明.docx', paragraph: 3, start: 9, end: 14 }]): RunReport =>
    ({
      tool: TOOL_NAME,
      version: TOOL_VERSION,
      files: [{ ...fileReport(narrative as NarrativeCoverage), findings: [finding('narrative/amounts', locations as Finding['locations'], 'x')] }],
    }) as RunReport;

  test('a full coverage and paragraph locations validate', () => {
    expect(validate(report(FULL))).toBe(true);
    expect(validate.errors ?? null).toBeNull();
    expect(validate(report({ numbers: 0, tied: 0, source: null }))).toBe(true);
    expect(validate(report({ numbers: 0, tied: 0 }, [{ sheet: '情况说明', cell: 'A56' }]))).toBe(true);
    // classes added later are accepted
    expect(validate(report({ ...FULL, classified: { year: 1, phone: 2 } }))).toBe(true);
  });

  test('wrong shapes are refused', () => {
    expect(validate(report({ ...FULL, classified: { year: -1 } }))).toBe(false);
    expect(validate(report({ ...FULL, untied: [{ text: '1 万元', context: 'x' }] }))).toBe(false);
    expect(validate(report({ ...FULL, source: 3 }))).toBe(false);
    expect(validate(report(FULL, [{ sheet: '', cell: '', file: 'a.txt', paragraph: 0 }]))).toBe(false);
    expect(validate(report(FULL, [{ file: 'a.txt', paragraph: 1 }]))).toBe(false);
  });
});
