/** The counts of one checked workbook (errors, warnings, 尾差, 规范性, accepted) and the mark legend. */
import * as React from 'react';
import { Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircle20Filled } from '@fluentui/react-icons';
import { MARK_LEGEND } from '../../src/core/review/marks';
import { summaryLine, type SummaryCounts } from '../../src/core/review/present';

const useStyles = makeStyles({
  line: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    minWidth: 0,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    fontVariantNumeric: 'tabular-nums',
  },
  count: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, flexShrink: 0 },
  dot: { display: 'inline-block', width: '8px', height: '8px', borderRadius: '50%' },
  number: { fontWeight: tokens.fontWeightSemibold },
  error: { backgroundColor: tokens.colorPaletteRedBorder2 },
  warning: { backgroundColor: tokens.colorPaletteDarkOrangeBorder2 },
  rounding: { backgroundColor: tokens.colorPaletteBlueBorderActive },
  accepted: { backgroundColor: tokens.colorPaletteGreenBorder2 },
  label: { color: tokens.colorNeutralForeground2 },
  clean: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorPaletteGreenForeground1 },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center', color: tokens.colorNeutralForeground2 },
  swatch: { display: 'inline-block', width: '12px', height: '12px', marginRight: '4px', verticalAlign: 'middle', border: `1px solid ${tokens.colorNeutralStroke1}` },
  extra: { color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0, flexShrink: 1 },
});

/**
 * One line of counts (错误 · 警告 · 尾差 · 已接受), so that the findings start right below it in a
 * 350-px pane; the other counts (规范性, 情况说明, 提示, 未执行的检查) follow in grey as far as the
 * line allows and in full in the tooltip.
 */
export function SummaryBar({ counts }: { counts: SummaryCounts }): React.ReactElement {
  const s = useStyles();
  const main = [
    { key: 'error', label: '错误', n: counts.error, cls: s.error },
    { key: 'warning', label: '警告', n: counts.warning, cls: s.warning },
    { key: 'rounding', label: '尾差', n: counts.rounding, cls: s.rounding },
    { key: 'accepted', label: '已接受', n: counts.accepted, cls: s.accepted },
  ];
  const extra = [
    counts.compliance ? `规范性 ${counts.compliance}` : '',
    counts.narrative ? `情况说明 ${counts.narrative}` : '',
    counts.info ? `提示 ${counts.info}` : '',
    counts.skipped ? `未执行的检查 ${counts.skipped}` : '',
  ].filter(Boolean);
  const full = [summaryLine(counts), extra.length ? `其中 ${extra.join(' · ')}` : ''].filter(Boolean).join('；');
  if (counts.open === 0) {
    return (
      <div className={s.clean} data-testid="summary" title={full}>
        <CheckmarkCircle20Filled />
        <Text weight="semibold" data-testid="summary-clean">
          {counts.accepted ? `没有待处理的问题（已接受 ${counts.accepted} 条）` : '未发现问题'}
        </Text>
      </div>
    );
  }
  return (
    <div className={s.line} data-testid="summary" title={full} aria-label={`问题统计：${full}`}>
      {main.map((t) => (
        <span key={t.key} className={s.count} data-testid={`count-${t.key}`}>
          <span className={mergeClasses(s.dot, t.cls)} aria-hidden />
          <Caption1 className={s.label}>{t.label}</Caption1>
          <Caption1 className={s.number}>{t.n}</Caption1>
        </span>
      ))}
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
