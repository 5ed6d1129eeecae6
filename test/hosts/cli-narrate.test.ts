/**
 * `budget-check narrate` end to end: text, JSON (validated against docs/narrate-output.schema.json),
 * --docx (read back, and checked against the workbook with --narrative), --out, --prior, exit codes
 * and Chinese messages; the check command's contract is unchanged (a path named "narrate").
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import ExcelJS from 'exceljs';
import { cli } from '../support/cli';
import { parseArgs } from '../../src/hosts/cli/args';
import { parseNarrateArgs, UsageError } from '../../src/hosts/cli/args';
import { readNarrativeFile } from '../../src/hosts/narrative/node';
import { syntheticBudget, writeXlsx } from '../support/synthetic';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const QINGSHAN = path.join(FIXTURES, '2026-qingshan-ybfwzx-budget.xlsx');
const FINAL = path.join(FIXTURES, '2024-huangpi-ybfwzx-final.xlsx');
const BAD = path.join(ROOT, 'test', 'bad-inputs');
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'narrate-output.schema.json'), 'utf8')));
const checkSchema = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'cli-output.schema.json'), 'utf8')));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-narrate-'));

describe('argument parsing', () => {
  test('options', () => {
    expect(parseNarrateArgs(['a.xlsx'])).toMatchObject({ format: 'text', out: null, prior: null, docx: null, workbook: 'a.xlsx' });
    expect(parseNarrateArgs(['--format=json', '--prior', 'p.xlsx', '--docx', 'o.docx', '--out', 'o.json', 'a.xlsx'])).toMatchObject({ format: 'json', prior: 'p.xlsx', docx: 'o.docx', out: 'o.json', workbook: 'a.xlsx' });
    expect(parseNarrateArgs(['--', '--odd.xlsx'])).toMatchObject({ workbook: '--odd.xlsx' });
  });
  test('usage errors', () => {
    expect(() => parseNarrateArgs([])).toThrow(UsageError);
    expect(() => parseNarrateArgs(['a.xlsx', 'b.xlsx'])).toThrow('narrate 一次只能起草一个工作簿的情况说明，收到 2 个');
    expect(() => parseNarrateArgs(['--prior', 'a.xlsx', '--prior', 'b.xlsx', 'c.xlsx'])).toThrow('--prior 只能指定一次。');
    expect(() => parseNarrateArgs(['--format', 'docx', 'a.xlsx'])).toThrow('--format 只能是 text 或 json，收到：docx');
    expect(() => parseNarrateArgs(['--narrative', 'x.txt', 'a.xlsx'])).toThrow('未知选项：--narrative');
  });
  test('the check command is unchanged: narrate is a subcommand only as the first argument', () => {
    expect(parseArgs(['a.xlsx', 'narrate'])).toMatchObject({ paths: ['a.xlsx', 'narrate'] });
    expect(parseArgs(['--', 'narrate'])).toMatchObject({ paths: ['narrate'] });
  });
});

describe('budget-check narrate', () => {
  test('text: the whole 情况说明 on stdout, what is left to fill in on stderr, exit 0', async () => {
    const r = await cli(['narrate', QINGSHAN]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('武汉市青山区医疗保障服务中心2026年部门预算情况说明');
    for (const title of ['一、收支预算总体安排情况', '五、一般公共预算支出安排情况', '十、项目支出安排情况', '十二、名词解释']) expect(r.out).toContain(`\n\n${title}\n`);
    expect(r.out).toContain('2026年支出预算217.98万元，其中：基本支出161.18万元，占73.94%；项目支出56.80万元，占26.06%。');
    expect(r.err).toMatch(/文中还有 \d+ 处【……请填写】，请补充后再公开。/);
  });

  test('drafts from every spreadsheet format the checker reads: .xls and .ods give the .xlsx text', async () => {
    const xlsx = await cli(['narrate', path.join(FIXTURES, '2023-huangpi-ybfwzx-budget.xlsx')]);
    expect(xlsx.code).toBe(0);
    for (const f of ['2023-huangpi-ybfwzx-budget.ods', '2022-dongxihu-ybj-budget.xls']) {
      const r = await cli(['narrate', path.join(ROOT, 'test', 'fixtures-xls', f)]);
      expect([f, r.code]).toEqual([f, 0]);
      if (f.startsWith('2023-huangpi')) expect(r.out).toBe(xlsx.out);
      else expect(r.out.split('\n')[0]).toBe('武汉市东西湖区医疗保障局2022年部门预算情况说明');
    }
  });

  test('JSON matches docs/narrate-output.schema.json', async () => {
    for (const file of [QINGSHAN, FINAL]) {
      const r = await cli(['narrate', '--format', 'json', file]);
      expect(r.code).toBe(0);
      const report = JSON.parse(r.out);
      expect(validate(report)).toBe(true);
      expect(validate.errors ?? null).toBeNull();
      expect(report).toMatchObject({ tool: 'budget-check', file, prior: null });
      expect(report.sections.length).toBeGreaterThan(10);
      for (const s of report.sections) expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'title', 'paragraphs']));
      expect(r.err).toBe('');
    }
    const budget = JSON.parse((await cli(['narrate', '--format=json', QINGSHAN])).out);
    expect(budget.document).toEqual({ kind: 'budget', year: 2026, unit: '武汉市青山区医疗保障服务中心', moneyUnit: '万元' });
    expect(budget.placeholders).toBeGreaterThan(0);
    expect(budget.priorFields).toContainEqual({ key: 'in:收入总计', name: '收支总计' });
  });

  test('--docx writes a Word document that reads back as the text, and checks clean against the workbook (--narrative)', async () => {
    const docx = path.join(dir, '情况说明.docx');
    const text = await cli(['narrate', QINGSHAN]);
    const r = await cli(['narrate', '--docx', docx, QINGSHAN]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`Word 文档已写入 ${docx}`);
    expect(r.out).toBe(text.out);
    const back = await readNarrativeFile(docx);
    expect(back.paragraphs.map((p) => p.text)).toEqual(text.out.split('\n').filter((l) => l.trim()));
    const check = await cli(['--format', 'json', '--narrative', docx, QINGSHAN]);
    const report = JSON.parse(check.out);
    expect(checkSchema(report)).toBe(true);
    const f = report.files[0];
    expect(f.narrative.source).toBe('情况说明.docx');
    expect(f.findings.filter((x: { category: string; severity: string }) => x.category === 'narrative' && x.severity === 'error')).toEqual([]);
  });

  test('--out writes the result to a file', async () => {
    const out = path.join(dir, 'narrative.json');
    const r = await cli(['narrate', '--format', 'json', '--out', out, FINAL]);
    expect(r).toMatchObject({ code: 0, out: '' });
    expect(r.err).toContain(`情况说明已写入 ${out}`);
    expect(validate(JSON.parse(fs.readFileSync(out, 'utf8')))).toBe(true);
  });

  test('--prior: the change sentences against last year’s workbook', async () => {
    const current = path.join(dir, '2026.xlsx');
    const prior = path.join(dir, '2025.xlsx');
    await writeXlsx(syntheticBudget({ seed: 11, units: 2 }).workbook, current);
    await writeXlsx(syntheticBudget({ seed: 12, units: 2, year: 2025 }).workbook, prior);
    const r = await cli(['narrate', '--format', 'json', '--prior', prior, current]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(validate(report)).toBe(true);
    expect(report.prior).toEqual({ file: prior, kind: 'budget', year: 2025 });
    expect(report.sections[0].paragraphs[1]).toMatch(/^2026年收支总预算\d+\.\d{2}万元，比2025年预算(增加|减少)\d+\.\d{2}万元，(增长|下降)\d+\.\d{2}%，【主要原因：请填写】。$/);
    expect(report.sections[0].changes).toEqual([{ key: 'in:收入总计', name: '收支总计', paragraph: 1, placeholder: true }]);
    // a prior workbook of the wrong year: drafted without it, said on stderr
    const wrong = await cli(['narrate', '--prior', current, current]);
    expect(wrong.code).toBe(0);
    expect(wrong.err).toContain('提示：上年工作簿（2026 年预算）不能用作上年数：本文件是 2026 年预算，应提供 2025 年预算；未使用');
  });

  test('--help', async () => {
    const r = await cli(['narrate', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('用法：budget-check narrate');
    expect((await cli(['--help'])).out).toContain('budget-check narrate');
  });
});

describe('budget-check narrate: could not run (exit 2)', () => {
  test('usage: no workbook, two workbooks, a folder, an unknown option', async () => {
    const none = await cli(['narrate']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('请指定一个工作簿（.xlsx、.xlsm、.xls、.et 或 .ods 文件）。（要检查名为 narrate 的文件或文件夹，请写 budget-check ./narrate）');
    expect(none.err).toContain('用法：budget-check narrate');
    expect((await cli(['narrate', QINGSHAN, FINAL])).code).toBe(2);
    const folder = await cli(['narrate', FIXTURES]);
    expect(folder).toMatchObject({ code: 2, out: '' });
    expect(folder.err).toContain(`narrate 只能用于单个工作簿（.xlsx 文件），${FIXTURES} 是文件夹。`);
    expect((await cli(['narrate', '--what', QINGSHAN])).err).toContain('未知选项：--what');
  });

  test('an unreadable or missing workbook or prior workbook', async () => {
    const missing = path.join(dir, 'missing.xlsx');
    expect(await cli(['narrate', missing])).toEqual({ code: 2, out: '', err: `找不到工作簿：${missing}\n` });
    const html = await cli(['narrate', path.join(BAD, 'html-export.xls')]);
    expect(html.code).toBe(2);
    expect(html.err).toContain('无法读取：这是网页（HTML）格式的表格');
    const prior = await cli(['narrate', '--prior', missing, QINGSHAN]);
    expect(prior).toEqual({ code: 2, out: '', err: `找不到上年工作簿：${missing}\n` });
  });

  test('a workbook whose kind (预算/决算) is not recognised', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.getCell('A1').value = '项目';
    ws.getCell('B1').value = 100;
    const file = path.join(dir, 'unknown.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await cli(['narrate', file]);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toContain(`${file}：无法生成情况说明：没有识别出这是部门预算还是部门决算`);
  });

  test('a path named “narrate” is still checked, written ./narrate or after --', async () => {
    const r = await cli(['--', 'narrate']);
    expect(r.code).toBe(2);
    expect(r.out).toContain('找不到文件或文件夹。（narrate）');
    const dot = await cli(['./narrate']);
    expect(dot.out).toContain('找不到文件或文件夹。（./narrate）');
  });
});
