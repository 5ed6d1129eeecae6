/**
 * Builders of small disclosure tables for rule tests, in layouts recognise() understands
 * (after test/support/synthetic.ts, the Wuhan 区级 template):
 *
 *   row 1   title, merged across the table          "2026年部门支出总表"
 *   row 2   "部门/单位：武汉市江城区医疗保障局" in A, "单位：万元" in the last column
 *   row 3   header (a second header row 4 when a column group has sub-columns; single
 *           columns are merged down over both rows, groups across their sub-columns)
 *   then    the body rows as given, then the notes (one per row, in column A)
 *
 * Numbers are number cells with format '0.00' (see rule-tester.ts); `int(n)` writes a count.
 * Every builder returns the sheet plus `cell(col, i)`: the 'Sheet!C5' address of column `col`
 * in body line i (0-based), for the `cells` of expected findings.
 */
import { columnLetter, parseA1 } from '../../src/core/address';
import type { CellSpec, SheetSpec } from './rule-tester';

export const DEPT = '武汉市江城区医疗保障局';
export const YEAR = 2026;

/** A column: a header, or a group header over sub-column headers. */
export type Col = string | [string, string[]];

export interface TableOptions {
  /** Sheet name (each builder has a default that agrees with the table). */
  sheet?: string;
  title?: string;
  /** The 部门/单位 line; null for none. */
  unitLine?: string | null;
  /** Money unit printed in the last column of row 2; null for none. */
  moneyUnit?: '万元' | '元' | null;
  /** Rows after the body (备注：…), one per row in column A. */
  notes?: string[];
  /** Replace the builder's default columns. */
  columns?: Col[];
}

export interface TableSheet extends SheetSpec {
  firstBodyRow: number;
  /** 'Sheet!C5': column `col` of body line `i` (0-based). */
  cell(col: string, i: number): string;
}

/** A count (format '0'), for 数量 columns. */
export function int(n: number): CellSpec {
  return { v: n, fmt: '0' };
}

function width(columns: Col[]): number {
  return columns.reduce((n, c) => n + (typeof c === 'string' ? 1 : c[1].length), 0);
}

/** Any table: title, unit line, one- or two-row header, body, notes. */
export function table(title: string, columns: Col[], body: CellSpec[][], opts: Omit<TableOptions, 'title' | 'columns'> & { sheet: string }): TableSheet {
  const w = width(columns);
  const last = columnLetter(w);
  const rows: CellSpec[][] = [];
  const merges: string[] = [];
  rows.push([title]);
  if (w > 1) merges.push(`A1:${last}1`);
  const unitRow: CellSpec[] = new Array<CellSpec>(w).fill(null);
  const unitLine = opts.unitLine === undefined ? `部门/单位：${DEPT}` : opts.unitLine;
  const moneyUnit = opts.moneyUnit === undefined ? '万元' : opts.moneyUnit;
  if (unitLine) unitRow[0] = unitLine;
  if (moneyUnit) unitRow[w - 1] = w > 1 || !unitLine ? `单位：${moneyUnit}` : `${unitLine}  单位：${moneyUnit}`;
  rows.push(unitRow);
  const twoRows = columns.some((c) => typeof c !== 'string');
  const top: CellSpec[] = [];
  const sub: CellSpec[] = [];
  for (const c of columns) {
    const at = top.length + 1;
    if (typeof c === 'string') {
      top.push(c);
      sub.push(null);
      if (twoRows) merges.push(`${columnLetter(at)}3:${columnLetter(at)}4`);
    } else {
      top.push(c[0], ...new Array<CellSpec>(c[1].length - 1).fill(null));
      sub.push(...c[1]);
      if (c[1].length > 1) merges.push(`${columnLetter(at)}3:${columnLetter(at + c[1].length - 1)}3`);
    }
  }
  rows.push(top);
  if (twoRows) rows.push(sub);
  const firstBodyRow = rows.length + 1;
  rows.push(...body);
  for (const n of opts.notes ?? []) rows.push([n]);
  const sheet = opts.sheet;
  return { name: sheet, rows, merges, firstBodyRow, cell: (col, i) => `${sheet}!${col}${firstBodyRow + i}` };
}

function preset(defaults: { sheet: string; title: string; columns: Col[] }) {
  return (body: CellSpec[][], opts: TableOptions = {}): TableSheet =>
    table(opts.title ?? defaults.title, opts.columns ?? defaults.columns, body, { ...opts, sheet: opts.sheet ?? defaults.sheet });
}

// ---------------------------------------------------------------------------------------------
// Two-sided summary tables

/** A line of a summary table side: [label, amount], or null for a blank line. */
export type Line = [string, CellSpec] | null;

function twoSided(defaults: { sheet: string; title: string }) {
  return (income: Line[], expense: Line[], opts: TableOptions = {}): TableSheet => {
    const body: CellSpec[][] = [];
    for (let i = 0; i < Math.max(income.length, expense.length); i++) {
      const a = income[i];
      const b = expense[i];
      body.push([a?.[0] ?? null, a?.[1] ?? null, b?.[0] ?? null, b?.[1] ?? null]);
    }
    return table(opts.title ?? defaults.title, opts.columns ?? [['收 入', ['项 目', '预算数']], ['支 出', ['项 目', '预算数']]], body, { ...opts, sheet: opts.sheet ?? defaults.sheet });
  };
}

/**
 * 收支总表 (公开01表): income lines in A/B, expense lines in C/D, line i of both sides on body
 * row i. Body line i is row 5 + i. Without a 事业收入-like line the content reads as a
 * 财政拨款收支总表: use `incomeLines` for the nine standard items.
 */
export const summaryTable = twoSided({ sheet: '表1 收支总表', title: `${YEAR}年部门收支总表` });

/** 财政拨款收支总表 (公开04表), same layout as summaryTable. */
export const fiscalTable = twoSided({ sheet: '表4 财政拨款收支总表', title: `${YEAR}年财政拨款收支总表` });

/**
 * Pad both sides to the same length and append the footer lines (本年收入合计 / 本年支出合计 …),
 * so that footer line k of both sides shares a row: body line max(income, expense) + k.
 */
export function withFooter(income: Line[], expense: Line[], footIncome: Line[], footExpense: Line[]): [Line[], Line[]] {
  const n = Math.max(income.length, expense.length);
  const pad = (xs: Line[]): Line[] => [...xs, ...new Array<Line>(n - xs.length).fill(null)];
  const m = Math.max(footIncome.length, footExpense.length);
  const padFoot = (xs: Line[]): Line[] => [...xs, ...new Array<Line>(m - xs.length).fill(null)];
  return [
    [...pad(income), ...padFoot(footIncome)],
    [...pad(expense), ...padFoot(footExpense)],
  ];
}

/** The nine income items of a 收支总表 (一、一般公共预算拨款收入 … 九、其他收入); unnamed ones are 0. */
export function incomeLines(v: { general?: CellSpec; fund?: CellSpec; capital?: CellSpec; special?: CellSpec; business?: CellSpec; operating?: CellSpec; superior?: CellSpec; affiliated?: CellSpec; other?: CellSpec }): Line[] {
  return [
    ['一、一般公共预算拨款收入', v.general ?? 0],
    ['二、政府性基金预算拨款收入', v.fund ?? 0],
    ['三、国有资本经营预算拨款收入', v.capital ?? 0],
    ['四、财政专户管理资金收入', v.special ?? 0],
    ['五、事业收入', v.business ?? 0],
    ['六、事业单位经营收入', v.operating ?? 0],
    ['七、上级补助收入', v.superior ?? 0],
    ['八、附属单位上缴收入', v.affiliated ?? 0],
    ['九、其他收入', v.other ?? 0],
  ];
}

export interface SummaryValues {
  /** Income lines (default: incomeLines({ general: 100 })). */
  income?: Line[];
  /** 类 lines (default: 一、卫生健康支出 80, 二、住房保障支出 20). */
  classes?: Line[];
  inTotal?: CellSpec;
  carry?: CellSpec;
  inGrand?: CellSpec;
  exTotal?: CellSpec;
  exCarry?: CellSpec;
  exGrand?: CellSpec;
}

/**
 * A consistent 收支总表 of 100.00 (override any figure): the income lines (rows 5–13 for the
 * nine standard items; B5 = 一般公共预算, B9 = 事业收入) against the 类 lines (D5, D6 …), then
 * row 14 本年收入合计 / 本年支出合计, row 15 上年结转结余 / 年终结转结余, row 16 收入总计 / 支出总计
 * (with up to nine income and 类 lines).
 */
export function standardSummary(s: SummaryValues = {}, opts: TableOptions = {}): TableSheet {
  const [income, expense] = withFooter(
    s.income ?? incomeLines({ general: 100 }),
    s.classes ?? [
      ['一、卫生健康支出', 80],
      ['二、住房保障支出', 20],
    ],
    [
      ['本年收入合计', s.inTotal ?? 100],
      ['上年结转结余', s.carry ?? 0],
      ['收入总计', s.inGrand ?? 100],
    ],
    [
      ['本年支出合计', s.exTotal ?? 100],
      ['年终结转结余', s.exCarry ?? 0],
      ['支出总计', s.exGrand ?? 100],
    ],
  );
  return summaryTable(income, expense, opts);
}

export interface FiscalValues {
  /** 本年收入 (B5) and its 一般公共预算拨款 (B6); 政府性基金 B7, 国有资本经营 B8. */
  current?: CellSpec;
  general?: CellSpec;
  fund?: CellSpec;
  capital?: CellSpec;
  /** 上年结转 (B9) and its 一般公共预算拨款 (B10); 政府性基金 B11, 国有资本经营 B12. */
  carry?: CellSpec;
  carryGeneral?: CellSpec;
  /** 本年支出 (D5), then the 类 lines (D6 …), then 年终结转结余. */
  exCurrent?: CellSpec;
  classes?: Line[];
  yearEnd?: CellSpec;
  /** 收入总计 / 支出总计 (row 13 with up to six 类 lines). */
  grand?: CellSpec;
  exGrand?: CellSpec;
}

/** A consistent 财政拨款收支总表 of 100.00, all 一般公共预算 (override any figure). */
export function standardFiscal(f: FiscalValues = {}, opts: TableOptions = {}): TableSheet {
  const [income, expense] = withFooter(
    [
      ['一、本年收入', f.current ?? 100],
      ['（一）一般公共预算拨款', f.general ?? 100],
      ['（二）政府性基金预算拨款', f.fund ?? 0],
      ['（三）国有资本经营预算拨款', f.capital ?? 0],
      ['二、上年结转', f.carry ?? 0],
      ['（一）一般公共预算拨款', f.carryGeneral ?? 0],
      ['（二）政府性基金预算拨款', 0],
      ['（三）国有资本经营预算拨款', 0],
    ],
    [
      ['一、本年支出', f.exCurrent ?? 100],
      ...(f.classes ?? [
        ['（一）卫生健康支出', 80],
        ['（二）住房保障支出', 20],
      ]),
      ['二、年终结转结余', f.yearEnd ?? 0],
    ],
    [['收入总计', f.grand ?? 100]],
    [['支出总计', f.exGrand ?? f.grand ?? 100]],
  );
  return fiscalTable(income, expense, opts);
}

// ---------------------------------------------------------------------------------------------
// One-sided tables. Body lines are [code, name, ...amounts]; the 合计 line is [null, '合计', ...].

/** 收入总表: A 单位代码, B 单位名称, C 合计, D–F 本年收入 小计/一般公共预算/事业收入, G–H 上年结转结余 小计/一般公共预算. Body from row 5. */
export const INCOME_COLUMNS: Col[] = ['单位代码', '单位名称', '合计', ['本年收入', ['小计', '一般公共预算', '事业收入']], ['上年结转结余', ['小计', '一般公共预算']]];
export const incomeTable = preset({ sheet: '表2 收入总表', title: `${YEAR}年部门收入总表`, columns: INCOME_COLUMNS });

/** 支出总表: A 科目编码, B 科目名称, C 合计, D 基本支出, E 项目支出, F 事业单位经营支出, G 上缴上级支出, H 对附属单位补助支出. Body from row 4. */
export const EXPENDITURE_COLUMNS: Col[] = ['科目编码', '科目名称', '合计', '基本支出', '项目支出', '事业单位经营支出', '上缴上级支出', '对附属单位补助支出'];
export const expenditureTable = preset({ sheet: '表3 支出总表', title: `${YEAR}年部门支出总表`, columns: EXPENDITURE_COLUMNS });

/** 一般公共预算支出表: A 科目编码, B 科目名称, C 合计, D–F 基本支出 小计/人员经费/公用经费, G 项目支出. Body from row 5. */
export const GENERAL_COLUMNS: Col[] = ['科目编码', '科目名称', '合计', ['基本支出', ['小计', '人员经费', '公用经费']], '项目支出'];
export const generalTable = preset({ sheet: '表5 一般公共预算支出表', title: `${YEAR}年一般公共预算支出表`, columns: GENERAL_COLUMNS });

/** 一般公共预算支出表（分单位）: as generalTable with 单位编码/单位名称. Body from row 5. */
export const BY_UNIT_COLUMNS: Col[] = ['单位编码', '单位名称', '合计', ['基本支出', ['小计', '人员经费', '公用经费']], '项目支出'];
export const byUnitTable = preset({ sheet: '表5-2 一般公共预算支出表（分单位）', title: `${YEAR}年一般公共预算支出表（分单位）`, columns: BY_UNIT_COLUMNS });

/** 一般公共预算基本支出表: A 科目编码, B 科目名称, C 合计, D 人员经费, E 公用经费. Body from row 5. */
export const BASIC_COLUMNS: Col[] = [['部门预算支出经济分类科目', ['科目编码', '科目名称']], ['本年一般公共预算基本支出', ['合计', '人员经费', '公用经费']]];
export const basicTable = preset({ sheet: '表6 一般公共预算基本支出表', title: `${YEAR}年一般公共预算基本支出表`, columns: BASIC_COLUMNS });

/** “三公”经费表: A 合计, B 因公出国（境）费, C–E 公务用车购置及运行费 小计/购置费/运行费, F 公务接待费. Body from row 5. */
export const THREE_PUBLIC_COLUMNS: Col[] = ['“三公”经费合计', '因公出国（境）费', ['公务用车购置及运行费', ['小计', '公务用车购置费', '公务用车运行费']], '公务接待费'];
const threePublicPreset = preset({ sheet: '表7 “三公”经费支出表', title: `${YEAR}年一般公共预算“三公”经费支出表`, columns: THREE_PUBLIC_COLUMNS });
/** One body row [合计, 出国, 公车小计, 购置, 运行, 接待]; no values → a table with no body. */
export function threePublicTable(values: CellSpec[] | null, opts: TableOptions = {}): TableSheet {
  return threePublicPreset(values ? [values] : [], opts);
}

/** 政府性基金预算支出表: A 科目编码, B 科目名称, C 合计, D 基本支出, E 项目支出. Body from row 5. */
export const FUND_COLUMNS: Col[] = ['科目编码', '科目名称', ['本年政府性基金预算支出', ['合计', '基本支出', '项目支出']]];
export const fundTable = preset({ sheet: '表8 政府性基金预算支出表', title: `${YEAR}年政府性基金预算支出表`, columns: FUND_COLUMNS });

/** 国有资本经营预算支出表: as fundTable. */
export const CAPITAL_COLUMNS: Col[] = ['科目编码', '科目名称', ['本年国有资本经营预算支出', ['合计', '基本支出', '项目支出']]];
export const capitalTable = preset({ sheet: '表9 国有资本经营预算支出表', title: `${YEAR}年国有资本经营预算支出表`, columns: CAPITAL_COLUMNS });

/**
 * 项目支出表: A 项目编码, B 项目名称, C 项目单位, D 合计, E–F 本年拨款 一般公共预算/政府性基金预算,
 * G 财政拨款结转结余 一般公共预算, H 单位资金. Body from row 5.
 */
export const PROJECT_COLUMNS: Col[] = ['项目编码', '项目名称', '项目单位', '合计', ['本年拨款', ['一般公共预算', '政府性基金预算']], ['财政拨款结转结余', ['一般公共预算']], '单位资金'];
export const projectTable = preset({ sheet: '表10 项目支出表', title: `${YEAR}年项目支出表`, columns: PROJECT_COLUMNS });

/**
 * 政府采购预算表: A 单位代码, B 单位名称, C 项目, D 政府采购品目, E 采购数量, F 单价, G 采购金额（合计）,
 * H 其中面向中小企业, I 其中面向小微企业. Body from row 5.
 */
export const PROCUREMENT_COLUMNS: Col[] = ['单位代码', '单位名称', '项目', '政府采购品目', '采购数量', '单价', ['采购金额', ['采购金额(合计)', '其中面向中小企业', '其中面向小微企业']]];
export const procurementTable = preset({ sheet: '表11 政府采购预算表', title: '政府采购预算表', columns: PROCUREMENT_COLUMNS });

/**
 * 资产配置预算表: A 单位代码, B 单位名称, C 资产名称, D 资产数量, E 单价, F 金额, G–I 财政审核数
 * 单价/数量/金额. Body from row 5.
 */
export const ASSET_COLUMNS: Col[] = ['单位代码', '单位名称', '资产名称', '资产数量', '单价', '金额', ['财政审核数', ['单价', '数量', '金额']]];
export const assetTable = preset({ sheet: '表13 资产配置预算表', title: '资产配置预算表', columns: ASSET_COLUMNS });

// ---------------------------------------------------------------------------------------------
// Text

/**
 * A 情况说明 sheet: the heading in A1 and one paragraph per row below it. Recognised as a
 * narrative when it has at least four rows of fairly long text (the builder pads with a
 * standard paragraph).
 */
export function narrativeSheet(paragraphs: string[], opts: { sheet?: string; heading?: string } = {}): TableSheet {
  const sheet = opts.sheet ?? '情况说明';
  const filler = [
    `一、部门主要职能：负责贯彻执行医疗保障方面的法律法规和政策，组织实施医疗保障制度。`,
    `二、部门预算单位构成：纳入本部门${YEAR}年部门预算编制范围的单位共1个。`,
    `三、本部门${YEAR}年部门预算按照综合预算的原则，全部收入和支出均纳入部门预算管理。`,
  ];
  const texts = [opts.heading ?? `${DEPT}${YEAR}年部门预算情况说明`, ...paragraphs, ...filler.slice(0, Math.max(0, 4 - paragraphs.length))];
  return { name: sheet, rows: texts.map((t) => [t]), merges: [], firstBodyRow: 2, cell: (col, i) => `${sheet}!${col}${2 + i}` };
}

/** A percentage cell (0.3032 shows as 30.32%). */
export function pct(x: number): CellSpec {
  return { v: x, fmt: '0.00%' };
}

/** A line of a 整体绩效目标表: [name, amount, share (pct), …近两年 amounts]. */
export type FormLineSpec = [string, CellSpec, CellSpec?, ...CellSpec[]];

export interface DeptFormSpec {
  sheet?: string;
  title?: string;
  income: FormLineSpec[];
  incomeTotal: FormLineSpec;
  expense: FormLineSpec[];
  expenseTotal: FormLineSpec;
  /** 近两年 column labels ("2024年", "2025年"), when the form has them. */
  prior?: string[];
}

/**
 * 部门整体支出绩效目标表 (after test/recognize/forms.test.ts): A 部门总体资金情况, B 收入构成 /
 * 支出构成, C line name, D 当年金额, E 占比, F… 近两年. Row 3 is the header; with `prior` the
 * year labels are in row 4 and the lines start at row 5, else at row 4. Income lines first,
 * then the income 合计, the expense lines, the expense 合计, then 部门职能概述.
 */
export function deptFormSheet(f: DeptFormSpec): TableSheet {
  const sheet = f.sheet ?? '表14 部门整体支出绩效目标表';
  const prior = f.prior ?? [];
  const w = 5 + prior.length;
  const rows: CellSpec[][] = [
    [f.title ?? `${DEPT}${YEAR}年部门整体支出绩效目标表`],
    [...new Array<CellSpec>(w - 1).fill(null), '单位：万元'],
    ['部门（单位）名称', DEPT],
    ['部门总体资金情况', '总体资金情况', null, '当年金额', '占比', ...(prior.length ? ['近两年收支金额'] : [])],
  ];
  if (prior.length) rows.push([null, null, null, null, null, ...prior]);
  const firstBodyRow = rows.length + 1;
  const line = (group: string | null, [name, amount, share, ...rest]: FormLineSpec): CellSpec[] => [null, group, name, amount, share ?? null, ...rest];
  f.income.forEach((l, i) => rows.push(line(i === 0 ? '收入构成' : null, l)));
  rows.push(line(null, f.incomeTotal));
  f.expense.forEach((l, i) => rows.push(line(i === 0 ? '支出构成' : null, l)));
  rows.push(line(null, f.expenseTotal));
  rows.push(['部门职能概述', '负责全区医疗保障工作。']);
  return { name: sheet, rows, merges: [], firstBodyRow, cell: (col, i) => `${sheet}!${col}${firstBodyRow + i}` };
}

export interface ProjectFormSpec {
  sheet?: string;
  title?: string;
  name: string;
  code?: string;
  total?: CellSpec;
  current?: CellSpec;
  /** 资金来源 lines [name, amount]; the 合计 line comes first. */
  sources?: [string, CellSpec][];
  sourceTotal?: CellSpec;
  /** 项目支出明细测算 lines [activity, content, 经济分类, amount]. */
  details?: [string, string, string, CellSpec][];
}

/**
 * 项目支出绩效目标表 (项目申报表), one form per sheet: C3 项目名称, F3 项目编码, C4 项目总预算,
 * F4 项目当年预算, row 5 资金来源 header, E6 资金来源合计, the sources from row 7 (amounts in E),
 * then the 明细测算 header and lines (amounts in E), then the 绩效目标 rows.
 */
export function projectFormSheet(f: ProjectFormSpec): TableSheet {
  const sheet = f.sheet ?? '表15 项目支出绩效目标表';
  const rows: CellSpec[][] = [
    [f.title ?? `${YEAR}年项目支出绩效目标表`],
    [null, null, null, null, null, '单位：万元'],
    ['项目名称：', null, f.name, null, '项目编码：', f.code ?? null],
    ['项目总预算（万元）', null, f.total ?? null, null, '项目当年预算（万元）', f.current ?? null],
  ];
  if (f.sources) {
    rows.push(['项目资金来源', '来源项目', null, null, '金额（万元）']);
    rows.push([null, '合计', null, null, f.sourceTotal ?? null]);
    for (const [n, v] of f.sources) rows.push([null, n, null, null, v]);
  }
  if (f.details) {
    rows.push(['项目支出明细测算', '项目活动', '活动内容表述', '支出经济分类', '金额']);
    for (const [a, c, e, v] of f.details) rows.push([null, a, c, e, v]);
  }
  rows.push(['项目绩效总目标', '保障医保经办业务正常开展。']);
  rows.push(['年度绩效目标表', '一级指标', '二级指标', '三级指标', '指标值']);
  return { name: sheet, rows, merges: [], firstBodyRow: 3, cell: (col, i) => `${sheet}!${col}${3 + i}` };
}

// ---------------------------------------------------------------------------------------------
// 江苏 (2017–2019 省级部门预算): 收支预算总表 and 收入预算总表 as printed

export const JIANGSU_INCOME = '公开表二 收入预算总表';

/**
 * 江苏 2017 收入预算总表 (中国共产党江苏省委员会办公厅, 万元), as printed: 收入总计 on row 4, then
 * the groups with their 小计 and items in column B (blank = nothing), amounts in C. `v` overrides
 * amounts by row; `merged` merges each group's name over its items.
 */
export function jiangsuIncomeList(v: Record<number, CellSpec> = {}, opts: { merged?: boolean } = {}): SheetSpec {
  const lines: [string | null, string | null, CellSpec][] = [
    ['收入总计', null, 20849.45],
    ['一般公共预算资金', '小计', 20702.25],
    [null, '公共财政拨款(补助)资金', 20702.25],
    [null, '专项收入', null],
    ['政府性基金', '小计', null],
    ['财政专户管理资金', '小计', 147.2],
    [null, '专户管理教育收费', null],
    [null, '其他非税收入', 147.2],
    ['其他资金', '小计', null],
    [null, '事业收入', null],
    [null, '经营收入', null],
    [null, '其他收入', null],
    [null, '债务资金(银行贷款)', null],
    ['上年结转和结余资金', '小计', null],
    [null, '其中：动用上年结转和结余资金', null],
  ];
  const rows: CellSpec[][] = [['收入预算总表'], ['部门：中国共产党江苏省委员会办公厅', null, '单位：万元'], ['项目名称', null, '金额']];
  lines.forEach(([a, b, x], i) => rows.push([a, b, i + 4 in v ? v[i + 4] : x]));
  const merges = ['A1:C1', 'A3:B3'];
  if (opts.merged) merges.push('A5:A7', 'A9:A11', 'A12:A16', 'A17:A18');
  return { name: JIANGSU_INCOME, rows, merges };
}

export const JIANGSU_SUMMARY = '公开表一 收支预算总表';

/**
 * 江苏 2017 收支预算总表 of the same department, as printed (three header rows; 收入 in A/B from
 * row 6: 一、财政拨款 B6, 1.一般公共预算 B7, 2.政府性基金预算 B8, 二、财政专户管理资金 B9, 三、其他资金
 * B10, 当年收入小计 B13, 上年结转资金 B14, 收入合计 B15). `v` overrides amounts by cell ('B9').
 */
export function jiangsuSummary(v: Record<string, CellSpec> = {}): SheetSpec {
  const rows: CellSpec[][] = [
    ['收支预算总表'],
    ['部门：中国共产党江苏省委员会办公厅', null, null, null, null, '单位：万元'],
    ['收入', null, '支出'],
    ['项目名称', '金额', '功能分类', null, '支出用途'],
    [null, null, '功能科目名称', '金额', '项目名称', '金额'],
    ['一、财政拨款', 20702.25, '一、一般公共服务支出', 16992.37, '一、基本支出', 9964.07],
    ['1.一般公共预算', 20702.25, '二、外交支出', null, '二、项目支出', 10688.66],
    ['2.政府性基金预算', null, '三、国防支出', null, '三、单位预留机动经费', 196.72],
    ['二、财政专户管理资金', 147.2, '四、公共安全支出'],
    ['三、其他资金', null, '八、社会保障和就业支出', 2000.39],
    [null, null, '十八、住房保障支出', 1856.69],
    [null, null, '二十、其他支出'],
    ['当年收入小计', 20849.45, '当年支出小计', null, null, 20849.45],
    ['上年结转资金', null, '结转下年资金'],
    ['收入合计', 20849.45, '支出合计', null, null, 20849.45],
  ];
  for (const [cell, x] of Object.entries(v)) {
    const { row, col } = parseA1(cell);
    rows[row - 1][col - 1] = x;
  }
  return { name: JIANGSU_SUMMARY, rows, merges: ['A1:F1', 'A3:B3', 'C3:F3', 'A4:A5', 'B4:B5', 'C4:D4', 'E4:F4'] };
}
