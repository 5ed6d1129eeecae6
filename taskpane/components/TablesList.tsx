import * as React from 'react';
import { Badge, Button, Caption1, makeStyles, Text, tokens, Tooltip } from '@fluentui/react-components';
import { KIND_NAMES, type TableKind } from '../../src/core/recognize/types';
import type { FileReport, SheetReport } from '../../src/core/report';
import type { AssignTarget } from './MappingDialog';

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

/** The top-left cell of a range ("A1:F28" → "A1"). */
const topLeft = (range: string): string => range.split(':')[0];

function SheetItem({ sheet, report, onAssign }: { sheet: SheetReport; report: FileReport; onAssign?: (t: AssignTarget) => void }): React.ReactElement {
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
          {t.evidence?.some((e) => e.startsWith('用户指定')) && (
            <Badge appearance="outline" color="brand" size="small">
              用户指定
            </Badge>
          )}
          {t.titleDisagreement && (
            <Tooltip content={t.titleDisagreement} relationship="description">
              <Badge appearance="tint" color="warning" size="small" tabIndex={0}>
                标题不符
              </Badge>
            </Tooltip>
          )}
          {onAssign && t.kind !== 'narrative' && (
            <Button
              size="small"
              appearance="transparent"
              data-testid="assign-table"
              onClick={() => onAssign({ type: 'table', sheet: t.sheet, at: topLeft(t.range), range: t.range, title: t.title || null, current: t.kind as TableKind })}
            >
              更改类型
            </Button>
          )}
        </div>
      ))}
      {unknown.map((u) => (
        <div key={u.range} className={s.line}>
          <Caption1 className={s.warn} data-testid="unrecognised-item">
            {u.column ? `未能对应的列（${u.range}）` : `未识别（${u.range}）`}：{u.reason}
          </Caption1>
          {onAssign && (
            <Button
              size="small"
              appearance="transparent"
              data-testid={u.column ? 'assign-column' : 'assign-table'}
              onClick={() =>
                onAssign(
                  u.column
                    ? { type: 'column', sheet: u.sheet, at: topLeft(u.range), column: u.column.letter, header: u.column.header, current: null }
                    : { type: 'table', sheet: u.sheet, at: topLeft(u.range), range: u.range, title: u.title, current: null },
                )
              }
            >
              {u.column ? '指定含义' : '指定类型'}
            </Button>
          )}
        </div>
      ))}
    </li>
  );
}

/**
 * The sheets of a workbook and the tables recognised on each (collapsed under the findings);
 * with `onAssign`, a table's kind and a column's meaning can be told by hand.
 */
export function TablesList({ report, onAssign }: { report: FileReport; onAssign?: (t: AssignTarget) => void }): React.ReactElement {
  const s = useStyles();
  return (
    <ul className={s.list} aria-label="工作表与表格">
      {report.sheets.map((sheet) => (
        <SheetItem key={sheet.name} sheet={sheet} report={report} onAssign={onAssign} />
      ))}
    </ul>
  );
}
