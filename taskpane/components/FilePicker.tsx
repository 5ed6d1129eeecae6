import * as React from 'react';
import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { DocumentAdd20Regular, FolderOpen20Regular } from '@fluentui/react-icons';

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
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', justifyContent: 'center' },
});

/**
 * The empty page's invitation to choose workbooks. The file input itself is the page's (the
 * command bar's 打开 button uses it too), and files can be dropped anywhere on the page; they are
 * read in the browser and never uploaded.
 */
export function FilePicker({ onBrowse, onBrowseFolder, disabled }: { onBrowse: () => void; onBrowseFolder?: () => void; disabled?: boolean }): React.ReactElement {
  const s = useStyles();
  return (
    <div className={s.zone} data-testid="file-picker">
      <Text>将工作簿（.xlsx、.xls、.et、.ods）或整个文件夹拖到此处，或</Text>
      <div className={s.buttons}>
        <Button appearance="primary" icon={<DocumentAdd20Regular />} disabled={disabled} onClick={onBrowse}>
          选择文件
        </Button>
        {onBrowseFolder && (
          <Button icon={<FolderOpen20Regular />} disabled={disabled} onClick={onBrowseFolder} data-testid="pick-folder">
            选择文件夹
          </Button>
        )}
      </div>
      <Caption1>文件只在本机浏览器中读取，不会上传。</Caption1>
    </div>
  );
}
