/** The check engine's public entry: run the rules over a recognised workbook. */
import { documentFacts, type DocumentFacts } from '../facts';
import type { Recognition } from '../recognize';
import type { Workbook } from '../workbook';
import { runRules } from './engine';
import { buildModel } from '../model/model';
import { RULES } from './rules';
import { narrativeAnalysis } from '../narrative/analyse';
import { chooseTemplate } from '../model/templates';
import type { CheckConfig, CheckResult, DocumentOverride } from './types';

export * from './types';
export { RULES } from './rules';
export { runRules } from './engine';
export { buildModel } from '../model/model';
export { TEMPLATES, TEMPLATE_IDS, isTemplateId, type TemplateId, type TemplateProfile, type DetectedTemplate } from '../model/templates';

/** The recognised facts with the user's override applied, and which facts it changed. */
export function overrideFacts(facts: DocumentFacts, override?: DocumentOverride): { facts: DocumentFacts; overridden: ('kind' | 'year')[] } {
  const overridden: ('kind' | 'year')[] = [];
  const out = { ...facts };
  if (override?.kind && override.kind !== facts.kind) {
    out.kind = override.kind;
    overridden.push('kind');
  }
  if (override?.year && override.year !== facts.year) {
    out.year = override.year;
    overridden.push('year');
  }
  return { facts: out, overridden };
}

export function check(wb: Workbook, recognition: Recognition, config: CheckConfig = {}, facts?: DocumentFacts): CheckResult {
  const used = overrideFacts(facts ?? documentFacts(wb), config.document).facts;
  const model = buildModel(wb, recognition, used, config.narrative);
  model.template = chooseTemplate(model.template, config.template, model.kind);
  const result = runRules(model, RULES, config);
  return { ...result, narrative: narrativeAnalysis(model).coverage(), template: model.template };
}
