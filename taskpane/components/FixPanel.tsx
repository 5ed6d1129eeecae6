/**
 * 自动改正: the narrative's wrong numbers whose right value is certain, old sentence beside the
 * corrected one. Collapsed behind its counts in the pane; at ≥ 1000 px it opens beside the list
 * as a table. One fix (or one group of fixes that only make sense together) is applied with its
 * button; 全部改正 is not the primary action and asks first, listing every change. Findings
 * without a certain fix are listed under 需要人工修改 with why (and the correction that was not
 * safe alone, when there was one).
 */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndo16Regular, Dismiss20Regular, Wrench16Regular } from '@fluentui/react-icons';
import type { FixProposal, NarrativeFix, UnfixableFinding } from '../../src/core/narrative/autofix';
import { locationLabel } from '../narrative';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  grow: { flexGrow: 1, minWidth: 0 },
  headline: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalS} 0`, borderTop: `1px solid ${tokens.colorNeutralStroke3}` },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  where: { flexGrow: 1, color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
  old: { padding: tokens.spacingHorizontalXS, backgroundColor: tokens.colorPaletteRedBackground1, borderRadius: tokens.borderRadiusSmall, overflowWrap: 'anywhere' },
  new: { padding: tokens.spacingHorizontalXS, backgroundColor: tokens.colorPaletteGreenBackground1, borderRadius: tokens.borderRadiusSmall, overflowWrap: 'anywhere' },
  oldNum: { textDecorationLine: 'line-through', color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  newNum: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  panel: { margin: 0 },
  group: { borderLeft: `3px solid ${tokens.colorBrandStroke2}`, paddingLeft: tokens.spacingHorizontalS },
  // wide layout: a table beside the findings list
  wide: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
  th: { textAlign: 'left', padding: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  cellStack: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  td: { verticalAlign: 'top', padding: tokens.spacingVerticalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, overflowWrap: 'anywhere' },
  // confirmation
  surface: { maxWidth: 'min(640px, calc(100vw - 24px))', boxSizing: 'border-box' },
  confirmList: { listStyle: 'none', margin: 0, padding: 0, maxHeight: '50vh', overflowY: 'auto' },
  confirmItem: { padding: `${tokens.spacingVerticalXS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, overflowWrap: 'anywhere' },
  actions: { flexWrap: 'wrap' },
});

function Marked({ sentence, figure, className }: { sentence: string; figure: string; className: string }): React.ReactElement {
  const i = sentence.indexOf(figure);
  if (i < 0) return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, i)}
      <span className={className}>{figure}</span>
      {sentence.slice(i + figure.length)}
    </>
  );
}

/** Fixes in proposal order, those of one group together. */
export function fixGroups(fixes: NarrativeFix[]): NarrativeFix[][] {
  const out = new Map<string, NarrativeFix[]>();
  for (const f of fixes) {
    const k = f.group ?? f.id;
    out.set(k, [...(out.get(k) ?? []), f]);
  }
  return [...out.values()];
}

function Pair({ fix }: { fix: NarrativeFix }): React.ReactElement {
  const s = useStyles();
  return (
    <div className={s.pair}>
      <Caption1 className={s.old} aria-label="原句">
        <Marked sentence={fix.oldSentence} figure={fix.oldText} className={s.oldNum} />
      </Caption1>
      <Caption1 className={s.new} aria-label="改正后">
        <Marked sentence={fix.newSentence} figure={fix.newText} className={s.newNum} />
      </Caption1>
    </div>
  );
}

function ApplyButton({ group, onApply, disabled }: { group: NarrativeFix[]; onApply: (f: NarrativeFix[]) => void; disabled?: boolean }): React.ReactElement {
  return (
    <Button size="small" icon={<Wrench16Regular />} onClick={() => onApply(group)} disabled={disabled} data-testid="fix-apply">
      {group.length > 1 ? `一起改正 ${group.length} 处` : '改正'}
    </Button>
  );
}

/** One fix, or a group of fixes that are applied together (the items and total of one list). */
function FixItem({ group, onApply, disabled }: { group: NarrativeFix[]; onApply: (f: NarrativeFix[]) => void; disabled?: boolean }): React.ReactElement {
  const s = useStyles();
  return (
    <li className={mergeClasses(s.item, group.length > 1 && s.group)} data-testid="fix" data-group={group.length > 1 ? group.length : undefined}>
      <div className={s.head}>
        <Caption1 className={s.where}>
          {locationLabel(group[0].location)}
          {group.length > 1 ? ` · 同一列举的 ${group.length} 处，只能一起改正` : ''}
        </Caption1>
        <ApplyButton group={group} onApply={onApply} disabled={disabled} />
      </div>
      {group.map((f) => (
        <React.Fragment key={f.id}>
          <Pair fix={f} />
          <Caption1 className={s.muted}>{f.message}</Caption1>
        </React.Fragment>
      ))}
    </li>
  );
}

function ManualItem({ u }: { u: UnfixableFinding }): React.ReactElement {
  const s = useStyles();
  return (
    <li className={s.item} data-testid="unfixable">
      <Caption1 className={s.where}>{u.location ? locationLabel(u.location) : ''}</Caption1>
      <Caption1>{u.message}</Caption1>
      <Caption1 className={s.muted}>
        不自动改正：{u.reason}
        {u.suggestion ? `（单独改正会是 ${u.suggestion}）` : ''}
      </Caption1>
    </li>
  );
}

/** "全部改正" asks first: every change listed, applied only on 改正. */
function ConfirmAll({ fixes, open, onConfirm, onCancel }: { fixes: NarrativeFix[]; open: boolean; onConfirm: () => void; onCancel: () => void }): React.ReactElement {
  const s = useStyles();
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface className={s.surface} data-testid="fix-confirm">
        <DialogBody>
          <DialogTitle action={<Button appearance="subtle" aria-label="关闭" icon={<Dismiss20Regular />} onClick={onCancel} />}>全部改正 {fixes.length} 处？</DialogTitle>
          <DialogContent>
            <Caption1 className={s.muted}>将改动以下数字（其余文字不变），改正后自动重新检查；可以撤销。</Caption1>
            <ul className={s.confirmList}>
              {fixes.map((f) => (
                <li key={f.id} className={s.confirmItem} data-testid="fix-confirm-item">
                  <Caption1>
                    <b>{locationLabel(f.location)}</b>：{f.oldText} → {f.newText}{' · '}{f.newSentence}
                  </Caption1>
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions className={s.actions}>
            <Button onClick={onCancel} data-testid="fix-confirm-cancel">
              取消
            </Button>
            <Button appearance="primary" onClick={onConfirm} data-testid="fix-confirm-apply">
              改正 {fixes.length} 处
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function UndoButton({ onUndo, disabled }: { onUndo: () => void; disabled?: boolean }): React.ReactElement {
  return (
    <Button size="small" appearance="subtle" icon={<ArrowUndo16Regular />} onClick={onUndo} disabled={disabled} data-testid="fix-undo">
      撤销改正
    </Button>
  );
}

/** "可改正 20 处，需人工修改 13 条". */
export function fixHeadline(p: FixProposal): string {
  const parts = [p.fixes.length ? `可改正 ${p.fixes.length} 处` : '没有可自动改正的数字', p.unfixable.length ? `需人工修改 ${p.unfixable.length} 条` : ''].filter(Boolean);
  return `自动改正建议：${parts.join('，')}`;
}

export interface FixPanelProps {
  proposal: FixProposal;
  onApply: (fixes: NarrativeFix[]) => void;
  /** Present when the last autofix can be undone. */
  onUndo?: () => void;
  disabled?: boolean;
  /** Why fixes cannot be applied here (reviewer mode…). */
  note?: string;
}

/** The commands above the lists: 全部改正… (asks first) and, when asked for, 撤销改正. */
function Commands({ proposal, onApply, onUndo, disabled, note, undo = true }: FixPanelProps & { undo?: boolean }): React.ReactElement {
  const s = useStyles();
  const [asking, setAsking] = React.useState(false);
  const { fixes } = proposal;
  return (
    <div className={s.bar}>
      {fixes.length > 1 && (
        <Button size="small" appearance="secondary" onClick={() => setAsking(true)} disabled={disabled || !!note} data-testid="fix-apply-all">
          全部改正…
        </Button>
      )}
      {undo && onUndo && <UndoButton onUndo={onUndo} disabled={disabled} />}
      {note && <Caption1 className={s.muted}>{note}</Caption1>}
      <ConfirmAll
        fixes={fixes}
        open={asking}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          onApply(fixes);
        }}
      />
    </div>
  );
}

/** In the pane: one line with the counts; opened, the commands, the fixes and 需要人工修改. */
export function FixPanel(props: FixPanelProps): React.ReactElement | null {
  const s = useStyles();
  const { proposal, onApply, onUndo, disabled, note } = props;
  const { fixes, unfixable } = proposal;
  if (!fixes.length && !unfixable.length && !onUndo) return null;
  return (
    <section className={s.root} aria-label="自动改正建议" data-testid="fix-panel">
      <div className={s.row}>
        <Accordion collapsible className={s.grow}>
          <AccordionItem value="fixes">
            <AccordionHeader size="small" data-testid="fix-toggle">
              <span className={s.headline}>{fixHeadline(proposal)}</span>
            </AccordionHeader>
            <AccordionPanel className={s.panel}>
              <Commands {...props} undo={false} />
              {fixes.length > 0 && (
                <ul className={s.list} aria-label="正确值可以确定的数字">
                  {fixGroups(fixes).map((g) => (
                    <FixItem key={g[0].id} group={g} onApply={onApply} disabled={disabled || !!note} />
                  ))}
                </ul>
              )}
              {unfixable.length > 0 && (
                <>
                  <Text weight="semibold">需要人工修改（{unfixable.length} 条）</Text>
                  <ul className={s.list}>
                    {unfixable.map((u, i) => (
                      <ManualItem key={`${u.fingerprint}-${i}`} u={u} />
                    ))}
                  </ul>
                </>
              )}
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
        {onUndo && <UndoButton onUndo={onUndo} disabled={disabled} />}
      </div>
    </section>
  );
}

/** Wide pages: the one line in the list column, opening the table beside it. */
export function FixSummary({
  proposal,
  onOpen,
  open,
  onUndo,
  disabled,
}: {
  proposal: FixProposal;
  onOpen: () => void;
  open: boolean;
  onUndo?: () => void;
  disabled?: boolean;
}): React.ReactElement | null {
  const s = useStyles();
  if (!proposal.fixes.length && !proposal.unfixable.length && !onUndo) return null;
  return (
    <div className={s.row} data-testid="fix-panel">
      <Text className={mergeClasses(s.grow, s.headline)}>{fixHeadline(proposal)}</Text>
      {onUndo && !open && <UndoButton onUndo={onUndo} disabled={disabled} />}
      <Button size="small" appearance="secondary" onClick={onOpen} aria-pressed={open} data-testid="fix-toggle">
        {open ? '收起' : '查看'}
      </Button>
    </div>
  );
}

/** Wide pages (≥ 1000 px): the proposals as a table beside the findings list. */
export function FixTable(props: FixPanelProps & { onClose: () => void }): React.ReactElement {
  const s = useStyles();
  const { proposal, onApply, disabled, note, onClose } = props;
  return (
    <section className={s.wide} aria-label="自动改正建议" data-testid="fix-wide">
      <div className={s.row}>
        <Text weight="semibold" className={s.grow}>
          {fixHeadline(proposal)}
        </Text>
        <Button appearance="subtle" icon={<Dismiss20Regular />} aria-label="关闭自动改正建议" onClick={onClose} />
      </div>
      <Commands {...props} />
      {proposal.fixes.length > 0 && (
        <table className={s.table}>
          <colgroup>
            <col style={{ width: '16%' }} />
            <col style={{ width: '30%' }} />
            <col style={{ width: '30%' }} />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th className={s.th}>位置</th>
              <th className={s.th}>原句</th>
              <th className={s.th}>改正后</th>
              <th className={s.th}>依据</th>
            </tr>
          </thead>
          <tbody>
            {fixGroups(proposal.fixes).map((g) =>
              g.map((f, i) => (
                <tr key={f.id} data-testid="fix">
                  <td className={s.td}>
                    <Caption1>{locationLabel(f.location)}</Caption1>
                  </td>
                  <td className={s.td}>
                    <Caption1 className={s.old}>
                      <Marked sentence={f.oldSentence} figure={f.oldText} className={s.oldNum} />
                    </Caption1>
                  </td>
                  <td className={s.td}>
                    <Caption1 className={s.new}>
                      <Marked sentence={f.newSentence} figure={f.newText} className={s.newNum} />
                    </Caption1>
                  </td>
                  <td className={s.td}>
                    <div className={s.cellStack}>
                      <Caption1 className={s.muted}>{f.message}</Caption1>
                      {i === 0 && <ApplyButton group={g} onApply={onApply} disabled={disabled || !!note} />}
                      {i === 0 && g.length > 1 && <Badge appearance="tint" size="small">同一列举，只能一起改正</Badge>}
                    </div>
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
      {proposal.unfixable.length > 0 && (
        <>
          <Text weight="semibold">需要人工修改（{proposal.unfixable.length} 条）</Text>
          <ul className={s.list}>
            {proposal.unfixable.map((u, i) => (
              <ManualItem key={`${u.fingerprint}-${i}`} u={u} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
