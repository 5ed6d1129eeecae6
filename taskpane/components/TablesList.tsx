import * as React from 'react';
import { Badge, Caption1, makeStyles, Text, tokens, Tooltip } from '@fluentui/react-components';
import { KIND_NAMES, type TableKind } from '../../src/core/recognize/types';
import type { FileReport, SheetReport } from '../../src/core/report';

const useStyles = makeStyles({
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

/** The sheets of a workbook and the tables recognised on each (collapsed under the findings). */
export function TablesList({ report }: { report: FileReport }): React.ReactElement {
  const s = useStyles();
  return (
    <ul className={s.list} aria-label="工作表与表格">
      {report.sheets.map((sheet) => (
        <SheetItem key={sheet.name} sheet={sheet} report={report} />
      ))}
    </ul>
  );
}
