/** The pane's command bar: check (Excel) or check again (page), open files, mark, export, draft, more, settings. */
import * as React from 'react';
import { Menu, MenuDivider, MenuItem, MenuList, MenuPopover, MenuTrigger, Toolbar, ToolbarButton, Tooltip } from '@fluentui/react-components';
import {
  ArrowClockwise20Regular,
  ArrowDownload20Regular,
  CheckmarkCircle20Regular,
  DismissCircle20Regular,
  DocumentEdit20Regular,
  FolderOpen20Regular,
  MoreHorizontal20Regular,
  PaintBrush20Regular,
  Settings20Regular,
  TableSimple20Regular,
} from '@fluentui/react-icons';
import type { CheckedFile } from '../session';
import { openFindings } from './actions';
import { useStyles } from './styles';

export interface CommandBarProps {
  excel: boolean;
  reviewer: boolean;
  working: boolean;
  files: CheckedFile[];
  /** The page: files were chosen, so they can be checked again. */
  canRecheck: boolean;
  /** A workbook to draft the 情况说明 from (Excel: the open one). */
  canDraft: boolean;
  /** The draft view is open. */
  drafting: boolean;
  onCheck: () => void;
  onRecheck: () => void;
  onOpenFiles: () => void;
  onMark: () => void;
  onClear: () => void;
  onExportSheet: () => void;
  onExport: (ext: 'csv' | 'xlsx') => void;
  onDownloadMarked: (index: number) => void;
  onDownloadCorrected: (index: number) => void;
  onToggleDraft: () => void;
  onOpenSettings: () => void;
}

export function CommandBar(props: CommandBarProps): React.ReactElement {
  const { excel, reviewer, working, files, canRecheck, canDraft, drafting } = props;
  const { onCheck, onRecheck, onOpenFiles, onMark, onClear, onExportSheet, onExport, onDownloadMarked, onDownloadCorrected, onToggleDraft, onOpenSettings } = props;
  const s = useStyles();
  const readable = files.filter((f) => !f.report.error);
  const hasFindings = files.some((f) => f.report.findings.length > 0);
  return (
    <Toolbar className={s.toolbar} aria-label="命令" size="small" data-testid="command-bar">
      {excel ? (
        <ToolbarButton appearance="primary" icon={<CheckmarkCircle20Regular />} onClick={onCheck} disabled={working} data-testid="check">
          检查
        </ToolbarButton>
      ) : (
        <ToolbarButton
          appearance="primary"
          icon={<ArrowClockwise20Regular />}
          onClick={onRecheck}
          disabled={working || !canRecheck}
          data-testid="recheck"
        >
          重新检查
        </ToolbarButton>
      )}
      {!excel && (
        <Tooltip content="选择工作簿（也可以把文件拖到页面上）" relationship="label">
          <ToolbarButton icon={<FolderOpen20Regular />} onClick={onOpenFiles} disabled={working} data-testid="open-files" />
        </Tooltip>
      )}
      {excel && (
        <Tooltip content={reviewer ? '审阅模式下不写入工作簿' : '给有问题的单元格加填充颜色和批注；原格式会被记录，可随时清除'} relationship="description">
          <ToolbarButton icon={<PaintBrush20Regular />} onClick={onMark} disabled={working || reviewer || !files[0] || !!files[0].report.error || !openFindings(files[0]).length} data-testid="mark">
            标记
          </ToolbarButton>
        </Tooltip>
      )}
      {!excel && (
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <ToolbarButton icon={<ArrowDownload20Regular />} disabled={working || readable.length === 0} data-testid="export">
              导出
            </ToolbarButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={() => onExport('xlsx')} disabled={!hasFindings} data-testid="export-xlsx">
                问题清单（.xlsx）
              </MenuItem>
              <MenuItem onClick={() => onExport('csv')} disabled={!hasFindings} data-testid="export-csv">
                问题清单（.csv）
              </MenuItem>
              <MenuDivider />
              {files.map((f, i) =>
                f.report.error || !f.bytes ? null : (
                  <MenuItem key={`m-${i}`} onClick={() => onDownloadMarked(i)} data-testid="download-marked">
                    下载标记副本{files.length > 1 ? `：${f.name}` : ''}
                  </MenuItem>
                ),
              )}
              {files.map((f, i) =>
                f.edits?.length && f.bytes ? (
                  <MenuItem key={`c-${i}`} onClick={() => onDownloadCorrected(i)} data-testid="download-corrected">
                    下载改正后的副本{files.length > 1 ? `：${f.name}` : ''}
                  </MenuItem>
                ) : null,
              )}
            </MenuList>
          </MenuPopover>
        </Menu>
      )}
      <Tooltip content="根据表格起草情况说明：金额、占比、增减和年份按表格生成，只留原因待填" relationship="description">
        <ToolbarButton
          icon={<DocumentEdit20Regular />}
          onClick={onToggleDraft}
          disabled={working || !canDraft}
          aria-pressed={drafting}
          data-testid="generate"
        >
          生成说明
        </ToolbarButton>
      </Tooltip>
      {excel && (
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Tooltip content="更多命令" relationship="label">
              <ToolbarButton icon={<MoreHorizontal20Regular />} disabled={working} data-testid="more" />
            </Tooltip>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem icon={<DismissCircle20Regular />} onClick={onClear} disabled={reviewer} data-testid="clear">
                清除标记
              </MenuItem>
              <MenuItem
                icon={<TableSimple20Regular />}
                onClick={onExportSheet}
                disabled={reviewer || !files[0] || !!files[0].report.error || !files[0].report.findings.length}
                data-testid="export-sheet"
              >
                导出审核结果到新工作表
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      )}
      <Tooltip content="设置" relationship="label">
        <ToolbarButton className={s.toolbarEnd} icon={<Settings20Regular />} onClick={onOpenSettings} disabled={working} data-testid="open-settings" />
      </Tooltip>
    </Toolbar>
  );
}
