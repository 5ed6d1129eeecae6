/**
 * The plain checklist evaluation (issue 19), as it was before the index by rule: the oracle of
 * test/checklist/checklist-fast.test.ts and test/checklist/checklist-ninth.test.ts. Do not optimise.
 */
import { RULE_CATALOG } from '../../src/core/check/rules/catalog';
import { CHECK_ITEMS, failsItem, flatFindings, type ChecklistInput } from '../../src/core/checklist';
import type { CheckItem, ChecklistEntry } from '../../src/core/checklist';
import { TEMPLATES } from '../../src/core/model/templates';
import type { Finding } from '../../src/core/report';

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

export function plainEvaluateItem(item: CheckItem, input: ChecklistInput, all: Finding[] = flatFindings(input.findings)): ChecklistEntry {
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

export function plainChecklist(input: ChecklistInput, items: CheckItem[] = CHECK_ITEMS): ChecklistEntry[] {
  const all = flatFindings(input.findings);
  return items.map((item) => plainEvaluateItem(item, input, all));
}

