/** Generated files must be up to date: docs/rules.md (rule metadata) and the code list (shared data). */
import * as fs from 'fs';
import { renderRulesDoc } from '../../src/core/check/doc';
import { RULES } from '../../src/core/check';
import { RULE_CATALOG_FILE, RULES_DOC, renderRuleCatalog } from '../../scripts/build-rules-doc';
import { RULE_CATALOG } from '../../src/core/check/rules/catalog';
import { CSV, OUT, renderData } from '../../scripts/build-data';

test('docs/rules.md is generated from the current rule metadata (npm run docs:rules)', () => {
  expect(fs.readFileSync(RULES_DOC, 'utf8')).toBe(renderRulesDoc(RULES));
});

test('src/core/check/rules/catalog.ts is generated from the current rule metadata (npm run docs:rules)', () => {
  expect(fs.readFileSync(RULE_CATALOG_FILE, 'utf8')).toBe(renderRuleCatalog(RULES));
  expect(RULE_CATALOG).toEqual(RULES.map((r) => r.meta));
});

test('every rule is documented in docs/rules.md', () => {
  const doc = fs.readFileSync(RULES_DOC, 'utf8');
  for (const r of RULES) expect(doc).toContain(`### ${r.meta.id}`);
});

const shared = fs.existsSync(CSV) ? test : test.skip;
shared('src/core/data/classification.ts matches ../shared/data (npm run data)', () => {
  expect(fs.readFileSync(OUT, 'utf8')).toBe(renderData(fs.readFileSync(CSV, 'utf8')));
});
