/**
 * compliance/glossary reads whether an entry has an explanation without copying it (issue 19, CPU:
 * src/core/check/rules/glossary.ts hasWords): the same answer as the expression it replaced, on
 * generated explanations of words, the stops it ignores and white space of every kind.
 */
import { hasWords } from '../../src/core/check/rules/glossary';
import { randomStrings } from '../support/random-strings';

test('hasWords = body.replace(/[。.；;\\s]/g, "") !== ""', () => {
  const bodies = randomStrings(['。', '.', '；', ';', ' ', '\u3000', '\u00a0', '\t', '\n', '\ufeff', '，', '：', '指', '无', 'a', '1'], 20000, 6, 1919);
  let withWords = 0;
  for (const b of bodies) {
    const plain = b.replace(/[。.；;\s]/g, '') !== '';
    if (hasWords(b) !== plain) expect([b, hasWords(b)]).toEqual([b, plain]);
    if (plain) withWords++;
  }
  // both answers are compared
  expect(withWords).toBeGreaterThan(1000);
  expect(withWords).toBeLessThan(bodies.length - 1000);
});
