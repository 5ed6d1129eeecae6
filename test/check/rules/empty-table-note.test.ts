import emptyTableNote from '../../../src/core/check/rules/empty-table-note';
import { ruleTester } from '../rule-tester';
import { fundTable, generalTable, narrativeSheet, threePublicTable } from '../tables';

ruleTester.run(emptyTableNote, {
  valid: [
    { name: 'an empty 政府性基金 table with “本表为空表”', sheets: [fundTable([], { notes: ['备注：本单位无政府性基金预算支出，本表为空表。'] })] },
    { name: 'an empty 三公 table saying “本单位无…”', sheets: [threePublicTable([0, 0, 0, 0, 0, 0], { notes: ['注：本单位2026年无“三公”经费预算安排。'] })] },
    { name: 'a table with figures needs no note', sheets: [generalTable([[null, '合计', 10, 10, 10, 0, 0]])] },
    { name: 'no table: skipped', sheets: [narrativeSheet([])], skipped: /没有可检查的表/ },
  ],
  invalid: [
    {
      name: '江苏 省委办公厅 2017: the empty 政府性基金 table is explained only in the narrative (a warning: say it in the table too)',
      sheets: [fundTable([]), narrativeSheet(['七、政府性基金预算支出情况说明', '本部门2026年无政府性基金预算支出。'])],
      errors: [
        {
          severity: 'warning',
          category: 'compliance',
          message: '政府性基金预算支出表（表8 政府性基金预算支出表）没有数据，表内没有说明；情况说明中已写“本部门2026年无政府性基金预算支出”，建议在表内也注明“本表为空表”',
          cells: ['表8 政府性基金预算支出表!A1', '情况说明!A3'],
        },
      ],
    },
    {
      name: '江苏 检察院 2019: “此表为空” in the table is a note',
      sheets: [fundTable([], { notes: ['此表为空'] })],
      errors: [],
    },
    {
      name: 'S004 表8: an empty 政府性基金 table without a note',
      sheets: [fundTable([])],
      errors: [{ severity: 'error', category: 'compliance', message: '政府性基金预算支出表（表8 政府性基金预算支出表）没有数据，也没有“本表为空表”或“本单位无……”的说明', cells: ['表8 政府性基金预算支出表!A1'] }],
    },
    {
      // (was a bug, fixed) the note pattern 无…(支出|预算|…) is also looked for in the title, so a department of
      // 无锡/无为/无棣… (“无锡市…政府性基金预算支出表”) passes without any note
      name: 'an empty table of a 无锡 department without a note',
      sheets: [fundTable([], { title: '无锡市梁溪区2026年政府性基金预算支出表', unitLine: '部门/单位：无锡市梁溪区医疗保障局' })],
      errors: [{ severity: 'error', category: 'compliance', message: /政府性基金预算支出表（表8 政府性基金预算支出表）没有数据/, cells: ['表8 政府性基金预算支出表!A1'] }],
    },
    {
      name: 'S004 表7: a 三公 table of zeros without a note (severity warning)',
      sheets: [threePublicTable([0, 0, 0, 0, 0, 0])],
      config: { rules: { 'compliance/empty-table-note': 'warning' } },
      errors: [{ severity: 'warning', category: 'compliance', message: /“三公”经费支出表（表7 “三公”经费支出表）没有数据/, cells: ['表7 “三公”经费支出表!A1'] }],
    },
  ],
});
