/**
 * The check engine on the five seed fixtures: every 表内 / 表间 / 规范性 inconsistency the
 * seeds contain (worked out from the seed texts, ../shared/docs/domain.md §2 and
 * docs/seed-findings.md) is reported with the right severity, every 尾差 comes out as
 * rounding info, and nothing else is reported as an error or a warning.
 * Narrative-vs-table findings (TXT-…, rules narrative/…) are listed in narrative-seeds.test.ts.
 */
import * as path from 'path';
import { analyseWorkbook, type FileReport, type Finding } from '../../src/core/report';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';

interface Expect {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  category?: string;
  /** 'Sheet!A1' that must be among the finding's locations. */
  cell?: string;
  message: RegExp;
}

const reports = new Map<string, FileReport>();
async function report(file: string): Promise<FileReport> {
  let r = reports.get(file);
  if (!r) {
    const p = path.join(__dirname, '..', 'fixtures', file);
    // the engine's findings, one per relation (root causes are tested in test/review/roots.test.ts)
    r = analyseWorkbook(p, await readWorkbookFile(p), undefined, {}, { rootCauses: false });
    reports.set(file, r);
  }
  return r;
}

function matches(f: Finding, e: Expect): boolean {
  return (
    f.rule === e.rule &&
    f.severity === e.severity &&
    (!e.category || f.category === e.category) &&
    (!e.cell || f.locations.some((l) => `${l.sheet}!${l.cell}` === e.cell)) &&
    e.message.test(f.message)
  );
}

/** Every expected finding is there, and the errors and warnings are exactly those expected. */
function expectExactly(r: FileReport, expected: Expect[]): void {
  for (const e of expected) {
    const hit = r.findings.find((f) => matches(f, e));
    if (!hit) throw new Error(`missing finding ${e.rule} ${e.severity} ${e.message}\nhave:\n${r.findings.map((f) => `${f.severity} ${f.rule} ${f.message}`).join('\n')}`);
  }
  const serious = r.findings.filter((f) => f.severity !== 'info' && !f.rule.startsWith('narrative/'));
  const unexpected = serious.filter((f) => !expected.some((e) => matches(f, e)));
  expect(unexpected.map((f) => `${f.severity} ${f.rule} ${f.message}`)).toEqual([]);
}

/** 尾差 that must be reported as rounding info (never as errors). */
function expectRounding(r: FileReport, list: { cell: string; message: RegExp }[]): void {
  for (const x of list) {
    const hit = r.findings.find((f) => f.category === 'rounding' && f.locations.some((l) => `${l.sheet}!${l.cell}` === x.cell) && x.message.test(f.message));
    expect(hit ? `${hit.severity}: ${hit.message}` : `missing rounding ${x.cell} ${x.message}`).toMatch(/^(info|warning): 尾差|^warning: 同一数两处不一致/);
  }
}

describe('S000 黄陂区医疗保障服务中心 2023 预算', () => {
  const file = '2023-huangpi-ybfwzx-budget.xlsx';
  test('findings', async () => {
    const r = await report(file);
    expectExactly(r, [
      // issue 16: the 名词解释 explains 财政拨款收入 only (seed text 第三部分 名词解释 一)
      { rule: 'compliance/glossary', severity: 'warning', cell: '情况说明!A53', message: /名词解释只解释了“财政拨款收入”一个名词，正文用到的基本支出、项目支出、“三公”经费、机关运行经费没有解释/ },
      { rule: 'compliance/required-tables', severity: 'warning', message: /缺少国有资本经营预算支出表/ },
      { rule: 'compliance/money-unit', severity: 'warning', cell: '表12 政府采购预算表!O2', message: /金额单位为“元”/ },
      { rule: 'cross/projects-vs-performance', severity: 'warning', cell: '表9 项目支出表!B9', message: /“开展医疗保险宣传等工作经费”.*“开展城乡居民医疗保险宣传等工作经费”/ },
    ]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  test('尾差 of domain.md §2.0 are rounding info', async () => {
    const r = await report(file);
    expectRounding(r, [
      { cell: '表6 一般公共预算基本支出表!C6', message: /301 工资福利支出 959\.99 与其下各款合计 960\.00/ },
      { cell: '表5 一般公共预算支出表!D11', message: /820\.14 与 基本支出人员经费 \+ 基本支出公用经费 820\.15/ },
      { cell: '表5 一般公共预算支出表!E5', message: /980\.99 与各类合计 981\.00/ },
      { cell: '表10 单位整体支出绩效目标申报表!E13', message: /特定目标类项目支出 占比印为 12\.96%/ },
    ]);
    const info = r.findings.filter((f) => f.rule === 'compliance/rounding-statement');
    expect(info).toHaveLength(1);
  });
});

describe('S001 东西湖区医疗保障局 2022 预算', () => {
  const file = '2022-dongxihu-ybj-budget.xlsx';
  test('findings', async () => {
    const r = await report(file);
    expectExactly(r, [
      // issue 16: 名称解释 5 “其他专用名词” left as the template's instruction and “无”; 基本支出/项目支出 (二、三) not explained
      { rule: 'compliance/glossary', severity: 'warning', cell: '情况说明!A97', message: /条目“其他专用名词”没有内容/ },
      { rule: 'compliance/glossary', severity: 'warning', cell: '情况说明!A92', message: /名词解释没有解释正文用到的基本支出、项目支出/ },
      // STD-11 (issue 16): amounts left blank in the template's sentences (“事业收入万元”)
      { rule: 'compliance/template-text', severity: 'warning', cell: '情况说明!A33', message: /金额空缺.*3 处.*“收入万元”/ },
      { rule: 'compliance/wording', severity: 'warning', cell: '项目绩效目标申报表（党员教育培训）!B11', message: /2020 年年预算.*“年”重复/ },
      { rule: 'compliance/placeholders', severity: 'error', cell: '情况说明!A25', message: /根据区委、区政府或部门确定的 2022 年工作目标及主要任务进行简要说明/ },
      { rule: 'compliance/placeholders', severity: 'error', cell: '情况说明!A98', message: /根据本部门使用的其他专用名词补充解释/ },
      { rule: 'cross/function-economic', severity: 'warning', message: /303 对个人和家庭的补助 4\.69 万元.*4\.23 万元.*0\.46 万元/ },
      { rule: 'compliance/required-tables', severity: 'warning', message: /缺少国有资本经营预算支出表/ },
      { rule: 'compliance/detail-level', severity: 'warning', cell: '部门支出总表!A10', message: /没有类、款小计行/ },
      { rule: 'compliance/detail-level', severity: 'warning', cell: '一般公共预算支出总表!A9', message: /没有类、款小计行/ },
      { rule: 'compliance/code-dictionary', severity: 'warning', message: /一般公共预算基本支出表 2 个科目使用旧名称：30110“城镇职工基本医疗保险缴费”.*30399“其他对个人和家庭的补助支出”/ },
      // STD-09: the three-block 收支总表 and 财政拨款收支总表 print the 类 with codes and outdated names (read since their two 支出 panels are told apart)
      { rule: 'compliance/code-dictionary', severity: 'warning', message: /^收支总表 16 个科目使用旧名称：201“一般公共服务”/ },
      { rule: 'compliance/code-dictionary', severity: 'warning', message: /^财政拨款收支总表 16 个科目使用旧名称：201“一般公共服务”/ },
      { rule: 'compliance/code-dictionary', severity: 'warning', message: /^财政拨款收支总表 210 名称“卫生健康”不完整，应为“卫生健康支出”/ },
      { rule: 'intra/staff-composition', severity: 'error', cell: '情况说明!A23', message: /在职实有人数 30 人，而其中所列各类合计 28 人/ },
      { rule: 'intra/dept-performance', severity: 'error', cell: '部门整体支出绩效目标申报表!F13', message: /2020年支出合计 2489\.75 ≠ 各支出构成之和 2498\.75，差 9\.00 万元/ },
      { rule: 'intra/dept-performance', severity: 'error', cell: '部门整体支出绩效目标申报表!E11', message: /基本支出 占比印为 30\.32%.*应为 30\.22%/ },
      { rule: 'cross/projects-vs-performance', severity: 'error', message: /“医保服务中心工作经费”.*当年预算 70\.00 ≠ 项目支出表 60\.00/ },
      { rule: 'cross/projects-vs-performance', severity: 'warning', message: /“医保核查中心工作经费”.*“医疗核查中心工作经费”/ },
      { rule: 'cross/projects-vs-performance', severity: 'warning', message: /“医保业务科工作经费”.*“医疗保障业务工作经费”/ },
      { rule: 'cross/projects-vs-performance', severity: 'warning', message: /“城乡医疗救助”.*“医疗救助款”/ },
      { rule: 'cross/projects-vs-performance', severity: 'warning', message: /“伤残军人医疗经费”.*“1-6级伤残军人医疗经费”/ },
      { rule: 'cross/projects-vs-performance', severity: 'warning', message: /“购买服务人员经费”（当年预算 217\.42 万元）不在项目支出表中/ },
    ]);
  });
  test('relations that hold: 项目 per 项 (X-12), 三公 items (IN-12), 三公 ≥ basic 款 (X-10), function↔economic (CLS-06), 项目 forms (IN-18), 整体绩效 vs tables (X-13)', async () => {
    const r = await report(file);
    for (const rule of ['cross/general-vs-projects', 'intra/three-public', 'cross/three-public-vs-basic', 'intra/project-performance', 'cross/dept-performance-vs-tables']) {
      expect(r.skipped?.map((s) => s.rule)).not.toContain(rule);
      expect(r.findings.filter((f) => f.rule === rule)).toEqual([]);
    }
    expect(r.findings.filter((f) => f.rule === 'cross/function-economic' && f.severity === 'error')).toEqual([]);
    expect(r.findings.some((f) => f.rule === 'compliance/typos' && /主要原因：主要原因/.test(f.message))).toBe(true);
  });
});

describe('S002 黄陂区医疗保障服务中心 2024 决算', () => {
  const file = '2024-huangpi-ybfwzx-final.xlsx';
  test('findings', async () => {
    const r = await report(file);
    expectExactly(r, [
      // issue 16 (docs/seed-findings.md S002): 名词解释 (十八) empty; 7 of the 11 项 used explained
      { rule: 'compliance/glossary', severity: 'warning', cell: '情况说明!A144', message: /条目“其他专用名词”没有内容/ },
      { rule: 'compliance/glossary', severity: 'warning', cell: '情况说明!A119', message: /列出了 7 个项级科目，.*还用到 4 个没有列出：2101505 医疗保障政策管理、2101506 医疗保障经办事务、2101550 事业运行、2210202 提租补贴/ },
      // STD-06 (issue 16): the 目录 says 2024年度, the heading 2024年
      { rule: 'compliance/toc', severity: 'warning', cell: '情况说明!A110', message: /目录“第四部分2024年度重点工作完成情况”与正文标题“第四部分2024年重点工作完成情况”不一致/ },
      { rule: 'compliance/code-format', severity: 'error', cell: '公开03表 支出决算表!A10', message: /11 个科目编码位数不对（如 208050 事业单位离退休）/ },
      { rule: 'compliance/placeholders', severity: 'error', cell: '情况说明!A126', message: /请依据部门收入的实际情况进行解释/ },
      { rule: 'compliance/placeholders', severity: 'error', cell: '情况说明!A144', message: /其他专用名词。”编号条目内容为空/ },
      { rule: 'cross/summary-vs-expenditure', severity: 'warning', category: 'rounding', cell: '公开01表 收入支出决算总表!F14', message: /社会保障和就业支出 122\.74.*122\.73/ },
      { rule: 'cross/fiscal-vs-funds', severity: 'warning', category: 'rounding', cell: '公开04表 财政拨款收入支出决算总表!G15', message: /122\.74.*122\.73/ },
      { rule: 'compliance/code-dictionary', severity: 'warning', cell: '公开02表 收入决算表!A11', message: /“机关事业单位基本养老”不完整/ },
      { rule: 'compliance/code-dictionary', severity: 'warning', cell: '公开02表 收入决算表!A15', message: /“其他社会保障和就业支”不完整/ },
      { rule: 'compliance/code-dictionary', severity: 'warning', cell: '公开02表 收入决算表!A16', message: /“其他社会保障和就业支”不完整/ },
      ...['A120', 'A121', 'A122', 'A142'].map((c) => ({ rule: 'compliance/level-wording', severity: 'warning' as const, cell: `情况说明!${c}`, message: /市级财政/ })),
    ]);
  });
  test('尾差 are rounding info; 01/04 and 05/06 tie out (FIN-01, FIN-04, FIN-07, XF-01, XF-03)', async () => {
    const r = await report(file);
    expectRounding(r, [
      { cell: '公开02表 收入决算表!E7', message: /1099\.73 与各类合计 1099\.72/ },
      { cell: '公开03表 支出决算表!F7', message: /999\.73 与各类合计 999\.72/ },
      { cell: '公开05表 一般公共预算财政拨款支出决算表!F7', message: /999\.73.*999\.72/ },
    ]);
    for (const rule of ['intra/summary-balance', 'intra/summary-income', 'intra/summary-expense', 'intra/economic-hierarchy', 'cross/summary-vs-income', 'cross/fiscal-income']) {
      expect(r.skipped?.map((s) => s.rule)).not.toContain(rule);
      expect(r.findings.filter((f) => f.rule === rule && f.severity !== 'info')).toEqual([]);
    }
  });
});

describe('S003 青山区医疗保障服务中心 2026 预算', () => {
  const file = '2026-qingshan-ybfwzx-budget.xlsx';
  test('findings', async () => {
    const r = await report(file);
    expectExactly(r, [
      // STD-06, STD-13 (issue 16; docs/seed-findings.md): the 目录's headings say 部门…, the body's do not; doubled characters
      { rule: 'compliance/toc', severity: 'warning', message: /目录与正文、表名不一致 7 处：目录“一、部门收支预算总体安排情况”与正文标题“一、收支预算总体安排情况”不一致/ },
      { rule: 'compliance/wording', severity: 'warning', cell: '情况说明!A115', message: /一般公共预算算本年财政拨款.*“算”重复/ },
      { rule: 'compliance/wording', severity: 'warning', cell: '表13 资产配置预算表!C9', message: /运行行业务经费.*“行”重复/ },
      ...['F7', 'G7'].map((c) => ({ rule: 'compliance/placeholders', severity: 'error' as const, cell: `表14 整体支出绩效目标表!${c}`, message: /“__年”占位符未填写/ })),
      ...['E44', 'F44'].map((c) => ({ rule: 'compliance/placeholders', severity: 'error' as const, cell: `表14 整体支出绩效目标表!${c}`, message: /“—年”占位符未填写/ })),
      { rule: 'intra/unit-hierarchy', severity: 'warning', cell: '表13 资产配置预算表!S8', message: /为空，而其下各行合计 0\.70 万元/ },
      { rule: 'intra/procurement-lines', severity: 'warning', cell: '表11 政府采购预算表!L10', message: /采购金额 23\.20 ≠ 数量 2 × 单价 23\.20 = 46\.40/ },
      { rule: 'cross/general-vs-basic', severity: 'warning', category: 'rounding', cell: '表5-1 一般公共预算支出表（分功能分类）!E6', message: /人员经费 153\.30.*人员经费 153\.31/ },
      { rule: 'cross/projects-vs-performance', severity: 'warning', cell: '表10 项目支出表!B10', message: /“医保经办机构运行行业经费”.*“医保经办机构运行业务经费”/ },
    ]);
  });
  test('尾差 are rounding info', async () => {
    const r = await report(file);
    expectRounding(r, [
      { cell: '表6 一般公共预算基本支出表!C7', message: /153\.31 与其下各款合计 153\.32/ },
      { cell: '表5-1 一般公共预算支出表（分功能分类）!D6', message: /161\.18 与 基本支出人员经费 \+ 基本支出公用经费 161\.17/ },
    ]);
  });
});

describe('S004 蔡甸区医疗保障局 2025 预算', () => {
  const file = '2025-caidian-ybj-budget.xlsx';
  test('findings', async () => {
    const r = await report(file);
    expectExactly(r, [
      // issue 16: the 名词解释 lists 7 项, not 2080506, 2101502, 2101506 of 表5
      // issue 16 (docs/seed-findings.md S004): 名词解释 1 uses the old 款 name, 名词解释 6 puts 住房改革支出 under 卫生健康支出
      { rule: 'compliance/narrative-subject-names', severity: 'warning', cell: '情况说明!A108', message: /“行政事业单位离退休”是旧名称，2025 年 20805 的名称为“行政事业单位养老支出”/ },
      { rule: 'compliance/narrative-subject-names', severity: 'warning', cell: '情况说明!A113', message: /“住房改革支出”（22102）不是“卫生健康支出”（210）的款/ },
      // issue 16 (domain.md STD-16 fires on S004): 国有资产 gives 资产原值 but no 车辆 count
      { rule: 'compliance/assets-disclosure', severity: 'warning', cell: '情况说明!A95', message: /“（五）国有资产占用使用情况”下没有写明车辆数/ },
      { rule: 'compliance/glossary', severity: 'warning', cell: '情况说明!A100', message: /列出了 7 个项级科目，一般公共预算支出表还用到 3 个没有列出：2080506 机关事业单位职业年金缴费支出、2101502 一般行政管理事务、2101506 医疗保障经办事务/ },
      // STD-06, STD-13 (issue 16; domain.md §2.6): 目录 ≠ body, “四、” twice then “六、”, “效效指标”
      { rule: 'compliance/toc', severity: 'warning', message: /目录与正文、表名不一致 9 处：.*目录“第三部分2025年部门预算情况说明”与正文标题“第三部分2024年部门预算情况说明”不一致/ },
      { rule: 'compliance/heading-numbering', severity: 'warning', cell: '情况说明!A64', message: /序号“四、”重复/ },
      { rule: 'compliance/heading-numbering', severity: 'warning', cell: '情况说明!A69', message: /“四、”之后是“六、”，缺“五、”/ },
      { rule: 'compliance/wording', severity: 'warning', cell: '表10 部门整体支出绩效目标表!B44', message: /“效效指标”中“效”重复/ },
      { rule: 'compliance/wording', severity: 'warning', cell: '表10 部门整体支出绩效目标表!B53', message: /“效效指标”中“效”重复/ },
      { rule: 'compliance/wording', severity: 'warning', cell: '情况说明!A99', message: /2025 年年部门预算.*“年”重复/ },
      { rule: 'compliance/required-tables', severity: 'error', cell: '表9 项目支出表!A1', message: /缺少项目支出表.*内容却是国有资本经营预算支出表/ },
      { rule: 'compliance/required-tables', severity: 'error', cell: '情况说明!A90', message: /政府采购预算金额86万元.*没有政府采购预算表/ },
      { rule: 'compliance/required-tables', severity: 'error', cell: '情况说明!A92', message: /64\.00万元.*没有政府购买服务预算表/ },
      { rule: 'compliance/empty-table-note', severity: 'error', cell: '表7 一般公共预算“三公”经费支出表!A1', message: /没有数据/ },
      // the narrative says 无政府性基金/国有资本经营预算安排的支出 (八、九): said there, not in the table (a warning)
      { rule: 'compliance/empty-table-note', severity: 'warning', cell: '表8 政府性基金预算支出表!A1', message: /没有数据，表内没有说明；情况说明中已写“蔡甸区医疗保障局 2025 年无使用政府性基金预算财政拨款安排的支出”/ },
      { rule: 'compliance/empty-table-note', severity: 'warning', cell: '表9 项目支出表!A1', message: /没有数据，表内没有说明；情况说明中已写“.*无国有资本经营预算安排的支出”/ },
      { rule: 'compliance/title-content', severity: 'error', cell: '表9 项目支出表!A1', message: /像项目支出表，内容却是国有资本经营预算支出表/ },
      { rule: 'cross/project-codes', severity: 'warning', cell: '表11 项目支出绩效目标表!F83', message: /“42011423056T00000115”格式不符：序号应为 9 位，实为 8 位/ },
      { rule: 'cross/prior-year-labels', severity: 'warning', cell: '表10 部门整体支出绩效目标表!F6', message: /“2024年 \/ 2025年”，应为 2023 年、2024 年/ },
    ]);
  });
  test('尾差 of domain.md §2.0 are rounding info, not errors', async () => {
    const r = await report(file);
    expectRounding(r, [
      { cell: '表3 支出总表!C6', message: /29\.44 与其下各项合计 29\.43/ },
      { cell: '表3 支出总表!C10', message: /23\.41 与其下各项合计 23\.40/ },
      { cell: '表3 支出总表!C9', message: /333\.58 与其下各款合计 333\.59/ },
      { cell: '表3 支出总表!C18', message: /22\.48 与其下各项合计 22\.49/ },
      { cell: '表5 一般公共预算支出表!D5', message: /264\.50 与 基本支出人员经费 \+ 基本支出公用经费 264\.51/ },
      { cell: '表6 一般公共预算基本支出表!C5', message: /242\.55 与其下各款合计 242\.53/ },
    ]);
    expect(r.findings.some((f) => f.rule === 'compliance/typos' && /01\.74/.test(f.message))).toBe(true);
    expect(r.findings.some((f) => f.rule === 'compliance/typos' && /万元万元/.test(f.message))).toBe(true);
  });
});

describe('relations that hold on every seed produce no error', () => {
  const files = ['2022-dongxihu-ybj-budget.xlsx', '2023-huangpi-ybfwzx-budget.xlsx', '2024-huangpi-ybfwzx-final.xlsx', '2025-caidian-ybj-budget.xlsx', '2026-qingshan-ybfwzx-budget.xlsx'];
  test.each(files)('%s: every rule that ran on 表内/表间 amounts gives no error except the listed ones', async (file) => {
    const r = await report(file);
    const amountRules = r.findings.filter((f) => (f.category === 'intra' || f.category === 'cross' || f.category === 'rounding') && f.severity === 'error');
    const allowed = file.startsWith('2022') ? ['intra/dept-performance', 'cross/projects-vs-performance', 'intra/staff-composition'] : [];
    expect(amountRules.filter((f) => !allowed.includes(f.rule)).map((f) => f.message)).toEqual([]);
  });
});
