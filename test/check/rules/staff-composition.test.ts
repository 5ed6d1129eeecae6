import staffComposition from '../../../src/core/check/rules/staff-composition';
import { ruleTester } from '../rule-tester';
import { narrativeSheet } from '../tables';

const N = '情况说明';

ruleTester.run(staffComposition, {
  valid: [
    {
      // (was a bug, fixed) the 编制 clause should end where 在职实有人数 starts; the end pattern wants the
      // headline word directly before its number ("在职实有28"), so with "在职实有人数28人" the
      // clause runs on and 编制数 30 is compared with 8 + 22 + 28 + 8 + 20 = 86
      name: '编制 and 在职实有 in one sentence, both adding up',
      sheets: [narrativeSheet(['本单位编制数30人，其中：行政编制8人、事业编制22人，在职实有人数28人，其中：行政人员8人、事业人员20人。'])],
    },
    { name: 'S000: 编制 43 人 = 行政 0 + 事业 43', sheets: [narrativeSheet(['本单位编制数43人，其中：行政编制0人、事业编制43人；在职实有人数41人，其中：行政人员0人、事业人员41人。'])] },
    { name: 'the “其中” inside parentheses is not counted', sheets: [narrativeSheet(['离退休人员7人，其中：离休0人、退休7人（其中：退休干部3人）。'])] },
    { name: 'no “……人，其中……” in the narrative: skipped', sheets: [narrativeSheet(['本部门2026年收入预算100.00万元。'])], skipped: /情况说明中没有“……人，其中……”的人员构成/ },
  ],
  invalid: [
    {
      name: 'S001: 在职实有 30 人 but 行政 8 + 事业 20 = 28',
      sheets: [narrativeSheet(['本单位在职实有人数30人，其中：行政人员8人、事业人员20人。'])],
      errors: [{ severity: 'error', category: 'intra', message: '情况说明：在职实有人数 30 人，而其中所列各类合计 28 人（行政人员 8、事业人员 20）', cells: [`${N}!A2`] }],
    },
    {
      name: '编制 and 离退休 both wrong (severity warning)',
      sheets: [narrativeSheet(['本单位编制数20人，其中：行政编制8人、事业编制10人。', '离退休人员5人，其中：离休1人、退休3人。'])],
      config: { rules: { 'intra/staff-composition': 'warning' } },
      errors: [
        { severity: 'warning', category: 'intra', message: /编制数 20 人，而其中所列各类合计 18 人/, cells: [`${N}!A2`] },
        { severity: 'warning', category: 'intra', message: /离退休人员 5 人，而其中所列各类合计 4 人（离休 1、退休 3）/, cells: [`${N}!A3`] },
      ],
    },
  ],
});
