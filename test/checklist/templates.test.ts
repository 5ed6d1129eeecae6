/**
 * Templates as profiles (issue 16): the template of every seed and real fixture, told from its
 * tables and headings with the evidence said — expected from what each document is
 * (../shared/docs/domain.md §3.1: Wuhan 2022–2023 old template, 2024 on the four-part one;
 * 江苏省级 2017–2019; 上海区级 决算; 决算 公开01–09) — and never a table the template does not have
 * reported missing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyseWorkbook } from '../../src/core/report';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const files = [...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')), ...fs.readdirSync(path.join(FIXTURES, 'real')).filter((f) => f.endsWith('.xlsx')).map((f) => `real/${f}`)];

function expected(file: string): string {
  if (/jiangsu/.test(file)) return 'jiangsu-budget';
  if (/shanghai/.test(file)) return 'shanghai-final';
  if (/final/.test(file)) return 'final';
  return /^(2022|2023)-/.test(file) ? 'wuhan-budget-old' : 'wuhan-budget';
}

test.each(files)('%s', async (file) => {
  const p = path.join(FIXTURES, file);
  const r = analyseWorkbook(p, await readWorkbookFile(p));
  expect(r.document?.template?.id).toBe(expected(file));
  expect(r.document?.template?.source).toBe('detected');
  expect((r.document?.template?.evidence ?? '').length).toBeGreaterThan(3);
  // 江苏 has no 项目支出表 or 绩效目标表: never reported missing
  if (/jiangsu/.test(file)) expect(r.findings.filter((f) => f.rule === 'compliance/required-tables' && /项目支出表|绩效目标表/.test(f.message))).toEqual([]);
});
