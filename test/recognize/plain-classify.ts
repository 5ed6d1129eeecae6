/**
 * The classifier as it was before the speed work of issue 19 (the body as one joined text, every
 * word searched in it): the oracle the fast classifier (src/core/recognize/classify.ts) is tested
 * against. Kept verbatim; do not optimise.
 */
import type { Block, TableKind } from '../../src/core/recognize/types';
import { hasAll, hasAny, isBlank, norm } from '../../src/core/recognize/text';
import type { Cell, Sheet } from '../../src/core/workbook';

export interface PlainBlockText {
  title: string;
  header: string;
  body: string;
  /** Row labels and codes: the first two text cells of each body row. */
  labels: string[];
}

function rowCells(sheet: Sheet, r: number, left: number, right: number): Cell[] {
  const row = sheet.rows[r - 1] ?? [];
  const out: Cell[] = [];
  for (let c = left; c <= Math.min(right, row.length); c++) {
    const cell = row[c - 1];
    if (cell && cell.type === 'string' && !isBlank(cell.text)) out.push(cell);
  }
  return out;
}

export function plainBlockText(sheet: Sheet, b: Block): PlainBlockText {
  const header: string[] = [];
  if (b.header) for (let r = b.header[0]; r <= b.header[1]; r++) for (const c of rowCells(sheet, r, b.range.left, b.range.right)) header.push(norm(c.text));
  // the body's normalised texts joined by '|' (as a list joined), and each row's first two
  let body = '';
  let any = false;
  const labels: string[] = [];
  if (b.body) {
    const skip = new Set(b.skip ?? []);
    for (let r = b.body[0]; r <= Math.min(b.body[1], b.body[0] + 400); r++) {
      if (skip.has(r)) continue;
      const cells = rowCells(sheet, r, b.range.left, b.range.right);
      let first = '';
      let label = '';
      for (let i = 0; i < cells.length; i++) {
        const n = norm(cells[i].text);
        body += any ? `|${n}` : n;
        any = true;
        if (i === 0) label = first = n;
        else if (i === 1) label = `${first} ${n}`;
      }
      labels.push(label);
    }
  }
  return { title: norm(b.title?.text ?? ''), header: header.join('|'), body, labels };
}

interface Decision {
  kind: TableKind;
  evidence: string;
  /** The columns fit several kinds (基本支出/项目支出 only): the title decides when it can. */
  weak?: boolean;
}

const FUNCTION_CODE = /^2\d{2}(\d{2}){0,2}\b/;
const ECONOMIC_CODE = /^3\d{2}(\d{2})?\b/;
const UNIT_CODE = /^\[?\d{3}(\d{3})?\]?\s/;

const INCOME_LINE = /^(一、|二、|三、|四、|五、|六、|七、|八、|九、)?(收入总计|收入合计|一般公共预算(资金|拨款)?|政府性基金(预算)?(资金)?|财政专户管理资金|事业收入|上年结转(和结余)?(资金)?|其他资金|经营收入)$/;

/** A vertical income list (江苏 收入预算总表): 项目 / 金额 columns, rows named after income sources. */
function incomeList(t: PlainBlockText): boolean {
  const cells = t.header.split('|').filter(Boolean);
  if (cells.length === 0 || !cells.every((c) => /^(项目(名称)?|金额|预算数|决算数|合计)$/.test(c))) return false;
  const lines = t.body.split('|').filter((x) => INCOME_LINE.test(x)).length;
  // a project code in the body means a project table; the lookbehind keeps the search linear on long digit runs
  return lines >= 3 && !/(?<!\d)\d{2,}[A-Z]\d{6}/.test(t.body);
}

/** The kind the header and body say, or null. Order matters: specific before general. */
export function plainKindFromContent(t: PlainBlockText): Decision | null {
  const h = t.header;
  // the header and the body as one text (`${header}|${body}`): no word holds '|', so a word is in
  // it when it is in either — asked of each without copying the body into a new text
  const all = { header: t.header, body: t.body };
  // 202 is both a 类 code and a 部门 code: a function row's name ends in 支出 or its code has 5/7 digits
  let functionRows = 0;
  let unitRows = 0;
  let economicRows = 0;
  for (const l of t.labels) {
    // every code starts with a digit (or "[" for a unit code): a label that does not is none of them
    const first = l.charCodeAt(0);
    if (!((first >= 48 && first <= 57) || first === 91)) continue;
    if (FUNCTION_CODE.test(l) && (/^\d{5}/.test(l) || /支出$/.test(l))) functionRows++;
    if (UNIT_CODE.test(l) && !/支出$/.test(l)) unitRows++;
    if (ECONOMIC_CODE.test(l)) economicRows++;
  }
  const threePublic = hasAny(h, ['因公出国']) && hasAny(h, ['公务接待']);
  // a 项目支出绩效目标表 (项目申报表) whose 明细测算 lists 30212 因公出国（境）费用 and 30217 公务接待费
  // is not a “三公” list: its 项目名称 / 项目负责人 / 绩效指标 decide before words of the body
  const projectForm = hasAny(all, ['项目名称']) && hasAny(all, ['绩效目标', '绩效指标', '一级指标', '自评', '项目负责人', '项目属性']);
  const threePublicList = !projectForm && !hasAny(h, ['经济分类', '科目编码']) && economicRows === 0 && hasAny(t.body, ['因公出国']) && hasAny(t.body, ['公务接待']);
  if (threePublic || threePublicList) return { kind: 'three-public', evidence: '表头（或行）有“因公出国（境）费”“公务接待费”' };
  if (hasAny(h, ['采购品目']) || (hasAny(h, ['采购数量', '采购金额']) && /采购/.test(h))) return { kind: 'procurement', evidence: '表头有“采购品目/采购金额/采购数量”' };
  if (hasAny(h, ['购买服务内容', '指导目录', '购买金额'])) return { kind: 'purchase-services', evidence: '表头有“政府购买服务内容/购买金额/指导目录”' };
  if (hasAny(h, ['资产名称', '资产分类']) && hasAny(h, ['资产数量', '资产申请数量', '资产编制数', '配置'])) return { kind: 'asset-allocation', evidence: '表头有“资产名称/资产数量”' };
  if (hasAny(all, ['部门职能', '整体绩效', '整体支出']) || (hasAll(all, ['收入构成', '支出构成']))) return { kind: 'dept-performance', evidence: '内容有“部门职能/整体绩效/收入构成、支出构成”' };
  if (projectForm) {
    return { kind: 'project-performance', evidence: '内容有“项目名称”与“绩效目标/绩效指标”' };
  }
  // the header's cells, split only for the tables that get this far (a form's "header" is most of its rows)
  const cells = h.split('|');
  const itemCells = cells.filter((c) => c === '项目' || /^项目\(/.test(c)).length;
  const amountCells = cells.filter((c) => /^(本年)?(预算数|决算数|金额)$/.test(c)).length;
  const twoSided = (cells.includes('收入') && cells.includes('支出')) || (itemCells >= 2 && amountCells >= 2);
  if (twoSided) {
    const fiscalOnly = !hasAny(all, ['事业收入', '上级补助收入', '附属单位上缴', '其他收入', '其他自有资金', '财政专户管理资金', '其他资金']) && hasAny(all, ['一般公共预算', '财政拨款']);
    const byFund = hasAny(h, ['政府性基金预算财政拨款', '国有资本经营预算财政拨款']);
    if (fiscalOnly || byFund) return { kind: 'fiscal-summary', evidence: '收入、支出两栏，收入只有财政拨款各项' };
    return { kind: 'income-expense-summary', evidence: '收入、支出两栏，收入含事业收入等各项' };
  }
  if (hasAny(h, ['国有资本经营预算支出', '国有资本经营预算财政拨款支出'])) return { kind: 'state-capital', evidence: '表头有“国有资本经营预算支出”' };
  if (hasAny(h, ['政府性基金预算支出', '政府性基金预算财政拨款']) || (hasAny(h, ['本年收入', '年初结转和结余']) && hasAny(t.title, ['政府性基金']))) {
    return { kind: 'gov-fund', evidence: '表头有“政府性基金预算支出”' };
  }
  if (hasAny(h, ['机关运行经费']) || (hasAny(t.title, ['机关运行经费']) && economicRows >= 1)) {
    return { kind: 'operation-expenditure', evidence: '表头（或标题）为“机关运行经费”，按经济科目列示' };
  }
  if (incomeList(t)) return { kind: 'income-summary', evidence: '“项目—金额”两列，各行为收入来源（收入总计、一般公共预算、上年结转……）' };
  if (hasAny(h, ['经济分类', '经济科目']) || (economicRows >= 2 && functionRows === 0)) {
    if (hasAny(all, ['人员经费', '公用经费']) || /决算数\|.*决算数/.test(h)) return { kind: 'basic-expenditure', evidence: '按经济分类科目，列人员经费/公用经费' };
    if (economicRows >= 2 && functionRows === 0 && !hasAny(h, ['项目支出'])) return { kind: 'basic-expenditure', evidence: '各行为经济分类科目', weak: true };
  }
  if (hasAny(h, ['项目编码', '项目名称']) && !hasAny(h, ['采购'])) return { kind: 'project-expenditure', evidence: '表头有“项目编码/项目名称”' };
  if (hasAll(h, ['工资福利支出', '商品和服务支出']) && functionRows > 0) {
    return { kind: 'general-budget-expenditure', evidence: '功能科目各行按经济分类列示', weak: true };
  }
  // one amount per 功能科目 row: 一般公共预算 / 财政拨款 / 政府性基金 tables look alike — the title decides
  if (functionRows > 0 && !hasAny(h, ['基本支出', '项目支出', '人员经费', '本年收入', '年初结转']) && cells.some((c) => /^(金额|合计|预算数|决算数)$/.test(c))) {
    return { kind: 'general-budget-expenditure', evidence: '各行为功能分类科目，一列金额', weak: true };
  }
  if (hasAll(h, ['一级指标', '三级指标'])) {
    return { kind: hasAny(t.title, ['整体']) ? 'dept-performance' : 'project-performance', evidence: '表头有“一级指标/二级指标/三级指标”', weak: true };
  }
  if (hasAny(h, ['基本支出']) && hasAny(h, ['项目支出'])) {
    if (hasAny(h, ['事业单位经营支出', '上缴上级支出', '对附属单位补助', '经营支出'])) return { kind: 'expenditure-summary', evidence: '表头有“基本支出/项目支出/上缴上级支出/对附属单位补助支出”' };
    if (hasAny(h, ['人员经费', '公用经费'])) {
      if (functionRows === 0 && unitRows > 0) return { kind: 'general-budget-by-unit', evidence: '一般公共预算支出按单位列示' };
      return { kind: 'general-budget-expenditure', evidence: '表头有“基本支出（人员经费、公用经费）/项目支出”' };
    }
    if (hasAny(h, ['工资福利', '商品和服务'])) return { kind: 'general-budget-expenditure', evidence: '基本支出按经济分类列示', weak: true };
    return { kind: 'expenditure-summary', evidence: '表头有“基本支出/项目支出”', weak: true };
  }
  if (hasAny(h, ['本年收入', '财政拨款收入', '财政拨款(补助)', '经费拨款']) && hasAny(h, ['事业收入', '上年结转', '其他收入', '上级补助收入', '其他自有资金'])) {
    return { kind: 'income-summary', evidence: '表头有“本年收入/事业收入/上年结转”等收入来源' };
  }
  return null;
}


/** The code rows counted from the labels, as plainKindFromContent counts them. */
export function plainCodeRows(labels: string[]): { functionRows: number; unitRows: number; economicRows: number } {
  let functionRows = 0;
  let unitRows = 0;
  let economicRows = 0;
  for (const l of labels) {
    const first = l.charCodeAt(0);
    if (!((first >= 48 && first <= 57) || first === 91)) continue;
    if (FUNCTION_CODE.test(l) && (/^\d{5}/.test(l) || /支出$/.test(l))) functionRows++;
    if (UNIT_CODE.test(l) && !/支出$/.test(l)) unitRows++;
    if (ECONOMIC_CODE.test(l)) economicRows++;
  }
  return { functionRows, unitRows, economicRows };
}
