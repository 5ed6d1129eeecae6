import * as React from 'react';
import {
  Badge,
  Body1,
  Button,
  makeStyles,
  ProgressBar,
  Subtitle1,
  Text,
  tokens,
  Toolbar,
} from '@fluentui/react-components';
import { CheckmarkCircle20Regular } from '@fluentui/react-icons';
import type { FileReport } from '../src/core/report';
import type { HostMode } from './environment';
import { FilePicker } from './components/FilePicker';
import { FileReportCard } from './components/FileReportCard';
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
});

type State =
  | { phase: 'idle' }
  | { phase: 'working'; label: string; progress?: number }
  | { phase: 'done'; reports: FileReport[] };

export function App({ mode }: { mode: HostMode }): React.ReactElement {
  const s = useStyles();
  const [state, setState] = React.useState<State>({ phase: 'idle' });
  const working = state.phase === 'working';

  const checkExcel = async () => {
    setState({ phase: 'working', label: '正在读取工作簿…' });
    const report = await checkOpenWorkbook((done, total) =>
      setState({ phase: 'working', label: `正在读取工作簿…（${done}/${total}）`, progress: total ? done / total : undefined }),
    );
    setState({ phase: 'done', reports: [report] });
  };

  const checkChosen = async (files: File[]) => {
    setState({ phase: 'working', label: `正在读取 ${files.length} 个文件…` });
    const reports = await checkFiles(files, (i) =>
      setState({ phase: 'working', label: `正在读取：${files[i].name}（${i + 1}/${files.length}）`, progress: i / files.length }),
    );
    setState({ phase: 'done', reports });
  };

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
        {mode === 'standalone' && <FilePicker onFiles={checkChosen} disabled={working} />}
        {state.phase === 'idle' && (
          <Body1 className={s.empty}>
            {mode === 'excel'
              ? '点击“检查”，读取当前工作簿中的预算/决算公开表格。数据只在本机处理，不会上传。'
              : '选择一个或多个部门预算/决算公开工作簿（.xlsx），在浏览器中检查。'}
          </Body1>
        )}
        {state.phase === 'working' && (
          <div role="status" aria-live="polite">
            <Text>{state.label}</Text>
            <ProgressBar value={state.progress} />
          </div>
        )}
        {state.phase === 'done' && (
          <section aria-label="检查结果" data-testid="results">
            {state.reports.map((r, i) => (
              <FileReportCard key={`${r.path}-${i}`} report={r} />
            ))}
          </section>
        )}
      </main>
    </div>
  );
}
