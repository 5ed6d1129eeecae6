/** Every fixture's check model, read once per test file (the tests that hold fast code to its plain oracle on every fixture). */
import { buildModel } from '../../src/core/check';
import { documentFacts } from '../../src/core/facts';
import type { CheckModel } from '../../src/core/model/model';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from './fixtures';

const models = new Map<string, CheckModel>();

/** Every fixture's model (seeds and real documents), read once for the test file. */
export async function fixtureModels(): Promise<CheckModel[]> {
  for (const f of FIXTURE_PATHS) {
    if (models.has(f)) continue;
    const wb = await readWorkbookFile(f);
    models.set(f, buildModel(wb, recognise(wb, {}), documentFacts(wb), undefined));
  }
  return [...models.values()];
}
