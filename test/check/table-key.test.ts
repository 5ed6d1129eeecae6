/**
 * The 目录 rule's table key runs its scanning patterns only where the name holds what they need (issue
 * 19, tenth pass, CPU: src/core/check/rules/headings.ts tableKey): the same key as the plain one
 * (test/check/plain/headings.ts), on generated table names and units and on every table title, sheet
 * name and narrative line of every fixture, with the fixture's unit.
 */
import { buildModel } from '../../src/core/check';
import { tableKey } from '../../src/core/check/rules/headings';
import { recognise } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { FIXTURE_PATHS } from '../support/fixtures';
import { randomStrings } from '../support/random-strings';
import * as plain from './plain/headings';

const PIECES = [
  ...['表1', '表12-1', '公开06表', '06表：', '表六', '五、', '部门预算', '公开', '2024年', '24年度', '2019', '年', '（功能科目）', '(单位：万元)', '（', ')', '部门', '单位'],
  ...['江城区财政局', '财政局', '局', '中心', '委员会', '收入支出总表', '一般公共预算', '支出', '“三公”经费', '财政拨款', '项目', ' ', '\u3000', '：'],
];
const UNITS = [null, '', ' ', '江城区财政局', '江城区 财政局', '中心'];

describe('tableKey = the plain one', () => {
  test('on generated names and units', () => {
    let changed = 0;
    for (const t of randomStrings(PIECES, 20000, 8, 1923)) {
      for (const unit of UNITS) {
        const got = tableKey(t, unit);
        if (got !== plain.tableKey(t, unit)) expect([t, unit, got]).toEqual([t, unit, plain.tableKey(t, unit)]);
        if (got !== t) changed++;
      }
    }
    expect(changed).toBeGreaterThan(10000);
  });

  test.each(FIXTURE_PATHS.map((f) => [f.split('/').pop(), f]))('%s: every title, sheet name and narrative line', async (_, file) => {
    const wb = await readWorkbookFile(file);
    const model = buildModel(wb, recognise(wb));
    const texts = [...model.tables.flatMap((t) => [t.block.title?.text ?? '', t.block.sheet]), ...model.narrative.map((p) => p.text)];
    expect(texts.length).toBeGreaterThan(10);
    for (const unit of [model.facts.unit, null]) for (const t of texts) expect([t, tableKey(t, unit)]).toEqual([t, plain.tableKey(t, unit)]);
  });
});
