/**
 * The checklist in the CLI (issue 16): JSON `checklist`/`checklistVersion` for every file (schema
 * kept), the text block after the findings (不适用 folded into one line), the batch summary's
 * 审核清单 column, and --template.
 */
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { cli } from '../support/cli';
import { parseArgs } from '../../src/hosts/cli/args';
import { formatChecklist } from '../../src/hosts/cli/format';
import { CHECK_ITEMS } from '../../src/core/checklist';
import type { FileReport } from '../../src/core/report';

const ROOT = path.join(__dirname, '..', '..');
const CAIDIAN = path.join(ROOT, 'test', 'fixtures', '2025-caidian-ybj-budget.xlsx');
const HUANGPI_FINAL = path.join(ROOT, 'test', 'fixtures', '2024-huangpi-ybfwzx-final.xlsx');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'cli-output.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

const base: FileReport = {
  path: 'a.xlsx',
  error: null,
  document: { kind: 'budget', year: 2025, unit: '某局', moneyUnit: '万元', template: { id: 'wuhan-budget', name: '武汉区级预算模板', evidence: '有项目支出绩效目标表', source: 'detected' } },
  sheets: [],
  tables: [],
  unrecognised: [],
  findings: [],
  narrative: { numbers: 0, tied: 0 } as FileReport['narrative'],
  checklistVersion: '1.0',
  checklist: [
    { id: 'a', title: '公开表格齐全：模板规定的表均已公开', group: '完整性', outcome: 'pass', reason: null, findings: [] },
    { id: 'b', title: '目录与正文标题、表名一致，标题序号连续', group: '规范性', outcome: 'fail', reason: '1 个问题：序号“四、”重复', findings: ['x'] },
    { id: 'c', title: '名词解释：解释了所用的专业名词', group: '完整性', outcome: 'cannot-check', reason: '没有情况说明', findings: [] },
    { id: 'd', title: '绩效：决算写明绩效自评', group: '完整性', outcome: 'not-applicable', reason: '只适用于决算公开', findings: [] },
    { id: 'e', title: '机关运行经费：说明安排情况', group: '完整性', outcome: 'not-applicable', reason: '只适用于决算公开', findings: [] },
  ],
  checklistSummary: { items: 5, applicable: 3, checked: 2, passed: 1, failed: 1, unchecked: 1, notApplicable: 2 },
};

test('the text block: completion figure and template, one line per applicable item, 不适用 folded into one line', () => {
  expect(formatChecklist(base)).toEqual([
    '  审核清单（第 1.0 版）：不合格 1 项（已检查 2/3 项，无法检查 1 项） · 模板：武汉区级预算模板（依据：有项目支出绩效目标表）',
    '    ✔ 合格  公开表格齐全',
    '    ✖ 不合格  目录与正文标题、表名一致：1 个问题：序号“四、”重复',
    '    ? 无法检查  名词解释：没有情况说明',
    '    – 不适用 2 项：绩效、机关运行经费',
  ]);
  expect(formatChecklist({ ...base, checklist: undefined })).toEqual([]);
});

test('--template is checked against the known templates', () => {
  expect(parseArgs(['--template', 'shanghai-final', 'a.xlsx']).template).toBe('shanghai-final');
  expect(() => parseArgs(['--template', 'beijing', 'a.xlsx'])).toThrow(/--template 不认识“beijing”，可用：wuhan-budget、/);
});

describe('budget-check CLI', () => {
  test('JSON: every item’s outcome for every file, in checklist order; the schema holds; --template is the user’s', async () => {
    const r = await cli(['--format', 'json', '--template', 'wuhan-budget-old', CAIDIAN, HUANGPI_FINAL]);
    const report = JSON.parse(r.out);
    expect(validate(report)).toBe(true);
    for (const f of report.files) {
      expect(f.checklistVersion).toMatch(/^\d+\.\d+$/);
      expect(f.checklist.map((c: { id: string }) => c.id)).toEqual(CHECK_ITEMS.map((i) => i.id));
      expect(f.checklistSummary.items).toBe(CHECK_ITEMS.length);
    }
    const [caidian, final] = report.files;
    expect(caidian.document.template).toMatchObject({ id: 'wuhan-budget-old', source: 'user' });
    // a 预算 template does not fit a 决算: the detected one stays
    expect(final.document.template).toMatchObject({ id: 'final', source: 'detected' });
    expect(final.document.template.evidence).toMatch(/；用户指定的“部门预算公开（武汉区级旧模板：.*”只适用于预算，本文件为决算，未采用$/);
    // S004's “四、” twice and 目录 ≠ body fail the headings item, and its findings are listed by fingerprint
    const headings = caidian.checklist.find((c: { id: string }) => c.id === 'form/headings');
    expect(headings.outcome).toBe('fail');
    const prints = new Set(caidian.findings.flatMap((f: { fingerprint: string; consequences?: { fingerprint: string }[] }) => [f.fingerprint, ...(f.consequences ?? []).map((c) => c.fingerprint)]));
    expect(headings.findings.length).toBeGreaterThan(0);
    for (const fp of headings.findings) expect(prints.has(fp)).toBe(true);
  });

  test('text: the checklist after the findings, the summary’s 审核清单 column filled; --quiet leaves it out', async () => {
    const r = await cli([CAIDIAN, HUANGPI_FINAL]);
    expect(r.out).toMatch(/审核清单（第 1\.\d+ 版）：不合格 \d+ 项（已检查 \d+\/\d+ 项/);
    expect(r.out).toContain('✖ 不合格  目录与正文标题、表名一致');
    expect(r.out).not.toContain('审核清单一列尚未提供');
    const summary = r.out.slice(r.out.indexOf('汇总'));
    expect(summary).toMatch(/2025-caidian-ybj-budget\.xlsx .*不合格 \d+\/\d+/);
    const quiet = await cli(['--quiet', CAIDIAN]);
    expect(quiet.out).not.toContain('审核清单（');
  });
});
