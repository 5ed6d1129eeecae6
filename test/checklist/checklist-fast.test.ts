/**
 * evaluateChecklist builds each entry field by field and finds an item's findings through an index
 * by rule (issue 19: speed). Every entry must be the one the plain evaluation gives (kept below,
 * verbatim): on every fixture's findings, and on findings made to hit the index's edges (an item
 * whose rules' findings interleave, a rule listed twice, rules that did not run, accepted findings).
 */
import * as path from 'path';
import { check } from '../../src/core/check';
import { documentFacts } from '../../src/core/facts';
import type { SkippedRule } from '../../src/core/check/types';
import { RULE_CATALOG } from '../../src/core/check/rules/catalog';
import { CHECK_ITEMS, evaluateChecklist, evaluateItem, failsItem, flatFindings, type ChecklistInput } from '../../src/core/checklist';
import type { CheckItem, ChecklistEntry } from '../../src/core/checklist';
import { TEMPLATES } from '../../src/core/model/templates';
import { recognise } from '../../src/core/recognize';
import type { Finding } from '../../src/core/report';
import { rootCauses } from '../../src/core/review/roots';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { testFinding } from '../support/finding';
import { FIXTURE_PATHS } from '../support/fixtures';

// ---- the plain evaluation, as it was before the index ----
const RULE_DOCUMENTS = new Map(RULE_CATALOG.map((m) => [m.id, m.documents]));
const KIND_ZH = { budget: '预算', final: '决算' } as const;

/** Why an item does not apply to this document, or null when it does. */
function notApplicable(item: CheckItem, input: ChecklistInput): string | null {
  if (item.documents && input.kind && !item.documents.includes(input.kind)) return `只适用于${item.documents.map((d) => KIND_ZH[d]).join('、')}公开`;
  if (item.templates && input.template && !item.templates.includes(input.template.profile.id)) {
    return `${input.template.profile.name}没有此项（适用于${item.templates.map((t) => TEMPLATES[t].name).join('、')}）`;
  }
  if (item.years && input.year !== null) {
    if (item.years.from !== undefined && input.year < item.years.from) return `${item.years.from} 年起适用，本文件为 ${input.year} 年`;
    if (item.years.to !== undefined && input.year > item.years.to) return `适用于 ${item.years.to} 年及以前，本文件为 ${input.year} 年`;
  }
  // every rule of the item is for the other document kind
  const rules = item.rules.filter((r) => {
    const docs = RULE_DOCUMENTS.get(r);
    return !docs || !input.kind || docs.includes(input.kind);
  });
  if (item.rules.length > 0 && rules.length === 0 && input.kind) return `只适用于${input.kind === 'budget' ? '决算' : '预算'}公开`;
  return null;
}

function clip(s: string, n = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

function plainEvaluateItem(item: CheckItem, input: ChecklistInput, all: Finding[] = flatFindings(input.findings)): ChecklistEntry {
  const base = { id: item.id, title: item.title, group: item.group };
  const mine = all.filter((f) => item.rules.includes(f.rule));
  const fingerprints = unique(mine.map((f) => f.fingerprint).filter((x): x is string => !!x));
  const na = notApplicable(item, input);
  if (na) return { ...base, outcome: 'not-applicable', reason: na, findings: fingerprints };
  if (item.rules.length === 0) return { ...base, outcome: 'cannot-check', reason: `本工具尚不能自动检查，请人工核对：${item.manual ?? item.title}`, findings: [] };
  const applicable = item.rules.filter((r) => {
    const docs = RULE_DOCUMENTS.get(r);
    return !docs || !input.kind || docs.includes(input.kind);
  });
  const accepted = input.accepted ?? new Set<string>();
  const failing = mine.filter((f) => failsItem(f) && !(f.fingerprint && accepted.has(f.fingerprint)));
  const acceptedN = mine.filter((f) => failsItem(f) && f.fingerprint && accepted.has(f.fingerprint)).length;
  if (failing.length) {
    const messages = unique(failing.map((f) => clip(f.message)));
    const reason = `${failing.length} 个问题：${messages.slice(0, 2).join('；')}${messages.length > 2 ? ' 等' : ''}`;
    return { ...base, outcome: 'fail', reason, findings: fingerprints };
  }
  const ran = applicable.filter((r) => input.ran.includes(r));
  const skippedWhole = input.skipped.filter((s) => applicable.includes(s.rule) && !input.ran.includes(s.rule));
  const partial = input.skipped.filter((s) => applicable.includes(s.rule) && input.ran.includes(s.rule));
  if (ran.length === 0) {
    const off = applicable.filter((r) => input.off?.includes(r));
    const reasons = unique(skippedWhole.map((s) => s.reason));
    const reason = reasons.length ? reasons.join('；') : off.length ? '相关检查已在设置中关闭' : '相关检查没有运行';
    return { ...base, outcome: 'cannot-check', reason, findings: fingerprints };
  }
  const notes: string[] = [];
  if (acceptedN) notes.push(`已接受 ${acceptedN} 个问题（出错说明）`);
  const info = mine.filter((f) => !failsItem(f));
  const rounding = info.filter((f) => f.category === 'rounding').length;
  if (rounding) notes.push(`尾差 ${rounding} 处`);
  const hints = info.filter((f) => f.category !== 'rounding');
  if (hints.length) notes.push(`提示 ${hints.length} 条：${clip(hints[0].message, 50)}`);
  const unchecked = unique([...skippedWhole, ...partial].map((s) => s.reason));
  if (unchecked.length) notes.push(`部分未检查：${unchecked.slice(0, 2).join('；')}${unchecked.length > 2 ? ' 等' : ''}`);
  if (item.manual) notes.push(`需人工核对：${item.manual}`);
  return { ...base, outcome: 'pass', reason: notes.length ? notes.join('；') : null, findings: fingerprints };
}

// ---- end of the plain evaluation ----

function plainChecklist(input: ChecklistInput, items: CheckItem[] = CHECK_ITEMS): ChecklistEntry[] {
  const all = flatFindings(input.findings);
  return items.map((item) => plainEvaluateItem(item, input, all));
}

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
