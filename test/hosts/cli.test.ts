import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import { cli } from '../support/cli';
import { parseArgs, UsageError } from '../../src/hosts/cli/args';
import { buildDocx } from './docx';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
/** Every .xlsx under the fixtures folder, as the CLI finds them (recursively: the real documents are in real/). */
const ALL_XLSX = (fs.readdirSync(FIXTURES, { recursive: true }) as string[]).filter((f) => f.endsWith('.xlsx')).sort();
const BAD = path.join(ROOT, 'test', 'bad-inputs');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'cli-output.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

describe('argument parsing', () => {
  test('defaults and options', () => {
    expect(parseArgs(['a.xlsx'])).toMatchObject({ format: 'text', out: null, paths: ['a.xlsx'] });
    expect(parseArgs(['--format', 'json', '--out', 'r.json', 'a', 'b'])).toMatchObject({ format: 'json', out: 'r.json', paths: ['a', 'b'] });
    expect(parseArgs(['--format=json', 'a'])).toMatchObject({ format: 'json', narrative: null });
    expect(parseArgs(['--narrative', '情况说明.docx', 'a.xlsx'])).toMatchObject({ narrative: '情况说明.docx', paths: ['a.xlsx'] });
    expect(parseArgs(['a.xlsx', '--narrative=说明.txt'])).toMatchObject({ narrative: '说明.txt', paths: ['a.xlsx'] });
  });
  test('usage errors', () => {
    expect(() => parseArgs([])).toThrow(UsageError);
    expect(() => parseArgs(['--format', 'xml', 'a'])).toThrow('--format 只能是 text 或 json，收到：xml');
    expect(() => parseArgs(['--out'])).toThrow('选项 --out 需要一个值。');
    expect(() => parseArgs(['--what', 'a'])).toThrow('未知选项：--what');
    expect(() => parseArgs(['a.xlsx', '--narrative'])).toThrow('选项 --narrative 需要一个值。');
    expect(() => parseArgs(['--narrative', '--format', 'json', 'a.xlsx'])).toThrow('选项 --narrative 需要一个值。');
    expect(() => parseArgs(['--narrative', 'a.txt', '--narrative', 'b.txt', 'a.xlsx'])).toThrow('--narrative 只能指定一次');
    expect(() => parseArgs(['--narrative', 'a.txt'])).toThrow('请至少指定一个工作簿（.xlsx、.xlsm、.xls、.et、.ods）或文件夹。');
  });
});

describe('budget-check CLI', () => {
  test('bad usage exits 2 with the usage text', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('请至少指定一个工作簿（.xlsx、.xlsm、.xls、.et、.ods）或文件夹。');
    expect(r.err).toContain('用法：budget-check');
  });

  test('--help and --version', async () => {
    expect((await cli(['--help'])).out).toContain('--format text|json');
    expect((await cli(['--version'])).out).toBe('budget-check 0.1.0\n');
  });

  test('JSON over the fixtures folder matches the schema and reports every sample workbook', async () => {
    const r = await cli(['--format', 'json', FIXTURES]);
    const report = JSON.parse(r.out);
    expect(validate(report)).toBe(true);
    expect(validate.errors ?? null).toBeNull();
    expect(report.files.map((f: { path: string }) => path.relative(FIXTURES, f.path)).sort()).toEqual(ALL_XLSX);
    for (const f of report.files) {
      expect(f.error).toBeNull();
      expect(f.document.kind).not.toBeNull();
      expect(f.document.year).not.toBeNull();
      expect(f.sheets.length).toBeGreaterThan(0);
      expect(Array.isArray(f.skipped)).toBe(true);
    }
    // the seeds contain real errors (S001 模板残留, S004 missing tables …): exit 1
    const errors = report.files.flatMap((f: { findings: { severity: string }[] }) => f.findings.filter((x) => x.severity === 'error'));
    expect(errors.length).toBeGreaterThan(0);
    expect(r.code).toBe(1);
  });

  test('a complete, consistent workbook exits 0 (尾差 are information, not errors)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-cli-'));
    const file = path.join(dir, 'consistent.xlsx');
    const { syntheticBudget, writeXlsx } = await import('../support/synthetic');
    const { createSheet, putCell, makeCell } = await import('../../src/core/workbook');
    const wb = syntheticBudget({ seed: 7, units: 3 }).workbook;
    // the generator writes the tables only: add the two 绩效目标表 (forms) a budget must publish
    for (const [name, title] of [
      ['表11 整体支出绩效目标表', '部门（单位）整体支出绩效目标表'],
      ['表12 项目支出绩效目标表', '项目支出绩效目标表'],
    ]) {
      const sheet = createSheet(name, wb.sheets.length);
      wb.sheets.push(sheet);
      putCell(sheet, makeCell({ row: 1, col: 1, value: title }));
      putCell(sheet, makeCell({ row: 2, col: 1, value: '单位：万元' }));
    }
    await writeXlsx(wb, file);
    const json = await cli(['--format', 'json', file]);
    const report = JSON.parse(json.out);
    expect(validate(report)).toBe(true);
    expect(report.files[0].findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(json.code).toBe(0);
    const text = await cli([file]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/错误 0 个/);
  });

  test('JSON over the bad inputs: every file reported with its message, schema still holds, exit 2', async () => {
    const r = await cli(['--format', 'json', BAD]);
    const report = JSON.parse(r.out);
    expect(validate(report)).toBe(true);
    expect(report.files.map((f: { path: string }) => path.basename(f.path))).toEqual(
      fs.readdirSync(BAD).filter((f) => /\.(xlsx|xls)$/.test(f)).sort(),
    );
    for (const f of report.files) {
      // the legacy .xls is read since .xls input is supported
      if (f.path.endsWith('legacy-97-2003.xls')) {
        expect(f.error).toBeNull();
        continue;
      }
      expect(f.error).toMatch(/^(无法读取|工作簿中没有任何数据)/);
      expect(f.document).toBeNull();
    }
    expect(r.code).toBe(2);
  });

  test('a readable workbook alone reports its facts, and exits 1 because the other tables are missing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-cli-'));
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表1 收支总表');
    ws.getCell('A1').value = '黄陂区医疗保障服务中心2023年部门（单位）预算收支总表';
    ws.getCell('A2').value = '部门/单位：黄陂区医疗保障服务中心';
    ws.getCell('D2').value = '单位：万元';
    ws.getCell('B4').value = 1157.86;
    wb.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = 'x';
    const file = path.join(dir, 'a.xlsx');
    await wb.xlsx.writeFile(file);

    const json = await cli(['--format', 'json', file]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out);
    expect(report.files[0].findings.filter((f: { rule: string }) => f.rule === 'compliance/required-tables').map((f: { message: string }) => f.message)).toContain('缺少收入总表');
    expect(validate(report)).toBe(true);
    expect(report.files[0]).toMatchObject({
      path: file,
      error: null,
      document: { kind: 'budget', year: 2023, unit: '黄陂区医疗保障服务中心', moneyUnit: '万元' },
      sheets: [
        { name: '表1 收支总表', visibility: 'visible', range: 'A1:D4' },
        { name: '隐藏', visibility: 'hidden', range: 'A1' },
      ],
      tables: [{ kind: 'income-expense-summary', sheet: '表1 收支总表', range: 'A1:D4', confidence: 0.5, titleDisagreement: null }],
      unrecognised: [{ sheet: '隐藏', range: 'A1', title: null, reason: '没有标题，表头也不像任何一张标准公开表' }],
      narrative: { numbers: 0, tied: 0 },
    });

    const text = await cli(['--tables', file]);
    expect(text.code).toBe(1);
    // errors: ✖, never ✔
    expect(text.out).toContain(`✖ ${file}  预算 · 2023 年 · 黄陂区医疗保障服务中心 · 万元 · 2 张工作表（其中隐藏 1 张） · 识别 1 张表，未识别 1 处`);
    expect(text.out).toContain('    表1 收支总表!A1:D4  收支总表（income-expense-summary）\n');
    expect(text.out).toContain('    隐藏（隐藏）!A1  未识别：没有标题，表头也不像任何一张标准公开表\n');

    const outFile = path.join(dir, 'r.json');
    const written = await cli(['--format', 'json', '--out', outFile, file]);
    expect(written.out).toBe('');
    expect(written.err).toContain(`结果已写入 ${outFile}`);
    expect(validate(JSON.parse(fs.readFileSync(outFile, 'utf8')))).toBe(true);
  });

  test('unreadable and missing inputs are reported and exit 2', async () => {
    const r = await cli([path.join(BAD, 'html-export.xls'), path.join(BAD, 'missing.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('无法读取：这是网页（HTML）格式的表格');
    expect(r.out).toContain('找不到文件或文件夹。');
    expect(r.out).toContain('共 2 个文件：已读取 0 个，无法读取 2 个');
  });

  test('a folder without workbooks is said out loud', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-empty-'));
    const r = await cli([dir]);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`文件夹中没有找到工作簿（.xlsx、.xls、.et、.ods）：${dir}`);
  });
});

describe('budget-check --narrative', () => {
  const CAIDIAN = path.join(FIXTURES, '2025-caidian-ybj-budget.xlsx');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-cli-narrative-'));
  const TEXT = [
    '蔡甸区医疗保障局2025年部门预算情况说明',
    '',
    '一、部门基本情况：在职实有人数 30 人，其中行政编制 8 人、事业编制 20 人。',
    '二、收入预算：2025年收入预算XX万元。',
  ].join('\r\n');

  test('a .txt narrative replaces the workbook’s 情况说明 sheet; findings point at its paragraphs; JSON matches the schema', async () => {
    const file = path.join(dir, '情况说明.txt');
    fs.writeFileSync(file, '\uFEFF' + TEXT, 'utf8');
    const json = await cli(['--format', 'json', '--narrative', file, CAIDIAN]);
    const report = JSON.parse(json.out);
    expect(validate(report)).toBe(true);
    expect(validate.errors ?? null).toBeNull();
    const f = report.files[0];
    expect(f.error).toBeNull();
    // the 人员构成 error (30 ≠ 8 + 20) and the XX placeholder are in paragraphs 2 and 3 of the file (the blank line is no paragraph)
    const external = f.findings.filter((x: { locations: { file?: string }[] }) => x.locations.some((l) => l.file !== undefined));
    expect(external.map((x: { rule: string; locations: unknown[] }) => [x.rule, x.locations])).toEqual(
      expect.arrayContaining([
        ['intra/staff-composition', [{ sheet: '', cell: '', file: '情况说明.txt', paragraph: 2 }]],
        ['compliance/placeholders', [{ sheet: '', cell: '', file: '情况说明.txt', paragraph: 3 }]],
      ]),
    );
    // the workbook's own 情况说明 sheet is not read any more (its 万元万元 typo at 情况说明!A90 is gone)
    const onSheet = f.findings.filter((x: { locations: { sheet: string }[] }) => x.locations.some((l) => l.sheet === '情况说明'));
    expect(onSheet).toEqual([]);
    // coverage: the narrative engine sets source to the file name; until it lands coverage is zeros without a source
    expect(f.narrative.source).toBe('情况说明.txt');
    expect(f.narrative.numbers).toBeGreaterThan(0);
    expect(f.narrative.numbers).toBeGreaterThanOrEqual(f.narrative.tied);
    expect(json.code).toBe(1);

    const text = await cli(['--narrative', file, CAIDIAN]);
    expect(text.code).toBe(1);
    expect(text.out).toContain('    情况说明.txt\n      情况说明.txt 第 2 段  情况说明：在职实有人数 30 人，而其中所列各类合计 28 人');
    expect(text.out).toContain('      情况说明.txt 第 3 段  “二、收入预算：2025年收入预算XX万元。”占位符未填写  [compliance/placeholders]');
  });

  test('a .docx narrative', async () => {
    const file = path.join(dir, '情况说明.docx');
    fs.writeFileSync(file, await buildDocx(TEXT.split('\r\n')));
    const json = await cli(['--format', 'json', '--narrative', file, CAIDIAN]);
    const report = JSON.parse(json.out);
    expect(validate(report)).toBe(true);
    const locations = report.files[0].findings.flatMap((x: { locations: { file?: string }[] }) => x.locations.filter((l) => l.file !== undefined));
    expect(locations).toContainEqual({ sheet: '', cell: '', file: '情况说明.docx', paragraph: 3 });
  });

  test('more than one workbook is a usage error (exit 2)', async () => {
    const file = path.join(dir, 'n.txt');
    fs.writeFileSync(file, TEXT);
    const r = await cli(['--narrative', file, FIXTURES]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`--narrative 只能用于检查单个工作簿：这次要检查 ${ALL_XLSX.length} 个文件。`);
    expect(r.err).toContain('用法：budget-check');
    const two = await cli(['--narrative', file, CAIDIAN, path.join(FIXTURES, '2023-huangpi-ybfwzx-budget.xlsx')]);
    expect(two.code).toBe(2);
    expect(two.err).toContain('这次要检查 2 个文件');
  });

  test('an unreadable narrative file: exit 2 with the reason, nothing checked', async () => {
    const missing = await cli(['--narrative', path.join(dir, 'missing.docx'), CAIDIAN]);
    expect(missing).toEqual({ code: 2, out: '', err: `找不到情况说明文件：${path.join(dir, 'missing.docx')}\n` });

    const doc = path.join(dir, '情况说明.doc');
    fs.copyFileSync(path.join(BAD, 'legacy-97-2003.xls'), doc);
    const r = await cli(['--format', 'json', '--narrative', doc, CAIDIAN]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`情况说明 ${doc}：无法读取：这是旧版 Word 97-2003 文档（.doc）`);

    const encrypted = path.join(dir, '加密.docx');
    fs.copyFileSync(path.join(BAD, 'password-protected.xlsx'), encrypted);
    expect((await cli(['--narrative', encrypted, CAIDIAN])).err).toContain('Word 文档设有打开密码');

    const empty = path.join(dir, '空.txt');
    fs.writeFileSync(empty, '\r\n  \r\n');
    expect((await cli(['--narrative', empty, CAIDIAN])).err).toContain('情况说明文件中没有任何文字');

    const pdf = path.join(dir, '情况说明.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4');
    expect((await cli(['--narrative', pdf, CAIDIAN])).err).toContain('请选择纯文本（.txt）或 Word 文档（.docx）');
  });
});
