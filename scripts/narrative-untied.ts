/**
 * The drafted 情况说明 of generated departments (test/support/department), checked against their
 * workbooks: the tie-out share per template (the NARRATIVE_FLOOR of test/check/department-props.ts)
 * and the figures left untied, grouped by their context with the digits masked, most frequent
 * first, one example each (the paragraph with -p). Narrative errors of a clean department are
 * listed too (there should be none).
 *
 *   npx tsx scripts/narrative-untied.ts [wuhan|jiangsu|final|all] [count=60] [firstSeed=1] [-p]
 */
import { judgeClean, TEMPLATES } from '../test/check/department-props';
import { generateDepartment, type Template } from '../test/support/department';

const args = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const [which = 'all', count = '60', first = '1'] = args;
const whole = process.argv.includes('-p');
const templates: Template[] = which === 'all' ? TEMPLATES : [which as Template];

for (const template of templates) {
  let figures = 0;
  let untied = 0;
  const groups = new Map<string, { n: number; example: string }>();
  for (let seed = Number(first); seed < Number(first) + Number(count); seed++) {
    const g = generateDepartment({ seed, template });
    const v = judgeClean(g);
    figures += v.narrative.figures;
    untied += v.narrative.untied;
    for (const e of v.narrative.errors) console.log(`  ${template} seed ${seed} NARRATIVE ERROR ${e}`);
    for (const u of v.result.narrative?.untied ?? []) {
      const key = `${u.text.replace(/[\d.,]+/g, 'N')} | ${u.context.replace(/[\d.,]+/g, 'N')}`;
      const row = Number(u.location.cell.replace(/\D/g, '')) - 1;
      const example = `seed ${seed} ${u.location.cell} ${u.text}: ${whole ? g.narrative.paragraphs[row] : u.context}`;
      const group = groups.get(key);
      if (group) group.n++;
      else groups.set(key, { n: 1, example });
    }
  }
  const share = figures ? ((figures - untied) / figures) * 100 : 100;
  console.log(`${template}: ${figures} money figures, ${untied} untied, ${share.toFixed(2)} % tied`);
  for (const [key, { n, example }] of [...groups].sort((a, b) => b[1].n - a[1].n)) console.log(`  ${n} × ${key}\n      ${example}`);
}
