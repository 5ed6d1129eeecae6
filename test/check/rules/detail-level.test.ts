import detailLevel from '../../../src/core/check/rules/detail-level';
import { ruleTester } from '../rule-tester';
import { basicTable, generalTable, standardSummary, table } from '../tables';

const G = '表5 一般公共预算支出表';

/** 一般公共预算支出表 with 类 | 款 | 项 code columns under 科目编码 (header rows 3–4, body from row 5). */
const splitGeneral = (body: (string | number | null)[][]) =>
  table('2026年一般公共预算支出表', [['科目编码', ['类', '款', '项']], '科目名称', '合计', ['基本支出', ['小计', '人员经费', '公用经费']], '项目支出'], body, { sheet: G });
const B = '表6 一般公共预算基本支出表';

ruleTester.run(detailLevel, {
  valid: [
    {
      name: '类/款/项 with subtotal rows; 基本支出 to 款',
      sheets: [
        generalTable([
          [null, '合计', 10, 10, 10, 0, 0],
          ['221', '住房保障支出', 10, 10, 10, 0, 0],
          ['22102', '住房改革支出', 10, 10, 10, 0, 0],
          ['2210201', '住房公积金', 10, 10, 10, 0, 0],
        ]),
        basicTable([['301', '工资福利支出', 10, 10, 0], ['30113', '住房公积金', 10, 10, 0]]),
      ],
    },
    { name: 'a 类 of 0.00 needs no 款', sheets: [generalTable([['221', '住房保障支出', 0, 0, 0, 0, 0], ['210', '卫生健康支出', 5, 5, 5, 0, 0], ['21015', '医疗保障管理事务', 5, 5, 5, 0, 0], ['2101501', '行政运行', 5, 5, 5, 0, 0]])] },
    { name: 'no coded table: skipped', sheets: [standardSummary()], skipped: /没有按科目列示的表/ },
    {
      name: '类/款/项 in separate columns, each row printing the full code split over them',
      sheets: [
        splitGeneral([
          [null, null, null, '合计', 10, 10, 10, 0, 0],
          ['221', null, null, '住房保障支出', 10, 10, 10, 0, 0],
          ['221', '02', null, '住房改革支出', 10, 10, 10, 0, 0],
          ['221', '02', '01', '住房公积金', 10, 10, 10, 0, 0],
        ]),
      ],
    },
    {
      name: '类/款/项 in separate columns, each row printing only its own segment (the 类 and 款 of the rows above)',
      sheets: [
        splitGeneral([
          [null, null, null, '合计', 15, 15, 15, 0, 0],
          ['221', null, null, '住房保障支出', 10, 10, 10, 0, 0],
          [null, '02', null, '住房改革支出', 10, 10, 10, 0, 0],
          [null, null, '01', '住房公积金', 6, 6, 6, 0, 0],
          [null, null, '02', '提租补贴', 4, 4, 4, 0, 0],
          ['208', null, null, '社会保障和就业支出', 5, 5, 5, 0, 0],
          [null, '05', null, '行政事业单位养老支出', 5, 5, 5, 0, 0],
          [null, null, '05', '机关事业单位基本养老保险缴费支出', 5, 5, 5, 0, 0],
        ]),
      ],
    },
  ],
  invalid: [
    {
      name: 'a 一般公共预算支出表 listed to 类 only',
      sheets: [generalTable([[null, '合计', 10, 10, 10, 0, 0], ['221', '住房保障支出', 10, 10, 10, 0, 0]])],
      errors: [{ severity: 'error', category: 'compliance', message: '一般公共预算支出表只列到类级科目，应细化到项级', cells: [`${G}!A6`] }],
    },
    {
      name: 'a 类 with an amount and nothing under it',
      sheets: [generalTable([['210', '卫生健康支出', 5, 5, 5, 0, 0], ['21015', '医疗保障管理事务', 5, 5, 5, 0, 0], ['2101501', '行政运行', 5, 5, 5, 0, 0], ['221', '住房保障支出', 10, 10, 10, 0, 0]])],
      errors: [{ severity: 'error', category: 'compliance', message: '一般公共预算支出表 221 住房保障支出 有金额，但没有列出其下的款、项', cells: [`${G}!A8`] }],
    },
    {
      name: 'S001: 项 rows only, no 类/款 subtotal rows (warning)',
      sheets: [generalTable([[null, '合计', 10, 10, 10, 0, 0], ['2210201', '住房公积金', 10, 10, 10, 0, 0]])],
      errors: [{ severity: 'warning', category: 'compliance', message: '一般公共预算支出表只列出项级科目，没有类、款小计行', cells: [`${G}!A6`] }],
    },
    {
      name: 'own-segment code columns listing 类 rows only',
      sheets: [splitGeneral([[null, null, null, '合计', 10, 10, 10, 0, 0], ['221', null, null, '住房保障支出', 10, 10, 10, 0, 0]])],
      errors: [{ severity: 'error', category: 'compliance', message: '一般公共预算支出表只列到类级科目，应细化到项级', cells: [`${G}!A6`] }],
    },
    {
      name: 'own-segment code columns: a 类 with an amount and nothing under it',
      sheets: [
        splitGeneral([
          ['210', null, null, '卫生健康支出', 5, 5, 5, 0, 0],
          [null, '15', null, '医疗保障管理事务', 5, 5, 5, 0, 0],
          [null, null, '01', '行政运行', 5, 5, 5, 0, 0],
          ['221', null, null, '住房保障支出', 10, 10, 10, 0, 0],
        ]),
      ],
      errors: [{ severity: 'error', category: 'compliance', message: '一般公共预算支出表 221 住房保障支出 有金额，但没有列出其下的款、项', cells: [`${G}!A8`] }],
    },
    {
      name: '基本支出表 301 not broken down to 款',
      sheets: [basicTable([['301', '工资福利支出', 10, 10, 0], ['302', '商品和服务支出', 2, 0, 2], ['30201', '办公费', 2, 0, 2]])],
      errors: [{ severity: 'error', category: 'compliance', message: '一般公共预算基本支出表 301 工资福利支出 有金额，但没有细化到款', cells: [`${B}!A5`] }],
    },
  ],
});
