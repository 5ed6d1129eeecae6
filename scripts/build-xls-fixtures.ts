/**
 * Saves every fixture workbook (test/fixtures/*.xlsx) and the reader features workbook
 * (test/support/features-workbook.ts) as .xls (Excel 97–2003) and .ods with LibreOffice, into
 * test/fixtures-xls/, as a reviewer's district would send them. The reader tests compare these
 * with the .xlsx they came from (same model, same findings).
 *   npx tsx scripts/build-xls-fixtures.ts        # needs `libreoffice` (Debian: apt-get install libreoffice-calc)
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { featuresWorkbook } from '../test/support/features-workbook';

const ROOT = path.join(__dirname, '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const OUT = path.join(ROOT, 'test', 'fixtures-xls');

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bc-xls-'));
  const sources = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).sort();
  for (const f of sources) fs.copyFileSync(path.join(FIXTURES, f), path.join(work, f));
  fs.writeFileSync(path.join(work, 'features.xlsx'), await featuresWorkbook());
  const inputs = [...sources, 'features.xlsx'].map((f) => path.join(work, f));
  fs.mkdirSync(OUT, { recursive: true });
  // a private profile: a LibreOffice the user has open does not block the conversion
  const profile = `-env:UserInstallation=file://${path.join(work, 'profile')}`;
  for (const [format, ext] of [
    ['xls:MS Excel 97', '.xls'],
    ['ods', '.ods'],
  ]) {
    execFileSync('libreoffice', [profile, '--headless', '--convert-to', format, '--outdir', OUT, ...inputs], { stdio: 'inherit' });
    for (const f of inputs) if (!fs.existsSync(path.join(OUT, path.basename(f).replace(/\.xlsx$/, ext)))) throw new Error(`LibreOffice did not write ${f} as ${ext}`);
  }
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`wrote ${inputs.length * 2} files to ${path.relative(ROOT, OUT)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
