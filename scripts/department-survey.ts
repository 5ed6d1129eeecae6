/**
 * Survey generated departments against the "no false alarms" properties
 * (test/check/department-props.ts): counts of the findings a clean department should not have,
 * one example per rule (with the layout that produced it), untied narrative figures, and planted
 * errors not found.
 *
 *   npx tsx scripts/department-survey.ts [template|all] [count] [firstSeed] [--plants]
 */
import { describe as about, generateDepartment, judgeClean, PLANT_KINDS, plant, plantFound, runCheck, TEMPLATES } from '../test/check/department-props';
import type { Template } from '../test/support/department';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const [which = 'all', count = '40', first = '1'] = args;
const plants = process.argv.includes('--plants');
const templates: Template[] = which === 'all' ? TEMPLATES : [which as Template];
const examples = new Map<string, string[]>();
const counts = new Map<string, number>();
const note = (key: string, example: string) => {
  counts.set(key, (counts.get(key) ?? 0) + 1);
  const list = examples.get(key) ?? [];
  if (list.length < 3) list.push(example);
  examples.set(key, list);
};
for (const template of templates) {
  for (let seed = Number(first); seed < Number(first) + Number(count); seed++) {
    const g = generateDepartment({ seed, template });
    const v = judgeClean(g);
    for (const p of v.problems) note(`${template} ${p.split(' ')[1]}`, `${about(g)}\n      ${p}`);
    for (const c of v.crashes) note(`${template} CRASH`, c);
    for (const u of v.result.narrative?.untied ?? []) note(`${template} untied`, `seed ${seed} ${u.location.cell} ${u.text}: ${u.context}`);
    if (plants) {
      for (const kind of PLANT_KINDS) {
        const p = plant(g, kind, seed);
        if (!p) continue;
        if (!plantFound(v.result, runCheck(p.workbook), p.plant)) note(`${template} plant-missed ${kind}`, `${about(g)} ${JSON.stringify(p.plant)}`);
      }
    }
  }
}
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) {
  console.log(`${v} ${k}`);
  for (const e of examples.get(k) ?? []) console.log(`    ${e}`);
}
