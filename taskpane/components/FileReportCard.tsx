import * as React from 'react';
import { Badge, Caption1, Card, CardHeader, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { DocumentTable20Regular } from '@fluentui/react-icons';
import { describeDocument, type FileReport } from '../../src/core/report';

const useStyles = makeStyles({
  card: { marginBottom: tokens.spacingVerticalM },
  facts: { display: 'block', color: tokens.colorNeutralForeground2, marginBottom: tokens.spacingVerticalS },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  name: { flexGrow: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  range: { color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
});

export function FileReportCard({ report }: { report: FileReport }): React.ReactElement {
  const s = useStyles();
  return (
    <Card className={s.card} data-testid="file-report">
      <CardHeader
        image={<DocumentTable20Regular />}
        header={<Text weight="semibold">{report.path}</Text>}
        description={report.error ? undefined : <Caption1>{report.sheets.length} 张工作表</Caption1>}
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
          <ul className={s.list} aria-label="工作表">
            {report.sheets.map((sheet) => (
              <li key={sheet.name} className={s.item} data-testid="sheet-item">
                <Text className={s.name} title={sheet.name}>
                  {sheet.name}
                </Text>
                {sheet.visibility !== 'visible' && (
                  <Badge appearance="outline" color="informative" size="small">
                    隐藏
                  </Badge>
                )}
                <Caption1 className={s.range}>{sheet.range ?? '空表'}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
