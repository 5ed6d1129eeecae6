/** Asks before the drafted 情况说明 is written over cells that are not empty (Excel). */
import * as React from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { useStyles } from './styles';

/** `cells`: the non-empty cells the draft would cover (null: the dialog is closed). */
export function OverwriteDialog({ cells, onAnswer }: { cells: string[] | null; onAnswer: (overwrite: boolean) => void }): React.ReactElement {
  const s = useStyles();
  return (
    <Dialog open={cells !== null} onOpenChange={(_, d) => !d.open && cells !== null && onAnswer(false)}>
      <DialogSurface className={s.dialog}>
        <DialogBody>
          <DialogTitle>覆盖已有内容？</DialogTitle>
          <DialogContent>
            所选位置已有 {cells?.length ?? 0} 个非空单元格（{cells?.slice(0, 6).join('、')}
            {(cells?.length ?? 0) > 6 ? '…' : ''}）。写入会覆盖这些内容。
          </DialogContent>
          <DialogActions>
            <Button onClick={() => onAnswer(false)} data-testid="overwrite-cancel">
              取消
            </Button>
            <Button appearance="primary" onClick={() => onAnswer(true)} data-testid="overwrite-confirm">
              覆盖
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
