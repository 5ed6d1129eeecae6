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
    marginBottom: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  head: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  icon: { flexShrink: 0, marginTop: '1px', color: tokens.colorBrandForeground1 },
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
  accordionHeader: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
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

/** The narrative tie-out of one file: coverage line, narrative findings, and the claims that could not be checked. */
/** The narrative tie-out's coverage and untied claims (its findings are in the pane's findings list). */
export function NarrativeSummary({ report, defaultOpen = false }: { report: FileReport; defaultOpen?: boolean }): React.ReactElement {
  const s = useStyles();
  const c = report.narrative;
  const counts = coverageCounts(c);
  const untied = c.untied ?? [];
  const source = sourceLabel(c);
  const classified = classifiedLine(c);
  return (
    <section className={s.root} aria-label="情况说明核对" data-testid="narrative-summary">
      <div className={s.head}>
        <TextBulletListSquare20Regular className={s.icon} aria-hidden />
        <Text data-testid="narrative-coverage">{coverageLine(c)}</Text>
      </div>
      {source && <Caption1 className={s.muted}>{source}</Caption1>}
      {classified && <Caption1 className={s.muted}>{classified}</Caption1>}
      {untied.length > 0 && (
        <Accordion collapsible defaultOpenItems={defaultOpen ? ['untied'] : []}>
          <AccordionItem value="untied">
            <AccordionHeader className={s.accordionHeader} size="small" data-testid="untied-toggle">
              未能核对的数字（{counts.untied} 个）
            </AccordionHeader>
            <AccordionPanel className={s.panel}>
              <ul className={s.list} aria-label="未能核对的数字" data-testid="untied-list">
                {untied.map((u, i) => (
                  <UntiedItem key={i} claim={u} />
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </section>
  );
}
