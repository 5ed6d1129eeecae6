/** The check engine's public entry: run the rules over a recognised workbook. */
import type { DocumentFacts } from '../facts';
import type { Recognition } from '../recognize';
import type { Workbook } from '../workbook';
import { runRules } from './engine';
import { buildModel } from './model';
import { RULES } from './rules';
import { narrativeAnalysis } from '../narrative/analyse';
import type { CheckConfig, CheckResult } from './types';

export * from './types';
export { RULES } from './rules';
export { runRules } from './engine';
export { buildModel } from './model';

export function check(wb: Workbook, recognition: Recognition, config: CheckConfig = {}, facts?: DocumentFacts): CheckResult {
  const model = buildModel(wb, recognition, facts, config.narrative);
  const result = runRules(model, RULES, config);
  return { ...result, narrative: narrativeAnalysis(model).coverage() };
}
