import * as React from 'react';
import {
  Badge,
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Menu,
  MenuItem,
  MenuList,
  MenuDivider,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  mergeClasses,
  ProgressBar,
  Subtitle2,
  Text,
  Toolbar,
  ToolbarButton,
  Tooltip,
} from '@fluentui/react-components';
import {
  ArrowClockwise20Regular,
  ArrowDownload20Regular,
  CheckmarkCircle20Regular,
  DismissCircle20Regular,
  Dismiss20Regular,
  DocumentEdit20Regular,
  Eye20Regular,
  FolderOpen20Regular,
  MoreHorizontal20Regular,
  PaintBrush20Regular,
  Settings20Regular,
  TableSimple20Regular,
} from '@fluentui/react-icons';
import { userMessage } from '../src/core/errors';
import type { Finding } from '../src/core/report';
import { acceptFinding, removeAccepted, upsertAccepted, UNKNOWN_USER } from '../src/core/review/accepted';
import { DEFAULT_SETTINGS, type ReviewSettings } from '../src/core/review/settings';
import type { HostMode } from './environment';
import { FilePicker } from './components/FilePicker';
import { droppedFiles, workbooksOf } from './folder';
import { NarrativePaste } from './components/NarrativePaste';
import type { Assignment, AssignTarget } from './components/MappingDialog';
import { withColumn, withTable } from '../src/core/recognize/mapping';
import {
  canUndoFixesInExcel,
  checkOpenWorkbook,
  insertNarrativeInExcel,
  loadReasonsFromExcel,
  storeReasonsInExcel,
  selectInExcel,
  storeAccepted,
  storeSettings,
} from './excel-lazy';
import type { DraftHost, DraftOutput } from './components/DraftPanel';
import { readWorkbookBlob } from './reader';
import { narrativeApplies, notAppliedNotice, pastedNarrative } from './narrative';
import { Later, lazyNamed } from './lazy';
import { downloadActions, excelCommands, openFindings, reviewedReport } from './app/actions';
import { logoUrl, useWide } from './app/helpers';
import { useStyles } from './app/styles';
import type { Phase, Selection, Status } from './app/types';
import { useAutofix } from './app/useAutofix';

// loaded when first shown (taskpane/lazy.tsx); the draft view brings the narrative generator with it
const DraftPanel = lazyNamed(() => import(/* webpackChunkName: "draft" */ './components/DraftPanel').then((m) => m.DraftPanel));
const FileReview = lazyNamed(() => import(/* webpackChunkName: "review" */ './components/FileReview').then((m) => m.FileReview));
const MarkLegend = lazyNamed(() => import('./components/SummaryBar').then((m) => m.MarkLegend));
const AcceptDialog = lazyNamed(() => import('./components/AcceptDialog').then((m) => m.AcceptDialog));
const BatchSummary = lazyNamed(() => import('./components/BatchSummary').then((m) => m.BatchSummary));
const SettingsDialog = lazyNamed(() => import('./components/SettingsDialog').then((m) => m.SettingsDialog));
const MappingDialog = lazyNamed(() => import('./components/MappingDialog').then((m) => m.MappingDialog));
const SheetPreview = lazyNamed(() => import('./components/SheetPreview').then((m) => m.SheetPreview));
const FixTable = lazyNamed(() => import('./components/FixPanel').then((m) => m.FixTable));
import { checkChosenFiles, copyText, download, loadPreferences, loadReasons, recheck, saveFileState, savePreferences, saveReasons, type CheckedFile, type Preferences } from './session';

export function App({ mode }: { mode: HostMode }): React.ReactElement {
  const s = useStyles();
  const wide = useWide(900);
  /** ≥ 1000 px: the draft and the autofix proposals use the wide layout. */
  const wideWork = useWide(1000);
  const excel = mode === 'excel';
  const [phase, setPhase] = React.useState<Phase>({ phase: 'idle' });
  const [files, setFiles] = React.useState<CheckedFile[]>([]);
  /** Several files: the one whose review is open (null: the summary table alone). */
  const [openFile, setOpenFile] = React.useState<number | null>(null);
  const [checkedNarrative, setCheckedNarrative] = React.useState('');
  const [notice, setNotice] = React.useState<string | undefined>();
  const [narrativeText, setNarrativeText] = React.useState('');
  const [lastChosen, setLastChosen] = React.useState<File[] | null>(null);
  const [selected, setSelected] = React.useState<Selection | null>(null);
  const [acceptFor, setAcceptFor] = React.useState<Selection | null>(null);
  const [assignFor, setAssignFor] = React.useState<{ file: number; target: AssignTarget } | null>(null);
  const [settingsOpen, setSettingsOpen] = React.useState(false);
  const [prefs, setPrefs] = React.useState<Preferences>(loadPreferences);
  const [status, setStatus] = React.useState<Status | null>(null);
  const [marked, setMarked] = React.useState(0);
  const [view, setView] = React.useState<'review' | 'draft'>('review');
  const [overwrite, setOverwrite] = React.useState<{ draft: DraftOutput; cells: string[]; resolve: (ok: boolean) => void } | null>(null);
  const [dropping, setDropping] = React.useState(false);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const folderInput = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => {
    // not a React prop: the folder picker's attribute is set on the element
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);
  const working = phase.phase === 'working';
  const reviewer = prefs.reviewer;

  /** Run an action with a busy state and turn any failure into a Chinese message. */
  const filesRef = React.useRef(files);
  filesRef.current = files;
  const run = async (label: string, action: () => Promise<void>) => {
    setPhase({ phase: 'working', label });
    try {
      await action();
    } catch (e) {
      setStatus({ intent: 'error', text: userMessage(e) });
    } finally {
      setPhase({ phase: filesRef.current.length ? 'done' : 'idle' });
    }
  };

  const updateFile = (index: number, next: CheckedFile) => setFiles((list) => list.map((f, i) => (i === index ? next : f)));
  const actions = { files, run, setStatus };
  const { mark, clear, exportSheet } = excelCommands(actions, setMarked);
  const { exportFiles, downloadReviewReport, downloadChecklist, downloadOpinions, downloadMarked, downloadCorrected } = downloadActions(actions);
  const { fixOpen, setFixOpen, setFixUndo, setCanUndoExcel, fixProps, fixPanel } = useAutofix({
    ...actions,
    excel,
    reviewer,
    working,
    wideWork,
    narrativeText,
    setNarrativeText,
    setCheckedNarrative,
    setSelected,
    checkExcelNow: (text) => checkExcelNow(text),
    updateFile,
  });

  // ---- checking ----

  /** Read and check the open workbook (inside a `run`). */
  const checkExcelNow = async (text: string): Promise<CheckedFile> => {
    const file = await checkOpenWorkbook(
      (done, total) => setPhase({ phase: 'working', label: `正在读取工作簿…（${done}/${total} 个单元格）`, progress: total ? done / total : undefined }),
      pastedNarrative(text),
      reviewer && files[0] ? files[0].settings : undefined,
    );
    filesRef.current = [file];
    setFiles([file]);
    setMarked(file.marked);
    setCheckedNarrative(text);
    setNotice(undefined);
    setSelected(null);
    if (!file.report.error) void canUndoFixesInExcel().then(setCanUndoExcel, () => setCanUndoExcel(false));
    return file;
  };

  const checkExcel = () =>
    run('正在读取工作簿…', async () => {
      setStatus(null);
      await checkExcelNow(narrativeText);
    });

  const checkChosen = (chosen: File[]) =>
    run(`正在读取 ${chosen.length} 个文件…`, async () => {
      const text = narrativeText;
      const narrative = pastedNarrative(text);
      const dropped = filesRef.current.some((f) => f.edits?.length);
      setLastChosen(chosen);
      const checked = await checkChosenFiles(
        chosen,
        (i) => setPhase({ phase: 'working', label: `正在读取并检查：${chosen[i].name}（${i + 1}/${chosen.length}）`, progress: i / chosen.length }),
        narrative,
      );
      filesRef.current = checked;
      setFiles(checked);
      setOpenFile(null);
      setCheckedNarrative(text);
      setNotice(narrative && !narrativeApplies(chosen.length) ? notAppliedNotice(chosen.length) : undefined);
      setSelected(null);
      setFixUndo(null);
      setFixOpen(null);
      setStatus(
        dropped
          ? { intent: 'warning', text: '已重新读取原文件：之前在网页中所做的情况说明改正没有保留（如需要，请先“下载改正后的副本”）。' }
          : null,
      );
    });

  // ---- findings actions ----

  const locate = (file: number) => (finding: Finding) => {
    setSelected({ file, finding });
    setFixOpen(null);
    if (!excel) return;
    void selectInExcel(finding.locations)
      .then((ok) => {
        if (!ok) setStatus({ intent: 'info', text: '这条问题在粘贴的情况说明中，不在工作簿的单元格里。' });
      })
      .catch((e: unknown) => setStatus({ intent: 'error', text: userMessage(e) }));
  };

  const persist = async (file: CheckedFile) => {
    if (excel) {
      if (reviewer) return;
      await storeAccepted(file.accepted);
    } else {
      saveFileState(file.name, { accepted: file.accepted, settings: file.settings });
    }
  };

  const accept = (reason: string, by: string) => {
    if (!acceptFor) return;
    const { file: index, finding } = acceptFor;
    const file = files[index];
    const name = by || prefs.userName || UNKNOWN_USER;
    if (by && by !== prefs.userName) {
      const p = { ...prefs, userName: by };
      setPrefs(p);
      savePreferences(p);
    }
    const next = { ...file, accepted: upsertAccepted(file.accepted, acceptFinding(finding, reason, name)) };
    updateFile(index, next);
    setAcceptFor(null);
    void persist(next)
      .then(() => setStatus({ intent: 'success', text: excel ? '已接受，出错说明已保存在工作簿中。' : '已接受，出错说明保存在本浏览器中。' }))
      .catch((e: unknown) => setStatus({ intent: 'error', text: userMessage(e) }));
  };

  const withdraw = (index: number) => (fingerprint: string) => {
    const file = files[index];
    const next = { ...file, accepted: removeAccepted(file.accepted, fingerprint) };
    updateFile(index, next);
    void persist(next).catch((e: unknown) => setStatus({ intent: 'error', text: userMessage(e) }));
  };

  // ---- drafting the narrative ----

  const draftIndex = Math.max(0, selected ? selected.file : files.findIndex((f) => f.workbook !== null));
  const draftFile = files[draftIndex] as CheckedFile | undefined;
  const draftHost: DraftHost = React.useMemo(() => {
    const name = draftFile?.name ?? '';
    return {
      insert:
        excel && !reviewer
          ? async (d, where) => {
              let r = await insertNarrativeInExcel(d, where);
              if (r.status === 'occupied') {
                const cells = r.cells;
                const ok = await new Promise<boolean>((resolve) => setOverwrite({ draft: d, cells, resolve }));
                if (!ok) return '未写入：所选位置已有内容。';
                r = await insertNarrativeInExcel(d, where, true);
              }
              return r.status === 'written' ? `已写入工作表“${r.sheet}”的 ${r.range}。` : '未写入。';
            }
          : undefined,
      downloadDocx: async (d) => {
        const { writeDocx } = await import('../src/hosts/narrative/docx-write');
        download(await writeDocx(d), `${d.title || '情况说明'}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      },
      copy: copyText,
      loadReasons: async () => (excel ? loadReasonsFromExcel() : loadReasons(name)),
      saveReasons: excel ? (reviewer ? undefined : storeReasonsInExcel) : async (r) => saveReasons(name, r),
      readPrior: (f) => readWorkbookBlob(f, f.name),
    };
  }, [excel, reviewer, draftFile?.name]);

  // ---- 手动指定 table kinds and column meanings (kept with the file's settings) ----

  const assign = (a: Assignment) => {
    const target = assignFor;
    setAssignFor(null);
    if (!target) return;
    const file = files[target.file];
    const t = target.target;
    const mapping =
      t.type === 'table' && a.type === 'table'
        ? withTable(file.settings.mapping, { sheet: t.sheet, at: t.at, kind: a.kind })
        : t.type === 'column' && a.type === 'column'
          ? withColumn(file.settings.mapping, { sheet: t.sheet, at: t.at, column: t.column, key: a.key })
          : file.settings.mapping;
    const settings = { ...file.settings, mapping };
    void run('正在按指定重新检查…', async () => {
      const next = await Promise.all(files.map((f, i) => (i === target.file ? recheck(f, settings) : f)));
      setFiles(next);
      setSelected(null);
      if (excel) {
        if (!reviewer) await storeSettings(settings);
      } else saveFileState(file.name, { accepted: file.accepted, settings });
      setStatus({ intent: 'success', text: excel && reviewer ? '已按指定重新检查（审阅模式：未保存到工作簿）。' : '已保存指定并重新检查。' });
    });
  };

  // ---- settings ----

  const saveSettings = (settings: ReviewSettings, p: Preferences) => {
    setSettingsOpen(false);
    setPrefs(p);
    savePreferences(p);
    if (!files.length) return;
    void run('正在按新设置重新检查…', async () => {
      const next = await Promise.all(files.map((f) => recheck(f, settings)));
      setFiles(next);
      setSelected(null);
      if (excel) {
        if (!p.reviewer) await storeSettings(settings);
      } else {
        next.forEach((f) => saveFileState(f.name, { accepted: f.accepted, settings: f.settings }));
      }
      setStatus({ intent: 'success', text: excel && p.reviewer ? '设置已应用（审阅模式：未保存到工作簿）。' : '设置已保存并重新检查。' });
    });
  };

  const done = phase.phase === 'done' || (phase.phase === 'working' && files.length > 0);
  const edited = done && checkedNarrative !== narrativeText;
  const selectedFile = selected ? files[selected.file] : null;
  const settings = files[0]?.settings;
  const hasFindings = files.some((f) => f.report.findings.length > 0);

  /** Under the findings of a file: the mark colours (Excel once marked; on the page, the marked copy and the preview use them). */
  const fileFooter = (index: number): React.ReactNode => (files[index].report.error || (excel && marked === 0) ? null : <MarkLegend />);

  const readable = files.filter((f) => !f.report.error);
  /** Picked or dropped files; a picked folder arrives as a flat list and keeps only its workbooks. */
  const chooseFiles = (list: FileList | File[] | null) => {
    const chosen = workbooksOf(Array.from(list ?? []));
    if (chosen.length) void checkChosen(chosen);
  };
  const drop = excel
    ? {}
    : {
        onDragOver: (e: React.DragEvent) => {
          e.preventDefault();
          if (!dropping) setDropping(true);
        },
        onDragLeave: (e: React.DragEvent) => {
          if (e.currentTarget === e.target) setDropping(false);
        },
        onDrop: (e: React.DragEvent) => {
          e.preventDefault();
          setDropping(false);
          // a dropped folder is walked for its workbooks
          if (!working) void droppedFiles(e.dataTransfer).then(chooseFiles);
        },
      };
  const toggleDraft = () => {
    setFixOpen(null);
    if (view === 'draft') setView('review');
    else if (excel && !draftFile?.workbook) void checkExcel().then(() => setView('draft'));
    else setView('draft');
  };
  const aside: React.ReactNode =
    view !== 'review'
      ? null
      : wideWork && fixOpen !== null && files[fixOpen] && fixProps(fixOpen)
        ? <Later><FixTable {...fixProps(fixOpen)!} onClose={() => setFixOpen(null)} /></Later>
        : !excel && wide && selected && selectedFile?.workbook
          ? <Later label="正在载入预览…"><SheetPreview workbook={selectedFile.workbook} target={{ locations: selected.finding.locations, severity: selected.finding.severity, label: selected.finding.message }} /></Later>
          : null;

  return (
    <div className={mergeClasses(s.root, dropping && s.dropping)} {...drop}>
      <header className={s.header}>
        <img className={s.logo} src={logoUrl()} alt="" />
        <Subtitle2 className={s.title} as="h1">
          预算审核
        </Subtitle2>
        {reviewer && (
          <Badge appearance="tint" color="important" icon={<Eye20Regular />} data-testid="reviewer-badge">
            审阅模式
          </Badge>
        )}
        <Badge appearance="tint" color={excel ? 'brand' : 'informative'} data-testid="mode">
          {excel ? 'Excel' : '独立网页版'}
        </Badge>
      </header>
      <Toolbar className={s.toolbar} aria-label="命令" size="small" data-testid="command-bar">
        {excel ? (
          <ToolbarButton appearance="primary" icon={<CheckmarkCircle20Regular />} onClick={() => void checkExcel()} disabled={working} data-testid="check">
            检查
          </ToolbarButton>
        ) : (
          <ToolbarButton
            appearance="primary"
            icon={<ArrowClockwise20Regular />}
            onClick={() => lastChosen && void checkChosen(lastChosen)}
            disabled={working || !lastChosen}
            data-testid="recheck"
          >
            重新检查
          </ToolbarButton>
        )}
        {!excel && (
          <Tooltip content="选择工作簿（也可以把文件拖到页面上）" relationship="label">
            <ToolbarButton icon={<FolderOpen20Regular />} onClick={() => fileInput.current?.click()} disabled={working} data-testid="open-files" />
          </Tooltip>
        )}
        {excel && (
          <Tooltip content={reviewer ? '审阅模式下不写入工作簿' : '给有问题的单元格加填充颜色和批注；原格式会被记录，可随时清除'} relationship="description">
            <ToolbarButton icon={<PaintBrush20Regular />} onClick={() => void mark()} disabled={working || reviewer || !files[0] || !!files[0].report.error || !openFindings(files[0]).length} data-testid="mark">
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
                <MenuItem onClick={() => void exportFiles('xlsx')} disabled={!hasFindings} data-testid="export-xlsx">
                  问题清单（.xlsx）
                </MenuItem>
                <MenuItem onClick={() => void exportFiles('csv')} disabled={!hasFindings} data-testid="export-csv">
                  问题清单（.csv）
                </MenuItem>
                <MenuDivider />
                {files.map((f, i) =>
                  f.report.error || !f.bytes ? null : (
                    <MenuItem key={`m-${i}`} onClick={() => void downloadMarked(i)} data-testid="download-marked">
                      下载标记副本{files.length > 1 ? `：${f.name}` : ''}
                    </MenuItem>
                  ),
                )}
                {files.map((f, i) =>
                  f.edits?.length && f.bytes ? (
                    <MenuItem key={`c-${i}`} onClick={() => void downloadCorrected(i)} data-testid="download-corrected">
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
            onClick={toggleDraft}
            disabled={working || (!excel && !draftFile?.workbook)}
            aria-pressed={view === 'draft'}
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
                <MenuItem icon={<DismissCircle20Regular />} onClick={() => void clear()} disabled={reviewer} data-testid="clear">
                  清除标记
                </MenuItem>
                <MenuItem
                  icon={<TableSimple20Regular />}
                  onClick={() => void exportSheet()}
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
          <ToolbarButton className={s.toolbarEnd} icon={<Settings20Regular />} onClick={() => setSettingsOpen(true)} disabled={working} data-testid="open-settings" />
        </Tooltip>
      </Toolbar>
      {!excel && (
        <input
          ref={fileInput}
          className={s.hidden}
          type="file"
          accept=".xlsx,.xlsm,.xls,.et,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet"
          multiple
          aria-label="选择 Excel 工作簿"
          data-testid="file-input"
          onChange={(e) => {
            chooseFiles(e.target.files);
            e.target.value = '';
          }}
        />
      )}
      {!excel && (
        <input
          ref={folderInput}
          className={s.hidden}
          type="file"
          multiple
          aria-label="选择文件夹"
          data-testid="folder-input"
          onChange={(e) => {
            chooseFiles(e.target.files);
            e.target.value = '';
          }}
        />
      )}
      <div className={s.body}>
        <main className={mergeClasses(s.main, view === 'draft' && s.mainFull)}>
          {status && (
            <MessageBar intent={status.intent} data-testid="status">
              <MessageBarBody>{status.text}</MessageBarBody>
              <MessageBarActions
                containerAction={<Button appearance="transparent" aria-label="关闭" icon={<Dismiss20Regular />} onClick={() => setStatus(null)} />}
              />
            </MessageBar>
          )}
          {phase.phase === 'idle' && !files.length && (
            <Body1 className={s.empty}>
              {excel
                ? '点击“检查”，读取当前工作簿中的预算/决算公开表格，核对表内、表间和情况说明。数据只在本机处理，不会上传。'
                : '选择一个或多个部门预算/决算公开工作簿（.xlsx），在浏览器中检查。'}
            </Body1>
          )}
          {!excel && view === 'review' && !files.length && <FilePicker onBrowse={() => fileInput.current?.click()} onBrowseFolder={() => folderInput.current?.click()} disabled={working} />}
          {view === 'review' && !files.length && <NarrativePaste value={narrativeText} onChange={setNarrativeText} disabled={working} />}
          {phase.phase === 'working' && (
            <div role="status" aria-live="polite">
              <Text>{phase.label}</Text>
              <ProgressBar value={phase.progress} />
            </div>
          )}
          {view === 'draft' && draftFile && (
            <Later label="正在载入起草功能…">
              <DraftPanel file={draftFile} host={draftHost} onClose={() => setView('review')} wide={wideWork} />
            </Later>
          )}
          {view === 'review' && done && files.length > 0 && (
            <section className={s.results} aria-label="检查结果" data-testid="results">
              {edited && (
                <MessageBar intent="info" data-testid="narrative-edited">
                  <MessageBarBody>情况说明已修改，{excel ? '点击“检查”' : '点击“重新检查”'}后生效。</MessageBarBody>
                </MessageBar>
              )}
              {notice && (
                <MessageBar intent="warning" data-testid="narrative-notice">
                  <MessageBarBody>{notice}</MessageBarBody>
                </MessageBar>
              )}
              {!excel && (
                <Later>
                  <BatchSummary
                    files={files.map((f) => ({ ...f, report: reviewedReport(f) }))}
                    open={openFile}
                    onOpen={(i) => {
                      setOpenFile(i);
                      setSelected(null);
                    }}
                    onDownloadReport={() => void downloadReviewReport()}
                    onDownloadChecklist={() => void downloadChecklist()}
                    onDownloadOpinions={() => void downloadOpinions()}
                    disabled={working}
                  />
                </Later>
              )}
              <Later label="正在载入检查结果…">
                <div>
                {files.map((f, i) => (excel || files.length < 2 || openFile === i) && (
                  <FileReview
                    key={`${f.name}-${i}`}
                    file={f}
                    selected={selected?.file === i ? selected.finding : null}
                    footer={fileFooter(i)}
                    fixes={fixPanel(i)}
                    onAssign={f.workbook ? (target: AssignTarget) => setAssignFor({ file: i, target }) : undefined}
                    actions={{
                      onLocate: locate(i),
                      onAccept: reviewer && excel ? undefined : (finding) => setAcceptFor({ file: i, finding }),
                      onWithdraw: reviewer && excel ? undefined : withdraw(i),
                      detail:
                        !excel && !wide && f.workbook
                          ? (finding) => <Later label="正在载入预览…"><SheetPreview workbook={f.workbook!} target={{ locations: finding.locations, severity: finding.severity }} /></Later>
                          : undefined,
                    }}
                  />
                ))}
                </div>
              </Later>
              <NarrativePaste value={narrativeText} onChange={setNarrativeText} disabled={working} />
            </section>
          )}
        </main>
        {aside && (
          <aside className={s.preview} aria-label={fixOpen !== null ? '自动改正建议' : '单元格预览'}>
            {aside}
          </aside>
        )}
      </div>
      <Dialog open={overwrite !== null} onOpenChange={(_, d) => !d.open && overwrite && (overwrite.resolve(false), setOverwrite(null))}>
        <DialogSurface className={s.dialog}>
          <DialogBody>
            <DialogTitle>覆盖已有内容？</DialogTitle>
            <DialogContent>
              所选位置已有 {overwrite?.cells.length ?? 0} 个非空单元格（{overwrite?.cells.slice(0, 6).join('、')}
              {(overwrite?.cells.length ?? 0) > 6 ? '…' : ''}）。写入会覆盖这些内容。
            </DialogContent>
            <DialogActions>
              <Button onClick={() => (overwrite?.resolve(false), setOverwrite(null))}>取消</Button>
              <Button appearance="primary" onClick={() => (overwrite?.resolve(true), setOverwrite(null))} data-testid="overwrite-confirm">
                覆盖
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {/* the dialogs are loaded when first opened, and mounted only while open */}
      {acceptFor && (
        <Later>
          <AcceptDialog finding={acceptFor.finding} userName={prefs.userName} onAccept={accept} onCancel={() => setAcceptFor(null)} />
        </Later>
      )}
      {assignFor && (
        <Later>
          <MappingDialog target={assignFor.target} excel={excel} onSave={assign} onCancel={() => setAssignFor(null)} />
        </Later>
      )}
      {settingsOpen && (
        <Later>
      <SettingsDialog
        open={settingsOpen}
        settings={settings ?? DEFAULT_SETTINGS}
        workbookLoaded={!!settings}
        preferences={prefs}
        excel={excel}
        onSave={saveSettings}
        onCancel={() => setSettingsOpen(false)}
      />
        </Later>
      )}
    </div>
  );
}
