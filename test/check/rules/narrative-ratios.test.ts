import { narrativeChangeConsistency, narrativeChanges, narrativeCompletion, narrativeShares } from '../../../src/core/check/rules/narrative-ratios';
import { narrativeFromText } from '../../../src/core/narrative/source';
import { N, RIGHT_BUDGET, RIGHT_FINAL, S, T3, finalWorkbook, general, nine, para, workbook } from '../narrative-tables';
import { ruleTester } from '../rule-tester';
import { incomeLines, narrativeSheet, standardSummary, threePublicTable } from '../tables';

/** 收支总表 with 上年结转结余: 收入总计 100.00 (B16) = 本年收入合计 90.00 (B14) + 上年结转结余 10.00 (B15). */
const withCarry = () => standardSummary({ income: incomeLines({ general: 90 }), inTotal: 90, carry: 10, inGrand: 100 });

/** A 预算 with 事业收入: 收支总表 120.00 (卫生健康支出 100.00, 住房保障支出 20.00), 一般公共预算支出表 100.00 (210 80.00). */
const withBusiness = () => [
  standardSummary({
    income: incomeLines({ general: 100, business: 20 }),
    classes: [
      ['一、卫生健康支出', 100],
      ['二、住房保障支出', 20],
    ],
    inTotal: 120,
    inGrand: 120,
    exTotal: 120,
    exGrand: 120,
  }),
  general(),
];

ruleTester.run(narrativeChanges, {
  valid: [
    { name: 'the right 预算 情况说明', sheets: workbook(RIGHT_BUDGET) },
    { name: 'the right 决算 情况说明', sheets: finalWorkbook(RIGHT_FINAL) },
    {
      name: 'rates recomputed from 本年 and 增减额 (20 / 80 = 25%, 25 / 125 = 20%, 9 / 81 = 11.1%)',
      sheets: workbook([
        '一、收支预算总体情况',
        '2026年收支总预算100.00万元，比2025年预算增加20.00万元，增长25%，主要原因是人员增加。',
        '2026年一般公共预算支出100万元，比2025年预算减少25万元，下降20%，主要原因是项目减少。',
        '基本支出90万元，比上年增加9万元，增长11.1%，主要原因是调资。',
      ]),
    },
    {
      name: 'S001: the printed precision of the inputs is allowed for (30.41 / 91.61 = 33.195…%, printed 33.19%)',
      sheets: workbook(['一、说明', '公用经费122.02万元，比上年增加30.41万元，增长33.19%，主要原因是调资。']),
    },
    { name: 'no 情况说明: skipped', sheets: [standardSummary()], skipped: /没有情况说明/ },
    {
      name: '“增加 X 万元（上年无此项）” equal to 本年 (a new unit or item has no base)',
      sheets: workbook(['一、收支预算总体情况', '2026年收支总预算100.00万元，与上年相比收、支预算总计各增加100.00万元（上年无此项），主要原因是新设单位。']),
    },
    {
      name: '“（上年无此项）” of the sentence’s total, not of the figure just before it',
      sheets: workbook(['一、收支预算总体情况', '2026年收支总预算100.00万元，其中一般公共预算90.00万元，与上年相比收、支预算总计各增加100.00万元（上年无此项），主要原因是新设单位。']),
    },
    {
      name: 'the previous year’s figure stated before the change (“较2025年的80万元增加20万元”)',
      sheets: workbook(['一、说明', '2026年一般公共预算支出100万元，较2025年的80万元增加20万元，增长25%，主要原因是人员增加。']),
    },
  ],
  invalid: [
    {
      name: 'S004 六: “增加 1.88 万元，增长 0.07%” (1.88 / 262.62 = 0.72%)',
      sheets: workbook(['七、一般公共预算基本支出', '2026年基本支出264.50万元，比2025年增加1.88万元，增长0.07%，主要原因是调资。']),
      errors: [
        {
          severity: 'error',
          category: 'narrative',
          message: '情况说明!A3：“比2025年增加 1.88万元，增长 0.07%”：本年 264.5 万元、增加 1.88 万元，上年应为 262.62 万元，增长率应为 0.72%，而不是 0.07%',
          cells: [para(1)],
        },
      ],
    },
    {
      name: 'a decrease: 本年 10、减少 1.88 → 上年 11.88, 下降 15.82%',
      sheets: workbook(['一、说明', '公用经费10万元，比上年减少1.88万元，下降0.07%，主要原因是压减。']),
      errors: [{ severity: 'error', message: /上年应为 11\.88 万元，下降率应为 15\.82%，而不是 0\.07%/, cells: [para(1)] }],
    },
    {
      name: 'S003 一: a zero base (“增加 10 万元，增长 100%” of 10 万元): a warning',
      sheets: workbook(['一、说明', '项目支出10万元，比上年增加10万元，增长100%，主要原因是新增项目。']),
      errors: [{ severity: 'warning', category: 'narrative', message: '情况说明!A3：“比上年增加 10万元，增长 100%”：上年数为 0（本年 10 万元全部为增加额），不应写增长率，应写明“上年无此项”及原因', cells: [para(1)] }],
    },
    {
      name: '江苏 2019 检察院: one last-digit unit off (2228.78 / 21940.96 = 10.158% printed 10.15%) is a 尾差, not an error',
      sheets: workbook(['一、说明', '一般公共预算支出24169.74万元，比上年增加2228.78万元，增长10.15%，主要原因是调资。']),
      errors: [{ severity: 'warning', category: 'rounding', message: /增长率为 10\.16%，印为 10\.15%，末位差一（疑为截断而非四舍五入）/, cells: [para(1)] }],
    },
    {
      name: '江苏 2018 政协: one unit high (2233.13 / 3348.98 = 66.680% printed 66.69%) is no truncation: says what rounding gives',
      sheets: workbook(['一、说明', '一般公共预算支出1115.85万元，与上年相比减少2,233.13万元，下降66.69%，主要原因是机构改革。']),
      errors: [{ severity: 'warning', category: 'rounding', message: /下降率为 66\.68%，印为 66\.69%，末位多一（四舍五入应为 66\.68%），请核实/, cells: [para(1)] }],
    },
    {
      name: 'the direction words disagree (增加 … 下降)',
      sheets: workbook(['一、说明', '人员经费80万元，比上年增加8万元，下降11.11%，主要原因是调资。']),
      errors: [{ severity: 'error', message: '情况说明!A3：“比上年增加 8万元，下降 11.11%”：增减额与增减率的方向词不一致（一个是增加（增长），一个是减少（下降））', cells: [para(1)] }],
    },
    {
      name: '“增加 X 万元（上年无此项）” is the whole 本年 figure: 本年 100, 增加 80',
      sheets: workbook(['一、收支预算总体情况', '2026年收支总预算100.00万元，与上年相比增加80.00万元（上年无此项），主要原因是新设单位。']),
      errors: [{ severity: 'error', message: /“.*增加 80\.00万元（上年无此项）”：上年无此项时增加额应等于本年数 100 万元/, cells: [para(1)] }],
    },
    {
      name: 'an external narrative: the finding points to the file and paragraph',
      sheets: workbook(['一、说明']),
      config: { narrative: narrativeFromText('一、说明\n基本支出90万元，比上年增加10万元，增长10%，主要原因是调资。') },
      errors: [{ severity: 'error', message: /^粘贴的文字 第 2 段：.*增长率应为 12\.5%，而不是 10%/, cells: ['粘贴的文字#2'] }],
    },
  ],
});

ruleTester.run(narrativeChangeConsistency, {
  valid: [
    { name: 'the right 预算 情况说明', sheets: workbook(RIGHT_BUDGET) },
    {
      name: 'the same change of the same figure stated twice',
      sheets: workbook(['一、收支预算总体情况', '2026年收支总预算100万元，比2025年预算减少16.12万元，主要原因是项目减少。', '二、收入预算情况', '2026年收入预算100万元，比2025年减少16.12万元，主要原因是项目减少。']),
    },
    {
      name: 'different figures may change by different amounts (收入总计 and 基本支出)',
      sheets: workbook(['一、收支预算总体情况', '2026年收支总预算100万元，比2025年预算减少16.12万元，主要原因是项目减少。', '基本支出90万元，比上年减少16.25万元，主要原因是人员减少。']),
    },
  ],
  invalid: [
    {
      name: 'S004 四/六: “比 2023 年减少 16.12 万元” and later “比 2024 年减少 16.25 万元” for the same total',
      sheets: workbook(['一、收支预算总体情况', '2026年收支总预算100万元，比2025年预算减少16.12万元，下降13.88%，主要原因是项目减少。', '二、收入预算情况', '2026年收入预算100万元，比2024年减少16.25万元，下降13.98%，主要原因是项目减少。']),
      errors: [
        {
          severity: 'error',
          category: 'narrative',
          message: '情况说明!A5：“比2024年减少 16.25万元” 与 情况说明!A3：“比2025年预算减少 16.12万元” 说的是同一指标（收入总计），增减额不一致',
          cells: [para(3), para(1)],
        },
      ],
    },
    {
      name: 'the same change with opposite directions',
      sheets: workbook(['一、收支预算总体情况', '2026年收支总预算100万元，比2025年预算减少16.12万元，主要原因是项目减少。', '2026年收入预算100万元，比2025年增加16.12万元，主要原因是项目增加。']),
      errors: [{ severity: 'error', message: /“比2025年增加 16\.12万元” 与 情况说明!A3：“比2025年预算减少 16\.12万元” 说的是同一指标/, cells: [para(2), para(1)] }],
    },
  ],
});

/** A “三公” table in 元 (合计 63,601 元 = 6.3601 万元; 因公出国 28,410 元) and a text computing 占比 from the 万元 figures as printed. */
const threePublicYuan = (share: string) => [
  threePublicTable([63601, 28410, 24106, 0, 24106, 11085], { moneyUnit: '元' }),
  narrativeSheet(['八、“三公”经费支出情况', `“三公”经费6.36万元，其中：因公出国（境）费2.84万元，占${share}%。`]),
];

ruleTester.run(narrativeShares, {
  valid: [
    {
      name: 'a share of a total no table holds (决算 政府采购) is recomputed from the text: 30 / 44.92 = 66.8%',
      sheets: finalWorkbook(['十一、政府采购支出说明', '2024年度政府采购支出总额44.92万元，其中：政府采购货物支出14.92万元、政府采购服务支出30万元。授予中小企业合同金额30万元，占政府采购支出总额的66.8%。']),
    },
    { name: 'tables in 元: 2.84 / 6.36 = 44.65% from the 万元 figures as printed (the exact 元 figures give 44.67%)', sheets: threePublicYuan('44.65') },
    { name: 'the right 预算 情况说明 (收入 of 收入总计, 支出 of 支出总计, 类 of 一般公共预算支出)', sheets: workbook(RIGHT_BUDGET) },
    { name: 'the right 决算 情况说明 (本年收入合计, 本年支出合计, 类 of 公开05表 合计)', sheets: finalWorkbook(RIGHT_FINAL) },
    {
      name: '预算 收入 shares are of 收入总计 (上年结转结余 included); a stated denominator is used as stated',
      sheets: [
        withCarry(),
        narrativeSheet(['四、收入预算安排情况', '2026年收入预算100万元，其中：一般公共预算拨款收入90万元，占90%；上年结转结余10万元，占10%。', '一般公共预算拨款收入90万元，占本年收入合计的100%，占收入总计的90%。']),
      ],
    },
    {
      name: 'S002 五(二): 80.7% for 80.76% printed to make the shares add up to 100% is a 尾差',
      sheets: finalWorkbook(['五、一般公共预算财政拨款支出决算情况说明', '主要用于以下方面：社会保障和就业支出122.74万元，占11.2%；卫生健康支出888.19万元，占80.7%；住房保障支出88.80万元，占8.1%。']),
      rounding: [{ severity: 'info', message: /卫生健康支出 888\.19万元，占 80\.7%”：888\.19 \/ 一般公共预算支出合计 1099\.73 = 80\.76%，印为 80\.7%（末位差一/, cells: [para(1), '公开05表!C5'] }],
    },
    { name: 'no 情况说明: skipped', sheets: [standardSummary()], skipped: /没有情况说明/ },
    {
      name: '预算 with 事业收入: “支出预算 120 万元，其中：卫生健康支出 100 万元，占 83.33%”',
      sheets: [...withBusiness(), narrativeSheet(['五、支出预算安排情况', '2026年支出预算120万元，其中：卫生健康支出100万元，占83.33%；住房保障支出20万元，占16.67%。'])],
    },
  ],
  invalid: [
    {
      name: 'a share of a total no table holds: 30 / 44.92 is 66.79%, not 76.8%',
      sheets: finalWorkbook(['十一、政府采购支出说明', '2024年度政府采购支出总额44.92万元，其中：政府采购货物支出14.92万元、政府采购服务支出30万元。授予中小企业合同金额30万元，占政府采购支出总额的76.8%。']),
      errors: [{ severity: 'error', message: /“授予中小企业合同金额 30万元，占政府采购支出总额的 76\.8%”：30 \/ .*政府采购支出总额 44\.92万元 = 66\.79%，而不是 76\.8%/, cells: [para(1)] }],
    },
    {
      name: 'tables in 元: 46.65% is neither 2.84 / 6.36 nor the exact share',
      sheets: threePublicYuan('46.65'),
      errors: [{ severity: 'error', message: /而不是 46\.65%/ }],
    },
    {
      name: '预算 收入: 90 of 收入总计 100 is 90%, not 100% (the 本年收入合计 is not the denominator)',
      sheets: [withCarry(), narrativeSheet(['四、收入预算安排情况', '一般公共预算拨款收入90万元，占100%。'])],
      errors: [{ severity: 'error', category: 'narrative', message: '情况说明!A3：“一般公共预算拨款收入 90万元，占 100%”：90.00 / 收入总计 100.00 = 90%，而不是 100%', cells: [`${N}!A3`, `${S}!B16`] }],
    },
    {
      name: 'a stated denominator: “占本年收入的 90%” is 90 / 本年收入合计 90 = 100%',
      sheets: [withCarry(), narrativeSheet(['四、收入预算安排情况', '一般公共预算拨款收入90万元，占本年收入的90%。'])],
      errors: [{ severity: 'error', message: /90\.00 \/ 本年收入合计 90\.00 = 100%，而不是 90%/, cells: [`${N}!A3`, `${S}!B14`] }],
    },
    {
      name: '类 shares of 一般公共预算支出合计 (20 / 100 = 20%, not 20.5%)',
      sheets: workbook(['六、一般公共预算支出安排情况', '2026年一般公共预算支出100万元，其中：卫生健康支出80万元，占80.00%；住房保障支出20万元，占20.5%。']),
      errors: [{ severity: 'error', message: /“住房保障支出 20万元，占 20\.5%”：20\.00 \/ 一般公共预算支出合计 100\.00 = 20%，而不是 20\.5%/, cells: [para(1), '表5 一般公共预算支出表!C5'] }],
    },
    {
      name: '决算 支出 shares of 本年支出合计 (999.73 / 1099.73 = 90.9%), and “占本年支出合计的” 12%',
      sheets: finalWorkbook(['三、支出决算情况说明', '2024年度支出合计1,099.73万元，其中：基本支出999.73万元，占本年支出80.9%；项目支出100.00万元，占本年支出合计的12%。']),
      errors: [
        { severity: 'error', message: /999\.73 \/ 本年支出合计 1099\.73 = 90\.91%，而不是 80\.9%/, cells: [para(1), '公开01表!D14'] },
        { severity: 'error', message: /100\.00 \/ 本年支出合计 1099\.73 = 9\.09%，而不是 12%/, cells: [para(1), '公开01表!D14'] },
      ],
    },
    {
      name: '“三公” items of the “三公” total: 33.34% for 33.33% is a 尾差 (info), 40% an error',
      sheets: workbook(['八、“三公”经费', '“三公”经费3万元，其中公务用车运行费2万元，占66.67%；公务接待费1万元，占33.34%。', '公务接待费1万元，占40%。']),
      errors: [
        { severity: 'info', category: 'rounding', message: /“公务接待费 1万元，占 33\.34%”：1\.00 \/ “三公”经费合计 3\.00 = 33\.33%，印为 33\.34%/, cells: [para(1), `${T3}!A5`] },
        { severity: 'error', category: 'narrative', message: /1\.00 \/ “三公”经费合计 3\.00 = 33\.33%，而不是 40%/, cells: [para(2), `${T3}!A5`] },
      ],
    },
  ],
});

ruleTester.run(narrativeCompletion, {
  valid: [
    {
      name: '“决算数小于预算数” when it is (上海 社会工作部 2.22 of 2.23), “基本持平” for equal figures',
      sheets: finalWorkbook([
        '五、一般公共预算财政拨款支出决算情况说明',
        '1、卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项）。年初预算为2.23万元，支出决算为2.22万元。决算数小于预算数的主要原因：人员变动。',
        '2、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算为10.00万元，支出决算为10.00万元。决算数与预算数基本持平。',
      ]),
    },
    { name: 'the right 决算 情况说明 (102.42% of 年初预算, 100.7%, and no rate for a 0 年初预算)', sheets: finalWorkbook(RIGHT_FINAL) },
    { name: 'a 预算 has no completion rates', sheets: workbook(RIGHT_BUDGET) },
    { name: 'no 情况说明: skipped', sheets: [standardSummary()], skipped: /没有情况说明/ },
    {
      name: '“完成调整后预算的 100%” is the completion of the 调整后预算数',
      sheets: finalWorkbook(['五、一般公共预算财政拨款支出决算情况说明', '2024年度一般公共预算财政拨款支出年初预算为1,073.78万元，调整后预算数为1,099.73万元，支出决算为1,099.73万元，完成调整后预算的100%。']),
    },
    {
      name: '决算 “三公” items: each 完成率 is its 决算数 of the 09表 预算数 (5.44 / 9.78 = 55.6%, 3.47 / 5.94 = 58.4%)',
      sheets: [
        ...finalWorkbook([
          '七、财政拨款“三公”经费支出决算情况说明',
          '“三公”经费财政拨款支出预算为15.72万元，支出决算为8.91万元，完成预算的56.7%，其中：因公出国（境）费支出决算为0万元；公务用车购置及运行维护费支出决算为5.44万元，完成预算的55.6%；公务接待费支出决算为3.47万元，完成预算的58.4%。',
        ]),
        nine(),
      ],
    },
  ],
  invalid: [
    {
      name: 'S002 五(三): “完成年初预算的 100%” is the completion of the 调整后预算 (1,099.73 / 1,073.78 = 102.42%)',
      sheets: finalWorkbook(['五、一般公共预算财政拨款支出决算情况说明', '（三）具体情况：2024年度一般公共预算财政拨款支出年初预算为1,073.78万元，调整后预算数为1,099.73万元，支出决算为1,099.73万元，完成年初预算的100%。']),
      errors: [
        {
          severity: 'error',
          category: 'narrative',
          message: /^情况说明!A3：“完成年初预算的 100%”：支出决算为 1,099\.73万元 \/ .*年初预算为 1,073\.78万元 = 102\.42%，而不是 100%（所写比例是对调整后预算数的完成率）$/,
          cells: [para(1)],
        },
      ],
    },
    {
      name: 'a 项 whose completion is miscomputed (733.58 / 728.30 = 100.72%, not 99.2%)',
      sheets: finalWorkbook(['五、一般公共预算财政拨款支出决算情况说明', '1.卫生健康支出（类）医疗保障管理事务（款）事业运行（项）：年初预算为728.30万元，支出决算为733.58万元，完成年初预算的99.2%。主要原因是人员增加。']),
      errors: [{ severity: 'error', message: /“完成年初预算的 99\.2%”：支出决算为 733\.58万元 \/ 年初预算为 728\.30万元 = 100\.72%，而不是 99\.2%/, cells: [para(1)] }],
    },
    {
      name: '上海 testbad 五(三): 决算 1,511.89 below 年初预算 1,560.05, yet “决算数大于预算数的主要原因”',
      sheets: finalWorkbook([
        '五、一般公共预算财政拨款支出决算情况说明',
        '1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人员经费及公用经费等的基本支出。年初预算为1560.05万元，支出决算为1511.89万元。决算数大于预算数的主要原因：人员进出及退休变化，减少人员经费开支。',
      ]),
      errors: [{ severity: 'error', message: '情况说明!A3：年初预算 1560.05 万元、支出决算 1511.89 万元，决算数小于预算数（差 48.16 万元），却写“决算数大于预算数”', cells: [para(1)] }],
    },
    {
      name: 'a 0 年初预算 with a completion rate',
      sheets: finalWorkbook(['五、一般公共预算财政拨款支出决算情况说明', '2.卫生健康支出（类）医疗保障管理事务（款）一般行政管理事务（项）：年初预算为0万元，支出决算为100万元，完成年初预算的100%。']),
      errors: [{ severity: 'error', message: '情况说明!A3：“年初预算为 0万元”，年初预算为 0 时不应写“完成年初预算的 100%”，应说明原因', cells: [para(1)] }],
    },
    {
      // ATTRIBUTE (analyse.ts) knows 预算数 but not “预算为”: the template sentence of the 决算 “三公” section
      // (domain.md §3.2 九) has no budget figure for the completion rule, and a wrong rate passes
      name: '决算 “三公”: 支出决算 2.7 of 预算 3 is 90%, not 80%',
      sheets: finalWorkbook(['九、财政拨款“三公”经费支出决算情况说明', '2024年度“三公”经费财政拨款支出预算为3万元，支出决算为2.7万元，完成预算的80%。决算数小于预算数的主要原因是压减。']),
      errors: [{ severity: 'error', message: /= 90%，而不是 80%/, cells: [para(1)] }],
    },
    {
      name: '决算 “三公” item: 公务接待费 3.47 of its 09表 预算数 5.94 is 58.42%, not 61.5%',
      sheets: [
        ...finalWorkbook([
          '七、财政拨款“三公”经费支出决算情况说明',
          '“三公”经费财政拨款支出预算为15.72万元，支出决算为8.91万元，完成预算的56.7%，其中：公务用车购置及运行维护费支出决算为5.44万元，完成预算的55.6%；公务接待费支出决算为3.47万元，完成预算的61.5%。',
        ]),
        nine(),
      ],
      errors: [{ severity: 'error', message: /“完成预算的 61\.5%”：.*3\.47万元 \/ 财政拨款“三公”经费支出决算表 \w+（预算数 公务接待费） 5\.94 万元 = 58\.42%，而不是 61\.5%/, cells: [para(1)] }],
    },
  ],
});
