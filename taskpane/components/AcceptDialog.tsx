/** Accept a finding with a reason (出错说明): who and why are stored with it. */
import * as React from 'react';
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Tag,
  TagGroup,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import type { Finding } from '../../src/core/report';

const useStyles = makeStyles({
  actions: { flexWrap: 'wrap' },
  /** Fits a 350-px pane: the surface keeps a small margin and its content wraps. */
  surface: { maxWidth: 'min(600px, calc(100vw - 24px))', boxSizing: 'border-box', overflowWrap: 'anywhere' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  message: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  tags: { flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** Reasons accountants give most often. */
const COMMON_REASONS = ['尾差，系统自动生成', '口径不同，已核实无误', '按规定不公开此项', '上级下达数据，不可修改'];

export function AcceptDialog({
  finding,
  userName,
  onAccept,
  onCancel,
}: {
  finding: Finding | null;
  userName: string;
  onAccept: (reason: string, by: string) => void;
  onCancel: () => void;
}): React.ReactElement {
  const s = useStyles();
  const [reason, setReason] = React.useState('');
  const [by, setBy] = React.useState(userName);
  React.useEffect(() => {
    setReason('');
    setBy(userName);
  }, [finding, userName]);
  const ok = reason.trim().length > 0;
  return (
    <Dialog open={finding !== null} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby="accept-message" className={s.surface} data-testid="accept-surface">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (ok) onAccept(reason.trim(), by.trim());
          }}
        >
          <DialogBody>
            <DialogTitle>接受这条问题</DialogTitle>
            <DialogContent className={s.content}>
              <Caption1 id="accept-message" className={s.message}>
                {finding?.message}
              </Caption1>
              <Field label="出错说明（原因）" required hint="数值不变时，重新检查也保持已接受；数值一变，问题会重新出现。">
                <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" data-testid="accept-reason" autoFocus />
              </Field>
              <TagGroup className={s.tags} aria-label="常用说明" onDismiss={undefined}>
                {COMMON_REASONS.map((r) => (
                  <Tag key={r} size="small" appearance="outline" as="button" onClick={() => setReason(r)}>
                    {r}
                  </Tag>
                ))}
              </TagGroup>
              <Field label="接受人" hint="记录在工作簿中，审阅人可以看到。">
                <Input value={by} onChange={(_, d) => setBy(d.value)} placeholder="未署名" data-testid="accept-by" />
              </Field>
            </DialogContent>
            <DialogActions className={s.actions}>
              <Button appearance="secondary" onClick={onCancel}>
                取消
              </Button>
              <Button appearance="primary" type="submit" disabled={!ok} data-testid="accept-confirm">
                接受
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
