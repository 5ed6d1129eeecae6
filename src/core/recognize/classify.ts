/**
 * Classifier: which standard table a block is. Decided from the header and body content
 * first, the title second; the sheet name is only used to notice a disagreement.
 */
import type { Sheet } from '../workbook';
import type { Block, TableKind } from './types';
import { CLASSIFIED_BODY_ROWS, cellFacts, factsStart, type BlockRow, type BlockRows, type CellFacts } from './blocks';
import { isBlank, memoText, norm } from './text';

/** Every word the classifier asks a header or a body about (a title is asked as a text); exported for the test of its masks. */
export const WORDS = [
  '因公出国',
  '公务接待',
  '项目名称',
  '绩效目标',
  '绩效指标',
  '一级指标',
  '自评',
  '项目负责人',
  '项目属性',
  '经济分类',
  '科目编码',
  '采购品目',
  '采购数量',
  '采购金额',
  '购买服务内容',
  '指导目录',
  '购买金额',
  '资产名称',
  '资产分类',
  '资产数量',
  '资产申请数量',
  '资产编制数',
  '配置',
  '部门职能',
  '整体绩效',
  '整体支出',
  '收入构成',
  '支出构成',
  '事业收入',
  '上级补助收入',
  '附属单位上缴',
  '其他收入',
  '其他自有资金',
  '财政专户管理资金',
  '其他资金',
  '一般公共预算',
  '财政拨款',
  '政府性基金预算财政拨款',
  '国有资本经营预算财政拨款',
  '国有资本经营预算支出',
  '国有资本经营预算财政拨款支出',
  '政府性基金预算支出',
  '本年收入',
  '年初结转和结余',
  '机关运行经费',
  '经济科目',
  '人员经费',
  '公用经费',
  '项目支出',
  '项目编码',
  '采购',
  '工资福利支出',
  '商品和服务支出',
  '基本支出',
  '年初结转',
  '三级指标',
  '事业单位经营支出',
  '上缴上级支出',
  '对附属单位补助',
  '经营支出',
  '工资福利',
  '商品和服务',
  '财政拨款收入',
  '财政拨款(补助)',
  '经费拨款',
  '上年结转',
];
const WORD_INDEX = new Map(WORDS.map((w, i) => [w, i]));
if (WORDS.length > 96 || WORDS.some((w) => w.includes('|'))) throw new Error('WORDS: at most 96 words (three masks of 32 bits), none holding "|"');

/** ''.split('|'): the cells of no texts. */
const NO_CELLS: readonly string[] = Object.freeze(['']);

/** A set of WORDS as three 32-bit masks (word i: bit i % 32 of mask i >> 5). */
interface WordMask {
  m0: number;
  m1: number;
  m2: number;
}

/** The indices of the WORDS that start with a code unit, by that code unit (made once per process). */
const WORDS_BY_FIRST = new Map<number, number[]>();
/** 1 for a code unit some word starts with (most characters of a text start none: no map look-up). */
const IS_FIRST = new Uint8Array(0x10000);
for (let i = 0; i < WORDS.length; i++) {
  const first = WORDS[i].charCodeAt(0);
  IS_FIRST[first] = 1;
  const list = WORDS_BY_FIRST.get(first);
  if (list) list.push(i);
  else WORDS_BY_FIRST.set(first, [i]);
}

/**
 * The WORDS a cell's text holds: worked out once per distinct text, kept in its facts. A word is in
 * the text exactly when it starts at one of its positions: each position asks only the words that
 * start with its code unit (a first check asks this of every distinct text: not 68 searches each).
 */
function wordsOf(f: CellFacts): WordMask {
  if (f.words) return f.words;
  const n = f.n;
  let m0 = 0;
  let m1 = 0;
  let m2 = 0;
  for (let p = 0; p < n.length; p++) {
    const code = n.charCodeAt(p);
    if (IS_FIRST[code] === 0) continue;
    const list = WORDS_BY_FIRST.get(code) as number[];
    for (let k = 0; k < list.length; k++) {
      const i = list[k];
      if (!n.startsWith(WORDS[i], p)) continue;
      if (i < 32) m0 |= 1 << i;
      else if (i < 64) m1 |= 1 << (i & 31);
      else m2 |= 1 << (i & 31);
    }
  }
  return (f.words = { m0, m1, m2 });
}

/**
 * The normalised texts of some cells, asked as their join by '|' would be. A word holds no '|', so
 * it is in the joined text exactly when it is in one of the cells: the words of WORDS each cell
 * holds are known from its text (remembered), and no joined text is built or searched for them.
 */
export class CellTexts implements WordMask {
  readonly texts: string[] = [];
  m0 = 0;
  m1 = 0;
  m2 = 0;
  private join: string | null = null;

  /** Add a cell by its raw text (not blank); gives its normalised text. */
  add(text: string): string {
    return this.addFacts(cellFacts(text));
  }

  /** Add a cell by its text's facts; gives its normalised text. */
  addFacts(f: CellFacts): string {
    const w = wordsOf(f);
    this.texts.push(f.n);
    this.join = null;
    this.m0 |= w.m0;
    this.m1 |= w.m1;
    this.m2 |= w.m2;
    return f.n;
  }

  /** The texts joined by '|'. */
  get joined(): string {
    return (this.join ??= this.texts.join('|'));
  }

  /**
   * = joined.split('|'): the texts themselves when none holds a '|' (no joined text built and split
   * again); read only, never changed.
   */
  get cells(): readonly string[] {
    if (this.texts.length === 0) return NO_CELLS;
    for (const t of this.texts) if (t.includes('|')) return this.joined.split('|');
    return this.texts;
  }

  /** = joined.includes(word) (a word of WORDS holds no '|'). */
  has(word: string): boolean {
    const i = WORD_INDEX.get(word);
    if (i === undefined) return this.joined.includes(word);
    const m = i < 32 ? this.m0 : i < 64 ? this.m1 : this.m2;
    return (m & (1 << (i & 31))) !== 0;
  }

  hasAny(words: string[]): boolean {
    return words.some((w) => this.has(w));
  }

  hasAll(words: string[]): boolean {
    return words.every((w) => this.has(w));
  }
}

export interface BlockText {
  title: string;
  header: CellTexts;
  body: CellTexts;
  /** How many body rows are labelled by a code of each kind (see CodeRows). */
  codes: CodeRows;
}

/**
 * Body rows labelled by a 功能 (function), 单位 (unit) or 经济 (economic) code. A row's label is its
 * first two texts joined by a space ("2080505 机关事业单位…"); the classifier's patterns
 * (FUNCTION_CODE, UNIT_CODE, ECONOMIC_CODE, /支出$/) are read from the first text, which holds no
 * white space (normalised), and from which text ends the label — no label is built.
 */
export interface CodeRows {
  functionRows: number;
  unitRows: number;
  economicRows: number;
}

const FUNCTION_CODE = /^2\d{2}(\d{2}){0,2}\b/;
const ECONOMIC_CODE = /^3\d{2}(\d{2})?\b/;
/** UNIT_CODE (/^\[?\d{3}(\d{3})?\]?\s/) on a first text followed by " ": the whole text is the code (it holds no space). */
const UNIT_CODE_WHOLE = /^\[?\d{3}(\d{3})?\]?$/;
const FIVE_DIGITS = /^\d{5}/;

/** What a first text says of its label (codeBits): its code is a 功能 code of 5 or 7 digits, … */
const FN = 1;
/** … a 功能 code of any length (a 类 code too), … */
const FN_OR_END = 2;
/** … the whole text a 单位 code, … */
const UNIT = 4;
/** … an 经济 code. */
const ECONOMIC = 8;

/**
 * What a row's first text says of its label, as bits, kept in the text's facts the first time it is
 * asked (a pure function of f.n, like its words). FUNCTION_CODE, ECONOMIC_CODE and /^\d{5}/ look no
 * further than the text's leading digits and the boundary after them, the same whether a space and
 * a second text follow or not.
 */
function codeBits(f: CellFacts): number {
  if (f.code >= 0) return f.code;
  const first = f.n;
  const fn = FUNCTION_CODE.test(first);
  return (f.code = (fn && FIVE_DIGITS.test(first) ? FN : 0) | (fn ? FN_OR_END : 0) | (UNIT_CODE_WHOLE.test(first) ? UNIT : 0) | (ECONOMIC_CODE.test(first) ? ECONOMIC : 0));
}

/** Count a body row's code in `codes`, from the facts of its first text and its second text (normalised; null when absent). */
function countCode(firstFacts: CellFacts | null, second: string | null, codes: CodeRows): void {
  // every code starts with a digit (or "[" for a unit code): a row whose first text does not has none
  if (firstFacts === null) return;
  const first = firstFacts.n;
  const ch = first.charCodeAt(0);
  if (!((ch >= 48 && ch <= 57) || ch === 91)) return;
  const f = codeBits(firstFacts);
  // the label ends with its second text, or its first when there is no second
  const spending = (second ?? first).endsWith('支出');
  if ((f & FN) !== 0 || ((f & FN_OR_END) !== 0 && spending)) codes.functionRows++;
  // UNIT_CODE needs the white space after the code: the space before a second text
  if (second !== null && (f & UNIT) !== 0 && !spending) codes.unitRows++;
  if ((f & ECONOMIC) !== 0) codes.economicRows++;
}

/** Add the text cells of row r in columns [left, right] to `to`; count the row's code in `codes`. */
function addRow(sheet: Sheet, r: number, left: number, right: number, to: CellTexts, codes: CodeRows | null): void {
  const row = sheet.rows[r - 1];
  if (!row) return;
  let first: CellFacts | null = null;
  let second: string | null = null;
  for (let c = left, end = Math.min(right, row.length), i = 0; c <= end; c++) {
    const cell = row[c - 1];
    if (!cell || cell.type !== 'string' || isBlank(cell.text)) continue;
    const f = cellFacts(cell.text);
    to.addFacts(f);
    if (i === 0) first = f;
    else if (i === 1) second = f.n;
    i++;
  }
  if (codes !== null) countCode(first, second, codes);
}

/** Add the text cells of a row as findBlocks read it (their facts, in order) to `out`; count its code in `codes`. */
function addTexts(info: BlockRow, out: CellTexts, codes: CodeRows | null): void {
  const t0 = factsStart(info);
  const { facts, texts } = info;
  for (let i = 0; i < texts; i++) out.addFacts(facts[t0 + i]);
  if (codes !== null) countCode(texts > 0 ? facts[t0] : null, texts > 1 ? facts[t0 + 1].n : null, codes);
}

/** The texts of a block; `rows`: the rows findBlocks read for it (readBlocks), when it has them. */
export function blockText(sheet: Sheet, b: Block, rows?: BlockRows): BlockText {
  const header = new CellTexts();
  const body = new CellTexts();
  const codes: CodeRows = { functionRows: 0, unitRows: 0, economicRows: 0 };
  const skip = b.skip ? new Set(b.skip) : null;
  const last = b.body ? Math.min(b.body[1], b.body[0] + CLASSIFIED_BODY_ROWS) : 0;
  if (rows) {
    // the rows findBlocks read: their text cells, without scanning the sheet's rows again
    for (let k = rows.from; k < rows.to; k++) {
      const info = rows.rows[k];
      const r = info.r;
      if (b.header && r >= b.header[0] && r <= b.header[1]) addTexts(info, header, null);
      else if (b.body && r >= b.body[0] && r <= last && !skip?.has(r)) addTexts(info, body, codes);
    }
  } else {
    if (b.header) for (let r = b.header[0]; r <= b.header[1]; r++) addRow(sheet, r, b.range.left, b.range.right, header, null);
    if (b.body) for (let r = b.body[0]; r <= last; r++) if (!skip?.has(r)) addRow(sheet, r, b.range.left, b.range.right, body, codes);
  }
  return { title: norm(b.title?.text ?? ''), header, body, codes };
}

/** (Patterns asked per header cell are module constants: a literal allocates a RegExp each time it is evaluated.) */
const ITEM_CELL = /^项目\(/;
const AMOUNT_CELL = /^(本年)?(预算数|决算数|金额)$/;
const ONE_AMOUNT_CELL = /^(金额|合计|预算数|决算数)$/;
const TWO_FINAL_COLUMNS = /决算数\|.*决算数/;

export interface Decision {
  kind: TableKind;
  evidence: string;
  /** The columns fit several kinds (基本支出/项目支出 only): the title decides when it can. */
  weak?: boolean;
}

const INCOME_LINE = /^(一、|二、|三、|四、|五、|六、|七、|八、|九、)?(收入总计|收入合计|一般公共预算(资金|拨款)?|政府性基金(预算)?(资金)?|财政专户管理资金|事业收入|上年结转(和结余)?(资金)?|其他资金|经营收入)$/;

/** A vertical income list (江苏 收入预算总表): 项目 / 金额 columns, rows named after income sources. */
function incomeList(t: BlockText): boolean {
  const cells = t.header.cells.filter(Boolean);
  if (cells.length === 0 || !cells.every((c) => /^(项目(名称)?|金额|预算数|决算数|合计)$/.test(c))) return false;
  const body = t.body.joined;
  const lines = body.split('|').filter((x) => INCOME_LINE.test(x)).length;
  // a project code in the body means a project table; the lookbehind keeps the search linear on long digit runs
  return lines >= 3 && !/(?<!\d)\d{2,}[A-Z]\d{6}/.test(body);
}

/** The kind the header and body say, or null. Order matters: specific before general. */
export function kindFromContent(t: BlockText): Decision | null {
  const h = t.header;
  // the header and the body as one text (`${header}|${body}`): no word holds '|', so a word is in
  // it when it is in either — asked of each without joining them
  const all = {
    hasAny: (words: string[]) => h.hasAny(words) || t.body.hasAny(words),
    hasAll: (words: string[]) => words.every((w) => h.has(w) || t.body.has(w)),
  };
  // 202 is both a 类 code and a 部门 code: a function row's name ends in 支出 or its code has 5/7 digits
  const { functionRows, unitRows, economicRows } = t.codes;
  const threePublic = h.hasAny(['因公出国']) && h.hasAny(['公务接待']);
  // a 项目支出绩效目标表 (项目申报表) whose 明细测算 lists 30212 因公出国（境）费用 and 30217 公务接待费
  // is not a “三公” list: its 项目名称 / 项目负责人 / 绩效指标 decide before words of the body
  const projectForm = all.hasAny(['项目名称']) && all.hasAny(['绩效目标', '绩效指标', '一级指标', '自评', '项目负责人', '项目属性']);
  const threePublicList = !projectForm && !h.hasAny(['经济分类', '科目编码']) && economicRows === 0 && t.body.hasAny(['因公出国']) && t.body.hasAny(['公务接待']);
  if (threePublic || threePublicList) return { kind: 'three-public', evidence: '表头（或行）有“因公出国（境）费”“公务接待费”' };
  if (h.hasAny(['采购品目']) || (h.hasAny(['采购数量', '采购金额']) && h.has('采购'))) return { kind: 'procurement', evidence: '表头有“采购品目/采购金额/采购数量”' };
  if (h.hasAny(['购买服务内容', '指导目录', '购买金额'])) return { kind: 'purchase-services', evidence: '表头有“政府购买服务内容/购买金额/指导目录”' };
  if (h.hasAny(['资产名称', '资产分类']) && h.hasAny(['资产数量', '资产申请数量', '资产编制数', '配置'])) return { kind: 'asset-allocation', evidence: '表头有“资产名称/资产数量”' };
  if (all.hasAny(['部门职能', '整体绩效', '整体支出']) || (all.hasAll(['收入构成', '支出构成']))) return { kind: 'dept-performance', evidence: '内容有“部门职能/整体绩效/收入构成、支出构成”' };
  if (projectForm) {
    return { kind: 'project-performance', evidence: '内容有“项目名称”与“绩效目标/绩效指标”' };
  }
  // the header's cells, asked only for the tables that get this far (a form's "header" is most of its rows)
  const cells = h.cells;
  const itemCells = cells.filter((c) => c === '项目' || ITEM_CELL.test(c)).length;
  const amountCells = cells.filter((c) => AMOUNT_CELL.test(c)).length;
  const twoSided = (cells.includes('收入') && cells.includes('支出')) || (itemCells >= 2 && amountCells >= 2);
  if (twoSided) {
    const fiscalOnly = !all.hasAny(['事业收入', '上级补助收入', '附属单位上缴', '其他收入', '其他自有资金', '财政专户管理资金', '其他资金']) && all.hasAny(['一般公共预算', '财政拨款']);
    const byFund = h.hasAny(['政府性基金预算财政拨款', '国有资本经营预算财政拨款']);
    if (fiscalOnly || byFund) return { kind: 'fiscal-summary', evidence: '收入、支出两栏，收入只有财政拨款各项' };
    return { kind: 'income-expense-summary', evidence: '收入、支出两栏，收入含事业收入等各项' };
  }
  if (h.hasAny(['国有资本经营预算支出', '国有资本经营预算财政拨款支出'])) return { kind: 'state-capital', evidence: '表头有“国有资本经营预算支出”' };
  if (h.hasAny(['政府性基金预算支出', '政府性基金预算财政拨款']) || (h.hasAny(['本年收入', '年初结转和结余']) && t.title.includes('政府性基金'))) {
    return { kind: 'gov-fund', evidence: '表头有“政府性基金预算支出”' };
  }
  if (h.hasAny(['机关运行经费']) || (t.title.includes('机关运行经费') && economicRows >= 1)) {
    return { kind: 'operation-expenditure', evidence: '表头（或标题）为“机关运行经费”，按经济科目列示' };
  }
  if (incomeList(t)) return { kind: 'income-summary', evidence: '“项目—金额”两列，各行为收入来源（收入总计、一般公共预算、上年结转……）' };
  if (h.hasAny(['经济分类', '经济科目']) || (economicRows >= 2 && functionRows === 0)) {
    if (all.hasAny(['人员经费', '公用经费']) || TWO_FINAL_COLUMNS.test(h.joined)) return { kind: 'basic-expenditure', evidence: '按经济分类科目，列人员经费/公用经费' };
    if (economicRows >= 2 && functionRows === 0 && !h.hasAny(['项目支出'])) return { kind: 'basic-expenditure', evidence: '各行为经济分类科目', weak: true };
  }
  if (h.hasAny(['项目编码', '项目名称']) && !h.hasAny(['采购'])) return { kind: 'project-expenditure', evidence: '表头有“项目编码/项目名称”' };
  if (h.hasAll(['工资福利支出', '商品和服务支出']) && functionRows > 0) {
    return { kind: 'general-budget-expenditure', evidence: '功能科目各行按经济分类列示', weak: true };
  }
  // one amount per 功能科目 row: 一般公共预算 / 财政拨款 / 政府性基金 tables look alike — the title decides
  if (functionRows > 0 && !h.hasAny(['基本支出', '项目支出', '人员经费', '本年收入', '年初结转']) && cells.some((c) => ONE_AMOUNT_CELL.test(c))) {
    return { kind: 'general-budget-expenditure', evidence: '各行为功能分类科目，一列金额', weak: true };
  }
  if (h.hasAll(['一级指标', '三级指标'])) {
    return { kind: t.title.includes('整体') ? 'dept-performance' : 'project-performance', evidence: '表头有“一级指标/二级指标/三级指标”', weak: true };
  }
  if (h.hasAny(['基本支出']) && h.hasAny(['项目支出'])) {
    if (h.hasAny(['事业单位经营支出', '上缴上级支出', '对附属单位补助', '经营支出'])) return { kind: 'expenditure-summary', evidence: '表头有“基本支出/项目支出/上缴上级支出/对附属单位补助支出”' };
    if (h.hasAny(['人员经费', '公用经费'])) {
      if (functionRows === 0 && unitRows > 0) return { kind: 'general-budget-by-unit', evidence: '一般公共预算支出按单位列示' };
      return { kind: 'general-budget-expenditure', evidence: '表头有“基本支出（人员经费、公用经费）/项目支出”' };
    }
    if (h.hasAny(['工资福利', '商品和服务'])) return { kind: 'general-budget-expenditure', evidence: '基本支出按经济分类列示', weak: true };
    return { kind: 'expenditure-summary', evidence: '表头有“基本支出/项目支出”', weak: true };
  }
  if (h.hasAny(['本年收入', '财政拨款收入', '财政拨款(补助)', '经费拨款']) && h.hasAny(['事业收入', '上年结转', '其他收入', '上级补助收入', '其他自有资金'])) {
    return { kind: 'income-summary', evidence: '表头有“本年收入/事业收入/上年结转”等收入来源' };
  }
  return null;
}

const TITLE_RULES: [RegExp, TableKind][] = [
  [/三公/, 'three-public'],
  [/整体.*(绩效|自评)/, 'dept-performance'],
  [/(项目.*(绩效|申报))|绩效目标|自评/, 'project-performance'],
  [/政府采购/, 'procurement'],
  [/购买服务/, 'purchase-services'],
  [/资产配置/, 'asset-allocation'],
  [/政府性基金/, 'gov-fund'],
  [/国有资本经营/, 'state-capital'],
  [/财政拨款收(入)?支(出)?/, 'fiscal-summary'],
  [/收支总|收入支出决算总表|收支总体|收支预算总表/, 'income-expense-summary'],
  [/机关运行经费/, 'operation-expenditure'],
  [/^(?!.*一般公共预算).*财政拨款基本支出/, 'fiscal-basic-expenditure'],
  [/基本支出/, 'basic-expenditure'],
  [/一般公共预算.*分单位/, 'general-budget-by-unit'],
  [/一般公共预算.*支出/, 'general-budget-expenditure'],
  [/财政拨款支出/, 'fiscal-expenditure'],
  [/项目支出/, 'project-expenditure'],
  [/收入(预算)?总表|收入决算表/, 'income-summary'],
  [/支出(预算)?总表|支出决算表/, 'expenditure-summary'],
  [/情况说明|公开说明|预算说明|决算说明|^第[一二三四五六七八九十]+部分|重点工作/, 'narrative'],
];

/** The kind a title (or a sheet name) announces, or null; remembered per distinct text. */
export const kindFromTitle: (text: string) => TableKind | null = memoText((text: string): TableKind | null => {
  const t = norm(text);
  for (const [re, kind] of TITLE_RULES) if (re.test(t)) return kind;
  return null;
});
