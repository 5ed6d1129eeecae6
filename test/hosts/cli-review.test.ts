/**
 * The reviewer's CLI (issue 17): filters, text layout, colour, the batch summary and progress
 * line, and the two files a reviewer files and sends back: `--report` (checked by reading the
 * workbook with exceljs: sheet names, row counts, cell text) and `--opinion` (read back with the
 * narrative reader, mammoth). Exit codes are the same with and without the new options.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import ExcelJS from 'exceljs';
import { parseArgs } from '../../src/hosts/cli/args';
import { run } from '../../src/hosts/cli/main';
import { readNarrativeFile } from '../../src/hosts/narrative/node';
import { FILE_SHEET_COLUMNS, SUMMARY_SHEET } from '../../src/hosts/xlsx/review-report';
import { CHECKLIST_COLUMNS } from '../../src/hosts/xlsx/checklist-sheet';
import { displayWidth } from '../../src/hosts/cli/format';
import { cli } from '../support/cli';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const CAIDIAN = path.join(FIXTURES, '2025-caidian-ybj-budget.xlsx');
/** Every workbook of the fixtures folder, as the CLI finds them (the seeds, then real/…). */
const ALL = (fs.readdirSync(FIXTURES, { recursive: true }) as string[]).filter((f) => f.endsWith('.xlsx')).sort();
const SEEDS = ALL;
const base = (f: string): string => path.basename(f);
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'cli-output.schema.json'), 'utf8')));

interface JsonFinding {
  severity: string;
  category: string;
  rule: string;
  message: string;
  consequences?: JsonFinding[];
  rootCause?: { kind: string };
}

async function cliWith(args: string[], io: { tty?: { stdout: boolean; stderr: boolean }; env?: Record<string, string> }) {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), ...io });
  return { code, out, err };
}

describe('options', () => {
  test('parsed, with clear usage errors', () => {
    expect(parseArgs(['a.xlsx'])).toMatchObject({ minSeverity: 'info', rounding: true, tables: false, quiet: false, report: null, opinion: null });
    expect(parseArgs(['--no-rounding', '--min-severity', 'warning', '--report', 'r.xlsx', '--opinion', 'out/', '-q', 'x'])).toMatchObject({
      minSeverity: 'warning',
      rounding: false,
      quiet: true,
      report: 'r.xlsx',
      opinion: 'out/',
      paths: ['x'],
    });
    expect(() => parseArgs(['--min-severity', 'fatal', 'a'])).toThrow('--min-severity 只能是 error、warning 或 info，收到：fatal');
    expect(() => parseArgs(['--report', 'r.csv', 'a'])).toThrow('--report 要写出 .xlsx 工作簿，收到：r.csv');
    expect(() => parseArgs(['--tables', '--quiet', 'a'])).toThrow('--tables 与 --quiet 不能同时使用。');
  });
});

describe('text for reviewers', () => {
  test('default: no table list; one location per line, not repeated in the message; consequences under their root', async () => {
    const r = await cli([CAIDIAN]);
    expect(r.code).toBe(1);
    expect(r.out).not.toContain('（income-expense-summary）');
    const lines = r.out.split('\n');
    const year = lines.findIndex((l) => l.includes('年份写错：5 处把 2025 年写成 2024 年'));
    expect(lines[year]).toBe('      情况说明!A54  年份写错：5 处把 2025 年写成 2024 年（这是 2025 年预算），应为 2025 年  [narrative/year-labels]');
    const under = lines.slice(year + 1, year + 6);
    expect(under.map((l) => /^ {8}└ 情况说明!(A\d+) {2}“2024 年/.exec(l)?.[1])).toEqual(['A54', 'A56', 'A58', 'A60', 'A62']);
    // the location is said once: "情况说明!A58 … 情况说明!A58：" no more
    for (const l of lines) expect(l).not.toMatch(/^\s+(\S+![A-Z]+\d+)\S*\s.*\1：/);
    expect(r.out).toContain('  错误 24 个（另有');
    expect(r.out).toMatch(/共 1 个文件：已读取 1 个，无法读取 0 个；错误 24 个，警告 16 个，提示 6 个（按根本原因计）。/);
  });

  test('--tables lists the recognised tables; --quiet leaves out coverage and skipped checks', async () => {
    expect((await cli(['--tables', CAIDIAN])).out).toContain('    表1 收支总表!A1:D32  收支总表（income-expense-summary）\n');
    const quiet = await cli(['--quiet', CAIDIAN]);
    expect(quiet.out).not.toContain('未执行的检查');
    expect(quiet.out).not.toContain('情况说明（来源');
    expect(quiet.out).toContain('年份写错');
  });

  test('--min-severity and --no-rounding filter what is listed; exit codes do not change', async () => {
    const all = await cli([CAIDIAN]);
    const warn = await cli(['--min-severity', 'warning', CAIDIAN]);
    const errors = await cli(['--min-severity', 'error', '--no-rounding', CAIDIAN]);
    expect([all.code, warn.code, errors.code]).toEqual([1, 1, 1]);
    expect(all.out).toContain('  提示 6 个');
    expect(warn.out).not.toContain('  提示');
    expect(warn.out).toContain('  警告 16 个');
    expect(errors.out).not.toMatch(/ {2}(警告|提示) \d+ 个/);
    const noRounding = await cli(['--no-rounding', '--format', 'json', CAIDIAN]);
    const findings: JsonFinding[] = JSON.parse(noRounding.out).files[0].findings;
    expect(findings.some((f) => f.category === 'rounding')).toBe(false);
    expect(validate(JSON.parse(noRounding.out))).toBe(true);
    // a file with warnings only exits 0 whatever is filtered
    const huangpi = path.join(FIXTURES, '2023-huangpi-ybfwzx-budget.xlsx');
    expect([(await cli([huangpi])).code, (await cli(['--min-severity', 'error', huangpi])).code]).toEqual([0, 0]);
  });

  test('no ✔ beside a file with errors: ✖ errors, ⚠ warnings only', async () => {
    const r = await cli([FIXTURES]);
    const heads = r.out.split('\n').filter((l) => /^[✔✖⚠] /.test(l));
    expect(heads.slice(0, 5).map((l) => [path.basename(l.split('  ')[0].slice(2)), l[0]])).toEqual([
      ['2022-dongxihu-ybj-budget.xlsx', '✖'],
      ['2023-huangpi-ybfwzx-budget.xlsx', '⚠'],
      ['2024-huangpi-ybfwzx-final.xlsx', '✖'],
      ['2025-caidian-ybj-budget.xlsx', '✖'],
      ['2026-qingshan-ybfwzx-budget.xlsx', '✖'],
    ]);
    // every file: ✖ exactly when it has an error, ⚠ when warnings only, ✔ when neither
    const json = JSON.parse((await cli(['--format', 'json', FIXTURES])).out) as { files: { path: string; findings: JsonFinding[] }[] };
    const mark = (f: { findings: JsonFinding[] }) => (f.findings.some((x) => x.severity === 'error') ? '✖' : f.findings.some((x) => x.severity === 'warning') ? '⚠' : '✔');
    expect(heads.map((l) => l[0])).toEqual(json.files.map(mark));
  });

  test('colour only on a terminal, and never with NO_COLOR', async () => {
    const tty = { stdout: true, stderr: false };
    expect((await cliWith([CAIDIAN], { tty })).out).toContain('\x1b[31m');
    expect((await cliWith([CAIDIAN], { tty, env: { NO_COLOR: '1' } })).out).not.toContain('\x1b[');
    expect((await cliWith([CAIDIAN], {})).out).not.toContain('\x1b[');
  });

  test('a batch: a summary table after the files, a progress line on a terminal’s stderr', async () => {
    const r = await cliWith([FIXTURES], { tty: { stdout: false, stderr: true } });
    for (const [i, f] of SEEDS.entries()) expect(r.err).toContain(`检查 ${i + 1}/${SEEDS.length}：${path.join(FIXTURES, f)}`);
    expect(r.err.endsWith('\r\x1b[K')).toBe(true);
    const lines = r.out.split('\n');
    const head = lines.findIndex((l) => l.startsWith('文件 '));
    expect(lines[head - 1]).toBe('汇总');
    expect(lines[head].split(/\s{2,}/)).toEqual(['文件', '单位', '年度', '类型', '错误', '警告', '审核清单', '说明']);
    const rows = lines.slice(head + 2, head + 2 + SEEDS.length).map((l) => l.split(/\s{2,}/).map((c) => c.trim()));
    expect(rows.map((c) => path.basename(c[0]))).toEqual(SEEDS.map(base));
    expect(rows[3]).toEqual([path.join(FIXTURES, '2025-caidian-ybj-budget.xlsx'), '蔡甸区医疗保障局', '2025', '预算', '24', '16', expect.stringMatching(/^不合格 \d+\/24$/)]);
    // the columns line up in a terminal (CJK characters are two columns wide)
    const units = ['单位', ...rows.map((c) => c[1])];
    const starts = [lines[head], ...lines.slice(head + 2, head + 2 + SEEDS.length)].map((l, i) => displayWidth(l.slice(0, l.indexOf(units[i]))));
    expect(new Set(starts).size).toBe(1);
    // no progress line when stderr is not a terminal
    expect((await cli([FIXTURES])).err).toBe('');
  });
});

describe('--report and --opinion on the fixtures folder', () => {
  let dir: string;
  let result: { code: number; out: string; err: string };
  let json: { files: { path: string; findings: JsonFinding[]; checklist: { title: string }[]; checklistSummary: { failed: number; applicable: number; checked: number; unchecked: number } }[] };
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-review-'));
    const flags = ['--no-rounding', '--min-severity', 'warning'];
    result = await cli([...flags, '--report', path.join(dir, 'r.xlsx'), '--opinion', path.join(dir, 'out'), FIXTURES]);
    json = JSON.parse((await cli([...flags, '--format', 'json', FIXTURES])).out);
  }, 60000);

  test('works: exit 1 (the samples have errors), both written, said on stderr', () => {
    expect(result.code).toBe(1);
    expect(result.err).toContain(`审核结果工作簿已写入 ${path.join(dir, 'r.xlsx')}`);
    expect(result.err).toContain(`审核意见 ${ALL.length} 份已写入 ${path.join(dir, 'out')}`);
  });

  test('the review workbook: a summary sheet with a row per file, then per file a sheet with its findings and its 检查表', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'r.xlsx'));
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe(SUMMARY_SHEET);
    expect(names.filter((_, i) => i % 2 === 1)).toEqual(SEEDS.map((f) => base(f).replace(/\.xlsx$/, '').slice(0, 31)));
    // each file's 检查表 follows its findings sheet (names cut at 31 characters made unique)
    expect(names.filter((_, i) => i > 0 && i % 2 === 0).every((n) => n.startsWith('检查表-'))).toBe(true);
    expect(names).toHaveLength(1 + 2 * SEEDS.length);
    const summary = wb.getWorksheet(SUMMARY_SHEET)!;
    expect(summary.rowCount).toBe(1 + SEEDS.length);
    const text = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1).map((v) => (v && typeof v === 'object' && 'text' in v ? String((v as { text: string }).text) : String(v ?? '')));
    expect(text(summary.getRow(1))).toEqual(['文件', '单位', '年度', '类型', '错误', '警告', '提示', '审核清单', '说明']);
    const caidian = json.files.find((f) => f.path.endsWith('2025-caidian-ybj-budget.xlsx'))!;
    const count = (s: string) => String(caidian.findings.filter((f) => f.severity === s).length);
    const list = caidian.checklistSummary;
    expect(text(summary.getRow(5))).toEqual(['2025-caidian-ybj-budget.xlsx', '蔡甸区医疗保障局', '2025', '预算', count('error'), count('warning'), '0', `不合格 ${list.failed}/${list.applicable}`, '']);
    expect(count('error')).toBe('24');
    // the file cell links to the file's sheet
    expect((summary.getCell('A5').value as { hyperlink: string }).hyperlink).toBe("#'2025-caidian-ybj-budget'!A1");

    const sheet = wb.getWorksheet('2025-caidian-ybj-budget')!;
    expect(text(sheet.getRow(1))).toEqual([...FILE_SHEET_COLUMNS]);
    // one row per root cause and per consequence, a blank row, the checklist line linking to the 检查表
    const rows = caidian.findings.reduce((n, f) => n + 1 + (f.consequences?.length ?? 0), 0);
    expect(sheet.rowCount).toBe(1 + rows + 2);
    const line = sheet.getCell(`A${sheet.rowCount}`).value as { text: string; hyperlink: string };
    expect(line.text).toBe(`审核清单：不合格 ${list.failed} 项（已检查 ${list.checked}/${list.applicable} 项${list.unchecked ? `，无法检查 ${list.unchecked} 项` : ''}），见工作表“检查表-2025-caidian-ybj-budget”`);
    expect(line.hyperlink).toBe("#'检查表-2025-caidian-ybj-budget'!A1");

    // the 检查表: 检查项 | 是否合格 | 问题 | 位置, a row per item under its section
    const cl = wb.getWorksheet('检查表-2025-caidian-ybj-budget')!;
    expect(text(cl.getRow(3))).toEqual([...CHECKLIST_COLUMNS]);
    expect(String(cl.getCell('A4').value)).toBe('完整性');
    const rowsOf = Array.from({ length: cl.rowCount - 3 }, (_, i) => text(cl.getRow(i + 4)));
    const items = rowsOf.filter((r) => r[1] !== '');
    expect(items.map((r) => r[0])).toEqual(caidian.checklist.map((c) => c.title));
    const numbering = items.find((r) => r[0].startsWith('目录与正文标题'))!;
    expect(numbering[1]).toBe('不合格');
    expect(numbering[2]).toMatch(/序号“四、”重复/);
    expect(numbering[3]).toContain('情况说明!A64');
    for (const r of items) expect(['合格', '不合格', '不适用', '无法检查']).toContain(r[1]);
    for (const r of items.filter((x) => x[1] === '无法检查' || x[1] === '不适用')) expect(r[2].length).toBeGreaterThan(3);
    const messages = Array.from(sheet.getColumn(6).values, (v) => String(v ?? ''));
    expect(messages).toContain('年份写错：5 处把 2025 年写成 2024 年（这是 2025 年预算），应为 2025 年');
    expect(messages.some((m) => m.startsWith('尾差'))).toBe(false);
    // a consequence row says which finding it follows from; 应为 is empty where neither side is known
    const year = messages.indexOf('年份写错：5 处把 2025 年写成 2024 年（这是 2025 年预算），应为 2025 年');
    const yearNo = String(sheet.getCell(`A${year}`).value);
    expect(String(sheet.getCell(`A${year + 1}`).value)).toBe(`${yearNo}.1`);
    expect(sheet.getCell(`K${year + 1}`).value).toBe(`由第 ${yearNo} 条引起`);
    const consistency = messages.findIndex((m) => m.includes('增减额不一致'));
    expect([sheet.getCell(`G${consistency}`).value ?? '', sheet.getCell(`H${consistency}`).value]).toEqual(['', '16.25；另一边 16.12']);
  });

  test('one 审核意见 per file: department, document, date, findings by table with locations, checklist, signature', async () => {
    const files = fs.readdirSync(path.join(dir, 'out')).sort();
    expect(files).toEqual(SEEDS.map((f) => base(f).replace(/\.xlsx$/, '-审核意见.docx')).sort());
    const doc = await readNarrativeFile(path.join(dir, 'out', '2025-caidian-ybj-budget-审核意见.docx'));
    const paragraphs = doc.paragraphs.map((p) => p.text);
    const today = new Date();
    const date = `${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日`;
    expect(paragraphs.slice(0, 3)).toEqual([
      '关于蔡甸区医疗保障局2025年部门预算公开材料的审核意见',
      '蔡甸区医疗保障局：',
      `你单位报送的《2025-caidian-ybj-budget.xlsx》已于${date}审核，发现问题 40 个（错误 24 个、警告 16 个；由同一原因引起的多处问题合并为一个），按表格列示如下。`,
    ]);
    expect(paragraphs[3]).toBe('一、情况说明');
    expect(paragraphs).toContain('5. 【错误】住房保障支出 22.73 万元” 与 一般公共预算支出表 C18（221 住房保障支出） 22.48 不符，差 0.25 万元（应为 22.48）。位置：情况说明!A60、表5 一般公共预算支出表!C18。'.replace('5. 【错误】住房', '2. 【错误】“住房'));
    const year = paragraphs.find((p) => p.includes('年份写错'))!;
    expect(year).toMatch(/^\d+\. 【错误】年份写错：5 处把 2025 年写成 2024 年（这是 2025 年预算），应为 2025 年。位置：情况说明!A54、情况说明!A56、情况说明!A58、情况说明!A60、情况说明!A62。$/);
    expect(paragraphs[paragraphs.indexOf(year) + 1]).toMatch(/^同一原因还引起 5 处问题，改正后应一并消除——情况说明!A54：“2024 年部门预算情况说明”/);
    // neither side known: no 应为, the reviewer is asked to check both
    expect(paragraphs.find((p) => p.includes('增减额不一致'))).toMatch(/（请核实哪一方有误）/);
    expect(paragraphs.some((p) => /^[一二三四五六七八九十]+、表9 项目支出表|^[一二三四五六七八九十]+、国有资本经营预算支出表/.test(p))).toBe(true);
    // the checklist items not passed: 不合格 with their problems, then what could not be checked
    const head = paragraphs.findIndex((p) => /^[一二三四五六七八九十]+、审核清单未通过事项$/.test(p));
    expect(paragraphs[head + 1]).toMatch(/^按审核清单（第 1\.\d+ 版）逐项检查：不合格 \d+ 项（已检查 \d+\/24 项(，无法检查 \d+ 项)?）。$/);
    const listed = paragraphs.slice(head + 2).filter((p) => /^\d+\. /.test(p));
    expect(listed.some((p) => /^\d+\. 目录与正文标题、表名一致，标题序号连续、不重复。不合格：\d+ 个问题：.*序号“四、”重复/.test(p))).toBe(true);
    // issue 16: the 名词解释 is checked now (it leaves out 3 项 of 表5)
    expect(listed.some((p) => /^\d+\. 名词解释：.*不合格：\d+ 个问题：.*还用到 3 个没有列出/.test(p))).toBe(true);
    // issue 16: every item of this 预算 can be checked now; the line is there only when some cannot
    const unchecked = listed.filter((p) => /（.*）。$/.test(p) && !p.includes('不合格：')).length;
    if (unchecked) expect(paragraphs).toContain(`以下 ${unchecked} 项未能自动检查，请对照核实：`);
    else expect(paragraphs.some((p) => /项未能自动检查/.test(p))).toBe(false);
    expect(paragraphs.slice(-3)).toEqual(['审核人（签字）：________________', '审核单位（盖章）：________________', `日期：${date}`]);
    // --min-severity warning: no 提示 in the opinion
    expect(paragraphs.some((p) => p.includes('【提示】'))).toBe(false);
  });
});
