/**
 * Generate departments (test/support/department) and check them: prints every error and
 * warning (and the narrative coverage) — for finding false alarms by hand.
 *
 *   npx tsx scripts/department-check.ts wuhan 1 20 [plain|random] [-v]
 */
import { check } from '../src/core/check';
import { recognise } from '../src/core/recognize';
import { generateDepartment, PLAIN, type Template } from '../test/support/department';

const [template = 'wuhan', from = '1', to = from, mode = 'plain'] = process.argv.slice(2);
const verbose = process.argv.includes('-v');
const counts = new Map<string, number>();
for (let seed = Number(from); seed <= Number(to); seed++) {
  const g = generateDepartment({ seed, template: template as Template, layout: mode === 'plain' ? PLAIN : undefined });
  const r = check(g.workbook, recognise(g.workbook));
  const bad = r.findings.filter((f) => f.severity === 'error' || (f.severity === 'warning' && f.category !== 'rounding'));
  const crashed = r.skipped.filter((s) => s.reason.startsWith('规则运行出错'));
  const cov = r.narrative;
  console.log(`seed ${seed} ${g.department.name} units ${g.department.units.length}: ${bad.length} findings, narrative ${cov?.tied}/${cov?.numbers} tied, untied ${cov?.untied?.length}${crashed.length ? ' CRASH ' + JSON.stringify(crashed) : ''}`);
  for (const f of bad) {
    counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
    console.log(`  ${f.severity} ${f.rule} [${f.locations.map((l) => `${l.sheet}!${l.cell}`).join(', ')}] ${f.message}`);
  }
  if (verbose) for (const u of cov?.untied ?? []) console.log(`  untied ${u.location.sheet}!${u.location.cell} ${u.text}: ${u.context}`);
}
console.log([...counts].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${v} ${k}`).join('\n'));
