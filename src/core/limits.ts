/**
 * Limits on what one file may make the engine do, checked before the work: a hostile or broken
 * submission is refused with a clear Chinese message instead of running out of memory or time.
 * The defaults are far above any real 部门预算/决算 disclosure (tens of sheets, a few thousand
 * cells each); the CLI can change them (README “资源上限”).
 */

export interface ReadLimits {
  /** Size of the file itself (bytes). */
  maxFileBytes: number;
  /** Uncompressed size of any one part of the .xlsx package (bytes), checked before and while inflating. */
  maxPartBytes: number;
  /** Uncompressed size of all parts together (bytes). */
  maxTotalBytes: number;
  /** Worksheets in the workbook. */
  maxSheets: number;
  /** Cells in one worksheet (counted in the sheet's XML before it is parsed). */
  maxCellsPerSheet: number;
  /** Characters of one cell's text. */
  maxStringLength: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 100 * MB,
  maxPartBytes: 200 * MB,
  maxTotalBytes: 400 * MB,
  maxSheets: 500,
  maxCellsPerSheet: 2_000_000,
  maxStringLength: 1_000_000,
});

/** Limits with some of them replaced (undefined keeps the default). */
export function withLimits(over: Partial<ReadLimits> = {}): ReadLimits {
  const out = { ...DEFAULT_LIMITS };
  for (const [k, v] of Object.entries(over) as [keyof ReadLimits, number | undefined][]) if (v !== undefined) out[k] = v;
  return out;
}

/** "1,234,567" */
export function groupDigits(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "46.2 MB", "850 KB" */
export function formatBytes(n: number): string {
  if (n >= MB) return `${(n / MB).toFixed(n >= 100 * MB ? 0 : 1)} MB`;
  return `${Math.max(1, Math.round(n / 1024))} KB`;
}
