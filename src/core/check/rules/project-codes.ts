import type { Rule } from '../types';
import { codeCell } from './helpers';

const FORMAT = /^\d{11}[A-Z]\d{9}$/;

/** 项目编码: 42 + 区划 + 立项年 + 部门码 + T + 9 位序号; its 部门码 = the 部门代码 of the 收入总表. */
const rule: Rule = {
  meta: {
    id: 'cross/project-codes',
    category: 'cross',
    severity: 'warning',
    title: '项目编码',
    description: '湖北预算管理一体化项目编码为 11 位数字（42 + 区划 + 立项年 + 部门码）+ 字母 + 9 位序号，格式不符提示核实；编码中的部门码应等于收入总表的部门代码（不一致时提示）。',
    implements: ['X-16', 'STD-08'],
    example: '项目编码“42011423056T00000115”序号只有 8 位，应为 9 位',
    documents: ['budget'],
  },
  check(ctx) {
    const codes: { code: string; sheet: string; cell: string }[] = [];
    for (const t of ctx.model.byKind('project-expenditure')) for (const r of t.rows) if (r.type === 'project' && r.code) codes.push({ code: r.code, sheet: t.block.sheet, cell: codeCell(t, r) });
    for (const t of ctx.model.byKind('project-performance')) for (const f of t.projectForms ?? []) if (f.code?.text.trim()) codes.push({ code: f.code.text.trim(), sheet: f.sheet, cell: f.code.cell });
    if (codes.length === 0) return ctx.skip('没有项目编码');
    const dept = ctx.model.byKind('income-summary').flatMap((t) => t.rows).find((r) => r.type === 'unit' && r.level === 1 && r.code?.length === 3)?.code ?? null;
    const seen = new Set<string>();
    for (const c of codes) {
      if (!FORMAT.test(c.code)) {
        const m = /^(\d+)([A-Z])(\d+)$/.exec(c.code);
        const why = m ? (m[1].length !== 11 ? `字母前应为 11 位数字，实为 ${m[1].length} 位` : `序号应为 9 位，实为 ${m[3].length} 位`) : '应为 11 位数字 + 字母 + 9 位序号';
        ctx.report({ message: `项目编码“${c.code}”格式不符：${why}`, locations: [{ sheet: c.sheet, cell: c.cell }], expected: '11 位数字 + 字母 + 9 位序号', actual: c.code });
        continue;
      }
      const segment = c.code.slice(8, 11);
      if (dept && segment !== dept && !seen.has(c.code)) {
        seen.add(c.code);
        ctx.report({ severity: 'info', message: `项目编码“${c.code}”中的部门码 ${segment} 与收入总表的部门代码 ${dept} 不同，请核实`, locations: [{ sheet: c.sheet, cell: c.cell }], expected: dept, actual: segment });
      }
    }
  },
};
export default rule;
