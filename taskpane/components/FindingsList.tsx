/**
 * The findings of one workbook: grouped by severity or by table, filterable, each with its
 * message, values and location. Activating a finding (click, Enter or Space) takes the user
 * to its cells; accepted findings sit in a collapsed group with their reasons.
 */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  makeStyles,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItemCheckbox,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  mergeClasses,
  SearchBox,
  Text,
  tokens,
  Tooltip,
} from '@fluentui/react-components';
import { ArrowUndo16Regular, Checkmark16Regular, Filter20Regular, LocationArrow16Regular } from '@fluentui/react-icons';
import type { FileReport, Finding, Severity } from '../../src/core/report';
import type { AcceptedPair, Partition } from '../../src/core/review/accepted';
import { fingerprintOf } from '../../src/core/review/accepted';
import { ACCEPTED_TITLE, acceptanceText, SEVERITY_GROUP_TITLES, filterFindings, groupFindings, severityGroup } from '../../src/core/review/present';
import { findingTable } from '../../src/core/review/rows';
import { locationLabel } from '../../src/core/narrative/source';
import { Consequences, ValuesLine } from './FindingDetails';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  controlRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  search: { flexGrow: 1, minWidth: 0, maxWidth: 'none' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: 'pointer',
    outlineStyle: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  stripe: { position: 'absolute', left: 0, top: '6px', bottom: '6px', width: '3px', borderRadius: '2px' },
  error: { backgroundColor: tokens.colorPaletteRedBorder2 },
  warning: { backgroundColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { backgroundColor: tokens.colorPaletteBlueBorderActive },
  selected: { backgroundColor: tokens.colorBrandBackground2, ':hover': { backgroundColor: tokens.colorBrandBackground2Hover } },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  detail: { padding: `${tokens.spacingVerticalS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  where: { color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', flexGrow: 1 },
  message: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXXS, flexShrink: 0 },
  changed: { color: tokens.colorPaletteDarkOrangeForeground1 },
  reason: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  groupHeader: { fontWeight: tokens.fontWeightSemibold },
  count: { marginLeft: tokens.spacingHorizontalXS },
  panel: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

export interface FindingsActions {
  /** Take the user to the finding's cells. */
  onLocate: (f: Finding) => void;
  /** Accept with a reason (absent in reviewer mode). */
  onAccept?: (f: Finding) => void;
  /** Withdraw an acceptance (absent in reviewer mode). */
  onWithdraw?: (fingerprint: string) => void;
  /** Shown under the selected finding (the sheet preview on a narrow page). */
  detail?: (f: Finding) => React.ReactNode;
}

/** Enter or Space on a list item (not on a button inside it) activates it, as a button would. */
function activateOnKey(activate: () => void): React.KeyboardEventHandler {
  return (e) => {
    if (e.target === e.currentTarget && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      activate();
    }
  };
}

/** An icon button inside a list item: acts without also activating the item. */
function ItemAction({ label, icon, testId, onAct }: { label: string; icon: React.ReactElement; testId?: string; onAct: () => void }): React.ReactElement {
  return (
    <Tooltip content={label} relationship="label">
      <Button
        size="small"
        appearance="subtle"
        icon={icon}
        data-testid={testId}
        onClick={(e) => {
          e.stopPropagation();
          onAct();
        }}
      />
    </Tooltip>
  );
}

function FindingItem({
  report,
  finding,
  selected,
  changed,
  actions,
}: {
  report: FileReport;
  finding: Finding;
  selected: boolean;
  changed?: AcceptedPair;
  actions: FindingsActions;
}): React.ReactElement {
  const s = useStyles();
  const group = severityGroup(finding);
  const first = finding.locations[0];
  const where = [findingTable(report, finding), first ? locationLabel(first) : ''].filter(Boolean).join(' · ');
  const more = finding.locations.length > 1 ? ` 等 ${finding.locations.length} 处` : '';
  const activate = () => actions.onLocate(finding);
  return (
    <li
      className={mergeClasses(s.item, selected && s.selected)}
      tabIndex={0}
      role="button"
      aria-pressed={selected}
      aria-label={`${SEVERITY_GROUP_TITLES[group]}：${finding.message}`}
      data-testid="finding"
      data-rule={finding.rule}
      onClick={activate}
      onKeyDown={activateOnKey(activate)}
    >
      <span className={mergeClasses(s.stripe, s[finding.severity])} aria-hidden />
      <div className={s.head}>
        <Badge className={s.badge} appearance="tint" size="small" color={BADGE[finding.severity]}>
          {SEVERITY_GROUP_TITLES[group]}
        </Badge>
        <Caption1 className={s.where} title={where + more}>
          {where}
          {more}
        </Caption1>
        <div className={s.actions}>
          <ItemAction label="定位到单元格" icon={<LocationArrow16Regular />} onAct={activate} />
          {actions.onAccept && <ItemAction label="接受（填写出错说明）" icon={<Checkmark16Regular />} testId="accept" onAct={() => actions.onAccept?.(finding)} />}
        </div>
      </div>
      <Text className={s.message} data-testid="finding-message">
        {finding.message}
      </Text>
      <ValuesLine finding={finding} />
      <Consequences finding={finding} onLocate={actions.onLocate} />
      {changed && (
        <Caption1 className={s.changed}>
          曾被接受，但数值已变化，需要重新确认（原{acceptanceText(changed.exception)}）
        </Caption1>
      )}
    </li>
  );
}

function AcceptedItem({ pair, onWithdraw, onLocate }: { pair: AcceptedPair; onWithdraw?: (fp: string) => void; onLocate: (f: Finding) => void }): React.ReactElement {
  const s = useStyles();
  const first = pair.finding.locations[0];
  return (
    <li className={s.item} tabIndex={0} role="button" data-testid="accepted-finding" onClick={() => onLocate(pair.finding)}
      onKeyDown={activateOnKey(() => onLocate(pair.finding))}
    >
      <div className={s.head}>
        <Badge className={s.badge} appearance="outline" size="small" color="success">
          已接受
        </Badge>
        <Caption1 className={s.where}>{first ? locationLabel(first) : ''}</Caption1>
        {onWithdraw && <ItemAction label="撤销接受" icon={<ArrowUndo16Regular />} testId="withdraw" onAct={() => onWithdraw(pair.exception.fingerprint)} />}
      </div>
      <Text className={s.message}>{pair.finding.message}</Text>
      <Caption1 className={s.reason} data-testid="accepted-reason">
        {acceptanceText(pair.exception)}
      </Caption1>
    </li>
  );
}

export function FindingsList({
  report,
  partition,
  selected,
  actions,
}: {
  report: FileReport;
  partition: Partition;
  selected: Finding | null;
  actions: FindingsActions;
}): React.ReactElement {
  const s = useStyles();
  const [by, setBy] = React.useState<'severity' | 'table'>('severity');
  const [text, setText] = React.useState('');
  const [severities, setSeverities] = React.useState<Severity[]>([]);
  const shown = filterFindings(partition.open, { text, severities });
  const groups = groupFindings(report, shown, by);
  const changed = new Map(partition.changed.map((p) => [p.finding, p]));
  const [open, setOpen] = React.useState<string[] | null>(null);
  const openItems = open ?? groups.filter((g) => g.key === 'error' || g.key === 'warning' || by === 'table').map((g) => g.key);

  return (
    <section className={s.root} aria-label="问题列表" data-testid="findings">
      <div className={s.controlRow}>
        <SearchBox className={s.search} size="small" placeholder="筛选：科目、表名、单元格…" value={text} onChange={(_, d) => setText(d.value)} aria-label="筛选问题" />
        <Menu
          checkedValues={{ by: [by], severity: severities }}
          onCheckedValueChange={(_, d) => {
            if (d.name === 'by') setBy(d.checkedItems[0] as 'severity' | 'table');
            else setSeverities(d.checkedItems as Severity[]);
          }}
        >
          <MenuTrigger disableButtonEnhancement>
            <Tooltip content="分组与只看某一级别" relationship="label">
              <Button size="small" appearance={severities.length || by === 'table' ? 'primary' : 'subtle'} icon={<Filter20Regular />} data-testid="findings-view" />
            </Tooltip>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuGroup>
                <MenuGroupHeader>分组方式</MenuGroupHeader>
                <MenuItemRadio name="by" value="severity">
                  按级别
                </MenuItemRadio>
                <MenuItemRadio name="by" value="table">
                  按表格
                </MenuItemRadio>
              </MenuGroup>
              <MenuDivider />
              <MenuGroup>
                <MenuGroupHeader>只看</MenuGroupHeader>
                {(['error', 'warning', 'info'] as Severity[]).map((sev) => (
                  <MenuItemCheckbox key={sev} name="severity" value={sev}>
                    {SEVERITY_GROUP_TITLES[sev]}
                  </MenuItemCheckbox>
                ))}
              </MenuGroup>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      <Caption1 className={s.muted} data-testid="findings-total" data-total={partition.open.length + partition.accepted.length}>
        共 {partition.open.length + partition.accepted.length} 条：待处理 {partition.open.length} 条
        {partition.accepted.length ? `，已接受 ${partition.accepted.length} 条` : ''}
        {shown.length !== partition.open.length ? `；筛选后显示 ${shown.length} 条` : ''}
      </Caption1>
      {partition.open.length > 0 && shown.length === 0 && <Caption1 className={s.muted}>没有符合筛选条件的问题。</Caption1>}
      <Accordion collapsible multiple openItems={openItems} onToggle={(_, d) => setOpen(d.openItems as string[])}>
        {groups.map((g) => (
          <AccordionItem key={g.key} value={g.key}>
            <AccordionHeader size="small" data-testid="finding-group">
              <span className={s.groupHeader}>{g.title}</span>
              <Badge className={s.count} appearance="filled" size="small" color={g.key === 'error' ? 'danger' : g.key === 'warning' ? 'warning' : 'informative'}>
                {g.findings.length}
              </Badge>
            </AccordionHeader>
            <AccordionPanel className={s.panel}>
              <ul className={s.list}>
                {/* fingerprints can repeat (two claims of one cell compared with one table cell): the index keeps keys unique */}
                {g.findings.map((f, i) => (
                  <React.Fragment key={`${fingerprintOf(f)}-${i}`}>
                    <FindingItem report={report} finding={f} selected={f === selected} changed={changed.get(f)} actions={actions} />
                    {f === selected && actions.detail && <li className={s.detail}>{actions.detail(f)}</li>}
                  </React.Fragment>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
        {partition.accepted.length > 0 && (
          <AccordionItem value="accepted">
            <AccordionHeader size="small" data-testid="accepted-group">
              <span className={s.groupHeader}>{ACCEPTED_TITLE}</span>
              <Badge className={s.count} appearance="tint" size="small" color="success">
                {partition.accepted.length}
              </Badge>
            </AccordionHeader>
            <AccordionPanel className={s.panel}>
              <ul className={s.list}>
                {partition.accepted.map((p, i) => (
                  <AcceptedItem key={`${p.exception.fingerprint}-${i}`} pair={p} onWithdraw={actions.onWithdraw} onLocate={actions.onLocate} />
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>
    </section>
  );
}
