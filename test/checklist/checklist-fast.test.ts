/**
 * evaluateChecklist builds each entry field by field and finds an item's findings through an index
 * by rule (issue 19: speed). Every entry must be the one the plain evaluation gives (test/checklist/plain-evaluate.ts,
 * verbatim): on every fixture's findings, and on findings made to hit the index's edges (an item
 * whose rules' findings interleave, a rule listed twice, rules that did not run, accepted findings).
 */
import * as path from 'path';
import { check } from '../../src/core/check';
import { documentFacts } from '../../src/core/facts';
import type { SkippedRule } from '../../src/core/check/types';
import { evaluateChecklist, evaluateItem, failsItem, flatFindings, type ChecklistInput } from '../../src/core/checklist';
import type { CheckItem } from '../../src/core/checklist';
import { recognise } from '../../src/core/recognize';
import { rootCauses } from '../../src/core/review/roots';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { testFinding } from '../support/finding';
import { FIXTURE_PATHS } from '../support/fixtures';
import { plainChecklist, plainEvaluateItem } from './plain-evaluate';

// the plain evaluation, as it was before the index: test/checklist/plain-evaluate.ts

const files = FIXTURE_PATHS;

test.each(files.map((f) => [path.basename(f), f]))('%s: the same checklist as the plain evaluation', async (_name, file) => {
  const wb = await readWorkbookFile(file);
  const result = check(wb, recognise(wb));
  const facts = documentFacts(wb);
  const base = { skipped: result.skipped, ran: result.ran, kind: facts.kind, year: facts.year, template: result.template ?? null };
  for (const findings of [result.findings, rootCauses(result.findings)]) {
    const input: ChecklistInput = { ...base, findings };
    const got = evaluateChecklist(input);
    expect(JSON.stringify(got)).toBe(JSON.stringify(plainChecklist(input)));
    // some accepted, some rules off
    const accepted = new Set(flatFindings(findings).filter((_, i) => i % 3 === 0).map((f) => f.fingerprint as string));
    const more: ChecklistInput = { ...input, accepted, off: result.ran.filter((_, i) => i % 4 === 0), ran: result.ran.filter((_, i) => i % 4 !== 0) };
    expect(JSON.stringify(evaluateChecklist(more))).toBe(JSON.stringify(plainChecklist(more)));
  }
}, 30000);

test('interleaved rules, a rule listed twice, skipped and partial rules: entries as the plain evaluation gives them', () => {
  const items: CheckItem[] = [
    { id: 't/two', group: '规范性', title: '两条规则', description: '', rules: ['a/two', 'a/one'], since: '1.0', basis: '' },
    { id: 't/twice', group: '规范性', title: '重复列出', description: '', rules: ['a/one', 'a/one', 'a/three'], since: '1.0', basis: '', manual: '人工核对' },
    { id: 't/none', group: '规范性', title: '无规则', description: '', rules: [], since: '1.0', basis: '', manual: '人工' },
    { id: 't/skipped', group: '规范性', title: '未运行', description: '', rules: ['a/four'], since: '1.0', basis: '' },
  ];
  const findings = [
    testFinding('a/one', 'error', '一 第一'),
    testFinding('a/two', 'warning', '二  第一\n换行'),
    testFinding('a/one', 'info', '尾差', 'rounding'),
    testFinding('a/three', 'info', '提示一'),
    testFinding('a/two', 'error', '二 第二'),
    testFinding('a/one', 'error', '一 第一'),
  ];
  const skipped: SkippedRule[] = [
    { rule: 'a/three', reason: '缺少表' },
    { rule: 'a/four', reason: '缺少说明' },
  ];
  const input: ChecklistInput = { findings, skipped, ran: ['a/one', 'a/two', 'a/three'], kind: 'budget', year: 2024, template: null };
  const got = evaluateChecklist(input, items);
  expect(got).toEqual(plainChecklist(input, items));
  // the interleaved findings keep the flat order (a/one's and a/two's by position)
  expect(got[0].findings).toEqual(['a/one:一 第一', 'a/two:二  第一\n换行', 'a/one:尾差', 'a/two:二 第二']);
  for (const it of items) expect(evaluateItem(it, input)).toEqual(plainEvaluateItem(it, input));
  // only info: the notes of a passing item
  const info: ChecklistInput = { ...input, findings: findings.filter((f) => !failsItem(f)) };
  expect(evaluateChecklist(info, items)).toEqual(plainChecklist(info, items));
  expect(evaluateChecklist(info, items)[1].outcome).toBe('pass');
});
