import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { RULES } from '../../src/core/check';
import { TOOL_NAME, TOOL_VERSION } from '../../src/core/report';
import {
  DEFAULT_SETTINGS,
  isDefaultSettings,
  parseSettings,
  ruleOptions,
  ruleSetting,
  toCheckConfig,
  withRule,
} from '../../src/core/review/settings';
import { narrativeFromText } from '../../src/core/narrative/source';
import { analyse, CAIDIAN, readFixture } from './helpers';

const errorRule = RULES.find((r) => r.meta.severity === 'error')!.meta.id;

describe('parseSettings', () => {
  test('junk gives the defaults, never throws', () => {
    for (const junk of [null, undefined, 1, 'x', '[]', [], {}, { rules: 'x', rounding: 'no', document: 7 }]) {
      expect(parseSettings(junk)).toEqual(DEFAULT_SETTINGS);
    }
    expect(isDefaultSettings(parseSettings(null))).toBe(true);
  });

  test('keeps known rules with valid settings; drops unknown rules, bad values and defaults', () => {
    const s = parseSettings({
      rules: { [errorRule]: 'off', 'intra/function-hierarchy': 'warning', 'no/such-rule': 'off', 'intra/economic-hierarchy': 'fatal', 'intra/row-identity': 'error' },
      rounding: false,
      document: { kind: 'final', year: 2024 },
    });
    expect(s.rules).toEqual({ [errorRule]: 'off', 'intra/function-hierarchy': 'warning' });
    expect(s.rounding).toBe(false);
    expect(s.document).toEqual({ kind: 'final', year: 2024 });
    expect(parseSettings(JSON.stringify(s))).toEqual(s);
  });

  test('document overrides are validated', () => {
    expect(parseSettings({ document: { kind: '决算', year: 1800 } }).document).toEqual({ kind: null, year: null });
    expect(parseSettings({ document: { kind: 'budget', year: 2025.5 } }).document).toEqual({ kind: 'budget', year: null });
    expect(parseSettings({ document: { year: '2025' } }).document).toEqual({ kind: null, year: null });
  });
});

describe('rule settings', () => {
  test('withRule stores only what differs from the default; ruleOptions lists every rule', () => {
    let s = withRule(DEFAULT_SETTINGS, errorRule, 'off');
    expect(s.rules).toEqual({ [errorRule]: 'off' });
    expect(DEFAULT_SETTINGS.rules).toEqual({});
    expect(ruleSetting(s, errorRule)).toBe('off');
    s = withRule(s, errorRule, 'error');
    expect(s.rules).toEqual({});
    expect(withRule(s, 'no/such-rule', 'off')).toBe(s);
    const options = ruleOptions(withRule(s, 'intra/function-hierarchy', 'warning'));
    expect(options.map((o) => o.id)).toEqual(RULES.map((r) => r.meta.id));
    expect(options.find((o) => o.id === 'intra/function-hierarchy')).toMatchObject({ setting: 'warning', defaultSeverity: 'error' });
  });
});

describe('toCheckConfig drives the engine', () => {
  test('defaults: the same report as no config', async () => {
    const wb = await readFixture(CAIDIAN);
    expect(toCheckConfig(DEFAULT_SETTINGS)).toEqual({ rules: {}, rounding: true });
    expect(analyse(wb, toCheckConfig(DEFAULT_SETTINGS))).toEqual(analyse(wb));
  });

  test('rules off or re-graded, 尾差 hidden; a narrative passes through', async () => {
    const wb = await readFixture(CAIDIAN);
    const base = analyse(wb);
    expect(base.findings.some((f) => f.rule === 'narrative/amounts')).toBe(true);
    expect(base.findings.some((f) => f.category === 'rounding')).toBe(true);
    let s = withRule(DEFAULT_SETTINGS, 'narrative/amounts', 'off');
    s = withRule(s, 'compliance/empty-table-note', 'info');
    s = { ...s, rounding: false };
    const r = analyse(wb, toCheckConfig(s));
    expect(r.findings.some((f) => f.rule === 'narrative/amounts')).toBe(false);
    expect(r.findings.some((f) => f.category === 'rounding')).toBe(false);
    const notes = r.findings.filter((f) => f.rule === 'compliance/empty-table-note');
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((f) => f.severity === 'info')).toBe(true);
    const narrative = narrativeFromText('一、部门职责');
    expect(toCheckConfig(s, narrative).narrative).toBe(narrative);
  });

  test('document override: report.document says so, and the rules follow it', async () => {
    const wb = await readFixture(CAIDIAN);
    const base = analyse(wb);
    expect(base.document).toEqual({ kind: 'budget', year: 2025, unit: '蔡甸区医疗保障局', moneyUnit: '万元', template: expect.objectContaining({ id: 'wuhan-budget', source: 'detected' }) });
    const rules = (r: typeof base) => new Set(r.findings.map((f) => f.rule));
    expect(rules(base).has('cross/project-codes')).toBe(true); // a budget-only rule

    const asFinal = analyse(wb, toCheckConfig({ ...DEFAULT_SETTINGS, document: { kind: 'final', year: null } }));
    expect(asFinal.document).toMatchObject({ kind: 'final', year: 2025, overridden: ['kind'] });
    expect(rules(asFinal).has('cross/project-codes')).toBe(false);

    const as2024 = analyse(wb, toCheckConfig({ ...DEFAULT_SETTINGS, document: { kind: null, year: 2024 } }));
    expect(as2024.document).toMatchObject({ kind: 'budget', year: 2024, overridden: ['year'] });
    const years = (r: typeof base) => r.findings.filter((f) => f.rule === 'narrative/year-labels').length;
    expect(years(as2024)).toBeGreaterThan(years(base));

    // the extension field keeps the CLI contract
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'cli-output.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const both = analyse(wb, toCheckConfig({ ...DEFAULT_SETTINGS, document: { kind: 'final', year: 2024 } }));
    expect(both.document?.overridden).toEqual(['kind', 'year']);
    expect(validate({ tool: TOOL_NAME, version: TOOL_VERSION, files: [both] })).toBe(true);
    expect(validate({ tool: TOOL_NAME, version: TOOL_VERSION, files: [{ ...both, document: { ...both.document, overridden: ['unit'] } }] })).toBe(false);

    // overriding with what was recognised anyway is no override
    const same = analyse(wb, toCheckConfig({ ...DEFAULT_SETTINGS, document: { kind: 'budget', year: 2025 } }));
    expect(same.document).toEqual(base.document);
    expect(same.findings).toEqual(base.findings);
  });
});

describe('the template setting (issue 16)', () => {
  test('a known template id is kept, anything else dropped; the engine checks against it and says it is the user’s', async () => {
    expect(parseSettings({ document: { template: 'jiangsu-budget' } }).document.template).toBe('jiangsu-budget');
    expect(parseSettings({ document: { template: 'beijing' } }).document.template).toBeUndefined();
    const config = toCheckConfig({ ...DEFAULT_SETTINGS, document: { kind: null, year: null, template: 'wuhan-budget-old' } });
    expect(config.template).toBe('wuhan-budget-old');
    const r = analyse(await readFixture(CAIDIAN), config);
    expect(r.document?.template).toEqual({ id: 'wuhan-budget-old', name: expect.stringContaining('武汉区级旧模板'), evidence: '用户指定', source: 'user' });
  });
});
