/** Writes docs/checklist.md and the README's 审核清单 part from the items' and templates' metadata.  npm run docs:checklist */
import * as fs from 'fs';
import * as path from 'path';
import { renderChecklistDoc, withReadmeChecklist } from '../src/core/checklist/doc';

export const CHECKLIST_DOC = path.join(__dirname, '..', 'docs', 'checklist.md');
export const README = path.join(__dirname, '..', 'README.md');

if (require.main === module) {
  fs.writeFileSync(CHECKLIST_DOC, renderChecklistDoc());
  fs.writeFileSync(README, withReadmeChecklist(fs.readFileSync(README, 'utf8')));
  console.log(`wrote ${path.relative(process.cwd(), CHECKLIST_DOC)} and the README's checklist`);
}
