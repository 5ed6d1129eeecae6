/**
 * Document facts: is this a 预算 or a 决算 disclosure, of which year, for which unit, in
 * which money unit. Read from table titles, `部门/单位：…` lines and `单位：万元` marks.
 * Every fact keeps the evidence it came from, so that disagreements (a 2025 budget whose
 * narrative says 2024) can be reported later instead of being silently resolved.
 */
import { hasSpace, isSpaceCode } from './chars';
import { memoText } from './recognize/text';
import type { Sheet, Workbook } from './workbook';

export type DocumentKind = 'budget' | 'final';
export type MoneyUnitName = '万元' | '元' | '亿元';

export interface FactEvidence {
  fact: 'kind' | 'year' | 'unit' | 'moneyUnit';
  value: string;
  /**
   * 'label': an explicit `部门/单位：…` line; 'title': a table title; 'narrative': a heading
   * of the narrative. Labels outweigh titles, titles outweigh narrative headings.
   */
  from: 'label' | 'title' | 'narrative';
  sheet: string;
  cell: string;
  text: string;
}

export interface DocumentFacts {
  kind: DocumentKind | null;
  year: number | null;
  unit: string | null;
  moneyUnit: MoneyUnitName | null;
  evidence: FactEvidence[];
}

/** How many rows from the top of a sheet are searched for titles and unit lines. */
const HEAD_ROWS = 8;

const TITLE_RE = /((?:199\d|20\d{2}|2100))(?!\d)\s*年\s*(?:度)?[^。；;]{0,40}?(预算|决算)/;
const KIND_ONLY_RE = /(部门|单位|部门（单位）|部门\(单位\))?(预算|决算)(公开|表|说明|总表|情况)/;
const UNIT_RE = /(?:部门\/单位|部门（单位）|部门\(单位\)|单位名称|编制单位|预算单位|部门名称|单位|部门)\s*[:：]\s*([^\s:：]{2,40}?)(?=\s|$|单位\s*[:：]|金额单位)/;
/** Numbering in front of a title: "第一部分", "表 6.", "表5-1", "一、", "公开01表". */
const TITLE_NUMBERING = /^(第[一二三四五六七八九十]+部分|表\s*\d+(?:-\d+)?\s*[.．、:：]?|[一二三四五六七八九十]+、|公开\s*\d+\s*表)\s*/;
const MONEY_RE = /(?:金额)?单位\s*[:：]\s*(万元|亿元|元)/;
/** The codes factMarks looks for. */
const [SUAN, COLON, FULL_COLON] = Array.from('算:：', (c) => c.charCodeAt(0));

/**
 * Can the text give a fact at all? Every pattern that adds evidence needs 预算/决算 (TITLE_RE,
 * KIND_ONLY_RE, NARRATIVE_HEADING) or a colon (UNIT_RE, MONEY_RE): most cells have neither and are
 * passed over without copying them (issue 19). Bit 1: 算; bit 2: a colon.
 */
function factMarks(text: string): number {
  // one pass over the codes (three includes were three native calls per cell, most cells being short)
  let marks = 0;
  for (let i = 0; i < text.length && marks !== 3; i++) {
    const c = text.charCodeAt(i);
    if (c === SUAN) marks |= 1;
    else if (c === COLON || c === FULL_COLON) marks |= 2;
  }
  return marks;
}

function majority<T extends string>(values: T[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let bestN = 0;
  for (const [v, n] of counts) {
    if (n > bestN) {
      best = v;
      bestN = n;
    }
  }
  return best;
}

/** Unit names are written "黄陂区医疗保障服务中心" or with a code "083003-黄陂区…". */
function cleanUnit(name: string): string | null {
  const s = name.replace(/^[0-9]{2,9}[-_ ]?/, '').replace(/[，,。]$/, '');
  if (/^(万元|元|亿元)$/.test(s) || s.length < 2) return null;
  return s;
}

/** Narrative headings that name the document ("第三部分 2024 年部门预算情况说明"), not sentences. */
const NARRATIVE_HEADING = /^.{0,40}(19|20)\d{2}\s*年\s*(度)?.{0,20}(预算|决算).{0,12}(说明|公开|情况|表)?$/;

/** NARRATIVE_HEADING matches at most this many characters other than white space (40 + 4 + 年度 + 20 + 2 + 12 + 2). */
const HEADING_MAX_CHARS = 82;

/** Does the text hold more than `n` characters that are not white space (as /\s/ means it)? */
function nonSpaceMoreThan(text: string, n: number): boolean {
  if (text.length <= n) return false;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceCode(text.charCodeAt(i)) && ++count > n) return true;
  }
  return false;
}

function isNarrativeSheet(sheet: Sheet): boolean {
  return /说明/.test(sheet.name) || (sheet.colCount <= 2 && sheet.rowCount >= 10);
}

/** The evidence one cell's text gives (`marks`: factMarks of the text, not 0; in a narrative, a text of at most HEADING_MAX_CHARS characters). */
function factsOfText(evidence: FactEvidence[], sheet: string, cell: string, text: string, narrative: boolean, marks: number): void {
  // most texts have no white space: then the flattened text is the text itself (no copy)
  const flat = hasSpace(text) ? text.replace(SPACE_RUNS, ' ') : text;
  if (text.includes('注') && NOTE.test(flat)) return;
  if (narrative && !NARRATIVE_HEADING.test(flat.trim())) return;
  const titleFrom: FactEvidence['from'] = narrative ? 'narrative' : 'title';
  // one object per fact found, no closure per text (the evidence's text: its first 80 characters)
  const at: Place = { evidence, sheet, cell, text: flat.slice(0, 80) };
  if (marks & 1) {
    const title = TITLE_RE.exec(flat);
    if (title) {
      addFact(at, 'year', title[1], titleFrom);
      // "2024 年度一般公共预算财政拨款支出决算表": the last 预算/决算 of the title names the document
      addFact(at, 'kind', flat.includes('决算', title.index) ? 'final' : 'budget', titleFrom);
      const before = flat.slice(0, title.index).trim();
      // “本表反映江苏省…”: a sentence about a table, not a title
      const unitFromTitle = before.replace(TITLE_NUMBERING, '').replace(ABOUT_TABLE, '').trim();
      if (unitFromTitle.length >= 4 && UNIT_ENDING.test(unitFromTitle) && !TABLE_SENTENCE.test(before.replace(TITLE_NUMBERING, ''))) {
        addFact(at, 'unit', unitFromTitle, titleFrom);
      }
      // “2017 年度江苏省高级人民法院部门收支预算总表”: the unit after the year
      const after = UNIT_AFTER_YEAR.exec(flat.slice(title.index + title[1].length));
      if (after && !narrative) addFact(at, 'unit', after[1], titleFrom);
    } else {
      const kindOnly = KIND_ONLY_RE.exec(flat);
      if (kindOnly) addFact(at, 'kind', kindOnly[2] === '预算' ? 'budget' : 'final', titleFrom);
    }
  }
  if (marks & 2) {
    const unit = UNIT_RE.exec(flat);
    if (unit && !MONEY_UNIT_LEAD.test(unit[1])) {
      const name = cleanUnit(unit[1]);
      if (name) addFact(at, 'unit', name, 'label');
    }
    const money = MONEY_RE.exec(flat);
    if (money) addFact(at, 'moneyUnit', money[1], 'label');
  }
}

/** Where a text's facts are written: the list, and the cell and text each fact names. */
interface Place {
  evidence: FactEvidence[];
  sheet: string;
  cell: string;
  text: string;
}

function addFact(at: Place, fact: FactEvidence['fact'], value: string, from: FactEvidence['from']): void {
  at.evidence.push({ fact, value, from, sheet: at.sheet, cell: at.cell, text: at.text });
}

// factsOfText's patterns, made once (a regex literal in the function is a new object at every call)
const SPACE_RUNS = /\s+/g;
const NOTE = /^\s*(备注|注)\s*[:：]/;
const ABOUT_TABLE = /^(本表|此表)?(反映|说明|列示|根据)/;
const UNIT_ENDING = /(局|中心|院|所|站|委|办|会|厅|部|处|队|校|馆)$/;
const TABLE_SENTENCE = /^(本表|此表|反映)/;
const UNIT_AFTER_YEAR = /^\s*年?\s*度?\s*([\u4e00-\u9fa5]{4,24}?(?:局|中心|院|所|站|委|办|会|厅|队|校|馆))(?:部门|单位)?(?:收支|收入|支出|财政|一般|政府|国有|预算|决算|“|")/;
const MONEY_UNIT_LEAD = /^(万元|元|亿元)/;

/** What a text gives wherever it stands: its evidence without the sheet and cell. */
type TextFact = Pick<FactEvidence, 'fact' | 'value' | 'from' | 'text'>;
const NO_FACTS: readonly TextFact[] = [];

function textFacts(text: string, narrative: boolean): readonly TextFact[] {
  const found: FactEvidence[] = [];
  factsOfText(found, '', '', text, narrative, factMarks(text));
  return found.length === 0 ? NO_FACTS : found.map(({ fact, value, from, text }) => ({ fact, value, from, text }));
}

/**
 * factsOfText is a pure function of the text and whether its sheet is a narrative: remembered per
 * text, one memo for each (the same unit line and title words recur on every sheet of a workbook,
 * and across the workbooks of a template). Only a text that can give a fact (factMarks) is asked.
 */
const tableTextFacts = memoText((text) => textFacts(text, false));
const narrativeTextFacts = memoText((text) => textFacts(text, true));

export function documentFacts(wb: Workbook): DocumentFacts {
  const evidence: FactEvidence[] = [];
  for (const sheet of wb.sheets) {
    const narrative = isNarrativeSheet(sheet);
    const rows = sheet.rows;
    const end = Math.min(rows.length, narrative ? 400 : HEAD_ROWS);
    for (let r = 0; r < end; r++) {
      const row = rows[r];
      for (let i = 0; i < row.length; i++) {
        const c = row[i];
        if (!c || c.type !== 'string') continue;
        const text = c.text;
        // a paragraph of prose is no heading: passed before its characters are all read
        if (narrative && nonSpaceMoreThan(text, HEADING_MAX_CHARS)) continue;
        const marks = factMarks(text);
        // a narrative heading names the document: it holds 预算 or 决算
        if (marks === 0 || (narrative && !(marks & 1))) continue;
        const found = (narrative ? narrativeTextFacts : tableTextFacts)(text);
        for (let k = 0; k < found.length; k++) {
          const f = found[k];
          evidence.push({ fact: f.fact, value: f.value, from: f.from, sheet: sheet.name, cell: c.address, text: f.text });
        }
      }
    }
  }
  // An explicit label line outweighs a table title, which outweighs a narrative heading.
  const pick = (fact: FactEvidence['fact']) => {
    const all = evidence.filter((e) => e.fact === fact);
    for (const from of ['label', 'title', 'narrative'] as const) {
      const some = all.filter((e) => e.from === from);
      if (some.length) return majority(some.map((e) => e.value));
    }
    return null;
  };
  const year = pick('year');
  return {
    kind: pick('kind') as DocumentKind | null,
    year: year ? Number(year) : null,
    unit: pick('unit'),
    moneyUnit: pick('moneyUnit') as MoneyUnitName | null,
    evidence,
  };
}
