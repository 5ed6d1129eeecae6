/**
 * The soak of the "no false alarms" properties (test/check/department-props.ts): many more
 * generated departments than CI runs, from a seed.
 *
 *   npm run soak                         # 5,000 departments, seed from the clock
 *   FC_SEED=42 SOAK_RUNS=20000 npm run soak
 *
 * Prints each failing department (seed, template, layout, findings) and a summary; exits 1 on
 * any failure. Re-run one department with scripts/department-check.ts.
 */
import { describe as about, generateDepartment, judgeClean, TEMPLATES } from '../test/check/department-props';
import { Rng } from '../test/support/department/rng';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const runs = Number(process.env.SOAK_RUNS ?? 5000);
const rng = new Rng(seed);
let failed = 0;
let figures = 0;
let untied = 0;
const known = new Map<string, number>();
const started = Date.now();
for (let i = 0; i < runs; i++) {
  const spec = { seed: (rng.next() % (2 ** 31 - 1)) + 1, template: TEMPLATES[i % TEMPLATES.length] };
  const g = generateDepartment(spec);
  const v = judgeClean(g);
  for (const k of v.known) known.set(k, (known.get(k) ?? 0) + 1);
  figures += v.narrative.figures;
  untied += v.narrative.untied;
  const bad = [...v.crashes.map((c) => `CRASH ${c}`), ...v.problems, ...v.narrative.errors.filter((e) => !v.problems.includes(e))];
  const share = v.narrative.figures ? v.narrative.untied / v.narrative.figures : 0;
  if (bad.length || share > 0.02) {
    failed++;
    console.log(`FAIL ${about(g)}${share > 0.02 ? ` narrative ${v.narrative.untied}/${v.narrative.figures} untied` : ''}\n  ${bad.join('\n  ')}`);
  }
  if ((i + 1) % 500 === 0) console.log(`… ${i + 1} departments, ${failed} failed, ${Math.round((Date.now() - started) / 1000)} s`);
}
console.log(`soak seed ${seed}: ${runs} departments (${TEMPLATES.join('/')}), ${failed} failed; narrative ${figures - untied}/${figures} figures tied (${((100 * (figures - untied)) / Math.max(1, figures)).toFixed(2)} %)`);
if (known.size) console.log(`known engine defects tolerated: ${[...known].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
process.exit(failed ? 1 : 0);
