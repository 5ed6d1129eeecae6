/**
 * Form reader: 整体支出绩效目标表 and 项目支出绩效目标表 / 项目申报表 are label/value forms,
 * not column tables. Everything is found by label text (normalised), wherever it sits; a part
 * the form does not print is left empty or null, never guessed.
 */
import { toA1 } from '../address';
import { parseAmountText, toWanYuan } from '../amount';
import { cellAmount } from './amounts';
import { cellAt, type Cell, type Sheet } from '../workbook';
import { factsStart, filled, type BlockRows, type CellFacts } from './blocks';
import { mergeAt } from './merges';
import { isBlank, isTotalLabel, memoText, norm } from './text';
import type { Block, DeptPerformanceForm, FormDetail, FormLine, FormSource, ProjectPerformanceForm, ValueCell } from './types';

type MoneyUnit = '万元' | '元' | null;

/** The part of a sheet being read. */
interface Area {
  sheet: Sheet;
  top: number;
  bottom: number;
  left: number;
  right: number;
  unit: MoneyUnit;
}

/** A text cell that matches one of PATTERNS, with its normalised text (trailing colon dropped). */
interface Label {
  cell: Cell;
  key: string;
  /** Which of PATTERNS the key matches (bit i: PATTERNS[i]). */
  bits: number;
}

/** A label's key, remembered per distinct text (every text cell of a form is a label). */
const keyOf = memoText((text: string) => norm(text).replace(/:$/, ''));

/** A label's key and the PATTERNS it matches, remembered per distinct text (declared below). */
const labelOf = memoText((text: string): { key: string; bits: number } => {
  const key = keyOf(text);
  return { key, bits: keyBits(key) };
});

/** labelOf(text), from the text's facts (kept in them the first time: keyOf(text) is keyOf of norm(text) = n). */
function labelOfFacts(f: CellFacts): { key: string; bits: number } {
  if (f.label) return f.label;
  const key = f.n.replace(/:$/, '');
  return (f.label = { key, bits: keyBits(key) });
}

/**
 * The labels of an area, in row order: its text cells that match one of PATTERNS. Every question
 * asked of labels is one of PATTERNS (matches, findLabel), so a text that matches none of them is
 * never found: it gets no Label (most texts of a form are values, not labels). `rows`: the rows
 * findBlocks read for the block whose range the area is (their text cells are the area's, in the
 * same order: the range is their extent), read from their facts without a lookup per cell.
 */
function labelsIn(a: Area, rows?: BlockRows): Label[] {
  const out: Label[] = [];
  if (rows) {
    for (let k = rows.from; k < rows.to; k++) {
      const info = rows.rows[k];
      for (let i = info.from, j = factsStart(info); i < info.to; i++) {
        const cell = info.cells[i];
        if (!filled(cell) || cell.type !== 'string') continue;
        const l = labelOfFacts(info.facts[j++]);
        if (l.bits !== 0) out.push({ cell, key: l.key, bits: l.bits });
      }
    }
    return out;
  }
  for (let r = a.top; r <= a.bottom; r++) {
    const row = a.sheet.rows[r - 1] ?? [];
    for (let c = a.left; c <= Math.min(a.right, row.length); c++) {
      const cell = row[c - 1];
      if (cell && cell.type === 'string' && !isBlank(cell.text)) {
        const l = labelOf(cell.text);
        if (l.bits !== 0) out.push({ cell, key: l.key, bits: l.bits });
      }
    }
  }
  return out;
}

/** The bit of one of PATTERNS (the only patterns labels are asked about: labelsIn keeps no other text). */
function bitOf(re: RegExp): number {
  const bit = PATTERN_BIT.get(re);
  if (bit === undefined) throw new Error(`forms: ${re} is not one of PATTERNS`);
  return bit;
}

/** re.test(l.key), read from the label's bits (re is one of PATTERNS). */
function matches(l: Label, re: RegExp): boolean {
  return (l.bits & bitOf(re)) !== 0;
}

/** labels.find((l) => re.test(l.key)), the pattern's bit looked up once (re is one of PATTERNS). */
function findLabel(labels: Label[], re: RegExp): Label | undefined {
  const bit = bitOf(re);
  for (const l of labels) if ((l.bits & bit) !== 0) return l;
  return undefined;
}

function textAt(sheet: Sheet, r: number, c: number): string {
  return cellAt(sheet, r, c)?.text.trim() ?? '';
}

/** Last column covered by a cell (its merge when it is the merge's top-left cell). */
function spanRight(sheet: Sheet, cell: Cell): number {
  const m = mergeAt(sheet, cell.row, cell.col);
  return m && m.top === cell.row && m.left === cell.col ? m.right : cell.col;
}

/** First column right of a label, past its merge and any copies of it (a label centred across). */
function afterLabel(sheet: Sheet, cell: Cell): number {
  const t = cell.text.trim();
  let c = spanRight(sheet, cell) + 1;
  while (c <= sheet.colCount && textAt(sheet, cell.row, c) === t) c++;
  return c;
}

/** The text shown at (r, c): its own, or that of the merge covering it. */
function shownText(sheet: Sheet, r: number, c: number): string {
  const own = textAt(sheet, r, c);
  if (own) return own;
  const m = mergeAt(sheet, r, c);
  return m && (m.top !== r || m.left !== c) ? textAt(sheet, m.top, m.left) : '';
}

/** A label carried down from the row above: merged over it, or repeated (an unmerged export). */
function carried(sheet: Sheet, r: number, c: number): boolean {
  return carriedShown(sheet, r, c, shownText(sheet, r, c));
}

/** carried(sheet, r, c), given t = shownText(sheet, r, c) (not worked out twice). */
function carriedShown(sheet: Sheet, r: number, c: number, t: string): boolean {
  return t !== '' && r > 1 && t === shownText(sheet, r - 1, c);
}

/** Row r goes on with the labels above it: in columns [from, to] each cell is blank or carried down. */
function continues(sheet: Sheet, r: number, from: number, to: number): boolean {
  for (let c = Math.max(1, from); c <= to; c++) {
    const t = shownText(sheet, r, c);
    if (t && !carriedShown(sheet, r, c, t)) return false;
  }
  return true;
}

/** First cell of row r in [from, to] with text of its own (not carried down). */
function firstOwn(sheet: Sheet, r: number, from: number, to: number): Cell | undefined {
  const row = sheet.rows[r - 1] ?? [];
  for (let c = Math.max(1, from); c <= Math.min(to, row.length); c++) {
    const cell = row[c - 1];
    // (a cell with text of its own shows it: its shown text is its trimmed text)
    if (cell && !isBlank(cell.text) && !carriedShown(sheet, r, c, cell.text.trim())) return cell;
  }
  return undefined;
}

/** First non-empty cell of row r in columns [from, to]. */
function firstCell(sheet: Sheet, r: number, from: number, to: number): Cell | undefined {
  const row = sheet.rows[r - 1] ?? [];
  for (let c = Math.max(1, from); c <= Math.min(to, row.length); c++) {
    const cell = row[c - 1];
    if (cell && !isBlank(cell.text)) return cell;
  }
  return undefined;
}

function firstText(sheet: Sheet, r: number, from: number, to: number): Cell | undefined {
  const row = sheet.rows[r - 1] ?? [];
  for (let c = Math.max(1, from); c <= Math.min(to, row.length); c++) {
    const cell = row[c - 1];
    if (cell && cell.type === 'string' && !isBlank(cell.text)) return cell;
  }
  return undefined;
}

/** The amount at (r, c), in 万元 unless a percentage. */
function valueAt(a: Area, r: number, c: number, percent = false): ValueCell {
  const amount = cellAmount(cellAt(a.sheet, r, c));
  return {
    cell: toA1(r, c),
    amount: !percent && amount.kind === 'number' && !amount.percent ? toWanYuan(amount, a.unit ?? '万元') : amount,
  };
}

const YEAR = /(\d{4})/;
const DIGIT = /\d/;

const year = (text: string): number | null => {
  const m = YEAR.exec(norm(text));
  return m ? Number(m[1]) : null;
};

// ---------------------------------------------------------------- 整体绩效目标表

const INCOME = /^收入(构成|情况)?$/;
const EXPENSE = /^支出(构成|情况)?$/;
const PROJECT_LIST = /^项目支出(安排)?情况(\(.*\))?$/;
const CURRENT_HEAD = /^(当年|本年)(金额|预算数?)(\(万元\))?$|^(金额|预算数|预算金额)(\(万元\))?$/;
const SHARE_HEAD = /^(占比|比重|所占比[例重])/;
const PRIOR_HEAD = /近两年|前两年|上两年/;
const YEAR_LABEL = /^(\d{4}|[_\-—─]*)年度?$/;

interface DeptHead {
  current: number | null;
  share: number | null;
  prior: { text: string; cell: string; year: number | null; col: number }[];
}

/** The 当年金额 / 占比 / 近两年 columns, from the header rows above the first group. */
function deptHead(a: Area, labels: Label[], before: number): DeptHead {
  const above = labels.filter((l) => l.cell.row < before);
  // the nearest header row; its leftmost match (a header centred across repeats in each cell)
  const last = (re: RegExp) => {
    const all = above.filter((l) => matches(l, re));
    const row = all.length ? all[all.length - 1].cell.row : 0;
    return all.find((l) => l.cell.row === row);
  };
  const current = last(CURRENT_HEAD);
  const share = last(SHARE_HEAD);
  const priorHead = last(PRIOR_HEAD);
  const prior: DeptHead['prior'] = [];
  if (priorHead) {
    const m = mergeAt(a.sheet, priorHead.cell.row, priorHead.cell.col);
    const r = (m ? m.bottom : priorHead.cell.row) + 1;
    if (r < before) {
      const taken = new Set([current?.cell.col, share?.cell.col]);
      if (m && m.right > m.left) {
        for (let c = m.left; c <= m.right; c++) {
          const t = textAt(a.sheet, r, c);
          if (t) prior.push({ text: t, cell: toA1(r, c), year: year(t), col: c });
        }
        // columns printed without labels: keep them, unlabelled
        if (prior.length === 0) for (let c = m.left; c <= m.right; c++) prior.push({ text: '', cell: toA1(r, c), year: null, col: c });
      } else {
        for (let c = priorHead.cell.col; c <= a.right; c++) {
          const t = textAt(a.sheet, r, c);
          if (t && !taken.has(c) && YEAR_LABEL.test(norm(t))) prior.push({ text: t, cell: toA1(r, c), year: year(t), col: c });
        }
      }
    }
  }
  return { current: current?.cell.col ?? null, share: share?.cell.col ?? null, prior };
}

function formLine(a: Area, head: DeptHead, nameCell: Cell): FormLine {
  const r = nameCell.row;
  return {
    name: nameCell.text.trim(),
    nameCell: nameCell.address,
    current: head.current ? valueAt(a, r, head.current) : null,
    share: head.share ? valueAt(a, r, head.share, true) : null,
    prior: head.prior.map((p) => ({ label: p.text, year: p.year, value: valueAt(a, r, p.col) })),
  };
}

/** The lines of 收入构成 or 支出构成: to the right of the group label, or under it. */
function readGroup(a: Area, group: Label, head: DeptHead, stopRows: number[]): { lines: FormLine[]; total: FormLine | null } {
  const { sheet } = a;
  const g = group.cell;
  const limit = head.current && head.current > g.col ? head.current - 1 : a.right;
  const beside = firstText(sheet, g.row, afterLabel(sheet, g), limit);
  const nameCol = beside ? beside.col : g.col;
  const lines: FormLine[] = [];
  let total: FormLine | null = null;
  for (let r = beside ? g.row : g.row + 1; r <= a.bottom; r++) {
    if (r > g.row) {
      if (stopRows.includes(r)) break;
      // a new label left of the lines (the next section) ends the group; a blank row too, unless the group label spans it
      if (!continues(sheet, r, a.left, nameCol - 1)) break;
      if (!firstOwn(sheet, r, a.left, a.right) && shownText(sheet, r, g.col) !== g.text.trim()) break;
    }
    const nameCell = firstText(sheet, r, nameCol, limit);
    if (!nameCell) continue;
    const key = keyOf(nameCell.text);
    if (INCOME.test(key) || EXPENSE.test(key) || PROJECT_LIST.test(key)) break;
    const line = formLine(a, head, nameCell);
    if (isTotalLabel(nameCell.text)) total ??= line;
    else lines.push(line);
  }
  return { lines, total };
}

const LIST_NAME = /^项目名称$/;
const LIST_CATEGORY = /类别$/;
const LIST_TOTAL = /总预算/;
const LIST_CURRENT = /^(项目)?(本年度|当年|本年|年度)预算(数)?/;

/** 项目支出情况: a small list with its own header (项目名称, 项目总预算, 项目本年度预算 …). */
function readProjectList(a: Area, label: Label): DeptPerformanceForm['projects'] {
  const { sheet } = a;
  const l = label.cell;
  const from = afterLabel(sheet, l);
  let headRow = 0;
  for (const r of [l.row, l.row + 1]) {
    for (let c = from; c <= a.right; c++) if (LIST_NAME.test(keyOf(textAt(sheet, r, c)))) headRow = r;
    if (headRow) break;
  }
  if (!headRow) return [];
  const col = (re: RegExp): number | null => {
    for (let c = from; c <= a.right; c++) if (re.test(keyOf(textAt(sheet, headRow, c)))) return c;
    return null;
  };
  const nameCol = col(LIST_NAME) as number;
  const categoryCol = col(LIST_CATEGORY);
  const totalCol = col(LIST_TOTAL);
  const currentCol = col(LIST_CURRENT);
  const out: DeptPerformanceForm['projects'] = [];
  for (let r = headRow + 1; r <= a.bottom; r++) {
    if (!continues(sheet, r, a.left, nameCol - 1)) break;
    if (!firstOwn(sheet, r, a.left, a.right) && shownText(sheet, r, l.col) !== l.text.trim()) break;
    const name = textAt(sheet, r, nameCol);
    if (!name || isTotalLabel(name)) continue;
    out.push({
      name,
      cell: toA1(r, nameCol),
      category: categoryCol ? textAt(sheet, r, categoryCol) || null : null,
      total: totalCol ? valueAt(a, r, totalCol) : null,
      current: currentCol ? valueAt(a, r, currentCol) : null,
    });
  }
  return out;
}

function areaOf(sheet: Sheet, block: Block, unit: MoneyUnit): Area {
  return { sheet, top: block.range.top, bottom: block.range.bottom, left: block.range.left, right: block.range.right, unit };
}

/**
 * Read a 部门（单位）整体支出绩效目标表; null when it prints none of its figures (e.g. a 自评表 of
 * scores). `rows`: the rows findBlocks read for the block (readBlocks), when it has them.
 */
export function readDeptForm(sheet: Sheet, block: Block, moneyUnit: MoneyUnit, rows?: BlockRows): DeptPerformanceForm | null {
  const a = areaOf(sheet, block, moneyUnit);
  const labels = labelsIn(a, rows);
  const income = findLabel(labels, INCOME);
  const expense = findLabel(labels, EXPENSE);
  const list = findLabel(labels, PROJECT_LIST);
  if (!income && !expense && !list) return null;
  const groupRows = [income, expense].filter((l): l is Label => !!l).map((l) => l.cell.row);
  const head = deptHead(a, labels, groupRows.length ? Math.min(...groupRows) : a.top);
  const inc = income ? readGroup(a, income, head, groupRows) : { lines: [], total: null };
  const exp = expense ? readGroup(a, expense, head, groupRows) : { lines: [], total: null };
  return {
    income: inc.lines,
    incomeTotal: inc.total,
    expense: exp.lines,
    expenseTotal: exp.total,
    priorYearLabels: groupRows.length ? head.prior.map(({ text, cell, year }) => ({ text, cell, year })) : [],
    projects: list ? readProjectList(a, list) : [],
  };
}

// ---------------------------------------------------------------- 项目绩效目标表 / 项目申报表

const NAME = /^项目名称$/;
const NAME_INLINE = /^项目名称:(.+)$/;
const CODE = /^项目(编码|代码|编号)$/;
const CODE_INLINE = /^项目(编码|代码|编号):(.+)$/;
const TOTAL_BUDGET = /^(项目)?总预算(数)?(\(万元\))?$/;
const CURRENT_BUDGET = /^(项目)?(当年|本年度|本年|全年|年度)预算(数)?(\(万元\))?$/;
const SOURCES = /^(项目)?(当年|本年)?资金来源(\(万元\))?$/;
const DETAILS = /^(项目)?支出(明细)?(预算)?及?测算(依据|明细)?(\(万元\))?$|^(项目)?支出明细(预算|测算)$/;
const AMOUNT_HEAD = /^(金额|预算金额|测算金额|预算数|申请金额)(\(万元\))?$/;
const ACTIVITY_HEAD = /^(项目活动|活动名称|项目支出明细|支出明细|明细项目|支出内容)$/;
const CONTENT_HEAD = /^活动内容/;
const ECONOMIC_HEAD = /经济分类/;
/** Labels that end a section of a project form. */
const SECTION =
  /^(项目名称|项目(编码|代码|编号)|项目主管部门|项目执行单位|项目负责人|项目属性|项目类型|支出项目类别|起始年度|项目立项依据|项目实施方案|项目申请理由|项目主要内容|项目前两年预算.*|项目采购|政府采购|(项目)?绩效总目标|项目绩效总目标|长期绩效目标(表)?|年度绩效目标(表)?|项目年度绩效指标|测算依据(及说明)?)$/;

/** Column headers of a list-style table: a 项目名称 followed by one of these is no form label. */
const HEADER_WORD = /^(主管部门|(项目)?执行单位|(项目|年度|长期)?绩效目标|[一二三]级指标|指标值|金额|预算数|项目资金|资金来源|部门名称|单位名称)$/;

/**
 * The patterns asked of labels, each tested once per distinct key (keyBits): a form asks each of
 * its labels about several of them, and the same labels recur in every form.
 */
export const PATTERNS: RegExp[] = [NAME, NAME_INLINE, CODE, CODE_INLINE, TOTAL_BUDGET, CURRENT_BUDGET, SOURCES, DETAILS, SECTION, INCOME, EXPENSE, PROJECT_LIST, CURRENT_HEAD, SHARE_HEAD, PRIOR_HEAD];
const PATTERN_BIT = new Map(PATTERNS.map((re, i) => [re, 1 << i]));
const SECTION_BITS = [SECTION, SOURCES, DETAILS, TOTAL_BUDGET, CURRENT_BUDGET].reduce((bits, re) => bits | (PATTERN_BIT.get(re) as number), 0);

/** The PATTERNS a key matches, as bits; remembered per distinct key (exported for its test). */
export const keyBits = memoText((key: string): number => {
  let bits = 0;
  for (let i = 0; i < PATTERNS.length; i++) if (PATTERNS[i].test(key)) bits |= 1 << i;
  return bits;
});

/** SECTION, SOURCES, DETAILS, TOTAL_BUDGET or CURRENT_BUDGET matches the key. */
const isSection = (key: string) => (keyBits(key) & SECTION_BITS) !== 0;

/** The text value written right of a label (or after its colon in the same cell). */
function textValue(a: Area, label: Label, inline: RegExp): { text: string; cell: string } | null {
  const m = inline.exec(label.key);
  if (m) return { text: label.cell.text.trim().replace(/^[^:：]*[:：]\s*/, ''), cell: label.cell.address };
  const v = firstCell(a.sheet, label.cell.row, afterLabel(a.sheet, label.cell), a.right);
  if (!v || (v.type === 'string' && (isSection(keyOf(v.text)) || HEADER_WORD.test(keyOf(v.text))))) return null;
  return { text: v.text.trim(), cell: v.address };
}

/**
 * The amount belonging to a label: the first cell to its right; when that is another label
 * (a header row: 年初预算数 | 全年预算数 | 全年执行数), the number right below. A label with a
 * blank value gives the blank cell beside it.
 */
function amountValue(a: Area, label: Label): ValueCell {
  const { sheet } = a;
  const l = label.cell;
  const next = afterLabel(sheet, l);
  const v = firstCell(sheet, l.row, next, a.right);
  // (a text with a digit is no label: asked first, it spares parsing the text as an amount)
  const isLabel = v && v.type === 'string' && !DIGIT.test(v.text) && parseAmountText(v.text).kind === 'text';
  if (v && !isLabel) return valueAt(a, l.row, v.col);
  const m = mergeAt(sheet, l.row, l.col);
  const below = (m ? m.bottom : l.row) + 1;
  const under = cellAt(sheet, below, l.col);
  if (under && cellAmount(under).kind === 'number') return valueAt(a, below, l.col);
  return valueAt(a, l.row, next);
}

/** The header row of a section: the row at or just below its label with an amount header. */
function sectionHead(a: Area, label: Label): { row: number; from: number; amountCol: number } | null {
  const l = label.cell;
  for (let r = l.row; r <= Math.min(l.row + 2, a.bottom); r++) {
    const from = r === l.row ? afterLabel(a.sheet, l) : a.left;
    for (let c = from; c <= a.right; c++) if (AMOUNT_HEAD.test(keyOf(textAt(a.sheet, r, c)))) return { row: r, from, amountCol: c };
  }
  return null;
}

/**
 * Rows of a section's lines: while the labels left of them are blank or carried down (merged,
 * or repeated), up to the next section's label or a blank row the section label does not span.
 */
function sectionRows(a: Area, label: Label, headRow: number, firstCol: number): number[] {
  const { sheet } = a;
  const rows: number[] = [];
  for (let r = headRow + 1; r <= a.bottom; r++) {
    if (!continues(sheet, r, a.left, firstCol - 1)) break;
    const first = firstOwn(sheet, r, a.left, a.right);
    if (!first) {
      if (shownText(sheet, r, label.cell.col) === label.cell.text.trim()) continue;
      break;
    }
    if (first.type === 'string' && isSection(keyOf(first.text))) break;
    rows.push(r);
  }
  return rows;
}

const NUMBERED = /^(\d+|[一二三四五六七八九十]+)[.、．)]/;

function readSources(a: Area, label: Label): { sources: FormSource[]; total: ValueCell | null } {
  const head = sectionHead(a, label);
  if (!head) return { sources: [], total: null };
  const nameHead = firstText(a.sheet, head.row, head.from, head.amountCol - 1);
  const nameCol = nameHead ? nameHead.col : head.from;
  const lines: { name: string; nameCell: string; value: ValueCell }[] = [];
  let total: ValueCell | null = null;
  for (const r of sectionRows(a, label, head.row, nameCol)) {
    const nameCell = firstText(a.sheet, r, nameCol, head.amountCol - 1);
    const value = valueAt(a, r, head.amountCol);
    if (!nameCell) continue;
    if (isTotalLabel(nameCell.text)) total ??= value;
    else lines.push({ name: nameCell.text.trim(), nameCell: nameCell.address, value });
  }
  // 其中 lines belong to the line above; with numbered lines ("1.…", "4.单位资金"), the
  // unnumbered lines that follow a 其中 line are more of its parts
  const numbered = lines.some((l) => NUMBERED.test(norm(l.name)));
  const sources: FormSource[] = [];
  let inSub = false;
  for (const l of lines) {
    const key = norm(l.name);
    const sub: boolean = sources.length > 0 && (key.startsWith('其中') || (numbered && inSub && !NUMBERED.test(key)));
    if (sub) sources[sources.length - 1].sub.push(l);
    else sources.push({ name: l.name, nameCell: l.nameCell, value: l.value, sub: [] });
    inSub = sub;
  }
  return { sources, total };
}

function readDetails(a: Area, label: Label): { details: FormDetail[]; total: ValueCell | null } {
  const { sheet } = a;
  const head = sectionHead(a, label);
  if (!head) return { details: [], total: null };
  const col = (re: RegExp): number | null => {
    for (let c = head.from; c <= a.right; c++) if (c !== head.amountCol && re.test(keyOf(textAt(sheet, head.row, c)))) return c;
    return null;
  };
  const contentCol = col(CONTENT_HEAD);
  const economicCol = col(ECONOMIC_HEAD);
  const activityCol = col(ACTIVITY_HEAD) ?? contentCol ?? firstText(sheet, head.row, head.from, head.amountCol - 1)?.col ?? null;
  const cols = [activityCol, contentCol, economicCol, head.amountCol].filter((c): c is number => c !== null);
  // a 项目活动 merged down over several lines applies to each of them
  const textIn = (r: number, c: number | null): string => (c === null ? '' : shownText(sheet, r, c));
  const details: FormDetail[] = [];
  let total: ValueCell | null = null;
  let previous = '';
  for (const r of sectionRows(a, label, head.row, Math.min(...cols))) {
    let activity = textIn(r, activityCol);
    // merges unknown (old Excel API): a blank activity continues the one above
    if (!activity && !sheet.mergesKnown && activityCol !== contentCol) activity = previous;
    const content = activityCol !== contentCol ? textIn(r, contentCol) : '';
    const economic = economicCol ? textAt(sheet, r, economicCol) : '';
    const value = valueAt(a, r, head.amountCol);
    if (isTotalLabel(activity) || (content && isTotalLabel(content))) {
      total ??= value;
      continue;
    }
    if (!activity && !content && value.amount.kind === 'empty') continue;
    previous = activity;
    details.push({ activity, content: contentCol && contentCol !== activityCol ? content || null : null, economic: economic || null, value });
  }
  return { details, total };
}

/** `blockLabels`: the labels of the whole block (those of the form's rows are its labels). */
function readProjectForm(a: Area, rows: [number, number], blockLabels: Label[]): ProjectPerformanceForm {
  const area = { ...a, top: rows[0], bottom: rows[1] };
  // = labelsIn(area): the block's labels are in row order, the form's columns are the block's
  const labels = blockLabels.filter((l) => l.cell.row >= rows[0] && l.cell.row <= rows[1]);
  const find = (re: RegExp) => findLabel(labels, re);
  const name = find(NAME) ?? find(NAME_INLINE);
  const code = find(CODE) ?? find(CODE_INLINE);
  const total = find(TOTAL_BUDGET);
  const current = find(CURRENT_BUDGET);
  const sources = find(SOURCES);
  const details = find(DETAILS);
  const src = sources ? readSources(area, sources) : { sources: [], total: null };
  const det = details ? readDetails(area, details) : { details: [], total: null };
  return {
    sheet: a.sheet.name,
    rows,
    name: name ? textValue(area, name, NAME_INLINE) : null,
    code: code ? textValue(area, code, CODE_INLINE) : null,
    totalBudget: total ? amountValue(area, total) : null,
    currentBudget: current ? amountValue(area, current) : null,
    sources: src.sources,
    sourceTotal: src.total,
    details: det.details,
    detailTotal: det.total,
  };
}

/**
 * Read the project forms of a block: one per 项目名称 label (several forms may be stacked). `rows`:
 * the rows findBlocks read for the block (readBlocks), when it has them.
 */
export function readProjectForms(sheet: Sheet, block: Block, moneyUnit: MoneyUnit, rows?: BlockRows): ProjectPerformanceForm[] {
  const a = areaOf(sheet, block, moneyUnit);
  const labels = labelsIn(a, rows);
  // 项目名称 as a form label: its value beside it is not another header (a list's column header is)
  const starts = labels
    .filter((l) => matches(l, NAME_INLINE) || (matches(l, NAME) && !carried(sheet, l.cell.row, l.cell.col) && textValue(a, l, NAME_INLINE) !== null))
    .map((l) => l.cell.row)
    .filter((r, i, all) => i === 0 || r !== all[i - 1]);
  if (starts.length === 0) {
    const budgetLabels = [TOTAL_BUDGET, CURRENT_BUDGET, SOURCES, DETAILS];
    if (!labels.some((l) => budgetLabels.some((re) => matches(l, re)))) return [];
    return [readProjectForm(a, [a.top, a.bottom], labels)];
  }
  return starts.map((r, i) => readProjectForm(a, [i === 0 ? a.top : r, i + 1 < starts.length ? starts[i + 1] - 1 : a.bottom], labels));
}
