/**
 * Writes the findings snapshot (test/snapshots/findings/<case>.txt) that
 * test/core/findings-unchanged.test.ts compares against: what the engine reports on every
 * seed and real fixture, the 20-page narrative and two synthetic departments (see
 * test/support/findings-digest.ts). Run it only when findings are meant to change, and review
 * the diff (git diff test/snapshots) before committing it.
 *
 *   npx tsx scripts/findings-snapshot.ts            # rewrite every case
 *   npx tsx scripts/findings-snapshot.ts caidian    # only the cases whose name contains "caidian"
 */
import * as fs from 'fs';
import * as path from 'path';
import { digestCases, SNAPSHOT_DIR } from '../test/support/findings-digest';

async function main(): Promise<void> {
  const filter = process.argv[2];
  fs.mkdirSync(SNAPSHOT_DIR, { recursive: true });
  for (const c of digestCases()) {
    if (filter && !c.name.includes(filter)) continue;
    const file = path.join(SNAPSHOT_DIR, `${c.name}.txt`);
    const text = await c.digest();
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    fs.writeFileSync(file, text);
    console.log(`${before === null ? 'new      ' : before === text ? 'unchanged' : 'CHANGED  '} ${path.relative(process.cwd(), file)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
