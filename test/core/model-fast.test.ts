/**
 * Shortcuts of the model and of amount parsing (issue 19: speed), each held to the plain code it
 * replaced: qty's default label without a trim that cannot change it, summary lines and amounts
 * built field by field (the same keys in the same order as the spreads they replaced).
 */
import * as fs from 'fs';
import * as path from 'path';
import Decimal from 'decimal.js';
import { parseAmountText, parseCellAmount } from '../../src/core/amount';
import { buildModel } from '../../src/core/check';
import { documentFacts } from '../../src/core/facts';
import { columnLabel, defaultLabel, qty, rowLabel } from '../../src/core/model/quantity';
import { pickKey } from '../../src/core/model/tables';
import { recognise, type Recognised, type TableRow } from '../../src/core/recognize';
import type { Cell, Workbook } from '../../src/core/workbook';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const files = [
  ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(FIXTURES, f)),
  ...fs.readdirSync(path.join(FIXTURES, 'real')).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(FIXTURES, 'real', f)),
];

/** The label as qty built it before: joined, then trimmed. */
const plainLabel = (row: TableRow, key: string): string => `${rowLabel(row)} ${columnLabel(key)}`.trim();

function row(code: string | null, name: string, type: TableRow['type'] = 'function', r = 7): TableRow {
  return { row: r, type, code, name, level: null, parent: null, lineNo: null, values: {} };
}

test('the default label is the trimmed join, white space at either end included', () => {
  const names = ['卫生健康支出', ' 卫生健康支出', '\u3000行政运行', '行政运行 ', '', '  ', '\t合计\n', '\ufeff其他'];
  const codes = [null, '2100101', ' 210', ''];
  const keys = ['合计', '基本支出.人员经费', '', ' ', '预算数 ', '\u00a0决算数', '.'];
  let n = 0;
  for (const name of names)
    for (const code of codes)
      for (const type of ['function', 'total', 'label'] as const)
        for (const key of keys) {
          const r = row(code, name, type, n++);
          expect([name, code, type, key, defaultLabel(r, key)]).toEqual([name, code, type, key, plainLabel(r, key)]);
        }
});

async function tablesOf(file: string): Promise<{ wb: Workbook; tables: Recognised[] }> {
  const wb = await readWorkbookFile(file);
  return { wb, tables: recognise(wb).tables };
}

test.each(files.map((f) => [path.basename(f), f]))('%s: every figure’s label, summary lines and cell amounts as the plain code gives them', async (_name, file) => {
  const { wb, tables } = await tablesOf(file);
  let figures = 0;
  for (const t of tables) {
    for (const r of t.rows) {
      for (const key of Object.keys(r.values)) {
        const q = qty(t, r, key);
        if (!q) continue;
        figures++;
        expect(q.label).toBe(plainLabel(r, key));
      }
      expect(qty(t, r, '没有这一列')).toBeNull();
    }
  }
  expect(figures).toBeGreaterThan(0);
  const model = buildModel(wb, recognise(wb), documentFacts(wb));
  for (const t of tables) for (const l of model.summary(t)) expect(Object.keys(l)).toEqual(['row', 'side', 'concept', 'parent']);
  for (const s of wb.sheets) for (const line of s.rows) for (const c of line) if (c) expectPlainAmount(c);
});

/** The keys a spread `{ kind, value, decimals, unit, percent, text, ...(stored or warnings) }` gave, in its order. */
function expectPlainAmount(c: Cell): void {
  const a = parseCellAmount(c);
  if (a.kind !== 'number') return;
  const keys = ['kind', 'value', 'decimals', 'unit', 'percent', 'text'];
  if (c.type === 'number') {
    const exact = a.percent ? new Decimal(c.value as number).times(100) : new Decimal(c.value as number);
    if (!a.value.equals(exact)) keys.push('stored');
  } else {
    if (a.warnings) keys.push('warnings');
    keys.push('storedAsText');
  }
  expect(Object.keys(a)).toEqual(keys);
}

test('amounts with and without a stored value or warnings: the keys and values of the spreads they replace', () => {
  const cell = (value: number | string, numFmt?: string): Cell => ({ row: 1, col: 1, address: 'A1', type: typeof value === 'number' ? 'number' : 'string', value, text: String(value), numFmt, formula: undefined, error: undefined });
  const rounded = parseCellAmount(cell(12.3456, '0.00'));
  expect(Object.keys(rounded)).toEqual(['kind', 'value', 'decimals', 'unit', 'percent', 'text', 'stored']);
  expect(rounded).toMatchObject({ decimals: 2 });
  if (rounded.kind === 'number') expect([rounded.value.toString(), rounded.stored?.toString()]).toEqual(['12.35', '12.3456']);
  expect(Object.keys(parseCellAmount(cell(12.5, '0.00')))).toEqual(['kind', 'value', 'decimals', 'unit', 'percent', 'text']);
  expect(Object.keys(parseCellAmount(cell(0.1989, '0.00%')))).toEqual(['kind', 'value', 'decimals', 'unit', 'percent', 'text']);
  expect(Object.keys(parseAmountText('12.50'))).toEqual(['kind', 'value', 'decimals', 'unit', 'percent', 'text']);
  const lead = parseAmountText('01.74');
  expect(Object.keys(lead)).toEqual(['kind', 'value', 'decimals', 'unit', 'percent', 'text', 'warnings']);
  expect(lead).toMatchObject({ warnings: ['leading-zero'] });
  expect(Object.keys(parseCellAmount(cell('01.74')))).toEqual(['kind', 'value', 'decimals', 'unit', 'percent', 'text', 'warnings', 'storedAsText']);
});

/** pickKey as it searched before: the columns, alternative by alternative. */
function plainPickKey(t: Recognised, alternatives: string): string | null {
  for (const k of alternatives.split('|')) if (t.columns.some((c) => c.key === k)) return k;
  return null;
}

test('pickKey through the remembered column keys: the plain search’s answer, also after the list changes', async () => {
  const { tables } = await tablesOf(files[0]);
  const asked = ['合计', '基本支出|基本支出.小计', '决算数.合计|合计', '没有|也没有', '', '|合计', '预算数|决算数|金额'];
  let found = 0;
  for (const t of tables) {
    for (const c of t.columns) if (c.key) asked.push(`不存在|${c.key}`, c.key);
    for (const a of asked) {
      expect([a, pickKey(t, a)]).toEqual([a, plainPickKey(t, a)]);
      if (pickKey(t, a)) found++;
    }
  }
  expect(found).toBeGreaterThan(20);
  // another table's columns are not mixed in; a list that grows is read again
  const wide = tables.find((x) => new Set(x.columns.map((c) => c.key).filter(Boolean)).size >= 2)!;
  const t = { ...wide, columns: wide.columns.filter((c) => c.key).slice(0, 1) } as Recognised;
  const other = wide.columns.find((c) => c.key && c.key !== t.columns[0].key);
  expect(other).toBeDefined();
  expect(pickKey(t, `${other!.key}`)).toBe(plainPickKey(t, `${other!.key}`));
  t.columns.push(other!);
  expect(pickKey(t, `${other!.key}`)).toBe(other!.key);
});
