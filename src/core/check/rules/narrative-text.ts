/** Narrative statements that are not sums: year labels, reasons, 款 lists, and facts (TXT-08, TXT-11, TXT-14–TXT-19). */
import Decimal from 'decimal.js';
import { CLASSIFICATION_CODES } from '../../data/classification';
import { countValue, narrativeAnalysis, thisYearFigure, type Claim, type NarrativeAnalysis } from '../../narrative/analyse';
import { looseName } from '../../narrative/lexicon';
import { paragraphLabel, paragraphLocation, type NarrativeParagraph } from '../../narrative/source';
import { norm, normalise } from '../../recognize/text';
import { REASON_PLACEHOLDER } from '../../narrative/placeholders';
import type { NumberToken } from '../../narrative/tokens';
import { scaledInteger } from '../../amount';
import { C_BEN, C_CAI, C_LENS, C_CHAN, C_CHE, C_DAN, C_GE, C_JI, C_LIANG, C_QIYE, C_WEI, C_WEI2, C_ZHONG, C_ZI, holdsAll, paragraphChars } from './paragraph-chars';
import type { Rule } from '../types';
import type { Location } from '../../contract';
import { claimLocation, compareAmount, qLocation, quote, wan } from './narrative-helpers';
import { findGlossary } from './glossary-text';

function clip(text: string, start: number, end: number): string {
  const a = Math.max(0, start);
  return text.slice(a, Math.min(text.length, end)).replace(/\s+/g, ' ').trim();
}

/** The text before its first clause separator (as text.split(/[，,。；;:：]/)[0], without splitting the rest of the paragraph). */
export function firstClause(text: string): string {
  const stop = text.search(CLAUSE_END);
  return stop < 0 ? text : text.slice(0, stop);
}

const CLAUSE_END = /[，,。；;:：]/;

/** "比 2023 年减少 16.12 万元" — from 比/截至 (if any) to the end of the clause, at most ~24 characters. */
function yearFragment(text: string, start: number, end: number): string {
  const a = Math.max(0, start - 6);
  const k = text.slice(a, start).search(/(比|较|与|同比|截[至止])\s*$/);
  const from = k >= 0 ? a + k : start;
  const rest = text.slice(end);
  // a comma between digits is a thousands separator (“1,099.73”), not the clause's end
  const stop = rest.search(/[，。；;:：]|,(?!\d{3})/);
  const to = end + Math.min(stop < 0 ? rest.length : stop, 30);
  return clip(text, from, to);
}

/** Between “当年财政拨款 X” and the 上年结转 part of the same 项目支出: “万元、上年结转”. */
const PROJECT_CARRY = /^\s*(万元)?\s*[、，,及和]\s*(上年|以前年度)?(财政拨款)?结转(结余)?(资金)?\s*$/;
const BUDGET_WORDS = /(预算|决算|收支|收入|支出|财政拨款|一般公共预算|三公|政府采购|机关运行经费)/;
const NOT_LABEL = /(新增|新设|成立|设立|底|以来|之前|以前|工作|目标|任务|调级|参保|完成)/;

export const narrativeYears: Rule = {
  meta: {
    id: 'narrative/year-labels',
    category: 'narrative',
    severity: 'error',
    title: '情况说明年份',
    description:
      '情况说明中的“本年”应是文件年度（包括“纳入 Y 年部门预算（决算）编制范围”和“Y 年……项目实行绩效目标管理”），“比 Y 年”“与 Y 年相比”的 Y 应是上一年；资产、车辆“截至 Y 年 12 月 31 日”：预算为上年末，决算为本年末。同一句在本年数之后写出的上年数（“2026年收支总预算 100 万元，2025年预算数为 80 万元”）不是本年标注。职能、重点工作等业务段落中的年份不检查。',
    implements: ['TXT-08'],
    example: '情况说明!A56：“2024 年蔡甸区医疗保障局（本级）部门预算数”：这是 2025 年预算，应为 2025 年',
  },
  check(ctx) {
    const a = narrativeAnalysis(ctx.model);
    const year = ctx.model.year;
    if (a.paragraphs.length === 0) return ctx.skip('没有情况说明');
    if (!year) return ctx.skip('没有识别出文件年度');
    const final = ctx.model.kind === 'final';
    // (each paragraph's tokens with its scope: no object per token; issue 19)
    const paragraphs = a.paragraphs;
    const byParagraph = a.paragraphTokens;
    for (let pi = 0; pi < byParagraph.length; pi++) {
      for (const token of byParagraph[pi]) {
        if (token.kind !== 'year') continue;
        const p = paragraphs[pi];
        const y = yearOf(token.value);
        const label = yearLabel(a, p.text, token, y, a.scopeOf(pi), year, final);
        if (!label || y === label.expected) continue;
        ctx.report({
          message: `${paragraphLabel(p)}：“${yearFragment(p.text, token.start, token.end)}”：${label.why}，应为 ${label.expected} 年`,
          locations: [paragraphLocation(p, token.start, token.end)],
          expected: String(label.expected),
          actual: String(y),
        });
      }
    }
  },
};

/** After a year: the 绩效目标 statement of the document's year. */
const PERFORMANCE_LABEL = /^\s*(年)?度?\s*[^，。；,;]{0,12}?(项目实行绩效目标管理|设置了?[^，。；,;]{0,10}绩效目标|开展绩效自评|绩效目标设置)/;

/**
 * Words that state a reason. Besides “主要原因是……”: “主要系……所致”, a new 科目 or unit (js-swbgt-2018
 * “此项级科目为今年新增科目”), and a cause in its own sentence (js-zx-2018 “退休人员退休费由省社保机构统一发放，单位支出减少”).
 */
const REASON = /(原因|主要是|主要系|主要由于|由于|因为|主要用于|用于|为了|系[^，。；]{1,30}所致|所致|新增|新设|新成立|改由|由[^，。；]{1,12}(统一|负责|承担)|导致)/;
/** Words that open a stated reason: a year inside one may be a past one. */
/**
 * The year a year token of a paragraph should be, and why; null where the rule does not read it (a
 * business section, a stated reason, a date, a year that labels nothing).
 */
function yearLabel(a: NarrativeAnalysis, text: string, token: NumberToken, y: number, scope: string[], year: number, final: boolean): { expected: number; why: string } | null {
  const kindWord = final ? '决算' : '预算';
  const after = text.slice(token.end);
  // a stated reason may name last year's budget ("二是纳入2018年预算管理的700万元培训费收入…")
  const sentenceStart = Math.max(text.lastIndexOf('。', token.start), text.lastIndexOf('；', token.start), 0);
  const inReason = REASON_WORDS.test(text.slice(sentenceStart, token.start));
  // 职能、重点工作 … sections are not checked, except “纳入 Y 年部门预算编制范围” (单位构成)
  // (the unit's full name may stand between: “纳入上海市长宁区人大常委会办公室 2023 年度部门决算编制范围”)
  const scopeLabel = /纳入[^，。；,;]{0,30}$/.test(text.slice(Math.max(0, token.start - 34), token.start)) && /^\s*(年)?度?\s*(部门)?(汇总)?(预算|决算)\s*编制范围/.test(after) && !inReason;
  if (a.isBusiness(scope) && !scopeLabel) return null;
  if (inReason && !scopeLabel) return null;
  // (what the labels below read, only for a year the rule reads: issue 19)
  // (a few characters before the year, cut afresh for each year: normalised directly, as norm would —
  // a memo of texts that short costs more to look up and keep than to work out; issue 19)
  const before = normalise(text.slice(Math.max(0, token.start - 4), token.start));
  const clause = firstClause(after);
  // “2025年部门所有项目实行绩效目标管理”, “2026年部门设置了部门整体支出绩效目标”: this year's targets
  const targetLabel = PERFORMANCE_LABEL.test(after) && !inReason;
  let expected: number | null = null;
  let why = '';
  if (scopeLabel) {
    expected = year;
    why = `这是 ${year} 年${kindWord}，纳入编制范围的应是本年${kindWord}`;
  } else if (targetLabel) {
    expected = year;
    why = `这是 ${year} 年${kindWord}的绩效目标（绩效自评）`;
  } else if (/(比|较|与|同比)\s*$/.test(before)) {
    expected = year - 1;
    why = '比较的应是上一年';
  } else if (/截[至止]\s*$/.test(before) && /^\s*\d{1,2}\s*月/.test(after)) {
    expected = final ? year : year - 1;
    why = final ? '决算说明资产应截至本年末' : '预算说明资产应截至上年末';
  } else if (/^\s*(年|年度)?\s*\d{1,2}\s*月/.test(after.replace(/^度/, ''))) {
    return null; // a date
  } else if (BUDGET_WORDS.test(clause.slice(0, 30)) && !NOT_LABEL.test(clause.slice(0, 12)) && !/(底|末)$/.test(normalise(text.slice(token.end, token.end + 2)))) {
    // “2026年收支总预算 100 万元，2025年预算数为 80 万元”: last year's figure after this year's, not a label
    if (y === year - 1 && thisYearFigure(year).test(text.slice(sentenceStart, token.start))) return null;
    expected = year;
    why = `这是 ${year} 年${kindWord}`;
  }
  return expected === null ? null : { expected, why };
}

const REASON_WORDS = /(原因|由于|因为|一是|二是|三是|四是)/;

/**
 * A year token's value as a number, as value.toNumber() (which prints the Decimal and parses the text):
 * an integer read from decimal.js' digits where it is one (issue 19).
 */
export function yearOf(value: Decimal): number {
  const x = scaledInteger(value);
  return x && x.places === 0 ? x.m : value.toNumber();
}

/** The text up to its second “。” (as text.split(/。/).slice(0, 2).join('。'), without splitting the rest). */
export function twoSentences(text: string): string {
  const first = text.indexOf('。');
  const second = first < 0 ? -1 : text.indexOf('。', first + 1);
  return second < 0 ? text : text.slice(0, second);
}

function explained(a: NarrativeAnalysis, c: Claim): boolean {
  const text = c.p.text;
  const rest = text.slice(c.token.end);
  const next = twoSentences(rest);
  if (REASON.test(next)) return true;
  // "安排情况如下：" / "其中：" — the reasons follow in the items of the section
  if (/(如下|其中)\s*[:：]?\s*$/.test(text.trim()) || /如下/.test(next)) {
    const scope = a.scopeOf(c.pi);
    for (let j = c.pi + 1; j < Math.min(a.paragraphs.length, c.pi + 16); j++) {
      const s = a.scopeOf(j);
      if (s.length < scope.length || scope.some((x, i) => s[i] !== x)) break;
      if (REASON.test(a.paragraphs[j].text)) return true;
    }
  }
  return false;
}

export const narrativeReasons: Rule = {
  meta: {
    id: 'narrative/reasons',
    category: 'narrative',
    severity: 'warning',
    title: '增减变化说明原因',
    description: '情况说明中每一处比上年的增减（增减额不为 0）都应说明“主要原因”；决算完成年初预算的比例不是 100% 时，也应说明决算数大于或小于年初预算数的原因。',
    implements: ['TXT-18', 'TXT-07'],
    example: '情况说明!A84：“比 2024 年预算减少 18 万元”没有说明原因',
  },
  check(ctx) {
    const a = narrativeAnalysis(ctx.model);
    if (a.paragraphs.length === 0) return ctx.skip('没有情况说明');
    // the generator's 【主要原因：请填写】: reasons still to write, said once for the whole text
    // (the placeholder has no pattern characters: a paragraph without its text has none)
    // (a loop: no empty list per paragraph without one; issue 19)
    // (【 read once per paragraph first: most paragraphs have none)
    const pending: Location[] = [];
    const chars = paragraphChars(ctx.model);
    for (let pi = 0; pi < a.paragraphs.length; pi++) {
      const p = a.paragraphs[pi];
      if (chars[pi] & C_LENS && p.text.includes(REASON_PLACEHOLDER)) for (const m of p.text.matchAll(new RegExp(REASON_PLACEHOLDER, 'g'))) pending.push(paragraphLocation(p, m.index, (m.index ?? 0) + m[0].length));
    }
    if (pending.length) {
      ctx.report({
        message: `情况说明中还有 ${pending.length} 处增减变化的原因没有填写（“${REASON_PLACEHOLDER}”），请写明主要原因`,
        locations: pending,
        expected: '主要原因是……',
        actual: REASON_PLACEHOLDER,
      });
    }
    const done: Claim[] = [];
    for (const c of a.claims) {
      if (c.status === 'classified') continue;
      if (c.role === 'change' && c.token.value.isZero()) continue;
      if (c.role === 'completion' && c.token.value.eq(100)) continue;
      if (c.role !== 'change' && c.role !== 'completion') continue;
      if (explained(a, c)) {
        done.push(c);
        continue;
      }
      // the same change explained earlier in the document
      if (c.role === 'change' && done.some((d) => d.role === 'change' && d.token.wan?.eq(c.token.wan ?? -1) && d.direction === c.direction)) continue;
      ctx.report({
        message: c.role === 'change' ? `${quote(c)} 没有说明原因` : `${quote(c)}：决算数与年初预算数不同，没有说明原因`,
        locations: [claimLocation(c)],
        expected: '主要原因是……',
        actual: null,
      });
    }
  },
};

const ECONOMIC_BY_NAME = new Map<string, string>();
for (const c of CLASSIFICATION_CODES) if (c.scheme === 'economic' && c.code.length === 5) for (const n of [c.name, ...c.variants]) ECONOMIC_BY_NAME.set(looseName(n), c.code);

export const narrativeItemLists: Rule = {
  meta: {
    id: 'narrative/item-lists',
    category: 'narrative',
    severity: 'warning',
    title: '“主要包括”只列有金额的科目',
    description: '基本支出说明中人员经费、公用经费“主要包括/主要用于”所列的经济科目，应是基本支出表中有金额的科目，不应照抄模板列出全部科目。',
    implements: ['TXT-17'],
    example: '情况说明!A92：人员经费“主要用于”列出的 职业年金缴费 在基本支出表中没有金额',
  },
  check(ctx) {
    const a = narrativeAnalysis(ctx.model);
    if (a.paragraphs.length === 0) return ctx.skip('没有情况说明');
    const basic = a.lexicon.economics;
    if (basic.length === 0) return ctx.skip('没有基本支出表（经济分类）');
    // the 名词解释 defines terms (“机关运行经费：……包括办公及印刷费、……福利费……”), it does not list this budget's items
    if (a.nameLists.length === 0) return;
    const g = findGlossary(a.paragraphs);
    const inGlossary = (p: NarrativeParagraph) => {
      const i = a.paragraphs.indexOf(p);
      return !!g && i >= g.from && i < g.to;
    };
    for (const list of a.nameLists) {
      if (inGlossary(list.p)) continue;
      const missing: string[] = [];
      for (const n of list.names) {
        const code = ECONOMIC_BY_NAME.get(looseName(n.name));
        if (!code) continue;
        const row = basic.find((e) => e.code === code);
        if (!row || row.cands.every((c) => c.q.value.isZero())) missing.push(n.name);
      }
      if (missing.length === 0) continue;
      ctx.report({
        message: `${paragraphLabel(list.p)}：${list.what}“主要包括/主要用于”列出的 ${missing.length > 8 ? `${missing.slice(0, 8).join('、')} 等 ${missing.length} 项` : missing.join('、')} 在基本支出表中没有金额`,
        locations: [paragraphLocation(list.p)],
        expected: null,
        actual: missing.join('、'),
      });
    }
  },
};

/** A section about the units the budget covers (单位构成). */
const UNIT_SECTION = /单位构成|机构设置|单位组成/;

/** 资产 or 车辆: each pattern of the 国有资产 / 车辆 statements holds one (one pattern, not two includes over the paragraph). */
const ASSET_WORD = /资产|车辆/;

/**
 * Can norm(raw) hold 资产 or 车辆, a count of units (“3 个二级单位”), 单位范围 … 个? norm only drops white
 * space and maps digits and punctuation: a CJK character of the normalised text is one of the raw
 * text's, so a paragraph lacking one of the characters a pattern spells (资 and 产, or 车 and 辆; 个, 单
 * and 位; 围 and 个) is passed without normalising it (issue 19: most are; 资 alone, as in 资金, let a
 * fifth of the paragraphs through to be normalised on a first check).
 */
export function mayNameAssets(chars: number): boolean {
  return holdsAll(chars, C_ZI | C_CHAN) || holdsAll(chars, C_CHE | C_LIANG);
}
export function mayCountUnits(chars: number): boolean {
  return holdsAll(chars, C_GE | C_DAN | C_WEI);
}
export function mayNameUnitRange(chars: number): boolean {
  return holdsAll(chars, C_WEI2 | C_GE);
}

export const narrativeFacts: Rule = {
  meta: {
    id: 'narrative/facts',
    category: 'narrative',
    severity: 'warning',
    title: '情况说明的事实陈述',
    description:
      '机关运行经费不超过基本支出公用经费，事业单位不应有机关运行经费（错误）；说“无国有资产占用”而基本支出有资本性支出、有公务用车运行费却说没有车辆；项目绩效目标涉及的金额应是项目支出（未说明设置了部门整体绩效目标时）；说明的预算单位个数与收入总表的单位行；同一事实（如“三公”经费单位范围）前后一致。',
    implements: ['TXT-11', 'TXT-14', 'TXT-15', 'TXT-16', 'TXT-19'],
    example: '情况说明!A91：“项目绩效目标涉及一般公共预算本年财政拨款数 3291.91 万元”是部门支出总额，项目支出为 2297.10 万元',
  },
  check(ctx) {
    const a = narrativeAnalysis(ctx.model);
    if (a.paragraphs.length === 0) return ctx.skip('没有情况说明');
    const m = ctx.model;
    // which words each paragraph may hold, read once per paragraph (a.paragraphs is the model's narrative)
    const chars = paragraphChars(m);
    // 机关运行经费 (TXT-11)
    for (const c of a.claims) {
      if (c.binding?.key !== 'concept:机关运行经费' || !c.token.wan) continue;
      const pub = c.binding.cands[0]?.q;
      if (m.nature?.value === 'institution' && c.token.wan.gt(0)) {
        ctx.report({ severity: 'error', message: `${quote(c)}：本单位是事业单位（${m.nature.evidence}），不应有机关运行经费`, locations: [claimLocation(c)], expected: '0', actual: c.token.value.toString() });
        c.status = 'checked';
        continue;
      }
      if (!pub) continue;
      const eq = compareAmount(c, c.binding.cands);
      c.status = eq?.status === 'equal' ? 'tied' : 'checked';
      if (c.token.wan.minus(c.token.half ?? 0).gt(pub.value.plus(pub.half))) {
        ctx.report({ severity: 'error', message: `${quote(c)} 大于 ${c.binding.cands[0].where} 公用经费 ${wan(pub.value, pub.decimals)}，机关运行经费是公用经费的一部分`, locations: [claimLocation(c), qLocation(pub)], expected: `≤ ${wan(pub.value, pub.decimals)}`, actual: c.token.value.toString() });
      }
    }
    // 政府采购 授予中小企业 (TXT-12, STD-15): the contracts won by 中小企业 — in the projects reserved for
    // them and in the others — add up to no more than the total procurement
    const smeTotalOf = (pi: number): Claim | undefined => {
      const scope = a.scopeOf(pi).join('/');
      return a.claims.find((c) => c.role === 'amount' && c.token.wan && a.scopeOf(c.pi).join('/') === scope && c.pi <= pi && /政府采购(金额|支出总额|总额|支出|预算)/.test(c.p.text.slice(c.sentence.start, c.token.start)) && !/中小|小微/.test(c.p.text.slice(c.sentence.start, c.token.start)));
    };
    for (let pi = 0; pi < a.paragraphs.length; pi++) {
      const p = a.paragraphs[pi];
      // (the characters of 中小企业 and 采 read once per paragraph first)
      if (!holdsAll(chars[pi], C_ZHONG | C_QIYE | C_CAI) || !p.text.includes('中小企业') || !p.text.includes('采购')) continue;
      const awards = a.claims.filter((c) => {
        if (c.p !== p || c.role !== 'amount' || !c.token.wan) return false;
        const clauseStart = Math.max(p.text.lastIndexOf('；', c.token.start), p.text.lastIndexOf(';', c.token.start), p.text.lastIndexOf('。', c.token.start), 0);
        const clause = p.text.slice(clauseStart, c.token.start);
        return /(由|授予)中小企业/.test(clause) && /(中标|成交|合同)/.test(clause) && !/(由|授予)小微企业/.test(clause);
      });
      if (awards.length === 0) continue;
      const total = smeTotalOf(pi);
      if (!total?.token.wan) continue;
      const sum = awards.reduce((x, c) => x.plus(c.token.wan as Decimal), new Decimal(0));
      const slack = awards.reduce((x, c) => x.plus(c.token.half ?? 0), total.token.half ?? new Decimal(0));
      for (const c of awards) if (c.status === 'untied') c.status = 'checked';
      if (sum.minus(total.token.wan).lte(slack)) continue;
      ctx.report({
        severity: 'error',
        message: `${paragraphLabel(p)}：由中小企业中标或成交的采购金额合计 ${wan(sum, 2)} 万元（${awards.map((c) => c.token.value.toString()).join(' + ')}），超过${paragraphLabel(total.p) === paragraphLabel(p) ? '' : ` ${paragraphLabel(total.p)} 所写的`}政府采购金额 ${total.token.value} 万元`,
        locations: [...awards.map(claimLocation), claimLocation(total)],
        expected: `≤ ${total.token.value.toString()}`,
        actual: wan(sum, 2),
      });
    }
    // 国有资产 / 车辆 (TXT-14)
    const capital = a.lexicon.economics.filter((e) => e.code.startsWith('310') && e.code.length === 5 && e.cands.some((c) => !c.q.value.isZero()));
    const run = a.lexicon.concept('三公:公务用车购置及运行费.公务用车运行费')[0]?.q;
    for (let pi = 0; pi < a.paragraphs.length; pi++) {
      const p = a.paragraphs[pi];
      // (each pattern below holds 资产 or 车辆: other paragraphs are passed at once)
      if (!mayNameAssets(chars[pi])) continue;
      const text = norm(p.text);
      if (!ASSET_WORD.test(text)) continue;
      if (/无(国有)?资产占用|没有(国有)?资产/.test(text) && capital.length) {
        const e = capital[0];
        ctx.report({ message: `${paragraphLabel(p)}：“${clip(p.text, 0, 60)}”，而基本支出表有资本性支出 ${e.code} ${e.name.trim()} ${wan(e.cands[0].q.value, e.cands[0].q.decimals)} 万元，请核实资产情况`, locations: [paragraphLocation(p), qLocation(e.cands[0].q)], expected: null, actual: null });
      }
      const cars = /(共有|拥有|保有)(公务用)?车辆\s*(\d+|[一二两三四五六七八九十]+)\s*辆|没有车辆|无车辆/.exec(text);
      if (cars && run && run.value.gt(0)) {
        const n = cars[3] ? countValue(cars[3]) : 0;
        if (n === 0) ctx.report({ message: `${paragraphLabel(p)}：“${cars[0]}”，而“三公”经费安排了公务用车运行费 ${wan(run.value, run.decimals)} 万元`, locations: [paragraphLocation(p), qLocation(run)], expected: '≥ 1', actual: '0' });
      }
    }
    // 绩效目标 amount (TXT-15)
    const projects = a.lexicon.concept('一般公共预算:项目支出')[0] ?? a.lexicon.concept('项目支出')[0];
    for (const c of a.claims) {
      if (c.status === 'classified' || c.role !== 'amount' || !c.token.wan) continue;
      if (!mentionsPerformance(c)) continue;
      const lead = normalise(c.p.text.slice(Math.max(0, c.token.start - 12), c.token.start)); // (short: no memo, as above)
      if (!/(财政拨款(数)?|资金)\s*$/.test(lead) || /政府性基金|国有资本/.test(c.label)) continue;
      if (!projects) continue;
      const whole = /整体(支出)?绩效/.test(c.p.text);
      const sentence = c.p.text.slice(c.sentence.start, c.token.start);
      if (/资金\s*$/.test(lead) && /整体/.test(sentence)) {
        const total = a.lexicon.concept('一般公共预算支出')[0] ?? a.lexicon.concept('ex:本年支出合计')[0];
        const eqTotal = total ? compareAmount(c, [total]) : null;
        if (eqTotal) c.status = 'tied';
        if (total && eqTotal?.status === 'mismatch') ctx.report({ message: `${quote(c)} 与部门整体支出 ${wan(total.q.value, total.q.decimals)} 万元不符`, severity: 'error', locations: [claimLocation(c), qLocation(total.q)], expected: wan(total.q.value, total.q.decimals), actual: c.token.value.toString() });
        continue;
      }
      // “当年财政拨款 X 万元、上年结转 Y 万元”: the two parts of the 项目支出, compared as X + Y
      const carry = laterInParagraph(a.claims, c, (d) => d.sentence.start === c.sentence.start && d.token.start > c.token.end && !!d.token.wan && PROJECT_CARRY.test(c.p.text.slice(c.token.end, d.token.start)));
      if (carry?.token.wan && c.token.half && carry.token.half) {
        const both = compareAmount({ ...c, token: { ...c.token, wan: c.token.wan.plus(carry.token.wan), half: c.token.half.plus(carry.token.half) } }, [projects]);
        if (both?.status !== 'mismatch') {
          c.status = 'tied';
          carry.status = 'tied';
          continue;
        }
        ctx.report({
          message: `${quote(c)} 与上年结转 ${wan(carry.token.wan)} 万元之和 ${wan(c.token.wan.plus(carry.token.wan))} 万元，与项目支出 ${wan(projects.q.value, projects.q.decimals)} 万元不符`,
          severity: 'error',
          locations: [claimLocation(c), qLocation(projects.q)],
          expected: wan(projects.q.value, projects.q.decimals),
          actual: c.token.wan.plus(carry.token.wan).toString(),
        });
        continue;
      }
      const eq = compareAmount(c, [projects]);
      if (eq?.status !== 'mismatch') {
        c.status = 'tied';
        continue;
      }
      const total = a.lexicon.concept('一般公共预算支出')[0] ?? a.lexicon.concept('ex:支出总计')[0];
      const isTotal = total && compareAmount(c, [total])?.status !== 'mismatch';
      c.status = isTotal ? 'tied' : c.status;
      if (isTotal && whole) continue;
      ctx.report({
        message: isTotal
          ? `${quote(c)} 是部门支出总额；项目绩效目标涉及的应是项目支出 ${wan(projects.q.value, projects.q.decimals)} 万元（未说明设置了部门整体支出绩效目标）`
          : `${quote(c)} 与项目支出 ${wan(projects.q.value, projects.q.decimals)} 万元不符`,
        severity: isTotal ? 'warning' : 'error',
        locations: [claimLocation(c), qLocation(projects.q)],
        expected: wan(projects.q.value, projects.q.decimals),
        actual: c.token.value.toString(),
      });
    }
    // 预算单位构成 (TXT-19)
    const unitRows = m.byKind('income-summary').flatMap((t) => t.rows.filter((r) => r.type === 'unit'));
    const level2 = unitRows.filter((r) => r.level === 2);
    const tableUnits = level2.length || unitRows.length;
    const localOnly = a.paragraphs.some((p, pi) => holdsAll(chars[pi], C_BEN | C_JI) && p.text.includes('本级') && /[(（]本级[)）]/.test(p.text)) || /本级/.test(m.facts.unit ?? '');
    if (tableUnits && !localOnly) {
      // a section's paragraphs share its scope list: its titles are joined and read once per section
      let scope: string[] | null = null;
      let unitSection = false;
      for (let i = 0; i < a.paragraphs.length; i++) {
        const p = a.paragraphs[i];
        // (the count of units below holds 个 and 单位: other paragraphs read nothing)
        if (!mayCountUnits(chars[i])) continue;
        const text = norm(p.text);
        if (a.scopeOf(i) !== scope) {
          scope = a.scopeOf(i);
          unitSection = UNIT_SECTION.test(scope.join('/'));
        }
        if (!unitSection && !/(预算单位|二级单位|事业单位).{0,6}(构成|组成)|内设/.test(text)) continue;
        const parts = [...text.matchAll(/(\d+|[一二两三四五六七八九十]+)\s*个\s*(二级事业单位|二级单位|事业单位|所属单位|下属单位|预算单位|单位)/g)];
        if (parts.length === 0) continue;
        const n = countValue(parts[0][1]);
        if (n === null) continue;
        // “本级及所属 3 个单位” / “机关及 2 个二级事业单位” / “局机关本级和 1 个二级事业单位”: the 本级 is one more
        const lead = text.slice(0, parts[0].index ?? 0);
        const stated = n + (/(机关|本级)(及|和|与|以及|、)/.test(text) && (/二级|事业|所属|下属/.test(parts[0][2]) || /(机关|本级)(及|和|与|以及|、)(所属|下属|二级)?\s*$/.test(lead)) ? 1 : 0);
        if (stated === tableUnits) continue;
        ctx.report({ message: `${paragraphLabel(p)}：“${clip(p.text, 0, 40)}”说明有 ${stated} 个预算单位，而收入总表只列了 ${tableUnits} 个单位（未说明本公开只含本级）`, locations: [paragraphLocation(p)], expected: String(tableUnits), actual: String(stated) });
        break;
      }
    }
    // the same fact stated twice (TXT-16): 单位范围
    const scopes: { p: NarrativeParagraph; m: RegExpExecArray | null }[] = [];
    for (let pi = 0; pi < a.paragraphs.length; pi++) {
      const p = a.paragraphs[pi];
      if (!mayNameUnitRange(chars[pi])) continue;
      const text = norm(p.text);
      const found = text.includes('单位范围') ? /单位范围[^。]*?([一二两三四五六七八九十\d]+)个/.exec(text) : null;
      if (found) scopes.push({ p, m: found });
    }
    for (const x of scopes.slice(1)) {
      const first = scopes[0];
      if (countValue(x.m![1]) === countValue(first.m![1])) continue;
      ctx.report({ severity: 'error', message: `${paragraphLabel(x.p)}：“${x.m![0]}” 与 ${paragraphLabel(first.p)}：“${first.m![0]}” 前后不一致`, locations: [paragraphLocation(x.p), paragraphLocation(first.p)], expected: first.m![1], actual: x.m![1] });
    }
  },
};

/**
 * The first claim after `c` in its paragraph that `ok` accepts. Claims are listed paragraph by
 * paragraph in text order and a claim's id is its index: only the rest of the paragraph is read.
 */
function laterInParagraph(claims: Claim[], c: Claim, ok: (d: Claim) => boolean): Claim | undefined {
  if (claims[c.id] !== c) return claims.find((d) => d.p === c.p && ok(d));
  for (let k = c.id + 1; k < claims.length && claims[k].p === c.p; k++) if (ok(claims[k])) return claims[k];
  return undefined;
}

/**
 * “绩效” in the claim's section titles or its paragraph before it (as /绩效/ on the two joined,
 * without building the string: the word may also run across the join).
 */
export function mentionsPerformance(c: Claim): boolean {
  if (c.scope !== perfScope) {
    // a section's claims come one after another and share one scope array, never changed: its titles
    // are joined and read once per section, not per claim (issue 19)
    const joined = c.scope.join('/');
    perfScope = c.scope;
    perfTitles = joined.includes('绩效');
    perfAcross = joined.endsWith('绩');
  }
  if (perfTitles) return true;
  const at = c.p.text.indexOf('绩效');
  if (at >= 0 && at + 2 <= c.token.start) return true;
  return perfAcross && c.token.start > 0 && c.p.text.charAt(0) === '效';
}

/** The scope mentionsPerformance read last: do its joined titles hold 绩效, do they end in 绩. */
let perfScope: string[] | null = null;
let perfTitles = false;
let perfAcross = false;
