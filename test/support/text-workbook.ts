/** A small workbook of text cells, sheet by sheet (the document-facts tests). */
import { createSheet, makeCell, putCell, type Workbook } from '../../src/core/workbook';

/** Sheets by name, each rows of cell texts ('' leaves the cell empty). */
export function textWorkbook(sheets: Record<string, string[][]>): Workbook {
  return {
    source: 't',
    sheets: Object.entries(sheets).map(([name, rows], i) => {
      const s = createSheet(name, i);
      rows.forEach((r, ri) => r.forEach((v, ci) => v && putCell(s, makeCell({ row: ri + 1, col: ci + 1, value: v }))));
      return s;
    }),
  };
}
