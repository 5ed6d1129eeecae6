/** The counts of one checked workbook (errors, warnings, 尾差, 规范性, accepted) and the mark legend. */
import * as React from 'react';
import { Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircle20Filled } from '@fluentui/react-icons';
import { MARK_LEGEND } from '../../src/core/review/marks';
import type { SummaryCounts } from '../../src/core/review/present';

const useStyles = makeStyles({
  tiles: { display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: tokens.spacingHorizontalXS },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
  },
  number: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500, fontVariantNumeric: 'tabular-nums' },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  rounding: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  accepted: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  label: { color: tokens.colorNeutralForeground2 },
  clean: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorPaletteGreenForeground1 },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center', color: tokens.colorNeutralForeground2 },
  swatch: { display: 'inline-block', width: '12px', height: '12px', marginRight: '4px', verticalAlign: 'middle', border: `1px solid ${tokens.colorNeutralStroke1}` },
  extra: { color: tokens.colorNeutralForeground3 },
});

export function SummaryBar({ counts }: { counts: SummaryCounts }): React.ReactElement {
  const s = useStyles();
  const tiles = [
    { key: 'error', label: '错误', n: counts.error, cls: s.error },
    { key: 'warning', label: '警告', n: counts.warning, cls: s.warning },
    { key: 'rounding', label: '尾差', n: counts.rounding, cls: s.rounding },
    { key: 'accepted', label: '已接受', n: counts.accepted, cls: s.accepted },
  ];
  const extra = [
    counts.compliance ? `其中规范性 ${counts.compliance}` : '',
    counts.narrative ? `情况说明 ${counts.narrative}` : '',
    counts.info ? `提示 ${counts.info}` : '',
    counts.skipped ? `未执行的检查 ${counts.skipped}` : '',
  ].filter(Boolean);
  return (
    <div data-testid="summary">
      {counts.open === 0 ? (
        <div className={s.clean} data-testid="summary-clean">
          <CheckmarkCircle20Filled />
          <Text weight="semibold">{counts.accepted ? `没有待处理的问题（已接受 ${counts.accepted} 条）` : '未发现问题'}</Text>
        </div>
      ) : (
        <div className={s.tiles}>
          {tiles.map((t) => (
            <div key={t.key} className={mergeClasses(s.tile, t.cls)} data-testid={`count-${t.key}`}>
              <span className={s.number}>{t.n}</span>
              <Caption1 className={s.label}>{t.label}</Caption1>
            </div>
          ))}
        </div>
      )}
      {extra.length > 0 && <Caption1 className={s.extra}>{extra.join(' · ')}</Caption1>}
    </div>
  );
}

export function MarkLegend(): React.ReactElement {
  const s = useStyles();
  return (
    <Caption1 className={s.legend} data-testid="legend">
      <span>单元格标记：</span>
      {MARK_LEGEND.map((l) => (
        <span key={l.severity}>
          <span className={s.swatch} style={{ backgroundColor: l.color }} />
          {l.label}
        </span>
      ))}
    </Caption1>
  );
}
