/**
 * cross/projects-vs-performance pairs projects with their 绩效目标表 through indexes of the forms'
 * normalised codes and names (issue 19: it used to scan every form for every project). Its
 * findings are compared with the rule as it was (test/check/plain/projects-vs-performance.ts) on
 * every fixture and on generated departments with repeated, missing, spaced and near-miss codes
 * and names, where the order of pairing decides the findings.
 */
import { buildModel, runRules } from '../../src/core/check';
import projectsVsPerformance from '../../src/core/check/rules/projects-vs-performance';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { Rng } from '../support/department/rng';
import { buildWorkbook, type CellSpec, type SheetSpec } from './rule-tester';
import { projectFormSheet, projectTable } from './tables';
import plain from './plain/projects-vs-performance';

function expectSame(sheets: SheetSpec[] | Parameters<typeof buildModel>[0]): number {
  const wb = Array.isArray(sheets) ? buildWorkbook(sheets) : sheets;
  const model = buildModel(wb, recognise(wb));
  const got = runRules(model, [projectsVsPerformance]);
  expect(got).toEqual(runRules(model, [plain]));
  return got.findings.length;
}

test.each(FIXTURE_PATHS.map((p) => [p.split('/').pop()!, p]))('%s: the findings of the plain rule', async (_, file) => {
  expectSame(await readWorkbookFile(file));
}, 60000);

describe('generated departments', () => {
  const NAMES = ['医保服务中心工作经费', '医保信息化建设经费', '开展医疗保险宣传等工作经费', '开展城乡居民医疗保险宣传等工作经费', '稽核经费', '稽 核经费', '办公楼维修', '办公楼维修改造'];
  const CODES = ['42010726202T000000001', '42010726202T000000002', '42010726202T000000003', ' 42010726202T000000001', ''];

  test('repeated, missing and near-miss codes and names pair as before', () => {
    const rng = new Rng(19);
    let findings = 0;
    const kinds = new Set<string>();
    for (let n = 0; n < 40; n++) {
      const count = rng.int(1, 6);
      const lines: CellSpec[][] = [[null, '合计', null, 60]];
      for (let k = 0; k < count; k++) lines.push([rng.pick(CODES) || null, rng.pick(NAMES), null, rng.int(10, 12)]);
      const sheets: SheetSpec[] = [projectTable(lines)];
      const forms = rng.int(0, 6);
      for (let k = 0; k < forms; k++) {
        const code = rng.pick(CODES);
        sheets.push(projectFormSheet({ sheet: `表15-${k + 1} 项目支出绩效目标表`, name: rng.pick(NAMES), ...(code ? { code } : {}), current: rng.int(10, 12) }));
      }
      const wb = buildWorkbook(sheets);
      const model = buildModel(wb, recognise(wb));
      const got = runRules(model, [projectsVsPerformance]);
      expect(got).toEqual(runRules(model, [plain]));
      findings += got.findings.length;
      for (const f of got.findings) kinds.add(f.message.replace(/“.*$/, ''));
    }
    // every kind of finding came up: unpaired projects and forms, renamed projects, different 当年预算
    expect(findings).toBeGreaterThan(40);
    expect([...kinds]).toEqual(expect.arrayContaining(['项目名称不一致：项目支出表', '项目支出表中的项目', '项目支出绩效目标表', '项目']));
  });
});
