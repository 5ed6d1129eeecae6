/**
 * The 情况说明 of a generated department in the templates' wording (domain.md §3; the Wuhan
 * seeds S002–S004, the 江苏 2019 and 上海 2024 texts), with the variations real texts show:
 * per-fund sentences, 项目支出 by 项, partial statements, lists in one sentence or one per
 * line, 1- or 2-decimal percentages, thousands separators, trailing zeros dropped, spaces
 * around figures, 增减额/增减率/完成率. Every figure is the printed table figure (or computed
 * from printed figures, as a clerk does); marks say where the figures stand, for planting
 * errors.
 */
import Decimal from 'decimal.js';
import type { Layout } from './layout';
import type { Department } from './model';
import type { Rng } from './rng';
import { budgetNarrative } from './narrative-budget';
import { finalNarrative } from './narrative-final';
import { jiangsuNarrative } from './narrative-jiangsu';

export type MarkKind = 'amount' | 'class-amount' | 'project-amount' | 'share' | 'rate' | 'completion' | 'change' | 'year';

export interface NarrativeMark {
  paragraph: number;
  /** Character offsets of the figure (digits only) in the paragraph. */
  start: number;
  end: number;
  kind: MarkKind;
  text: string;
}

export interface Narrative {
  paragraphs: string[];
  marks: NarrativeMark[];
  style: Style;
}

export interface Style {
  /** Decimals of percentages (预算 2, 决算 1 in the templates). */
  pct: 1 | 2;
  thousands: boolean;
  /** "56.8" for 56.80, "100" for 100.00. */
  trim: boolean;
  /** "217.98 万元" (spaces around figures, as some PDFs print them). */
  spaced: boolean;
  /** Lists (income items, 类, projects) one per paragraph instead of one sentence. */
  lines: boolean;
  /** 财政拨款收支: a sentence per fund (本年收入、上年结转). */
  perFund: boolean;
  /** 一般公共预算支出: 项目支出 listed by 项. */
  byItem: boolean;
  /** Some optional statements left out (a partial 情况说明). */
  partial: boolean;
  /** "。" after a heading line, or none. */
  reasons: string[];
}

export type Part = string | { mark: MarkKind; text: string };

/** Builds paragraphs from text and marked figures. */
export class Paragraphs {
  readonly paragraphs: string[] = [];
  readonly marks: NarrativeMark[] = [];
  p(...parts: Part[]): void {
    let text = '';
    const index = this.paragraphs.length;
    for (const part of parts) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      this.marks.push({ paragraph: index, start: text.length, end: text.length + part.text.length, kind: part.mark, text: part.text });
      text += part.text;
    }
    this.paragraphs.push(text);
  }
}

export function narrativeOf(d: Department, rng: Rng, layout: Layout): Narrative {
  const final = d.kind === 'final';
  const style: Style = {
    pct: final ? (rng.chance(75) ? 1 : 2) : rng.chance(80) ? 2 : 1,
    thousands: layout.thousands ? rng.chance(70) : rng.chance(15),
    trim: rng.chance(35),
    spaced: rng.chance(35),
    lines: rng.chance(40),
    perFund: rng.chance(60),
    byItem: rng.chance(60),
    partial: rng.chance(25),
    reasons: ['人员增资及社保缴费基数调整', '新增业务工作任务', '按规定压减一般性支出', '项目预算调整', '人员变动'],
  };
  const out = new Paragraphs();
  if (d.template === 'jiangsu') jiangsuNarrative(d, rng, style, out);
  else if (final) finalNarrative(d, rng, style, out);
  else budgetNarrative(d, rng, style, out);
  return { paragraphs: out.paragraphs, marks: out.marks, style };
}

// ---------------------------------------------------------------------------------------------
// Figures as the text prints them

/** The table's printed figure (万元, 2 decimals) of an amount in 元. */
export function wanOf(yuan: Decimal): Decimal {
  return yuan.dividedBy(10000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** "1,234.56" / "1234.56" / "56.8" / "0" as the style writes a figure in 万元. */
export function moneyText(v: Decimal, s: Style): string {
  let t = v.toFixed(2);
  if (v.isZero()) return '0';
  if (s.trim) t = t.replace(/\.?0+$/, '');
  if (s.thousands) {
    const [int, frac] = t.split('.');
    t = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  return t;
}

/** A percentage of two printed figures, rounded to the style's decimals; "100" / "0" whole. */
export function pctOf(part: Decimal, whole: Decimal, decimals: number): string {
  if (whole.isZero()) return '0';
  const v = part.dividedBy(whole).times(100).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  if (v.eq(100)) return '100';
  if (v.isZero()) return '0';
  return v.toFixed(decimals);
}

/** Parts for an amount in 元: the figure (marked) and 万元, spaced or not. */
export function amt(yuan: Decimal, s: Style, mark: MarkKind = 'amount'): Part[] {
  const sp = s.spaced ? ' ' : '';
  return [sp, { mark, text: moneyText(wanOf(yuan), s) }, `${sp}万元`];
}

/** Parts for a share "占 X%" of two amounts in 元 (computed from their printed figures). */
export function shareParts(yuan: Decimal, whole: Decimal, s: Style, lead = '占'): Part[] {
  const sp = s.spaced ? ' ' : '';
  return [`${lead}${sp}`, { mark: 'share', text: pctOf(wanOf(yuan), wanOf(whole), s.pct) }, '%'];
}

export function year(y: number): Part {
  return { mark: 'year', text: String(y) };
}

/**
 * "，比2025年预算增加12.34万元，增长5.67%，主要原因是…" from this year's and last year's amounts
 * (元, each printed on its own); "，与2025年预算持平" when equal; "（上年无此项）" when last year
 * had none (no growth rate on a zero base). `what` follows the year: 预算 / 预算数 / 度 / 决算数.
 */
export function changeParts(now: Decimal, prior: Decimal, s: Style, rng: Rng, base: { year: number; what: string; noun?: string; lead?: string }): Part[] {
  const a = wanOf(now);
  const b = wanOf(prior);
  const sp = s.spaced ? ' ' : '';
  const reason = rng.pick(s.reasons);
  const than: Part[] = base.lead !== undefined ? [base.lead] : ['比', year(base.year), `年${base.what}`];
  if (b.isZero() && a.isZero()) return [];
  if (b.isZero()) return ['，', ...than, `${base.noun ?? ''}增加${sp}`, { mark: 'change', text: moneyText(a, s) }, `${sp}万元（上年无此项），主要原因是${reason}`];
  if (a.eq(b)) return base.lead !== undefined ? ['，与上年持平'] : ['，与', year(base.year), `年${base.what}持平`];
  const up = a.gt(b);
  const diff = a.minus(b).abs();
  const rate = diff.dividedBy(b).times(100).toDecimalPlaces(s.pct, Decimal.ROUND_HALF_UP);
  const head: Part[] = ['，', ...than, `${base.noun ?? ''}${up ? '增加' : '减少'}${sp}`, { mark: 'change', text: moneyText(diff, s) }, `${sp}万元`];
  if (rate.isZero()) return [...head, `，主要原因是${reason}`];
  return [...head, `，${up ? '增长' : '下降'}${sp}`, { mark: 'rate', text: rate.toFixed(s.pct) }, `%，主要原因是${reason}`];
}
