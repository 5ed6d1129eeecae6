/** Every fixture's check model, read once per test file (the tests that hold fast code to its plain oracle on every fixture). */
import { buildModel } from '../../src/core/check';
import { documentFacts } from '../../src/core/facts';
import type { CheckModel } from '../../src/core/model/model';
import { recognise, type Recognition } from '../../src/core/recognize';
import type { Workbook } from '../../src/core/workbook';
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

const recognitions = new Map<string, { wb: Workbook; rec: Recognition }>();

/** A fixture's workbook and its recognition, read once for the test file. */
export async function fixtureRecognition(file: string): Promise<{ wb: Workbook; rec: Recognition }> {
  let r = recognitions.get(file);
  if (!r) {
    const wb = await readWorkbookFile(file);
    recognitions.set(file, (r = { wb, rec: recognise(wb, {}) }));
  }
  return r;
}
