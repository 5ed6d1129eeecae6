/**
 * A rule tester after ESLint's RuleTester: each case is a small workbook written in code; the
 * tester builds it (createSheet/putCell), recognises it, builds the check model and runs ONE
 * rule, then asserts what that rule reported.
 *
 *   ruleTester.run(rule, {
 *     valid:   [{ name, sheets }],                              // no finding at all, not skipped
 *     invalid: [{ name, sheets, errors: [{ severity, category, message, cells }] }],
 *   });
 *
 * - valid: the rule reports nothing and is not listed as 未执行 — unless the case says
 *   `skipped: true` or `skipped: /reason/` (the rule must list itself as skipped with a
 *   Chinese reason, and report nothing). A valid case whose figures differ by rounding only
 *   lists the 尾差 it must give in `rounding` (category 'rounding', severity 'info' unless
 *   stated): nothing else may be reported.
 * - invalid: exactly the listed findings of the rule, in any order. Each expected finding
 *   checks only what it states: severity, category, message (RegExp, or a substring) and
 *   cells ('Sheet!A1', each of which must be among the finding's locations).
 * - `config` is passed to runRules, and its `narrative` (an external 情况说明) to the model; `with`
 *   runs other rules before the rule under test (their findings are not asserted:
 *   compliance/rounding-statement looks at them). A paragraph of an external narrative is a
 *   cell 'file#3' (file name, paragraph number).
 * - `failing: 'BUG: …'` marks a case that shows a known bug (test.failing: it passes while the
 *   bug is there and fails once the rule is fixed; RULE_TESTER_SHOW_BUGS=1 runs such cases as
 *   ordinary tests to show how they fail); `skip: 'why'` skips it.
 */
import { parseRange } from '../../src/core/address';
import { buildModel, runRules, type CheckConfig, type CheckResult, type Rule } from '../../src/core/check';
import type { Category, Finding, Location, Severity } from '../../src/core/report';
import { recognise, type Recognition } from '../../src/core/recognize';
import { addMerge, createSheet, makeCell, putCell, type Workbook } from '../../src/core/workbook';

/** A cell: text, a number (format '0.00'), a number with its own format, an Excel error, or nothing. */
export type CellSpec = string | number | null | undefined | { v: number; fmt: string } | { error: string };

export interface SheetSpec {
  name: string;
  rows: CellSpec[][];
  /** Merged ranges, 'A1:D1'. */
  merges?: string[];
}

interface BaseCase {
  name: string;
  sheets: SheetSpec[];
  config?: CheckConfig;
  /** Rules run before the rule under test; their findings are not asserted. */
  with?: Rule[];
  /** A case that shows a known bug: marked test.failing. Say what the bug is. */
  failing?: string;
  /** Skip the case (say why). */
  skip?: string;
}

export interface ExpectedFinding {
  severity?: Severity;
  category?: Category;
  /** A RegExp the message must match, or a substring it must contain. */
  message?: RegExp | string;
  /** 'Sheet!A1' cells (or 'file#3' paragraphs of an external narrative) that must all be among the finding's locations. */
  cells?: string[];
  /** A RegExp the diagnosis must match, or a substring it must contain. */
  diagnosis?: RegExp | string;
  /** The signed difference as reported ('16.08'). */
  difference?: string;
}

export interface ValidCase extends BaseCase {
  /** The rule must list itself as 未执行 (with a reason matching the RegExp, when given). */
  skipped?: true | RegExp;
  /** 尾差 the rule must report (category 'rounding'; severity 'info' unless stated); nothing else. */
  rounding?: ExpectedFinding[];
}

export interface InvalidCase extends BaseCase {
  errors: ExpectedFinding[];
}

export interface RuleTests {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

function cellOf(row: number, col: number, spec: CellSpec) {
  if (spec === null || spec === undefined) return null;
  if (typeof spec === 'string') return makeCell({ row, col, value: spec });
  if (typeof spec === 'number') return makeCell({ row, col, value: spec, numFmt: '0.00' });
  if ('error' in spec) return makeCell({ row, col, value: null, error: spec.error });
  return makeCell({ row, col, value: spec.v, numFmt: spec.fmt });
}

/** The workbook of a case. */
export function buildWorkbook(sheets: SheetSpec[], source = 'rule-tester.xlsx'): Workbook {
  return {
    source,
    sheets: sheets.map((s, index) => {
      const sheet = createSheet(s.name, index);
      s.rows.forEach((row, r) =>
        row.forEach((spec, c) => {
          const cell = cellOf(r + 1, c + 1, spec);
          if (cell) putCell(sheet, cell);
        }),
      );
      for (const ref of s.merges ?? []) addMerge(sheet, ref, parseRange(ref));
      return sheet;
    }),
  };
}

export interface CaseRun {
  result: CheckResult;
  recognition: Recognition;
  /** Findings of the rule under test. */
  findings: Finding[];
  skipped: string | null;
}

/** Build, recognise and check one case with one rule. */
export function runCase(rule: Rule, c: Pick<BaseCase, 'sheets' | 'config' | 'with'>): CaseRun {
  const wb = buildWorkbook(c.sheets);
  const recognition = recognise(wb);
  // an external narrative (config.narrative) replaces the workbook's narrative sheet, as in check()
  const model = buildModel(wb, recognition, undefined, c.config?.narrative);
  const result = runRules(model, [...(c.with ?? []), rule], c.config ?? {});
  return {
    result,
    recognition,
    findings: result.findings.filter((f) => f.rule === rule.meta.id),
    skipped: result.skipped.find((s) => s.rule === rule.meta.id)?.reason ?? null,
  };
}

function textMatches(text: string | null | undefined, want: RegExp | string): boolean {
  const t = text ?? '';
  return typeof want === 'string' ? t.includes(want) : want.test(t);
}

/** 'Sheet!A1', or 'file#3' for a paragraph of an external narrative. */
function at(l: Location): string {
  return l.file !== undefined ? `${l.file}#${l.paragraph}` : `${l.sheet}!${l.cell}`;
}

function matches(f: Finding, e: ExpectedFinding): boolean {
  if (e.severity && f.severity !== e.severity) return false;
  if (e.category && f.category !== e.category) return false;
  if (e.message !== undefined && !textMatches(f.message, e.message)) return false;
  if (e.diagnosis !== undefined && !textMatches(f.diagnosis, e.diagnosis)) return false;
  if (e.difference !== undefined && f.difference !== e.difference) return false;
  if (e.cells) {
    const where = new Set(f.locations.map(at));
    if (!e.cells.every((c) => where.has(c))) return false;
  }
  return true;
}

/** A one-to-one assignment of expected to actual findings (backtracking; cases are small). */
function assign(actual: Finding[], expected: ExpectedFinding[]): boolean {
  if (actual.length !== expected.length) return false;
  const used = new Array<boolean>(actual.length).fill(false);
  const go = (i: number): boolean => {
    if (i === expected.length) return true;
    for (let j = 0; j < actual.length; j++) {
      if (used[j] || !matches(actual[j], expected[i])) continue;
      used[j] = true;
      if (go(i + 1)) return true;
      used[j] = false;
    }
    return false;
  };
  return go(0);
}

function show(f: Finding): string {
  const cells = f.locations.map(at).join(', ');
  return `  - [${f.severity}/${f.category}] ${f.message}${f.diagnosis ? ` {diagnosis: ${f.diagnosis}}` : ''}\n      at ${cells || '(no cell)'}`;
}

function showExpected(e: ExpectedFinding): string {
  const parts = Object.entries(e).map(([k, v]) => `${k}: ${v instanceof RegExp ? v.toString() : JSON.stringify(v)}`);
  return `  - { ${parts.join(', ')} }`;
}

function tablesOf(run: CaseRun): string {
  const t = run.recognition.tables.map((x) => `${x.block.sheet}: ${x.kind}`).join('; ');
  const u = run.recognition.unrecognised.map((x) => `${x.block.sheet}: ${x.reason}`).join('; ');
  return `recognised: ${t || '(none)'}${u ? `\nunrecognised: ${u}` : ''}`;
}

function fail(what: string, run: CaseRun, expected?: ExpectedFinding[]): never {
  const lines = [what];
  if (expected) lines.push(`expected ${expected.length} finding(s):`, ...expected.map(showExpected));
  lines.push(`actual ${run.findings.length} finding(s):`, ...run.findings.map(show));
  if (run.skipped) lines.push(`skipped: ${run.skipped}`);
  lines.push(tablesOf(run));
  throw new Error(lines.join('\n'));
}

export function assertValid(rule: Rule, c: ValidCase): CaseRun {
  const run = runCase(rule, c);
  if (c.skipped) {
    if (!run.skipped) fail(`${rule.meta.id} should be listed as 未执行, but it ran`, run);
    if (/^规则运行出错/.test(run.skipped)) fail(`${rule.meta.id} crashed instead of skipping`, run);
    if (!/[\u4e00-\u9fa5]/.test(run.skipped)) fail(`the skip reason of ${rule.meta.id} is not Chinese: ${run.skipped}`, run);
    if (c.skipped instanceof RegExp && !c.skipped.test(run.skipped)) fail(`skip reason does not match ${c.skipped}: ${run.skipped}`, run);
    if (run.findings.length) fail(`${rule.meta.id} skipped but still reported`, run);
    return run;
  }
  if (run.skipped) fail(`${rule.meta.id} was listed as 未执行: ${run.skipped}`, run);
  const rounding = (c.rounding ?? []).map((e) => ({ severity: 'info' as Severity, ...e, category: 'rounding' as Category }));
  if (!assign(run.findings, rounding)) fail(rounding.length ? `${rule.meta.id} should report only the 尾差 listed` : `${rule.meta.id} should report nothing`, run, rounding);
  return run;
}

export function assertInvalid(rule: Rule, c: InvalidCase): CaseRun {
  const run = runCase(rule, c);
  if (run.skipped) fail(`${rule.meta.id} was listed as 未执行: ${run.skipped}`, run, c.errors);
  if (!assign(run.findings, c.errors)) fail(`${rule.meta.id} did not report exactly the expected findings`, run, c.errors);
  return run;
}

/** RULE_TESTER_SHOW_BUGS=1 runs the `failing` cases as ordinary tests, to read why they fail. */
const SHOW_BUGS = !!process.env.RULE_TESTER_SHOW_BUGS;

function testFn(c: BaseCase): jest.It {
  if (c.skip) return it.skip;
  if (c.failing && !SHOW_BUGS) return it.failing;
  return it;
}

export class RuleTester {
  constructor(private readonly defaults: { config?: CheckConfig } = {}) {}

  private withDefaults<T extends BaseCase>(c: T): T {
    return this.defaults.config && !c.config ? { ...c, config: this.defaults.config } : c;
  }

  /** One describe per rule, one test per case. */
  run(rule: Rule, tests: RuleTests): void {
    describe(rule.meta.id, () => {
      if (tests.valid.length) {
        describe('valid', () => {
          for (const c of tests.valid) testFn(c)(c.name, () => void assertValid(rule, this.withDefaults(c)));
        });
      }
      if (tests.invalid.length) {
        describe('invalid', () => {
          for (const c of tests.invalid) testFn(c)(c.name, () => void assertInvalid(rule, this.withDefaults(c)));
        });
      }
    });
  }
}

export const ruleTester = new RuleTester();

/** Print what a case is recognised as and what a rule reports (for writing cases). */
export function explain(rule: Rule, sheets: SheetSpec[], config?: CheckConfig): string {
  const run = runCase(rule, { sheets, config });
  const lines = [tablesOf(run)];
  for (const t of run.recognition.tables) {
    lines.push(`## ${t.block.sheet} [${t.kind}] cols: ${t.columns.map((c) => `${c.col}:${c.key ?? '?' + c.path.join('/')}${c.side ? '@' + c.side : ''}`).join(' | ')}`);
    for (const r of t.rows) {
      const vals = Object.entries(r.values)
        .map(([k, v]) => `${k}=${v.amount.kind === 'number' ? v.amount.value.toString() : v.amount.kind}`)
        .join(' ');
      lines.push(`  r${r.row} ${r.type}${r.side ? '@' + r.side : ''} L${r.level ?? '-'} ${r.code ?? ''} ${r.name} ${r.parent ? '^' + r.parent : ''} :: ${vals}`);
    }
  }
  lines.push(`findings:`, ...run.findings.map(show), `skipped: ${run.skipped ?? '-'}`);
  return lines.join('\n');
}
