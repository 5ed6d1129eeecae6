/**
 * Standalone page: a read-only view of the sheet around a finding's cells, with those cells
 * highlighted in their severity colour — what "定位" does when there is no Excel to select in.
 */
import * as React from 'react';
import { Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { columnLetter, parseRange } from '../../src/core/address';
import { MARK_COLORS } from '../../src/core/review/marks';
import type { Location, Severity } from '../../src/core/report';
import { cellAt, type Sheet, type Workbook } from '../../src/core/workbook';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  grid: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  quote: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, fontWeight: tokens.fontWeightSemibold },
  head: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  scroller: {
    overflow: 'auto',
    maxHeight: '360px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  hdr: {
    position: 'sticky',
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '0 4px',
    zIndex: 1,
  },
  rowHdr: {
    position: 'sticky',
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '0 4px',
    textAlign: 'right',
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: '1px 4px',
    maxWidth: '180px',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  number: { textAlign: 'right' },
  target: { outline: `2px solid ${tokens.colorPaletteRedBorder2}`, outlineOffset: '-2px', fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Rows and columns shown around the target cells. */
const CONTEXT_ROWS = 6;
const MAX_ROWS = 40;
const MAX_COLS = 14;
/** At most this many sheets are previewed for one finding. */
const MAX_SHEETS = 3;

export interface PreviewTarget {
  locations: Location[];
  severity: Severity;
  /** Heading, e.g. the finding's message. */
  label?: string;
}

/** One grid per sheet the finding involves (the narrative cell and the table cell, say). */
export function SheetPreview({ workbook, target }: { workbook: Workbook; target: PreviewTarget }): React.ReactElement {
  const s = useStyles();
  const sheets = [...new Set(target.locations.filter((l) => l.sheet && l.cell).map((l) => l.sheet))].slice(0, MAX_SHEETS);
  if (!sheets.length) {
    return (
      <section className={s.root} aria-label="单元格预览" data-testid="sheet-preview">
        <Caption1 className={s.muted}>这条问题不在工作簿的单元格中（例如粘贴的情况说明），没有可预览的单元格。</Caption1>
      </section>
    );
  }
  return (
    <section className={s.root} aria-label="单元格预览" data-testid="sheet-preview">
      {target.label && <Text weight="semibold">{target.label}</Text>}
      {sheets.map((name) => (
        <SheetGrid key={name} workbook={workbook} sheetName={name} target={target} />
      ))}
    </section>
  );
}

/** A text cell's full text with the quoted fragments highlighted (several claims of one cell in one view). */
function QuotedText({ text, spans }: { text: string; spans: [number, number][] }): React.ReactElement {
  const s = useStyles();
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue; // overlapping quote: the first one is enough
    parts.push(text.slice(at, start), <mark key={start} className={s.mark}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return (
    <Caption1 className={s.quote} data-testid="preview-quote">
      {parts}
    </Caption1>
  );
}

/** The text of the cell a location points at ('' when it is not a cell of this sheet). */
function cellText(sheet: Sheet, address: string): string {
  try {
    const a = parseRange(address);
    return cellAt(sheet, a.top, a.left)?.text ?? '';
  } catch {
    return '';
  }
}

function SheetGrid({ workbook, sheetName, target }: { workbook: Workbook; sheetName: string; target: PreviewTarget }): React.ReactElement | null {
  const s = useStyles();
  const cellLocs = target.locations.filter((l) => l.sheet === sheetName && l.cell);
  const sheet = workbook.sheets.find((x) => x.name === sheetName);
  const targetRef = React.useRef<HTMLTableCellElement>(null);

  const targets = new Set<string>();
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  for (const l of cellLocs) {
    if (l.sheet !== sheetName) continue;
    try {
      const r = parseRange(l.cell);
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) targets.add(`${row}:${col}`);
      top = Math.min(top, r.top);
      bottom = Math.max(bottom, r.bottom);
      left = Math.min(left, r.left);
      right = Math.max(right, r.right);
    } catch {
      // not a cell address
    }
  }

  React.useEffect(() => {
    targetRef.current?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [target]);

  if (!sheet || !targets.size) return null;
  // quoted fragments, one block per cell
  const quotes = new Map<string, { text: string; spans: [number, number][] }>();
  for (const l of cellLocs) {
    if (l.start === undefined || l.end === undefined) continue;
    const text = cellText(sheet, l.cell);
    if (!text || l.end > text.length) continue;
    const q = quotes.get(l.cell) ?? { text, spans: [] };
    q.spans.push([l.start, l.end]);
    quotes.set(l.cell, q);
  }

  const firstRow = Math.max(1, top - CONTEXT_ROWS);
  const lastRow = Math.min(Math.max(sheet.rowCount, bottom), Math.max(bottom + CONTEXT_ROWS, firstRow + 12), firstRow + MAX_ROWS - 1);
  const firstCol = Math.max(1, Math.min(left - 1, right - MAX_COLS + 1));
  const lastCol = Math.min(Math.max(sheet.colCount, right), firstCol + MAX_COLS - 1);
  const rows: number[] = [];
  for (let r = firstRow; r <= lastRow; r++) rows.push(r);
  const cols: number[] = [];
  for (let c = firstCol; c <= lastCol; c++) cols.push(c);
  let firstTargetSeen = false;

  return (
    <div className={s.grid} data-testid="preview-sheet" data-sheet={sheet.name}>
      <div className={s.head}>
        <Text weight="semibold">{sheet.name}</Text>
        <Caption1 className={s.muted} data-testid="preview-cells">
          {[...new Set(cellLocs.map((l) => l.cell))].join('，')}
        </Caption1>
      </div>
      {[...quotes].map(([cell, q]) => (
        <QuotedText key={cell} text={q.text} spans={q.spans} />
      ))}
      <div className={s.scroller}>
        <table className={s.table}>
          <thead>
            <tr>
              <th className={s.hdr} />
              {cols.map((c) => (
                <th key={c} className={s.hdr} scope="col">
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th className={s.rowHdr} scope="row">
                  {r}
                </th>
                {cols.map((c) => {
                  const cell = cellAt(sheet, r, c);
                  const hit = targets.has(`${r}:${c}`);
                  const ref = hit && !firstTargetSeen ? targetRef : undefined;
                  if (hit) firstTargetSeen = true;
                  return (
                    <td
                      key={c}
                      ref={ref}
                      className={mergeClasses(s.cell, cell?.type === 'number' && s.number, hit && s.target)}
                      style={hit ? { backgroundColor: MARK_COLORS[target.severity] } : undefined}
                      title={cell?.text}
                      data-cell={`${columnLetter(c)}${r}`}
                      data-highlighted={hit ? 'true' : undefined}
                    >
                      {cell?.text ?? ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
