/**
 * Survey generated departments for findings that a clean department should not have: one
 * example per rule (with the layout that produced it) and counts.
 *
 *   npx tsx scripts/department-survey.ts [template|all] [count] [firstSeed]
 */
import { check } from '../src/core/check';
import { recognise } from '../src/core/recognize';
import { generateDepartment, type Template } from '../test/support/department';

const [which = 'all', count = '40', first = '1'] = process.argv.slice(2);
const templates: Template[] = which === 'all' ? ['wuhan', 'jiangsu', 'final'] : [which as Template];
const examples = new Map<string, string[]>();
const counts = new Map<string, number>();
for (const template of templates) {
  for (let seed = Number(first); seed < Number(first) + Number(count); seed++) {
    const g = generateDepartment({ seed, template });
    const r = check(g.workbook, recognise(g.workbook));
    for (const f of r.findings) {
      if (!(f.severity === 'error' || (f.severity === 'warning' && f.category !== 'rounding'))) continue;
      const key = `${template} ${f.rule}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const list = examples.get(key) ?? [];
      if (list.length < 3) list.push(`seed ${seed} ${JSON.stringify(g.layout)}\n      ${f.severity} [${f.locations.map((l) => `${l.sheet}!${l.cell}`).join(', ')}] ${f.message}`);
      examples.set(key, list);
    }
    for (const s of r.skipped) if (s.reason.startsWith('规则运行出错')) console.log(`CRASH ${template} ${seed} ${s.rule} ${s.reason}`);
  }
}
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) {
  console.log(`${v} ${k}`);
  for (const e of examples.get(k) ?? []) console.log(`    ${e}`);
}
