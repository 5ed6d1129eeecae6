/**
 * The department model, in 元 (integers): units with their staff, the spending lines (one per
 * unit × 功能分类 项 × 经济分类 款 × use × fund source), projects with their funding, income,
 * 上年结转 and 年末结转, “三公” with its counts, 采购, 购买服务, 资产配置, 机关运行经费, and the
 * figures of other years (上年, 年初预算). Every table and every sentence of the generated
 * workbook is derived from it; nothing here knows how a table is laid out.
 *
 * Identities that hold by construction (the oracle of the properties):
 *  - per fund: 上年结转 + 本年收入 = 支出 + 年末结转 (预算: 年末结转 = 0);
 *  - 基本支出 by 功能分类 follows the 经济分类 ↔ 功能分类 correspondence of domain.md §2.7;
 *  - “三公” = the 一般公共预算 lines of 30212, 31013, 30231, 30217 (so each ≥ its 基本支出 款);
 *  - 机关运行经费 = 一般公共预算 基本支出 公用经费 of the 行政 and 参公 units;
 *  - 采购 and 购买服务 amounts are parts of project lines.
 */
import Decimal from 'decimal.js';
import { DOMAINS, FUNCTION_NAMES, PURPOSES, SHANGHAI_DISTRICTS, WUHAN_DISTRICTS, type Domain } from './names';
import { Rng } from './rng';

export type Template = 'wuhan' | 'jiangsu' | 'final';
/** Fund sources: 一般公共预算, 政府性基金, 国有资本经营, 财政专户管理资金, 事业收入, 事业单位经营收入, 上级补助, 附属单位上缴, 其他收入. */
export type Source = 'gb' | 'gf' | 'sc' | 'zh' | 'sy' | 'jy' | 'sj' | 'fs' | 'qt';
export type Use = 'basic' | 'project' | 'operating' | 'reserve';
export type Nature = 'admin' | 'civil' | 'institution';

export const FISCAL: Source[] = ['gb', 'gf', 'sc'];
export const isFiscal = (s: Source): boolean => FISCAL.includes(s);

export interface Line {
  unit: number;
  /** 功能分类 项 (7 digits). */
  fn: string;
  /** 经济分类 款 (5 digits). */
  econ: string;
  use: Use;
  project: number | null;
  source: Source;
  /** Paid from money carried over from last year (上年结转 / 年初结转). */
  carried: boolean;
  amount: Decimal;
}

export interface Staff {
  posts: number;
  adminPosts: number;
  institutionPosts: number;
  civilPosts: number;
  onDuty: number;
  retired: number;
}

export interface Unit {
  code: string;
  name: string;
  nature: Nature;
  staff: Staff;
  /** Its 基本支出 项 (行政运行 / 事业运行 / 学前教育 …). */
  run: string;
}

export interface Project {
  unit: number;
  code: string;
  name: string;
  fn: string;
  category: '特定目标类' | '其他运转类';
  purpose: string;
  /** 项目总预算 ≥ this year's amount. */
  totalBudget: Decimal;
  /** Its 上年 amount (0 for a new project). */
  prior: Decimal;
}

/** Money received this year or carried in, and not spent: it is carried out (决算 年末结转和结余). */
export interface Balance {
  unit: number;
  fn: string;
  source: Source;
  /** Carried in at the start of the year (年初结转和结余) and still unspent. */
  kept: Decimal;
  /** Received this year and not spent. */
  unspent: Decimal;
}

export interface Purchase {
  unit: number;
  project: number;
  /** 采购品目 with its code, "[A02010104]台式计算机". */
  item: string;
  name: string;
  category: '货物' | '工程' | '服务';
  fn: string;
  econ: string;
  quantity: number;
  measure: string;
  /** 元. */
  unitPrice: Decimal;
  amount: Decimal;
  /** Reserved for 中小企业 / 小微企业 (预算); awarded to them (决算). */
  sme: Decimal;
  small: Decimal;
}

export interface ServicePurchase {
  unit: number;
  project: number;
  content: string;
  amount: Decimal;
  catalog: [string, string, string];
}

export interface AssetItem {
  unit: number;
  project: number;
  name: string;
  category: string;
  quantity: number;
  unitPrice: Decimal;
}

export interface ThreePublicCounts {
  groups: number;
  people: number;
  carsBought: number;
  carsKept: number;
  receptions: number;
  guests: number;
}

export interface Department {
  template: Template;
  kind: 'budget' | 'final';
  year: number;
  region: 'wuhan' | 'jiangsu' | 'shanghai';
  place: string;
  domain: Domain;
  code: string;
  name: string;
  units: Unit[];
  projects: Project[];
  lines: Line[];
  balances: Balance[];
  purchases: Purchase[];
  services: ServicePurchase[];
  assets: AssetItem[];
  counts: ThreePublicCounts;
  cars: { total: number; leaders: number; duty: number; other: number };
  bigEquipment: number;
  /** 上年 figures by key (see priorKeys in figures.ts), in 元. */
  prior: Map<string, Decimal>;
  /** 决算: 年初预算 by key (fn:<项>, gb:合计, 三公:<item>), in 元. */
  initial: Map<string, Decimal>;
  /** 决算 09表 预算数 (全年预算) by 三公 item, in 元. */
  threePublicBudget: Map<string, Decimal>;
  /** The prior-year columns of the 部门整体支出绩效目标表 are filled (else printed "__年" and blank). */
  priorColumns: boolean;
  /** 12345… serial of project codes. */
  fillDate: string;
}

export interface DepartmentOptions {
  seed: number;
  template: Template;
  /** Number of units (1–4); drawn when absent. */
  units?: number;
}

const ZERO = new Decimal(0);
const D = (n: number): Decimal => new Decimal(n);

/** `base × rate`, rounded half-up to whole 元. */
function share(base: Decimal, rate: number): Decimal {
  return base.times(rate).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

export function sum(xs: Iterable<Decimal>): Decimal {
  let s = ZERO;
  for (const x of xs) s = s.plus(x);
  return s;
}

const YEARS: Record<Template, [number, number]> = { wuhan: [2023, 2026], jiangsu: [2021, 2025], final: [2022, 2024] };

export function makeDepartment(opts: DepartmentOptions): Department {
  const rng = new Rng(opts.seed);
  const template = opts.template;
  const kind = template === 'final' ? 'final' : 'budget';
  const year = rng.int(...YEARS[template]);
  const region = template === 'jiangsu' ? 'jiangsu' : template === 'final' && rng.chance(50) ? 'shanghai' : 'wuhan';
  const place = region === 'shanghai' ? rng.pick(SHANGHAI_DISTRICTS) : region === 'wuhan' ? rng.pick(WUHAN_DISTRICTS) : '江苏';
  const domain = rng.pick(DOMAINS);
  const names = domain[region];
  const fill = (s: string) => s.replace('{district}', place);
  const unitCount = Math.min(opts.units ?? rng.pick([1, 1, 2, 2, 3, 4]), names.units.length);
  const code = region === 'jiangsu' ? String(rng.int(101, 199)) : String(rng.int(100, 399)).padStart(3, '0');
  const dept: Department = {
    template,
    kind,
    year,
    region,
    place,
    domain,
    code,
    name: fill(names.dept),
    units: [],
    projects: [],
    lines: [],
    balances: [],
    purchases: [],
    services: [],
    assets: [],
    counts: { groups: 0, people: 0, carsBought: 0, carsKept: 0, receptions: 0, guests: 0 },
    cars: { total: 0, leaders: 0, duty: 0, other: 0 },
    bigEquipment: rng.chance(20) ? rng.int(1, 3) : 0,
    prior: new Map(),
    initial: new Map(),
    threePublicBudget: new Map(),
    priorColumns: rng.chance(60),
    fillDate: `${year - 1}年${rng.int(8, 12)}月${rng.int(1, 28)}日`,
  };
  // a single-unit department is the unit itself (no “本级” suffix)
  for (let i = 0; i < unitCount; i++) {
    const [raw, nature] = names.units[i];
    const name = unitCount === 1 ? fill(names.dept) : fill(raw);
    const schoolItems = domain.schoolItems;
    const run = nature === 'institution' ? (schoolItems && i > 0 ? schoolItems[(i - 1) % schoolItems.length] : domain.institutionRun) : domain.adminRun;
    dept.units.push({ code: `${code}${String(i + 1).padStart(3, '0')}`, name, nature, staff: staffOf(rng, nature, i), run });
  }
  for (let i = 0; i < dept.units.length; i++) basicLines(rng, dept, i);
  projectsOf(rng, dept);
  if (template === 'jiangsu' && rng.chance(50)) reserveLines(rng, dept);
  if (kind === 'final') balancesOf(rng, dept);
  else budgetCarry(rng, dept);
  detailsOf(rng, dept);
  priorOf(rng, dept);
  return dept;
}

function staffOf(rng: Rng, nature: Nature, i: number): Staff {
  const onDuty = i === 0 ? rng.int(12, 60) : rng.int(4, 30);
  const posts = onDuty + rng.int(0, 6);
  const retired = rng.chance(40) ? rng.int(1, Math.max(1, Math.floor(onDuty / 3))) : 0;
  return {
    posts,
    adminPosts: nature === 'admin' ? posts : 0,
    institutionPosts: nature === 'admin' ? 0 : posts,
    civilPosts: nature === 'civil' ? posts : 0,
    onDuty,
    retired,
  };
}

function add(d: Department, l: Omit<Line, 'carried' | 'project'> & Partial<Pick<Line, 'carried' | 'project'>>): void {
  if (l.amount.isZero()) return;
  d.lines.push({ carried: false, project: null, ...l });
}

/** 基本支出 of a unit by 经济分类 款, booked to 功能分类 项 per domain.md §2.7. */
function basicLines(rng: Rng, d: Department, u: number): void {
  const unit = d.units[u];
  const heads = unit.staff.onDuty;
  const perHead = (lo: number, hi: number) => D(heads).times(rng.int(lo, hi));
  const admin = unit.nature !== 'institution';
  const rent = rng.chance(50) ? perHead(1800, 3600) : ZERO;
  const econ = new Map<string, Decimal>();
  econ.set('30101', perHead(36000, 60000));
  econ.set('30102', perHead(8000, 30000).plus(rent));
  if (rng.chance(70)) econ.set('30103', perHead(3000, 12000));
  econ.set('30107', perHead(20000, 48000));
  const wage = sum(['30101', '30102', '30103', '30107'].map((c) => econ.get(c) ?? ZERO));
  econ.set('30108', share(wage, 0.16));
  const pension = rng.chance(60);
  if (pension) econ.set('30109', share(wage, 0.08));
  econ.set('30110', share(wage, rng.int(70, 95) / 1000));
  const civilAid = admin && rng.chance(70);
  if (civilAid) econ.set('30111', share(wage, rng.int(40, 60) / 1000));
  const otherSocial = rng.chance(30);
  if (otherSocial) econ.set('30112', share(wage, rng.int(50, 99) / 10000));
  econ.set('30113', share(wage, 0.12));
  if (rng.chance(40)) econ.set('30199', perHead(1000, 6000));
  econ.set('30201', perHead(800, 3000));
  for (const c of ['30202', '30205', '30206', '30207', '30209', '30211', '30213', '30215', '30216', '30229', '30239']) if (rng.chance(45)) econ.set(c, perHead(200, 2500));
  if (u === 0 || rng.chance(30)) econ.set('30217', D(rng.int(5000, 40000)));
  econ.set('30228', share(wage, 0.02));
  if (u === 0 || rng.chance(25)) econ.set('30231', D(rng.int(10000, 60000)));
  econ.set('30299', perHead(300, 3000));
  if (rng.chance(20)) econ.set('31002', D(rng.int(3000, 40000)));
  const retirees = unit.staff.retired;
  if (retirees > 0) econ.set(rng.chance(50) ? '30302' : '30305', D(retirees).times(rng.int(2000, 40000)));
  const medical = admin ? '2101101' : '2101102';
  const retire = admin ? '2080501' : '2080502';
  const fnOf = (c: string): string => {
    if (c === '30108') return '2080505';
    if (c === '30109') return '2080506';
    if (c === '30110') return medical;
    if (c === '30111') return '2101103';
    if (c === '30112') return '2101199';
    if (c === '30113') return '2210201';
    if (c.startsWith('303')) return retire;
    return unit.run;
  };
  for (const [c, v] of econ) {
    if (c === '30102' && !rent.isZero()) {
      add(d, { unit: u, fn: '2210202', econ: c, use: 'basic', source: 'gb', amount: rent });
      add(d, { unit: u, fn: unit.run, econ: c, use: 'basic', source: 'gb', amount: v.minus(rent) });
      continue;
    }
    add(d, { unit: u, fn: fnOf(c), econ: c, use: 'basic', source: 'gb', amount: v });
  }
  // an institution may pay part of its 基本支出 from 事业收入 (and run a business: 经营支出)
  if (unit.nature === 'institution' && rng.chance(45)) {
    add(d, { unit: u, fn: unit.run, econ: '30199', use: 'basic', source: 'sy', amount: perHead(1000, 8000) });
    add(d, { unit: u, fn: unit.run, econ: '30201', use: 'basic', source: 'sy', amount: perHead(200, 1500) });
    if (d.template !== 'jiangsu' && rng.chance(30)) add(d, { unit: u, fn: unit.run, econ: '30299', use: 'operating', source: 'jy', amount: D(rng.int(20000, 200000)) });
  }
}

const PROJECT_ECON = ['30201', '30202', '30207', '30211', '30213', '30215', '30216', '30218', '30226', '30227', '30299', '31002', '31007'];

function projectsOf(rng: Rng, d: Department): void {
  const items = Object.keys(d.domain.projectItems);
  const count = rng.int(1, Math.min(5, 1 + d.units.length * 2));
  let serial = rng.int(100, 900);
  const used = new Set<string>();
  const yy = String(d.year % 100).padStart(2, '0');
  for (let j = 0; j < count; j++) {
    const unit = j === 0 ? 0 : rng.int(0, d.units.length - 1);
    const fn = j === 0 ? items[0] : rng.pick(items);
    const names = d.domain.projectItems[fn];
    let name = names.find((n) => !used.has(n)) ?? `${names[0]}（${j + 1}）`;
    if (used.has(name)) name = `${name}（${j + 1}）`;
    used.add(name);
    const area = d.region === 'wuhan' ? `4201${String(rng.int(2, 17)).padStart(2, '0')}` : d.region === 'jiangsu' ? '320000' : '310107';
    const code = d.region === 'wuhan' ? `42${area.slice(2)}${yy}${d.code}T${String(serial++).padStart(9, '0')}` : `${area}${yy}${d.code}${String(serial++).padStart(6, '0')}`;
    const amount = D(rng.int(20000, 1500000));
    const project: Project = {
      unit,
      code,
      name,
      fn,
      category: rng.chance(70) ? '特定目标类' : '其他运转类',
      purpose: PURPOSES[fn] ?? '完成特定工作任务',
      totalBudget: ZERO,
      prior: ZERO,
    };
    const pi = d.projects.push(project) - 1;
    // the project's 经济分类 lines (the pieces add up to its amount)
    const econs = rng.shuffle(PROJECT_ECON).slice(0, rng.int(1, 4));
    const pieces = splitAmount(rng, amount, econs.length);
    econs.forEach((e, k) => add(d, { unit, fn, econ: e, use: 'project', project: pi, source: 'gb', amount: pieces[k] }));
    // “三公” paid from projects
    if (rng.chance(25)) add(d, { unit, fn, econ: '30217', use: 'project', project: pi, source: 'gb', amount: D(rng.int(2000, 30000)) });
    if (rng.chance(20)) add(d, { unit, fn, econ: '30231', use: 'project', project: pi, source: 'gb', amount: D(rng.int(5000, 40000)) });
    if (rng.chance(12)) add(d, { unit, fn, econ: '30212', use: 'project', project: pi, source: 'gb', amount: D(rng.int(20000, 120000)) });
    if (rng.chance(8)) add(d, { unit, fn, econ: '31013', use: 'project', project: pi, source: 'gb', amount: D(rng.int(150000, 300000)) });
    // other funding: 财政专户 (education), 事业收入 (institutions)
    if (d.domain.id === 'education' && rng.chance(40)) add(d, { unit, fn, econ: '30227', use: 'project', project: pi, source: 'zh', amount: D(rng.int(10000, 300000)) });
    if (d.units[unit].nature === 'institution' && rng.chance(35)) add(d, { unit, fn, econ: '30226', use: 'project', project: pi, source: 'sy', amount: D(rng.int(10000, 200000)) });
  }
  // a 政府性基金 project (彩票公益金)
  if (d.domain.fundItem && rng.chance(45)) {
    const unit = 0;
    const fn = d.domain.fundItem;
    const pi =
      d.projects.push({
        unit,
        code: d.projects[0].code.replace(/\d{3}$/, String(serial++).slice(-3)),
        name: d.domain.fundProject,
        fn,
        category: '特定目标类',
        purpose: PURPOSES[fn] ?? '彩票公益金项目',
        totalBudget: ZERO,
        prior: ZERO,
      }) - 1;
    add(d, { unit, fn, econ: '30227', use: 'project', project: pi, source: 'gf', amount: D(rng.int(50000, 800000)) });
  }
  for (const p of d.projects) {
    const now = sum(d.lines.filter((l) => l.project === d.projects.indexOf(p)).map((l) => l.amount));
    p.totalBudget = rng.chance(60) ? now : now.plus(rng.int(0, 2000000));
    p.prior = rng.chance(25) ? ZERO : share(now, rng.int(70, 130) / 100);
  }
}

/** n positive parts of an amount (in 元). */
function splitAmount(rng: Rng, amount: Decimal, n: number): Decimal[] {
  if (n === 1) return [amount];
  const weights = Array.from({ length: n }, () => rng.int(1, 10));
  const total = weights.reduce((a, b) => a + b, 0);
  const out: Decimal[] = [];
  let left = amount;
  for (let i = 0; i < n - 1; i++) {
    const part = Decimal.max(share(amount, weights[i] / total), D(1));
    out.push(part);
    left = left.minus(part);
  }
  out.push(Decimal.max(left, D(1)));
  return out;
}

/** 江苏: 单位预留机动经费 (neither 基本 nor 项目), booked to the first unit's 运行 项. */
function reserveLines(rng: Rng, d: Department): void {
  add(d, { unit: 0, fn: d.units[0].run, econ: '30199', use: 'reserve', source: 'gb', amount: D(rng.int(50000, 3000000)) });
}

/** 预算: some projects are paid from 上年结转 (一般公共预算, 政府性基金, 财政专户, 单位资金). */
function budgetCarry(rng: Rng, d: Department): void {
  if (d.template === 'jiangsu') return; // the 江苏 财政拨款收支预算总表 has no 上年结转 line
  for (const l of d.lines) {
    if (l.use !== 'project') continue;
    if (rng.chance(l.source === 'gb' ? 12 : 25)) l.carried = true;
  }
}

/** 决算: carried-in money spent (年初结转), and balances carried out (年末结转和结余). */
function balancesOf(rng: Rng, d: Department): void {
  for (const l of d.lines) if (l.use === 'project' && rng.chance(l.source === 'gb' ? 12 : 30)) l.carried = true;
  const candidates = d.lines.filter((l) => l.use === 'project' || (l.use === 'basic' && l.source !== 'gb'));
  for (const l of rng.shuffle(candidates).slice(0, rng.int(0, 3))) {
    const kept = rng.chance(40) ? D(rng.int(1000, 200000)) : ZERO;
    const unspent = rng.chance(70) ? D(rng.int(1000, 300000)) : ZERO;
    if (kept.isZero() && unspent.isZero()) continue;
    const same = d.balances.find((b) => b.unit === l.unit && b.fn === l.fn && b.source === l.source);
    if (same) {
      same.kept = same.kept.plus(kept);
      same.unspent = same.unspent.plus(unspent);
    } else d.balances.push({ unit: l.unit, fn: l.fn, source: l.source, kept, unspent });
  }
}

const GOODS: [string, string, string, number, number, string][] = [
  ['[A02010104]台式计算机', '台式计算机', '31002', 4000, 9000, '台'],
  ['[A02010108]便携式计算机', '便携式计算机', '31002', 5000, 12000, '台'],
  ['[A02021001]多功能一体机', '多功能一体机', '31002', 8000, 30000, '台'],
  ['[A05040101]复印纸', '复印纸', '30201', 150, 260, '箱'],
];
const SERVICES: [string, string, string][] = [
  ['[C21040000]物业管理服务', '物业管理服务', '30209'],
  ['[C16070000]信息系统运行维护服务', '信息系统运行维护服务', '30213'],
  ['[C23090000]印刷服务', '印刷服务', '30202'],
  ['[C99000000]其他服务', '委托业务服务', '30227'],
];

/** 采购, 购买服务, 资产配置, “三公” counts and cars: parts of the lines they describe. */
function detailsOf(rng: Rng, d: Department): void {
  d.projects.forEach((p, pi) => {
    for (const l of d.lines.filter((x) => x.project === pi && x.source === 'gb' && !x.carried)) {
      const goods = GOODS.find((g) => g[2] === l.econ);
      const service = SERVICES.find((s) => s[2] === l.econ);
      if (goods && rng.chance(70)) {
        const price = D(rng.int(goods[3], goods[4]));
        const qty = Math.max(1, Math.min(200, l.amount.dividedBy(price).floor().toNumber()));
        const amount = price.times(qty);
        if (amount.gt(l.amount)) continue;
        const sme = rng.chance(60) ? amount : rng.chance(50) ? share(amount, 0.5) : ZERO;
        d.purchases.push({ unit: l.unit, project: pi, item: goods[0], name: goods[1], category: '货物', fn: l.fn, econ: l.econ, quantity: qty, measure: goods[5], unitPrice: price, amount, sme, small: rng.chance(50) ? sme : ZERO });
        if (l.econ === '31002' && rng.chance(60)) d.assets.push({ unit: l.unit, project: pi, name: goods[1], category: '通用设备', quantity: qty, unitPrice: price });
      } else if (service && rng.chance(60)) {
        const amount = Decimal.max(share(l.amount, rng.int(50, 100) / 100), D(1));
        const sme = rng.chance(60) ? amount : ZERO;
        d.purchases.push({ unit: l.unit, project: pi, item: service[0], name: service[1], category: '服务', fn: l.fn, econ: l.econ, quantity: 1, measure: '项', unitPrice: amount, amount, sme, small: rng.chance(50) ? sme : ZERO });
      }
      if ((l.econ === '30227' || l.econ === '30226') && rng.chance(50)) {
        d.services.push({ unit: l.unit, project: pi, content: `${p.name}相关服务`, amount: Decimal.max(share(l.amount, rng.int(40, 100) / 100), D(1)), catalog: ['政府履职辅助性服务', '其他适合通过市场化方式提供的政府履职辅助性服务', '其他'] });
      }
    }
  });
  const tp = threePublicOf(d);
  d.counts = {
    groups: tp.abroad.isZero() ? 0 : rng.int(1, 3),
    people: 0,
    carsBought: tp.carPurchase.isZero() ? 0 : rng.int(1, 2),
    carsKept: tp.carRun.isZero() ? 0 : rng.int(1, 6),
    receptions: tp.reception.isZero() ? 0 : rng.int(3, 40),
    guests: 0,
  };
  d.counts.people = d.counts.groups * rng.int(2, 6);
  d.counts.guests = d.counts.receptions * rng.int(3, 10);
  d.cars = { total: d.counts.carsKept, leaders: 0, duty: 0, other: d.counts.carsKept };
  if (d.cars.total > 1) {
    d.cars.duty = rng.int(0, d.cars.total - 1);
    d.cars.other = d.cars.total - d.cars.duty;
  }
}

export interface ThreePublic {
  abroad: Decimal;
  carPurchase: Decimal;
  carRun: Decimal;
  reception: Decimal;
}

/** “三公” of the 一般公共预算 (预算) / 财政拨款 (决算) lines. */
export function threePublicOf(d: Department): ThreePublic {
  const of = (econ: string) => sum(d.lines.filter((l) => l.econ === econ && isFiscal(l.source)).map((l) => l.amount));
  return { abroad: of('30212'), carPurchase: of('31013'), carRun: of('30231'), reception: of('30217') };
}

/**
 * 上年 figures (上年预算 for a 预算, 上年决算 for a 决算) from last year's lines — each line
 * scaled on its own, some new this year — so every 上年 total adds up; and a 决算's 年初预算.
 */
function priorOf(rng: Rng, d: Department): void {
  const newDepartment = rng.chance(4);
  const last = d.lines.map((l) => ({ ...l, amount: newDepartment || rng.chance(8) ? ZERO : rng.chance(15) ? l.amount : share(l.amount, rng.int(80, 120) / 100) }));
  const of = (f: (l: Line) => boolean) => sum(last.filter(f).map((l) => l.amount));
  d.prior.set('total', of(() => true));
  d.prior.set('gb', of((l) => l.source === 'gb'));
  d.prior.set('fiscal', of((l) => isFiscal(l.source)));
  d.prior.set('basic', of((l) => l.use === 'basic' && l.source === 'gb'));
  d.prior.set('project', of((l) => l.use === 'project' && l.source === 'gb'));
  const tp: [string, string][] = [
    ['abroad', '30212'],
    ['carPurchase', '31013'],
    ['carRun', '30231'],
    ['reception', '30217'],
  ];
  for (const [k, econ] of tp) d.prior.set(`三公:${k}`, of((l) => l.econ === econ && isFiscal(l.source)));
  d.prior.set('三公:total', sum(tp.map(([k]) => d.prior.get(`三公:${k}`) as Decimal)));
  d.prior.set('operation', of((l) => l.use === 'basic' && l.source === 'gb' && d.units[l.unit].nature !== 'institution' && isPublicEcon(l.econ)));
  for (const fn of new Set(d.lines.filter((l) => l.source === 'gb').map((l) => l.fn))) d.prior.set(`fn:${fn}`, of((l) => l.source === 'gb' && l.fn === fn));
  if (d.kind === 'final') {
    // 年初预算 of each 一般公共预算 项 (0 for what was added during the year), and the 三公 全年预算
    for (const fn of new Set(d.lines.filter((l) => l.source === 'gb').map((l) => l.fn))) {
      const now = sum(d.lines.filter((l) => l.source === 'gb' && l.fn === fn).map((l) => l.amount));
      d.initial.set(`fn:${fn}`, rng.chance(10) ? ZERO : rng.chance(35) ? now : share(now, rng.int(85, 115) / 100));
    }
    d.initial.set('gb', sum([...d.initial].filter(([k]) => k.startsWith('fn:')).map(([, v]) => v)));
    const now = threePublicOf(d);
    for (const [k, v] of Object.entries(now)) d.threePublicBudget.set(k, v.isZero() && rng.chance(70) ? ZERO : rng.chance(30) ? v : v.plus(rng.int(0, 30000)));
  }
}

/** 机关运行经费: 一般公共预算 基本支出 公用经费 of the 行政 and 参公 units. */
export function operationOf(d: Department): Decimal {
  return sum(d.lines.filter((l) => l.use === 'basic' && l.source === 'gb' && d.units[l.unit].nature !== 'institution' && isPublicEcon(l.econ)).map((l) => l.amount));
}

export const isPersonnelEcon = (econ: string): boolean => econ.startsWith('301') || econ.startsWith('303');
export const isPublicEcon = (econ: string): boolean => econ.startsWith('302') || econ.startsWith('310');

export function functionName(code: string): string {
  const n = FUNCTION_NAMES[code];
  if (!n) throw new Error(`no name for 功能分类 ${code}`);
  return n;
}
