/**
 * The recognised-workbook model (beneath the check rules and the narrative analysis, which are its two clients): the recognised tables plus what rules need to find their inputs —
 * tables by kind, the rows of the two-sided summary tables mapped to concepts (收入总计,
 * 类 210 …), the unit's nature (行政/事业) and the narrative's text.
 */
import { CLASSIFICATION_CODES } from '../data/classification';
import { documentFacts, type DocumentFacts } from '../facts';
import { type Recognised, type Recognition, type TableKind, type TableRow } from '../recognize';
import { norm } from '../recognize/text';
import { cellAt, findSheet, type Workbook } from '../workbook';
import { qty, type Q } from './quantity';
import type { NarrativeInput, NarrativeParagraph } from './paragraphs';
import { tableKindName } from './names';
import { detectTemplate, type DetectedTemplate } from './templates';

export { tableKindName } from './names';

export interface SummaryLine {
  row: TableRow;
  side: 'income' | 'expense';
  /** 'in:本年收入合计', 'in:一般公共预算', 'in:上年结转结余.一般公共预算', 'ex:类:210', 'ex:支出总计' …; null when not understood. */
  concept: string | null;
  /** Unnumbered sub-rows (经费拨款（补助） under 一般公共预算拨款收入): the concept of their parent. */
  parent: string | null;
}

/** A paragraph of the narrative: a cell of the narrative sheet, or a paragraph of an external text. */
export type TextCell = NarrativeParagraph;

export interface CheckModel {
  wb: Workbook;
  tables: Recognised[];
  facts: DocumentFacts;
  kind: 'budget' | 'final' | null;
  year: number | null;
  /** The disclosure template (which tables it has), with the evidence; null when the kind is unknown. */
  template: DetectedTemplate | null;
  /** 'admin' = 行政单位（含参公）, 'institution' = 事业单位; null when it cannot be told. */
  nature: { value: 'admin' | 'institution'; evidence: string } | null;
  byKind(kind: TableKind): Recognised[];
  /** Chinese name of a table for messages (决算 names for a 决算). */
  name(t: Recognised): string;
  summary(t: Recognised): SummaryLine[];
  /** The narrative's paragraphs: cells of the narrative blocks, or the external narrative that replaces them. */
  narrative: TextCell[];
  /** Where the narrative comes from: 'workbook', or the external source's name (file name / 粘贴的文字). */
  narrativeSource: string;
  /** Is this workbook cell part of a narrative block? (Text rules skip them when an external narrative replaces it.) */
  inNarrativeBlock(sheet: string, row: number, col: number): boolean;
}

const CLASS_BY_NAME = new Map<string, string>();
for (const c of CLASSIFICATION_CODES) {
  if (c.scheme !== 'function' || c.level !== '类') continue;
  for (const n of [c.name, ...c.variants]) CLASS_BY_NAME.set(norm(n), c.code);
}

const NUMBERING_L1 = /^[一二三四五六七八九十廿]+[、.．]/;
const NUMBERING_L2 = /^[(（][一二三四五六七八九十廿]+[)）]/;

export function stripNumbering(name: string): string {
  return stripNormed(norm(name));
}

/** stripNumbering of a name already normalised. */
function stripNormed(normed: string): string {
  return normed.replace(NUMBERING_L1, '').replace(NUMBERING_PAREN, '').replace(NUMBERING_DIGITS, '');
}
// module constants, not literals in the function: a literal makes a RegExp object at every call
const NUMBERING_PAREN = /^\([一二三四五六七八九十廿]+\)/;
const NUMBERING_DIGITS = /^\d+[.、．]/;

/** 类 code of a 类 name ("七、卫生健康支出" → 210). */
export function classCodeOfName(name: string): string | null {
  return CLASS_BY_NAME.get(stripNumbering(name)) ?? null;
}

const FUNDS: [RegExp, string][] = [
  [/^一般公共预算(资金)?((财政)?拨款(收入|\(补助\))?)?$/, '一般公共预算'],
  [/^政府性基金(预算)?(资金)?((财政)?拨款(收入)?)?$/, '政府性基金预算'],
  [/^国有资本经营预算(资金)?((财政)?拨款(收入)?)?$/, '国有资本经营预算'],
];
const INCOME_ITEMS: [RegExp, string][] = [
  [/^财政专户管理资金(收入)?$/, '财政专户管理资金'],
  [/^事业收入$/, '事业收入'],
  [/^(事业单位)?经营收入$/, '事业单位经营收入'],
  [/^上级补助收入$/, '上级补助收入'],
  [/^附属单位上缴收入$/, '附属单位上缴收入'],
  [/^其他收入$/, '其他收入'],
  // 江苏: 一、财政拨款 {1.一般公共预算, 2.政府性基金预算}, 二、财政专户管理资金, 三、其他资金
  [/^财政拨款(\(补助\))?$/, '财政拨款'],
  [/^其他资金$/, '其他资金'],
];
/** 支出 by purpose (江苏 收支预算总表 “支出用途”, 财政拨款收支预算总表). */
const USES: [RegExp, string][] = [
  [/^基本支出$/, '基本支出'],
  [/^项目支出$/, '项目支出'],
  [/^单位预留机动经费$/, '单位预留机动经费'],
];

/** First characters of the names FUNDS and INCOME_ITEMS match (their patterns are anchored: ^一般…, ^(事业单位)?经营…). */
const FUND_LEADS = new Set(['一', '政', '国']);
const ITEM_LEADS = new Set(['财', '事', '经', '上', '附', '其']);
/** Concepts that open a group of fund sub-rows. */
const GROUP_CONCEPTS = new Set(['in:本年收入合计', 'in:上年结转结余', 'ex:本年支出合计', 'ex:年终结转结余']);

/**
 * Could the name be a total, a carry-over or a 本年 line (the anchored patterns of fixedConcept)? Each
 * of them holds 计 or 结, or starts with 本年/当年: other names skip the nine tests (issue 19).
 */
function mayBeFixed(n: string): boolean {
  return n.includes('计') || n.includes('结') || n.startsWith('本年') || n.startsWith('当年');
}

/** The totals and carry-overs, named in full; null for other names. */
function fixedConcept(n: string, side: 'income' | 'expense'): string | null {
  if (!mayBeFixed(n)) return null;
  if (FIXED.grand.test(n)) return side === 'income' ? 'in:收入总计' : 'ex:支出总计';
  if (FIXED.currentIncome.test(n) && side === 'income') return 'in:本年收入合计';
  if (FIXED.currentExpense.test(n) && side === 'expense') return 'ex:本年支出合计';
  if (FIXED.carriedIn.test(n) && side === 'income') return 'in:上年结转结余';
  if (FIXED.carriedOut.test(n) && side === 'expense') return 'ex:年终结转结余';
  if (n === '收入合计' && side === 'income') return 'in:收入合计';
  if (n === '支出合计' && side === 'expense') return 'ex:支出合计';
  if (n.startsWith('使用非财政拨款结余')) return 'in:使用非财政拨款结余';
  if (n === '结余分配') return 'ex:结余分配';
  return null;
}

/** fixedConcept's patterns (module constants: a regex literal in the function is a new object per call). */
const FIXED = {
  grand: /^(收入|支出)?总计$/,
  currentIncome: /^(本年|当年)收入(合计|小计)?$/,
  currentExpense: /^(本年|当年)支出(合计|小计)?$/,
  carriedIn: /^(上年结转(结余)?(资金)?|上年结转和结余(资金)?|年初(财政拨款)?结转和结余)$/,
  carriedOut: /^(年终结转结余|年末(财政拨款)?结转和结余|结转下年(资金)?)$/,
};

/** The concept of the first pattern the name matches (a loop: no closure per row). */
function firstMatch(list: [RegExp, string][], n: string): string | undefined {
  for (let i = 0; i < list.length; i++) if (list[i][0].test(n)) return list[i][1];
  return undefined;
}

/** The rows of a two-sided summary table with their concepts; exported for the test that holds it to the plain reading. */
export function summaryLines(t: Recognised): SummaryLine[] {
  const out: SummaryLine[] = [];
  for (const side of ['income', 'expense'] as const) {
    let group: string | null = null;
    let lastNumbered: string | null = null;
    for (const row of t.rows) {
      if (row.side !== side) continue;
      const raw = norm(row.name);
      const n = stripNormed(raw);
      const l1 = NUMBERING_L1.test(raw);
      const numbered = l1 || NUMBERING_L2.test(raw);
      let concept = fixedConcept(n, side);
      if (concept === null) {
        // each kind of name is looked for only where it is used: funds on both sides, items of income, 类 and uses of expense
        const fund = FUND_LEADS.has(n[0]) ? firstMatch(FUNDS, n) : undefined;
        if (fund && group && group !== 'in:本年收入合计' && group !== 'ex:本年支出合计') concept = `${group}.${fund}`;
        else if (fund && side === 'income') concept = `in:${fund}`;
        else if (side === 'income') {
          const item = ITEM_LEADS.has(n[0]) ? firstMatch(INCOME_ITEMS, n) : undefined;
          if (item) concept = `in:${item}`;
        } else {
          // classCodeOfName(row.name), whose stripNumbering(row.name) is n
          const cls = CLASS_BY_NAME.get(n);
          if (cls) concept = `ex:类:${cls}`;
          else {
            const use = firstMatch(USES, n);
            if (use) concept = `ex:${use}`;
          }
        }
      }
      let parent: string | null = null;
      if (concept === null && !numbered && lastNumbered) parent = lastNumbered;
      if (concept && GROUP_CONCEPTS.has(concept)) group = concept;
      else if (l1 && concept && !concept.includes('.')) group = null;
      if (numbered && concept) lastNumbered = concept;
      else if (concept) lastNumbered = null;
      out.push({ row, side, concept, parent });
    }
  }
  return resolveTotals(out);
}

/** The line with another concept, built as every line is (one shape; a spread would give it a hidden class of its own). */
function withConcept(l: SummaryLine, concept: string): SummaryLine {
  return { row: l.row, side: l.side, concept, parent: l.parent };
}

/**
 * 收入合计 / 支出合计 (江苏): the grand total when the side also has a 本年 subtotal (当年收入小计);
 * otherwise the 本年 total, and also the grand total when nothing is carried over on that side.
 */
function resolveTotals(lines: SummaryLine[]): SummaryLine[] {
  const out: SummaryLine[] = [];
  for (const l of lines) {
    if (l.concept !== 'in:收入合计' && l.concept !== 'ex:支出合计') {
      out.push(l);
      continue;
    }
    const p = l.concept.slice(0, 3);
    const [current, grand, carry] = p === 'in:' ? ['in:本年收入合计', 'in:收入总计', 'in:上年结转结余'] : ['ex:本年支出合计', 'ex:支出总计', 'ex:年终结转结余'];
    const has = (c: string) => lines.some((x) => x.side === l.side && x.concept === c);
    if (has(current)) out.push(withConcept(l, grand));
    else {
      out.push(withConcept(l, current));
      if (!has(grand) && !has(carry)) out.push(withConcept(l, grand));
    }
  }
  return out;
}

const SUMMARY_VALUE_KEYS = ['预算数', '决算数', '决算数.小计', '金额', '合计'];

/** The value column of a summary row: 预算数 / 决算数 / 决算数.小计. */
export function summaryValue(t: Recognised, line: SummaryLine): Q | null {
  for (const key of SUMMARY_VALUE_KEYS) {
    if (line.row.values[key]) return qty(t, line.row, key, `${line.row.name.trim()}`);
  }
  return null;
}

function unitNature(facts: DocumentFacts, tables: Recognised[], narrative: TextCell[]): CheckModel['nature'] {
  // the narrative as one text, made only when a paragraph holds what a pattern needs: each names a
  // literal ("事业单位", "编制范围的") that cannot straddle two paragraphs (issue 19: a copy of the narrative)
  let joined: string | null = null;
  const text = (): string => (joined ??= narrative.map((n) => n.text).join('\n'));
  const holds = (literal: string): boolean => narrative.some((n) => n.text.includes(literal));
  const said = holds('事业单位') ? /本(单位|部门)(为|是|属于?)[^。，]{0,6}(公益[一二]类)?事业单位/.exec(text()) : null;
  if (said) return { value: 'institution', evidence: `情况说明：“${said[0]}”` };
  const names = new Set<string>();
  for (const t of tables.filter((x) => x.kind === 'income-summary')) for (const r of t.rows) if (r.type === 'unit' && r.level === 2) names.add(r.name);
  // no unit rows (江苏, 决算): the units the narrative lists (“编制范围的单位包括：A、B、C。”)
  if (names.size === 0) {
    const listed = (holds('编制范围的') ? /编制范围的(预算)?单位[^。：:]{0,20}?(包括|为|有)[:：]?([^。]+)/.exec(text()) : null)?.[3].split(/[、，,；;]/).map((x) => norm(x).replace(/^(具体包括|分别是|分别为)[:：]?/, '')).filter((x) => x.length >= 4) ?? [];
    if (listed.length >= 2) for (const n of listed) names.add(n);
  }
  const candidates = names.size ? [...names] : facts.unit ? [facts.unit] : [];
  const natures = candidates.map((n) => {
    const s = norm(n).replace(/\(本级\)|本级$/g, '');
    if (/(局|委员会|委|办公室|厅|政府|法院|检察院|管委会)$/.test(s)) return 'admin' as const;
    if (/(中心|院|站|所|队|学校|馆|台|处)$/.test(s)) return 'institution' as const;
    return null;
  });
  if (natures.length === 0 || natures.some((x) => x === null) || new Set(natures).size > 1) return null;
  return { value: natures[0] as 'admin' | 'institution', evidence: `单位名称“${candidates.join('、')}”` };
}

function narrativeCells(wb: Workbook, tables: Recognised[]): TextCell[] {
  const out: TextCell[] = [];
  for (const t of tables.filter((x) => x.kind === 'narrative')) {
    const sheet = findSheet(wb, t.block.sheet);
    if (!sheet) continue;
    const { top, bottom, left, right } = t.block.range;
    for (let r = top; r <= bottom; r++) {
      // bounded by the cells the row has, not by the block's rectangle (a stray far cell widens it)
      for (let c = left; c <= Math.min(right, sheet.rows[r - 1]?.length ?? 0); c++) {
        const cell = cellAt(sheet, r, c);
        if (cell && cell.type === 'string' && cell.text.trim()) out.push({ sheet: sheet.name, cell: cell.address, text: cell.text });
      }
    }
  }
  return out;
}

export function buildModel(wb: Workbook, recognition: Recognition, facts: DocumentFacts = documentFacts(wb), external?: NarrativeInput): CheckModel {
  const tables = recognition.tables;
  const cache = new Map<Recognised, SummaryLine[]>();
  const narrative = external ? external.paragraphs : narrativeCells(wb, tables);
  const blocks = tables.filter((t) => t.kind === 'narrative').map((t) => t.block);
  return {
    wb,
    tables,
    facts,
    kind: facts.kind,
    year: facts.year,
    template: detectTemplate({ kind: facts.kind, year: facts.year, unit: facts.unit, tables, narrative }),
    nature: unitNature(facts, tables, narrative),
    byKind: (kind) => tables.filter((t) => t.kind === kind),
    name: (t) => tableKindName(t.kind, facts.kind),
    summary: (t) => {
      let s = cache.get(t);
      if (!s) cache.set(t, (s = summaryLines(t)));
      return s;
    },
    narrative,
    narrativeSource: external ? external.source : 'workbook',
    inNarrativeBlock: (sheet, row, col) => {
      // a loop, not some(): asked for every text cell of the workbook when the narrative is external
      for (let i = 0; i < blocks.length; i++) {
        const b = blocks[i];
        if (b.sheet === sheet && row >= b.range.top && row <= b.range.bottom && col >= b.range.left && col <= b.range.right) return true;
      }
      return false;
    },
  };
}
