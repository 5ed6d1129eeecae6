/**
 * The soak of the "no false alarms" properties (test/check/department-props.ts): many more
 * generated departments than CI runs, from a seed.
 *
 *   npm run soak                         # 5,000 departments, seed from the clock
 *   FC_SEED=42 SOAK_RUNS=20000 npm run soak
 *
 * Prints each failing department (seed, template, layout, findings), the narrative tie-out per
 * template against its floor, and a summary; exits 1 on any failure. Re-run one department with scripts/department-check.ts.
 */
import { describe as about, generateDepartment, judgeClean, NARRATIVE_FLOOR, TEMPLATES } from '../test/check/department-props';
import type { Template } from '../test/support/department';
import { Rng } from '../test/support/department/rng';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const runs = Number(process.env.SOAK_RUNS ?? 5000);
const rng = new Rng(seed);
let failed = 0;
const figures = new Map<Template, [number, number]>();
const known = new Map<string, number>();
const started = Date.now();
for (let i = 0; i < runs; i++) {
  const spec = { seed: (rng.next() % (2 ** 31 - 1)) + 1, template: TEMPLATES[i % TEMPLATES.length] };
  const g = generateDepartment(spec);
  const v = judgeClean(g);
  for (const k of v.known) known.set(k, (known.get(k) ?? 0) + 1);
  const [f, u] = figures.get(spec.template) ?? [0, 0];
  figures.set(spec.template, [f + v.narrative.figures, u + v.narrative.untied]);
  const bad = [...v.crashes.map((c) => `CRASH ${c}`), ...v.problems];
  if (bad.length) {
    failed++;
    console.log(`FAIL ${about(g)}\n  ${bad.join('\n  ')}`);
  }
  if ((i + 1) % 500 === 0) console.log(`… ${i + 1} departments, ${failed} failed, ${Math.round((Date.now() - started) / 1000)} s`);
}
console.log(`soak seed ${seed}: ${runs} departments (${TEMPLATES.join('/')}), ${failed} failed`);
let low = false;
for (const [t, [f, u]] of figures) {
  const share = (f - u) / Math.max(1, f);
  low ||= share < NARRATIVE_FLOOR[t];
  console.log(`  ${t}: narrative ${f - u}/${f} money figures tied (${(100 * share).toFixed(2)} %, floor ${100 * NARRATIVE_FLOOR[t]} %)`);
}
if (known.size) console.log(`known engine defects tolerated: ${[...known].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
process.exit(failed || low ? 1 : 0);
