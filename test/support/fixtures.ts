/** Every fixture workbook: the seeds (test/fixtures/*.xlsx), then the real documents (test/fixtures/real/*.xlsx), as absolute paths. */
import * as fs from 'fs';
import * as path from 'path';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export const FIXTURE_PATHS = [
  ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(FIXTURES, f)),
  ...fs.readdirSync(path.join(FIXTURES, 'real')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(FIXTURES, 'real', f)),
];
