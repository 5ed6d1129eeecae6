/**
 * Synthetic, CONSISTENT 部门预算公开 workbooks (Wuhan 区级 template, as seed S003 prints it), for
 * check-engine tests (perturb one money cell, expect one finding) and for the bench (large
 * departments).
 *
 * How the figures are made:
 *  - The department's true amounts are drawn in 元, as integers, from a deterministic PRNG
 *    (mulberry32 seeded with `seed`): per 单位 a head count, the 部门预算支出经济分类 款 of its
 *    基本支出 (301 工资福利, 302 商品和服务, 303 对个人和家庭的补助) and its projects.
 *  - The 功能分类 项 of 基本支出 follow the function ↔ economic identities of domain.md §2.7
 *    (CLS-06/07/08): 30108 = 2080505, 30109 = 2080506, 30110 = 2101101 (行政) / 2101102 (事业),
 *    30111 = 2101103, 30112 = 2101199, 30113 = 2210201, 303 = 2080501 (行政) / 2080502 (事业),
 *    提租补贴 2210202 is booked inside 30102 津贴补贴, and the rest of 301 plus all of 302 goes to
 *    the 运行项 (2101501 行政运行 / 2101550 事业运行). 项目支出 goes to the project 项 (2101506 …)
 *    of the unit's projects.
 *  - EVERY printed cell is computed from the exact 元 figures and rounded on its own, half-up,
 *    to 0.01 万元 (decimal.js only), so a printed total may differ from the sum of its printed
 *    items by rounding only (尾差) — never by more than 0.005 × (n + 1).
 *  - All income is 一般公共预算 本年收入; 上年结转结余, 年终结转结余, 政府性基金 and 国有资本经营 are 0.
 *  - Money cells are number cells with number format '0.00'; zeros are written (0.00), not left
 *    blank, so every money position of every table is a cell (listed in `moneyCells`).
 *
 * Sheets (each: row 1 '表N', row 2 title, row 3 '部门/单位：…' + '单位：万元', then the header):
 *   表1 收支总表                      two-sided, 9 收入 items / 24 功能类, 本年收入合计, 上年结转结余, 总计
 *   表2 收入总表                      合计 / 部门 202 / 单位 202001…, 本年收入{10} + 上年结转结余{6}
 *   表3 支出总表                      合计 + 类/款/项 (department level: one row per 项 code)
 *   表4 财政拨款收支总表              two-sided, 本年收入 / 上年结转 by fund, 24 功能类
 *   表5-1 一般公共预算支出表（分功能分类）  合计 + 类/款/项, 基本支出{小计, 人员经费, 公用经费}, 项目支出
 *   表5-2 一般公共预算支出表（分单位）      合计 / 部门 / 单位 rows
 *   表5-3 单位一般公共预算支出表      (only when units > 1) one 表5-style table per 单位, stacked on one
 *                                     sheet two blank rows apart, each with its own title and
 *                                     '部门/单位：202001-…' line: the per-unit 支出 detail (what a
 *                                     department with many 单位 publishes as 单位预算). This is where
 *                                     the units × itemsPerUnit 项 rows are.
 *   表6 一般公共预算基本支出表        合计, 301/302/303 类 and 款, 人员经费 / 公用经费
 *   表7 一般公共预算“三公”经费支出表  one row; 公务接待费 ≥ Σ 30217, 公务用车运行费 ≥ Σ 30231
 *   表8 政府性基金预算支出表          header + 备注 (本单位无…，本表为空表)
 *   表9 国有资本经营预算支出表        header + 备注
 *   表10 项目支出表                   合计 / 部门 / per 单位: 单位, '31 本级支出项目', projects
 *
 * Size: cells grow as units × (itemsPerUnit + ~9) × 7 (表5-3) + units × (projectsPerUnit + 2) × 11
 * (表10) + units × 19 (表2) + units × 7 (表5-2). With units = 200, itemsPerUnit = 10 and the default
 * projectsPerUnit = 4: 2,000 项 rows in 表5-3 and about 48,300 cells (seeds 1–5: 48,252–48,378, of
 * which ~34,400 money cells; the test accepts 45,000–55,000). Generation takes ~0.3 s, writing the
 * .xlsx with writeXlsx ~2.5 s (≈240 KB).
 */
import Decimal from 'decimal.js';
import { formatRange, toA1 } from '../../src/core/address';
import { addMerge, createSheet, makeCell, putCell, type Sheet, type Workbook } from '../../src/core/workbook';
import { Rng as Mulberry32 } from './department/rng';

export { writeWorkbook as writeXlsx } from '../recognize/variants';

export interface SyntheticOptions {
  seed: number;
  /** Number of 单位 (1–999), coded 202001, 202002, … */
  units: number;
  /**
   * 功能分类 项 rows per unit (default 8). Every unit has at least its 4 mandatory 项 (运行,
   * 2080505, 医疗, 2210201); at most 5 optional 基本支出 项 and as many project 项 as it has
   * projects (up to 8) are added, so very large values are capped.
   */
  itemsPerUnit?: number;
  /** Projects per unit (default 4); 0 = no 项目支出. */
  projectsPerUnit?: number;
  kind?: 'budget';
  /** Budget year (default 2026). */
  year?: number;
}

export interface SyntheticBudget {
  workbook: Workbook;
  /** Every money cell written, for perturbation tests. */
  moneyCells: { sheet: string; cell: string; value: string /* printed 2-decimal */ }[];
  /**
   * The department's exact amounts in 万元 (4 decimals: the 元 figures ÷ 10,000, unrounded):
   * total = 一般公共预算支出, basic = 基本支出, project = 项目支出.
   */
  truth: { total: string; basic: string; project: string };
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness (integers only)

/** mulberry32 (test/support/department/rng.ts): unsigned 32-bit integers. */
function mulberry32(seed: number): () => number {
  const r = new Mulberry32(seed);
  return () => r.next();
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + (this.next() % (hi - lo + 1));
  }
  /** True with probability pct / 100. */
  chance(pct: number): boolean {
    return this.int(0, 99) < pct;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(0, xs.length - 1)];
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Money

const ZERO = new Decimal(0);

function sum(xs: Iterable<Decimal>): Decimal {
  let s = ZERO;
  for (const x of xs) s = s.plus(x);
  return s;
}

/** 元 → 万元, rounded half-up to 0.01 (the printed figure). */
function wan(yuan: Decimal): Decimal {
  return yuan.dividedBy(10000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** `base × rate`, rounded half-up to whole 元. */
function share(base: Decimal, rate: string): Decimal {
  return base.times(rate).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

// ---------------------------------------------------------------------------------------------
// Classification dictionaries (names as in the 2026 政府收支分类科目)

const FUNCTION_NAMES: Record<string, string> = {
  '208': '社会保障和就业支出',
  '20805': '行政事业单位养老支出',
  '2080501': '行政单位离退休',
  '2080502': '事业单位离退休',
  '2080505': '机关事业单位基本养老保险缴费支出',
  '2080506': '机关事业单位职业年金缴费支出',
  '210': '卫生健康支出',
  '21011': '行政事业单位医疗',
  '2101101': '行政单位医疗',
  '2101102': '事业单位医疗',
  '2101103': '公务员医疗补助',
  '2101199': '其他行政事业单位医疗支出',
  '21013': '医疗救助',
  '2101301': '城乡医疗救助',
  '21014': '优抚对象医疗',
  '2101401': '优抚对象医疗补助',
  '21015': '医疗保障管理事务',
  '2101501': '行政运行',
  '2101502': '一般行政管理事务',
  '2101504': '信息化建设',
  '2101505': '医疗保障政策管理',
  '2101506': '医疗保障经办事务',
  '2101550': '事业运行',
  '2101599': '其他医疗保障管理事务支出',
  '21099': '其他卫生健康支出',
  '2109999': '其他卫生健康支出',
  '221': '住房保障支出',
  '22102': '住房改革支出',
  '2210201': '住房公积金',
  '2210202': '提租补贴',
};

const ECONOMIC_NAMES: Record<string, string> = {
  '301': '工资福利支出',
  '30101': '基本工资',
  '30102': '津贴补贴',
  '30103': '奖金',
  '30107': '绩效工资',
  '30108': '机关事业单位基本养老保险缴费',
  '30109': '职业年金缴费',
  '30110': '职工基本医疗保险缴费',
  '30111': '公务员医疗补助缴费',
  '30112': '其他社会保障缴费',
  '30113': '住房公积金',
  '30199': '其他工资福利支出',
  '302': '商品和服务支出',
  '30201': '办公费',
  '30202': '印刷费',
  '30205': '水费',
  '30206': '电费',
  '30207': '邮电费',
  '30209': '物业管理费',
  '30211': '差旅费',
  '30213': '维修（护）费',
  '30215': '会议费',
  '30216': '培训费',
  '30217': '公务接待费',
  '30228': '工会经费',
  '30229': '福利费',
  '30231': '公务用车运行维护费',
  '30239': '其他交通费用',
  '30299': '其他商品和服务支出',
  '303': '对个人和家庭的补助',
  '30302': '退休费',
  '30305': '生活补助',
};

/** The 功能分类 类 of 收支总表 / 财政拨款收支总表, in order (24 类, as S000/S004 print them). */
const CLASS_LIST: [string, string][] = [
  ['201', '一般公共服务支出'],
  ['204', '公共安全支出'],
  ['205', '教育支出'],
  ['206', '科学技术支出'],
  ['207', '文化旅游体育与传媒支出'],
  ['208', '社会保障和就业支出'],
  ['210', '卫生健康支出'],
  ['211', '节能环保支出'],
  ['212', '城乡社区支出'],
  ['213', '农林水支出'],
  ['214', '交通运输支出'],
  ['215', '资源勘探工业信息等支出'],
  ['216', '商业服务业等支出'],
  ['217', '金融支出'],
  ['219', '援助其他地区支出'],
  ['220', '自然资源海洋气象等支出'],
  ['221', '住房保障支出'],
  ['222', '粮油物资储备支出'],
  ['223', '国有资本经营预算支出'],
  ['224', '灾害防治及应急管理支出'],
  ['229', '其他支出'],
  ['231', '债务还本支出'],
  ['232', '债务付息支出'],
  ['233', '债务发行费用支出'],
];

const CN_NUMBERS = [
  '一', '二', '三', '四', '五', '六', '七', '八', '九', '十',
  '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十',
  '廿一', '廿二', '廿三', '廿四',
];

/** Project 项 and the project names used with them. */
const PROJECT_ITEMS: Record<string, string[]> = {
  '2101506': ['医保经办业务经费', '医保服务大厅运行经费', '医保经办窗口服务经费'],
  '2101502': ['一般行政管理事务经费', '机关综合事务经费'],
  '2101504': ['医疗保障信息系统运维经费', '医保信息化建设经费'],
  '2101505': ['医疗保障政策宣传经费', '医保政策研究经费'],
  '2101599': ['医保基金监管专项经费', '医疗保障其他事务经费'],
  '2101301': ['城乡医疗救助资金'],
  '2101401': ['优抚对象医疗补助资金'],
  '2109999': ['卫生健康综合事务经费'],
};

// ---------------------------------------------------------------------------------------------
// The department model (元)

type Nature = 'admin' | 'public';

/** 基本支出 人员经费 / 公用经费 and 项目支出 of one 功能分类 项, in 元. */
interface ItemAmounts {
  personnel: Decimal;
  public: Decimal;
  project: Decimal;
}

interface Project {
  code: string;
  name: string;
  item: string;
  amount: Decimal;
}

interface Unit {
  code: string;
  name: string;
  nature: Nature;
  /** 基本支出 by 经济分类 款 (5 digits), only non-zero 款. */
  econ: Map<string, Decimal>;
  /** By 功能分类 项 (7 digits). */
  items: Map<string, ItemAmounts>;
  projects: Project[];
}

interface ThreePublic {
  abroad: Decimal;
  carPurchase: Decimal;
  carRunning: Decimal;
  reception: Decimal;
}

interface Department {
  code: string;
  name: string;
  year: number;
  units: Unit[];
  items: Map<string, ItemAmounts>;
  econ: Map<string, Decimal>;
  threePublic: ThreePublic;
}

const DEPT_CODE = '202';
const DEPT_NAME = '武汉市江城区医疗保障局';
/** 区划 tail of the project codes (42 + 0107 + 立项年 + 部门 + T + 序号). */
const AREA = '0107';

function unitName(i: number): string {
  if (i === 0) return `${DEPT_NAME}本级`;
  if (i === 1) return '武汉市江城区医疗保障服务中心';
  return `武汉市江城区医疗保障服务站（第${i - 1}站）`;
}

function addTo(map: Map<string, Decimal>, key: string, v: Decimal): void {
  if (v.isZero()) return;
  map.set(key, (map.get(key) ?? ZERO).plus(v));
}

function addItem(map: Map<string, ItemAmounts>, key: string, a: Partial<ItemAmounts>): void {
  const cur = map.get(key) ?? { personnel: ZERO, public: ZERO, project: ZERO };
  map.set(key, {
    personnel: cur.personnel.plus(a.personnel ?? ZERO),
    public: cur.public.plus(a.public ?? ZERO),
    project: cur.project.plus(a.project ?? ZERO),
  });
}

const OPTIONAL_BASIC = ['2080506', '2101103', '2101199', '2210202', 'retirees'] as const;
type OptionalBasic = (typeof OPTIONAL_BASIC)[number];

function makeUnit(rng: Rng, i: number, itemsPerUnit: number, projectsPerUnit: number, year: number, serial: { next: number }): Unit {
  const nature: Nature = i === 0 ? 'admin' : i === 1 ? 'public' : rng.chance(20) ? 'admin' : 'public';
  const code = `${DEPT_CODE}${String(i + 1).padStart(3, '0')}`;
  const runItem = nature === 'admin' ? '2101501' : '2101550';
  const medicalItem = nature === 'admin' ? '2101101' : '2101102';
  const retireItem = nature === 'admin' ? '2080501' : '2080502';

  // which 项: 4 mandatory, then optional 基本支出 项 and project 项 (each project 项 gets ≥ 1 project)
  const remaining = Math.max(0, itemsPerUnit - 4);
  const optional = rng.shuffle(OPTIONAL_BASIC);
  const projectPool = ['2101506', ...rng.shuffle(Object.keys(PROJECT_ITEMS).filter((c) => c !== '2101506'))];
  const maxK = projectsPerUnit > 0 ? Math.min(projectsPerUnit, projectPool.length) : 0;
  const minK = projectsPerUnit > 0 ? 1 : 0;
  const kLow = Math.max(minK, remaining - optional.length);
  const kHigh = Math.max(minK, Math.min(maxK, remaining));
  const k = kLow >= kHigh ? kHigh : rng.int(kLow, kHigh);
  const chosen = new Set<OptionalBasic>(optional.slice(0, Math.max(0, Math.min(optional.length, remaining - k))));
  const projectItems = projectPool.slice(0, k);

  // 基本支出 by 经济分类 款 (元)
  const heads = i === 0 ? rng.int(20, 60) : rng.int(4, 30);
  const perHead = (lo: number, hi: number) => new Decimal(heads).times(rng.int(lo, hi));
  const econ = new Map<string, Decimal>();
  const rent = chosen.has('2210202') ? perHead(1800, 3600) : ZERO;
  econ.set('30101', perHead(36000, 60000));
  econ.set('30102', perHead(8000, 30000).plus(rent));
  econ.set('30103', perHead(3000, 12000));
  econ.set('30107', perHead(20000, 48000));
  const wageBase = sum(['30101', '30102', '30103', '30107'].map((c) => econ.get(c) ?? ZERO));
  econ.set('30108', share(wageBase, '0.16'));
  if (chosen.has('2080506')) econ.set('30109', share(wageBase, '0.08'));
  econ.set('30110', share(wageBase, `0.0${rng.int(70, 95)}`));
  if (chosen.has('2101103')) econ.set('30111', share(wageBase, `0.0${rng.int(40, 60)}`));
  if (chosen.has('2101199')) econ.set('30112', share(wageBase, `0.00${rng.int(50, 99)}`));
  econ.set('30113', share(wageBase, '0.12'));
  if (rng.chance(40)) econ.set('30199', perHead(1000, 6000));
  econ.set('30201', perHead(800, 3000));
  for (const c of ['30202', '30205', '30206', '30207', '30209', '30211', '30213', '30215', '30216', '30229', '30239']) {
    if (rng.chance(50)) econ.set(c, perHead(200, 2500));
  }
  if (i === 0 || rng.chance(30)) econ.set('30217', new Decimal(rng.int(5000, 40000)));
  econ.set('30228', share(wageBase, '0.02'));
  if (i === 0 || rng.chance(25)) econ.set('30231', new Decimal(rng.int(10000, 60000)));
  econ.set('30299', perHead(500, 3000));
  if (chosen.has('retirees')) {
    const retirees = rng.int(1, Math.max(1, Math.floor(heads / 3)));
    econ.set('30302', new Decimal(retirees).times(rng.int(30000, 60000)));
    if (rng.chance(50)) econ.set('30305', new Decimal(retirees).times(rng.int(1000, 5000)));
  }

  // 基本支出 by 功能分类 项 (the identities of domain.md §2.7)
  const get = (c: string) => econ.get(c) ?? ZERO;
  const items = new Map<string, ItemAmounts>();
  const runPersonnel = sum(['30101', '30102', '30103', '30107', '30199'].map(get)).minus(rent);
  const econOf = (prefix: string) => sum([...econ].filter(([c]) => c.startsWith(prefix)).map(([, v]) => v));
  addItem(items, runItem, { personnel: runPersonnel, public: econOf('302') });
  addItem(items, '2080505', { personnel: get('30108') });
  addItem(items, medicalItem, { personnel: get('30110') });
  addItem(items, '2210201', { personnel: get('30113') });
  if (chosen.has('2080506')) addItem(items, '2080506', { personnel: get('30109') });
  if (chosen.has('2101103')) addItem(items, '2101103', { personnel: get('30111') });
  if (chosen.has('2101199')) addItem(items, '2101199', { personnel: get('30112') });
  if (chosen.has('2210202')) addItem(items, '2210202', { personnel: rent });
  if (chosen.has('retirees')) addItem(items, retireItem, { personnel: econOf('303') });

  // 项目支出: projectsPerUnit projects spread over the project 项
  const projects: Project[] = [];
  for (let j = 0; j < projectsPerUnit; j++) {
    const item = projectItems[j % projectItems.length];
    const names = PROJECT_ITEMS[item];
    const round = Math.floor(j / projectItems.length);
    const base = names[round % names.length];
    const name = round >= names.length ? `${base}（${round + 1}）` : base;
    const yy = String((year - rng.int(0, 3)) % 100).padStart(2, '0');
    const projectCode = `42${AREA}${yy}${DEPT_CODE}T${String(serial.next++).padStart(9, '0')}`;
    const amount = new Decimal(rng.int(20000, 1200000));
    projects.push({ code: projectCode, name, item, amount });
    addItem(items, item, { project: amount });
  }
  projects.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { code, name: unitName(i), nature, econ, items, projects };
}

function makeDepartment(opts: SyntheticOptions): Department {
  const rng = new Rng(opts.seed);
  const year = opts.year ?? 2026;
  const n = opts.units;
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`units must be 1–999, got ${n}`);
  const itemsPerUnit = opts.itemsPerUnit ?? 8;
  const projectsPerUnit = opts.projectsPerUnit ?? 4;
  const serial = { next: 100 };
  const units: Unit[] = [];
  for (let i = 0; i < n; i++) units.push(makeUnit(rng, i, itemsPerUnit, projectsPerUnit, year, serial));
  const items = new Map<string, ItemAmounts>();
  const econ = new Map<string, Decimal>();
  for (const u of units) {
    for (const [c, a] of u.items) addItem(items, c, a);
    for (const [c, v] of u.econ) addTo(econ, c, v);
  }
  // 三公: the basic 30217 / 30231 plus what projects spend on them; 出国 and 购置 from projects only
  const threePublic: ThreePublic = {
    abroad: rng.chance(50) ? new Decimal(rng.int(20000, 90000)) : ZERO,
    carPurchase: rng.chance(40) ? new Decimal(rng.int(150000, 300000)) : ZERO,
    carRunning: (econ.get('30231') ?? ZERO).plus(rng.int(0, 30000)),
    reception: (econ.get('30217') ?? ZERO).plus(rng.int(0, 20000)),
  };
  return { code: DEPT_CODE, name: DEPT_NAME, year, units, items, econ, threePublic };
}

// ---------------------------------------------------------------------------------------------
// Rows of a 功能分类 table: 类 / 款 / 项 with their sums

interface FunctionRow {
  code: string;
  name: string;
  a: ItemAmounts;
}

function functionRows(items: Map<string, ItemAmounts>): FunctionRow[] {
  const codes = [...items.keys()].sort();
  const groups = new Map<string, ItemAmounts>();
  for (const c of codes) for (const g of [c.slice(0, 3), c.slice(0, 5)]) addItem(groups, g, items.get(c)!);
  const out: FunctionRow[] = [];
  const seen = new Set<string>();
  for (const c of codes) {
    for (const g of [c.slice(0, 3), c.slice(0, 5)]) {
      if (seen.has(g)) continue;
      seen.add(g);
      out.push({ code: g, name: FUNCTION_NAMES[g], a: groups.get(g)! });
    }
    out.push({ code: c, name: FUNCTION_NAMES[c], a: items.get(c)! });
  }
  return out;
}

function totalOf(items: Iterable<ItemAmounts>): ItemAmounts {
  const t = { personnel: ZERO, public: ZERO, project: ZERO };
  for (const a of items) {
    t.personnel = t.personnel.plus(a.personnel);
    t.public = t.public.plus(a.public);
    t.project = t.project.plus(a.project);
  }
  return t;
}

const basicOf = (a: ItemAmounts): Decimal => a.personnel.plus(a.public);
const allOf = (a: ItemAmounts): Decimal => a.personnel.plus(a.public).plus(a.project);

// ---------------------------------------------------------------------------------------------
// Writing

type MoneyCell = SyntheticBudget['moneyCells'][number];

class SheetWriter {
  readonly sheet: Sheet;
  constructor(
    name: string,
    index: number,
    private readonly money: MoneyCell[],
  ) {
    this.sheet = createSheet(name, index);
  }
  text(row: number, col: number, text: string): void {
    putCell(this.sheet, makeCell({ row, col, value: text }));
  }
  /** A money cell: 元 → 万元 rounded half-up to 0.01, number format 0.00. */
  amount(row: number, col: number, yuan: Decimal): void {
    const printed = wan(yuan);
    const value = printed.toFixed(2);
    putCell(this.sheet, makeCell({ row, col, value: printed.toNumber(), numFmt: '0.00' }));
    this.money.push({ sheet: this.sheet.name, cell: toA1(row, col), value });
  }
  amounts(row: number, firstCol: number, yuan: Decimal[]): void {
    yuan.forEach((y, i) => this.amount(row, firstCol + i, y));
  }
  merge(top: number, left: number, bottom: number, right: number): void {
    const range = { top, left, bottom, right };
    addMerge(this.sheet, formatRange(range), range);
  }
  /**
   * Rows 1–3 as S003 prints them: '表N', the title (merged across), the 部门/单位 line (merged
   * over A:B) with 单位：万元 in the last column. Returns the first header row.
   */
  head(marker: string, title: string, width: number, unitLine: string): number {
    this.text(1, 1, marker);
    this.titleRows(2, title, width, unitLine);
    return 4;
  }
  /** Title row and unit line at `row` and `row + 1`. */
  titleRows(row: number, title: string, width: number, unitLine: string): void {
    this.text(row, 1, title);
    this.merge(row, 1, row, width);
    this.text(row + 1, 1, unitLine);
    this.merge(row + 1, 1, row + 1, 2);
    this.text(row + 1, width, '单位：万元');
  }
  /** A two-row header: `top` texts with the merges given, `sub` texts in the second row. */
  header(row: number, top: (string | null)[], sub: (string | null)[], merges: [number, number, number, number][]): void {
    top.forEach((t, i) => t && this.text(row, i + 1, t));
    sub.forEach((t, i) => t && this.text(row + 1, i + 1, t));
    for (const [r1, c1, r2, c2] of merges) this.merge(row + r1, c1, row + r2, c2);
  }
}

const deptLine = (d: Department): string => `部门/单位：${d.name}`;

/** 表1 收支总表. */
function incomeExpenseSummary(w: SheetWriter, d: Department, total: Decimal, classes: Map<string, Decimal>): void {
  const y = d.year;
  let r = w.head('表1', `${y}年部门收支总表`, 4, deptLine(d));
  w.text(r, 1, '收 入');
  w.text(r, 3, '支 出');
  w.merge(r, 1, r, 2);
  w.merge(r, 3, r, 4);
  ['项 目', '预算数', '项 目', '预算数'].forEach((t, i) => w.text(r + 1, i + 1, t));
  r += 2;
  const income: [string, Decimal][] = [
    ['一、一般公共预算拨款收入', total],
    ['二、政府性基金预算拨款收入', ZERO],
    ['三、国有资本经营预算拨款收入', ZERO],
    ['四、财政专户管理资金收入', ZERO],
    ['五、事业收入', ZERO],
    ['六、事业单位经营收入', ZERO],
    ['七、上级补助收入', ZERO],
    ['八、附属单位上缴收入', ZERO],
    ['九、其他收入', ZERO],
  ];
  CLASS_LIST.forEach(([code, name], i) => {
    if (i < income.length) {
      w.text(r + i, 1, income[i][0]);
      w.amount(r + i, 2, income[i][1]);
    }
    w.text(r + i, 3, `${CN_NUMBERS[i]}、${name}`);
    w.amount(r + i, 4, classes.get(code) ?? ZERO);
  });
  r += CLASS_LIST.length;
  const footer: [string, Decimal, string, Decimal][] = [
    ['本年收入合计', total, '本年支出合计', total],
    ['上年结转结余', ZERO, '年终结转结余', ZERO],
    ['收 入 总 计', total, '支 出 总 计', total],
  ];
  for (const [a, av, b, bv] of footer) {
    w.text(r, 1, a);
    w.amount(r, 2, av);
    w.text(r, 3, b);
    w.amount(r, 4, bv);
    r++;
  }
}

/** 表2 收入总表: 合计 / 部门 / 单位, all income 一般公共预算 本年收入. */
function incomeSummary(w: SheetWriter, d: Department, unitTotals: Decimal[], total: Decimal): void {
  const r = w.head('表2', `${d.year}年部门收入总表`, 19, deptLine(d));
  const top = ['部门（单位）代码', '部门（单位）名称', '合计', '本年收入', ...Array<null>(9).fill(null), '上年结转结余', ...Array<null>(5).fill(null)];
  const sub = [
    null, null, null,
    '小计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '事业收入', '事业单位经营收入', '上级补助收入', '附属单位上缴收入', '其他收入',
    '小计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金',
  ];
  w.header(r, top, sub, [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 1, 3], [0, 4, 0, 13], [0, 14, 0, 19]]);
  const line = (row: number, code: string | null, name: string, v: Decimal) => {
    if (code) w.text(row, 1, code);
    w.text(row, 2, name);
    w.amounts(row, 3, [v, v, v, ...Array<Decimal>(8).fill(ZERO), ...Array<Decimal>(6).fill(ZERO)]);
  };
  let row = r + 2;
  line(row++, null, '合计', total);
  line(row++, d.code, d.name, total);
  d.units.forEach((u, i) => line(row++, u.code, u.name, unitTotals[i]));
}

/** 表3 支出总表. */
function expenditureSummary(w: SheetWriter, d: Department, rows: FunctionRow[], total: ItemAmounts): void {
  const r = w.head('表3', `${d.year}年部门支出总表`, 8, deptLine(d));
  ['科目编码', '科目名称', '合计', '基本支出', '项目支出', '事业单位经营支出', '上缴上级支出', '对附属单位补助支出'].forEach((t, i) => w.text(r, i + 1, t));
  const values = (a: ItemAmounts) => [allOf(a), basicOf(a), a.project, ZERO, ZERO, ZERO];
  let row = r + 1;
  w.text(row, 2, '合计');
  w.amounts(row++, 3, values(total));
  for (const f of rows) {
    w.text(row, 1, f.code);
    w.text(row, 2, f.name);
    w.amounts(row++, 3, values(f.a));
  }
}

/** 表4 财政拨款收支总表. */
function fiscalSummary(w: SheetWriter, d: Department, total: Decimal, classes: Map<string, Decimal>): void {
  let r = w.head('表4', `${d.year}年财政拨款收支总表`, 4, deptLine(d));
  w.text(r, 1, '收 入');
  w.text(r, 3, '支 出');
  w.merge(r, 1, r, 2);
  w.merge(r, 3, r, 4);
  ['项目', '预算数', '项目', '预算数'].forEach((t, i) => w.text(r + 1, i + 1, t));
  r += 2;
  const income: [string, Decimal][] = [
    ['一、本年收入', total],
    ['（一）一般公共预算拨款', total],
    ['（二）政府性基金预算拨款', ZERO],
    ['（三）国有资本经营预算拨款', ZERO],
    ['二、上年结转', ZERO],
    ['（一）一般公共预算拨款', ZERO],
    ['（二）政府性基金预算拨款', ZERO],
    ['（三）国有资本经营预算拨款', ZERO],
  ];
  const expense: [string, Decimal][] = [
    ['一、本年支出', total],
    ...CLASS_LIST.map(([code, name], i): [string, Decimal] => [`（${CN_NUMBERS[i]}）${name}`, classes.get(code) ?? ZERO]),
    ['二、年终结转结余', ZERO],
  ];
  expense.forEach(([label, v], i) => {
    if (i < income.length) {
      w.text(r + i, 1, income[i][0]);
      w.amount(r + i, 2, income[i][1]);
    }
    w.text(r + i, 3, label);
    w.amount(r + i, 4, v);
  });
  r += expense.length;
  w.text(r, 1, '收 入 总 计');
  w.amount(r, 2, total);
  w.text(r, 3, '支 出 总 计');
  w.amount(r, 4, total);
}

const GENERAL_TOP = ['科目编码', '科目名称', '合计', '基本支出', null, null, '项目支出'];
const GENERAL_SUB = [null, null, null, '小计', '人员经费', '公用经费', null];
const GENERAL_MERGES: [number, number, number, number][] = [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 1, 3], [0, 4, 0, 6], [0, 7, 1, 7]];
const generalValues = (a: ItemAmounts): Decimal[] => [allOf(a), basicOf(a), a.personnel, a.public, a.project];

/** A 一般公共预算支出表 (功能分类) body from `row`: 合计 + 类/款/项. Returns the row after it. */
function generalBody(w: SheetWriter, row: number, rows: FunctionRow[], total: ItemAmounts): number {
  w.text(row, 2, '合计');
  w.amounts(row++, 3, generalValues(total));
  for (const f of rows) {
    w.text(row, 1, f.code);
    w.text(row, 2, f.name);
    w.amounts(row++, 3, generalValues(f.a));
  }
  return row;
}

/** 表5-1 一般公共预算支出表（分功能分类）. */
function generalBudget(w: SheetWriter, d: Department, rows: FunctionRow[], total: ItemAmounts): void {
  const r = w.head('表5-1', `${d.year}年一般公共预算支出表（分功能分类）`, 7, deptLine(d));
  w.header(r, GENERAL_TOP, GENERAL_SUB, GENERAL_MERGES);
  generalBody(w, r + 2, rows, total);
}

/** 表5-2 一般公共预算支出表（分单位）. */
function generalByUnit(w: SheetWriter, d: Department, unitTotals: ItemAmounts[], total: ItemAmounts): void {
  const r = w.head('表5-2', `${d.year}年一般公共预算支出表（分单位）`, 7, deptLine(d));
  w.header(r, ['单位编码', '单位名称', ...GENERAL_TOP.slice(2)], GENERAL_SUB, GENERAL_MERGES);
  let row = r + 2;
  w.text(row, 2, '合计');
  w.amounts(row++, 3, generalValues(total));
  w.text(row, 1, d.code);
  w.text(row, 2, d.name);
  w.amounts(row++, 3, generalValues(total));
  d.units.forEach((u, i) => {
    w.text(row, 1, u.code);
    w.text(row, 2, u.name);
    w.amounts(row++, 3, generalValues(unitTotals[i]));
  });
}

/** 表5-3: one 一般公共预算支出表 per 单位, stacked two blank rows apart. */
function generalPerUnit(w: SheetWriter, d: Department): void {
  w.text(1, 1, '表5-3');
  let row = 2;
  for (const u of d.units) {
    w.titleRows(row, `${u.name}${d.year}年一般公共预算支出表`, 7, `部门/单位：${u.code}-${u.name}`);
    w.header(row + 2, GENERAL_TOP, GENERAL_SUB, GENERAL_MERGES);
    row = generalBody(w, row + 4, functionRows(u.items), totalOf(u.items.values()));
    row += 2;
  }
}

/** 表6 一般公共预算基本支出表. */
function basicExpenditure(w: SheetWriter, d: Department): void {
  const r = w.head('表6', `${d.year}年一般公共预算基本支出表`, 5, deptLine(d));
  w.header(r, ['部门预算支出经济分类科目', null, '本年一般公共预算基本支出', null, null], ['科目编码', '科目名称', '合计', '人员经费', '公用经费'], [
    [0, 1, 0, 2],
    [0, 3, 0, 5],
  ]);
  const codes = [...d.econ.keys()].sort();
  const classSum = (k: string) => sum(codes.filter((c) => c.startsWith(k)).map((c) => d.econ.get(c)!));
  const personnel = classSum('301').plus(classSum('303'));
  const pub = classSum('302');
  const values = (klass: string, v: Decimal) => (klass === '302' ? [v, ZERO, v] : [v, v, ZERO]);
  let row = r + 2;
  w.text(row, 2, '合计');
  w.amounts(row++, 3, [personnel.plus(pub), personnel, pub]);
  for (const klass of ['301', '302', '303']) {
    const inClass = codes.filter((c) => c.startsWith(klass));
    if (inClass.length === 0) continue;
    w.text(row, 1, klass);
    w.text(row, 2, ECONOMIC_NAMES[klass]);
    w.amounts(row++, 3, values(klass, classSum(klass)));
    for (const c of inClass) {
      w.text(row, 1, c);
      w.text(row, 2, ECONOMIC_NAMES[c]);
      w.amounts(row++, 3, values(klass, d.econ.get(c)!));
    }
  }
}

/** 表7 一般公共预算“三公”经费支出表. */
function threePublicTable(w: SheetWriter, d: Department): void {
  const r = w.head('表7', `${d.year}年一般公共预算“三公”经费支出表`, 6, deptLine(d));
  w.header(
    r,
    ['“三公”经费合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'],
    [null, null, '小计', '公务用车购置费', '公务用车运行费', null],
    [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 5], [0, 6, 1, 6]],
  );
  const t = d.threePublic;
  const cars = t.carPurchase.plus(t.carRunning);
  w.amounts(r + 2, 1, [t.abroad.plus(cars).plus(t.reception), t.abroad, cars, t.carPurchase, t.carRunning, t.reception]);
}

/** 表8 / 表9: empty fund tables with their 备注. */
function emptyFundTable(w: SheetWriter, d: Department, marker: string, title: string, group: string, note: string): void {
  const r = w.head(marker, `${d.year}年${title}`, 5, deptLine(d));
  w.header(r, ['科目编码', '科目名称', group, null, null], [null, null, '合计', '基本支出', '项目支出'], [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 0, 5]]);
  w.text(r + 2, 1, note);
  w.merge(r + 2, 1, r + 2, 5);
}

/** 表10 项目支出表. */
function projectTable(w: SheetWriter, d: Department): void {
  const r = w.head('表10', `${d.year}年项目支出表`, 12, deptLine(d));
  w.header(
    r,
    ['项目编码', '项目名称', '项目单位', '合计', '本年拨款', null, null, '财政拨款结转结余', null, null, '财政专户管理资金', '单位资金'],
    [null, null, null, null, '一般公共预算', '政府性基金预算', '国有资本经营预算', '一般公共预算', '政府性基金预算', '国有资本经营预算', null, null],
    [[0, 1, 1, 1], [0, 2, 1, 2], [0, 3, 1, 3], [0, 4, 1, 4], [0, 5, 0, 7], [0, 8, 0, 10], [0, 11, 1, 11], [0, 12, 1, 12]],
  );
  const values = (v: Decimal) => [v, v, ...Array<Decimal>(7).fill(ZERO)];
  const total = sum(d.units.flatMap((u) => u.projects.map((p) => p.amount)));
  let row = r + 2;
  w.text(row, 2, '合计');
  w.amounts(row++, 4, values(total));
  w.text(row, 1, d.code);
  w.text(row, 2, d.name);
  w.amounts(row++, 4, values(total));
  for (const u of d.units) {
    if (u.projects.length === 0) continue;
    const ut = sum(u.projects.map((p) => p.amount));
    w.text(row, 1, u.code);
    w.text(row, 2, u.name);
    w.amounts(row++, 4, values(ut));
    w.text(row, 1, '31');
    w.text(row, 2, '本级支出项目');
    w.amounts(row++, 4, values(ut));
    for (const p of u.projects) {
      w.text(row, 1, p.code);
      w.text(row, 2, p.name);
      w.text(row, 3, u.name);
      w.amounts(row++, 4, values(p.amount));
    }
  }
}

/** Build a consistent synthetic 部门预算 workbook (see the file comment for the layout). */
export function syntheticBudget(opts: SyntheticOptions): SyntheticBudget {
  const d = makeDepartment(opts);
  const moneyCells: MoneyCell[] = [];
  const sheets: Sheet[] = [];
  const sheet = (name: string) => {
    const w = new SheetWriter(name, sheets.length, moneyCells);
    sheets.push(w.sheet);
    return w;
  };
  const total = totalOf(d.items.values());
  const all = allOf(total);
  const rows = functionRows(d.items);
  const classes = new Map(rows.filter((f) => f.code.length === 3).map((f) => [f.code, allOf(f.a)]));
  const unitAmounts = d.units.map((u) => totalOf(u.items.values()));

  incomeExpenseSummary(sheet('表1 收支总表'), d, all, classes);
  incomeSummary(sheet('表2 收入总表'), d, unitAmounts.map(allOf), all);
  expenditureSummary(sheet('表3 支出总表'), d, rows, total);
  fiscalSummary(sheet('表4 财政拨款收支总表'), d, all, classes);
  generalBudget(sheet('表5-1 一般公共预算支出表（分功能分类）'), d, rows, total);
  generalByUnit(sheet('表5-2 一般公共预算支出表（分单位）'), d, unitAmounts, total);
  if (d.units.length > 1) generalPerUnit(sheet('表5-3 单位一般公共预算支出表'), d);
  basicExpenditure(sheet('表6 一般公共预算基本支出表'), d);
  threePublicTable(sheet('表7 一般公共预算“三公”经费支出表'), d);
  emptyFundTable(sheet('表8 政府性基金预算支出表'), d, '表8', '政府性基金预算支出表', '本年政府性基金预算支出', '备注：本单位无政府性基金预算支出，本表为空表。');
  emptyFundTable(sheet('表9 国有资本经营预算支出表'), d, '表9', '国有资本经营预算支出表', '本年国有资本经营预算支出', '备注：本单位无国有资本经营预算支出，本表为空表。');
  projectTable(sheet('表10 项目支出表'), d);

  const exact = (yuan: Decimal) => yuan.dividedBy(10000).toFixed(4);
  return {
    workbook: { source: `synthetic-${opts.seed}-${opts.units}.xlsx`, sheets },
    moneyCells,
    truth: { total: exact(all), basic: exact(basicOf(total)), project: exact(total.project) },
  };
}
