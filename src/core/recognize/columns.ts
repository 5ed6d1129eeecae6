/**
 * Column mapping: each column's header path (merged, multi-row headers read top-down)
 * → a semantic key written as a canonical Chinese path ('基本支出.人员经费'). Wording
 * variants of the seeds are folded onto one canonical name; a header that is not
 * understood keeps key null and is reported as unmapped.
 */
import { mergesInRows, type Sheet } from '../workbook';
import { mergeAt, mergeGrid } from './merges';
import type { Block, ColumnInfo, TableKind } from './types';
import { memoText, norm } from './text';

/** Header words → canonical segment ('' drops a container segment); exported for the test of canonicalOf. */
export const SEGMENT: [RegExp, string][] = [
  [/^(功能分类)?科目编码$|^经济分类$|^经济科目(编码)?$|^科目代码$/, '科目编码'],
  // 支出功能分类科目编码, 经济分类科目编码, 功能科目代码 (over split 类/款/项 columns or one code column)
  [/^(支出|部门预算支出)?(功能|经济)(分类)?科目(编码|代码)$/, '科目编码'],
  [/^(经济|功能)?科目名称$/, '科目名称'],
  [/^功能科目编码$/, '科目编码'],
  [/^公务用车购置(费)?$/, '公务用车购置费'],
  [/^部门(\(单位\))?代码$|^单位(代码|编码)$/, '单位代码'],
  [/^部门(\(单位\))?名称$|^单位名称(\(科目\))?$/, '单位名称'],
  [/^(本年一般公共预算基本支出|部门预算支出经济分类科目|本年政府性基金预算支出|本年国有资本经营预算支出|一般公共预算支出)$/, ''],
  // group headers over the amounts of one table: 财政拨款“三公”经费 (上海 09表), 支出用途 / 功能分类 (江苏 收支预算总表)
  [/^(财政拨款)?"三公"经费(支出)?$|^支出用途$|^功能分类$/, ''],
  [/^机关运行经费(支出)?$/, '合计'],
  [/^单位预留机动经费$/, '单位预留机动经费'],
  [/^结转下年(资金)?$/, '结转下年资金'],
  [/^项目(\(.*\))?$/, '项目'],
  [/^(合计|总计|本年支出合计|本年收入合计|“?"?三公"?”?经费合计|"三公"经费合计)$/, '合计'],
  [/^(小计)$/, '小计'],
  [/^(行|行次)$/, '行次'],
  [/^(栏次)$/, '栏次'],
  [/^决算数$/, '决算数'],
  [/^(本年)?预算数$/, '预算数'],
  [/^经营支出$/, '事业单位经营支出'],
  [/^对附属单位补助(支出)?$/, '对附属单位补助支出'],
  [/^因公出国\(境\)费(用)?$/, '因公出国(境)费'],
  [/^公务用车购置及运行(维护)?费$/, '公务用车购置及运行费'],
  [/^公务用车运行(维护)?(费)?$/, '公务用车运行费'],
  // 决算 headers are often cut by the column width: "一般公共预算财政", "政府性基金预算财"
  [/^一般公共预算(财(政(拨(款)?)?)?)?$/, '一般公共预算'],
  [/^政府性基金(预算)?(财(政(拨(款)?)?)?)?$/, '政府性基金预算'],
  [/^国有资本经营预算(财(政(拨(款)?)?)?)?$/, '国有资本经营预算'],
  [/^上年结转(结余)?$/, '上年结转结余'],
  [/^(政府采购品目|采购品目)$/, '采购品目'],
  [/^(支出)?功能(分类)?科目$/, '功能科目'],
  [/^采购金额\(?合计\)?$/, '合计'],
  [/^其中(:)?面向中小企业$/, '其中面向中小企业'],
  [/^其中(:)?面向小微企业$/, '其中面向小微企业'],
  [/^政府购买服务指导目录$/, '指导目录'],
  [/^(总金额|金额)$/, '金额'],
  // 江苏 政府采购: 采购品目大类 | 专项名称 | 经济科目 | 采购物品名称 | 采购组织形式 | 总计
  [/^采购品目大类$/, '采购品目大类'],
  [/^专项名称$/, '专项名称'],
  [/^采购物品名称$/, '采购物品名称'],
  [/^采购组织形式$/, '采购组织形式'],
];

/** Descriptive columns of detail tables (采购, 购买服务, 资产配置): read as labels, not values. */
export const DESCRIPTIVE_KEYS = new Set([
  '采购品目',
  '规格要求',
  '计量单位',
  '资金来源',
  '资金性质',
  '功能科目',
  '部门支出经济分类',
  '项目类别',
  '是否政府采购',
  '是否包含政府采购',
  '政府购买服务内容',
  '购买服务内容编码',
  '承接主体',
  '指导目录.一级目录',
  '指导目录.二级目录',
  '指导目录.三级目录',
  '资产分类',
  '资产名称',
  '资产大类',
  '配置分类标准名称',
  '采购时间',
  '采购品目大类',
  '专项名称',
  '采购物品名称',
  '采购组织形式',
  '财政审核数.部门支出经济分类',
  '财政审核数.资金来源',
  '财政审核数.资金性质',
  '单位',
]);

/** Counts, not money: never scaled from 元 to 万元. */
export const QUANTITY_KEYS = new Set(['采购数量', '购买数量', '资产数量', '资产编制数', '资产申请数量', '财政审核数.数量', '数量']);

/**
 * SEGMENT as one pattern: each of its patterns a group, in order. Every branch of every pattern is
 * anchored at the start (^), so the only match can be at position 0, where an alternation tries
 * its branches in order: the first group that matched is the first pattern that matches, as the
 * loop over SEGMENT found it (one search per distinct segment instead of up to 45).
 */
const SEGMENT_ALL = new RegExp(SEGMENT.map(([re]) => `(${re.source})`).join('|'));

/** The group of SEGMENT_ALL that is SEGMENT[i]'s pattern (after the groups of those before it). */
const SEGMENT_GROUP: number[] = [];
for (let i = 0, g = 1; i < SEGMENT.length; i++) {
  if (SEGMENT[i][0].flags !== '') throw new Error('SEGMENT: patterns without flags (they are joined into one)');
  // a back-reference (\1 or \k<name>) would name another group once the patterns are joined
  if (/\\[1-9]|\\k</.test(SEGMENT[i][0].source)) throw new Error('SEGMENT: patterns without back-references (they are joined into one)');
  SEGMENT_GROUP.push(g);
  // the pattern's own groups: those of a match of the pattern or nothing, on ''
  g += 1 + (new RegExp(`${SEGMENT[i][0].source}|`).exec('') as RegExpExecArray).length - 1;
}

/** canonical(), remembered per distinct header text. */
const canonical = memoText(canonicalOf);

/** A header segment's canonical name (exported for the test that holds it to SEGMENT in order). */
export function canonicalOf(segment: string): string {
  // a unit written in the header ("单价(万元)") is not part of the name
  const t = norm(segment).replace(/\((万元|元)\)$/, '').replace(/微小企业/, '小微企业');
  const m = SEGMENT_ALL.exec(t);
  if (m) for (let i = 0; i < SEGMENT.length; i++) if (m[SEGMENT_GROUP[i]] !== undefined) return SEGMENT[i][1];
  return t;
}

/** Keys of label columns: codes, names, numbering. */
export const LABEL_KEYS = new Set(['科目编码', '科目名称', '单位代码', '单位名称', '项目', '项目编码', '项目名称', '项目单位', '行次', '栏次', '科目编码.类', '科目编码.款', '科目编码.项', '序号']);

/** Keys of amount columns that later rules rely on. A path not listed here stays unmapped. */
const KNOWN_AMOUNT_KEYS = new Set([
  '合计',
  '基本支出',
  '基本支出.小计',
  '基本支出.人员经费',
  '基本支出.公用经费',
  '人员经费',
  '公用经费',
  '项目支出',
  '事业单位经营支出',
  '上缴上级支出',
  '对附属单位补助支出',
  '预算数',
  '决算数',
  '决算数.小计',
  '决算数.一般公共预算',
  '决算数.政府性基金预算',
  '决算数.国有资本经营预算',
  '本年收入.小计',
  '本年收入.一般公共预算',
  '本年收入.政府性基金预算',
  '本年收入.国有资本经营预算',
  '本年收入.财政专户管理资金',
  '本年收入.事业收入',
  '本年收入.事业单位经营收入',
  '本年收入.上级补助收入',
  '本年收入.附属单位上缴收入',
  '本年收入.其他收入',
  '上年结转结余.小计',
  '上年结转结余.一般公共预算',
  '上年结转结余.政府性基金预算',
  '上年结转结余.国有资本经营预算',
  '上年结转结余.财政专户管理资金',
  '上年结转结余.单位资金',
  '财政拨款收入',
  '上级补助收入',
  '事业收入',
  '经营收入',
  '附属单位上缴收入',
  '其他收入',
  '年初结转和结余',
  '本年收入',
  '本年支出.小计',
  '本年支出.基本支出',
  '本年支出.项目支出',
  '年末结转和结余',
  '因公出国(境)费',
  '公务用车购置及运行费',
  '公务用车购置及运行费.小计',
  '公务用车购置及运行费.公务用车购置费',
  '公务用车购置及运行费.公务用车运行费',
  '公务接待费',
  '本年拨款.一般公共预算',
  '本年拨款.政府性基金预算',
  '本年拨款.国有资本经营预算',
  '财政拨款结转结余.一般公共预算',
  '财政拨款结转结余.政府性基金预算',
  '财政拨款结转结余.国有资本经营预算',
  '财政专户管理资金',
  '单位资金',
  '单价',
  '采购金额.合计',
  '采购金额.其中面向中小企业',
  '采购金额.其中面向小微企业',
  '其中面向中小企业',
  '其中面向小微企业',
  '购买金额',
  '金额',
  '单位预留机动经费',
  '结转下年资金',
  '会议费',
  '培训费',
  '总计',
  '财政审核数.单价',
  '财政审核数.金额',
  ...QUANTITY_KEYS,
]);

/** 经济分类 类 names used as column headers (S001 一般公共预算支出表（功能分类项级）). */
const ECONOMIC_CLASS = /^(工资福利(性)?支出|商品和服务支出|对个人和家庭(的)?补助(支出)?|债务利息(及费用)?支出|资本性支出(\(基本建设\))?|一般资本性支出|对企业补助(\(基本建设\))?|对社会保障基金补助|其他支出|政府经济分类支出)$/;

/** keyFor(), remembered per distinct header path (segments joined by a character no header holds). */
const keyOfPath = memoText((joined: string) => keyForPath(joined.split('\u0000')));

/** The key of a header path (exported for its test; remembered per distinct path). */
export function keyFor(path: string[]): string | null {
  // (a header holding that character is worked out afresh: its joined form would be ambiguous)
  return path.some((p) => p.includes('\u0000')) ? keyForPath(path) : keyOfPath(path.join('\u0000'));
}

function keyForPath(path: string[]): string | null {
  let segs = path.map(canonical).filter((s) => s !== '');
  // 上海 09表 prints 预算数 / 决算数 under each item: 合计 › 预算数 → 预算数.合计
  if (segs.length >= 2 && /^(预算数|决算数)$/.test(segs[segs.length - 1])) segs = [segs[segs.length - 1], ...segs.slice(0, -1)];
  // numbering labels and the 项目 container above 科目编码/科目名称 are not part of the key
  if (segs.length > 1) segs = segs.filter((s) => !['栏次', '行次'].includes(s));
  if (segs.length > 1) segs = segs.filter((s, i) => !(s === '项目' && i < segs.length - 1));
  if (segs.length === 1 && segs[0] === '小计') return '合计';
  // 基本支出 without sub-columns is its own subtotal
  let key = segs.join('.');
  if (/^本年支出\.(小计|合计|基本支出|项目支出)$/.test(key)) return key;
  key = key.replace(/^基本支出\.小计$/, '基本支出.小计');
  if (LABEL_KEYS.has(key) || DESCRIPTIVE_KEYS.has(key)) return key;
  if (key === '采购金额.合计') return '合计';
  if (/^科目编码\.(类|款|项)$/.test(key)) return key;
  if (KNOWN_AMOUNT_KEYS.has(key)) return key;
  // breakdowns of a known group (older templates: 基本支出 by 经济分类 类, 项目支出 by 部门/公共项目,
  // 资金来源 of a project or a purchase): the column is a part of that group
  if (/^(基本支出|项目支出|资金来源|本年收入|上年结转结余|财政拨款结转结余|本年拨款)\.[^.]/.test(key) && !/\.(单价|数量)$/.test(key)) return key;
  if (ECONOMIC_CLASS.test(key)) return `经济分类.${key}`;
  // 三公 决算: 预算数.X / 决算数.X
  const inner = key.replace(/^(预算数|决算数)\./, '');
  if (inner !== key && KNOWN_AMOUNT_KEYS.has(inner)) return key;
  return null;
}

/**
 * The header texts of a block, indexed once so that every scan is bounded by the cells and
 * merges that exist (a stray cell far below or to the right must not make it quadratic).
 * `columns`: the block's columns that hold a cell in any of its rows or lie under a merged
 * header cell, in order; `texts`: per header row with any text, the header text by column.
 */
interface HeaderIndex {
  columns: number[];
  /** Per header row with any text: the header text by column (text[col], undefined where none). */
  rows: { r: number; text: (string | undefined)[] }[];
  /** The last header row in which a column has text (lastRow[col], undefined where none). */
  lastRow: (number | undefined)[];
}

function indexHeader(sheet: Sheet, block: Block): HeaderIndex {
  const { left, right, top, bottom } = block.range;
  // which columns of the block hold a cell: a flag per column, and no more looking once all do
  const width = right - left + 1;
  const filled = new Uint8Array(Math.max(0, width));
  let count = 0;
  for (let r = top; r <= bottom && count < width; r++) {
    const row = sheet.rows[r - 1];
    if (!row) continue;
    for (let c = left, end = Math.min(right, row.length); c <= end; c++) {
      if (row[c - 1] && !filled[c - left]) {
        filled[c - left] = 1;
        count++;
      }
    }
  }
  const rows: HeaderIndex['rows'] = [];
  const lastRow: HeaderIndex['lastRow'] = [];
  if (!block.header) return { columns: flagged(filled, left), rows, lastRow };
  const [h0, h1] = block.header;
  // the header rows that can hold text: those with a cell, and those under a merged cell
  const candidates = new Uint8Array(Math.max(0, h1 - h0 + 1));
  for (let r = h0; r <= h1; r++) if (sheet.rows[r - 1]?.length) candidates[r - h0] = 1;
  // columns under a merged header cell are occupied too (flags read in order: no sort)
  flagMerged(sheet, block, filled, candidates);
  const cols = flagged(filled, left);
  for (let r = h0; r <= h1; r++) {
    if (!candidates[r - h0]) continue;
    const text: (string | undefined)[] = [];
    let any = false;
    for (const c of cols) {
      const t = headerCellText(sheet, r, c);
      if (t) {
        text[c] = t;
        lastRow[c] = r;
        any = true;
      }
    }
    if (any) rows.push({ r, text });
  }
  return { columns: cols, rows, lastRow };
}

/**
 * Flag the columns (filled[c - left]) and header rows (candidates[r - h0]) of the block's header
 * area, rows h0…h1 by columns left…right, that a merged range covers. Read from the sheet's grid
 * of merged cells: a merge that touches the header rows and the block's columns covers a cell of
 * that area in each row and column it is flagged for, and only those (the list of such merges,
 * clipped to the area, flags the same; it is walked when the sheet has no grid).
 */
function flagMerged(sheet: Sheet, block: Block, filled: Uint8Array, candidates: Uint8Array): void {
  const { left, right } = block.range;
  const [h0, h1] = block.header as [number, number];
  const grid = mergeGrid(sheet);
  if (grid === undefined) return;
  if (grid === null) {
    const merges = mergesInRows(sheet, h0, h1).filter((m) => m.right >= left && m.left <= right);
    for (const m of merges) for (let c = Math.max(left, m.left); c <= Math.min(right, m.right); c++) filled[c - left] = 1;
    for (const m of merges) for (let r = Math.max(h0, m.top); r <= Math.min(h1, m.bottom); r++) candidates[r - h0] = 1;
    return;
  }
  for (let r = h0; r <= h1; r++) {
    const row = grid[r];
    if (!row) continue;
    for (let c = left, end = Math.min(right, row.length - 1); c <= end; c++) {
      if (row[c] === undefined) continue;
      filled[c - left] = 1;
      candidates[r - h0] = 1;
    }
  }
}

/** The columns whose flag is set, in order (flags[i] stands for column left + i). */
function flagged(flags: Uint8Array, left: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < flags.length; i++) if (flags[i]) out.push(left + i);
  return out;
}

/** A header text that is no name: digits only (栏次 numbers) or asterisks. */
const NO_NAME = /^\d+$|^[*＊]+$/;

function headerCellText(sheet: Sheet, r: number, col: number): string {
  const m = mergeAt(sheet, r, col);
  const cell = m ? sheet.rows[m.top - 1]?.[m.left - 1] : sheet.rows[r - 1]?.[col - 1];
  if (!cell || cell.type !== 'string') return '';
  const text = cell.text.trim();
  // (NO_NAME starts with a digit or an asterisk: a text that does not is asked no further)
  const ch = text.charCodeAt(0);
  return ((ch >= 48 && ch <= 57) || ch === 42 || ch === 0xff0a) && NO_NAME.test(text) ? '' : text;
}

/**
 * Header paths of the columns (top-down header texts). A group header that is not merged
 * (text in its first cell only) still covers the columns to its right that have
 * sub-headers below and nothing above.
 */
function headerPaths(block: Block, index: HeaderIndex): string[][] {
  const paths = index.columns.map((): string[] => []);
  if (!block.header) return paths;
  const last = block.header[1];
  const hasBelow = (c: number, r: number) => (index.lastRow[c] ?? 0) > r;
  for (const { r, text } of index.rows) {
    // the nearest column to the left with text in this row, while sweeping left to right
    let leftText: number | null = null;
    for (let i = 0; i < index.columns.length; i++) {
      const col = index.columns[i];
      const own = text[col];
      let t = own ?? '';
      if (!t && r < last && hasBelow(col, r) && leftText !== null) t = hasBelow(leftText, r) ? (text[leftText] ?? '') : '';
      if (own !== undefined) leftText = col;
      const out = paths[i];
      if (t && out[out.length - 1] !== t) out.push(t);
    }
  }
  return paths;
}

/** The block's columns and their header paths (exported for its test against the plain index). */
export function headerColumns(sheet: Sheet, block: Block): { columns: number[]; paths: string[][] } {
  const index = indexHeader(sheet, block);
  return { columns: index.columns, paths: headerPaths(block, index) };
}

/** Split two-sided summary tables into 收入 and 支出 halves. */
function sides(paths: string[][]): ('income' | 'expense' | undefined)[] {
  const byGroup = paths.map((p) => (p.some((s) => norm(s) === '收入') ? 'income' : p.some((s) => norm(s) === '支出') ? 'expense' : undefined));
  if (byGroup.some((s) => s)) return byGroup;
  const secondItem = paths.findIndex((p, i) => i > 0 && p.length > 0 && norm(p[p.length - 1]) === '项目');
  return paths.map((_, i) => (secondItem < 0 ? undefined : i < secondItem ? 'income' : 'expense'));
}

const TWO_SIDED: TableKind[] = ['income-expense-summary', 'fiscal-summary'];
/** (Patterns and words asked per header segment are module constants: a literal allocates each time it is evaluated.) */
const FLOW_GROUP = /^(本年收入|年初结转和结余)$/;
const isFlowGroup = (s: string): boolean => FLOW_GROUP.test(norm(s));
const isSideWord = (s: string): boolean => {
  const n = norm(s);
  return n === '收入' || n === '支出';
};

export function mapColumns(sheet: Sheet, block: Block, kind: TableKind): ColumnInfo[] {
  const index = indexHeader(sheet, block);
  const cols = index.columns;
  const paths = headerPaths(block, index);
  const side = TWO_SIDED.includes(kind) ? sides(paths) : cols.map(() => undefined);
  // 本年支出{小计, 基本支出, 项目支出} is the whole table unless 本年收入 / 结转 columns stand beside it (公开07表);
  // asked only of a table with a 本年支出 key, once (null: not asked yet)
  let flowTable: boolean | null = null;
  const out = cols.map((col, i): ColumnInfo => {
    // (a column on no side keeps every segment: asked first, it spares normalising them)
    // (a path with nothing to drop is kept as it is: headerPaths built it for this call)
    const path = side[i] && paths[i].some(isSideWord) ? paths[i].filter((s) => !isSideWord(s)) : paths[i];
    let key = path.length ? keyFor(path) : null;
    // in the two-sided 决算 summaries the amount column is headed 金额 (栏次 1, 2)
    if (key === '金额' && side[i]) key = '决算数';
    if (key && key.startsWith('本年支出.') && !(flowTable ??= paths.some((p) => p.some(isFlowGroup)))) {
      const inner = key.slice('本年支出.'.length);
      key = inner === '小计' || inner === '合计' ? '合计' : inner;
    }
    const info: ColumnInfo = { col, path, key };
    if (side[i]) info.side = side[i];
    return info;
  });
  return kindSpecific(out, kind);
}

const FUND_COLUMN = /^(一般公共预算|政府性基金预算|国有资本经营预算)$/;
/** Tables of one amount per 科目 row: the amount column is the table's 合计 whatever its header says. */
const SINGLE_AMOUNT_KINDS: TableKind[] = ['fiscal-expenditure', 'fiscal-basic-expenditure', 'general-budget-expenditure', 'basic-expenditure', 'gov-fund', 'state-capital', 'operation-expenditure'];

/** Meanings that depend on the table: which 合计 is which, unlabelled fund columns. */
function kindSpecific(columns: ColumnInfo[], kind: TableKind): ColumnInfo[] {
  const inThreePublicGroup = (c: ColumnInfo) => c.path.some((p) => /^(财政拨款)?"三公"经费(支出)?$/.test(norm(p)));
  if (kind === 'three-public' && columns.some((c) => c.key === '会议费' || c.key === '培训费')) {
    // 江苏: 合计 = “三公”经费{小计, …} + 会议费 + 培训费 — the 三公 小计 is the 三公 合计
    return columns.map((c) => (c.key === '合计' ? { ...c, key: inThreePublicGroup(c) ? '合计' : '总计' } : c));
  }
  if (kind === 'fiscal-summary') {
    // 上海 04表: 支出 合计 | 一般公共预算财政拨款 | 政府性基金… with no 决算数 group above them
    const funds = columns.filter((c) => c.side === 'expense' && c.key === null && c.path.length === 1 && FUND_COLUMN.test(canonical(c.path[0])));
    if (funds.length) {
      return columns.map((c) =>
        funds.includes(c) ? { ...c, key: `决算数.${canonical(c.path[0])}` } : c.side === 'expense' && c.key === '合计' ? { ...c, key: '决算数.小计' } : c,
      );
    }
  }
  if (kind === 'procurement') {
    // the 经济科目 of a purchase is a description ("办公设备购置"), not the row's code
    return columns.map((c) => (c.key === '科目编码' ? { ...c, key: '部门支出经济分类' } : c));
  }
  if (SINGLE_AMOUNT_KINDS.includes(kind)) {
    const values = columns.filter((c) => c.key && !LABEL_KEYS.has(c.key) && !DESCRIPTIVE_KEYS.has(c.key));
    if (values.length === 1 && values[0].key === '金额') return columns.map((c) => (c === values[0] ? { ...c, key: '合计' } : c));
  }
  return columns;
}
