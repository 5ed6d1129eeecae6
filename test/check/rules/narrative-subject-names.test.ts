/**
 * compliance/narrative-subject-names (issue 16): “X（类）Y（款）Z（项）” in the 情况说明 against the
 * classification dictionary of the year. Texts from ../shared/seeds (S002 黄陂 2024 决算, S004 蔡甸
 * 2025 名词解释) and ../shared/real/js-zx-2018-budget.
 */
import { narrativeSubjectNames } from '../../../src/core/check/rules/narrative-subject-names';
import { ruleTester } from '../rule-tester';
import { narrativeSheet } from '../tables';

const N = '情况说明';
const Y2025 = { heading: '武汉市蔡甸区医疗保障局2025年部门预算情况说明' };
const Y2018 = { heading: '江苏省政协办公厅2018年度部门预算公开' };

ruleTester.run(narrativeSubjectNames, {
  valid: [
    {
      name: 'S002: 类/款/项 as in the 2024 classification',
      sheets: [
        narrativeSheet(
          [
            '(2) 社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项)年初预算为 78.83 万元，支出决算为 78.83 万元，完成年初预算的 100%。',
            '(1) 住房保障支出（类）住房改革支出（款）住房公积金（项）年初预算为73.94万元，支出决算为73.94万元，完成年初预算的100%。',
          ],
          { heading: '2024 年度武汉市黄陂区医疗保障服务中心部门决算公开' },
        ),
      ],
    },
    { name: 'js-zx-2018: 行政事业单位离退休 is the 2018 name of 20805', sheets: [narrativeSheet(['（二）社会保障和就业支出（类）行政事业单位离退休（款）未归口管理的行政单位离退休（项）252.82 万元。'], Y2018)] },
  ],
  invalid: [
    {
      name: 'S004 名词解释 6: 住房改革支出 under 卫生健康支出',
      sheets: [narrativeSheet(['6. 卫生健康支出(类)住房改革支出(款)住房公积金(项):反映行政事业单位按人力资源和社会保障部、财政部规定的基本工资和津贴补贴以及规定比例为职工缴纳的住房公积金。'], Y2025)],
      errors: [{ severity: 'warning', category: 'compliance', message: /“住房改革支出”（22102）不是“卫生健康支出”（210）的款，它是 221 住房保障支出 的款/, cells: [`${N}!A2`] }],
    },
    {
      name: 'S004 名词解释 1: 行政事业单位离退休 in 2025 (now 行政事业单位养老支出)',
      sheets: [narrativeSheet(['1. 社会保障和就业支出(类)行政事业单位离退休(款)机关事业单位基本养老保险缴费支出(项):反映机关事业单位实施养老保险制度由单位缴纳的基本养老保险费支出。'], Y2025)],
      errors: [{ severity: 'warning', message: /“行政事业单位离退休”是旧名称，2025 年 20805 的名称为“行政事业单位养老支出”/ }],
    },
    {
      name: 'S004 名词解释 2: 卫生健康管理事务 is not in the dictionary (a hint, never an error)',
      sheets: [narrativeSheet(['2. 卫生健康支出(类)卫生健康管理事务(款)行政运行(卫生健康)(项):反映行政单位(包括实行公务员管理的事业单位)的基本支出。'], Y2025)],
      errors: [{ severity: 'info', message: /科目名称 “卫生健康管理事务”不在分类科目字典中/ }],
    },
  ],
});
