/**
 * The copies the standalone page writes change no cell value except the ones the user asked to
 * correct: for every fixture, the marked copy (all findings marked) and the corrected copy (all
 * autofix proposals applied, as the page does) are compared with the original cell by cell —
 * value, formula and type of every cell of every sheet.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { analyseWorkbook } from '../../src/core/report';
import { cellMarks } from '../../src/core/review/marks';
import { proposeFixes } from '../../src/core/narrative/autofix';
import { applyFixesToWorkbook } from '../../src/core/narrative/autofix-apply';
import { getCell } from '../../src/core/workbook';
import { readWorkbookFile } from '../../src/hosts/xlsx/node';
import { correctedCopy, markedCopy, type CellEdit } from '../../src/hosts/xlsx/export';
import { seedFiles } from '../fuzz/fuzz';

async function cellsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        out.set(`${ws.name}!${c.address}`, JSON.stringify([c.type, c.value]));
      }),
    );
  }
  return out;
}

function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}

describe.each(seedFiles().map((f) => [path.basename(f), f]))('%s', (_, file) => {
  test('marked copy: every cell of every sheet keeps its value', async () => {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const report = analyseWorkbook(file, await readWorkbookFile(file));
    const copy = await markedCopy(bytes, cellMarks(report.findings));
    expect(differences(await cellsOf(bytes), await cellsOf(copy))).toEqual([]);
  });

  test('corrected copy: only the corrected narrative cells change, to the corrected text', async () => {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const wb = await readWorkbookFile(file);
    const report = analyseWorkbook(file, wb);
    const { fixes } = proposeFixes(report, wb);
    const applied = applyFixesToWorkbook(wb, fixes);
    const edits: CellEdit[] = [];
    for (const f of applied.applied) {
      const sheet = applied.workbook.sheets.find((s) => s.name === f.location.sheet);
      const text = sheet ? getCell(sheet, f.location.cell)?.text : undefined;
      if (text !== undefined && !edits.some((e) => e.sheet === f.location.sheet && e.cell === f.location.cell)) edits.push({ sheet: f.location.sheet, cell: f.location.cell, text });
    }
    const r = await correctedCopy(bytes, edits);
    const before = await cellsOf(bytes);
    const after = await cellsOf(r.bytes);
    const written = edits.filter((e) => !r.skipped.includes(e));
    expect(differences(before, after)).toEqual(written.map((e) => `${e.sheet}!${e.cell}`).sort());
    for (const e of written) expect(after.get(`${e.sheet}!${e.cell}`)).toBe(JSON.stringify([ExcelJS.ValueType.String, e.text]));
  });
});
