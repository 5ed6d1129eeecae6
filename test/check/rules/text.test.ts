import { levelWording, placeholders, typos } from '../../../src/core/check/rules/text';
import { ruleTester } from '../rule-tester';
import { generalTable, narrativeSheet } from '../tables';

const N = '情况说明';

ruleTester.run(placeholders, {
  valid: [
    { name: 'a narrative without template residue', sheets: [narrativeSheet(['本部门2026年收入预算100.00万元，支出预算100.00万元。'])] },
    { name: 'a table whose texts are all filled in', sheets: [generalTable([[null, '合计', 1, 1, 1, 0, 0]])] },
  ],
  invalid: [
    {
      name: 'S001: a template instruction left in the narrative',
      sheets: [narrativeSheet(['根据本部门使用的其他专用名词补充解释。'])],
      errors: [{ severity: 'error', category: 'compliance', message: '“根据本部门使用的其他专用名词补充解释。”模板说明文字未删除', cells: [`${N}!A2`] }],
    },
    {
      name: 'S003 表14: “__年” placeholders in a table; S002: an empty numbered item',
      sheets: [generalTable([[null, '合计', 1, 1, 1, 0, 0]], { title: '__年部门预算一般公共预算支出表' }), narrativeSheet(['（十八）其他专用名词。'])],
      errors: [
        { severity: 'error', category: 'compliance', message: /占位符未填写/, cells: ['表5 一般公共预算支出表!A1'] },
        { severity: 'error', category: 'compliance', message: '“（十八）其他专用名词。”编号条目内容为空', cells: [`${N}!A2`] },
      ],
    },
    {
      name: 'severity override to warning',
      sheets: [narrativeSheet(['请根据部门实际情况填写本部分内容并作出说明。'])],
      config: { rules: { 'compliance/placeholders': 'warning' } },
      errors: [{ severity: 'warning', message: /模板说明文字未删除/, cells: [`${N}!A2`] }],
    },
  ],
});

ruleTester.run(levelWording, {
  valid: [
    { name: 'a 区级 narrative in 区级 words', sheets: [narrativeSheet(['财政拨款收入：指区级财政当年拨付的资金。'])] },
    { name: 'a 市级 department may say 市级财政: skipped', sheets: [narrativeSheet(['财政拨款收入：指市级财政当年拨付的资金。'], { heading: '武汉市医疗保障局2026年部门预算情况说明' })], skipped: /无法判断为区（县）级部门/ },
  ],
  invalid: [
    {
      name: 'S002: “市级财政” and “市直部门” in a 区级 document',
      sheets: [narrativeSheet(['财政拨款收入：指市级财政当年拨付的资金。', '“三公”经费：是指市直部门用财政拨款安排的因公出国（境）费等。'])],
      errors: [
        { severity: 'warning', category: 'compliance', message: /区（县）级部门的文本中出现“市级财政”：“财政拨款收入：指市级财政当年拨付的资金。”，疑为照搬市级模板/, cells: [`${N}!A2`] },
        { severity: 'warning', category: 'compliance', message: /出现“市直部门”/, cells: [`${N}!A3`] },
      ],
    },
    {
      name: 'severity override to error',
      sheets: [narrativeSheet(['财政拨款收入：指市本级当年拨付的资金。'])],
      config: { rules: { 'compliance/level-wording': 'error' } },
      errors: [{ severity: 'error', category: 'compliance', message: /出现“市本级”/, cells: [`${N}!A2`] }],
    },
  ],
});

ruleTester.run(typos, {
  valid: [
    { name: 'clean text', sheets: [narrativeSheet(['一般公共预算拨款收入100.00万元，主要原因是人员增加。'])] },
    { name: 'accepted repetitions (层层, 逐项) and amounts like 0.50', sheets: [narrativeSheet(['层层压实责任，逐项核对，培训费0.50万元。'])] },
  ],
  invalid: [
    {
      name: 'S004: “86万元万元” and “培训费01.74”',
      sheets: [narrativeSheet(['政府采购预算86万元万元。', '其中培训费01.74万元。'])],
      errors: [
        { severity: 'info', category: 'compliance', message: '“政府采购预算86万元万元。”“万元”重复（“万元万元”）', cells: [`${N}!A2`] },
        { severity: 'info', category: 'compliance', message: /数字前多了 0（“01\.74”）/, cells: [`${N}!A3`] },
      ],
    },
    {
      name: 'S001: “主要原因：主要原因是” (severity warning)',
      sheets: [narrativeSheet(['因公出国费为0，主要原因：主要原因是未有因公出国任务。'])],
      config: { rules: { 'compliance/typos': 'warning' } },
      errors: [{ severity: 'warning', message: /“主要原因”重复/, cells: [`${N}!A2`] }],
    },
  ],
});
