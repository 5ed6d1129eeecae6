/**
 * Recognition's fast paths (issue 19, second pass) against the plain code they replace, on every
 * block of every fixture workbook and of its layout variants: the classifier asks words of cell
 * word sets instead of searching one joined text (plain: test/recognize/plain-classify.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import { findBlocks } from '../../src/core/recognize';
import { blockText, CellTexts, kindFromContent } from '../../src/core/recognize/classify';
import type { Workbook } from '../../src/core/workbook';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { plainBlockText, plainKindFromContent } from './plain-classify';
import { amountsInYuan, continuedOnNextPage, numbersAsText, remergeHeaders, splitCodeColumns, stackOnOneSheet } from './variants';

const FIXTURES = path.join(__dirname, '../fixtures');
const files = [
  ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')),
  ...fs.readdirSync(path.join(FIXTURES, 'real')).filter((f) => f.endsWith('.xlsx')).map((f) => `real/${f}`),
];
const variants: [string, (wb: Workbook) => Workbook][] = [
  ['as read', (wb) => wb],
  ['split codes', splitCodeColumns],
  ['stacked', stackOnOneSheet],
  ['in 元', amountsInYuan],
  ['numbers as text', numbersAsText],
  ['remerged', (wb) => remergeHeaders(wb)],
  ['continued', continuedOnNextPage],
];

describe.each(files)('%s', (file) => {
  let wb: Workbook;
  beforeAll(async () => {
    wb = await readWorkbookFile(path.join(FIXTURES, file));
  });

  test.each(variants)('%s: every block classified as the plain classifier does', (_name, variant) => {
    const book = variant(wb);
    let blocks = 0;
    for (const sheet of book.sheets)
      for (const b of findBlocks(sheet)) {
        blocks++;
        const fast = blockText(sheet, b);
        const plain = plainBlockText(sheet, b);
        expect([sheet.name, b.range, kindFromContent(fast)]).toEqual([sheet.name, b.range, plainKindFromContent(plain)]);
        // the words each asks of the header and of the body, and the code labels
        expect(fast.header.joined).toBe(plain.header);
        expect(fast.body.joined).toBe(plain.body);
        expect(fast.labels).toEqual(plain.labels.filter((l) => /^[\d[]/.test(l)));
      }
    expect(blocks).toBeGreaterThan(0);
  });
});

describe('CellTexts', () => {
  const texts = ['项目名称', '绩效 目标', '部门|职能', '因公出国（境）费', '其他收入', '', '财政拨款(补助)', '人员经费|公用经费', '１２３'];
  const words = ['项目名称', '绩效目标', '部门职能', '部门', '职能', '因公出国', '财政拨款(补助)', '其他收入', '人员经费', '公用经费', '不在词表中', '123', '费|其他', '名称|绩效'];

  test('a word is in the cells exactly when it is in their texts joined by "|" (words in the list or not)', () => {
    for (let n = 0; n <= texts.length; n++) {
      const t = new CellTexts();
      for (const x of texts.slice(0, n)) if (x) t.add(x);
      for (const w of words) expect([n, w, t.has(w)]).toEqual([n, w, t.joined.includes(w)]);
      expect(t.hasAny(words.slice(0, 3))).toBe(words.slice(0, 3).some((w) => t.joined.includes(w)));
      expect(t.hasAll(['人员经费', '公用经费'])).toBe(t.joined.includes('人员经费') && t.joined.includes('公用经费'));
    }
  });

  test('add gives the normalised text, asked twice (remembered) the same', () => {
    const t = new CellTexts();
    expect(t.add(' 因公出国（境）费 ')).toBe('因公出国(境)费');
    expect(t.add(' 因公出国（境）费 ')).toBe('因公出国(境)费');
    expect(t.joined).toBe('因公出国(境)费|因公出国(境)费');
    expect(t.has('因公出国')).toBe(true);
    expect(t.has('公务接待')).toBe(false);
  });
});
