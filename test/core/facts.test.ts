import { documentFacts } from '../../src/core/facts';
import { textWorkbook } from '../support/text-workbook';

test('budget facts from titles and unit lines', () => {
  const f = documentFacts(
    textWorkbook({
      '表1': [['蔡甸区医疗保障局2025年部门预算收支总表'], ['部门/单位：蔡甸区医疗保障局', '', '单位：万元']],
      '表2': [['2025年部门预算收入总表'], ['单位名称：蔡甸区医疗保障局   单位：万元']],
      情况说明: [['蔡甸区医疗保障局2024年部门预算公开说明']],
    }),
  );
  expect(f).toMatchObject({ kind: 'budget', year: 2025, unit: '蔡甸区医疗保障局', moneyUnit: '万元' });
  // the disagreeing narrative year is kept as evidence, not lost
  expect(f.evidence.filter((e) => e.fact === 'year').map((e) => `${e.sheet}:${e.value}`)).toEqual([
    '表1:2025',
    '表2:2025',
    '情况说明:2024',
  ]);
});

test('final-account facts', () => {
  const f = documentFacts(
    textWorkbook({
      公开01表: [['收入支出决算总表'], ['编制单位：黄陂区医疗保障服务中心', '', '金额单位：万元']],
      情况说明: [['黄陂区医疗保障服务中心2024年度部门决算']],
    }),
  );
  expect(f).toMatchObject({ kind: 'final', year: 2024, unit: '黄陂区医疗保障服务中心', moneyUnit: '万元' });
});

test('nothing recognisable gives nulls, not guesses', () => {
  const f = documentFacts(textWorkbook({ Sheet1: [['a', 'b'], ['1', '2']] }));
  expect(f).toEqual({ kind: null, year: null, unit: null, moneyUnit: null, evidence: [] });
});

test('amounts in 元', () => {
  const f = documentFacts(textWorkbook({ 采购: [['政府采购预算表'], ['单位：元']] }));
  expect(f.moneyUnit).toBe('元');
  expect(f.kind).toBe('budget');
});

test('a narrative heading as long as the heading pattern allows is still read; prose one character longer is not a heading', () => {
  // 40 characters, the year, 年度, 20 characters, 预算, 12 characters, 说明: 82 characters besides the spaces
  const longest = `${'甲'.repeat(40)}2024 年 度${'乙'.repeat(20)}预算${'丙'.repeat(12)}说明`;
  const year = (heading: string) => documentFacts(textWorkbook({ 情况说明: [[heading]] })).evidence.find((e) => e.fact === 'year')?.value ?? null;
  expect(year(longest)).toBe('2024');
  expect(year(`${'甲'.repeat(40)}2024\n\u3000年\t度${'乙'.repeat(20)}预算${'丙'.repeat(12)}说明`)).toBe('2024');
  expect(year(`丁${longest}`)).toBeNull();
});
