import { narrativeFacts, narrativeItemLists, narrativeReasons, narrativeYears } from '../../../src/core/check/rules/narrative-text';
import { narrativeFromText } from '../../../src/core/narrative/source';
import { B, G, RIGHT_BUDGET, RIGHT_FINAL, T3, basic, finalWorkbook, general, para, summary, workbook } from '../narrative-tables';
import { ruleTester } from '../rule-tester';
import { DEPT, incomeTable, narrativeSheet, standardSummary } from '../tables';

ruleTester.run(narrativeYears, {
  valid: [
    { name: 'the right 预算 情况说明 (本年 2026, 比 2025 年, 截至 2025 年 12 月 31 日)', sheets: workbook(RIGHT_BUDGET) },
    { name: 'the right 决算 情况说明 (2024 年度, 与 2023 年度相比, 截至 2024 年 12 月 31 日)', sheets: finalWorkbook(RIGHT_FINAL) },
    {
      name: 'the 单位构成 and 绩效目标 sentences of the document year',
      sheets: workbook(['二、部门预算单位构成', '纳入上海市长宁区人大常委会办公室2026年部门预算编制范围的预算单位包括本级单位 1 个单位。', '十、绩效目标设置情况', '2026年部门所有项目实行绩效目标管理，共 3 个项目。']),
    },
    {
      name: 'years in 职能, 工作目标 and other business paragraphs, and dates, are not labels',
      sheets: workbook(['一、部门主要职能：2019年组建，2024年完成机构改革。', '二、2026年工作目标：2027年底前完成医保信息平台建设，2025年以来参保人数稳定。', '三、收支预算总体情况', '2026年收支总预算100万元，2025年8月新设的科室已纳入。']),
    },
    {
      name: 'no document year: skipped',
      sheets: [narrativeSheet(['一、收支预算总体情况', '收支总预算100万元，比上年增加20万元。', '二、其他说明事项。', '三、名词解释。'], { heading: '部门预算情况说明' })],
      skipped: /没有识别出文件年度/,
    },
    { name: 'no 情况说明: skipped', sheets: [standardSummary()], skipped: /没有情况说明/ },
    // ../shared/real/js-swbgt-2018-budget 情况说明 (三)2, js-zx-2018-budget 基本支出 (issue 16)
    { name: 'js-swbgt-2018: “此项级科目为今年新增科目” is the reason', sheets: workbook(['一、收支预算总体情况', '2．行政事业单位离退休（款）机关事业单位基本养老保险缴费（项）支出743.39万元，与上年相比增加743.39万元。此项级科目为今年新增科目。']) },
    { name: 'js-zx-2018: a cause in its own sentence', sheets: workbook(['一、收支预算总体情况', '此外，基本支出预算数为 5,678.17 万元。与上年相比减少 238.10 万元，下降 4.02%。退休人员退休费由省社保机构统一发放，单位支出减少。']) },
    {
      name: 'a figure of the previous year named with its year',
      sheets: workbook(['一、收支预算总体情况', '2026年收支总预算100万元，2025年预算数为80万元，增加20万元，主要原因是人员增加。']),
    },
  ],
  invalid: [
    {
      name: 'S004 (预算 2026): 本年 written 2025, 比 2024 年, 截至 2026 年 12 月 31 日, and the heading of 第三部分',
      sheets: workbook([
        '第三部分 2025年部门预算情况说明',
        '一、收支预算总体情况',
        '2025年收支总预算100万元，比2024年预算增加20万元，增长25%，主要原因是人员增加。',
        '二、国有资产占用情况：截至2026年12月31日，本部门共有车辆1辆。',
      ]),
      errors: [
        { severity: 'error', category: 'narrative', message: '情况说明!A2：“2025年部门预算情况说明”：这是 2026 年预算，应为 2026 年', cells: [para(0)] },
        { severity: 'error', category: 'narrative', message: '情况说明!A4：“2025年收支总预算100万元”：这是 2026 年预算，应为 2026 年', cells: [para(2)] },
        { severity: 'error', category: 'narrative', message: '情况说明!A4：“比2024年预算增加20万元”：比较的应是上一年，应为 2025 年', cells: [para(2)] },
        { severity: 'error', category: 'narrative', message: '情况说明!A5：“截至2026年12月31日”：预算说明资产应截至上年末，应为 2025 年', cells: [para(3)] },
      ],
    },
    {
      name: '决算 (2024): 本年 written 2023, 与 2022 年度相比, 截至 2023 年 12 月 31 日',
      sheets: finalWorkbook(['一、收入支出决算总体情况说明', '2023年度收入合计999.73万元，与2022年度相比增加100万元，主要原因是调资。', '十二、国有资产占用情况说明：截至2023年12月31日，本部门共有车辆0辆。']),
      errors: [
        { severity: 'error', message: '情况说明!A3：“2023年度收入合计999.73万元”：这是 2024 年决算，应为 2024 年', cells: [para(1)] },
        { severity: 'error', message: '情况说明!A3：“与2022年度相比增加100万元”：比较的应是上一年，应为 2023 年', cells: [para(1)] },
        { severity: 'error', message: '情况说明!A4：“截至2023年12月31日”：决算说明资产应截至本年末，应为 2024 年', cells: [para(2)] },
      ],
    },
    {
      name: 'the years of the 单位构成 (a long unit name before it) and 绩效目标 sentences are the document year',
      sheets: workbook([
        '二、部门预算单位构成',
        '纳入上海市长宁区人大常委会办公室2024年部门预算编制范围的预算单位包括本级单位 1 个单位。',
        '十、绩效目标设置情况',
        '2024年部门所有项目实行绩效目标管理，共 3 个项目。',
        '2024年本部门共4个项目实行绩效目标管理，涉及财政性资金合计10万元。',
      ]),
      errors: [
        { severity: 'error', message: /^情况说明!A3：.*这是 2026 年预算，纳入编制范围的应是本年预算，应为 2026 年$/, cells: [para(1)] },
        { severity: 'error', message: /^情况说明!A5：“2024年部门所有项目实行绩效目标管理”：这是 2026 年预算的绩效目标（绩效自评），应为 2026 年$/, cells: [para(3)] },
        { severity: 'error', message: /^情况说明!A6：.*这是 2026 年预算的绩效目标（绩效自评），应为 2026 年$/, cells: [para(4)] },
      ],
    },
    {
      name: 'an external narrative: the finding points to the file and paragraph',
      sheets: workbook(['一、说明']),
      config: { narrative: narrativeFromText('一、收支预算总体情况\n2026年收支总预算100万元，比2024年预算增加20万元，主要原因是人员增加。') },
      errors: [{ severity: 'error', message: /^粘贴的文字 第 2 段：“比2024年预算增加20万元”：比较的应是上一年，应为 2025 年$/, cells: ['粘贴的文字#2'] }],
    },
    {
      name: 'the quoted fragment keeps a figure with a thousands separator whole',
      sheets: finalWorkbook(['二、收入决算情况说明', '2023年度收入合计1,099.73万元，主要原因是调资。', '三、支出决算情况说明', '本年支出合计1,099.73万元，主要用于医疗保障。']),
      errors: [{ severity: 'error', message: '情况说明!A3：“2023年度收入合计1,099.73万元”：这是 2024 年决算，应为 2024 年', cells: [para(1)] }],
    },
  ],
});

ruleTester.run(narrativeReasons, {
  valid: [
    { name: 'the right 预算 情况说明: every change has its “主要原因”', sheets: workbook(RIGHT_BUDGET) },
    { name: 'the right 决算 情况说明: every completion ≠ 100% has its reason', sheets: finalWorkbook(RIGHT_FINAL) },
    {
      name: 'the reason in the next sentence; no change (增加 0 万元); 100% needs no reason',
      sheets: workbook(['一、收支预算总体情况', '2026年收支总预算100万元，比2025年预算增加20万元。主要原因是人员增加。', '基本支出90万元，比上年增加0万元。']),
    },
    {
      name: '“安排情况如下：” followed by the items and their reasons',
      sheets: workbook(['十、项目支出情况', '2026年项目支出10万元，比2025年预算减少18万元，减少64.29%，具体安排情况如下：', '1.医保经办业务经费10万元，主要用于医保经办业务。', '十一、其他重要事项']),
    },
    {
      name: 'the same change, explained earlier, repeated without its reason',
      sheets: workbook(['一、收支预算总体情况', '2026年收支总预算100万元，比2025年预算增加20万元，主要原因是人员增加。', '二、收入预算情况', '2026年收入预算100万元，比2025年预算增加20万元。']),
    },
    { name: 'no 情况说明: skipped', sheets: [standardSummary()], skipped: /没有情况说明/ },
    {
      // was a known bug (REASON did not know “主要系……所致”)
      name: 'a reason written “主要系……所致”',
      sheets: workbook(['一、收支预算总体情况', '2026年收支总预算100万元，比上年增加20万元，主要系新增项目所致。']),
    },
  ],
  invalid: [
    {
      name: 'S004 十: “减少 18 万元，减少 13%” with no reason',
      sheets: workbook(['十、项目支出情况', '2026年项目支出10万元，比2025年预算减少18万元，减少64.29%。']),
      errors: [{ severity: 'warning', category: 'narrative', message: '情况说明!A3：“比2025年预算减少 18万元” 没有说明原因', cells: [para(1)] }],
    },
    {
      name: '“如下：” followed by items that give no reason',
      sheets: workbook(['十、项目支出情况', '2026年项目支出10万元，比2025年预算减少18万元，具体情况如下：', '1.医保经办业务经费10万元，较上年减少18万元。', '十一、其他重要事项']),
      errors: [
        { severity: 'warning', message: '情况说明!A3：“比2025年预算减少 18万元” 没有说明原因', cells: [para(1)] },
        { severity: 'warning', message: '情况说明!A4：“较上年减少 18万元” 没有说明原因', cells: [para(2)] },
      ],
    },
    {
      // the generator (src/core/narrative/generate) leaves 【主要原因：请填写】 where no reason is known: one warning for all of them
      name: 'reasons still to write (the generator’s placeholder): one warning with every place',
      sheets: workbook([
        '三、收支预算总体情况',
        '2026年收支总预算100.00万元，比2025年预算增加20.00万元，增长25.00%，【主要原因：请填写】。',
        '十、项目支出情况',
        '2026年项目支出10.00万元，上年无此项，【主要原因：请填写】。',
      ]),
      errors: [{ severity: 'warning', category: 'narrative', message: '情况说明中还有 2 处增减变化的原因没有填写（“【主要原因：请填写】”），请写明主要原因', cells: [para(1), para(3)] }],
    },
    {
      name: '决算: a completion of 100.7% without the reason why 决算 exceeds 年初预算',
      sheets: finalWorkbook(['五、一般公共预算财政拨款支出决算情况说明', '1.卫生健康支出（类）医疗保障管理事务（款）事业运行（项）：年初预算为728.30万元，支出决算为733.58万元，完成年初预算的100.7%。']),
      errors: [{ severity: 'warning', message: /^情况说明!A3：“完成年初预算的 100\.7%”：决算数与年初预算数不同，没有说明原因$/, cells: [para(1)] }],
    },
  ],
});

/** A 基本支出表 with 30109 职业年金缴费 and 30211 差旅费 at 0.00. */
const basicWithZeros = () =>
  basic([
    [null, '合计', 90, 80, 10],
    ['301', '工资福利支出', 80, 80, 0],
    ['30101', '基本工资', 50, 50, 0],
    ['30102', '津贴补贴', 10, 10, 0],
    ['30109', '职业年金缴费', 0, 0, 0],
    ['30113', '住房公积金', 20, 20, 0],
    ['302', '商品和服务支出', 10, 0, 10],
    ['30201', '办公费', 6, 0, 6],
    ['30211', '差旅费', 0, 0, 0],
    ['30299', '其他商品和服务支出', 4, 0, 4],
  ]);

ruleTester.run(narrativeItemLists, {
  valid: [
    { name: 'the right 预算 情况说明: the lists name only 款 with amounts', sheets: workbook(RIGHT_BUDGET) },
    {
      name: 'names that are no 经济科目 (“日常办公”) are not judged',
      sheets: workbook(['七、基本支出', '（二）公用经费10万元，主要用于：日常办公、办公费、机关运转等。']),
    },
    {
      // ../shared/real/js-zx-2018-budget 第四部分 名词解释 九 (issue 16): a definition, not this budget's list
      name: 'js-zx-2018: the 名词解释 of 机关运行经费 lists 福利费 … as a definition',
      sheets: workbook(['第四部分 名词解释', '九、机关运行经费：指行政单位（含参照公务员法管理的事业单位）使用一般公共预算安排的基本支出中的日常公用经费支出，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费及其他费用。']),
    },
    { name: 'no 基本支出表: skipped', sheets: [standardSummary(), narrativeSheet(['（一）人员经费80万元，主要包括：基本工资、职业年金缴费。'])], skipped: /没有基本支出表/ },
    { name: 'no 情况说明: skipped', sheets: [standardSummary()], skipped: /没有情况说明/ },
  ],
  invalid: [
    {
      name: 'S003 六: 职业年金缴费 not in the table; 差旅费 at 0.00 and 培训费 not in the table',
      sheets: [summary(), general(), basicWithZeros(), narrativeSheet(['七、一般公共预算基本支出情况', '（一）人员经费80万元，主要包括：基本工资、津贴补贴、住房公积金、职业年金缴费。', '（二）公用经费10万元，主要包括：办公费、其他商品和服务支出、差旅费、培训费等。'])],
      errors: [
        { severity: 'warning', category: 'narrative', message: '情况说明!A3：人员经费“主要包括/主要用于”列出的 职业年金缴费 在基本支出表中没有金额', cells: [para(1)] },
        { severity: 'warning', category: 'narrative', message: '情况说明!A4：公用经费“主要包括/主要用于”列出的 差旅费、培训费 在基本支出表中没有金额', cells: [para(2)] },
      ],
    },
    {
      name: 'S002 六: the template’s whole list of 款 names',
      sheets: workbook(['七、一般公共预算基本支出情况', '（二）公用经费10万元，主要包括：办公费、印刷费、咨询费、手续费、水费、电费、邮电费、取暖费、物业管理费、差旅费、维修（护）费、租赁费、会议费、培训费。']),
      errors: [{ severity: 'warning', message: /公用经费“主要包括\/主要用于”列出的 印刷费、咨询费、手续费、水费、电费、邮电费、取暖费、物业管理费 等 13 项 在基本支出表中没有金额/, cells: [para(1)] }],
    },
    {
      name: 'both lists in one paragraph (the template sentence)',
      sheets: [summary(), general(), basicWithZeros(), narrativeSheet(['七、一般公共预算基本支出情况', '2026年一般公共预算基本支出90万元，其中：人员经费80万元，主要包括：基本工资、职业年金缴费；公用经费10万元，主要包括：办公费、差旅费。'])],
      errors: [
        { severity: 'warning', message: /人员经费“主要包括\/主要用于”列出的 职业年金缴费 在基本支出表中没有金额/, cells: [para(1)] },
        { severity: 'warning', message: /公用经费“主要包括\/主要用于”列出的 差旅费 在基本支出表中没有金额/, cells: [para(1)] },
      ],
    },
  ],
});

/** 收入总表 with the 部门 and two 单位 rows (本级 and a 服务中心). */
const twoUnits = () =>
  incomeTable([
    [null, '合计', 100, 100, 100, 0, 0, 0],
    ['202', DEPT, 100, 100, 100, 0, 0, 0],
    ['202001', `${DEPT}本级`, 90, 90, 90, 0, 0, 0],
    ['202002', '武汉市江城区医疗保障服务中心', 10, 10, 10, 0, 0, 0],
  ]);

/** A 基本支出表 with 资本性支出 31002 办公设备购置 1.00 (row 11). */
const basicWithCapital = () =>
  basic([
    [null, '合计', 90, 80, 10],
    ['301', '工资福利支出', 80, 80, 0],
    ['30101', '基本工资', 80, 80, 0],
    ['302', '商品和服务支出', 9, 0, 9],
    ['30201', '办公费', 9, 0, 9],
    ['310', '资本性支出', 1, 0, 1],
    ['31002', '办公设备购置', 1, 0, 1],
  ]);

ruleTester.run(narrativeFacts, {
  valid: [
    { name: 'the right 预算 情况说明 (机关运行经费 = 公用经费, 绩效 = 项目支出, 1 辆车 with 运行费)', sheets: workbook(RIGHT_BUDGET) },
    { name: 'the right 决算 情况说明', sheets: finalWorkbook(RIGHT_FINAL) },
    { name: 'a 事业单位 that states it has no 机关运行经费', sheets: workbook(['一、单位概况：本单位为公益一类事业单位。', '二、机关运行经费：本单位为事业单位，无机关运行经费。']) },
    {
      name: '绩效目标 amount = the total when the 部门整体支出绩效目标 is stated',
      sheets: workbook(['十一、绩效目标设置：2026年所有项目实行绩效目标管理，共1个项目，涉及一般公共预算当年财政拨款100万元；同时设置了部门整体支出绩效目标。', '十二、部门整体支出绩效目标涉及资金100万元。']),
    },
    {
      name: '预算单位 stated as 本级 + 1 个事业单位 = the 2 单位 rows of the 收入总表',
      sheets: [...workbook(['一、部门预算单位构成：纳入本部门2026年部门预算编制范围的预算单位包括：局机关本级及所属1个事业单位。', '二、其他事项。']), twoUnits()],
    },
    {
      name: 'a disclosure of the 本级 only says so (“（本级）”)',
      sheets: [...workbook(['一、部门预算单位构成：纳入本部门2026年部门预算编制范围的预算单位包括：局机关及所属2个事业单位，本公开为武汉市江城区医疗保障局（本级）部门预算。', '二、其他事项。']), twoUnits()],
    },
    {
      name: '预算单位 stated as “局机关本级和1个二级事业单位”',
      sheets: [...workbook(['一、部门预算单位构成：纳入本部门2026年部门预算编制范围的单位包括局机关本级和1个二级事业单位。', '二、其他事项。']), twoUnits()],
    },
    {
      name: '预算单位 stated as “本级及所属 1 个单位” (所属 before the number) = the 2 单位 rows',
      sheets: [...workbook(['一、部门预算单位构成：纳入本部门2026年部门预算编制范围的预算单位包括：本级及所属 1 个单位，分别是：武汉市江城区医疗保障服务中心。', '二、其他事项。']), twoUnits()],
    },
    {
      name: '绩效目标: “当年财政拨款 6 万元、上年结转 4 万元” are the two parts of the 项目支出 10',
      sheets: workbook(['十一、绩效目标设置：2026年所有项目实行绩效目标管理，共1个项目，涉及一般公共预算当年财政拨款6万元、上年结转4万元；同时设置了部门整体支出绩效目标。']),
    },
    { name: 'a count outside the 单位构成 sections (its words name no 构成) is not the 预算单位', sheets: [...workbook(['一、主要职能', '本部门共有 3 个下属单位。', '二、其他事项。']), twoUnits()] },
    { name: 'the same 单位范围 stated twice', sheets: workbook(['一、“三公”经费单位范围：局机关及一个二级事业单位。', '二、说明：单位范围包括局机关及1个二级事业单位。']) },
    { name: 'no 情况说明: skipped', sheets: [standardSummary()], skipped: /没有情况说明/ },
  ],
  invalid: [
    {
      name: 'TXT-11: 机关运行经费 12 > 公用经费 10',
      sheets: workbook(['十一、其他重要事项', '（一）机关运行经费：2026年本部门机关运行经费12万元，主要用于办公。']),
      errors: [{ severity: 'error', category: 'narrative', message: /“2026年本部门机关运行经费 12万元” 大于 一般公共预算基本支出表 E5（合计 公用经费） 公用经费 10\.00，机关运行经费是公用经费的一部分/, cells: [para(1), `${B}!E5`] }],
    },
    {
      name: '上海 社会工作部 十一(二): contracts won by 中小企业 in reserved and other projects (21.07 + 21.07) exceed the 政府采购 total 21.07',
      sheets: finalWorkbook([
        '十一、其他重要事项的情况说明',
        '（二）政府采购支出情况',
        '2024年度政府采购金额（以合同签订为准）为21.07万元，其中：货物采购金额21.07万元、工程采购金额0万元、服务采购金额0万元。',
        '在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额21.07万元；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额21.07万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额21.07万元。',
      ]),
      errors: [{ severity: 'error', message: '情况说明!A5：由中小企业中标或成交的采购金额合计 42.14 万元（21.07 + 21.07），超过 情况说明!A4 所写的政府采购金额 21.07 万元', cells: [para(3), para(2)] }],
    },
    {
      name: 'TXT-11: a 事业单位 with 机关运行经费',
      sheets: workbook(['一、单位概况：本单位为公益一类事业单位。', '二、机关运行经费：2026年机关运行经费5万元，主要用于办公。']),
      errors: [{ severity: 'error', message: '情况说明!A3：“2026年机关运行经费 5万元”：本单位是事业单位（情况说明：“本单位为公益一类事业单位”），不应有机关运行经费', cells: [para(1)] }],
    },
    {
      name: 'S001 TXT-15: 项目绩效目标 amount = the 部门 total, no 整体绩效目标 stated (warning)',
      sheets: workbook(['十一、绩效目标设置：2026年所有项目实行绩效目标管理，共1个项目，涉及一般公共预算当年财政拨款100万元。']),
      errors: [{ severity: 'warning', message: '情况说明!A2：“涉及一般公共预算当年财政拨款 100万元” 是部门支出总额；项目绩效目标涉及的应是项目支出 10.00 万元（未说明设置了部门整体支出绩效目标）', cells: [para(0), `${G}!G5`] }],
    },
    {
      name: 'TXT-15: 项目绩效目标 amount that is neither 项目支出 nor the total (error)',
      sheets: workbook(['十一、绩效：项目绩效目标涉及一般公共预算当年财政拨款50万元。']),
      errors: [{ severity: 'error', message: /“项目绩效目标涉及一般公共预算当年财政拨款 50万元” 与项目支出 10\.00 万元不符/, cells: [para(0), `${G}!G5`] }],
    },
    {
      name: 'TXT-15: 部门整体支出绩效目标 资金 ≠ the total',
      sheets: workbook(['十一、绩效：部门整体支出绩效目标涉及资金95万元。']),
      errors: [{ severity: 'error', message: /“部门整体支出绩效目标涉及资金 95万元” 与部门整体支出 100\.00 万元不符/, cells: [para(0), `${G}!C5`] }],
    },
    {
      name: 'S001 TXT-19: 本级 + 2 个事业单位 stated, the 收入总表 lists 2 单位',
      sheets: [...workbook(['一、部门预算单位构成：纳入本部门2026年部门预算编制范围的预算单位包括：局机关本级及所属2个事业单位。', '二、其他事项。']), twoUnits()],
      errors: [{ severity: 'warning', message: /说明有 3 个预算单位，而收入总表只列了 2 个单位（未说明本公开只含本级）$/, cells: [para(0)] }],
    },
    {
      name: 'TXT-19: a count under the 机构设置 heading (its own words name no 构成), the 收入总表 lists 2 单位',
      sheets: [...workbook(['一、机构设置', '本部门共有 3 个下属单位。', '二、其他事项。', '本部门共有 3 个下属单位。']), twoUnits()],
      errors: [{ severity: 'warning', message: /说明有 3 个预算单位，而收入总表只列了 2 个单位（未说明本公开只含本级）$/, cells: [para(1)] }],
    },
    {
      name: '预算单位 stated as “本级及所属 2 个单位”, the 收入总表 lists 2 单位',
      sheets: [...workbook(['一、部门预算单位构成：纳入本部门2026年部门预算编制范围的预算单位包括：本级及所属 2 个单位。', '二、其他事项。']), twoUnits()],
      errors: [{ severity: 'warning', message: /说明有 3 个预算单位，而收入总表只列了 2 个单位（未说明本公开只含本级）$/, cells: [para(0)] }],
    },
    {
      name: '绩效目标: 当年财政拨款 6 + 上年结转 3 ≠ 项目支出 10',
      sheets: workbook(['十一、绩效目标设置：2026年所有项目实行绩效目标管理，共1个项目，涉及一般公共预算当年财政拨款6.00万元、上年结转3.00万元；同时设置了部门整体支出绩效目标。']),
      errors: [{ severity: 'error', message: /“涉及一般公共预算当年财政拨款 6\.00万元” 与上年结转 3\.00 万元之和 9\.00 万元，与项目支出 10\.00 万元不符/, cells: [para(0), `${G}!G5`] }],
    },
    {
      name: 'S001 TXT-16: the 单位范围 stated twice differently',
      sheets: workbook(['一、“三公”经费单位范围：局机关及二个二级事业单位。', '二、说明：单位范围包括局机关及一个二级事业单位。']),
      errors: [{ severity: 'error', message: /^情况说明!A3：“单位范围包括局机关及一个” 与 情况说明!A2：“单位范围:局机关及二个” 前后不一致$/, cells: [para(1), para(0)] }],
    },
    {
      name: 'S002 TXT-14: “无国有资产占用” while the 基本支出表 has 31002 办公设备购置',
      sheets: [summary(), general(), basicWithCapital(), narrativeSheet(['十二、国有资产占用情况说明：截至2025年12月31日，本单位无国有资产占用情况。'])],
      errors: [{ severity: 'warning', message: /而基本支出表有资本性支出 31002 办公设备购置 1\.00 万元，请核实资产情况/, cells: [para(0), `${B}!C11`] }],
    },
    {
      name: 'TXT-14: “没有车辆” while the “三公” table has 公务用车运行费 2.00',
      sheets: workbook(['十二、国有资产占用：截至2025年12月31日，本部门没有车辆。']),
      errors: [{ severity: 'warning', message: '情况说明!A2：“没有车辆”，而“三公”经费安排了公务用车运行费 2.00 万元', cells: [para(0), `${T3}!E5`] }],
    },
  ],
});
