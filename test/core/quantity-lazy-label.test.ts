/**
 * qty's figures write their default label only when it is read (issue 19: allocation). Held to the
 * plain qty it replaced (a Q object with its label built at once) on every figure of every fixture,
 * with and without an explicit label, and on generated row names and column keys; atCellOf to the
 * spread it replaced.
 */
import * as fs from 'fs';
import * as path from 'path';
import Decimal from 'decimal.js';
import { halfUnit } from '../../src/core/amount';
import { atCellOf, columnLabel, qty, rowLabel, type Q } from '../../src/core/model/quantity';
import { recognise, type Recognised, type TableRow, type ValueCell } from '../../src/core/recognize';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { randomStrings } from '../support/random-strings';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const files = [
  ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(FIXTURES, f)),
  ...fs.readdirSync(path.join(FIXTURES, 'real')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(FIXTURES, 'real', f)),
];

const ZERO = new Decimal(0);

/** qty as it was written before: a plain object, its label joined and trimmed at once. */
function plainQty(t: Recognised, row: TableRow, key: string, label?: string): Q | null {
  const v: ValueCell | undefined = row.values[key];
  if (!v) return null;
  const l = label ?? `${[row.code, row.name].filter(Boolean).join(' ') || (row.type === 'total' ? '合计' : `第${row.row}行`)} ${key.replace(/\./g, '')}`.trim();
  const a = v.amount;
  if (a.kind === 'number') return { value: a.value, half: halfUnit(a.decimals), decimals: a.decimals, sheet: t.block.sheet, cell: v.cell, label: l };
  if (a.kind === 'empty') return { value: ZERO, half: ZERO, decimals: 0, sheet: t.block.sheet, cell: v.cell, label: l };
  return null;
}

/** Every field a reader of a Q reads, the label included. */
const view = (q: Q | null) => q && [q.value.toString(), q.half.toString(), q.decimals, q.sheet, q.cell, q.label];

test.each(files.map((f) => [path.basename(f), f]))('%s: every figure as the plain qty gives it, default and explicit labels', async (_name, file) => {
  const wb = await readWorkbookFile(file);
  let figures = 0;
  for (const t of recognise(wb).tables) {
    for (const r of t.rows) {
      for (const key of [...Object.keys(r.values), '没有这一列']) {
        const plain = plainQty(t, r, key);
        expect(view(qty(t, r, key))).toEqual(view(plain));
        expect(view(qty(t, r, key, '某项'))).toEqual(view(plainQty(t, r, key, '某项')));
        if (plain) figures++;
      }
    }
  }
  expect(figures).toBeGreaterThan(0);
});

test('generated row names, codes and keys: the label read from the figure is the plain one', () => {
  const names = randomStrings(['卫生', '支出', ' ', '\u3000', '\t', '合计', '（', '）', '1'], 400, 5, 7);
  const keys = randomStrings(['基本支出', '.', '人员经费', ' ', '合计', '\u00a0', '预算数'], 400, 4, 9);
  const t = { block: { sheet: '表一' } } as unknown as Recognised;
  for (let i = 0; i < names.length; i++) {
    const key = keys[i];
    const amount = i % 3 === 0 ? { kind: 'empty' } : i % 3 === 1 ? { kind: 'number', value: new Decimal(i).div(100), decimals: 2 } : { kind: 'text', text: 'x' };
    const r = { row: i + 1, type: i % 4 === 0 ? 'total' : 'function', code: i % 5 === 0 ? null : names[(i * 7) % names.length].slice(0, 3), name: names[i], level: null, parent: null, lineNo: null, values: { [key]: { cell: `B${i + 1}`, amount } } } as unknown as TableRow;
    expect(view(qty(t, r, key))).toEqual(view(plainQty(t, r, key)));
    // the label is the row's and column's as they stand when it is read (both remembered)
    const q = qty(t, r, key);
    if (q) expect(q.label).toBe(`${rowLabel(r)} ${columnLabel(key)}`.trim());
  }
});

test('atCellOf = the spread it replaced: the same fields, in the same order, from a figure of either kind', () => {
  const t = { block: { sheet: 'S' } } as unknown as Recognised;
  const r = { row: 3, type: 'function', code: '2080501', name: '行政单位离退休', level: 3, parent: null, lineNo: null, values: { 合计: { cell: 'C3', amount: { kind: 'number', value: new Decimal('1.25'), decimals: 2 } } } } as unknown as TableRow;
  const lazy = qty(t, r, '合计')!;
  const plain = plainQty(t, r, '合计')!;
  const v = new Decimal(3);
  const h = new Decimal('0.01');
  const spread = { ...plain, value: v, half: h, label: '人员经费 + 公用经费' };
  for (const q of [lazy, plain]) {
    const made = atCellOf(q, v, h, '人员经费 + 公用经费');
    expect(Object.keys(made)).toEqual(Object.keys(spread));
    expect(view(made)).toEqual(view(spread));
  }
  // the lazy figure's label is not an own property: a spread of it would lose it (hence atCellOf)
  expect(Object.keys(lazy)).not.toContain('label');
  expect(lazy.label).toBe('2080501 行政单位离退休 合计');
});
