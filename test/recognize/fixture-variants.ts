/**
 * Every fixture workbook (seeds and real documents) and the layout variants the recognition
 * shortcut tests run each one through (fast-paths, allocation): one list for both.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Workbook } from '../../src/core/workbook';
import { amountsInYuan, continuedOnNextPage, numbersAsText, remergeHeaders, splitCodeColumns, stackOnOneSheet } from './variants';

export const FIXTURES = path.join(__dirname, '../fixtures');

/** Paths under FIXTURES: the seeds, then real/…. */
export const FIXTURE_FILES = [
  ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')),
  ...fs.readdirSync(path.join(FIXTURES, 'real')).filter((f) => f.endsWith('.xlsx')).map((f) => `real/${f}`),
];

export const LAYOUT_VARIANTS: [string, (wb: Workbook) => Workbook][] = [
  ['as read', (wb) => wb],
  ['split codes', splitCodeColumns],
  ['stacked', stackOnOneSheet],
  ['in 元', amountsInYuan],
  ['numbers as text', numbersAsText],
  ['remerged', (wb) => remergeHeaders(wb)],
  ['continued', continuedOnNextPage],
];
