/**
 * Autofix for an existing narrative (情况说明): for each narrative finding whose right value
 * is certain, the corrected figure, written as the text wrote the old one (22.73 → 22.48,
 * 2024年 → 2025年, 增长 0.07% → 0.72%). Amounts take the table figure the checker named
 * (only when the table has one value for it); years the year the year-label rule expects;
 * rates, shares and completion rates the recomputed ratio (only when the figures they rest
 * on are not themselves being corrected). Everything else is listed as unfixable, with why.
 *
 * The narrative is analysed again (same workbook, same narrative input) to find each finding's
 * claim by its character offsets; applying fixes is in autofix-apply.ts.
 */
import Decimal from 'decimal.js';
import { buildModel, overrideFacts, type CheckConfig } from '../check';
import { documentFacts } from '../facts';
import { recognise, type Recognition } from '../recognize';
import type { FileReport, Finding, Location } from '../contract';
import { findSheet, getCell, type Workbook } from '../workbook';
import { NarrativeAnalysis, type Claim } from './analyse';
import { formatLike, parseExpected, percentAt } from './autofix-format';
import { paragraphLocation, type NarrativeInput, type NarrativeParagraph } from './source';
import { sentences, type NumberToken } from './tokens';
import { targetKey } from './autofix-apply';
import { AutofixSafety } from './autofix-safety';
import { flattenFindings } from '../review/roots';
import type { NarrativeFix, UnfixableFinding } from './autofix-types';

export * from './autofix-apply';
export type { NarrativeFix, UnfixableFinding } from './autofix-types';

export interface FixProposal {
  fixes: NarrativeFix[];
  unfixable: UnfixableFinding[];
}

export interface ProposeOptions {
  /** The narrative the report was checked with, when it replaced the workbook's (pasted text, .txt/.docx). */
  narrative?: NarrativeInput;
  /** The check configuration (its document override and narrative are used). */
  config?: CheckConfig;
  /** The workbook's recognition, when at hand (else recognised again). */
  recognition?: Recognition;
}

/** Rules whose fixes do not depend on other fixes; they go first. */
const DIRECT = new Set(['narrative/amounts', 'narrative/year-labels', 'narrative/number-format']);

const WHY_NOT: Record<string, string> = {
  'narrative/change-consistency': '两处增减额不一致，无法确定哪一处正确，请人工核对',
  'narrative/reasons': '需要补写原因，不自动改正',
  'narrative/item-lists': '需要删去没有金额的科目，不自动改正',
  'narrative/facts': '需要人工核实并改写，不自动改正',
};

const STALE = '找不到所引数字（情况说明可能已改动），请重新检查';

/** Is the token the figure the finding quotes (its `actual`, when that is a number)? Guards against a report older than the text. */
function sameFigure(token: NumberToken, actual: string | null): boolean {
  const v = parseExpected(actual);
  return v === null || v.eq(token.value);
}

const SENTENCE_MAX = 80;
const CONTEXT = 30;

class Proposer {
  readonly fixes: NarrativeFix[] = [];
  /** The claim (figure) each fix corrects. */
  readonly claimOf = new Map<NarrativeFix, Claim>();
  readonly unfixable: UnfixableFinding[] = [];
  private readonly byToken = new Map<NumberToken, Claim>();
  /** Tokens being corrected: paragraph index and start. */
  private readonly fixed = new Set<string>();

  constructor(
    private readonly a: NarrativeAnalysis,
    private readonly wb: Workbook,
  ) {
    for (const c of a.claims) this.byToken.set(c.token, c);
  }

  run(findings: Finding[]): void {
    const narrative = findings.filter((f) => f.rule.startsWith('narrative/'));
    for (const f of narrative.filter((x) => DIRECT.has(x.rule))) this.direct(f);
    for (const f of narrative.filter((x) => !DIRECT.has(x.rule))) this.derived(f);
    this.fixes.sort((x, y) => this.order(x) - this.order(y) || x.start - y.start);
  }

  private order(f: NarrativeFix): number {
    return this.a.paragraphs.findIndex((p) => targetKey(paragraphLocation(p)) === targetKey(f.location));
  }

  private no(f: Finding, reason: string): void {
    this.unfixable.push({ fingerprint: f.fingerprint ?? '', rule: f.rule, location: f.locations[0] ?? null, message: f.message, reason });
  }

  /** The paragraph and number token a location points to. */
  private tokenAt(l: Location | undefined): { p: NarrativeParagraph; pi: number; token: NumberToken; claim?: Claim } | null {
    if (!l || l.start === undefined) return null;
    const key = targetKey(l);
    const hit = this.a.tokens.find((t) => t.token.start === l.start && (l.end === undefined || t.token.end === l.end) && targetKey(paragraphLocation(t.p)) === key);
    return hit ? { p: hit.p, pi: hit.pi, token: hit.token, claim: this.byToken.get(hit.token) } : null;
  }

  private isFixed(c: Claim | undefined): boolean {
    return !!c && this.fixed.has(`${c.pi}:${c.token.start}`);
  }

  private direct(f: Finding): void {
    const at = this.tokenAt(f.locations[0]);
    if (!at || !sameFigure(at.token, f.actual)) return this.no(f, STALE);
    const { p, token, claim } = at;
    const old = p.text.slice(token.start, token.numEnd);
    if (f.rule === 'narrative/year-labels') {
      const year = parseExpected(f.expected);
      if (!year || token.kind !== 'year') return this.no(f, '没有确定的年份');
      const why = f.message.slice(f.message.lastIndexOf('：') + 1);
      return this.add(f, at, formatLike(old, year, 0), why);
    }
    if (f.rule === 'narrative/number-format') {
      if (!claim?.token.typo || !/前导 0/.test(claim.token.typo)) return this.no(f, '不是可以自动改正的书写问题');
      return this.add(f, at, formatLike(old, token.value, token.decimals), '去掉多余的前导 0');
    }
    // narrative/amounts: the table figure the checker compared with
    const expected = parseExpected(f.expected);
    if (!claim || !claim.binding || !token.wan || !expected) return this.no(f, '没有确定的表格数字');
    const values = [...new Map(claim.binding.cands.map((c) => [c.q.value.toString(), c])).values()];
    if (values.length > 1) return this.no(f, `表中有 ${values.length} 个不同的数可与之对应（${values.map((c) => `${c.where} ${c.q.value.toFixed(Math.max(c.q.decimals, 0))}`).join('、')}），无法确定应改为哪一个`);
    const level = this.levelMismatch(claim);
    if (level) return this.no(f, level);
    const factor = token.unit === '元' ? new Decimal(10000) : token.unit === '亿元' ? new Decimal('0.0001') : new Decimal(1);
    const table = f.locations[1] ? `${f.locations[1].sheet}!${f.locations[1].cell}` : '表格';
    this.add(f, at, formatLike(old, expected.mul(factor), token.decimals), `${table} 为 ${f.expected} 万元`);
  }

  /** An item of a list under a 类 that names a 项 (the text meant the 款 of a similar name): not certain. */
  private levelMismatch(c: Claim): string | null {
    const b = c.binding;
    if (!b || b.kind !== 'function') return null;
    const e = this.a.enumerations.find((x) => x.items.includes(c));
    const pb = e?.parent?.binding;
    if (!pb || pb.kind !== 'function' || b.level === undefined || pb.level === undefined || b.level <= pb.level + 1) return null;
    return `“${c.subject}”列在${pb.what}之下，应是其下一级科目，却对应 ${b.what}（更低一级），文字可能指的是另一个科目，不自动改正`;
  }

  private derived(f: Finding): void {
    if (WHY_NOT[f.rule]) return this.no(f, WHY_NOT[f.rule]);
    if (f.rule === 'narrative/enumerations') return this.enumeration(f);
    const at = this.tokenAt(f.locations[0]);
    const x = parseExpected(f.expected);
    const ratio = f.rule === 'narrative/changes' || f.rule === 'narrative/shares' || f.rule === 'narrative/completion';
    if (!ratio || !x || !f.expected?.endsWith('%')) {
      return this.no(f, ratio ? '需要改写句子（如写明“上年无此项”或原因），不自动改正' : '没有可确定的正确值');
    }
    if (f.category === 'rounding') return this.no(f, '末位差一，可能是为凑足 100% 的尾差，可以保留');
    if (!at?.claim || at.token.kind !== 'percent' || !sameFigure(at.token, f.actual)) return this.no(f, STALE);
    const c = at.claim;
    // the figures the ratio rests on
    const basis = f.rule === 'narrative/shares' ? [c.of] : f.rule === 'narrative/changes' ? [c.of, c.change] : f.locations.slice(1).map((l) => this.tokenAt(l)?.claim);
    const moving = basis.filter((b) => this.isFixed(b));
    if (moving.length) return this.no(f, `所依据的金额（${moving.map((b) => b?.token.text).join('、')}）也要改正：请先改正金额，重新检查后再改此比例`);
    let value: Decimal | null;
    if (f.rule === 'narrative/changes') value = this.rate(c, x);
    else value = percentAt(x, c.token.decimals);
    if (!value) return this.no(f, '重算的比例恰在进位边界或精度不足，无法确定按原文位数应写成多少');
    const verb = (c.change?.direction || c.direction || 1) > 0 ? '增加' : '减少';
    const why =
      f.rule === 'narrative/changes'
        ? `按本年 ${c.of?.token.text}、${verb} ${c.change?.token.text}重算`
        : f.rule === 'narrative/shares'
          ? '按表格数字重算'
          : `按决算数与年初预算数重算${value.eq(100) ? '' : '；改正后还应说明决算数与年初预算数不同的原因'}`;
    this.add(f, at, formatLike(at.p.text.slice(at.token.start, at.token.numEnd), value, c.token.decimals), why);
  }

  /** The growth rate recomputed from the text's amount and change (exact); null when it disagrees with the report. */
  private rate(r: Claim, expected: Decimal): Decimal | null {
    const cur = r.of?.token.wan;
    const ch = r.change?.token.wan;
    if (!cur || !ch) return null;
    const sign = r.change?.direction || r.direction || 1;
    const base = cur.minus(ch.mul(sign));
    if (base.lte(0)) return null;
    const rate = ch.div(base).mul(100);
    return rate.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).eq(expected) ? rate : null;
  }

  private enumeration(f: Finding): void {
    if (/表中没有/.test(f.message)) return this.no(f, '表中没有这一科目，需要人工改写或删除');
    const moving = f.locations.map((l) => this.tokenAt(l)?.claim).filter((c) => this.isFixed(c));
    if (moving.length) return this.no(f, `改正其中的金额（${moving.map((c) => c?.token.text).join('、')}）后请重新检查：合计与分项可能随之一致`);
    this.no(f, '无法确定是合计还是哪一项写错，请人工核对');
  }

  private add(f: Finding, at: { p: NarrativeParagraph; pi: number; token: NumberToken }, newText: string, why: string): void {
    const { p, pi, token } = at;
    const start = token.start;
    const end = token.numEnd;
    const oldText = p.text.slice(start, end);
    if (newText === oldText) return this.no(f, '按原文的位数写出来与原文相同，无需改正');
    const formula = this.formulaOf(p);
    if (formula) return this.no(f, `单元格是公式（=${formula}），不自动改写`);
    const location = paragraphLocation(p, start, end);
    const same = this.fixes.find((x) => targetKey(x.location) === targetKey(location) && x.start < end && start < x.end);
    if (same) {
      if (same.start === start && same.end === end && same.newText === newText) return; // the same correction, found by two rules
      return this.no(f, `与另一项改正（${same.oldText} → ${same.newText}）冲突，请人工核对`);
    }
    const s = sentences(p.text).find((x) => start >= x.start && start < x.end) ?? { start: 0, end: p.text.length };
    const { oldSentence, newSentence } = clipSentences(p.text, s, start, end, newText);
    this.fixed.add(`${pi}:${start}`);
    const fix: NarrativeFix = { id: `${targetKey(location)}@${start}`, fingerprint: f.fingerprint ?? '', rule: f.rule, location, start, end, oldText, newText, oldSentence, newSentence, message: `${oldText} → ${newText}：${why}` };
    this.fixes.push(fix);
    const claim = this.byToken.get(token);
    if (claim) this.claimOf.set(fix, claim);
  }

  private formulaOf(p: NarrativeParagraph): string | null {
    if (p.file !== undefined || !p.sheet || !p.cell) return null;
    const sheet = findSheet(this.wb, p.sheet);
    return (sheet && getCell(sheet, p.cell)?.formula) ?? null;
  }
}

/** The sentence before and after the change; a long one is clipped to the figure and some context. */
function clipSentences(text: string, s: { start: number; end: number }, start: number, end: number, newText: string): { oldSentence: string; newSentence: string } {
  let from = s.start;
  let to = s.end;
  if (to - from > SENTENCE_MAX) {
    from = Math.max(from, start - CONTEXT);
    to = Math.min(to, end + CONTEXT);
  }
  const pre = `${from > s.start ? '…' : ''}${text.slice(from, start)}`.replace(/^\s+/, '');
  const post = `${text.slice(end, to)}${to < s.end ? '…' : ''}`.replace(/\s+$/, '');
  return { oldSentence: pre + text.slice(start, end) + post, newSentence: pre + newText + post };
}

/**
 * Proposed corrections for the narrative findings of a report. `wb` is the workbook the
 * report was made from; give `narrative` (or `config.narrative`) when a pasted or separate
 * narrative replaced the workbook's own.
 *
 * Only safe corrections are proposed (autofix-safety.ts): the fixes of one list with a total
 * come as a group and only when they make it add up; and the narrative is checked again with
 * the fixes applied (all together and each group alone) — a fix that brings a new problem is
 * listed as unfixable with that problem as the reason.
 */
export function proposeFixes(report: FileReport, wb: Workbook, options: ProposeOptions = {}): FixProposal {
  const config = options.config ?? {};
  const narrative = options.narrative ?? config.narrative;
  const facts = overrideFacts(documentFacts(wb), config.document).facts;
  const recognition = options.recognition ?? recognise(wb, { mapping: config.mapping });
  const model = buildModel(wb, recognition, facts, narrative);
  const analysis = new NarrativeAnalysis(model);
  const p = new Proposer(analysis, wb);
  // every finding the rules reported: a root's consequences (each wrong year, each repeated sentence) are fixed too
  const findings = flattenFindings(report.findings);
  p.run(findings);
  const safe = new AutofixSafety({ analysis, wb, recognition, facts, config, narrative, claimOf: p.claimOf, findings }, p.fixes).run();
  return { fixes: safe.fixes, unfixable: [...p.unfixable, ...safe.unfixable] };
}
