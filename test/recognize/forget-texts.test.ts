/**
 * forgetTexts empties every memo of texts (the bench times a file's first check with it): the
 * memos are asked again, and the engine's answers are the same with and without what they held.
 */
import * as path from 'path';
import { analyseWorkbook } from '../../src/core/report';
import { forgetTexts, forgetWith, memoText } from '../../src/core/recognize/text';
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

  it('calls what forgetWith registered (memos memoText does not make)', () => {
    let forgotten = 0;
    forgetWith(() => forgotten++);
    forgetTexts();
    forgetTexts();
    expect(forgotten).toBe(2);
  });

  // (each module loaded afresh with a counting stand-in for what it calls: require inside isolateModules)
  /* eslint-disable @typescript-eslint/no-require-imports */
  it('empties the parsed amounts remembered by value (recognize/amounts.ts)', () => {
    jest.isolateModules(() => {
      const amount = jest.requireActual('../../src/core/amount');
      const parse = jest.fn(amount.parseCellAmount);
      jest.doMock('../../src/core/amount', () => ({ ...amount, parseCellAmount: parse }));
      const { cellAmount } = require('../../src/core/recognize/amounts');
      const text = require('../../src/core/recognize/text');
      const cell = { type: 'number', value: 1234.56, text: '1,234.56', numFmt: '#,##0.00', address: 'B2' };
      cellAmount(cell);
      cellAmount(cell);
      expect(parse).toHaveBeenCalledTimes(1);
      text.forgetTexts();
      cellAmount(cell);
      expect(parse).toHaveBeenCalledTimes(2);
    });
  });

  it('empties the subjects cleanSubject remembers by unit and label (narrative/analyse.ts)', () => {
    jest.isolateModules(() => {
      const tokens = jest.requireActual('../../src/core/narrative/tokens');
      const normed = jest.fn(tokens.normed);
      jest.doMock('../../src/core/narrative/tokens', () => ({ ...tokens, normed }));
      const { cleanSubject } = require('../../src/core/narrative/analyse');
      const text = require('../../src/core/recognize/text');
      const model = { facts: { unit: '某某局' } };
      const label = '2025年一般公共预算财政拨款支出';
      const subject = cleanSubject(label, model);
      const asked = normed.mock.calls.length;
      expect(cleanSubject(label, model)).toBe(subject);
      expect(normed.mock.calls.length).toBe(asked);
      text.forgetTexts();
      expect(cleanSubject(label, model)).toBe(subject);
      expect(normed.mock.calls.length).toBeGreaterThan(asked);
    });
  });

  /* eslint-enable @typescript-eslint/no-require-imports */

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
