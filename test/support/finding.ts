import type { Finding } from '../../src/core/report';

/** A finding for checklist tests: one location (表1!A1), no figures, a fingerprint from rule and message. */
export const testFinding = (rule: string, severity: Finding['severity'], message = '问题', category: Finding['category'] = 'compliance'): Finding => ({
  rule,
  severity,
  category,
  message,
  locations: [{ sheet: '表1', cell: 'A1' }],
  expected: null,
  actual: null,
  fingerprint: `${rule}:${message}`,
});
