/**
 * forgetTexts empties every memo of texts (the bench times a file's first check with it): the
 * memos are asked again, and the engine's answers are the same with and without what they held.
 */
import * as path from 'path';
import { analyseWorkbook } from '../../src/core/report';
import { forgetTexts, memoText } from '../../src/core/recognize/text';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';

describe('forgetTexts', () => {
  it('makes a memo ask its function again', () => {
    const asked: string[] = [];
    const upper = memoText((t) => {
      asked.push(t);
      return t.toUpperCase();
    });
    expect([upper('ab'), upper('ab'), upper('cd')]).toEqual(['AB', 'AB', 'CD']);
    expect(asked).toEqual(['ab', 'cd']);
    forgetTexts();
    expect(upper('ab')).toBe('AB');
    expect(asked).toEqual(['ab', 'cd', 'ab']);
  });

  it.each(['2022-dongxihu-ybj-budget.xlsx', '2024-huangpi-ybfwzx-final.xlsx', 'real/2024-shanghai-putuo-czj-final-testbad.xlsx'])(
    'leaves the report of %s unchanged (texts remembered, then forgotten, then a fresh model)',
    async (name) => {
      const file = path.join(__dirname, '..', 'fixtures', name);
      const wb = await readWorkbookFile(file);
      const first = JSON.stringify(analyseWorkbook(file, wb));
      const remembered = JSON.stringify(analyseWorkbook(file, wb));
      forgetTexts();
      const forgotten = JSON.stringify(analyseWorkbook(file, await readWorkbookFile(file)));
      expect(remembered).toBe(first);
      expect(forgotten).toBe(first);
    },
  );
});
