/**
 * documentFacts as a plain scan: every head text of every sheet run through the patterns, no
 * shortcut and no memo: the oracle of documentFacts' shortcuts (test/core/facts-fast.test.ts) and of
 * its remembered text facts (test/core/facts-memo.test.ts). Do not optimise.
 */
import { isSpaceCode } from '../../../src/core/chars';
import type { DocumentFacts, DocumentKind, FactEvidence, MoneyUnitName } from '../../../src/core/facts';
import type { Sheet, Workbook } from '../../../src/core/workbook';

const HEAD_ROWS = 8;

const TITLE_RE = /((?:199\d|20\d{2}|2100))(?!\d)\s*年\s*(?:度)?[^。；;]{0,40}?(预算|决算)/;
const KIND_ONLY_RE = /(部门|单位|部门（单位）|部门\(单位\))?(预算|决算)(公开|表|说明|总表|情况)/;
const UNIT_RE = /(?:部门\/单位|部门（单位）|部门\(单位\)|单位名称|编制单位|预算单位|部门名称|单位|部门)\s*[:：]\s*([^\s:：]{2,40}?)(?=\s|$|单位\s*[:：]|金额单位)/;
/** Numbering in front of a title: "第一部分", "表 6.", "表5-1", "一、", "公开01表". */
const TITLE_NUMBERING = /^(第[一二三四五六七八九十]+部分|表\s*\d+(?:-\d+)?\s*[.．、:：]?|[一二三四五六七八九十]+、|公开\s*\d+\s*表)\s*/;
const MONEY_RE = /(?:金额)?单位\s*[:：]\s*(万元|亿元|元)/;

function headTexts(sheet: Sheet, rows: number): { cell: string; text: string }[] {
  const out: { cell: string; text: string }[] = [];
  for (const r of sheet.rows.slice(0, rows)) {
    for (const c of r) if (c && c.type === 'string' && c.text.trim()) out.push({ cell: c.address, text: c.text });
  }
  return out;
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

export function plainDocumentFacts(wb: Workbook): DocumentFacts {
  const evidence: FactEvidence[] = [];
  for (const sheet of wb.sheets) {
    const narrative = isNarrativeSheet(sheet);
    for (const { cell, text } of headTexts(sheet, narrative ? 400 : HEAD_ROWS)) {
      // a paragraph of prose is no heading: skip it before copying it
      if (narrative && nonSpaceMoreThan(text, HEADING_MAX_CHARS)) continue;
      const flat = text.replace(/\s+/g, ' ');
      if (/^\s*(备注|注)\s*[:：]/.test(flat)) continue;
      if (narrative && !NARRATIVE_HEADING.test(flat.trim())) continue;
      const titleFrom: FactEvidence['from'] = narrative ? 'narrative' : 'title';
      const add = (fact: FactEvidence['fact'], value: string, from: FactEvidence['from'] = titleFrom) =>
        evidence.push({ fact, value, from, sheet: sheet.name, cell, text: flat.slice(0, 80) });
      const title = TITLE_RE.exec(flat);
      if (title) {
        add('year', title[1]);
        // "2024 年度一般公共预算财政拨款支出决算表": the last 预算/决算 of the title names the document
        add('kind', /决算/.test(flat.slice(title.index)) ? 'final' : 'budget');
        const before = flat.slice(0, title.index).trim();
        // “本表反映江苏省…”: a sentence about a table, not a title
        const unitFromTitle = before.replace(TITLE_NUMBERING, '').replace(/^(本表|此表)?(反映|说明|列示|根据)/, '').trim();
        if (unitFromTitle.length >= 4 && /(局|中心|院|所|站|委|办|会|厅|部|处|队|校|馆)$/.test(unitFromTitle) && !/^(本表|此表|反映)/.test(before.replace(TITLE_NUMBERING, ''))) {
          add('unit', unitFromTitle);
        }
        // “2017 年度江苏省高级人民法院部门收支预算总表”: the unit after the year
        const after = /^\s*年?\s*度?\s*([\u4e00-\u9fa5]{4,24}?(?:局|中心|院|所|站|委|办|会|厅|队|校|馆))(?:部门|单位)?(?:收支|收入|支出|财政|一般|政府|国有|预算|决算|“|")/.exec(flat.slice(title.index + title[1].length));
        if (after && !narrative) add('unit', after[1]);
      } else {
        const kindOnly = KIND_ONLY_RE.exec(flat);
        if (kindOnly) add('kind', kindOnly[2] === '预算' ? 'budget' : 'final');
      }
      const unit = UNIT_RE.exec(flat);
      if (unit && !/^(万元|元|亿元)/.test(unit[1])) {
        const name = cleanUnit(unit[1]);
        if (name) add('unit', name, 'label');
      }
      const money = MONEY_RE.exec(flat);
      if (money) add('moneyUnit', money[1], 'label');
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
