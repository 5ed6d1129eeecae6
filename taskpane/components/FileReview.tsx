/**
 * One checked workbook, findings first: the name and document facts, one line of counts, the
 * narrative tie-out and the autofix proposals each collapsed behind one line, then the findings
 * list — or, on its tab beside it, the 检查表 (the reviewer's checklist); under it the mark legend
 * and the recognised tables. In a 350-px pane the first finding is on the first screen after a check.
 */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DocumentTable20Regular } from '@fluentui/react-icons';
import { describeDocument, type Finding } from '../../src/core/report-base';
import { partitionFindings } from '../../src/core/review/accepted';
import { summaryCounts } from '../../src/core/review/present';
import { checklistCell, reportWithAccepted } from '../../src/core/checklist';
import { ChecklistView } from './ChecklistView';
import type { CheckedFile } from '../session';
import { FindingsList, type FindingsActions } from './FindingsList';
import { NarrativeSummary } from './NarrativeSummary';
import { SummaryBar } from './SummaryBar';
import { TablesList } from './TablesList';
import type { AssignTarget } from './MappingDialog';

const useStyles = makeStyles({
  card: { marginBottom: tokens.spacingVerticalM, gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS },
  facts: { color: tokens.colorNeutralForeground2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', display: 'block' },
  header: { minWidth: 0 },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', display: 'block' },
  tablesHeader: { color: tokens.colorNeutralForeground2 },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

export function FileReview({
  file,
  selected,
  actions,
  footer,
  fixes,
  onAssign,
}: {
  file: CheckedFile;
  selected: Finding | null;
  actions: FindingsActions;
  /** Under the findings (the mark legend). */
  footer?: React.ReactNode;
  /** Autofix proposals for the narrative (one line until opened). */
  fixes?: React.ReactNode;
  /** Tell a table's kind or a column's meaning by hand (absent in reviewer mode). */
  onAssign?: (t: AssignTarget) => void;
}): React.ReactElement {
  const s = useStyles();
  const report = file.report;
  const partition = React.useMemo(() => partitionFindings(report.findings, file.accepted), [report, file.accepted]);
  // the 检查表 counts accepted findings (出错说明) as cleared
  const reviewed = React.useMemo(() => reportWithAccepted(report, partition.accepted.map((p) => p.finding)), [report, partition]);
  const counts = summaryCounts(report, partition);
  const unreadColumns = report.unrecognised.filter((u) => u.column).length;
  const [view, setView] = React.useState<'findings' | 'checklist'>('findings');
  return (
    <Card className={s.card} data-testid="file-report" aria-label={`检查结果：${file.name}`}>
      <CardHeader
        className={s.header}
        image={<DocumentTable20Regular />}
        header={
          <Text weight="semibold" className={s.name} title={file.name}>
            {file.name}
          </Text>
        }
        description={
          report.error ? undefined : (
            <Caption1 className={s.facts} data-testid="document-facts" title={describeDocument(report.document)}>
              {describeDocument(report.document)}
            </Caption1>
          )
        }
      />
      {report.error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>无法检查</MessageBarTitle>
            {report.error}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <SummaryBar counts={counts} />
          {unreadColumns > 0 && (
            <MessageBar intent="warning" data-testid="unread-notice">
              <MessageBarBody>{unreadColumns} 列金额未能识别含义，相关检查未执行（未当作 0）；可在“工作表与识别的表格”中指定。</MessageBarBody>
            </MessageBar>
          )}
          <NarrativeSummary report={report} />
          {fixes}
          <TabList className={s.tabs} size="small" selectedValue={view} onTabSelect={(_, d) => setView(d.value === 'checklist' ? 'checklist' : 'findings')} data-testid="view-tabs">
            <Tab value="findings" data-testid="tab-findings">
              问题
            </Tab>
            <Tab value="checklist" data-testid="tab-checklist">
              检查表{reviewed.checklistSummary ? ` ${checklistCell(reviewed.checklistSummary)}` : ''}
            </Tab>
          </TabList>
          {view === 'findings' ? (
            <>
              <FindingsList report={report} partition={partition} selected={selected} actions={actions} />
              {footer}
            </>
          ) : (
            <ChecklistView
              report={reviewed}
              onSelect={(f) => {
                setView('findings');
                actions.onLocate(f);
              }}
            />
          )}
          <Accordion collapsible>
            <AccordionItem value="tables">
              <AccordionHeader size="small" className={s.tablesHeader} data-testid="tables-toggle">
                工作表与识别的表格（{report.sheets.length} 张工作表，{report.tables.length} 张表
                {report.unrecognised.length ? `，未识别 ${report.unrecognised.length} 处` : ''}）
              </AccordionHeader>
              <AccordionPanel>
                <TablesList report={report} onAssign={onAssign} />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
    </Card>
  );
}
