/**
 * Layout robustness: every generated variant of every fixture (split 类/款/项 columns, all
 * tables on one sheet, generic sheet names, amounts in 元, numbers as text with blanks for
 * zero, headers merged differently, tables continued on a second page) yields the same semantic
 * model as the original.
 */
import * as path from 'path';
import { recognise, type Recognition } from '../../src/core/recognize';
import type { Amount } from '../../src/core/amount';
import type { Workbook } from '../../src/core/workbook';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { amountsInYuan, continuedOnNextPage, genericSheetNames, numbersAsText, remergeHeaders, splitCodeColumns, stackOnOneSheet } from './variants';

const FIXTURES = [
  '2022-dongxihu-ybj-budget.xlsx',
  '2023-huangpi-ybfwzx-budget.xlsx',
  '2024-huangpi-ybfwzx-final.xlsx',
  '2025-caidian-ybj-budget.xlsx',
  '2026-qingshan-ybfwzx-budget.xlsx',
];

const VARIANTS: [string, (wb: Workbook) => Workbook][] = [
  ['split 类/款/项 code columns', splitCodeColumns],
  ['all tables stacked on one sheet', stackOnOneSheet],
  ['generic sheet names', genericSheetNames],
  ['amounts in 元', amountsInYuan],
  ['numbers as text, blanks for zero', numbersAsText],
  ['headers merged differently', (wb) => remergeHeaders(wb)],
  ['headers centred across', (wb) => remergeHeaders(wb, { horizontal: 'everyCell' })],
  ['tables continued on a second page (title, unit line and header repeated)', continuedOnNextPage],
];

/** Blank and 0 compare equal here (a variant prints zero as blank); the value is in 万元. */
function value(a: Amount): string {
  if (a.kind === 'number') return a.value.toString();
  if (a.kind === 'empty') return '0';
  return a.kind === 'error' ? a.error : `text:${a.text}`;
}

/** What a check relies on: kinds, and per row its identity and values by column key. */
function semantic(r: Recognition) {
  return {
    tables: r.tables.map((t) => ({
      kind: t.kind,
      // a row with no label whose values are all zero disappears when zeros print blank
      rows: t.rows.filter((row) => row.code || row.name || Object.values(row.values).some((v) => value(v.amount) !== '0')).map((row) => ({
        type: row.type,
        side: row.side ?? null,
        code: row.code,
        name: row.name,
        level: row.level,
        parent: row.parent,
        lineNo: row.lineNo,
        values: Object.fromEntries(Object.entries(row.values).map(([k, v]) => [k, value(v.amount)])),
      })),
    })),
    unrecognised: r.unrecognised.length,
  };
}

describe.each(FIXTURES)('%s', (file) => {
  let original: Workbook;
  let expected: ReturnType<typeof semantic>;
  beforeAll(async () => {
    original = await readWorkbookFile(path.join(__dirname, '..', 'fixtures', file));
    expected = semantic(recognise(original));
  });

  test.each(VARIANTS)('%s → same semantic model', (_name, variant) => {
    expect(semantic(recognise(variant(original)))).toEqual(expected);
  });
});
