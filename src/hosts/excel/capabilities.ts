/**
 * What the running Excel can do beyond the manifest's ExcelApi 1.7, asked once at run time.
 * Every writer takes an optional `caps` so tests (and old hosts) can say it explicitly.
 */

export interface ExcelCapabilities {
  /** worksheet.getRanges / RangeAreas (ExcelApi 1.9). */
  rangeAreas: boolean;
  /** Notes, the classic yellow cell notes (ExcelApi 1.18). */
  notes: boolean;
  /** Threaded comments (ExcelApi 1.10). */
  comments: boolean;
  /** RangeFill pattern / patternColor / tintAndShade, and suspendScreenUpdatingUntilNextSync (ExcelApi 1.9). */
  fillPattern: boolean;
  /** Workbook.settings (ExcelApi 1.4). */
  settings: boolean;
}

/** Nothing beyond the basics: Office is absent (standalone page, tests). */
export const NO_CAPABILITIES: ExcelCapabilities = { rangeAreas: false, notes: false, comments: false, fillPattern: false, settings: false };

/** What a host that supports exactly `ExcelApi <version>` can do (tests, documentation). */
export function capabilitiesOf(version: '1.7' | '1.8' | '1.9' | '1.10' | '1.18'): ExcelCapabilities {
  return capabilitiesFrom((v) => compareVersions(version, v) >= 0);
}

/** Ask Office which ExcelApi sets are supported; all false when Office is undefined or refuses. */
export function detectCapabilities(): ExcelCapabilities {
  if (typeof Office === 'undefined') return { ...NO_CAPABILITIES };
  return capabilitiesFrom((v) => {
    try {
      return Office.context.requirements.isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  });
}

function capabilitiesFrom(supports: (version: string) => boolean): ExcelCapabilities {
  const v19 = supports('1.9');
  return { rangeAreas: v19, notes: supports('1.18'), comments: supports('1.10'), fillPattern: v19, settings: supports('1.4') };
}

function compareVersions(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || an - bn;
}
