/** What the table readers share: the figure map being filled, and small helpers over recognised tables. */
import Decimal from 'decimal.js';
import { CLASSIFICATION_CODES } from '../../data/classification';
import type { Recognised, TableKind, TableRow } from '../../recognize';
import type { Workbook } from '../../workbook';
import type { CheckModel } from '../../model/model';
import { qty, type Q } from '../../model/quantity';
import type { Fig } from './format';

export interface FunctionItem {
  code: string;
  level: 1 | 2 | 3;
  name: string;
}

export interface EconomicItem {
  code: string;
  name: string;
}

export interface ProjectItem {
  name: string;
  key: string;
  /** The cells the name was read from ("sheet!A1"). */
  cells: string[];
  /** What the project is for, from its 绩效目标表 (项目主要内容), when the form says it without figures. */
  purpose: string | null;
}

/** 政府采购 by 品目 kind. */
export interface ProcurementSplit {
  goods: Fig;
  works: Fig;
  services: Fig;
}

/** The figures read so far, by item key, with their names. */
export class Reader {
  readonly values = new Map<string, Fig>();
  readonly names = new Map<string, string>();
  constructor(
    readonly wb: Workbook,
    readonly model: CheckModel,
  ) {}

  /** Keep the first figure of a key. */
  set(key: string, f: Fig | null, name?: string): void {
    if (!f || this.values.has(key)) return;
    this.values.set(key, f);
    if (name && !this.names.has(key)) this.names.set(key, name);
  }

  get(key: string): Fig | undefined {
    return this.values.get(key);
  }
}

export const FUNCTION_NAMES = new Map(CLASSIFICATION_CODES.filter((c) => c.scheme === 'function').map((c) => [c.code, c.name]));
export const ECONOMIC_NAMES = new Map(CLASSIFICATION_CODES.filter((c) => c.scheme === 'economic').map((c) => [c.code, c.name]));

/** A table figure to print: 2 decimals, more when the 万元 table prints more (元 tables: 2). */
export function figOf(t: Recognised, q: Q | null | undefined): Fig | null {
  if (!q) return null;
  return { value: q.value, decimals: t.moneyUnit === '元' ? 2 : Math.max(2, q.decimals) };
}

export function sumFigs(figs: Fig[]): Fig {
  return { value: figs.reduce((s, f) => s.plus(f.value), new Decimal(0)), decimals: Math.max(2, ...figs.map((f) => f.decimals)) };
}

export const ZERO_FIG: Fig = { value: new Decimal(0), decimals: 2 };

/** The table of a kind with the most rows of a type (a workbook may print two 一般公共预算支出表). */
export function bestTable(model: CheckModel, kind: TableKind, type?: TableRow['type']): Recognised | undefined {
  const all = model.byKind(kind);
  if (all.length === 0) return undefined;
  const score = (t: Recognised) => (type ? t.rows.filter((r) => r.type === type && r.code).length : t.rows.length);
  return [...all].sort((a, b) => score(b) - score(a))[0];
}

/** The first existing column among alternatives ('基本支出|基本支出.小计') on a row. */
export function rowFig(t: Recognised, row: TableRow | undefined, keys: string): Fig | null {
  if (!row) return null;
  for (const k of keys.split('|')) if (row.values[k]) return figOf(t, qty(t, row, k));
  return null;
}

/** The generic value key of a row: 合计 / 预算数 / 决算数 / the first. */
export function rowKey(row: TableRow): string {
  const keys = Object.keys(row.values);
  return keys.find((k) => k === '合计') ?? keys.find((k) => /^(预算数|决算数|金额)$/.test(k)) ?? keys[0] ?? '';
}
