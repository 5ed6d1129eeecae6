/**
 * The 目录 rule (issue 19, CPU: each heading's key and each part's headings read once) and the 名词解释
 * rule (the text searched only for a term not explained) against their plain versions
 * (test/check/plain/headings.ts, glossary.ts): on every fixture, and on their narratives with lines
 * dropped, swapped, renumbered and reworded by a seeded generator, so that every kind of mismatch is met.
 */
import { buildModel, runRules } from '../../src/core/check';
import { headingNumbering, toc } from '../../src/core/check/rules/headings';
import { glossary } from '../../src/core/check/rules/glossary';
import type { CheckModel } from '../../src/core/model/model';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { Rng } from '../support/department/rng';
import { FIXTURE_PATHS } from '../support/fixtures';
import * as plain from './plain/headings';
import * as plainGlossary from './plain/glossary';
import * as path from 'path';

/** Findings compared over the whole file (the last test checks there were many). */
let compared = 0;

function expectSame(model: CheckModel): void {
  const got = runRules(model, [toc, headingNumbering, glossary]);
  expect(got).toEqual(runRules(model, [plain.toc, plain.headingNumbering, plainGlossary.glossary]));
  compared += got.findings.length;
}

/** A line changed as a preparer might: renumbered, reworded, cut short. */
function mutate(text: string, rng: Rng): string {
  switch (rng.int(0, 5)) {
    case 0:
      return text.replace(/^[一二三四五六七八九十]+/, (n) => rng.pick(['一', '二', '三', '四', '五', '十', n]));
    case 1:
      return text.replace(/表/, '预算表');
    case 2:
      return text.slice(0, Math.max(2, text.length - rng.int(1, 4)));
    case 3:
      return text.replace(/职能/, '职责').replace(/部门/, '').replace(/基本支出|项目支出|三公|机关运行经费/, '支出');
    case 4:
      return `${text}。`;
    default:
      return text.replace(/\d{4}年/, '2020年');
  }
}

describe('the 目录 rule as its plain version', () => {
  test.each(FIXTURE_PATHS.map((f) => [path.basename(f), f]))('%s, and its narrative changed line by line', async (_, file) => {
    const wb = await readWorkbookFile(file);
    const rec = recognise(wb);
    const model = buildModel(wb, rec);
    expectSame(model);
    const lines = model.narrative.map((p) => p.text);
    for (let seed = 1; seed <= 8; seed++) {
      const rng = new Rng(seed * 7919 + lines.length);
      const out: string[] = [];
      for (const line of lines) {
        if (rng.chance(4)) continue; // dropped
        const text = rng.chance(12) ? mutate(line, rng) : line;
        if (out.length && rng.chance(3)) out.splice(out.length - 1, 0, text); // swapped with the line before
        else out.push(text);
      }
      const external = { source: '情况说明.docx', paragraphs: out.map((text, k) => ({ text, file: '情况说明.docx', paragraph: k + 1 })) };
      expectSame(buildModel(wb, rec, undefined, external));
    }
  }, 60000);

  test('the comparisons above were of findings, not of empty lists', () => {
    expect(compared).toBeGreaterThan(300);
  });
});
