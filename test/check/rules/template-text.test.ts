/**
 * compliance/template-text: template alternatives, instructions, placeholders, blank amounts (issue 16). The texts are quoted from ../shared (the seeds, ../shared/real/template-final-2024
 * and the 江苏 documents) unless a case says otherwise.
 */
import { TEMPLATE_PATTERN_NEEDS, TEMPLATE_PATTERNS, templateText } from '../../../src/core/check/rules/template-text';
import { ruleTester } from '../rule-tester';
import { narrativeSheet } from '../tables';

const N = '情况说明';

ruleTester.run(templateText, {
  valid: [
    { name: 'S000: a filled-in change sentence', sheets: [narrativeSheet(['与上年相比，收入预算增加35.59万元，增长3.76%，主要原因是人员调整。'])] },
    {
      name: '江苏 2017 政协: the template’s description of a table (“填列数应与……一致”) is published text, no leftover',
      sheets: [narrativeSheet(['本表反映部门年度总体收入预算情况。填列数应与《收支预算总表》收入数一致。'])],
    },
    { name: 'an amount with its figure (“单位”before 万元 is no blank)', sheets: [narrativeSheet(['事业收入 12.50 万元，金额单位：万元。'])] },
  ],
  invalid: [
    {
      name: '上海 决算 template 2024: the alternatives and the instruction left in the sentence',
      sheets: [narrativeSheet(['2024年度财政拨款收入支出总计1000万元。与2023年度相比，财政拨款收入支出总计增加（减少）100万元，增长（下降）10%。主要原因：人员增加。（如持平作持平表述）'])],
      errors: [
        { severity: 'error', category: 'compliance', message: /模板的备选字样未删除.*1 处：情况说明!A2“增加（减少）”/, cells: [`${N}!A2`] },
        { severity: 'error', category: 'compliance', message: /模板的填写说明未删除 1 处：情况说明!A2“（如持平作持平表述）”/, cells: [`${N}!A2`] },
      ],
    },
    {
      name: '上海 决算 template 2024: “减少（增加）… 下降（增长）” in the 三公 paragraph, two paragraphs folded into one finding',
      sheets: [narrativeSheet(['“三公”经费支出决算减少（增加）2万元，下降（增长）5%。', '机关运行经费支出30万元，比2023年度增加（减少）1万元。'])],
      errors: [{ severity: 'error', message: /备选字样未删除（应按实际情况保留一种写法） 2 处/, cells: [`${N}!A2`, `${N}!A3`] }],
    },
    {
      name: 'S001: amounts left blank (“事业收入万元”, “政府性基金预算本年财政拨款万元”) are a warning',
      sheets: [
        narrativeSheet([
          '收入包括：一般公共预算财政拨款收入  3291.91   万元，政府性基金预算财政拨款收入   0   万元，事业收入万元，上级补助收入  0   万元。',
          '2022 年部门项目绩效目标涉及一般公共预算本年财政拨款数  3291.91    万元，政府性基金预算本年财政拨款万元。',
        ]),
      ],
      errors: [{ severity: 'warning', message: /金额空缺（“万元”前没有数字） 2 处：情况说明!A2“收入万元”、情况说明!A3“拨款万元”/, cells: [`${N}!A2`, `${N}!A3`] }],
    },
    {
      name: '江苏 2019 检察院: “为必填项” in a table’s note only is a hint (info)',
      sheets: [narrativeSheet(['本部门2019年收入预算100.00万元。']), { name: '公开05表', rows: [['2019年财政拨款支出预算表（功能科目）'], ['注：“科目编码”和“科目名称”为必填项。']] }],
      errors: [{ severity: 'info', message: /模板的填写说明未删除 1 处：公开05表!A2“为必填项”/, cells: ['公开05表!A2'] }],
    },
    {
      name: 'a placeholder 【…请填写】 other than the drafted reason',
      sheets: [narrativeSheet(['本部门主要职能：【部门职能：请填写】。'])],
      errors: [{ severity: 'error', message: /占位符未填写 1 处/, cells: [`${N}!A2`] }],
    },
  ],
});


test('each template pattern is searched only in texts holding one of its words, and each such word is one the pattern cannot match without', () => {
  expect(TEMPLATE_PATTERN_NEEDS).toHaveLength(TEMPLATE_PATTERNS.length);
  // texts each pattern matches: with every one of the pattern's words removed, the pattern no longer matches
  const samples = [
    '与上年相比增加（减少）0万元',
    '增长(下降)5%',
    '（按实际情况填写）',
    '（如持平则作持平表述）',
    '（不涉及的不列）',
    '按上述格式列示',
    '（单位名称）',
    '（各项目以下同）',
    '（无此项的单位请在本表下方说明）',
    '仍保留该表格式',
    '绩效目标为必填项',
    '（没有的部门，应当在本表下方说明情况）',
    '。。。',
    '【主要原因请填写】',
    '项目支出 万元',
  ];
  TEMPLATE_PATTERNS.forEach(([, re], i) => {
    const needs = TEMPLATE_PATTERN_NEEDS[i];
    const hits = samples.filter((s) => re.test(s));
    expect(hits.length).toBeGreaterThan(0);
    if (!needs) return;
    for (const s of hits) {
      expect(needs.some((w) => s.includes(w))).toBe(true);
      const without = needs.reduce((x, w) => x.split(w).join(''), s);
      expect([s, re.test(without)]).toEqual([s, false]);
    }
  });
});
