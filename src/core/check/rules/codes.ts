/** Classification code rules: format and parents, the code list, unit-nature dependent 项. */
import { judgeName, type DictionaryEntry, type NameVerdict, type Scheme } from '../../data/lookup';
import { isDigitCode } from '../../chars';
import { pushTo } from '../../collections';
import type { Recognised, TableRow } from '../../recognize';
import { norm } from '../../recognize/text';
import { stripNumbering } from '../../model/model';
import type { Rule } from '../types';
import { codeCell } from './helpers';

/** A row of a classification 科目 with its code printed. */
function isCoded(r: TableRow): boolean {
  return (r.type === 'function' || r.type === 'economic') && !!r.code;
}

function tableHasCodedRows(t: Recognised): boolean {
  for (const r of t.rows) if (isCoded(r)) return true;
  return false;
}

/** Whether any table lists a coded 科目 row (the rules read the rows table by table, no list of them is built). */
function hasCodedRows(tables: Recognised[]): boolean {
  for (const t of tables) if (tableHasCodedRows(t)) return true;
  return false;
}

/** The coded rows of one table, in order. */
function codedRowsOf(t: Recognised): TableRow[] {
  const out: TableRow[] = [];
  for (const r of t.rows) if (isCoded(r)) out.push(r);
  return out;
}

/** A code of a length the scheme has: 3/5/7 digits for function codes, 3/5 for economic ones. */
function lengthFits(r: TableRow): boolean {
  const n = (r.code as string).length;
  return n === 3 || n === 5 || (n === 7 && r.type === 'function');
}

/**
 * The column letters of a row's first value cell ("" when it has none): the panel of side-by-side
 * tables the row is in. As `(Object.values(r.values)[0]?.cell ?? '').replace(/\d+$/, '')`, without
 * the array of values and the regex.
 */
export function panelColumn(r: TableRow): string {
  for (const key in r.values) {
    const cell = r.values[key].cell;
    let end = cell.length;
    while (end > 0 && isDigitCode(cell.charCodeAt(end - 1))) end--;
    return end === cell.length ? cell : cell.slice(0, end);
  }
  return '';
}


export const codeFormat: Rule = {
  meta: {
    id: 'compliance/code-format',
    category: 'compliance',
    severity: 'error',
    title: '科目编码格式与上下级',
    description: '功能分类编码为 3/5/7 位数字（类/款/项），经济分类为 3/5 位；款编码以其所属类开头，项编码以其所属款开头。',
    implements: ['STD-08', 'CLS-02'],
    example: '支出决算表 11 个项级科目编码只有 6 位（如 208050 事业单位离退休），应为 7 位',
  },
  check(ctx) {
    if (!hasCodedRows(ctx.model.tables)) return ctx.skip('没有列示科目编码的表');
    for (const t of ctx.model.tables) {
      const mine = codedRowsOf(t);
      if (mine.length === 0) continue;
      const bad = mine.filter((r) => !lengthFits(r));
      if (bad.length) {
        ctx.report({
          message: `${ctx.model.name(t)} ${bad.length} 个科目编码位数不对（如 ${bad[0].code} ${bad[0].name}）：功能分类应为 3/5/7 位，经济分类应为 3/5 位`,
          locations: bad.map((r) => ({ sheet: t.block.sheet, cell: codeCell(t, r) })),
          expected: '3/5/7 位',
          actual: bad.map((r) => r.code).join('、'),
        });
      }
      // parent consistency: a 款/项 follows the 类/款 it belongs to (per panel of side-by-side tables)
      const panels = new Map<string, TableRow[]>();
      for (const r of mine) pushTo(panels, panelColumn(r), r);
      for (const panel of panels.values()) {
      // the last code seen at each level (index: level); a 类 starts afresh
      const last: (string | undefined)[] = [];
      for (const r of panel) {
        const code = r.code as string;
        if (r.level === 1) {
          last.length = 0;
          last[1] = code;
        } else if (r.level && r.level > 1) {
          const expectedParent = last[r.level - 1];
          if (expectedParent && !code.startsWith(expectedParent)) {
            ctx.report({
              message: `${ctx.model.name(t)} ${code} ${r.name} 列在 ${expectedParent} 之下，但编码不以 ${expectedParent} 开头`,
              locations: [{ sheet: t.block.sheet, cell: codeCell(t, r) }],
              expected: `${expectedParent}…`,
              actual: code,
            });
          }
          last[r.level] = code;
        }
      }
      }
    }
  },
};

/** A code of 3, 5 or 7 digits (of either scheme: a 7-digit economic code is judged as unknown). */
function hasLength357(r: TableRow): boolean {
  const n = (r.code as string).length;
  return n === 3 || n === 5 || n === 7;
}

function hasCodedRowsOfLength(tables: Recognised[]): boolean {
  for (const t of tables) for (const r of t.rows) if (isCoded(r) && hasLength357(r)) return true;
  return false;
}

/** "“卫生健康支出”" or "“A”或“B”" — the names a code has in a year. */
function namesText(es: DictionaryEntry[]): string {
  return [...new Set(es.map((e) => `“${e.name}”`))].join('或');
}

function yearsText(e: DictionaryEntry): string {
  if (e.from !== null && e.to !== null) return e.from === e.to ? `${e.from} 年` : `${e.from}–${e.to} 年`;
  if (e.from !== null) return `${e.from} 年起`;
  if (e.to !== null) return `${e.to} 年及以前`;
  return '其他年度';
}

/**
 * judgeName with each (scheme, code, printed name) judged once: the same 科目 is printed in several
 * tables. judgeName depends on its arguments only (the dictionary is constant), so the answer is the same.
 */
export function judgeOnce(year: number | null): (scheme: Scheme, code: string, printed: string) => NameVerdict {
  // by scheme, then code: the first name printed with the code and its verdict (most codes are printed
  // with one name), a map of the others only for a code printed with several; no key string per question
  const known = { function: new Map<string, Judged>(), economic: new Map<string, Judged>() };
  return (scheme, code, printed) => {
    const byCode = known[scheme];
    const j = byCode.get(code);
    if (!j) {
      const v = judgeName(scheme, code, printed, year);
      byCode.set(code, { printed, v, others: null });
      return v;
    }
    if (j.printed === printed) return j.v;
    const others = (j.others ??= new Map());
    let v = others.get(printed);
    if (!v) others.set(printed, (v = judgeName(scheme, code, printed, year)));
    return v;
  };
}

/** A code's first printed name with its verdict, and the verdicts of its other printed names. */
interface Judged {
  printed: string;
  v: NameVerdict;
  others: Map<string, NameVerdict> | null;
}

/**
 * A 科目 printed with an old name or another year's: its code (null for a 类 name printed without
 * one) and name as printed, the verdict and where. Its words are made only where the finding quotes it.
 */
interface OldName {
  code: string | null;
  name: string;
  v: Extract<NameVerdict, { status: 'old' | 'other-year' }>;
  loc: { sheet: string; cell: string };
}

/** "201“一般公共服务”（2022 年为“一般公共服务支出”）": one of a list. */
function oldNameText(x: OldName, year: number | null): string {
  return `${x.code ?? ''}“${x.name}”（${year ? `${year} 年为` : '现为'}${namesText(x.v.current)}）`;
}

/** "30110 名称“…”是旧名称，2026 年的名称为“…”": the only one of its table. */
function oldNameSingle(x: OldName, year: number | null): string {
  const when = x.v.status === 'old' ? '旧名称' : `${yearsText(x.v.entry)}的名称`;
  return `${x.code === null ? '类名称' : `${x.code} 名称`}“${x.name}”是${when}，${year ? `${year} 年的` : '现行'}名称为${namesText(x.v.current)}`;
}

export const codeDictionary: Rule = {
  meta: {
    id: 'compliance/code-dictionary',
    category: 'compliance',
    severity: 'error',
    title: '科目编码与名称',
    description:
      '科目编码与名称按文件年度对照分类科目字典（src/core/data/dictionary.ts：各年度公开文件中印出的名称及其年份、种子代码表、政府收支分类科目原文，每条记有来源）：名称与代码不符为错误；旧名称、其他年度的名称、被截断的名称提示核实；字典没有收录的编码作为提示列出，不判断对错。',
    implements: ['CLS-01', 'STD-09'],
    example: '一般公共预算基本支出表 30110 名称“城镇职工基本医疗保险缴费”是旧名称，现行名称为“职工基本医疗保险缴费”',
  },
  check(ctx) {
    if (!hasCodedRowsOfLength(ctx.model.tables)) return ctx.skip('没有列示科目编码的表');
    const unknown = new Map<string, { sheet: string; cell: string }[]>();
    // old names: one finding per table, listing them all
    const old = new Map<Recognised, OldName[]>();
    const year = ctx.model.year;
    const judge = judgeOnce(year);
    for (const t of ctx.model.tables) for (const r of t.rows) {
      if (!isCoded(r) || !hasLength357(r)) continue;
      const code = r.code as string;
      const scheme = r.type === 'economic' ? 'economic' : 'function';
      if (!norm(r.name)) continue;
      const v = judge(scheme, code, r.name);
      if (v.status === 'ok') continue;
      // where the code is printed: worked out only for a row that is reported (most are ok)
      const loc = { sheet: t.block.sheet, cell: codeCell(t, r) };
      if (v.status === 'unknown-code' || v.status === 'unknown-name') {
        pushTo(unknown, `${code} ${r.name}`, loc);
        continue;
      }
      if (v.status === 'old' || v.status === 'other-year') {
        // appended in place: a table of 50,000 rows with old names stays linear
        pushTo(old, t, { code, name: r.name, v, loc });
      } else if (v.status === 'truncated') {
        ctx.report({ severity: 'warning', message: `${ctx.model.name(t)} ${code} 名称“${r.name}”不完整，应为${namesText(v.current)}`, locations: [loc], expected: v.current[0].name, actual: r.name });
      } else {
        ctx.report({ message: `${ctx.model.name(t)} ${code} 名称“${r.name}”与科目编码不符，${code} ${year ? `在 ${year} 年` : ''}为${namesText(v.current)}`, locations: [loc], expected: v.current[0].name, actual: r.name });
      }
    }
    // 类 names printed without a code in the summary tables
    for (const t of [...ctx.model.byKind('income-expense-summary'), ...ctx.model.byKind('fiscal-summary')]) {
      for (const line of ctx.model.summary(t).filter((l) => l.concept?.startsWith('ex:类:') && !l.row.code)) {
        const code = (line.concept as string).slice(5);
        const printed = stripNumbering(line.row.name);
        const v = judge('function', code, printed);
        if (v.status !== 'old' && v.status !== 'other-year') continue;
        const cell = Object.values(line.row.values)[0]?.cell ?? 'A1';
        pushTo(old, t, { code: null, name: line.row.name.trim(), v, loc: { sheet: t.block.sheet, cell } });
      }
    }
    for (const [t, list] of old) {
      const one = list.length === 1 ? list[0] : null;
      ctx.report({
        severity: 'warning',
        message: one ? `${ctx.model.name(t)} ${oldNameSingle(one, year)}` : `${ctx.model.name(t)} ${list.length} 个科目使用旧名称：${list.slice(0, 4).map((x) => oldNameText(x, year)).join('、')}${list.length > 4 ? ' 等' : ''}`,
        locations: list.map((x) => x.loc),
        expected: one ? one.v.current[0].name : null,
        actual: one ? one.name : null,
      });
    }
    for (const [what, locations] of unknown) {
      ctx.report({ severity: 'info', message: `科目 ${what} 不在分类科目字典中${year ? `（${year} 年）` : ''}：字典只收录公开文件中出现过的科目和已找到的分类科目原文，请对照当年《政府收支分类科目》核实`, locations, expected: null, actual: what });
    }
  },
};

const NATURE_ITEMS: { admin: string; institution: string; what: string }[] = [
  { admin: '2101501', institution: '2101550', what: '医疗保障管理事务的运行项' },
  { admin: '2101101', institution: '2101102', what: '行政事业单位医疗' },
  { admin: '2080501', institution: '2080502', what: '离退休' },
];

const GENERAL_RUN_CODE = /^2\d{4}01$/;
const GENERAL_INST_CODE = /^2\d{4}50$/;
const SUBORDINATE = /(下属|所属|直属)[^。；]{0,30}事业单位/;

/** The pair of NATURE_ITEMS a code is one of. */
function natureItem(code: string): (typeof NATURE_ITEMS)[number] | undefined {
  for (const p of NATURE_ITEMS) if (p.admin === code || p.institution === code) return p;
  return undefined;
}

export const unitNatureItems: Rule = {
  meta: {
    id: 'compliance/unit-nature-items',
    category: 'compliance',
    severity: 'warning',
    title: '科目与单位性质',
    description: '行政单位（含参公）用“行政运行”（…01）、行政单位医疗 2101101、行政单位离退休 2080501；事业单位用“事业运行”（…50）、事业单位医疗 2101102、事业单位离退休 2080502。单位性质由单位名称或情况说明判断，无法判断时不检查。',
    implements: ['CLS-03', 'CLS-04', 'CLS-05'],
    example: '单位为事业单位（名称“黄陂区医疗保障服务中心”），却使用了 2101501 行政运行',
  },
  check(ctx) {
    const nature = ctx.model.nature;
    if (!nature) return ctx.skip('无法判断单位性质（行政/事业）');
    const reported = new Set<string>();
    // an 行政单位 whose 情况说明 names 下属事业单位 may budget their running costs under 事业运行
    // (js-jcy-2019: 2040450 事业运行 315 万元 "主要是检察官学院运行费", 检察官学院 a 下属事业单位);
    // the narrative is read only when such a row is reported
    let subordinate: RegExpExecArray | null | undefined;
    for (const t of ctx.model.tables) for (const r of t.rows) {
      if (r.type !== 'function' || !r.code) continue;
      const code = r.code;
      const generalRun = GENERAL_RUN_CODE.test(code) && r.name.includes('行政运行');
      const generalInst = GENERAL_INST_CODE.test(code) && r.name.includes('事业运行');
      const pair = natureItem(code);
      const wrong =
        nature.value === 'institution' ? generalRun || pair?.admin === code : generalInst || pair?.institution === code;
      if (!wrong || reported.has(code)) continue;
      reported.add(code);
      if (nature.value === 'admin' && generalInst && subordinate === undefined) subordinate = SUBORDINATE.exec(ctx.model.narrative.map((p) => p.text).join('\n'));
      if (nature.value === 'admin' && generalInst && subordinate) {
        ctx.report({
          severity: 'info',
          message: `单位为行政单位（${nature.evidence}），使用了 ${code} ${r.name}；情况说明写明“${subordinate[0]}”，可能是下属事业单位的运行经费，请核实`,
          locations: [{ sheet: t.block.sheet, cell: codeCell(t, r) }],
          expected: null,
          actual: `${code} ${r.name}`,
        });
        continue;
      }
      ctx.report({
        message: `单位为${nature.value === 'admin' ? '行政单位' : '事业单位'}（${nature.evidence}），却使用了 ${code} ${r.name}（${nature.value === 'admin' ? '事业单位' : '行政单位'}的科目）；如为参照公务员法管理的事业单位请忽略`,
        locations: [{ sheet: t.block.sheet, cell: codeCell(t, r) }],
        expected: nature.value === 'admin' ? '行政单位科目' : '事业单位科目',
        actual: `${code} ${r.name}`,
      });
    }
  },
};

/** Whether two codes of the same length have the same parent (the code without its last two digits; none for a 类). */
function sameParent(a: string, b: string): boolean {
  if (a.length <= 3) return b.length <= 3;
  if (b.length <= 3) return false;
  // same length here: compare all but the last two digits in place
  return a.length === b.length && a.startsWith(b.slice(0, b.length - 2));
}

export const codeOrder: Rule = {
  meta: {
    id: 'compliance/code-order',
    category: 'compliance',
    severity: 'warning',
    title: '科目按编码顺序排列',
    description: '按科目列示的表中，同一上级科目下的各科目按编码从小到大排列；排在编码更大的同级科目之后的科目列出（每张表一条）。',
    implements: ['STD-08'],
    example: '公开06表 30211 差旅费 排在 30299 其他商品和服务支出 之后',
  },
  check(ctx) {
    if (!hasCodedRows(ctx.model.tables)) return ctx.skip('没有列示科目编码的表');
    for (const t of ctx.model.tables) {
      if (!tableHasCodedRows(t)) continue;
      // the panels (type and column) in the order they first appear, each a list of rows
      const panels: TableRow[][] = [];
      const byColumn = { function: new Map<string, TableRow[]>(), economic: new Map<string, TableRow[]>() };
      for (const r of t.rows) {
        if (!isCoded(r)) continue;
        const col = panelColumn(r);
        const of = byColumn[r.type as 'function' | 'economic'];
        const list = of.get(col);
        if (list) list.push(r);
        else {
          of.set(col, [r]);
          panels.push(of.get(col) as TableRow[]);
        }
      }
      const bad: { r: TableRow; after: TableRow }[] = [];
      for (const panel of panels) {
        // the last code seen at each length (index: length), under the current parent
        const last: (TableRow | undefined)[] = [];
        for (const r of panel) {
          const code = r.code as string;
          if (last.length > code.length + 1) last.length = code.length + 1;
          const prev = last[code.length];
          if (prev && sameParent(prev.code as string, code) && (prev.code as string) > code) bad.push({ r, after: prev });
          else last[code.length] = r;
        }
      }
      if (bad.length === 0) continue;
      ctx.report({
        message: `${ctx.model.name(t)} ${bad.length} 个科目未按编码顺序排列：${bad
          .slice(0, 3)
          .map((b) => `${b.r.code} ${b.r.name} 排在 ${b.after.code} ${b.after.name} 之后`)
          .join('；')}${bad.length > 3 ? ' 等' : ''}`,
        locations: bad.map((b) => ({ sheet: t.block.sheet, cell: codeCell(t, b.r) })),
        expected: bad.map((b) => b.after.code).join('、'),
        actual: bad.map((b) => b.r.code).join('、'),
      });
    }
  },
};
