/**
 * Per-workbook check settings: rules turned off or given another severity, whether 尾差 are
 * shown, and the document kind/year when recognition is unsure. Stored in the workbook (Excel
 * settings) or by the standalone page; parsed defensively, turned into a CheckConfig.
 */
import type { DocumentKind } from '../facts';
import type { Severity } from '../contract';
import { RULE_CATALOG } from '../check/rules/catalog';
import type { CheckConfig, RuleMeta, RuleSetting } from '../check/types';
import type { NarrativeInput } from '../narrative/source';
import { EMPTY_MAPPING, isEmptyMapping, parseMapping, type UserMapping } from '../recognize/mapping';
import { isTemplateId, type TemplateId } from '../model/templates';

export interface ReviewSettings {
  /** Only rules whose setting differs from their default are listed. */
  rules: Record<string, RuleSetting>;
  /** Show 尾差 (rounding findings). */
  rounding: boolean;
  /** The user's word on the document; null = as recognised (template: the disclosure template to check against). */
  document: { kind: DocumentKind | null; year: number | null; template?: TemplateId | null };
  /** Table kinds and column meanings the user assigned (re-used on every check). */
  mapping: UserMapping;
}

export const DEFAULT_SETTINGS: ReviewSettings = Object.freeze({
  rules: Object.freeze({}) as Record<string, RuleSetting>,
  rounding: true,
  document: Object.freeze({ kind: null, year: null }) as ReviewSettings['document'],
  mapping: EMPTY_MAPPING,
}) as ReviewSettings;

/** Years a document override may name (the CLI schema's range). */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

const SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'info'];
const META = new Map<string, RuleMeta>(RULE_CATALOG.map((m) => [m.id, m]));

function isYear(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= YEAR_MIN && v <= YEAR_MAX;
}

/** Stored data (object or its JSON text) → settings; unknown rules and bad values are dropped. Never throws. */
export function parseSettings(json: unknown): ReviewSettings {
  let data = json;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data) as unknown;
    } catch {
      data = null;
    }
  }
  const o = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const rules: Record<string, RuleSetting> = {};
  if (o.rules && typeof o.rules === 'object' && !Array.isArray(o.rules)) {
    for (const [id, v] of Object.entries(o.rules as Record<string, unknown>)) {
      const meta = META.get(id);
      if (!meta || !SETTINGS.includes(v as RuleSetting) || v === meta.severity) continue;
      rules[id] = v as RuleSetting;
    }
  }
  const d = o.document && typeof o.document === 'object' ? (o.document as Record<string, unknown>) : {};
  return {
    rules,
    rounding: typeof o.rounding === 'boolean' ? o.rounding : DEFAULT_SETTINGS.rounding,
    document: {
      kind: d.kind === 'budget' || d.kind === 'final' ? d.kind : null,
      year: isYear(d.year) ? d.year : null,
      ...(isTemplateId(d.template) ? { template: d.template } : {}),
    },
    mapping: o.mapping ? parseMapping(o.mapping).mapping : EMPTY_MAPPING,
  };
}

/** Settings → what the engine takes; a narrative given outside the workbook is passed through. */
export function toCheckConfig(s: ReviewSettings, narrative?: NarrativeInput): CheckConfig {
  const config: CheckConfig = { rules: { ...s.rules }, rounding: s.rounding };
  if (s.document.kind || s.document.year) config.document = { kind: s.document.kind, year: s.document.year };
  if (s.document.template) config.template = s.document.template;
  if (narrative) config.narrative = narrative;
  if (!isEmptyMapping(s.mapping)) config.mapping = s.mapping;
  return config;
}

/** The setting of one rule: its stored value, else its default severity. */
export function ruleSetting(s: ReviewSettings, id: string): RuleSetting {
  return s.rules[id] ?? META.get(id)?.severity ?? 'off';
}

/** A copy with one rule set; a rule set back to its default is not stored. */
export function withRule(s: ReviewSettings, id: string, setting: RuleSetting): ReviewSettings {
  const meta = META.get(id);
  if (!meta) return s;
  const rules = { ...s.rules };
  if (setting === meta.severity) delete rules[id];
  else rules[id] = setting;
  return { ...s, rules };
}

export interface RuleOption {
  id: string;
  title: string;
  description: string;
  category: RuleMeta['category'];
  defaultSeverity: Severity;
  setting: RuleSetting;
}

/** Every rule with its current setting, in registry order (the settings panel's list). */
export function ruleOptions(s: ReviewSettings): RuleOption[] {
  return RULE_CATALOG.map((meta) => ({
    id: meta.id,
    title: meta.title,
    description: meta.description,
    category: meta.category,
    defaultSeverity: meta.severity,
    setting: ruleSetting(s, meta.id),
  }));
}

/** Whether nothing differs from the defaults (then nothing needs to be stored). */
export function isDefaultSettings(s: ReviewSettings): boolean {
  return Object.keys(s.rules).length === 0 && s.rounding && !s.document.kind && !s.document.year && isEmptyMapping(s.mapping);
}
