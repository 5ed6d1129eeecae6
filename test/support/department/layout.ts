/**
 * How a generated workbook is laid out (the same department in every layout gives the same
 * findings): code columns, sheets, number cells, money unit, header merges, narrative style.
 */
import type { Rng } from './rng';

export interface Layout {
  /**
   * 科目编码 columns: one column with the full code; 类|款|项 columns with each row's full code
   * split over them ('split-full'), or each row showing only its own segment ('split-own');
   * one cell merged across 类|款|项 ('merged', as the 决算 template prints it).
   */
  codes: 'one' | 'split-full' | 'split-own' | 'merged';
  /** All tables stacked on one sheet, two blank rows apart. */
  stacked: boolean;
  /** Sheets named Sheet1, Sheet2 … instead of 表1 收支总表 … */
  genericNames: boolean;
  /** Amounts stored as text ("1,234.56"). */
  textNumbers: boolean;
  /** Zero amounts left blank instead of 0.00. */
  blankZero: boolean;
  /** Money unit: every table in 万元, some tables in 元, or all in 元. */
  yuan: 'none' | 'some' | 'all';
  /** Multi-row headers merged (else group texts repeated or in their first cell only). */
  merges: boolean;
  /** Thousands separators in number formats and text numbers. */
  thousands: boolean;
  /** 决算 公开06表: three side-by-side panels (301+303 | 302 | 310), two (301+303 | 302+310), or one list. */
  panels: 'three' | 'two' | 'list';
  /** The narrative sheet before the tables (else after them). */
  narrativeFirst: boolean;
}

export const LAYOUT_KEYS: (keyof Layout)[] = ['codes', 'stacked', 'genericNames', 'textNumbers', 'blankZero', 'yuan', 'merges', 'thousands', 'panels', 'narrativeFirst'];

/** The plain layout: one code column, named sheets, numbers, zeros printed, 万元, merged headers. */
export const PLAIN: Layout = {
  codes: 'one',
  stacked: false,
  genericNames: false,
  textNumbers: false,
  blankZero: false,
  yuan: 'none',
  merges: true,
  thousands: false,
  panels: 'three',
  narrativeFirst: false,
};

/** A layout drawn from the generator's own randomness (fields given are kept). */
export function drawLayout(rng: Rng, given: Partial<Layout> = {}): Layout {
  const drawn: Layout = {
    codes: rng.pick(['one', 'one', 'split-full', 'split-own', 'merged'] as const),
    stacked: rng.chance(15),
    genericNames: rng.chance(20),
    textNumbers: rng.chance(20),
    blankZero: rng.chance(35),
    yuan: rng.pick(['none', 'none', 'none', 'some', 'all'] as const),
    merges: rng.chance(75),
    thousands: rng.chance(40),
    panels: rng.pick(['three', 'two', 'list'] as const),
    narrativeFirst: rng.chance(50),
  };
  return { ...drawn, ...given };
}
