import * as React from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle1,
  Text,
  tokens,
  Toolbar,
} from '@fluentui/react-components';
import { ArrowClockwise20Regular, CheckmarkCircle20Regular } from '@fluentui/react-icons';
import type { FileReport } from '../src/core/report';
import type { HostMode } from './environment';
import { FilePicker } from './components/FilePicker';
import { FileReportCard } from './components/FileReportCard';
import { NarrativePaste } from './components/NarrativePaste';
import { narrativeApplies, notAppliedNotice, pastedNarrative } from './narrative';
import { checkFiles, checkOpenWorkbook } from './sources';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100vh', boxSizing: 'border-box' },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  logo: { width: '24px', height: '24px' },
  title: { flexGrow: 1 },
  toolbar: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  main: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  empty: { color: tokens.colorNeutralForeground2 },
  resultsBar: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type State =
  | { phase: 'idle' }
  | { phase: 'working'; label: string; progress?: number }
  | {
      phase: 'done';
      reports: FileReport[];
      /** The narrative text as it was when the check ran (to tell when it has been edited since). */
      narrativeText: string;
      /** Set when a pasted narrative was not used (several files). */
      notice?: string;
    };

export function App({ mode }: { mode: HostMode }): React.ReactElement {
  const s = useStyles();
  const [state, setState] = React.useState<State>({ phase: 'idle' });
  const [narrativeText, setNarrativeText] = React.useState('');
  const [lastFiles, setLastFiles] = React.useState<File[] | null>(null);
  const working = state.phase === 'working';

  const checkExcel = async () => {
    const text = narrativeText;
    setState({ phase: 'working', label: '正在读取工作簿…' });
    const report = await checkOpenWorkbook(
      (done, total) => setState({ phase: 'working', label: `正在读取工作簿…（${done}/${total}）`, progress: total ? done / total : undefined }),
      pastedNarrative(text),
    );
    setState({ phase: 'done', reports: [report], narrativeText: text });
  };

  const checkChosen = async (files: File[]) => {
    const text = narrativeText;
    const narrative = pastedNarrative(text);
    setLastFiles(files);
    setState({ phase: 'working', label: `正在读取 ${files.length} 个文件…` });
    const reports = await checkFiles(
      files,
      (i) => setState({ phase: 'working', label: `正在读取：${files[i].name}（${i + 1}/${files.length}）`, progress: i / files.length }),
      narrative,
    );
    const notice = narrative && !narrativeApplies(files.length) ? notAppliedNotice(files.length) : undefined;
    setState({ phase: 'done', reports, narrativeText: text, notice });
  };

  const edited = state.phase === 'done' && state.narrativeText !== narrativeText;

  return (
    <div className={s.root}>
      <header className={s.header}>
        <img className={s.logo} src="assets/icon-32.png" alt="" />
        <Subtitle1 className={s.title} as="h1">
          预算审核
        </Subtitle1>
        <Badge appearance="tint" color={mode === 'excel' ? 'brand' : 'informative'} data-testid="mode">
          {mode === 'excel' ? 'Excel' : '独立网页版'}
        </Badge>
      </header>
      {mode === 'excel' && (
        <Toolbar className={s.toolbar} aria-label="命令">
          <Button appearance="primary" icon={<CheckmarkCircle20Regular />} onClick={checkExcel} disabled={working}>
            检查
          </Button>
        </Toolbar>
      )}
      <main className={s.main}>
        {state.phase === 'idle' && (
          <Body1 className={s.empty}>
            {mode === 'excel'
              ? '点击“检查”，读取当前工作簿中的预算/决算公开表格。数据只在本机处理，不会上传。'
              : '选择一个或多个部门预算/决算公开工作簿（.xlsx），在浏览器中检查。'}
          </Body1>
        )}
        {mode === 'standalone' && <FilePicker onFiles={checkChosen} disabled={working} />}
        <NarrativePaste value={narrativeText} onChange={setNarrativeText} disabled={working} />
        {state.phase === 'working' && (
          <div role="status" aria-live="polite">
            <Text>{state.label}</Text>
            <ProgressBar value={state.progress} />
          </div>
        )}
        {state.phase === 'done' && (
          <section className={s.results} aria-label="检查结果" data-testid="results">
            {mode === 'standalone' && lastFiles && (
              <div className={s.resultsBar}>
                <Caption1 className={s.muted}>
                  已检查 {lastFiles.length === 1 ? lastFiles[0].name : `${lastFiles.length} 个文件`}
                </Caption1>
                <Button size="small" icon={<ArrowClockwise20Regular />} onClick={() => void checkChosen(lastFiles)} data-testid="recheck">
                  重新检查
                </Button>
              </div>
            )}
            {edited && (
              <MessageBar intent="info" data-testid="narrative-edited">
                <MessageBarBody>情况说明已修改，{mode === 'excel' ? '点击“检查”' : '点击“重新检查”'}后生效。</MessageBarBody>
              </MessageBar>
            )}
            {state.notice && (
              <MessageBar intent="warning" data-testid="narrative-notice">
                <MessageBarBody>{state.notice}</MessageBarBody>
              </MessageBar>
            )}
            <div>
              {state.reports.map((r, i) => (
                <FileReportCard key={`${r.path}-${i}`} report={r} />
              ))}
            </div>
          </section>
        )}
      </main>
    </div>
  );
}
