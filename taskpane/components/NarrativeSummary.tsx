import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { TextBulletListSquare20Regular } from '@fluentui/react-icons';
import type { FileReport } from '../../src/core/report';
import type { UntiedClaim } from '../../src/core/narrative/coverage';
import {
  classifiedLine,
  coverageCounts,
  coverageHeadline,
  coverageLine,
  locationLabel,
  sourceLabel,
  splitAround,
} from '../narrative';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  icon: { flexShrink: 0, color: tokens.colorBrandForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    ':last-child': { borderBottom: 'none' },
  },
  itemHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  where: { color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  quote: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  number: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorPaletteYellowBackground2 },
  summaryHeader: { minWidth: 0 },
  headline: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  panel: { marginLeft: 0, marginRight: 0 },
});

function UntiedItem({ claim }: { claim: UntiedClaim }): React.ReactElement {
  const s = useStyles();
  const where = locationLabel(claim.location);
  const parts = splitAround(claim.context, claim.text);
  return (
    <li className={s.item} data-testid="untied-claim">
      <div className={s.itemHead}>
        <Text weight="semibold">{claim.text}</Text>
        {where && (
          <Caption1 className={s.where} title={where}>
            {where}
          </Caption1>
        )}
      </div>
      <Caption1 className={s.quote}>
        “
        {parts ? (
          <>
            {parts[0]}
            <mark className={s.number}>{parts[1]}</mark>
            {parts[2]}
          </>
        ) : (
          claim.context
        )}
        ”
      </Caption1>
    </li>
  );
}

/**
 * The narrative tie-out of one file (its findings are in the findings list), collapsed behind one
 * line with its counts: opened, the full coverage line, the source, the classified numbers and the
 * numbers that could not be checked.
 */
export function NarrativeSummary({ report, defaultOpen = false }: { report: FileReport; defaultOpen?: boolean }): React.ReactElement {
  const s = useStyles();
  const c = report.narrative;
  const counts = coverageCounts(c);
  const untied = c.untied ?? [];
  const source = sourceLabel(c);
  const classified = classifiedLine(c);
  return (
    <Accordion collapsible defaultOpenItems={defaultOpen ? ['coverage'] : []}>
      <AccordionItem value="coverage">
        <AccordionHeader size="small" className={s.summaryHeader} icon={<TextBulletListSquare20Regular className={s.icon} aria-hidden />} data-testid="narrative-summary-toggle">
          <span className={s.headline}>{coverageHeadline(c)}</span>
        </AccordionHeader>
        <AccordionPanel className={s.panel}>
          <section className={s.root} aria-label="情况说明核对" data-testid="narrative-summary">
            <Text data-testid="narrative-coverage">{coverageLine(c)}</Text>
            {source && <Caption1 className={s.muted}>{source}</Caption1>}
            {classified && <Caption1 className={s.muted}>{classified}</Caption1>}
            {untied.length > 0 && (
              <>
                <Caption1 className={s.muted} data-testid="untied-toggle">
                  未能核对的数字（{counts.untied} 个）
                </Caption1>
                <ul className={s.list} aria-label="未能核对的数字" data-testid="untied-list">
                  {untied.map((u, i) => (
                    <UntiedItem key={i} claim={u} />
                  ))}
                </ul>
              </>
            )}
          </section>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
