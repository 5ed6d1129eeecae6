/**
 * The checklist's ninth-pass cuts (issue 19): an item's skip reasons found through an index by rule,
 * and summarizeChecklist counting the outcomes in one pass. Both against the plain code (the plain
 * evaluation in ./plain-evaluate.ts; the plain count below), on random inputs: items whose rules'
 * skips interleave, rules listed twice, rules that ran in part, did not run or are off.
 */
import type { SkippedRule } from '../../src/core/check/types';
import { evaluateChecklist, summarizeChecklist, type CheckItem, type ChecklistEntry, type ChecklistInput, type ChecklistSummary } from '../../src/core/checklist';
import type { Finding } from '../../src/core/report';
import { testFinding } from '../support/finding';
import { plainChecklist } from './plain-evaluate';
import { lcg } from '../support/lcg';

function plainSummary(entries: ChecklistEntry[]): ChecklistSummary {
  const n = (o: string) => entries.filter((e) => e.outcome === o).length;
  const notApplicable = n('not-applicable');
  return {
    items: entries.length,
    applicable: entries.length - notApplicable,
    checked: n('pass') + n('fail'),
    passed: n('pass'),
    failed: n('fail'),
    unchecked: n('cannot-check'),
    notApplicable,
  };
}

const OUTCOMES = ['pass', 'fail', 'cannot-check', 'not-applicable', 'odd'];

test('random items, skips, runs and findings: the entries of the plain evaluation', () => {
  const next = lcg(13);
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)];
  const RULES = ['a/one', 'a/two', 'a/three', 'a/four', 'a/five'];
  const REASONS = ['缺少表', '缺少说明', '有未能识别的列', '没有情况说明'];
  for (let n = 0; n < 300; n++) {
    const items: CheckItem[] = Array.from({ length: 1 + Math.floor(next() * 4) }, (_, i) => ({
      id: `t/${i}`,
      group: '规范性',
      title: `第${i}项`,
      description: '',
      rules: Array.from({ length: Math.floor(next() * 4) }, () => pick(RULES)),
      since: '1.0',
      basis: '',
      manual: next() < 0.3 ? '人工核对' : undefined,
    }));
    const skipped: SkippedRule[] = Array.from({ length: Math.floor(next() * 7) }, () => ({ rule: pick(RULES), reason: pick(REASONS) }));
    const ran = RULES.filter(() => next() < 0.5);
    const findings: Finding[] = Array.from({ length: Math.floor(next() * 4) }, (_, i) =>
      testFinding(pick(RULES), next() < 0.2 ? 'error' : 'info', `问题${i}`, next() < 0.5 ? 'rounding' : undefined),
    );
    const input: ChecklistInput = { findings, skipped, ran, kind: 'budget', year: 2024, template: null, off: next() < 0.3 ? [pick(RULES)] : undefined };
    expect(evaluateChecklist(input, items)).toEqual(plainChecklist(input, items));
  }
});

test('random checklists: the plain counts', () => {
  const next = lcg(5);
  for (let n = 0; n < 300; n++) {
    const entries = Array.from({ length: Math.floor(next() * 40) }, (_, i) => ({
      id: `i${i}`,
      title: '',
      group: '',
      outcome: OUTCOMES[Math.floor(next() * (n % 5 === 0 ? 5 : 4))],
      reason: null,
      findings: [],
    })) as unknown as ChecklistEntry[];
    expect(summarizeChecklist(entries)).toEqual(plainSummary(entries));
  }
});
