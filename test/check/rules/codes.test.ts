import { codeDictionary, codeFormat, codeOrder, unitNatureItems } from '../../../src/core/check/rules/codes';
import { ruleTester } from '../rule-tester';
import { basicTable, expenditureTable, generalTable, incomeLines, narrativeSheet, standardSummary } from '../tables';

const E = '表3 支出总表';
const G = '表5 一般公共预算支出表';
const B = '表6 一般公共预算基本支出表';

const consistent = expenditureTable([
  ['210', '卫生健康支出', 10, 10, 0],
  ['21015', '医疗保障管理事务', 10, 10, 0],
  ['2101501', '行政运行', 10, 10, 0],
]);

ruleTester.run(codeFormat, {
  valid: [
    { name: '3/5/7-digit 功能 codes under their parents, 3/5-digit 经济 codes', sheets: [consistent, basicTable([['301', '工资福利支出', 1, 1, 0], ['30101', '基本工资', 1, 1, 0]])] },
    { name: 'two 类 in a row', sheets: [expenditureTable([['208', '社会保障和就业支出', 1, 1, 0], ['20805', '行政事业单位养老支出', 1, 1, 0], ['210', '卫生健康支出', 1, 1, 0], ['21015', '医疗保障管理事务', 1, 1, 0]])] },
    { name: 'no coded table: skipped', sheets: [standardSummary()], skipped: /没有列示科目编码的表/ },
  ],
  invalid: [
    {
      name: 'S002 03表: a 6-digit 项 code (208050)',
      sheets: [expenditureTable([['208', '社会保障和就业支出', 1, 1, 0], ['20805', '行政事业单位养老支出', 1, 1, 0], ['208050', '事业单位离退休', 1, 1, 0]])],
      errors: [{ severity: 'error', category: 'compliance', message: '支出总表 1 个科目编码位数不对（如 208050 事业单位离退休）：功能分类应为 3/5/7 位，经济分类应为 3/5 位', cells: [`${E}!A6`] }],
    },
    {
      name: 'a 款 listed under a 类 it does not belong to',
      sheets: [expenditureTable([['208', '社会保障和就业支出', 1, 1, 0], ['21015', '医疗保障管理事务', 1, 1, 0]])],
      errors: [{ severity: 'error', category: 'compliance', message: '支出总表 21015 医疗保障管理事务 列在 208 之下，但编码不以 208 开头', cells: [`${E}!A5`] }],
    },
  ],
});

ruleTester.run(codeDictionary, {
  valid: [
    { name: 'codes and names as in the code list', sheets: [consistent, basicTable([['301', '工资福利支出', 1, 1, 0], ['30110', '职工基本医疗保险缴费', 1, 1, 0]])] },
    { name: 'a 项 name printed without its 款 prefix is accepted', sheets: [generalTable([['2101501', '行政运行', 1, 1, 1, 0, 0]])] },
    { name: 'no coded table: skipped', sheets: [standardSummary()], skipped: /没有列示科目编码的表/ },
  ],
  invalid: [
    {
      name: 'S001: 30110 printed with its old name (warning)',
      sheets: [basicTable([['301', '工资福利支出', 1, 1, 0], ['30110', '城镇职工基本医疗保险缴费', 1, 1, 0]])],
      errors: [{ severity: 'warning', category: 'compliance', message: '一般公共预算基本支出表 30110 名称“城镇职工基本医疗保险缴费”是旧名称，2026 年的名称为“职工基本医疗保险缴费”', cells: [`${B}!A6`] }],
    },
    {
      name: 'a name that belongs to another code (error), a cut name (warning), a code not in the dictionary (info) — in 2024, a year the dictionary has them',
      sheets: [
        generalTable(
          [
            ['2101501', '一般行政管理事务', 1, 1, 1, 0, 0],
            ['2080505', '机关事业单位基本养老', 1, 1, 1, 0, 0],
            ['2299999', '其他支出', 1, 1, 1, 0, 0],
          ],
          { title: '2024年一般公共预算支出表' },
        ),
      ],
      errors: [
        { severity: 'error', category: 'compliance', message: '一般公共预算支出表 2101501 名称“一般行政管理事务”与科目编码不符，2101501 在 2024 年为“行政运行”', cells: [`${G}!A5`] },
        { severity: 'warning', category: 'compliance', message: '一般公共预算支出表 2080505 名称“机关事业单位基本养老”不完整，应为“机关事业单位基本养老保险缴费支出”', cells: [`${G}!A6`] },
        { severity: 'info', category: 'compliance', message: /^科目 2299999 其他支出 不在分类科目字典中（2024 年）/, cells: [`${G}!A7`] },
      ],
    },
    {
      name: 'S001 收支总表 类 with an old name (城乡社区事务)',
      sheets: [standardSummary({ classes: [['一、城乡社区事务', 100]] }), consistent],
      errors: [{ severity: 'warning', category: 'compliance', message: '收支总表 类名称“一、城乡社区事务”是旧名称，现行名称为“城乡社区支出”', cells: ['表1 收支总表!D5'] }],
    },
  ],
});

ruleTester.run(unitNatureItems, {
  valid: [
    { name: '行政单位 (…局) with 行政运行 and 行政单位医疗', sheets: [generalTable([['2101501', '行政运行', 1, 1, 1, 0, 0], ['2101101', '行政单位医疗', 1, 1, 1, 0, 0]])] },
    {
      name: '事业单位 (…中心) with 事业运行',
      sheets: [generalTable([['2101550', '事业运行', 1, 1, 1, 0, 0], ['2101102', '事业单位医疗', 1, 1, 1, 0, 0]], { unitLine: '部门/单位：武汉市江城区医疗保障服务中心' })],
    },
    { name: 'the nature cannot be told: skipped', sheets: [generalTable([['2101550', '事业运行', 1, 1, 1, 0, 0]], { unitLine: '部门/单位：江城医保' })], skipped: /无法判断单位性质/ },
    {
      name: 'a 局 whose narrative lists a 局 and a 中心 among its units (no unit rows, 决算/江苏): both natures, skipped',
      sheets: [generalTable([['2101550', '事业运行', 1, 1, 1, 0, 0]]), narrativeSheet(['纳入武汉市江城区医疗保障局2026年部门预算编制范围的单位包括：武汉市江城区医疗保障局、武汉市江城区医疗保障服务中心。'])],
      skipped: /无法判断单位性质/,
    },
  ],
  invalid: [
    {
      name: 'a 局 using 事业运行 and 事业单位医疗',
      sheets: [generalTable([['2101550', '事业运行', 1, 1, 1, 0, 0], ['2101102', '事业单位医疗', 1, 1, 1, 0, 0]])],
      errors: [
        { severity: 'warning', category: 'compliance', message: '单位为行政单位（单位名称“武汉市江城区医疗保障局”），却使用了 2101550 事业运行（事业单位的科目）；如为参照公务员法管理的事业单位请忽略', cells: [`${G}!A5`] },
        { severity: 'warning', category: 'compliance', message: /却使用了 2101102 事业单位医疗/, cells: [`${G}!A6`] },
      ],
    },
    {
      // ../shared/real/js-jcy-2019-budget: “下属单位包括江苏检察官学院、清风苑杂志社2个事业单位”, 2040450 事业运行 “主要是检察官学院运行费” (issue 16)
      name: 'a 局 whose 情况说明 names 下属事业单位 uses 事业运行: a hint only; 事业单位医疗 still a warning',
      sheets: [
        generalTable([['2101550', '事业运行', 1, 1, 1, 0, 0], ['2101102', '事业单位医疗', 1, 1, 1, 0, 0]]),
        narrativeSheet(['本部门下属单位包括江苏检察官学院、清风苑杂志社2个事业单位。']),
      ],
      errors: [
        { severity: 'info', category: 'compliance', message: /使用了 2101550 事业运行；情况说明写明“下属单位包括江苏检察官学院、清风苑杂志社2个事业单位”，可能是下属事业单位的运行经费，请核实/, cells: [`${G}!A5`] },
        { severity: 'warning', message: /却使用了 2101102 事业单位医疗/, cells: [`${G}!A6`] },
      ],
    },
    {
      name: 'the units the narrative lists are all 事业单位, the tables use 行政运行',
      sheets: [
        generalTable([['2101501', '行政运行', 1, 1, 1, 0, 0]], { unitLine: '部门/单位：武汉市江城区医疗保障局' }),
        narrativeSheet(['纳入本部门2026年部门预算编制范围的单位包括：武汉市江城区医疗保障服务中心、武汉市江城区医疗保险稽核中心。']),
      ],
      errors: [{ severity: 'warning', category: 'compliance', message: /单位为事业单位（单位名称“武汉市江城区医疗保障服务中心、武汉市江城区医疗保险稽核中心”），却使用了 2101501 行政运行/, cells: [`${G}!A5`] }],
    },
    {
      name: 'the narrative says 事业单位, the tables use 行政运行',
      sheets: [
        generalTable([['2101501', '行政运行', 1, 1, 1, 0, 0]], { unitLine: '部门/单位：江城医保' }),
        narrativeSheet(['本单位为公益一类事业单位，主要承担医疗保障经办服务工作。']),
      ],
      errors: [{ severity: 'warning', category: 'compliance', message: /^单位为事业单位（情况说明：“本单位为公益一类事业单位”），却使用了 2101501 行政运行/, cells: [`${G}!A5`] }],
    },
    {
      name: 'severity override to error',
      sheets: [standardSummary({ income: incomeLines({ general: 100 }) }), generalTable([['2101550', '事业运行', 1, 1, 1, 0, 0]])],
      config: { rules: { 'compliance/unit-nature-items': 'error' } },
      errors: [{ severity: 'error', category: 'compliance', message: /却使用了 2101550 事业运行/, cells: ['表5 一般公共预算支出表!A5'] }],
    },
  ],
});

ruleTester.run(codeOrder, {
  valid: [
    {
      name: 'codes in order under each parent; a new parent starts again (302 after 30199)',
      sheets: [basicTable([['301', '工资福利支出', 2, 2, 0], ['30101', '基本工资', 1, 1, 0], ['30199', '其他工资福利支出', 1, 1, 0], ['302', '商品和服务支出', 2, 0, 2], ['30201', '办公费', 1, 0, 1], ['30211', '差旅费', 1, 0, 1]])],
    },
  ],
  invalid: [
    {
      name: '江苏 2018 检察院 公开06表: 30211 差旅费 printed after 30299 其他商品和服务支出',
      sheets: [basicTable([['302', '商品和服务支出', 3, 0, 3], ['30201', '办公费', 1, 0, 1], ['30299', '其他商品和服务支出', 1, 0, 1], ['30211', '差旅费', 1, 0, 1]])],
      errors: [{ severity: 'warning', category: 'compliance', message: '一般公共预算基本支出表 1 个科目未按编码顺序排列：30211 差旅费 排在 30299 其他商品和服务支出 之后', cells: [`${B}!A8`] }],
    },
  ],
});
