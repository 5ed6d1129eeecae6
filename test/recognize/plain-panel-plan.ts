/**
 * panelPlan as it was before its one pass (issue 19, ninth pass): a find per key, filters for the
 * values and items. The oracle of test/recognize/panel-plan.test.ts. Do not optimise.
 */
import { DESCRIPTIVE_KEYS, LABEL_KEYS, QUANTITY_KEYS } from '../../src/core/recognize/columns';
import type { ColumnInfo } from '../../src/core/recognize/types';

const ITEM_KEYS = new Set(['采购品目', '资产名称', '政府购买服务内容']);

export function plainPanelPlan(columns: ColumnInfo[]) {
  const byKey = (k: string) => columns.find((c) => c.key === k);
  const split = ['科目编码.类', '科目编码.款', '科目编码.项'].map(byKey);
  return {
    columns,
    split: split[0] ? split : null,
    codeColumns: [
      [byKey('科目编码'), 'subject'],
      [byKey('项目编码'), 'project'],
      [byKey('单位代码'), 'unit'],
    ],
    nameCol: byKey('科目名称') ?? byKey('项目') ?? byKey('项目名称') ?? byKey('单位名称'),
    lineCol: byKey('行次'),
    values: columns.filter((c) => !!c.key && !LABEL_KEYS.has(c.key) && !DESCRIPTIVE_KEYS.has(c.key)).map((c) => ({ col: c.col, key: c.key as string, quantity: QUANTITY_KEYS.has(c.key as string) })),
    items: columns.filter((c) => ITEM_KEYS.has(c.key ?? '')),
  };
}
