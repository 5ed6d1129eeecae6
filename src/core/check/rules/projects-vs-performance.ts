import { norm } from '../../recognize/text';
import type { Rule } from '../types';
import { similarity, tableProjects, type TableProject as Project } from '../../model/tables';
import { formQ, isBlank } from './forms-helpers';
import type { ProjectPerformanceForm as ProjectForm, Recognised } from '../../recognize';

type Form = { t: Recognised; f: ProjectForm };

/**
 * The first form of a key not yet used, in form order: each key's forms are listed once and a
 * cursor skips the used ones (`used` only grows, so a skipped form is never wanted again).
 */
class FirstFree {
  private readonly lists = new Map<string, number[]>();
  private readonly at = new Map<string, number>();
  add(key: string, i: number): void {
    const list = this.lists.get(key);
    if (list) list.push(i);
    else this.lists.set(key, [i]);
  }
  take(key: string, used: Set<number>): number {
    const list = this.lists.get(key);
    if (!list) return -1;
    let k = this.at.get(key) ?? 0;
    while (k < list.length && used.has(list[k])) k++;
    this.at.set(key, k);
    return k < list.length ? list[k] : -1;
  }
}

/**
 * Pairs projects with forms: 1. by code, 2. by exact name, 3. by the most similar name (≥ 0.6),
 * each form used once, projects in table order. The first two steps look forms up by their
 * normalised code / name (indexed once) instead of scanning every form for every project.
 */
function pairForms(projects: Project[], forms: Form[]): { pairs: [Project, Form][]; unmatched: Project[]; used: Set<number> } {
  const used = new Set<number>();
  const pairs: [Project, Form][] = [];
  const byCode = new FirstFree();
  const byName = new FirstFree();
  forms.forEach(({ f }, i) => {
    if (f.code) byCode.add(norm(f.code.text), i);
    if (f.name) byName.add(norm(f.name.text), i);
  });
  let unmatched: Project[] = [];
  for (const p of projects) {
    const i = p.code ? byCode.take(norm(p.code), used) : -1;
    if (i >= 0) {
      used.add(i);
      pairs.push([p, forms[i]]);
    } else unmatched.push(p);
  }
  const named = new Set<Project>();
  for (const p of unmatched) {
    const i = byName.take(norm(p.name), used);
    if (i >= 0) {
      used.add(i);
      pairs.push([p, forms[i]]);
      named.add(p);
    }
  }
  if (named.size > 0) unmatched = unmatched.filter((p) => !named.has(p));
  const candidates: { p: Project; i: number; s: number }[] = [];
  for (const p of unmatched) forms.forEach((x, i) => !used.has(i) && x.f.name && candidates.push({ p, i, s: similarity(norm(p.name), norm(x.f.name.text)) }));
  const left = new Set(unmatched);
  for (const c of candidates.sort((a, b) => b.s - a.s)) {
    if (c.s < 0.6 || used.has(c.i) || !left.has(c.p)) continue;
    used.add(c.i);
    pairs.push([c.p, forms[c.i]]);
    left.delete(c.p);
  }
  if (left.size < unmatched.length) unmatched = unmatched.filter((p) => left.has(p));
  return { pairs, unmatched, used };
}

/** 项目支出表 ↔ 项目绩效目标表: same projects, same 当年预算, same names. */
const rule: Rule = {
  meta: {
    id: 'cross/projects-vs-performance',
    category: 'cross',
    severity: 'error',
    title: '项目支出表与项目绩效目标表',
    description: '项目支出表中的每个项目都应有项目绩效目标表，且当年预算等于项目支出表的合计（错误）；按项目编码或名称对应，名称不一致、绩效目标表中有而项目支出表中没有的项目提示核实。',
    implements: ['X-11'],
    example: '项目“医保服务中心工作经费”绩效目标表当年预算 70.00 ≠ 项目支出表 60.00，差 10.00 万元',
    documents: ['budget'],
  },
  check(ctx) {
    const table = ctx.model.byKind('project-expenditure').find((t) => t.rows.length > 0);
    const forms = ctx.model.byKind('project-performance').flatMap((t) => (t.projectForms ?? []).map((f) => ({ t, f })));
    if (!table || forms.length === 0) return ctx.skip('缺少项目支出表或项目支出绩效目标表');
    const projects = tableProjects(ctx.model, table);
    if (projects.length === 0) return ctx.skip('项目支出表中没有项目明细行');
    const { pairs, unmatched, used } = pairForms(projects, forms);
    const pName = ctx.model.name(table);
    for (const [p, { t, f }] of pairs) {
      const formName = f.name?.text ?? '';
      if (formName && norm(formName) !== norm(p.name)) {
        ctx.report({
          severity: 'warning',
          message: `项目名称不一致：${pName}“${p.name}”，${ctx.model.name(t)}“${formName}”`,
          locations: [{ sheet: table.block.sheet, cell: p.cell }, ...(f.name ? [{ sheet: f.sheet, cell: f.name.cell }] : [])],
          expected: p.name,
          actual: formName,
        });
      }
      const current = formQ(f.sheet, f.currentBudget, `“${formName || p.name}”项目当年预算`);
      if (current && !isBlank(f.currentBudget)) ctx.same(current, p.q, { a: `项目“${formName || p.name}”${ctx.model.name(t)}当年预算`, b: `${pName}` });
    }
    for (const p of unmatched) {
      ctx.report({ message: `${pName}中的项目“${p.name}”没有对应的项目支出绩效目标表`, locations: [{ sheet: table.block.sheet, cell: p.cell }], expected: '项目绩效目标表', actual: null });
    }
    forms.forEach(({ t, f }, i) => {
      if (used.has(i)) return;
      ctx.report({
        severity: 'warning',
        message: `${ctx.model.name(t)}“${f.name?.text ?? f.sheet}”（当年预算 ${f.currentBudget?.amount.kind === 'number' ? f.currentBudget.amount.value.toFixed(2) : '未填'} 万元）不在${pName}中，请核实该项目是否属于项目支出`,
        locations: [{ sheet: f.sheet, cell: f.name?.cell ?? 'A1' }],
        expected: null,
        actual: f.name?.text ?? null,
      });
    });
  },
};
export default rule;
