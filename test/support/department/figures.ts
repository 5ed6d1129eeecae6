/**
 * Exact figures (元) of a department, by any cut of its lines: the sums every table cell and
 * every narrative sentence is printed from.
 */
import Decimal from 'decimal.js';
import { isFiscal, isPersonnelEcon, isPublicEcon, sum, threePublicOf, type Department, type Line, type Source, type Use } from './model';

export interface Cut {
  unit?: number;
  /** 功能分类 code or prefix (类 208 matches every 2080505). */
  fn?: string;
  /** 经济分类 code or prefix (301 matches 30101 …). */
  econ?: string;
  use?: Use | Use[];
  source?: Source | Source[] | 'fiscal';
  carried?: boolean;
  project?: number;
  /** 人员经费 (301, 303) or 公用经费 (302, 310). */
  part?: 'personnel' | 'public';
}

export function matches(l: Line, c: Cut): boolean {
  if (c.unit !== undefined && l.unit !== c.unit) return false;
  if (c.fn !== undefined && !l.fn.startsWith(c.fn)) return false;
  if (c.econ !== undefined && !l.econ.startsWith(c.econ)) return false;
  if (c.use !== undefined && !(Array.isArray(c.use) ? c.use.includes(l.use) : l.use === c.use)) return false;
  if (c.source !== undefined) {
    if (c.source === 'fiscal') {
      if (!isFiscal(l.source)) return false;
    } else if (!(Array.isArray(c.source) ? c.source.includes(l.source) : l.source === c.source)) return false;
  }
  if (c.carried !== undefined && l.carried !== c.carried) return false;
  if (c.project !== undefined && l.project !== c.project) return false;
  if (c.part === 'personnel' && !isPersonnelEcon(l.econ)) return false;
  if (c.part === 'public' && !isPublicEcon(l.econ)) return false;
  return true;
}

/** Σ of the lines in a cut (元). */
export function spent(d: Department, c: Cut = {}): Decimal {
  return sum(d.lines.filter((l) => matches(l, c)).map((l) => l.amount));
}

function balanceMatches(b: Department['balances'][number], c: Cut): boolean {
  if (c.unit !== undefined && b.unit !== c.unit) return false;
  if (c.fn !== undefined && !b.fn.startsWith(c.fn)) return false;
  if (c.source !== undefined) {
    if (c.source === 'fiscal') {
      if (!isFiscal(b.source)) return false;
    } else if (!(Array.isArray(c.source) ? c.source.includes(b.source) : b.source === c.source)) return false;
  }
  return c.econ === undefined && c.use === undefined && c.project === undefined && c.part === undefined;
}

/** 本年收入 of a cut: what was spent from this year's money, plus what of it is carried out. */
export function income(d: Department, c: Cut = {}): Decimal {
  return spent(d, { ...c, carried: false }).plus(sum(d.balances.filter((b) => balanceMatches(b, c)).map((b) => b.unspent)));
}

/** 上年结转 / 年初结转和结余 of a cut: what was spent from it, plus what of it is still kept. */
export function carriedIn(d: Department, c: Cut = {}): Decimal {
  return spent(d, { ...c, carried: true }).plus(sum(d.balances.filter((b) => balanceMatches(b, c)).map((b) => b.kept)));
}

/** 年终结转结余 / 年末结转和结余 of a cut. */
export function carriedOut(d: Department, c: Cut = {}): Decimal {
  return sum(d.balances.filter((b) => balanceMatches(b, c)).map((b) => b.kept.plus(b.unspent)));
}

/** 功能分类 codes of a cut, with their 类 and 款, sorted (the rows of a 功能分类 table). */
export function functionCodes(d: Department, c: Cut = {}, withIncome = false): string[] {
  const items = new Set(d.lines.filter((l) => matches(l, c)).map((l) => l.fn));
  if (withIncome) for (const b of d.balances) if (balanceMatches(b, c)) items.add(b.fn);
  const out = new Set<string>();
  for (const i of [...items].sort()) {
    out.add(i.slice(0, 3));
    out.add(i.slice(0, 5));
    out.add(i);
  }
  return [...out].sort((a, b) => (a.slice(0, 3) === b.slice(0, 3) ? (a < b ? -1 : 1) : a < b ? -1 : 1));
}

/** 经济分类 款 of a cut, with their 类, sorted. */
export function economicCodes(d: Department, c: Cut = {}): string[] {
  const out = new Set<string>();
  for (const l of d.lines.filter((x) => matches(x, c))) {
    out.add(l.econ.slice(0, 3));
    out.add(l.econ);
  }
  return [...out].sort();
}

export const TP_ITEMS = ['abroad', 'carPurchase', 'carRun', 'reception'] as const;
export type TpItem = (typeof TP_ITEMS)[number];

export function threePublicTotal(d: Department): Decimal {
  const t = threePublicOf(d);
  return t.abroad.plus(t.carPurchase).plus(t.carRun).plus(t.reception);
}

/** Figures in 万元: the exact value and the printed one (each rounded on its own, half-up). */
export function wan(yuan: Decimal): Decimal {
  return yuan.dividedBy(10000);
}

export function printed(yuan: Decimal, decimals = 2): Decimal {
  return yuan.dividedBy(10000).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
}
