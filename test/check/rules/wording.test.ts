/**
 * compliance/wording: doubled characters, miswritings, doubled punctuation (issue 16). The texts are quoted from ../shared (the seeds, ../shared/real/template-final-2024
 * and the 江苏 documents) unless a case says otherwise.
 */
import { MISWRITING_NEEDS, MISWRITINGS, doubledCharacter, wording } from '../../../src/core/check/rules/wording';
import { ruleTester } from '../rule-tester';
import { narrativeSheet } from '../tables';

const N = '情况说明';

ruleTester.run(wording, {
  valid: [
    { name: 'reduplications are words (层层、常常)', sheets: [narrativeSheet(['层层压实责任，常常开展督查。'])] },
    { name: 'S002: “专业业务” is two words (专业 + 业务), not a doubled 业', sheets: [narrativeSheet(['事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。'])] },
    { name: '“财政政策”, “安全全面”: a word after a word ending in the same character (generated department, issue 15)', sheets: [narrativeSheet(['负责本区财政收支、财政政策、预算管理、国库集中收付、政府采购监督管理。', '落实安全全面检查。'])] },
    { name: '与上年相比 is right', sheets: [narrativeSheet(['与上年相比，支出增加10万元，主要原因是人员增加。'])] },
  ],
  invalid: [
    {
      name: 'S004 表10: “效效指标” (a doubling that opens the text)',
      sheets: [narrativeSheet(['本部门2025年部门整体支出绩效目标如下。']), { name: '表10 部门整体支出绩效目标表', rows: [['部门整体支出绩效目标表'], ['效效指标'], ['时效指标']] }],
      errors: [{ severity: 'warning', category: 'compliance', message: /“效效指标”中“效”重复/, cells: ['表10 部门整体支出绩效目标表!A2'] }],
    },
    {
      name: 'S003: “一般公共预算算本年财政拨款” where the document writes “一般公共预算本年财政拨款” elsewhere',
      sheets: [narrativeSheet(['2026 年部门预算支出全部纳入绩效目标管理，绩效目标实现全覆盖，涉及一般公共预算算本年财政拨款 217.98 万元。', '一般公共预算本年财政拨款支出 217.98 万元。'])],
      errors: [{ severity: 'warning', message: /一般公共预算算本年财政拨款.*中“算”重复/, cells: [`${N}!A2`] }],
    },
    {
      name: 'S004: “2025 年年部门预算” (年 after a year number; 年年 elsewhere is a word)',
      sheets: [narrativeSheet(['2025 年年部门预算支出全部纳入绩效目标管理。', '年年开展绩效评价。'])],
      errors: [{ severity: 'warning', message: /“年”重复/, cells: [`${N}!A2`] }],
    },
    {
      name: 'a mixed construction “比上年……相比” and doubled punctuation',
      sheets: [narrativeSheet(['比上年预算相比增加10万元。。'])],
      errors: [
        { severity: 'warning', message: /“比……相比”句式杂糅/, cells: [`${N}!A2`] },
        { severity: 'warning', message: /标点重复/, cells: [`${N}!A2`] },
      ],
    },
  ],
});

test('doubledCharacter: 运行行业务 is a doubled 行 when 运行业务 appears elsewhere (S003 表13 / 表10)', () => {
  const corpus = '医保经办机构运行业务经费\n医保经办机构运行行业务经费';
  expect(doubledCharacter('医保经办机构运行行业务经费', new Map(), corpus)).toEqual({ at: 7, ch: '行' });
  expect(doubledCharacter('常常开展督查', new Map(), corpus)).toBeNull();
});


test('every miswriting pattern has the literal it needs (the prefilter that skips texts without it)', () => {
  expect(MISWRITING_NEEDS).toHaveLength(MISWRITINGS.length);
  MISWRITINGS.forEach(([re], i) => expect([re.source, MISWRITING_NEEDS[i].some((w) => re.source.includes(w))]).toEqual([re.source, true]));
});
