/**
 * How the checker does on the ../shared/real fixtures against their hand-made expected findings.
 *   npx tsx scripts/real-status.ts [name-filter] [-v]
 */
import { compare, loadExpected, reportOf } from '../test/check/real-expect';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('-v');
  const filter = args.find((a) => a !== '-v');
  let bad = 0;
  for (const e of loadExpected()) {
    if (filter && !e.fixture.includes(filter)) continue;
    const r = await reportOf(e);
    const c = compare(e, r);
    const n = c.kinds.length + c.missed.length + c.unexpected.length + c.roundingAsError.length + c.unmapped.length;
    bad += n ? 1 : 0;
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    console.log(`${n ? '✗' : '✓'} ${e.fixture}  kinds ${c.kinds.length}, missed ${c.missed.length}/${e.problems.filter((p) => p.kind === 'error').length}, unexpected ${c.unexpected.length}, 尾差→错误 ${c.roundingAsError.length}, unmapped ${c.unmapped.length}  (errors ${errors}, warnings ${r.findings.filter((f) => f.severity === 'warning').length})`);
    if (!verbose) continue;
    for (const k of c.kinds) console.log(`   kind  ${k}`);
    for (const p of c.missed) console.log(`   missed  ${p.id}  ${p.cells.join(' ')}  ${p.what.slice(0, 160)}`);
    for (const f of c.unexpected) console.log(`   unexpected  [${f.rule}] ${f.message.slice(0, 200)}  @${f.locations.map((l) => `${l.sheet}!${l.cell}`).slice(0, 3).join(' ')}`);
    for (const x of c.roundingAsError) console.log(`   尾差→错误  ${x.problem.id}  [${x.finding.rule}] ${x.finding.message.slice(0, 150)}`);
    for (const u of c.unmapped) console.log(`   unmapped  ${u}`);
  }
  process.exitCode = bad ? 1 : 0;
}
void main();
