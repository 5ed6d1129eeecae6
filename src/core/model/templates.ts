/**
 * Disclosure templates as profiles: which tables, which narrative sections and which money unit
 * a region's template has, told from the workbook with the evidence shown (or set by the user).
 * A table or section the document's template does not have is never "missing".
 */
import type { Recognised, TableKind } from '../recognize';
import type { NarrativeParagraph } from './paragraphs';
import { isSpaceCode } from '../recognize/text';

export type TemplateId = 'wuhan-budget' | 'wuhan-budget-old' | 'jiangsu-budget' | 'final' | 'shanghai-final';

/** How much a template asks for a part: absent 'required' parts fail, absent 'recommended' ones are noted. */
export type Need = 'required' | 'recommended';

/** The parts of a 情况说明 (the headings a reviewer looks for). */
export type SectionId =
  | 'functions'
  | 'units'
  | 'staff'
  | 'tasks'
  | 'overall'
  | 'income'
  | 'expenditure'
  | 'fiscal'
  | 'fiscal-expenditure'
  | 'fiscal-basic'
  | 'general'
  | 'basic'
  | 'three-public'
  | 'gov-fund'
  | 'state-capital'
  | 'projects'
  | 'operation'
  | 'procurement'
  | 'purchase-services'
  | 'assets'
  | 'performance'
  | 'glossary';

export interface SectionSpec {
  id: SectionId;
  need: Need;
}

export interface TemplateProfile {
  id: TemplateId;
  /** Chinese name, e.g. 江苏省级部门预算公开（12 张表）. */
  name: string;
  /** Region and years it was seen in (documentation). */
  region: string;
  documents: ('budget' | 'final')[];
  /** Tables the template has: 'error' when absent, 'warning' when some years/regions leave it out. */
  tables: [TableKind, 'error' | 'warning'][];
  /** The 情况说明's parts, for a document of a given year (templates change between years). */
  sections(year: number | null): SectionSpec[];
  /** The money unit its tables print. */
  moneyUnit: '万元';
  /** Does its 名词解释 explain every 项级科目 the tables use (Wuhan district templates do)? */
  glossarySubjects: boolean;
  /** Where its parts are written down (../shared/docs/domain.md, the documents it was read from). */
  source: string;
}

/** Chinese names of the sections, and how a heading names them. */
export const SECTION_NAMES: Record<SectionId, string> = {
  functions: '主要职能',
  units: '机构设置与预算单位构成',
  staff: '人员构成（编制数、实有人数、离退休人数）',
  tasks: '年度主要工作任务及目标',
  overall: '收支预算（决算）总体情况',
  income: '收入情况',
  expenditure: '支出情况',
  fiscal: '财政拨款收支总体情况',
  'fiscal-expenditure': '财政拨款支出情况',
  'fiscal-basic': '财政拨款基本支出情况',
  general: '一般公共预算支出情况',
  basic: '一般公共预算基本支出情况',
  'three-public': '“三公”经费情况',
  'gov-fund': '政府性基金预算情况',
  'state-capital': '国有资本经营预算情况',
  projects: '项目支出情况',
  operation: '机关运行经费',
  procurement: '政府采购情况',
  'purchase-services': '政府购买服务情况',
  assets: '国有资产占用情况（车辆、大额设备）',
  performance: '预算绩效（绩效目标/绩效自评）',
  glossary: '名词解释',
};

const req = (...ids: SectionId[]): SectionSpec[] => ids.map((id) => ({ id, need: 'required' as Need }));
const rec = (...ids: SectionId[]): SectionSpec[] => ids.map((id) => ({ id, need: 'recommended' as Need }));

const WUHAN_TABLES: [TableKind, 'error' | 'warning'][] = [
  ['income-expense-summary', 'error'],
  ['income-summary', 'error'],
  ['expenditure-summary', 'error'],
  ['fiscal-summary', 'error'],
  ['general-budget-expenditure', 'error'],
  ['basic-expenditure', 'error'],
  ['three-public', 'error'],
  ['gov-fund', 'error'],
  ['state-capital', 'warning'],
  ['project-expenditure', 'error'],
  ['dept-performance', 'error'],
  ['project-performance', 'error'],
];

const FINAL_TABLES: [TableKind, 'error' | 'warning'][] = (
  ['income-expense-summary', 'income-summary', 'expenditure-summary', 'fiscal-summary', 'general-budget-expenditure', 'basic-expenditure', 'gov-fund', 'state-capital', 'three-public'] as TableKind[]
).map((k) => [k, 'error']);

export const TEMPLATES: Record<TemplateId, TemplateProfile> = {
  'wuhan-budget': {
    id: 'wuhan-budget',
    name: '部门预算公开（武汉区级模板：收支总表至项目支出绩效目标表）',
    region: '湖北武汉区级，2024 年起（四部分：概况、预算表、情况说明、名词解释）',
    documents: ['budget'],
    tables: WUHAN_TABLES,
    sections: () => [
      ...req('functions', 'units', 'staff', 'overall', 'income', 'expenditure', 'fiscal', 'general', 'basic', 'three-public', 'gov-fund'),
      ...req('projects', 'operation', 'procurement', 'assets', 'performance', 'glossary'),
      ...rec('state-capital', 'purchase-services'),
    ],
    moneyUnit: '万元',
    glossarySubjects: true,
    source: 'domain.md §1.2、§3.1；种子文件 S003（2026）、S004（2025）',
  },
  'wuhan-budget-old': {
    id: 'wuhan-budget-old',
    name: '部门预算公开（武汉区级旧模板：基本情况、年度工作目标、收支总体安排……）',
    region: '湖北武汉区级，2022–2023 年（说明在前、表在后，名词解释在最后）',
    documents: ['budget'],
    tables: WUHAN_TABLES,
    sections: () => [
      ...req('functions', 'units', 'staff', 'overall', 'general', 'three-public', 'gov-fund', 'operation', 'procurement', 'assets', 'performance', 'glossary'),
      ...rec('tasks', 'state-capital'),
    ],
    moneyUnit: '万元',
    glossarySubjects: false,
    source: 'domain.md §3.1（Older Wuhan variants）；种子文件 S000（2023）、S001（2022）',
  },
  'jiangsu-budget': {
    id: 'jiangsu-budget',
    name: '江苏省级部门预算公开（12 张表）',
    region: '江苏省级部门，2017–2019 年（2017 年表序不同；2019 年起有国有资产占用、绩效目标两部分）',
    documents: ['budget'],
    tables: [
      ['income-expense-summary', 'error'],
      ['income-summary', 'error'],
      ['expenditure-summary', 'error'],
      ['fiscal-summary', 'error'],
      ['fiscal-expenditure', 'error'],
      ['fiscal-basic-expenditure', 'error'],
      ['general-budget-expenditure', 'error'],
      ['basic-expenditure', 'error'],
      ['three-public', 'error'],
      ['gov-fund', 'error'],
      ['operation-expenditure', 'error'],
      ['procurement', 'error'],
    ],
    sections: (year) => [
      ...req('functions', 'units', 'overall', 'income', 'expenditure', 'fiscal', 'fiscal-expenditure', 'fiscal-basic', 'general', 'basic', 'three-public', 'gov-fund', 'operation', 'procurement', 'glossary'),
      ...(year !== null && year >= 2019 ? req('assets', 'performance') : rec('assets', 'performance')),
      ...rec('tasks', 'staff'),
    ],
    moneyUnit: '万元',
    glossarySubjects: false,
    source: '../shared/real 江苏省人大常委会办公厅、省人民检察院、省高级人民法院、省委办公厅、省政协办公厅 2017–2019 年部门预算',
  },
  final: {
    id: 'final',
    name: '部门决算公开（公开01–09表）',
    region: '全国部门决算公开模板（湖北武汉区级：第三部分一至十三、重点工作、名词解释、附件）',
    documents: ['final'],
    tables: FINAL_TABLES,
    sections: () => [
      ...req('functions', 'units', 'overall', 'income', 'expenditure', 'fiscal', 'general', 'basic', 'gov-fund', 'state-capital', 'three-public'),
      ...req('operation', 'procurement', 'assets', 'performance', 'glossary'),
      ...rec('staff'),
    ],
    moneyUnit: '万元',
    glossarySubjects: false,
    source: 'domain.md §1.3、§3.2；种子文件 S002（2024）',
  },
  'shanghai-final': {
    id: 'shanghai-final',
    name: '上海区级部门决算公开（9 张表，第三部分一至十一）',
    region: '上海市区级部门，2024 年（收入支出决算总表等 9 张表不列行次；其他重要事项含机关运行经费、政府采购、国有资产占用）',
    documents: ['final'],
    tables: FINAL_TABLES,
    sections: () => [
      ...req('functions', 'units', 'overall', 'income', 'expenditure', 'fiscal', 'general', 'basic', 'three-public', 'gov-fund', 'state-capital'),
      ...req('performance', 'operation', 'procurement', 'assets', 'glossary'),
    ],
    moneyUnit: '万元',
    glossarySubjects: false,
    source: '../shared/real 上海市部门决算模板（2024）、普陀区财政局、区委社会工作部 2024 年部门决算',
  },
};

export const TEMPLATE_IDS = Object.keys(TEMPLATES) as TemplateId[];

export function isTemplateId(v: unknown): v is TemplateId {
  return typeof v === 'string' && (TEMPLATE_IDS as string[]).includes(v);
}

export interface DetectedTemplate {
  profile: TemplateProfile;
  evidence: string;
  /** 'user': set in the settings or with --template; 'detected': told from the workbook. */
  source: 'detected' | 'user';
}

const JIANGSU_KINDS: TableKind[] = ['fiscal-expenditure', 'fiscal-basic-expenditure', 'operation-expenditure'];

export interface TemplateClues {
  kind: 'budget' | 'final' | null;
  year: number | null;
  unit?: string | null;
  tables: Recognised[];
  narrative?: NarrativeParagraph[];
}

const HEADING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])/;

/** At most `max` characters once white space is taken out (counted without making that text). */
export function shortWithoutSpaces(text: string, max: number): boolean {
  if (text.length <= max) return true;
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i)) && ++n > max) return false;
  return true;
}

/** The characters a heading can start with (HEADING's first characters), as UTF-16 codes. */
const HEADING_START = new Set([...'第一二三四五六七八九十（('].map((c) => c.charCodeAt(0)));

/** Index of the first character that is not white space (the length when none). */
function firstNonSpaceAt(text: string): number {
  let i = 0;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** The first character that is not white space ('' when none). */
export function firstNonSpace(text: string): string {
  const i = firstNonSpaceAt(text);
  return i < text.length ? text[i] : '';
}

export function headings(narrative: NarrativeParagraph[]): string[] {
  // a paragraph longer than a heading can be is passed over without copying it; its first character
  // is tested by its code (text[i] of a CJK character is a new string every time)
  const out: string[] = [];
  for (const p of narrative) {
    const text = p.text;
    const at = firstNonSpaceAt(text);
    if (at >= text.length || !HEADING_START.has(text.charCodeAt(at)) || !shortWithoutSpaces(text, 60)) continue;
    // a heading without white space is its own compact form (no copy)
    const t = at > 0 || hasSpace(text, at) ? text.replace(/\s+/g, '') : text;
    if (HEADING.test(t)) out.push(t);
  }
  return out;
}

/** Does the text hold white space (as /\s/ means it) at or after `from`? */
function hasSpace(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/** The template of a document, from its tables and narrative; null when the document kind is unknown. */
export function detectTemplate(clues: TemplateClues): DetectedTemplate | null {
  const { kind, tables } = clues;
  // the narrative's headings, read only when a question needs them: a 上海 unit or a 江苏 table
  // decides without them (headings is a pure function of the paragraphs)
  let found: string[] | null = null;
  const heads = (): string[] => (found ??= headings(clues.narrative ?? []));
  if (kind === 'final') {
    const shanghai = /上海/.test(clues.unit ?? '') || heads().some((h) => /^第[一二三四]部分.{0,20}上海/.test(h));
    if (shanghai) return { profile: TEMPLATES['shanghai-final'], evidence: `上海市部门决算（${/上海/.test(clues.unit ?? '') ? `单位“${clues.unit}”` : '情况说明标题'}）`, source: 'detected' };
    return { profile: TEMPLATES.final, evidence: '决算公开', source: 'detected' };
  }
  if (kind !== 'budget') return null;
  const jiangsu = tables.filter((t) => JIANGSU_KINDS.includes(t.kind));
  const meetings = tables.find((t) => t.kind === 'three-public' && t.columns.some((c) => c.key === '会议费' || c.key === '培训费'));
  if (jiangsu.length || meetings) {
    const names = [...new Set(jiangsu.map((t) => t.block.title?.text ?? t.block.sheet))];
    if (meetings) names.push('“三公”经费、会议费、培训费表');
    return { profile: TEMPLATES['jiangsu-budget'], evidence: `有${names.slice(0, 3).join('、')}`, source: 'detected' };
  }
  // Wuhan: the current form has four parts (第四部分 名词解释) and the 情况说明 after the tables;
  // the old form puts 基本情况 / 年度工作目标 first and the 名词解释 last
  const fourParts = heads().some((h) => /^第四部分.{0,6}名[词称]解释/.test(h));
  const oldForm = heads().some((h) => /年度工作目标|^[一二三四五六七八九十]+、.{0,8}基本情况$/.test(h)) || heads().some((h) => /^[一二三四五六七八九十]+、.{0,8}名[词称]解释/.test(h));
  if (fourParts && !oldForm) return { profile: TEMPLATES['wuhan-budget'], evidence: '情况说明分四部分（第四部分 名词解释），没有江苏模板特有的表', source: 'detected' };
  if (oldForm) return { profile: TEMPLATES['wuhan-budget-old'], evidence: '情况说明先写部门基本情况、年度工作目标，没有江苏模板特有的表', source: 'detected' };
  if (clues.year !== null && clues.year < 2024) return { profile: TEMPLATES['wuhan-budget-old'], evidence: `${clues.year} 年预算，没有江苏模板特有的表`, source: 'detected' };
  return { profile: TEMPLATES['wuhan-budget'], evidence: '没有江苏模板特有的表（财政拨款支出表、机关运行经费表等）', source: 'detected' };
}

/** The user's template, when it fits the document kind; else the detected one with a note why not. */
export function chooseTemplate(detected: DetectedTemplate | null, override: TemplateId | null | undefined, kind: 'budget' | 'final' | null): DetectedTemplate | null {
  if (!override) return detected;
  const profile = TEMPLATES[override];
  if (kind && !profile.documents.includes(kind)) {
    // said, not silently dropped: the user's template is for the other document kind
    const why = `用户指定的“${profile.name}”只适用于${profile.documents.map((d) => (d === 'budget' ? '预算' : '决算')).join('、')}，本文件为${kind === 'budget' ? '预算' : '决算'}，未采用`;
    return detected ? { ...detected, evidence: `${detected.evidence}；${why}` } : null;
  }
  return { profile, evidence: '用户指定', source: 'user' };
}
