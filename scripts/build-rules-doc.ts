/** Writes docs/rules.md from the rules' metadata.  npm run docs:rules */
import * as fs from 'fs';
import * as path from 'path';
import { renderRulesDoc } from '../src/core/check/doc';
import { RULES } from '../src/core/check';

export const RULES_DOC = path.join(__dirname, '..', 'docs', 'rules.md');

if (require.main === module) {
  fs.writeFileSync(RULES_DOC, renderRulesDoc(RULES));
  console.log(`wrote ${path.relative(process.cwd(), RULES_DOC)}`);
}
