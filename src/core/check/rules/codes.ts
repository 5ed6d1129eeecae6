/** Classification code rules: format and parents, the code list, unit-nature dependent 项. */
import { CLASSIFICATION_CODES } from '../../data/classification';
import type { Recognised, TableRow } from '../../recognize';
import { norm } from '../../recognize/text';
import { stripNumbering } from '../../model/model';
import type { Rule } from '../types';
import { codeCell } from './helpers';

const BY_CODE = new Map(CLASSIFICATION_CODES.map((c) => [c.code, c]));

/**
 * The first year the built-in code list's names hold for (it is built from disclosures of 2022
 * on): 科目 names of earlier documents (the 2018 经济分类 reform, the 2019 功能分类 renames) are
 * not judged against it.
 */
export const DICTIONARY_SINCE = 2022;

function codedRows(tables: Recognised[]): { t: Recognised; r: TableRow }[] {
  const out: { t: Recognised; r: TableRow }[] = [];
  for (const t of tables) for (const r of t.rows) if ((r.type === 'function' || r.type === 'economic') && r.code) out.push({ t, r });
  return out;
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
    const rows = codedRows(ctx.model.tables);
    if (rows.length === 0) return ctx.skip('没有列示科目编码的表');
    for (const t of ctx.model.tables) {
      const mine = rows.filter((x) => x.t === t).map((x) => x.r);
      const bad = mine.filter((r) => (r.type === 'function' ? ![3, 5, 7].includes((r.code as string).length) : ![3, 5].includes((r.code as string).length)));
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
      for (const r of mine) {
        const col = (Object.values(r.values)[0]?.cell ?? '').replace(/\d+$/, '');
        const list = panels.get(col);
        if (list) list.push(r);
        else panels.set(col, [r]);
      }
      for (const panel of panels.values()) {
      let last: Record<number, string> = {};
      for (const r of panel) {
        const code = r.code as string;
        if (r.level === 1) last = { 1: code };
        else if (r.level && r.level > 1) {
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

export const codeDictionary: Rule = {
  meta: {
    id: 'compliance/code-dictionary',
    category: 'compliance',
    severity: 'error',
    title: '科目编码与名称',
    description: '科目编码与名称应与政府收支分类科目一致：名称与代码不符为错误，旧名称或被截断的名称提示核实；代码表（仅含种子文件中出现过的科目）未收录的编码作为提示列出，不判断对错。',
    implements: ['CLS-01', 'STD-09'],
    example: '一般公共预算基本支出表 30110 名称“城镇职工基本医疗保险缴费”是旧名称，现行名称为“职工基本医疗保险缴费”',
  },
  check(ctx) {
    const rows = codedRows(ctx.model.tables).filter(({ r }) => [3, 5, 7].includes((r.code as string).length));
    if (rows.length === 0) return ctx.skip('没有列示科目编码的表');
    const unknown = new Map<string, { sheet: string; cell: string }[]>();
    // old names: one finding per table, listing them all
    const old = new Map<Recognised, { text: string; single: string; expected: string; actual: string; loc: { sheet: string; cell: string } }[]>();
    const year = ctx.model.year;
    if (year !== null && year < DICTIONARY_SINCE) {
      ctx.report({
        severity: 'info',
        message: `科目名称未核对：内置代码表的科目名称取自 ${DICTIONARY_SINCE} 年起的公开文件，本文件为 ${year} 年（此后科目名称和部分编码有调整），请对照 ${year} 年《政府收支分类科目》核实`,
        locations: [],
        expected: null,
        actual: null,
      });
      return;
    }
    for (const { t, r } of rows) {
      const code = r.code as string;
      const entry = BY_CODE.get(code);
      const loc = { sheet: t.block.sheet, cell: codeCell(t, r) };
      if (!entry) {
        const key = `${code} ${r.name}`;
        const list = unknown.get(key);
        if (list) list.push(loc);
        else unknown.set(key, [loc]);
        continue;
      }
      const printed = norm(r.name);
      const current = norm(entry.name);
      if (!printed || printed === current) continue;
      if (entry.variants.some((v) => norm(v) === printed)) {
        old.set(t, [...(old.get(t) ?? []), { text: `${code}“${r.name}”（现为“${entry.name}”）`, single: `${code} 名称“${r.name}”是旧名称，现行名称为“${entry.name}”`, expected: entry.name, actual: r.name, loc }]);
      } else if (current.startsWith(printed) && printed.length >= 4) {
        ctx.report({ severity: 'warning', message: `${ctx.model.name(t)} ${code} 名称“${r.name}”不完整，应为“${entry.name}”`, locations: [loc], expected: entry.name, actual: r.name });
      } else if (!(entry.level === '项' && current.endsWith(printed))) {
        ctx.report({ message: `${ctx.model.name(t)} ${code} 名称“${r.name}”与科目编码不符，${code} 为“${entry.name}”`, locations: [loc], expected: entry.name, actual: r.name });
      }
    }
    // 类 names printed without a code in the summary tables
    for (const t of [...ctx.model.byKind('income-expense-summary'), ...ctx.model.byKind('fiscal-summary')]) {
      for (const line of ctx.model.summary(t).filter((l) => l.concept?.startsWith('ex:类:') && !l.row.code)) {
        const entry = BY_CODE.get((line.concept as string).slice(5));
        const printed = stripNumbering(line.row.name);
        if (entry && printed !== norm(entry.name) && entry.variants.some((v) => norm(v) === printed)) {
          const cell = Object.values(line.row.values)[0]?.cell ?? 'A1';
          const name = line.row.name.trim();
          old.set(t, [...(old.get(t) ?? []), { text: `“${name}”（现为“${entry.name}”）`, single: `类名称“${name}”是旧名称，现行名称为“${entry.name}”`, expected: entry.name, actual: name, loc: { sheet: t.block.sheet, cell } }]);
        }
      }
    }
    for (const [t, list] of old) {
      const one = list.length === 1 ? list[0] : null;
      ctx.report({
        severity: 'warning',
        message: one ? `${ctx.model.name(t)} ${one.single}` : `${ctx.model.name(t)} ${list.length} 个科目使用旧名称：${list.slice(0, 4).map((x) => x.text).join('、')}${list.length > 4 ? ' 等' : ''}`,
        locations: list.map((x) => x.loc),
        expected: one ? one.expected : null,
        actual: one ? one.actual : null,
      });
    }
    for (const [what, locations] of unknown) {
      ctx.report({ severity: 'info', message: `科目 ${what} 未收录：内置代码表只含种子公开文件中出现过的科目，请对照当年《政府收支分类科目》核实`, locations, expected: null, actual: what });
    }
  },
};

const NATURE_ITEMS: { admin: string; institution: string; what: string }[] = [
  { admin: '2101501', institution: '2101550', what: '医疗保障管理事务的运行项' },
  { admin: '2101101', institution: '2101102', what: '行政事业单位医疗' },
  { admin: '2080501', institution: '2080502', what: '离退休' },
];

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
    const rows = codedRows(ctx.model.tables).filter(({ r }) => r.type === 'function');
    const reported = new Set<string>();
    for (const { t, r } of rows) {
      const code = r.code as string;
      const generalRun = /^2\d{4}01$/.test(code) && /行政运行/.test(r.name);
      const generalInst = /^2\d{4}50$/.test(code) && /事业运行/.test(r.name);
      const pair = NATURE_ITEMS.find((p) => p.admin === code || p.institution === code);
      const wrong =
        nature.value === 'institution' ? generalRun || pair?.admin === code : generalInst || pair?.institution === code;
      if (!wrong || reported.has(code)) continue;
      reported.add(code);
      ctx.report({
        message: `单位为${nature.value === 'admin' ? '行政单位' : '事业单位'}（${nature.evidence}），却使用了 ${code} ${r.name}（${nature.value === 'admin' ? '事业单位' : '行政单位'}的科目）；如为参照公务员法管理的事业单位请忽略`,
        locations: [{ sheet: t.block.sheet, cell: codeCell(t, r) }],
        expected: nature.value === 'admin' ? '行政单位科目' : '事业单位科目',
        actual: `${code} ${r.name}`,
      });
    }
  },
};
