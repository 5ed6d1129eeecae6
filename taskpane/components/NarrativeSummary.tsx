import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { TextBulletListSquare20Regular } from '@fluentui/react-icons';
import type { FileReport, Finding, Severity } from '../../src/core/report';
import type { UntiedClaim } from '../../src/core/narrative/coverage';
import {
  classifiedLine,
  coverageCounts,
  coverageLine,
  locationLabel,
  narrativeFindings,
  SEVERITY_NAMES,
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
  message: { overflowWrap: 'anywhere' },
  sectionTitle: { fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalXS} 0 0` },
  accordionHeader: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: { marginLeft: 0, marginRight: 0 },
});

const BADGE_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

function FindingItem({ finding }: { finding: Finding }): React.ReactElement {
  const s = useStyles();
  const first = finding.locations[0];
  const where = first ? locationLabel(first) : '';
  const more = finding.locations.length > 1 ? ` 等 ${finding.locations.length} 处` : '';
  return (
    <li className={s.item} data-testid="narrative-finding">
      <div className={s.itemHead}>
        <Badge appearance="tint" size="small" color={BADGE_COLOR[finding.severity]}>
          {SEVERITY_NAMES[finding.severity]}
        </Badge>
        {where && (
          <Caption1 className={s.where} title={where + more}>
            {where}
            {more}
          </Caption1>
        )}
      </div>
      <Text className={s.message}>{finding.message}</Text>
    </li>
  );
}

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
export function NarrativeSummary({
  report,
  defaultOpen = false,
  showFindings = true,
}: {
  report: FileReport;
  defaultOpen?: boolean;
  /** False when the findings list of the pane already shows the narrative findings. */
  showFindings?: boolean;
}): React.ReactElement {
  const s = useStyles();
  const c = report.narrative;
  const counts = coverageCounts(c);
  const findings = narrativeFindings(report);
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
      {showFindings && findings.length > 0 && (
        <>
          <Text className={s.sectionTitle} as="h3" size={300}>
            情况说明的问题（{findings.length} 个）
          </Text>
          <ul className={s.list} aria-label="情况说明的问题" data-testid="narrative-findings">
            {findings.map((f, i) => (
              <FindingItem key={`${i}:${f.fingerprint ?? ''}`} finding={f} />
            ))}
          </ul>
        </>
      )}
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
