/** What budget.ts and final.ts share: the generation context, sections, change and completion sentences. */
import Decimal from 'decimal.js';
import { changeClause, fill, money, percent, printed, reasonClause, REASON_PLACEHOLDER, type Fig } from './format';
import { keyName, type Figures, type FunctionItem } from './figures';
import type { PriorLookup } from './prior';
import type { TableKind } from '../../recognize';
import type { ChangeRef, NarrativeSection } from './types';
import type { Finding } from '../../contract';

export interface Ctx {
  f: Figures;
  year: number;
  final: boolean;
  /** The unit as named in sentences. */
  unit: string;
  prior: PriorLookup;
  reasons: Record<string, string>;
  /** Decimals of percentages: 2 for a 预算, 1 for a 决算. */
  pct: number;
  warnings: string[];
  /** Items a prior figure was looked up for (the typed form asks for these). */
  fields: Map<string, string>;
  /** Findings (error or warning) by the table cell ("sheet!A1") they point at. */
  flagged: Map<string, Finding[]>;
  /** The tables have 尾差 (the checker's rounding findings): the text says so (RND-5). */
  rounding: boolean;
}

/** The sentence the checker expects when the tables have 尾差 (compliance/rounding-statement; S003's 备注). */
export const ROUNDING_NOTE = '备注：本报告中金额转化为万元时，四舍五入可能存在尾差。';

/**
 * A text taken from table cells (a project name …), or — when the checker flags that text as
 * wrong (a finding at one of those cells quoting it, e.g. “项目名称不一致：项目支出表“X”…”) — a
 * placeholder that asks for it and says why, with a warning: the draft never copies a text the
 * checker says is wrong.
 */
export function copied(ctx: Ctx, text: string, cells: string[], what: string): { text: string; asked: boolean } {
  const finding = cells.flatMap((c) => ctx.flagged.get(c) ?? []).find((f) => f.message.includes(`“${text}”`));
  if (!finding) return { text, asked: false };
  ctx.warnings.push(`${what}“${text}”所在单元格经检查有问题（${finding.message}）：未照抄，请核对后填写`);
  return { text: `【${what}：请填写（${finding.message}）】`, asked: true };
}

export type Ref = Omit<ChangeRef, 'paragraph'>;

export class Section {
  readonly paragraphs: string[] = [];
  private readonly changes: ChangeRef[] = [];
  constructor(
    readonly id: string,
    readonly title: string,
  ) {}

  add(text: string, refs: (Ref | null)[] = []): void {
    const paragraph = this.paragraphs.length;
    this.paragraphs.push(text);
    for (const r of refs) if (r) this.changes.push({ ...r, paragraph });
  }

  done(): NarrativeSection {
    return { id: this.id, title: this.title, paragraphs: this.paragraphs, ...(this.changes.length ? { changes: this.changes } : {}) };
  }
}

export function value(ctx: Ctx, key: string): Fig | null {
  return ctx.f.values.get(key) ?? null;
}

export function isPositive(f: Fig | null | undefined): f is Fig {
  return !!f && printed(f).gt(0);
}

/** 功能科目 of a level (1 类, 3 项) with a non-zero figure, in table order. */
export function functionsAt(ctx: Ctx, level: 1 | 2 | 3): [FunctionItem, Fig][] {
  const out: [FunctionItem, Fig][] = [];
  for (const x of ctx.f.functions) {
    const f = ctx.f.values.get(`fn:${x.code}`);
    if (x.level === level && isPositive(f)) out.push([x, f]);
  }
  return out;
}

/** "217.98万元". */
export function wan(f: Fig): string {
  return `${money(f)}万元`;
}

/** "，占73.94%" ('' when the whole is 0). */
export function share(ctx: Ctx, part: Fig, whole: Fig | null, words = '占'): string {
  const p = whole ? percent(part, whole, ctx.pct) : null;
  return p ? `，${words}${p}` : '';
}

/** "2025年预算" / "2023年度": what a change is measured against. */
export function base(ctx: Ctx): string {
  return ctx.final ? `${ctx.year - 1}年度` : `${ctx.year - 1}年预算`;
}

/**
 * The change clause of an item (with its reason or the placeholder). `required`: say that the
 * change is to be filled in when there is no prior figure; `detail`: an item that is new when a
 * complete prior workbook does not have it (上年无此项).
 */
export function change(ctx: Ctx, key: string, current: Fig, opts: { required?: boolean; detail?: boolean } = {}): { text: string; ref: Ref | null } {
  const name = keyName(ctx.f, key);
  ctx.fields.set(key, name);
  let prior = ctx.prior.last(key);
  if (prior === null && opts.detail && ctx.prior.complete) prior = new Decimal(0);
  const w = changeClause({ current, prior, base: base(ctx), rateDecimals: ctx.pct, reason: ctx.reasons[key], required: opts.required });
  return { text: w.text, ref: w.needsReason ? { key, name, placeholder: w.placeholder } : null };
}

/**
 * A 决算 completion sentence: "年初预算为 A 万元，支出决算为 B 万元，完成年初预算的 C%" and, when B ≠ A,
 * "决算数大于（小于）年初预算数，主要原因是……". Without the 年初预算: placeholders. The reason key is
 * 'budget:<key>'. `full`: the 09表's 全年预算数 instead of the 年初预算.
 */
export function completion(ctx: Ctx, key: string, actual: Fig, full = false): { text: string; ref: Ref | null } {
  const rkey = `budget:${key}`;
  const name = keyName(ctx.f, rkey);
  ctx.fields.set(rkey, name);
  const b = ctx.prior.budget(key);
  const word = full ? '全年预算' : '年初预算';
  const label = full ? '全年预算数' : '年初预算';
  if (b === null) return { text: `决算数为${wan(actual)}，${label}为${fill(label)}万元，完成${word}的${fill('完成率')}%`, ref: null };
  const budget: Fig = { value: b, decimals: actual.decimals };
  const a = printed(actual);
  const bb = printed(budget);
  const head = `${label}为${wan(budget)}，支出决算为${wan(actual)}`;
  if (a.eq(bb)) return { text: `${head}，完成${word}的${percent(actual, budget, ctx.pct) ?? '100%'}`, ref: null };
  const reason = reasonClause(ctx.reasons[rkey]);
  const ref: Ref = { key: rkey, name, placeholder: reason === REASON_PLACEHOLDER };
  const cmp = `决算数${a.gt(bb) ? '大于' : '小于'}${word}数，${reason}`;
  if (bb.isZero()) return { text: `${head}，${cmp}`, ref };
  return { text: `${head}，完成${word}的${percent(actual, budget, ctx.pct)}，${cmp}`, ref };
}

/**
 * What an optional table says: absent, an 空表 (no figure at all), a readable non-zero total, or
 * figures whose total could not be read (never read as "没有").
 */
export function tableState(ctx: Ctx, kind: TableKind, total: Fig | null): 'absent' | 'empty' | 'total' | 'unreadable' {
  if (!ctx.f.tables.has(kind)) return 'absent';
  if (ctx.f.emptyTables.has(kind)) return 'empty';
  return isPositive(total) ? 'total' : 'unreadable';
}

/** A table has figures whose total could not be read: a placeholder and a warning. */
export function unreadable(ctx: Ctx, table: string, what: string): string {
  ctx.warnings.push(`${table}中有数字，但未能读出${what}：请补充`);
  return fill(what);
}

/** A table the sections need is missing: a placeholder sentence and a warning. */
export function missing(ctx: Ctx, table: string, what: string): string {
  ctx.warnings.push(`没有识别出${table}：${what}未能根据表格生成，请补充`);
  return fill(what);
}
