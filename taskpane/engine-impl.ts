/** What the pane uses of the engine (see engine.ts: this module is loaded on demand). */
export { analyseWorkbook } from '../src/core/report';
export { applyFixesToPastedText, applyFixesToWorkbook, proposeFixes } from '../src/core/narrative/autofix';
export { getCell } from '../src/core/workbook';
