/**
 * The reviewer's checklist (issue 16): every rule belongs to one item; the outcome of an item
 * from findings, skipped rules and the document; and, on the 18 real fixtures, every
 * completeness/wording problem of their audited lists is reported by an item while no item
 * fails without a listed problem (the known exceptions are listed with why).
 * On the seeds the same holds through seeds.test.ts and narrative-seeds.test.ts, which assert
 * every error and warning exactly.
 */
import * as fs from 'fs';
import { RULES } from '../../src/core/check/rules';
import { README_MARKERS, renderChecklistDoc, renderChecklistTable, withReadmeChecklist } from '../../src/core/checklist/doc';
import { TEMPLATE_IDS } from '../../src/core/model/templates';
import { CHECKLIST_DOC, README } from '../../scripts/build-checklist-doc';
import { applyAccepted, CHECK_ITEMS, CHECKLIST_VERSION, completionText, reportWithAccepted, evaluateChecklist, evaluateItem, failsItem, flatFindings, summarizeChecklist, unreadableChecklist } from '../../src/core/checklist';
import type { CheckItem } from '../../src/core/checklist';
import type { Finding } from '../../src/core/report';
import { cites, loadExpected, reportOf } from '../check/real-expect';
import { testFinding } from '../support/finding';

const item: CheckItem = { id: 't/x', group: '规范性', title: '测试项', description: '', rules: ['a/one', 'a/two'], since: '1.0', basis: '' };
const input = { findings: [] as Finding[], skipped: [], ran: ['a/one', 'a/two'], kind: 'budget' as const, year: 2024, template: null };

describe('items', () => {
  test('every rule belongs to exactly one item, and every rule an item names exists', () => {
    const ids = RULES.map((r) => r.meta.id);
    for (const id of ids) expect([id, CHECK_ITEMS.filter((i) => i.rules.includes(id)).map((i) => i.id).length]).toEqual([id, 1]);
    expect(CHECK_ITEMS.flatMap((i) => i.rules).filter((r) => !ids.includes(r))).toEqual([]);
  });

  test('ids are unique; an item without rules says what the reviewer checks by hand', () => {
    expect(new Set(CHECK_ITEMS.map((i) => i.id)).size).toBe(CHECK_ITEMS.length);
    for (const i of CHECK_ITEMS.filter((x) => x.rules.length === 0)) expect([i.id, (i.manual ?? '').length > 4]).toEqual([i.id, true]);
    expect(CHECKLIST_VERSION).toMatch(/^\d+\.\d+$/);
  });
});

describe('evaluateItem', () => {
  test('an error or a warning fails the item; the reason quotes the problem', () => {
    const e = evaluateItem(item, { ...input, findings: [testFinding('a/one', 'warning', '目录与正文不一致')] });
    expect(e).toMatchObject({ outcome: 'fail', findings: ['a/one:目录与正文不一致'] });
    expect(e.reason).toBe('1 个问题：目录与正文不一致');
  });

  test('尾差 and 提示 do not fail it: 合格 with a note; an accepted finding does not fail it either', () => {
    const e = evaluateItem(item, { ...input, findings: [testFinding('a/one', 'info', '尾差', 'rounding'), testFinding('a/two', 'info', '字典未收录 999')] });
    expect(e.outcome).toBe('pass');
    expect(e.reason).toBe('尾差 1 处；提示 1 条：字典未收录 999');
    const f = testFinding('a/one', 'error', '合计不等');
    expect(evaluateItem(item, { ...input, findings: [f], accepted: new Set([f.fingerprint as string]) })).toMatchObject({ outcome: 'pass', reason: '已接受 1 个问题（出错说明）' });
  });

  test('a consequence under a root cause counts', () => {
    const root = { ...testFinding('b/other', 'error', '根本原因'), consequences: [testFinding('a/two', 'error', '由此引起')] };
    expect(flatFindings([root])).toHaveLength(2);
    expect(evaluateItem(item, { ...input, findings: [root] }).outcome).toBe('fail');
  });

  test('no rule ran: 无法检查 with the input it needed; partly skipped: 合格 noting what was not checked', () => {
    const none = evaluateItem(item, { ...input, ran: [], skipped: [{ rule: 'a/one', reason: '没有情况说明' }] });
    expect(none).toMatchObject({ outcome: 'cannot-check', reason: '没有情况说明' });
    const off = evaluateItem(item, { ...input, ran: [], off: ['a/one', 'a/two'] });
    expect(off).toMatchObject({ outcome: 'cannot-check', reason: '相关检查已在设置中关闭' });
    const part = evaluateItem(item, { ...input, ran: ['a/one'], skipped: [{ rule: 'a/two', reason: '没有“三公”经费表' }] });
    expect(part).toMatchObject({ outcome: 'pass', reason: '部分未检查：没有“三公”经费表' });
  });

  test('不适用: other document kind, template, years', () => {
    expect(evaluateItem({ ...item, documents: ['final'] }, input)).toMatchObject({ outcome: 'not-applicable', reason: '只适用于决算公开' });
    expect(evaluateItem({ ...item, years: { from: 2025 } }, input)).toMatchObject({ outcome: 'not-applicable', reason: '2025 年起适用，本文件为 2024 年' });
  });

  test('an item without rules is 无法检查 (人工核对); a passed item with a manual part says so', () => {
    expect(evaluateItem({ ...item, rules: [], manual: '名词解释是否覆盖所用名词' }, input)).toMatchObject({ outcome: 'cannot-check', reason: '本工具尚不能自动检查，请人工核对：名词解释是否覆盖所用名词' });
    expect(evaluateItem({ ...item, manual: '情况说明是否写明金额' }, input)).toMatchObject({ outcome: 'pass', reason: '需人工核对：情况说明是否写明金额' });
  });

  test('applyAccepted / reportWithAccepted: an item failing only through accepted findings (or what they cause) is 合格; the others keep their outcome', () => {
    const a = testFinding('a/one', 'error', '合计不等');
    const b = { ...testFinding('a/two', 'warning', '序号重复'), consequences: [testFinding('a/one', 'error', '由此引起')] };
    const entries = evaluateChecklist({ ...input, findings: [a, b] }, [item, { ...item, id: 't/y', rules: ['a/two'] }]);
    expect(entries.map((e) => e.outcome)).toEqual(['fail', 'fail']);
    const onlyA = applyAccepted(entries, [a, b], [a]);
    expect(onlyA[0]).toMatchObject({ outcome: 'fail', reason: '2 个问题：序号重复；由此引起（另已接受 1 个）' });
    expect(onlyA[1].outcome).toBe('fail');
    const both = applyAccepted(entries, [a, b], [a, b]);
    expect(both.map((e) => [e.outcome, e.reason])).toEqual([
      ['pass', '已接受 3 个问题（出错说明）'],
      ['pass', '已接受 1 个问题（出错说明）'],
    ]);
    const r = reportWithAccepted({ findings: [a, b], checklist: entries, checklistSummary: summarizeChecklist(entries) }, [a, b]);
    expect(r.checklistSummary).toMatchObject({ passed: 2, failed: 0 });
    expect(reportWithAccepted({ findings: [a, b], checklist: entries }, [])).toEqual({ findings: [a, b], checklist: entries });
  });

  test('summary and completion figure', () => {
    const entries = evaluateChecklist({ ...input, findings: [testFinding('a/one', 'error')] }, [item, { ...item, id: 't/y', rules: ['a/two'] }, { ...item, id: 't/z', documents: ['final'] }, { ...item, id: 't/w', rules: [] }]);
    const s = summarizeChecklist(entries);
    expect(s).toEqual({ items: 4, applicable: 3, checked: 2, passed: 1, failed: 1, unchecked: 1, notApplicable: 1 });
    expect(completionText(s)).toBe('不合格 1 项（已检查 2/3 项，无法检查 1 项）');
    expect(unreadableChecklist('不是工作簿').every((e) => e.outcome === 'cannot-check' && e.reason === '文件无法读取：不是工作簿')).toBe(true);
    expect(failsItem(testFinding('x', 'warning', 'w', 'rounding'))).toBe(false);
  });
});

/**
 * Items that fail on a real fixture through a finding the audit does not list: false findings,
 * kept here so that the list cannot grow unseen. Emptied in issue 16 after reading each document
 * (../shared/real): all four were false alarms and the rules were fixed —
 * js-zx-2017 “其他商品和服务支出（款）支出 399.93 万元” is 30299 (narrative/enumerations strips the level mark);
 * js-swbgt-2018 “此项级科目为今年新增科目” and js-zx-2018 “退休人员退休费由省社保机构统一发放” are reasons
 * (narrative/reasons); js-zx-2018's 名词解释 of 机关运行经费 is a definition, not a list of this budget's
 * items (narrative/item-lists skips the 名词解释); js-jcy-2019's 2040450 事业运行 315 万元 is “检察官学院运行费”,
 * a 下属事业单位 the 情况说明 names (compliance/unit-nature-items: a hint, not a warning).
 */
const KNOWN_UNLISTED: Record<string, string[]> = {};

describe.each(loadExpected().map((e) => [e.fixture, e] as const))('checklist of %s', (fixture, e) => {
  test('every item has an outcome; 无法检查 and 不适用 say why; completeness/wording problems of the audit are reported by an item; no item fails without a listed problem', async () => {
    const r = await reportOf(e);
    expect(r.checklistVersion).toBe(CHECKLIST_VERSION);
    expect(r.checklist?.map((c) => c.id)).toEqual(CHECK_ITEMS.map((i) => i.id));
    for (const c of r.checklist ?? []) if (c.outcome === 'cannot-check' || c.outcome === 'not-applicable') expect([c.id, (c.reason ?? '').length > 3]).toEqual([c.id, true]);
    const all = flatFindings(r.findings);
    const itemOf = (rule: string) => CHECK_ITEMS.find((i) => i.rules.includes(rule));
    const missed = e.problems.filter((p) => p.kind === 'compliance' && !all.some((f) => cites(f, p) && itemOf(f.rule)));
    expect(missed.map((p) => `${p.id}: ${p.what}`)).toEqual([]);
    const unlisted = (r.checklist ?? [])
      .filter((c) => c.outcome === 'fail')
      .filter((c) => all.filter((f) => itemOf(f.rule)?.id === c.id && failsItem(f)).every((f) => !e.problems.some((p) => cites(f, p))))
      .map((c) => c.id);
    expect(unlisted).toEqual(KNOWN_UNLISTED[fixture] ?? []);
  });
});

describe('generated documentation (npm run docs:checklist)', () => {
  test('docs/checklist.md and the README’s 审核清单 part are generated from the current items and templates', () => {
    expect(fs.readFileSync(CHECKLIST_DOC, 'utf8')).toBe(renderChecklistDoc());
    const readme = fs.readFileSync(README, 'utf8');
    expect(readme).toContain(README_MARKERS.start);
    expect(withReadmeChecklist(readme)).toBe(readme);
  });

  test('every item and every template is documented', () => {
    const doc = renderChecklistDoc();
    for (const i of CHECK_ITEMS) expect(doc).toContain(`### ${i.id}\n\n**${i.title}**`);
    for (const id of TEMPLATE_IDS) expect(doc).toContain(`### \`${id}\``);
    expect(renderChecklistTable().split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(CHECK_ITEMS.length);
  });
});
