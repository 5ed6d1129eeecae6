/**
 * The batch view of the standalone page: one row per checked file (文件, 单位, 年度, 类型, 错误,
 * 警告, 审核清单, 说明 — the CLI's summary table), each row opening that file's review, and the
 * reviewer's two downloads: the review workbook (.xlsx) and the 审核意见 (.docx, in a .zip when
 * there are several files).
 */
import * as React from 'react';
import {
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, ArrowLeft20Regular, FolderZip20Regular } from '@fluentui/react-icons';
import { SUMMARY_COLUMNS, summaryCell, summaryRow } from '../../src/core/review/summary';
import type { CheckedFile } from '../session';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalM },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  scroll: { overflowX: 'auto' },
  // the page is as narrow as a task pane: size columns by content, scroll sideways when needed
  table: { tableLayout: 'auto', width: 'max-content', minWidth: '100%' },
  cell: { whiteSpace: 'nowrap' },
  row: { cursor: 'pointer', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' } },
  open: { backgroundColor: tokens.colorBrandBackground2 },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  errors: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  // the errors and warnings should be in view in a 420 px column: names and units wrap
  file: { whiteSpace: 'normal', overflowWrap: 'anywhere', minWidth: '96px', maxWidth: '130px' },
  unit: { whiteSpace: 'normal', minWidth: '5em', maxWidth: '7em' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Columns shown: the summary's, 说明 only when a file could not be read. */
function columnsFor(files: CheckedFile[]) {
  const unreadable = files.some((f) => f.report.error);
  return SUMMARY_COLUMNS.filter((c) => c.key !== 'note' || unreadable);
}

export function BatchSummary({
  files,
  open,
  onOpen,
  onDownloadReport,
  onDownloadChecklist,
  onDownloadOpinions,
  disabled,
}: {
  files: CheckedFile[];
  /** The file whose review is shown, or null for the summary alone. */
  open: number | null;
  onOpen: (index: number | null) => void;
  onDownloadReport: () => void;
  /** The 检查表 workbook alone (检查项 | 是否合格 | 问题 | 位置, one sheet per file). */
  onDownloadChecklist?: () => void;
  onDownloadOpinions: () => void;
  disabled?: boolean;
}): React.ReactElement {
  const s = useStyles();
  const columns = columnsFor(files);
  const rows = files.map((f) => summaryRow(f.report, f.name));
  const downloads = (
    <div className={s.bar}>
      <Button size="small" icon={<ArrowDownload20Regular />} onClick={onDownloadReport} disabled={disabled} data-testid="download-review-report">
        下载审核结果（.xlsx）
      </Button>
      {onDownloadChecklist && (
        <Button size="small" icon={<ArrowDownload20Regular />} onClick={onDownloadChecklist} disabled={disabled} data-testid="download-checklist">
          下载检查表（.xlsx）
        </Button>
      )}
      <Button size="small" icon={<FolderZip20Regular />} onClick={onDownloadOpinions} disabled={disabled} data-testid="download-opinions">
        {files.length > 1 ? '下载审核意见（.zip）' : '下载审核意见（.docx）'}
      </Button>
    </div>
  );
  if (files.length < 2) return <section className={s.root} aria-label="审核结果下载">{downloads}</section>;
  if (open !== null) {
    return (
      <section className={s.root} aria-label="汇总" data-testid="batch-back">
        <div className={s.bar}>
          <Button size="small" appearance="subtle" icon={<ArrowLeft20Regular />} onClick={() => onOpen(null)} data-testid="back-to-summary">
            返回汇总（{files.length} 个文件）
          </Button>
          <Caption1 className={s.muted}>
            第 {open + 1} 个，共 {files.length} 个
          </Caption1>
        </div>
      </section>
    );
  }
  return (
    <section className={s.root} aria-label="汇总" data-testid="batch-summary">
      <Text weight="semibold">汇总：{files.length} 个文件</Text>
      {downloads}
      <div className={s.scroll}>
        <Table size="extra-small" className={s.table} aria-label="每个文件的检查结果">
          <TableHeader>
            <TableRow>
              {columns.map((c) => (
                <TableHeaderCell key={c.key} className={mergeClasses(s.cell, c.numeric && s.num)}>
                  {c.title}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r, i) => (
              <TableRow
                key={`${r.file}-${i}`}
                className={s.row}
                tabIndex={0}
                role="button"
                aria-label={`打开 ${r.file} 的检查结果`}
                data-testid="batch-row"
                onClick={() => onOpen(i)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onOpen(i);
                  }
                }}
              >
                {columns.map((c) => (
                  <TableCell
                    key={c.key}
                    data-column={c.key}
                    className={mergeClasses(s.cell, c.numeric && s.num, c.key === 'errors' && (r.errors ?? 0) > 0 && s.errors, c.key === 'file' && s.file, c.key === 'unit' && s.unit)}
                  >
                    {summaryCell(r, c.key)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Caption1 className={s.muted}>错误、警告按根本原因计；审核清单尚未提供，以“—”表示。点击一行查看该文件的检查结果。</Caption1>
    </section>
  );
}
