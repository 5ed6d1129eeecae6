import * as React from 'react';
import { Badge, Caption1, Card, CardHeader, makeStyles, MessageBar, MessageBarBody, Text, tokens, Tooltip } from '@fluentui/react-components';
import { DocumentTable20Regular } from '@fluentui/react-icons';
import { KIND_NAMES, type TableKind } from '../../src/core/recognize/types';
import { describeDocument, type FileReport, type SheetReport } from '../../src/core/report';
import { NarrativeSummary } from './NarrativeSummary';

const useStyles = makeStyles({
  card: { marginBottom: tokens.spacingVerticalM },
  facts: { display: 'block', color: tokens.colorNeutralForeground2, marginBottom: tokens.spacingVerticalS },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { flexGrow: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  range: { color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
  kind: { color: tokens.colorNeutralForeground2 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

function SheetItem({ sheet, report }: { sheet: SheetReport; report: FileReport }): React.ReactElement {
  const s = useStyles();
  const tables = report.tables.filter((t) => t.sheet === sheet.name);
  const unknown = report.unrecognised.filter((u) => u.sheet === sheet.name);
  return (
    <li className={s.item} data-testid="sheet-item">
      <div className={s.line}>
        <Text className={s.name} title={sheet.name}>
          {sheet.name}
        </Text>
        {sheet.visibility !== 'visible' && (
          <Badge appearance="outline" color="informative" size="small">
            隐藏
          </Badge>
        )}
        <Caption1 className={s.range}>{sheet.range ?? '空表'}</Caption1>
      </div>
      {tables.map((t) => (
        <div key={t.range} className={s.line} data-testid="table-item">
          <Caption1 className={s.kind}>{KIND_NAMES[t.kind as TableKind] ?? t.kind}</Caption1>
          <Caption1 className={s.range}>{t.range}</Caption1>
          {t.titleDisagreement && (
            <Tooltip content={t.titleDisagreement} relationship="description">
              <Badge appearance="tint" color="warning" size="small" tabIndex={0}>
                标题不符
              </Badge>
            </Tooltip>
          )}
        </div>
      ))}
      {unknown.map((u) => (
        <Caption1 key={u.range} className={s.warn} data-testid="unrecognised-item">
          未识别（{u.range}）：{u.reason}
        </Caption1>
      ))}
    </li>
  );
}

export function FileReportCard({ report }: { report: FileReport }): React.ReactElement {
  const s = useStyles();
  return (
    <Card className={s.card} data-testid="file-report">
      <CardHeader
        image={<DocumentTable20Regular />}
        header={<Text weight="semibold">{report.path}</Text>}
        description={
          report.error ? undefined : (
            <Caption1>
              {report.sheets.length} 张工作表 · 识别 {report.tables.length} 张表
              {report.unrecognised.length ? `，未识别 ${report.unrecognised.length} 处` : ''}
            </Caption1>
          )
        }
      />
      {report.error ? (
        <MessageBar intent="error">
          <MessageBarBody>{report.error}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Text className={s.facts} data-testid="document-facts">
            {describeDocument(report.document)}
          </Text>
          <NarrativeSummary report={report} />
          <ul className={s.list} aria-label="工作表与表格">
            {report.sheets.map((sheet) => (
              <SheetItem key={sheet.name} sheet={sheet} report={report} />
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
