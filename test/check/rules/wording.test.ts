/**
 * compliance/wording: doubled characters, miswritings, doubled punctuation (issue 16). The texts are quoted from ../shared (the seeds, ../shared/real/template-final-2024
 * and the 江苏 documents) unless a case says otherwise.
 */
import { Corpus, MISWRITING_NEEDS, MISWRITINGS, doubledCharacter, wording } from '../../../src/core/check/rules/wording';
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
  expect(doubledCharacter('医保经办机构运行行业务经费', corpus)).toEqual({ at: 7, ch: '行' });
  expect(doubledCharacter('常常开展督查', corpus)).toBeNull();
});


test('every miswriting pattern has the literal it needs (the prefilter that skips texts without it)', () => {
  expect(MISWRITING_NEEDS).toHaveLength(MISWRITINGS.length);
  MISWRITINGS.forEach(([re], i) => expect([re.source, MISWRITING_NEEDS[i].some((w) => re.source.includes(w))]).toEqual([re.source, true]));
});

test('Corpus.pairCount counts a two-character word as the whole document holds it: spaces skipped, overlaps counted, never across two texts, the same before and after the full table is built', () => {
  const alphabet = ['年', '预', '算', '行', '业', ' ', '\u3000', '，'];
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const texts = Array.from({ length: 40 }, () => ({ text: Array.from({ length: 1 + rand(30) }, () => alphabet[rand(alphabet.length)]).join('') }));
  // the oracle: pairs of adjacent characters of each text once its white space is gone
  const naive = (w: string) => texts.reduce((n, t) => {
    const s = t.text.replace(/\s+/g, '');
    let k = 0;
    for (let i = 0; i + 1 < s.length; i++) if (s[i] === w[0] && s[i + 1] === w[1]) k++;
    return n + k;
  }, 0);
  const han = alphabet.filter((c) => /[\u4e00-\u9fa5]/.test(c));
  const words = han.flatMap((a) => han.map((b) => `${a}${b}`));
  expect(words.length).toBeGreaterThan(16); // enough to pass the point where the whole table is built
  const corpus = new Corpus(texts);
  for (const w of [...words, ...words]) expect([w, corpus.pairCount(w)]).toEqual([w, naive(w)]);
  expect(new Corpus([{ text: '年年 年' }]).pairCount('年年')).toBe(2);
  expect(new Corpus([{ text: '预' }, { text: '算' }]).pairCount('预算')).toBe(0);
});
