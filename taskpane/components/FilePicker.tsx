import * as React from 'react';
import { Button, Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { DocumentAdd20Regular, FolderOpen20Regular } from '@fluentui/react-icons';
import { droppedFiles, workbooksOf } from '../folder';

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
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', justifyContent: 'center' },
});

/** File and folder inputs with drag-and-drop (a folder is searched for workbooks); files are read in the browser and never uploaded. */
export function FilePicker({ onFiles, disabled, compact }: { onFiles: (files: File[]) => void; disabled?: boolean; compact?: boolean }): React.ReactElement {
  const s = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const folder = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);
  const take = (list: File[]) => {
    const files = workbooksOf(list);
    if (files.length) onFiles(files);
  };
  React.useEffect(() => {
    // not a React prop: set the folder picker's attribute on the element
    folder.current?.setAttribute('webkitdirectory', '');
  }, []);
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
        void droppedFiles(e.dataTransfer).then(take);
      }}
    >
      {!compact && <Text>将工作簿（.xlsx、.xls、.et、.ods）或整个文件夹拖到此处，或</Text>}
      <div className={s.buttons}>
        <Button appearance="primary" icon={<DocumentAdd20Regular />} disabled={disabled} onClick={() => input.current?.click()}>
          {compact ? '选择其他文件' : '选择文件'}
        </Button>
        <Button icon={<FolderOpen20Regular />} disabled={disabled} onClick={() => folder.current?.click()} data-testid="pick-folder">
          选择文件夹
        </Button>
      </div>
      <input
        ref={input}
        className={s.hidden}
        type="file"
        accept=".xlsx,.xlsm,.xls,.et,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet"
        multiple
        aria-label="选择 Excel 工作簿"
        data-testid="file-input"
        onChange={(e) => {
          take(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      <input
        ref={folder}
        className={s.hidden}
        type="file"
        multiple
        aria-label="选择文件夹"
        data-testid="folder-input"
        onChange={(e) => {
          take(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      <Caption1>{compact ? '也可以把文件拖到这里。' : '文件只在本机浏览器中读取，不会上传。'}</Caption1>
    </div>
  );
}
