/**
 * The synthetic budget generator: every sheet is recognised as the table it is meant to be, the
 * printed figures agree with the drawn truth up to independent rounding, and the output is a
 * pure function of the options.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Decimal from 'decimal.js';
import { recognise, type Recognised, type TableKind, type TableRow } from '../../src/core/recognize';
import { cellCount, cells, getCell } from '../../src/core/workbook';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { syntheticBudget, writeXlsx, type SyntheticBudget, type SyntheticOptions } from './synthetic';

const EXPECTED: Record<string, TableKind> = {
  '表1 收支总表': 'income-expense-summary',
  '表2 收入总表': 'income-summary',
  '表3 支出总表': 'expenditure-summary',
  '表4 财政拨款收支总表': 'fiscal-summary',
  '表5-1 一般公共预算支出表（分功能分类）': 'general-budget-expenditure',
  '表5-2 一般公共预算支出表（分单位）': 'general-budget-by-unit',
  '表5-3 单位一般公共预算支出表': 'general-budget-expenditure',
  '表6 一般公共预算基本支出表': 'basic-expenditure',
  '表7 一般公共预算“三公”经费支出表': 'three-public',
  '表8 政府性基金预算支出表': 'gov-fund',
  '表9 国有资本经营预算支出表': 'state-capital',
  '表10 项目支出表': 'project-expenditure',
};

/** Cells announced for units = 200, itemsPerUnit = 10 (see synthetic.ts). */
const LARGE_CELLS: [number, number] = [45000, 55000];

const SEEDS = [1, 2, 3, 4, 5];
const SIZES: { units: number; itemsPerUnit?: number }[] = [{ units: 1 }, { units: 3 }, { units: 200, itemsPerUnit: 10 }];

const cache = new Map<string, { budget: SyntheticBudget; tables: Recognised[]; unrecognised: number }>();
function generated(opts: SyntheticOptions) {
  const key = JSON.stringify(opts);
  let hit = cache.get(key);
  if (!hit) {
    const budget = syntheticBudget(opts);
    const r = recognise(budget.workbook);
    hit = { budget, tables: r.tables, unrecognised: r.unrecognised.length };
    cache.set(key, hit);
  }
  return hit;
}

const round2 = (s: string): string => new Decimal(s).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

function value(row: TableRow | undefined, key: string): Decimal {
  const a = row?.values[key]?.amount;
  if (!a || a.kind !== 'number') throw new Error(`no number ${key} in row ${row?.row}`);
  return a.value;
}

const printed = (row: TableRow | undefined, key: string): string => value(row, key).toFixed(2);

function only(tables: Recognised[], sheet: string): Recognised {
  const found = tables.filter((t) => t.block.sheet === sheet);
  expect(found).toHaveLength(1);
  return found[0];
}

const totalRow = (t: Recognised): TableRow | undefined => t.rows.find((r) => r.type === 'total');
const byCode = (t: Recognised, code: string): TableRow | undefined => t.rows.find((r) => r.code === code);

/**
 * Hierarchy of a 功能分类 table: every parent (合计, 类, 款) equals the sum of its printed
 * children up to rounding, |Σ − parent| ≤ 0.005 × (n + 1) — never more.
 */
function expectRoundingOnly(t: Recognised, keys: string[]): void {
  const fn = t.rows.filter((r) => r.type === 'function');
  const parents: [TableRow | undefined, TableRow[]][] = [[totalRow(t), fn.filter((r) => r.level === 1)]];
  for (const p of fn.filter((r) => r.level !== 3)) parents.push([p, fn.filter((r) => r.parent === p.code)]);
  for (const [parent, children] of parents) {
    expect(children.length).toBeGreaterThan(0);
    for (const k of keys) {
      const s = children.reduce((acc, c) => acc.plus(value(c, k)), new Decimal(0));
      const tolerance = new Decimal('0.005').times(children.length + 1);
      expect(s.minus(value(parent, k)).abs().lte(tolerance)).toBe(true);
    }
  }
}

describe.each(SIZES)('syntheticBudget units=$units', (size) => {
  describe.each(SEEDS)('seed %i', (seed) => {
    const opts: SyntheticOptions = { seed, ...size };

    test('every sheet is recognised as its table, every column mapped', () => {
      const { budget, tables, unrecognised } = generated(opts);
      expect(unrecognised).toBe(0);
      const names = budget.workbook.sheets.map((s) => s.name);
      const expectedNames = Object.keys(EXPECTED).filter((n) => size.units > 1 || !n.startsWith('表5-3'));
      expect(names).toEqual(expectedNames);
      for (const name of names) {
        const onSheet = tables.filter((t) => t.block.sheet === name);
        expect(onSheet).toHaveLength(name.startsWith('表5-3') ? size.units : 1);
        for (const t of onSheet) {
          expect({ sheet: name, kind: t.kind }).toEqual({ sheet: name, kind: EXPECTED[name] });
          expect(t.titleDisagreement).toBeNull();
          expect(t.moneyUnit).toBe('万元');
          expect(t.columns.filter((c) => !c.key).map((c) => c.path.join('/'))).toEqual([]);
        }
      }
    });

    test('收支总表 balances and the 表5 合计 is the rounded truth', () => {
      const { budget, tables } = generated(opts);
      const t1 = only(tables, '表1 收支总表');
      const named = (side: string, name: string) => t1.rows.find((r) => r.side === side && r.name.replace(/\s/g, '') === name);
      const income = printed(named('income', '收入总计'), '预算数');
      expect(printed(named('expense', '支出总计'), '预算数')).toBe(income);
      expect(income).toBe(round2(budget.truth.total));
      const t5 = totalRow(only(tables, '表5-1 一般公共预算支出表（分功能分类）'));
      expect(printed(t5, '合计')).toBe(round2(budget.truth.total));
      expect(printed(t5, '基本支出.小计')).toBe(round2(budget.truth.basic));
      expect(printed(t5, '项目支出')).toBe(round2(budget.truth.project));
      expect(new Decimal(budget.truth.basic).plus(budget.truth.project).equals(budget.truth.total)).toBe(true);
    });

    test('printed figures differ from exact sums by rounding only; tables agree with each other', () => {
      const { tables } = generated(opts);
      const general = tables.filter((t) => t.kind === 'general-budget-expenditure');
      for (const t of general) expectRoundingOnly(t, ['合计', '基本支出.小计', '基本支出.人员经费', '基本支出.公用经费', '项目支出']);
      const t3 = only(tables, '表3 支出总表');
      expectRoundingOnly(t3, ['合计', '基本支出', '项目支出']);
      // the same quantity printed in several tables is printed identically
      const t5 = only(tables, '表5-1 一般公共预算支出表（分功能分类）');
      const t52 = only(tables, '表5-2 一般公共预算支出表（分单位）');
      const t6 = only(tables, '表6 一般公共预算基本支出表');
      const t10 = only(tables, '表10 项目支出表');
      expect(printed(totalRow(t3), '合计')).toBe(printed(totalRow(t5), '合计'));
      expect(printed(totalRow(t52), '合计')).toBe(printed(totalRow(t5), '合计'));
      expect(printed(totalRow(t6), '合计')).toBe(printed(totalRow(t5), '基本支出.小计'));
      expect(printed(totalRow(t6), '人员经费')).toBe(printed(totalRow(t5), '基本支出.人员经费'));
      expect(printed(totalRow(t6), '公用经费')).toBe(printed(totalRow(t5), '基本支出.公用经费'));
      expect(printed(totalRow(t10), '本年拨款.一般公共预算')).toBe(printed(totalRow(t5), '项目支出'));
      // function ↔ economic identities (domain.md CLS-06)
      for (const [econ, fn] of [['30108', '2080505'], ['30109', '2080506'], ['30111', '2101103'], ['30113', '2210201']]) {
        if (byCode(t6, econ) || byCode(t5, fn)) expect(printed(byCode(t6, econ), '合计')).toBe(printed(byCode(t5, fn), '基本支出.人员经费'));
      }
      // each unit's 表5-3 table is its 表5-2 row
      if (opts.units > 1) {
        const perUnit = general.filter((t) => t.block.sheet.startsWith('表5-3'));
        const unitRows = t52.rows.filter((r) => r.type === 'unit' && r.level === 2);
        expect(perUnit).toHaveLength(unitRows.length);
        perUnit.forEach((t, i) => expect(printed(totalRow(t), '合计')).toBe(printed(unitRows[i], '合计')));
      }
      // 三公: some non-zero, and ≥ the basic 款 that are part of it
      const t7 = totalRow(only(tables, '表7 一般公共预算“三公”经费支出表'));
      expect(value(t7, '合计').gt(0)).toBe(true);
      expect(value(t7, '公务接待费').gte(value(byCode(t6, '30217'), '合计'))).toBe(true);
      expect(value(t7, '公务用车购置及运行费.公务用车运行费').gte(value(byCode(t6, '30231'), '合计'))).toBe(true);
    });

    test('moneyCells lists every number cell, as printed', () => {
      const { budget } = generated(opts);
      const numbers = budget.workbook.sheets.flatMap((s) => [...cells(s)].filter((c) => c.type === 'number'));
      expect(budget.moneyCells).toHaveLength(numbers.length);
      const sheets = new Map(budget.workbook.sheets.map((s) => [s.name, s]));
      const wrong = budget.moneyCells.filter((m) => {
        const cell = getCell(sheets.get(m.sheet)!, m.cell);
        return cell?.type !== 'number' || cell.numFmt !== '0.00' || cell.text !== m.value || !/^\d+\.\d{2}$/.test(m.value);
      });
      expect(wrong).toEqual([]);
    });
  });
});

describe('syntheticBudget size and determinism', () => {
  test.each(SEEDS)('units=200, itemsPerUnit=10 (seed %i): 2,000 项 rows in 表5-3 and ≈50,000 cells', (seed) => {
    const { budget, tables } = generated({ seed, units: 200, itemsPerUnit: 10 });
    const n = budget.workbook.sheets.reduce((acc, s) => acc + cellCount(s), 0);
    expect(n).toBeGreaterThanOrEqual(LARGE_CELLS[0]);
    expect(n).toBeLessThanOrEqual(LARGE_CELLS[1]);
    const items = tables
      .filter((t) => t.block.sheet.startsWith('表5-3'))
      .flatMap((t) => t.rows)
      .filter((r) => r.type === 'function' && r.level === 3);
    expect(items).toHaveLength(2000);
    // independent rounding shows: some rows print 基本支出 小计 ≠ 人员经费 + 公用经费 (尾差)
    const tails = tables
      .filter((t) => t.kind === 'general-budget-expenditure')
      .flatMap((t) => t.rows)
      .filter((r) => !value(r, '基本支出.小计').equals(value(r, '基本支出.人员经费').plus(value(r, '基本支出.公用经费'))));
    expect(tails.length).toBeGreaterThan(0);
  });

  test('the same options give the same workbook; another seed another one', () => {
    const opts: SyntheticOptions = { seed: 7, units: 12, itemsPerUnit: 9, projectsPerUnit: 3, year: 2025 };
    const a = JSON.stringify(syntheticBudget(opts));
    expect(JSON.stringify(syntheticBudget(opts))).toBe(a);
    expect(JSON.stringify(syntheticBudget({ ...opts, seed: 8 }))).not.toBe(a);
  });

  test('projectsPerUnit = 0 gives a budget without 项目支出 that is still recognised', () => {
    const b = syntheticBudget({ seed: 1, units: 4, projectsPerUnit: 0 });
    expect(b.truth.project).toBe('0.0000');
    const r = recognise(b.workbook);
    expect(r.unrecognised).toHaveLength(0);
    expect(r.tables.every((t) => t.columns.every((c) => c.key))).toBe(true);
  });

  test('writeXlsx: the file reads back to the same recognised model', async () => {
    const b = syntheticBudget({ seed: 2, units: 3 });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'synthetic-')), 'budget.xlsx');
    await writeXlsx(b.workbook, file);
    const back = await readWorkbookFile(file);
    const model = (tables: Recognised[]) => JSON.stringify(tables.map((t) => [t.block.sheet, t.kind, t.columns, t.rows]));
    expect(model(recognise(back).tables)).toBe(model(recognise(b.workbook).tables));
  });
});
