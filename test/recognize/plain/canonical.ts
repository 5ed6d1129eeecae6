/** The plain canonicalOf (SEGMENT's patterns tried one by one, in order), the oracle of src/core/recognize/columns.ts. */
import { norm } from '../../../src/core/recognize/text';

export function plainCanonicalOf(segments: [RegExp, string][], segment: string): string {
  const t = norm(segment).replace(/\((万元|元)\)$/, '').replace(/微小企业/, '小微企业');
  for (const [re, name] of segments) if (re.test(t)) return name;
  return t;
}
