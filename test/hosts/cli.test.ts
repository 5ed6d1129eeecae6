import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import { run } from '../../src/hosts/cli/main';
import { parseArgs, UsageError } from '../../src/hosts/cli/args';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const BAD = path.join(ROOT, 'test', 'bad-inputs');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'cli-output.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe('argument parsing', () => {
  test('defaults and options', () => {
    expect(parseArgs(['a.xlsx'])).toMatchObject({ format: 'text', out: null, paths: ['a.xlsx'] });
    expect(parseArgs(['--format', 'json', '--out', 'r.json', 'a', 'b'])).toMatchObject({ format: 'json', out: 'r.json', paths: ['a', 'b'] });
    expect(parseArgs(['--format=json', 'a'])).toMatchObject({ format: 'json' });
  });
  test('usage errors', () => {
    expect(() => parseArgs([])).toThrow(UsageError);
    expect(() => parseArgs(['--format', 'xml', 'a'])).toThrow('--format 只能是 text 或 json，收到：xml');
    expect(() => parseArgs(['--out'])).toThrow('选项 --out 需要一个值。');
    expect(() => parseArgs(['--what', 'a'])).toThrow('未知选项：--what');
  });
});

describe('budget-check CLI', () => {
  test('bad usage exits 2 with the usage text', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('请至少指定一个 .xlsx 文件或文件夹。');
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
    expect(report.files.map((f: { path: string }) => path.basename(f.path))).toEqual(
      fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).sort(),
    );
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

    const text = await cli([file]);
    expect(text.code).toBe(1);
    expect(text.out).toContain(`✔ ${file}  预算 · 2023 年 · 黄陂区医疗保障服务中心 · 万元 · 2 张工作表（其中隐藏 1 张） · 识别 1 张表，未识别 1 处`);
    expect(text.out).toContain('    表1 收支总表!A1:D4  收支总表（income-expense-summary）\n');
    expect(text.out).toContain('    隐藏（隐藏）!A1  未识别：没有标题，表头也不像任何一张标准公开表\n');

    const outFile = path.join(dir, 'r.json');
    const written = await cli(['--format', 'json', '--out', outFile, file]);
    expect(written.out).toBe('');
    expect(written.err).toContain(`结果已写入 ${outFile}`);
    expect(validate(JSON.parse(fs.readFileSync(outFile, 'utf8')))).toBe(true);
  });

  test('unreadable and missing inputs are reported and exit 2', async () => {
    const r = await cli([path.join(BAD, 'legacy-97-2003.xls'), path.join(BAD, 'missing.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('无法读取：这是旧版 Excel 97-2003 工作簿（.xls）');
    expect(r.out).toContain('找不到文件或文件夹。');
    expect(r.out).toContain('共 2 个文件：已读取 0 个，无法读取 2 个');
  });

  test('a folder without workbooks is said out loud', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-empty-'));
    const r = await cli([dir]);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`文件夹中没有找到 Excel 工作簿（.xlsx）：${dir}`);
  });
});
