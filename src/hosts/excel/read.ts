/**
 * Open workbook (Office.js) → workbook model, the same model the .xlsx host builds.
 *
 * Sync plan, independent of the number of sheets:
 *   1. worksheet collection: name, visibility, position;
 *   2. every sheet's values-only used range (rowIndex, columnIndex, rowCount, columnCount),
 *      plus, when supported, the sheet's merged areas;
 *   3+. cell properties for all sheets together, in batches of at most `maxCellsPerSync`
 *      cells (ceil(total cells / maxCellsPerSync) syncs; big sheets are split into blocks).
 * Only Office.js types are used from the global `Excel` namespace; nothing at runtime, so
 * the module runs against a mock context in tests.
 */
import { ReadError } from '../../core/errors';
import { createSheet, type Sheet, type SheetVisibility, type Workbook } from '../../core/workbook';
import { putMerges, putRangeData } from './cells';
import { planBatches, type Batch, type Block } from './plan';

export interface ExcelReadOptions {
  /** Most cells loaded per `context.sync()` (default 200,000; capped at Excel's 5,000,000 per range). */
  maxCellsPerSync?: number;
  /** Read merged areas (ExcelApi 1.13). Default: asks Office when it is present, else false. */
  supportsMerges?: boolean;
  /** Called after each cell batch with cells loaded so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_MAX_CELLS_PER_SYNC = 200_000;
/** Excel may return null values for a range larger than this. */
export const EXCEL_MAX_CELLS_PER_RANGE = 5_000_000;

const SHEET_PROPS = 'items/name,items/visibility,items/position';
const USED_RANGE_PROPS = 'rowIndex,columnIndex,rowCount,columnCount';
const CELL_PROPS = 'values,text,numberFormat,formulas,valueTypes';

/** A sheet being read: the model sheet, its worksheet proxy and its used range (0-based). */
interface SheetPlan {
  sheet: Sheet;
  worksheet: Excel.Worksheet;
  rowIndex: number;
  columnIndex: number;
  rows: number;
  cols: number;
}

/**
 * Read every worksheet's used range of the open workbook. Throws ReadError
 * ('EXCEL_READ_FAILED') when Excel reports an error or returns incomplete data.
 */
export async function readOpenWorkbook(context: Excel.RequestContext, options: ExcelReadOptions = {}): Promise<Workbook> {
  const maxCells = maxCellsOption(options.maxCellsPerSync);
  const supportsMerges = options.supportsMerges ?? officeSupportsMerges();
  try {
    const worksheets = await loadWorksheets(context);
    const plans = await loadUsedRanges(context, worksheets, supportsMerges);
    await loadCells(context, plans, maxCells, options.onProgress);
    return { source: 'Excel', sheets: plans.map((p) => p.sheet) };
  } catch (e) {
    throw toReadError(e);
  }
}

function maxCellsOption(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MAX_CELLS_PER_SYNC;
  if (!Number.isFinite(value) || value < 1) throw new ReadError('EXCEL_READ_FAILED', `invalid maxCellsPerSync ${value}`);
  return Math.min(Math.floor(value), EXCEL_MAX_CELLS_PER_RANGE);
}

/** Whether the running Excel has getMergedAreasOrNullObject (ExcelApi 1.13). */
function officeSupportsMerges(): boolean {
  if (typeof Office === 'undefined') return false;
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', '1.13');
  } catch {
    return false;
  }
}

function visibilityOf(v: Excel.SheetVisibility | string): SheetVisibility {
  return v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : 'visible';
}

/** Sync 1: the worksheets, in tab order. */
async function loadWorksheets(context: Excel.RequestContext): Promise<Excel.Worksheet[]> {
  const collection = context.workbook.worksheets;
  collection.load(SHEET_PROPS);
  await context.sync();
  return collection.items.slice().sort((a, b) => a.position - b.position);
}

/** Queue the used-range load (and merged areas) of every sheet. */
function queueUsedRanges(worksheets: Excel.Worksheet[], withMerges: boolean) {
  return worksheets.map((worksheet) => {
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load(USED_RANGE_PROPS);
    // Merges of the whole sheet, as the .xlsx host reports them (not clipped to the used range).
    const merges = withMerges ? worksheet.getRange().getMergedAreasOrNullObject() : undefined;
    merges?.load('address');
    return { worksheet, used, merges };
  });
}

/**
 * Sync 2: used ranges, and merges when supported. A sheet with more than 512 merged areas
 * makes getMergedAreasOrNullObject fail the whole sync: then read again without merges
 * (one extra sync) and mark the merges unknown.
 */
async function loadUsedRanges(context: Excel.RequestContext, worksheets: Excel.Worksheet[], supportsMerges: boolean): Promise<SheetPlan[]> {
  let withMerges = supportsMerges;
  let queued = queueUsedRanges(worksheets, withMerges);
  try {
    await context.sync();
  } catch (e) {
    if (!withMerges) throw e;
    withMerges = false;
    queued = queueUsedRanges(worksheets, false);
    await context.sync();
  }
  return queued.map(({ worksheet, used, merges }) => {
    const sheet = createSheet(worksheet.name, worksheet.position, visibilityOf(worksheet.visibility));
    sheet.mergesKnown = withMerges;
    if (merges && !merges.isNullObject) putMerges(sheet, merges.address);
    const empty = used.isNullObject;
    return {
      sheet,
      worksheet,
      rowIndex: empty ? 0 : used.rowIndex,
      columnIndex: empty ? 0 : used.columnIndex,
      rows: empty ? 0 : used.rowCount,
      cols: empty ? 0 : used.columnCount,
    };
  });
}

/** Syncs 3+: the cells of all sheets, batch by batch. */
async function loadCells(
  context: Excel.RequestContext,
  plans: SheetPlan[],
  maxCells: number,
  onProgress: ExcelReadOptions['onProgress'],
): Promise<void> {
  const batches = planBatches(plans, maxCells);
  const total = batches.reduce((n, b) => n + b.cells, 0);
  let done = 0;
  for (const batch of batches) {
    await loadBatch(context, plans, batch);
    done += batch.cells;
    onProgress?.(done, total);
  }
}

/** Queue every block of a batch, sync once, and put the cells into their sheets. */
async function loadBatch(context: Excel.RequestContext, plans: SheetPlan[], batch: Batch): Promise<void> {
  const queued = batch.blocks.map((block) => ({ block, range: queueBlock(plans[block.sheet], block) }));
  await context.sync();
  for (const { block, range } of queued) {
    const plan = plans[block.sheet];
    const top = plan.rowIndex + block.row + 1;
    const left = plan.columnIndex + block.col + 1;
    putRangeData(plan.sheet, top, left, block.rows, block.cols, range);
  }
}

/** Queue the cell properties of one block (getRangeByIndexes: ExcelApi 1.7). */
function queueBlock(plan: SheetPlan, block: Block): Excel.Range {
  const range = plan.worksheet.getRangeByIndexes(plan.rowIndex + block.row, plan.columnIndex + block.col, block.rows, block.cols);
  range.load(CELL_PROPS);
  return range;
}

/** Wrap anything thrown by Office.js (OfficeExtension.Error has a code) in a ReadError. */
function toReadError(e: unknown): ReadError {
  if (e instanceof ReadError) return e;
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  const message = e instanceof Error ? e.message : String(e);
  const detail = [typeof code === 'string' ? code : '', message].filter(Boolean).join(': ');
  return new ReadError('EXCEL_READ_FAILED', detail.slice(0, 200));
}
