/**
 * Parts of one finding item: its values (应为 only when the evidence decides which side is wrong,
 * otherwise both sides; differences of percentages in 个百分点) and its consequences — the findings
 * that follow from the same defect — folded under it and expandable.
 */
import * as React from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import type { Finding } from '../../src/core/report';
import { findingValues } from '../../src/core/review/present';
import { messageWithoutLocation } from '../../src/core/review/roots';
import { locationLabel } from '../../src/core/narrative/source';

const useStyles = makeStyles({
  values: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  diff: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  toggle: { alignSelf: 'flex-start', minWidth: 0, paddingLeft: 0, color: tokens.colorNeutralForeground2 },
  list: { listStyle: 'none', margin: 0, padding: `0 0 0 ${tokens.spacingHorizontalM}`, borderLeft: `2px solid ${tokens.colorNeutralStroke2}` },
  item: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    cursor: 'pointer',
    outlineStyle: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  where: { color: tokens.colorNeutralForeground3 },
  text: { overflowWrap: 'anywhere' },
});

export function ValuesLine({ finding }: { finding: Finding }): React.ReactElement | null {
  const s = useStyles();
  const v = findingValues(finding);
  if (!v.expected && !v.actual && !v.difference) return null;
  return (
    <Caption1 className={s.values} data-testid="finding-values">
      {v.expected && <span>应为 {v.expected}</span>}
      {v.other ? (
        <span>
          一边 {v.actual || '—'}，另一边 {v.other}
        </span>
      ) : (
        v.actual && <span>实为 {v.actual}</span>
      )}
      {v.difference && (
        <span className={s.diff}>
          差 {v.difference}
          {v.unit ? ` ${v.unit}` : ''}
        </span>
      )}
    </Caption1>
  );
}

/** The consequences of a root cause, folded; each one locates its own cells. */
export function Consequences({ finding, onLocate }: { finding: Finding; onLocate: (f: Finding) => void }): React.ReactElement | null {
  const s = useStyles();
  const [open, setOpen] = React.useState(false);
  const list = finding.consequences ?? [];
  if (list.length === 0) return null;
  const label = finding.rootCause?.kind === 'rounding-table' ? `逐条查看 ${list.length} 处尾差` : `由此引起 ${list.length} 处`;
  return (
    <>
      <Button
        className={s.toggle}
        size="small"
        appearance="transparent"
        icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
        aria-expanded={open}
        data-testid="consequences-toggle"
        onClick={(e) => {
          e.stopPropagation();
          setOpen(!open);
        }}
        onKeyDown={(e) => e.stopPropagation()}
      >
        {label}
        {finding.rootCause ? `：${finding.rootCause.summary}` : ''}
      </Button>
      {open && (
        <ul className={s.list} data-testid="consequences">
          {list.map((c, i) => {
            const first = c.locations[0];
            const locate = (e: React.SyntheticEvent) => {
              e.stopPropagation();
              onLocate(c);
            };
            return (
              <li
                key={`${c.fingerprint ?? ''}-${i}`}
                className={s.item}
                tabIndex={0}
                role="button"
                data-testid="consequence"
                onClick={locate}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    locate(e);
                  }
                }}
              >
                <Caption1 className={s.where}>{first ? locationLabel(first) : ''}</Caption1>
                <Caption1 className={s.text}>{messageWithoutLocation(c)}</Caption1>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
