/**
 * The rule registry's metadata (ids, Chinese texts, domain.md ids, examples), one test file per
 * rule module, and the rule tester itself (it must fail when a rule misbehaves).
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES, type Rule } from '../../src/core/check';
import { summaryBalance } from '../../src/core/check/rules/summary';
import { getCell } from '../../src/core/workbook';
import { assertInvalid, assertValid, buildWorkbook } from './rule-tester';
import { expenditureTable, standardSummary } from './tables';

const RULES_DIR = path.join(__dirname, '..', '..', 'src', 'core', 'check', 'rules');
const TESTS_DIR = path.join(__dirname, 'rules');
const DOMAIN = path.join(__dirname, '..', '..', '..', 'shared', 'docs', 'domain.md');

const CHINESE = /[\u4e00-\u9fa5]/;
const ID = /^(intra|cross|narrative|rounding|compliance)\/[a-z0-9]+(-[a-z0-9]+)*$/;
const DOMAIN_ID = /^(IN|FIN|X|XF|TXT|STD|CLS|RND)-\d+$/;

/** Rule modules: the files of src/core/check/rules that define a rule (have a meta). */
const modules = fs
  .readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f, text: fs.readFileSync(path.join(RULES_DIR, f), 'utf8') }))
  .filter((m) => /\bmeta\s*:/.test(m.text));

/** The module a rule is defined in (found by its id literal). */
function moduleOf(rule: Rule): string | undefined {
  return modules.find((m) => m.text.includes(`id: '${rule.meta.id}'`))?.file;
}

const cases = RULES.map((r) => [r.meta.id, r] as const);

describe('rule registry', () => {
  test('ids are unique', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test.each(cases)('%s: id, texts, domain ids and example', (id, rule) => {
    const m = rule.meta;
    expect(id).toMatch(ID);
    expect(id.split('/')[0]).toBe(m.category);
    expect(['error', 'warning', 'info']).toContain(m.severity);
    expect(m.title).toMatch(CHINESE);
    expect(m.description).toMatch(CHINESE);
    expect(m.description.length).toBeGreaterThan(m.title.length);
    expect(m.implements.length).toBeGreaterThan(0);
    for (const ref of m.implements) expect(ref).toMatch(DOMAIN_ID);
    expect(new Set(m.implements).size).toBe(m.implements.length);
    expect(m.example.trim()).not.toBe('');
    expect(m.example).toMatch(CHINESE);
    for (const d of m.documents ?? []) expect(['budget', 'final']).toContain(d);
    expect(typeof rule.check).toBe('function');
  });

  (fs.existsSync(DOMAIN) ? test : test.skip)('every implemented id is a rule of domain.md §2', () => {
    const domain = fs.readFileSync(DOMAIN, 'utf8');
    const missing = RULES.flatMap((r) => r.meta.implements.filter((ref) => !new RegExp(`\\|\\s*${ref}\\s*\\|`).test(domain)).map((ref) => `${r.meta.id}: ${ref}`));
    expect(missing).toEqual([]);
  });

  test.each(cases)('%s has a test file that runs it', (id, rule) => {
    const file = moduleOf(rule);
    expect(file).toBeDefined();
    const test = path.join(TESTS_DIR, (file as string).replace(/\.ts$/, '.test.ts'));
    expect(fs.existsSync(test)).toBe(true);
    // one ruleTester.run per rule of the module
    const rulesInModule = RULES.filter((r) => moduleOf(r) === file).length;
    const runs = fs.readFileSync(test, 'utf8').match(/ruleTester\.run\(/g)?.length ?? 0;
    expect(runs).toBeGreaterThanOrEqual(rulesInModule);
  });

  test('every rule module is registered', () => {
    const registered = new Set(RULES.map(moduleOf));
    expect(modules.map((m) => m.file).filter((f) => !registered.has(f))).toEqual([]);
  });
});

describe('rule tester', () => {
  const balanced = [standardSummary()];
  const unbalanced = [standardSummary({ exGrand: 116.08 })];

  test('builds cells: numbers as 0.00, own formats, errors, text and merges', () => {
    const wb = buildWorkbook([{ name: 'S', rows: [['标题', 12.5, { v: 3, fmt: '0' }, { error: '#REF!' }, null]], merges: ['A2:B2'] }]);
    const s = wb.sheets[0];
    expect(getCell(s, 'A1')).toMatchObject({ type: 'string', text: '标题' });
    expect(getCell(s, 'B1')).toMatchObject({ type: 'number', value: 12.5, text: '12.50', numFmt: '0.00' });
    expect(getCell(s, 'C1')).toMatchObject({ type: 'number', text: '3' });
    expect(getCell(s, 'D1')).toMatchObject({ type: 'error', error: '#REF!' });
    expect(getCell(s, 'E1')).toBeUndefined();
    expect(s.merges.map((m) => m.ref)).toEqual(['A2:B2']);
  });

  test('a valid case passes and a reporting one fails', () => {
    expect(() => assertValid(summaryBalance, { name: 'ok', sheets: balanced })).not.toThrow();
    expect(() => assertValid(summaryBalance, { name: 'reports', sheets: unbalanced })).toThrow(/should report nothing[\s\S]*收入总计 100\.00 ≠ 支出总计 116\.08/);
  });

  test('an invalid case needs exactly the listed findings, cells included', () => {
    const both = [{ message: /收入总计 100\.00 ≠ 支出总计/ }, { message: /支出总计 116\.08 ≠/ }];
    expect(() => assertInvalid(summaryBalance, { name: 'ok', sheets: unbalanced, errors: both })).not.toThrow();
    expect(() => assertInvalid(summaryBalance, { name: 'one missing', sheets: unbalanced, errors: both.slice(0, 1) })).toThrow(/exactly the expected findings/);
    expect(() => assertInvalid(summaryBalance, { name: 'wrong cell', sheets: unbalanced, errors: [{ ...both[0], cells: ['表1 收支总表!A1'] }, both[1]] })).toThrow();
    expect(() => assertInvalid(summaryBalance, { name: 'wrong severity', sheets: unbalanced, errors: [{ ...both[0], severity: 'warning' }, both[1]] })).toThrow();
    // one actual finding cannot satisfy two expected ones
    expect(() => assertInvalid(summaryBalance, { name: 'twice', sheets: unbalanced, errors: [both[0], both[0]] })).toThrow();
  });

  test('skipped cases: the rule must list itself as 未执行 with a matching reason', () => {
    const noSummary = [expenditureTable([['210', '卫生健康支出', 1, 1, 0]])];
    expect(() => assertValid(summaryBalance, { name: 'skipped', sheets: noSummary, skipped: /没有收支总表/ })).not.toThrow();
    expect(() => assertValid(summaryBalance, { name: 'other reason', sheets: noSummary, skipped: /别的原因/ })).toThrow(/skip reason does not match/);
    expect(() => assertValid(summaryBalance, { name: 'ran', sheets: balanced, skipped: true })).toThrow(/should be listed as 未执行/);
    expect(() => assertValid(summaryBalance, { name: 'not expected', sheets: noSummary })).toThrow(/was listed as 未执行/);
  });

  test('a valid case with 尾差 allows exactly those, as info', () => {
    const rounding = [standardSummary({ inTotal: 99.99 })];
    expect(() => assertValid(summaryBalance, { name: 'r', sheets: rounding, rounding: [{ message: /尾差/ }] })).not.toThrow();
    expect(() => assertValid(summaryBalance, { name: 'r', sheets: rounding })).toThrow();
    expect(() => assertValid(summaryBalance, { name: 'r', sheets: rounding, rounding: [{ message: /尾差/, severity: 'warning' }] })).toThrow();
  });
});
