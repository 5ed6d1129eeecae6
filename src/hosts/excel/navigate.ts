/**
 * Clicking a finding: activate its sheet and select every cell it involves there.
 *
 * Syncs: 1 when the sheet is missing or hidden, else 3 — check the sheet, activate it, then
 * select (Range.select on a sheet that is not yet active is unreliable, office-js #5118).
 * Selecting scrolls the cells into view.
 */
import type { Location } from '../../core/report';
import { detectCapabilities, type ExcelCapabilities } from './capabilities';
import { chunkAddresses } from './marks';

/** The sheet and cell addresses to select: the first workbook location's sheet, all its cells there. */
export function selectionTarget(locations: Location[]): { sheet: string; areas: string[] } | null {
  const first = locations.find((l) => l.sheet && l.cell);
  if (!first) return null;
  const areas = locations.filter((l) => l.sheet === first.sheet && l.cell).map((l) => l.cell.replace(/\$/g, '').toUpperCase());
  return { sheet: first.sheet, areas: [...new Set(areas)] };
}

/**
 * Activate the sheet of the first location and select all involved cells on it (every area
 * with RangeAreas, ExcelApi 1.9; else the first). False when no location is in the workbook
 * (narrative given as a file or pasted), or the sheet is gone or hidden.
 */
export async function selectLocations(
  context: Excel.RequestContext,
  locations: Location[],
  caps: ExcelCapabilities = detectCapabilities(),
): Promise<boolean> {
  const target = selectionTarget(locations);
  if (!target) return false;
  const ws = context.workbook.worksheets.getItemOrNullObject(target.sheet);
  ws.load('visibility');
  await context.sync();
  if (ws.isNullObject || ws.visibility !== 'Visible') return false;
  ws.activate();
  await context.sync();
  if (caps.rangeAreas && target.areas.length > 1) ws.getRanges(chunkAddresses(target.areas)[0]).select();
  else ws.getRange(target.areas[0]).select();
  await context.sync();
  return true;
}
