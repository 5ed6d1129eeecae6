import * as React from 'react';
import { Button, Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { FolderOpen20Regular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  zone: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalL,
    textAlign: 'center',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  active: { border: `1px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  compact: { flexDirection: 'row', justifyContent: 'center', padding: tokens.spacingVerticalS },
  hidden: { display: 'none' },
});

/** File input with drag-and-drop; files are read in the browser and never uploaded. */
export function FilePicker({ onFiles, disabled, compact }: { onFiles: (files: File[]) => void; disabled?: boolean; compact?: boolean }): React.ReactElement {
  const s = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);
  const take = (list: FileList | null) => {
    if (list && list.length) onFiles(Array.from(list));
  };
  return (
    <div
      className={mergeClasses(s.zone, compact && s.compact, over && s.active)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer.files);
      }}
    >
      {!compact && <Text>将 .xlsx 工作簿拖到此处，或</Text>}
      <Button appearance="primary" icon={<FolderOpen20Regular />} disabled={disabled} onClick={() => input.current?.click()}>
        {compact ? '选择其他文件' : '选择文件'}
      </Button>
      <input
        ref={input}
        className={s.hidden}
        type="file"
        accept=".xlsx,.xlsm,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple
        aria-label="选择 Excel 工作簿"
        data-testid="file-input"
        onChange={(e) => {
          take(e.target.files);
          e.target.value = '';
        }}
      />
      <Caption1>{compact ? '也可以把文件拖到这里。' : '文件只在本机浏览器中读取，不会上传。'}</Caption1>
    </div>
  );
}
