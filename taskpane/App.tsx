import * as React from 'react';
import { Badge, Body1, Button, MessageBar, MessageBarActions, MessageBarBody, mergeClasses, ProgressBar, Subtitle2, Text } from '@fluentui/react-components';
import { Dismiss20Regular, Eye20Regular } from '@fluentui/react-icons';
import { userMessage } from '../src/core/errors';
import { DEFAULT_SETTINGS } from '../src/core/review/settings';
import type { HostMode } from './environment';
import { FilePicker } from './components/FilePicker';
import { droppedFiles, workbooksOf } from './folder';
import { NarrativePaste } from './components/NarrativePaste';
import type { AssignTarget } from './components/MappingDialog';
import { canUndoFixesInExcel, checkOpenWorkbook } from './excel-lazy';
import { narrativeApplies, notAppliedNotice, pastedNarrative } from './narrative';
import { Later, lazyNamed } from './lazy';
import { checkChosenFiles, loadPreferences, type CheckedFile, type Preferences } from './session';
import { downloadActions, excelCommands, reviewedReport } from './app/actions';
import { CommandBar } from './app/CommandBar';
import { findingActions } from './app/findingActions';
import { logoUrl, useWide } from './app/helpers';
import { OverwriteDialog } from './app/OverwriteDialog';
import { settingsActions } from './app/settingsActions';
import { useStyles } from './app/styles';
import type { Phase, Selection, Status } from './app/types';
import { useAutofix } from './app/useAutofix';
import { useDraftHost, type OverwriteQuestion } from './app/useDraftHost';

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
  const [overwrite, setOverwrite] = React.useState<OverwriteQuestion | null>(null);
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
  const { locate, accept, withdraw } = findingActions({ ...actions, excel, reviewer, prefs, setPrefs, setSelected, setFixOpen, updateFile });
  const { assign, saveSettings } = settingsActions({ ...actions, excel, reviewer, setFiles, setSelected, setPrefs });

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

  // ---- drafting the narrative ----

  const draftIndex = Math.max(0, selected ? selected.file : files.findIndex((f) => f.workbook !== null));
  const draftFile = files[draftIndex] as CheckedFile | undefined;
  const draftHost = useDraftHost(excel, reviewer, draftFile?.name ?? '', setOverwrite);

  const done = phase.phase === 'done' || (phase.phase === 'working' && files.length > 0);
  const edited = done && checkedNarrative !== narrativeText;
  const selectedFile = selected ? files[selected.file] : null;
  const settings = files[0]?.settings;

  /** Under the findings of a file: the mark colours (Excel once marked; on the page, the marked copy and the preview use them). */
  const fileFooter = (index: number): React.ReactNode => (files[index].report.error || (excel && marked === 0) ? null : <MarkLegend />);

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
      <CommandBar
        excel={excel}
        reviewer={reviewer}
        working={working}
        files={files}
        canRecheck={!!lastChosen}
        canDraft={excel || !!draftFile?.workbook}
        drafting={view === 'draft'}
        onCheck={() => void checkExcel()}
        onRecheck={() => lastChosen && void checkChosen(lastChosen)}
        onOpenFiles={() => fileInput.current?.click()}
        onMark={() => void mark()}
        onClear={() => void clear()}
        onExportSheet={() => void exportSheet()}
        onExport={(ext) => void exportFiles(ext)}
        onDownloadMarked={(i) => void downloadMarked(i)}
        onDownloadCorrected={(i) => void downloadCorrected(i)}
        onToggleDraft={toggleDraft}
        onOpenSettings={() => setSettingsOpen(true)}
      />
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
      <OverwriteDialog
        cells={overwrite?.cells ?? null}
        onAnswer={(ok) => {
          overwrite?.resolve(ok);
          setOverwrite(null);
        }}
      />
      {/* the dialogs are loaded when first opened, and mounted only while open */}
      {acceptFor && (
        <Later>
          <AcceptDialog
            finding={acceptFor.finding}
            userName={prefs.userName}
            onAccept={(reason, by) => {
              accept(acceptFor, reason, by);
              setAcceptFor(null);
            }}
            onCancel={() => setAcceptFor(null)}
          />
        </Later>
      )}
      {assignFor && (
        <Later>
          <MappingDialog
            target={assignFor.target}
            excel={excel}
            onSave={(a) => {
              setAssignFor(null);
              assign(assignFor, a);
            }}
            onCancel={() => setAssignFor(null)}
          />
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
            onSave={(next, p) => {
              setSettingsOpen(false);
              saveSettings(next, p);
            }}
            onCancel={() => setSettingsOpen(false)}
          />
        </Later>
      )}
    </div>
  );
}
