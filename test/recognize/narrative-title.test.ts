/**
 * recognise tells a page of paragraphs by its shape and asks only its title (issue 19, ninth pass):
 * blockText is no longer built for it. Of blockText the narrative used only the title, which must be
 * norm() of the block's title text — on every block of every fixture and layout variant, and on
 * generated pages (titles with white space, full-width brackets and digits, none).
 */
import * as path from 'path';
import { isNarrativeBlock, recognise } from '../../src/core/recognize';
import { readBlocks } from '../../src/core/recognize/blocks';
import { blockText, kindFromTitle } from '../../src/core/recognize/classify';
import { norm } from '../../src/core/recognize/text';
import { createSheet, makeCell, putCell, type Workbook } from '../../src/core/workbook';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { Rng } from '../support/department/rng';
import { FIXTURE_FILES, FIXTURES, LAYOUT_VARIANTS } from './fixture-variants';

/** What recognise made of a narrative block from blockText's title, as before: confidence, evidence, disagreement. */
function fromTitle(title: string, blockTitle: string | undefined): [number, string[], string | null] {
  const titleKind = title ? kindFromTitle(title) : null;
  if (titleKind === 'narrative') return [0.95, ['整页为段落文字', `标题“${blockTitle}”`], null];
  return [titleKind ? 0.7 : 0.8, titleKind ? ['整页为段落文字', `标题像${titleKind}`] : ['整页为段落文字'], titleKind];
}

function narrativeTitles(book: Workbook): number {
  // each narrative table as recognise gives it, against the derivation from blockText's title
  for (const t of recognise(book).tables) {
    if (t.kind !== 'narrative' || !isNarrativeBlock(t.block)) continue;
    const sheet = book.sheets.find((s) => s.name === t.block.sheet)!;
    const [confidence, evidence, disagreement] = fromTitle(blockText(sheet, t.block).title, t.block.title?.text);
    expect([t.confidence, t.evidence.length, t.evidence[0], t.titleDisagreement?.titleKind ?? null]).toEqual([confidence, evidence.length, evidence[0], disagreement]);
    if (evidence.length > 1 && disagreement === null) expect(t.evidence[1]).toBe(evidence[1]);
  }
  let n = 0;
  for (const sheet of book.sheets) {
    const read = readBlocks(sheet);
    for (const b of read.blocks) {
      if (!isNarrativeBlock(b)) continue;
      n++;
      expect(blockText(sheet, b, read.rows.get(b)).title).toBe(norm(b.title?.text ?? ''));
      expect(blockText(sheet, b).title).toBe(norm(b.title?.text ?? ''));
    }
  }
  return n;
}

describe.each(FIXTURE_FILES)('%s', (file) => {
  test.each(LAYOUT_VARIANTS)('%s: a narrative block\'s blockText title is norm of its title', async (_name, variant) => {
    const book = variant(await readWorkbookFile(path.join(FIXTURES, file)));
    narrativeTitles(book);
    // and every fixture has its narrative recognised
    expect(recognise(book).tables.some((t) => t.kind === 'narrative')).toBe(true);
  });
});

const PIECES = ['第三部分', ' ', '情况 说明', '政府性 基金', '\u3000', '（', '）', '２０２４', '年', '部门预算情况说明', '说明', '一、', '：', '表1', '重点工作'];

test('generated pages of paragraphs: the title blockText gave', () => {
  const r = new Rng(919);
  let n = 0;
  for (let k = 0; k < 200; k++) {
    const sheet = createSheet(k % 2 ? '情况说明' : `Sheet${k}`, 0);
    const title = Array.from({ length: Math.floor(r.unit() * 5) }, () => PIECES[Math.floor(r.unit() * PIECES.length)]).join('');
    const paragraphs = [title, ...Array.from({ length: 4 + Math.floor(r.unit() * 6) }, (_, i) => `这是第${i}段文字，说明本部门的情况和主要职能，以及本年度的工作安排。`)];
    paragraphs.forEach((p, i) => p && putCell(sheet, makeCell({ row: i + 1, col: 1, value: p })));
    n += narrativeTitles({ source: 't', sheets: [sheet] });
  }
  expect(n).toBeGreaterThan(150);
});
