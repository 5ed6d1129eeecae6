/**
 * Twelfth pass (issue 19): every claim, binding and number token is made with all the fields it may
 * ever hold, in one order (undefined where not set), so that each kind has one hidden class and the
 * rules' loops over them read their fields through one shape, not a megamorphic look-up. The values
 * are held to the plain analysis by analysis-oracle.test.ts (set fields compared); here, the shapes.
 */
import { buildModel, RULES, runRules } from '../../src/core/check';
import { documentFacts } from '../../src/core/facts';
import { narrativeAnalysis } from '../../src/core/narrative/analyse';
import { tokensOfUncached } from '../../src/core/narrative/tokens';
import { fixtureModels, fixtureRecognition } from '../support/fixture-models';
import { FIXTURE_PATHS } from '../support/fixtures';

test('every claim has the same fields in the same order, after every rule has read and marked it (one hidden class)', async () => {
  let claims = 0;
  for (const file of FIXTURE_PATHS) {
    const { wb, rec } = await fixtureRecognition(file);
    const model = buildModel(wb, rec, documentFacts(wb), undefined);
    runRules(model, RULES, {});
    const a = narrativeAnalysis(model);
    const keys = new Set(a.claims.map((c) => Object.keys(c).join()));
    expect([file, keys.size]).toEqual([file, a.claims.length ? 1 : 0]);
    const bindings = new Set(a.claims.map((c) => (c.binding ? Object.keys(c.binding).join() : '')).filter(Boolean));
    expect([file, bindings.size]).toEqual([file, a.claims.some((c) => c.binding) ? 1 : 0]);
    claims += a.claims.length;
    // (bound, linked, classified and tied claims are among them: the fields set late are set on the same shape)
  }
  expect(claims).toBeGreaterThan(1000);
});

test('every number token has the same fields in the same order, made afresh or read from the memo (one hidden class)', async () => {
  let tokens = 0;
  for (const model of await fixtureModels()) {
    const a = narrativeAnalysis(model);
    const keys = new Set<string>();
    for (const list of a.paragraphTokens) for (const t of list) keys.add(Object.keys(t).join());
    for (const p of model.narrative) for (const t of tokensOfUncached(p.text)) keys.add(Object.keys(t).join());
    expect(keys.size).toBeLessThanOrEqual(1);
    tokens += a.paragraphTokens.reduce((n, l) => n + l.length, 0);
  }
  expect(tokens).toBeGreaterThan(3000);
});
