/**
 * panelPlan finds its columns in one pass (issue 19, ninth pass). The plan must be the plain one's
 * (panelPlan of test/recognize/plain-rows.ts), the same column objects in the same places: on every table
 * of every fixture and on generated panels (repeated keys, null keys, every key the plan names).
 */
import * as path from 'path';
import { recognise } from '../../src/core/recognize';
import { panelPlan } from '../../src/core/recognize/rows';
import type { ColumnInfo } from '../../src/core/recognize/types';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { Rng } from '../support/department/rng';
import { FIXTURE_PATHS } from '../support/fixtures';
import { panelPlan as plainPanelPlan } from './plain-rows';

/** The plan with each column given by its place in the panel (identity, not only equal fields). */
function shape(columns: ColumnInfo[], plan: ReturnType<typeof plainPanelPlan>): string {
  const at = (c: ColumnInfo | undefined) => (c === undefined ? -1 : columns.indexOf(c));
  return JSON.stringify({
    split: plan.split?.map(at) ?? null,
    code: plan.codeColumns.map(([c, src]) => [at(c as ColumnInfo | undefined), src]),
    name: at(plan.nameCol),
    line: at(plan.lineCol),
    values: plan.values,
    items: plan.items.map(at),
  });
}

const same = (columns: ColumnInfo[]): void => {
  expect(shape(columns, panelPlan(columns) as ReturnType<typeof plainPanelPlan>)).toBe(shape(columns, plainPanelPlan(columns)));
};

test.each(FIXTURE_PATHS.map((f) => [path.basename(f), f]))('%s: every table\'s columns planned as the plain code plans them', async (_name, file) => {
  const { tables } = recognise(await readWorkbookFile(file));
  for (const t of tables) if (t.columns.length) same(t.columns);
});

const KEYS = [null, '科目编码.类', '科目编码.款', '科目编码.项', '科目编码', '项目编码', '单位代码', '科目名称', '项目', '项目名称', '单位名称', '行次', '合计', '采购数量', '采购品目', '资产名称', '政府购买服务内容', '规格要求', '基本支出.人员经费', '资产数量', '栏次', '序号'];

test('generated panels: the plain plan', () => {
  const r = new Rng(77);
  for (let n = 0; n < 3000; n++) {
    const columns: ColumnInfo[] = Array.from({ length: 1 + Math.floor(r.unit() * 9) }, (_, i) => {
      const key = KEYS[Math.floor(r.unit() * KEYS.length)];
      return { col: i + 1, path: key ? [key] : [], key };
    });
    same(columns);
  }
});
